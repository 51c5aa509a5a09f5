"""The timeline picture: lanes per perceptor, keyframes along the top."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_cli

from videochat.contracts.events import Event, Transcript
from videochat.timeline import draw, keyframe_times, nice_ticks


def near(image: np.ndarray, rgb: tuple[int, int, int], tol: int = 12) -> np.ndarray:
    return (np.abs(image[:, :, :3].astype(int) - np.array(rgb)) <= tol).all(axis=2)


@pytest.mark.slow
@pytest.mark.e2e
@pytest.mark.model
def test_timeline_cli_draws_keyframes_and_lanes(story, tmp_path):
    path, spec = story
    out = tmp_path / "timeline.png"
    proc = run_cli("timeline", str(path), "-o", str(out), "--perceptors", "shots,ocr,asr", "-q")
    assert proc.returncode == 0, proc.stderr
    import cv2

    image = cv2.imread(str(out))[:, :, ::-1]
    h = image.shape[0]
    strip = image[: h // 3]
    for colour in [(0, 0, 128), (139, 0, 0), (0, 100, 0)]:  # navy, darkred, darkgreen keyframes on top
        assert near(strip, colour).sum() > 500, colour
    lanes = image[h // 3 :]
    assert near(lanes, (0x57, 0x9A, 0xC8), 30).sum() > 500  # the OCR lane's bars
    assert near(lanes, (0xE0, 0x5F, 0x5F), 30).sum() > 500  # the speech lane's bar


@pytest.mark.unit
def test_more_perceptors_make_a_taller_picture_without_a_video(tmp_path):
    import cv2

    one = Transcript("x.mp4", 30.0, [Event(1, 5, "text", "ocr", "A")])
    three = Transcript("x.mp4", 30.0, one.events + [Event(2, 9, "speech", "asr", "hi"), Event(3, 3, "shot", "shots", "s")])
    h1 = cv2.imread(str(draw(one, tmp_path / "1.png"))).shape[0]
    h3 = cv2.imread(str(draw(three, tmp_path / "3.png"))).shape[0]
    assert h3 > h1


@pytest.mark.unit
def test_ticks_and_keyframe_times():
    assert nice_ticks(15) == [float(t) for t in range(0, 16, 2)]
    assert len(nice_ticks(3600)) <= 13
    tr = Transcript("x.mp4", 20.0, [Event(t, t, "shot", "shots", "s") for t in (0, 5, 10, 15)])
    assert keyframe_times(tr, 8) == [0.5, 5.5, 10.5, 15.5]
