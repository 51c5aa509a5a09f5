"""The motion perceptor on clips made from real photos moved by a known virtual camera.

Each clip is rendered frame by frame (a sub-pixel warp of a scikit-image photo: the camera's centre and
zoom are known at every frame) and encoded with ffmpeg/libx264, then goes through the real pipeline.
"""

from __future__ import annotations

import math
import subprocess
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from videochat.config import load_settings
from videochat.pipeline.runner import build_transcript

skimage_data = pytest.importorskip("skimage.data")
cv2 = pytest.importorskip("cv2")

W, H, FPS = 640, 360, 15
pytestmark = pytest.mark.e2e


SPEED = 0.1  # pans and tilts: a tenth of the frame width per second; zooms: log scale 0.1 per second

View = tuple[float, float, float]  # the view centre (x, y) in frame widths from the photo's centre, and the zoom


def photo(name: str) -> np.ndarray:
    return getattr(skimage_data, name)()


def view(image: np.ndarray, x: float, y: float, zoom: float) -> np.ndarray:
    """A W x H frame of ``image`` seen through a camera at (x, y, zoom); at zoom 1 the frame spans 40% of
    the photo's width (scaled up: these photos are small); beyond the photo's edges it is mirrored."""
    ph, pw = image.shape[:2]
    base = W / (0.4 * pw)
    s = base * zoom
    cx, cy = pw / 2 + x * W / base, ph / 2 + y * W / base
    m = np.float32([[1 / s, 0, cx - W / 2 / s], [0, 1 / s, cy - H / 2 / s]])
    return cv2.warpAffine(image, m, (W, H), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REFLECT)


def filmed(image: np.ndarray, camera: Callable[[float], View]) -> Callable[[float], np.ndarray]:
    return lambda t: view(image, *camera(t))


def render(path: Path, frame_at: Callable[[float], np.ndarray], seconds: float) -> Path:
    """Encode ``seconds`` of video at FPS (H.264) whose frame at time t is ``frame_at(t)``."""
    proc = subprocess.Popen(
        ["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{W}x{H}", "-r", str(FPS),
         "-i", "-", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p", str(path)],
        stdin=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdin is not None
    for i in range(round(seconds * FPS)):
        proc.stdin.write(np.ascontiguousarray(frame_at(i / FPS)).tobytes())
    proc.stdin.close()
    assert proc.wait() == 0
    return path


def segments_camera(plan: list[tuple[str, float]]) -> Callable[[float], View]:
    """A camera that does each move of ``plan`` (still, right, left, up, down, in, out) for its seconds."""
    moves = {
        "still": (0, 0, 0),
        "right": (1, 0, 0),
        "left": (-1, 0, 0),
        "down": (0, 1, 0),
        "up": (0, -1, 0),
        "in": (0, 0, 1),
        "out": (0, 0, -1),
    }

    def camera(t: float) -> tuple[float, float, float]:
        x = y = logz = 0.0
        start = 0.0
        for move, seconds in plan:
            dt = min(max(0.0, t - start), seconds)
            mx, my, mz = moves[move]
            x, y, logz = x + mx * SPEED * dt, y + my * SPEED * dt, logz + mz * SPEED * dt
            start += seconds
        return x, y, math.exp(logz)

    return camera


def motion_events(path: Path, **options) -> list:
    settings = load_settings(perceptors=["motion"], options={"motion": options} if options else None)
    transcript = build_transcript(path, settings, progress=False)
    assert transcript.perceptors["motion"].status == "ok", transcript.perceptors["motion"].error
    return [e for e in transcript.events if e.source == "motion"]


def covered(events: list, text: str, start: float, end: float) -> float:
    """Fraction of [start, end] covered by events whose text starts with ``text``."""
    total = sum(max(0.0, min(e.end, end) - max(e.start, start)) for e in events if e.text.startswith(text))
    return total / (end - start)


def camera_texts(events: list, start: float, end: float) -> set[str]:
    return {e.text for e in events if e.data.get("type") == "camera" and e.start < end and e.end > start}


PLAN = [("still", 4.5), ("right", 4), ("left", 4), ("down", 4), ("up", 4), ("in", 4), ("out", 4)]
EXPECTED = {
    "still": "still camera",
    "right": "camera pans right",
    "left": "camera pans left",
    "down": "camera tilts down",
    "up": "camera tilts up",
    "in": "camera zooms in",
    "out": "camera zooms out",
}


@pytest.fixture(scope="module")
def moves_clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("motion") / "moves.mp4"
    return render(path, filmed(photo("coffee"), segments_camera(PLAN)), sum(s for _, s in PLAN))


def test_names_each_camera_move(moves_clip):
    events = motion_events(moves_clip)
    start = 0.0
    for move, seconds in PLAN:
        inner = (start + 0.75, start + seconds - 0.75)  # a pair straddling a change of move may go either way
        want = EXPECTED[move]
        assert covered(events, want, *inner) >= 0.8, (move, [(e.start, e.end, e.text) for e in events])
        assert camera_texts(events, *inner) <= {want, "still camera, still scene"}, (move, camera_texts(events, *inner))
        start += seconds
    pans = [e for e in events if e.text == "camera pans right"]
    assert pans and all(0.07 < -e.data["shift"][0] < 0.13 and abs(e.data["shift"][1]) < 0.02 for e in pans)
    zooms = [e for e in events if e.text == "camera zooms in"]
    assert zooms and all(1.07 < e.data["zoom"] < 1.14 for e in zooms)
    assert all(e.kind == "motion" and 0 <= e.score <= 1 for e in events)
    assert not [e for e in events if e.data["type"] == "activity"]  # a photo: nothing moves but the camera


def test_still_shot_of_a_photo(tmp_path):
    events = motion_events(render(tmp_path / "still.mp4", filmed(photo("astronaut"), lambda t: (0.0, 0.0, 1.0)), 6))
    assert [e.text for e in events] == ["still camera, still scene"]  # one line, not a camera line + a scene line
    assert events[0].start == 0 and events[0].end >= 5


def test_cut_between_photos_is_not_a_pan(tmp_path):
    """Two still photos with a hard cut at 3.5 s: a still camera on each side, no event across the cut."""
    cat, coffee = photo("chelsea"), photo("coffee")
    events = motion_events(render(tmp_path / "cut.mp4", lambda t: view(cat if t < 3.5 else coffee, 0, 0, 1), 7))
    assert [e.text for e in events] == ["still camera, still scene"] * 2
    assert not any(e.start < 3.5 < e.end for e in events)


def test_jump_cuts_are_not_a_pan(tmp_path):
    """Cuts every second to a view 25% further right across the same photo: every pair of sampled
    frames looks like a clean pan, and only the cut check keeps it from being reported as one."""
    rocket = photo("rocket")
    path = render(tmp_path / "jumps.mp4", filmed(rocket, lambda t: (0.25 * math.floor(t + 0.5) - 0.6, 0.0, 1.0)), 6)
    assert not [e for e in motion_events(path) if "pans" in e.text]
    assert [e for e in motion_events(path, cut_threshold=1.0, cut_floor=1.0) if "pans right" in e.text]  # the check is what helps


def test_moving_object_is_not_camera_motion(tmp_path):
    """A cut-out of one photo slides across another, still one (a fifth of the frame wide, 0.25 frame
    widths per second): the camera is still and something moves on screen; then the camera pans under it."""
    background, cat = photo("coffee"), photo("chelsea")
    patch = cv2.resize(cat[40:260, 80:380], (128, 94))

    def frame_at(t: float) -> np.ndarray:
        frame = view(background, SPEED * max(0.0, t - 5), 0, 1).copy()  # pans right from 5 s on
        x = int(20 + 0.25 * W * (t % 5))
        frame[130:224, x : x + 128] = patch[:, : max(0, min(128, W - x))]
        return frame

    events = motion_events(render(tmp_path / "object.mp4", frame_at, 10))
    assert covered(events, "still camera", 0.5, 4.5) >= 0.75, [(e.start, e.end, e.text) for e in events]
    assert covered(events, "little motion on screen", 0.5, 4.5) >= 0.75
    assert covered(events, "camera pans left", 0, 10) == 0
    assert covered(events, "camera pans right", 5.5, 9) >= 0.75


def test_shaky_camera(tmp_path):
    """Random offsets every frame (up to 4% of the width) around a fixed view, then a steady view."""
    rng = np.random.default_rng(1)
    offsets = rng.uniform(-0.04, 0.04, size=(10 * FPS, 2))
    shot = filmed(photo("coffee"), lambda t: (*offsets[round(t * FPS)], 1.0) if t < 6 else (0.0, 0.0, 1.0))
    events = motion_events(render(tmp_path / "shaky.mp4", shot, 10))
    assert covered(events, "shaky camera", 0.5, 5.5) >= 0.8, [(e.start, e.end, e.text) for e in events]
    assert all(0.02 < e.data["shake"] < 0.1 for e in events if e.text == "shaky camera")
    assert covered(events, "still camera", 6.5, 10) >= 0.6
    assert not [e for e in events if "pans" in e.text or "tilts" in e.text]
