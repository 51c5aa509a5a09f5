"""The HTTP API against a real uvicorn server on 127.0.0.1 (started the way users start it)."""

from __future__ import annotations

import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from conftest import free_port, serving

pytestmark = [pytest.mark.e2e, pytest.mark.model]


TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def server(tmp_path_factory, story, models_dir):
    media = tmp_path_factory.mktemp("media")
    shutil.copy(story[0], media / "story.mp4")
    cache = tmp_path_factory.mktemp("server-cache")
    (cache / "config.toml").write_text("[llm]\nmax_tokens = 32\n")  # fuzzed free-form questions stay cheap
    port = free_port()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "VIDEOCHAT_MODELS_DIR": str(models_dir),
           "VIDEOCHAT_CONFIG": str(cache / "config.toml"), "VIDEOCHAT_TOKEN": TOKEN}  # fmt: skip
    cmd = [sys.executable, "-m", "videochat", "serve", "--port", str(port), "--media-root", str(media),
           "--perceptors", "shots,ocr", "--max-upload-mb", "1", "--queue", "32", "-q"]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    with serving(cmd, env, f"{base}/healthz"):
        yield base, media


@pytest.mark.slow
def test_upload_transcript_ask_and_chat(server, story):
    base, _ = server
    with open(story[0], "rb") as fh:
        r = httpx.post(f"{base}/videos", files={"file": ("story.mp4", fh, "video/mp4")}, headers=AUTH, timeout=60)
    assert r.status_code == 201, r.text
    vid = r.json()["id"]
    tr = httpx.get(f"{base}/videos/{vid}/transcript", headers=AUTH, timeout=300).json()
    assert {"HELLO", "WORLD"} <= {e["text"] for e in tr["events"]}
    vtt = httpx.get(f"{base}/videos/{vid}/transcript", params={"format": "vtt"}, headers=AUTH, timeout=60)
    assert vtt.text.startswith("WEBVTT")
    ask = httpx.post(f"{base}/videos/{vid}/ask", json={"question": "When does WORLD first appear on screen?"},
                     headers=AUTH, timeout=300).json()  # fmt: skip
    assert ask["cited_times"][0].startswith("00:11")

    first = httpx.post(f"{base}/videos/{vid}/chat", json={"message": "Is the word WORLD shown on screen?"},
                       headers=AUTH, timeout=300).json()  # fmt: skip
    conversation = first["conversation_id"]
    second = httpx.post(f"{base}/videos/{vid}/chat", json={"message": "When does it first appear?",
                        "conversation_id": conversation}, headers=AUTH, timeout=300).json()  # fmt: skip
    assert second["context"]["history_messages"] == 2
    assert "00:11" in second["answer"]  # "it" is WORLD, from turn 1


def test_answers_stream_as_server_sent_events(server):
    base, _ = server
    vid = httpx.post(f"{base}/videos/by-path", json={"path": "story.mp4"}, headers=AUTH).json()["id"]
    events = []
    with httpx.stream("POST", f"{base}/videos/{vid}/ask", json={"question": "When is HELLO shown?", "stream": True},
                      headers=AUTH, timeout=300) as r:  # fmt: skip
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("event: "):
                events.append(line[7:])
            elif line.startswith("data: ") and events[-1] == "answer":
                final = json.loads(line[6:])
    assert events[0] == "token" and events[-1] == "answer"
    assert final["cited_times"][0].startswith("00:01")


def test_refusals(server, tmp_path):
    base, _ = server
    assert httpx.get(f"{base}/videos").status_code == 401
    assert httpx.get(f"{base}/videos", headers={"Authorization": "Bearer wrong"}).status_code == 401
    big = tmp_path / "big.mp4"
    big.write_bytes(os.urandom(1024 * 1024 + 10))
    with open(big, "rb") as fh:
        assert httpx.post(f"{base}/videos", files={"file": ("big.mp4", fh)}, headers=AUTH).status_code == 413
    for evil in ("../../etc/passwd", "/etc/passwd", "../" * 20 + "etc/passwd"):
        r = httpx.post(f"{base}/videos/by-path", json={"path": evil}, headers=AUTH)
        assert r.status_code == 403, (evil, r.text)
    assert httpx.post(f"{base}/videos/by-path", json={"path": "nope.mp4"}, headers=AUTH).status_code == 404
    assert httpx.get(f"{base}/videos/unknown/transcript", headers=AUTH).status_code == 404
    vid = httpx.post(f"{base}/videos/by-path", json={"path": "story.mp4"}, headers=AUTH).json()["id"]
    r = httpx.post(f"{base}/videos/{vid}/ask", json={"question": "hi", "model": "nosuch:model"}, headers=AUTH)
    assert r.status_code == 422 and "model not offered by this server" in r.json()["detail"]
    assert "nosuch" not in r.text  # the client's input is not echoed


def test_concurrent_asks_run_perception_once(server, tmp_path):
    base, media = server
    shutil.copy(media / "story.mp4", media / "again.mp4")  # a new path: not perceived yet
    vid = httpx.post(f"{base}/videos/by-path", json={"path": "again.mp4"}, headers=AUTH).json()["id"]
    before = httpx.get(f"{base}/healthz").json()["perception_runs"]

    def ask(i: int) -> int:
        r = httpx.post(f"{base}/videos/{vid}/ask", json={"question": f"What is on screen at 00:{i % 15:02d}?"},
                       headers=AUTH, timeout=600)  # fmt: skip
        return r.status_code

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        codes = list(pool.map(ask, range(20)))
    assert codes == [200] * 20
    assert httpx.get(f"{base}/healthz").json()["perception_runs"] == before + 1


@pytest.mark.slow
def test_openapi_fuzz_finds_no_server_errors(server):
    pytest.importorskip("schemathesis")
    base, _ = server
    st = Path(sys.executable).parent / "schemathesis"
    proc = subprocess.run([str(st), "run", f"{base}/openapi.json", "--checks", "not_a_server_error",
                           "--max-examples", "40", "--phases", "examples,coverage,fuzzing", "-H", f"Authorization: Bearer {TOKEN}", "--request-timeout", "60",
                           "--generation-deterministic"], capture_output=True, text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-4000:]
