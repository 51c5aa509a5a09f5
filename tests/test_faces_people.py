"""Faces and people on real media nobody here made: no faces on fruit, animals and buildings; faces
and people where there are some; where they are, in words. Run through the real pipeline."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from videochat.config import load_settings
from videochat.perceptors.base import position_words, positions_text
from videochat.pipeline.runner import build_transcript

pytest.importorskip("skimage", reason="scikit-image carries the test photos")
SKIMAGE = Path(next(iter(importlib.util.find_spec("skimage").submodule_search_locations))) / "data"
# Haar found "faces" on the moon and on the coins; a cat, a rocket, a motorbike and a coffee cup
NO_FACES = ["chelsea.png", "coffee.png", "rocket.jpg", "motorcycle_left.png", "moon.png", "coins.png"]
OPENCV_DATA = "usr/share/doc/opencv-doc/examples/data"


def slideshow(images: list[Path], out: Path, seconds: float = 2.0) -> Path:
    """An mp4 showing each photo for ``seconds``, letterboxed into 640x480."""
    import cv2

    frames = out.parent / (out.stem + "-frames")
    frames.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(images):
        image = cv2.imread(str(path), cv2.IMREAD_COLOR)
        h, w = image.shape[:2]
        scale = min(640 / w, 480 / h)
        image = cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
        canvas = np.zeros((480, 640, 3), np.uint8)
        y, x = (480 - image.shape[0]) // 2, (640 - image.shape[1]) // 2
        canvas[y:y + image.shape[0], x:x + image.shape[1]] = image
        cv2.imwrite(str(frames / f"{i:03d}.png"), canvas)
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-framerate", str(1 / seconds), "-i", str(frames / "%03d.png"),
                    "-r", "10", "-pix_fmt", "yuv420p", str(out)], check=True)
    return out


def events(path: Path, perceptor: str, **options) -> list[dict]:
    settings = load_settings(perceptors=[perceptor], options={perceptor: options} if options else None)
    transcript = build_transcript(path, settings, progress=False)
    run = transcript.perceptors[perceptor]
    assert run.status == "ok", run.error
    return [{"start": e.start, "end": e.end, "text": e.text, **e.data} for e in transcript.events if e.kind == perceptor]


@pytest.fixture(scope="module")
def no_face_clip(tmp_path_factory) -> Path:
    return slideshow([SKIMAGE / f for f in NO_FACES], tmp_path_factory.mktemp("clips") / "no-faces.mp4")


@pytest.fixture(scope="module")
def face_clip(tmp_path_factory) -> Path:
    """The astronaut (0-2 s) and the cameraman (2-4 s): one face each, near the top middle."""
    return slideshow([SKIMAGE / "astronaut.png", SKIMAGE / "camera.png"], tmp_path_factory.mktemp("clips") / "faces.mp4")


@pytest.fixture(scope="session")
def opencv_samples(tmp_path_factory) -> Path:
    """OpenCV's sample photos and videos from Debian's opencv-doc package (~100 MB download)."""
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        pytest.skip("needs apt-get and dpkg-deb to fetch opencv-doc")
    root = tmp_path_factory.mktemp("opencv-doc")
    try:
        subprocess.run(["apt-get", "download", "opencv-doc"], cwd=root, capture_output=True, check=True, timeout=300)
        deb = next(root.glob("opencv-doc_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    except (OSError, subprocess.SubprocessError, StopIteration) as exc:
        pytest.skip(f"cannot fetch opencv-doc ({type(exc).__name__})")
    return root / OPENCV_DATA


@pytest.mark.unit
def test_position_words():
    assert position_words([0.05, 0.4, 0.25, 0.6]) == "on the left"
    assert position_words([0.4, 0.35, 0.6, 0.65]) == "in the centre"
    assert position_words([0.7, 0.4, 0.95, 0.6]) == "on the right"
    assert position_words([0.0, 0.0, 0.2, 0.2]) == "at the top left"
    assert position_words([0.4, 0.8, 0.6, 1.0]) == "at the bottom"
    assert positions_text([[0.7, 0.4, 0.9, 0.6], [0.1, 0.4, 0.3, 0.6]]) == "on the left and on the right"
    assert positions_text([[0.4, 0.4, 0.6, 0.6], [0.7, 0.4, 0.9, 0.6], [0.1, 0.4, 0.3, 0.6]]) == \
        "on the left, in the centre and on the right"


@pytest.mark.e2e
@pytest.mark.model
def test_no_faces_on_objects_animals_and_moon(no_face_clip):
    assert events(no_face_clip, "faces") == []


@pytest.mark.e2e
@pytest.mark.model
def test_haar_still_selectable_and_fooled(no_face_clip):
    """The old detector, by name: it sees faces where there are none (why it is no longer the default)."""
    assert events(no_face_clip, "faces", model="haarcascade_frontalface_default.xml")


@pytest.mark.e2e
@pytest.mark.model
def test_faces_on_photos_with_positions(face_clip):
    found = events(face_clip, "faces")
    assert found and all(e["count"] == 1 for e in found)
    assert found[0]["start"] < 1.0 and found[-1]["end"] > 3.0  # both photos
    assert {e["text"] for e in found} == {"1 face (at the top)"}
    e = found[0]
    assert set(e) >= {"count", "boxes", "positions", "scores"} and e["positions"] == ["at the top"]
    x0, y0, x1, y1 = e["boxes"][0]
    assert 0.3 < (x0 + x1) / 2 < 0.6 and 0.05 < (y0 + y1) / 2 < 0.4


@pytest.mark.e2e
@pytest.mark.model
def test_faces_on_a_real_clip(real_clip):
    found = events(real_clip, "faces")
    covered = sum(e["end"] - e["start"] for e in found)
    assert covered >= 3.0, found  # the man's face is on screen for the whole 4 s
    assert all(e["count"] == 1 for e in found)


@pytest.mark.e2e
@pytest.mark.model
def test_people_on_close_ups(face_clip, real_clip):
    """HOG (the old default) finds neither the astronaut nor the man in the car; the pose detector does."""
    assert {e["count"] for e in events(face_clip, "people")} == {1}
    assert sum(e["end"] - e["start"] for e in events(real_clip, "people")) >= 3.0
    assert events(real_clip, "people", model="hog-default") == []


@pytest.mark.e2e
@pytest.mark.model
def test_no_people_on_objects_and_animals(no_face_clip):
    assert events(no_face_clip, "people") == []


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_fruit_buildings_and_a_car_have_no_faces(opencv_samples, tmp_path):
    photos = ["apple.jpg", "fruits.jpg", "orange.jpg", "building.jpg", "leuvenA.jpg", "licenseplate_motion.jpg",
              "chicky_512.png", "squirrel_cls.jpg", "starry_night.jpg", "aero1.jpg"]
    clip = slideshow([opencv_samples / p for p in photos], tmp_path / "objects.mp4")
    assert events(clip, "faces") == []
    assert events(clip, "people") == []


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_pedestrians_counted(opencv_samples, tmp_path):
    """vtest.avi, first 20 s: pedestrians crossing a square, seen from afar (the pose detector alone
    covers 1 s of it, HOG 8 s, both together 9 s at 1 frame/s; the walkers are small and often overlap)."""
    clip = tmp_path / "vtest.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(opencv_samples / "vtest.avi"), "-t", "20", "-an", str(clip)], check=True)
    found = events(clip, "people")
    assert sum(e["end"] - e["start"] for e in found) >= 6.0
    assert max(e["count"] for e in found) >= 2
    assert all("people" in e["text"] or "person" in e["text"] for e in found)
