"""The example plugin's own test: a generated clip, dark then bright, run in-process with ``run_perceptor``."""

import shutil
import subprocess

import pytest
from videochat_brightness import BrightnessPerceptor

from videochat.plugin import run_perceptor

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not shutil.which("ffmpeg"), reason="needs ffmpeg")]


def test_dark_then_bright(tmp_path):
    clip = tmp_path / "clip.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=black:s=160x120:d=2", "-f", "lavfi",
                    "-i", "color=white:s=160x120:d=2", "-filter_complex", "[0][1]concat=n=2:v=1", str(clip)], check=True)
    events = run_perceptor(BrightnessPerceptor, clip)
    assert [e.text for e in events if e.end <= 2] == ["dark picture"] * 2
    assert [e.text for e in events if e.start >= 2] == ["bright picture"] * 2
    assert run_perceptor(BrightnessPerceptor, clip, dark=0, bright=255) == []  # options reach the perceptor
