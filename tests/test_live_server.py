"""The API's live routes (``/live``): which sources a client may have the server watch, the limits,
and a replayed clip followed over server-sent events, asked about, stopped and saved."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from conftest import free_port, serving

TOKEN = "live-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


# -- policy (no decoding: the watch itself is a stand-in) -------------------------------------------------------


class FakeWatch:
    """Stands in for videochat.live.watch.Watch: starts at once, runs until stopped."""

    made: ClassVar[list[FakeWatch]] = []

    def __init__(self, source: str, settings, options) -> None:
        from videochat.live.source import LiveSource

        self.source, self.options = source, options
        self.src = LiveSource(source, "replay")
        self.done, self.listeners, self.perception, self.saved = threading.Event(), [], None, None
        self.now, self.started_wall, self.runs = 0.0, time.time(), {}
        self.rolling = type("R", (), {"total": 0, "snapshot": lambda self: [], "close": lambda self: None})()
        FakeWatch.made.append(self)

    def start(self) -> FakeWatch:
        self.perception = object()
        return self

    def stop(self, timeout: float = 60.0) -> None:
        self.saved = Path(self.options.folder) / "transcript.json"
        self.done.set()

    def wall(self, t: float) -> float:
        return self.started_wall + t


@pytest.fixture
def app_with(tmp_path, monkeypatch):
    """``app_with(**config)``: a TestClient on a server whose media root holds clip.mp4, watches faked."""
    from fastapi.testclient import TestClient

    from videochat.config import Settings
    from videochat.frontends.server import live_routes
    from videochat.frontends.server.app import ServerConfig, create_app

    monkeypatch.setattr(live_routes, "Watch", FakeWatch)
    FakeWatch.made = []
    media = tmp_path / "media"
    media.mkdir()
    (media / "clip.mp4").write_bytes(b"not decoded here")
    (tmp_path / "outside.mp4").write_bytes(b"x")
    settings = Settings(perceptors=["shots"], cache_dir=tmp_path / "cache")

    def make(**config) -> TestClient:
        return TestClient(create_app(settings, ServerConfig(**{"media_root": media, **config})))

    return make


@pytest.mark.unit
def test_live_sources_follow_the_servers_rules(app_with, tmp_path):
    closed = app_with()
    refused = {
        "rtsp://camera.example.com/live": (403, "does not read network streams"),
        "-": (403, "stdin is not a source"),
        "/dev/video0": (403, "capture devices"),
        "/dev/stdin": (403, "capture devices"),
        str(tmp_path / "outside.mp4"): (403, "outside the media root"),
        "../outside.mp4": (403, "outside the media root"),
        "missing.mp4": (404, "no such file"),
        "file:///etc/passwd": (422, "unsupported stream URL"),
    }
    for source, (code, why) in refused.items():
        r = closed.post("/live", json={"source": source})
        assert r.status_code == code and why in r.json()["detail"], (source, r.text)
        assert str(tmp_path) not in r.text and (len(source) < 4 or source not in r.text)  # input not echoed
    for chunk in (0.5, 61, "nan"):
        assert closed.post("/live", json={"source": "clip.mp4", "chunk_s": chunk}).status_code == 422
    assert FakeWatch.made == []  # nothing refused ever got as far as a watch

    public = app_with(allow_urls="public")
    for url, why in {"rtsp://127.0.0.1:8554/cam": "loopback, private", "http://10.0.0.7/live.m3u8": "loopback, private",
                     "udp://8.8.8.8:1234": "need serve --allow-urls any",
                     "tcp://8.8.8.8:1234?listen=1": "does not listen",
                     "srt://8.8.8.8:9000?mode=listener": "does not listen"}.items():  # fmt: skip
        r = public.post("/live", json={"source": url})
        assert r.status_code == 403 and why in r.json()["detail"], (url, r.text)
    assert FakeWatch.made == []
    assert app_with(media_root=None).post("/live", json={"source": "clip.mp4"}).status_code == 403

    opened = app_with(allow_urls="any").post("/live", json={"source": "rtsp://127.0.0.1:8554/cam"})
    assert opened.status_code == 201 and FakeWatch.made[-1].source == "rtsp://127.0.0.1:8554/cam"
    assert not FakeWatch.made[-1].options.realtime  # a stream is never "replayed"
    replay = app_with().post("/live", json={"source": "clip.mp4", "speed": 3})
    assert replay.status_code == 201 and replay.json()["source"] == "clip.mp4"
    assert FakeWatch.made[-1].options.realtime and FakeWatch.made[-1].options.speed == 3
    assert Path(FakeWatch.made[-1].source).parent.name == "media"  # the file under the media root, resolved


@pytest.mark.unit
def test_live_watches_are_bounded_and_need_the_token(app_with):
    client = app_with(token=TOKEN, max_live=1)
    for method, path in (("post", "/live"), ("get", "/live"), ("get", "/live/x/events"), ("post", "/live/x/ask"),
                         ("delete", "/live/x"), ("get", "/live/x/transcript")):  # fmt: skip
        assert getattr(client, method)(path).status_code == 401, path
    first = client.post("/live", json={"source": "clip.mp4"}, headers=AUTH)
    assert first.status_code == 201
    ident = first.json()["id"]
    busy = client.post("/live", json={"source": "clip.mp4"}, headers=AUTH)
    assert busy.status_code == 429 and "at most 1 live watches" in busy.json()["detail"]
    assert [w["state"] for w in client.get("/live", headers=AUTH).json()] == ["running"]
    for method, path in (("get", "/live/nope/events"), ("delete", "/live/nope"), ("get", "/live/nope/transcript")):
        assert getattr(client, method)(path, headers=AUTH).status_code == 404
    assert client.post("/live/nope/ask", json={"question": "q"}, headers=AUTH).status_code == 404
    refused = client.post(f"/live/{ident}/ask", json={"question": "q", "model": "embed:/etc/shadow"}, headers=AUTH)
    assert refused.status_code == 422 and "not offered" in refused.text and "shadow" not in refused.text

    stopped = client.delete(f"/live/{ident}", headers=AUTH)
    assert stopped.json() == {"id": ident, "saved": f"{ident}/transcript.json", "events": 0, "stream_s": 0.0}
    assert [w["state"] for w in client.get("/live", headers=AUTH).json()] == ["ended"]
    assert client.post("/live", json={"source": "clip.mp4"}, headers=AUTH).status_code == 201  # its slot is free


# -- a real server replaying a clip ----------------------------------------------------------------------------


def _server(tmp_path_factory, models_dir, story, *extra: str):
    media = tmp_path_factory.mktemp("live-media")
    shutil.copy(story[0], media / "story.mp4")
    cache = tmp_path_factory.mktemp("live-cache")
    (cache / "config.toml").write_text("[llm]\nmax_tokens = 48\n")
    port = free_port()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "VIDEOCHAT_MODELS_DIR": str(models_dir),
           "VIDEOCHAT_CONFIG": str(cache / "config.toml"), "VIDEOCHAT_TOKEN": TOKEN}  # fmt: skip
    cmd = [sys.executable, "-m", "videochat", "serve", "--port", str(port), "--media-root", str(media),
           "--perceptors", "shots,ocr", "-q", *extra]  # fmt: skip
    return cmd, env, f"http://127.0.0.1:{port}", cache / "videochat" / "live"


@pytest.fixture(scope="module")
def live_server(tmp_path_factory, models_dir, story):
    cmd, env, base, saved = _server(tmp_path_factory, models_dir, story)
    with serving(cmd, env, f"{base}/healthz"):
        yield base, saved


def read_events(base: str, ident: str, until: str = "end", limit: float = 90.0) -> list[tuple[str, dict]]:
    """The watch's server-sent events, up to and including the first of kind ``until``."""
    got: list[tuple[str, dict]] = []
    kind = None
    with httpx.stream("GET", f"{base}/live/{ident}/events", headers=AUTH, timeout=limit) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                got.append((kind, json.loads(line[6:])))
                if kind == until:
                    break
    return got


def clients(base: str, ident: str) -> int:
    return next(w for w in httpx.get(f"{base}/live", headers=AUTH).json() if w["id"] == ident)["clients"]


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_a_replayed_clip_streams_its_words_in_order_and_answers(live_server):
    base, saved = live_server
    r = httpx.post(f"{base}/live", json={"source": "story.mp4", "realtime": True, "speed": 3, "chunk_s": 2},
                   headers=AUTH, timeout=60)  # fmt: skip
    assert r.status_code == 201, r.text
    ident = r.json()["id"]
    assert r.json()["source"] == "story.mp4"
    records = read_events(base, ident)
    kinds = [kind for kind, _ in records]
    assert kinds[-1] == "end" and kinds.count("end") == 1
    words = [rec["event"]["text"] for kind, rec in records if kind == "event" and rec["event"]["kind"] == "text"]
    assert [w for w in words if w in ("HELLO", "WORLD")] == ["HELLO", "WORLD"], words
    end = records[-1][1]
    assert end["saved"] == f"{ident}/transcript.json" and str(saved) not in json.dumps(records)
    assert (saved / ident / "transcript.json").is_file()
    assert clients(base, ident) == 0  # the stream's listener went with it

    again = read_events(base, ident)  # an ended watch still gives what it found, then its end
    assert [rec["event"]["text"] for _, rec in again if rec.get("event", {}).get("kind") == "text"] == words

    answer = httpx.post(f"{base}/live/{ident}/ask", json={"question": "When does WORLD first appear on screen?"},
                        headers=AUTH, timeout=300)  # fmt: skip
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["cited_times"] and body["cited_times"][0].startswith("00:1"), body
    assert body["stream_s"] >= 14


@pytest.mark.e2e
@pytest.mark.model
def test_stopping_a_running_watch_saves_it_and_leaves_no_listener(live_server):
    base, saved = live_server
    ident = httpx.post(f"{base}/live", json={"source": "story.mp4", "chunk_s": 1}, headers=AUTH, timeout=60).json()["id"]
    first = read_events(base, ident, until="event")  # the client leaves after the first event
    assert first[-1][0] == "event"
    deadline = time.time() + 10
    while clients(base, ident) and time.time() < deadline:
        time.sleep(0.2)
    assert clients(base, ident) == 0
    stopped = httpx.delete(f"{base}/live/{ident}", headers=AUTH, timeout=90)
    assert stopped.status_code == 200 and stopped.json()["saved"] == f"{ident}/transcript.json"
    assert 1 <= stopped.json()["events"] and stopped.json()["stream_s"] < 14  # stopped before the clip's end
    kept = json.loads((saved / ident / "transcript.json").read_text())
    assert len(kept["events"]) == stopped.json()["events"]
    assert next(w for w in httpx.get(f"{base}/live", headers=AUTH).json() if w["id"] == ident)["state"] == "ended"


@pytest.mark.e2e
@pytest.mark.model
def test_shutting_down_the_server_stops_and_saves_its_watches(tmp_path_factory, models_dir, story):
    cmd, env, base, saved = _server(tmp_path_factory, models_dir, story)
    with serving(cmd, env, f"{base}/healthz") as proc:
        ident = httpx.post(f"{base}/live", json={"source": "story.mp4", "chunk_s": 1}, headers=AUTH,
                           timeout=60).json()["id"]  # fmt: skip
        seen: list = []
        follower = threading.Thread(target=lambda: seen.extend(read_events(base, ident, until="nothing")), daemon=True)
        follower.start()
        deadline = time.time() + 30
        while not httpx.get(f"{base}/live", headers=AUTH).json()[0]["events"] and time.time() < deadline:
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=40)  # an open event stream does not hold the shutdown up
        except subprocess.TimeoutExpired:
            pytest.fail("the server did not stop with a live event stream open")
    follower.join(5)
    assert seen and seen[-1][1].get("message") == "the server is shutting down"
    kept = json.loads((saved / ident / "transcript.json").read_text())
    assert kept["events"] and kept["duration"] < 14
