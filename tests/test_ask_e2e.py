"""describe / ask / chat end to end: generated clip -> perception -> the real embedded LLM."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.model]


LITE = ["--perceptors", "shots,ocr,asr"]


def seconds(stamp: str) -> float:
    parts = [int(p) for p in stamp.split("-")[0].split(":")]
    return float(sum(p * 60**i for i, p in enumerate(reversed(parts))))


@pytest.mark.slow
def test_ask_with_the_embedded_model_cites_the_right_time(story):
    path, spec = story
    proc = run_cli("ask", str(path), "When does the word WORLD first appear on screen?", "--json", *LITE)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["model"] == "embedded" and out["answer"]
    truth = next(start for word, start, _ in spec.words if word == "WORLD")
    assert out["cited_times"], out["answer"]
    assert abs(seconds(out["cited_times"][0]) - truth) <= 1.5, out
    assert set(out["timings"]) >= {"perception_s", "context_s", "llm_s"}

    # The second question reuses the cached perception: only the LLM runs.
    again = run_cli("ask", str(path), "What does the speaker say?", "--json", *LITE)
    assert again.returncode == 0, again.stderr
    spoken = json.loads(again.stdout)
    assert "fox" in spoken["answer"].lower()
    assert spoken["timings"]["perception_s"] < out["timings"]["perception_s"] / 3


def test_describe_streams_a_faithful_account(story):
    path, spec = story
    proc = run_cli("describe", str(path), *LITE)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    for word, start, _ in spec.words:
        line = next(line for line in text.splitlines() if word in line and line.startswith("- "))
        stamp = re.search(r"\[(\d\d:\d\d)", line).group(1)
        assert abs(seconds(stamp) - start) <= 1.5, line
    assert "3 scenes" in text and "fox" in text


def test_chat_remembers_and_resumes(story, tmp_path):
    path, _ = story
    env = {**os.environ}
    script = "When is HELLO shown on screen?\n/save " + str(tmp_path / "chat.md") + "\n/quit\n"
    run = lambda *extra: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "videochat", "chat", str(path), *LITE, *extra],
        input=script, capture_output=True, text=True, timeout=300, env=env,
    )
    first = run()
    assert first.returncode == 0, first.stderr
    assert "[00:01" in first.stdout
    saved = (tmp_path / "chat.md").read_text()
    assert "When is HELLO shown on screen?" in saved and "[00:01" in saved
    second = run("--resume")
    assert second.returncode == 0, second.stderr
    assert "resumed conversation" in second.stderr and "1 earlier turns" in second.stderr


def test_unreachable_llm_server_is_one_line(story):
    path, _ = story
    proc = run_cli("ask", str(path), "What is shown?", "--model", "openai-compatible:some-model", *LITE,
                   env={"VIDEOCHAT_BASE_URL": "http://127.0.0.1:9/v1"})  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith("videochat: error: cannot reach the LLM server")
    assert "Traceback" not in proc.stderr


def test_unknown_provider_fails_before_perception(story):
    path, _ = story
    proc = run_cli("describe", str(path), "--model", "gpt4all:foo")
    assert proc.returncode == 2 and "unknown LLM provider 'gpt4all'" in proc.stderr
    assert "Traceback" not in proc.stderr
