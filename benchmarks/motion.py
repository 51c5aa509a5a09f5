"""The motion perceptor's global-motion estimators side by side: speed and accuracy on real photos.

Frames are views of scikit-image's real photos through a virtual camera (sub-pixel warps, then JPEG at
quality 60 for compression noise) at the pipeline's default frame size (854x480: a 16:9 video at
``short_side=480``). For every method (``opencv-flow``: phase correlation + Lucas-Kanade, ORB where
that fails; ``opencv-lk``: Lucas-Kanade alone; ``opencv-orb``: ORB matches alone) it prints

* speed: frames/s of the perceptor's real ``__call__`` over ``--frames`` frames of a camera that pans,
  tilts and zooms (best of ``--repeat`` runs, interleaved: the machine is shared);
* accuracy: for frame pairs with a known shift (fractions of the frame width per pair) or zoom, how
  often no motion could be measured, how often the label is wrong, and the median error;

with ratios against ``opencv-flow``. Run::

    python benchmarks/motion.py [--frames 120] [--repeat 3] [--threads 1] [--trials 8]
"""

from __future__ import annotations

import argparse
import math
import time
from types import SimpleNamespace

import numpy as np

W, H = 854, 480
PHOTOS = ("astronaut", "coffee", "chelsea", "rocket")


def view(image: np.ndarray, x: float, y: float, zoom: float, quality: int = 60) -> np.ndarray:
    """The photo seen by a camera centred (x, y) frame widths from its centre; zoom 1 spans 40% of it."""
    import cv2

    ph, pw = image.shape[:2]
    s = W / (0.4 * pw) * zoom
    cx, cy = pw / 2 + x * 0.4 * pw, ph / 2 + y * 0.4 * pw
    m = np.float32([[1 / s, 0, cx - W / 2 / s], [0, 1 / s, cy - H / 2 / s]])
    frame = cv2.warpAffine(image, m, (W, H), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REFLECT)
    _, buf = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


class FakeInputs:
    """What the perceptor reads from ``Inputs``, over frames in memory (no scene scores: no cut check)."""

    def __init__(self, frames: list) -> None:
        self._frames = frames
        self.media = SimpleNamespace()

    @property
    def frames(self):
        yield from self._frames

    def progress(self, fraction: float) -> None:
        pass


def speed(methods: list[str], n: int, repeat: int) -> dict[str, float]:
    from skimage import data

    from videochat.contracts.media import Frame
    from videochat.perceptors.motion import MotionOptions, MotionPerceptor

    image = data.coffee()
    rng = np.random.default_rng(0)
    x = y = logz = 0.0
    frames = []
    for i in range(n):
        move = (i // 5) % 4  # five frames each: pan, tilt, zoom, hold
        x += 0.1 if move == 0 else 0.0
        y += 0.08 if move == 1 else 0.0
        logz += 0.1 if move == 2 else 0.0
        x, y = (x + 0.6) % 1.2 - 0.6, (y + 0.3) % 0.6 - 0.3
        frames.append(Frame(i, float(i), view(image, x + rng.normal(0, 0.002), y, math.exp(logz % 0.5))))
    best = {m: math.inf for m in methods}
    for _ in range(repeat):
        for method in methods:
            t0 = time.perf_counter()
            MotionPerceptor()(FakeInputs(frames), MotionOptions(model=method))
            best[method] = min(best[method], time.perf_counter() - t0)
    return {m: n / best[m] for m in methods}


def accuracy(methods: list[str], trials: int) -> dict[str, dict[str, tuple[int, int, float]]]:
    """Per method and case: (no measurement, wrong label, median error) over photos x trials pairs."""
    from skimage import data

    from videochat.perceptors.motion import (
        MotionOptions,
        _grey,
        camera_label,
        measure_pair,
    )

    cases = [("still", 0.0)] + [(f"shift {s:.2f}", s) for s in (0.01, 0.05, 0.1, 0.2, 0.3, 0.4)]
    cases += [(f"zoom {z:.2f}", z) for z in (1.05, 1.15, 1.3)]
    rng = np.random.default_rng(1)
    pairs = []
    for name in PHOTOS:
        image = getattr(data, name)()
        for case, size in cases:
            for _ in range(trials):
                x0, y0, angle = rng.uniform(-0.1, 0.1), rng.uniform(-0.05, 0.05), rng.uniform(0, 2 * math.pi)
                if case.startswith("zoom"):
                    a, b, truth = view(image, x0, y0, 1.0), view(image, x0, y0, size), (0.0, 0.0, math.log(size))
                else:  # content moves opposite to the camera; a vertical move over half the height is out of reach
                    dx, dy = size * math.cos(angle), min(0.45 * H / W, size) * math.sin(angle)
                    a, b = view(image, x0 - dx / 2, y0 - dy / 2, 1.0), view(image, x0 + dx / 2, y0 + dy / 2, 1.0)
                    truth = (-dx, -dy, 0.0)
                pairs.append((case, a, b, truth))
    out: dict[str, dict[str, tuple[int, int, float]]] = {}
    for method in methods:
        options = MotionOptions(model=method)
        rows: dict[str, list] = {case: [] for case, _ in cases}
        for case, a, b, truth in pairs:
            p = measure_pair(_grey(a, options.width), _grey(b, options.width), 1.0, method, options)
            want = camera_label(measure_truth(truth), options)
            if p.shift is None:
                rows[case].append((True, False, math.nan))
                continue
            err = math.hypot(p.shift[0] - truth[0], p.shift[1] - truth[1]) + abs(p.zoom - truth[2]) / 2
            rows[case].append((False, camera_label(p, options) != want, err))
        out[method] = {
            case: (sum(r[0] for r in rs), sum(r[1] for r in rs), float(np.nanmedian([r[2] for r in rs] or [math.nan])))
            for case, rs in rows.items()
        }
    return out


def measure_truth(truth: tuple[float, float, float]):
    from videochat.perceptors.motion import PairMotion

    return PairMotion(0.0, 1.0, truth[:2], truth[2], 0.0, truth[:2], 100, 1.0, 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--trials", type=int, default=8, help="pairs per photo and case")
    parser.add_argument("--threads", type=int, default=1, help="OpenCV threads")
    parser.add_argument("--methods", default="opencv-flow,opencv-lk,opencv-orb")
    args = parser.parse_args()
    import cv2

    cv2.setNumThreads(args.threads)
    methods = args.methods.split(",")
    fps = speed(methods, args.frames, args.repeat)
    print(f"speed at {W}x{H} ({args.frames} frames, best of {args.repeat}, {args.threads} OpenCV thread(s)):")
    for m in methods:
        print(f"  {m:12s} {fps[m]:7.1f} frames/s   x{fps[m] / fps[methods[0]]:.2f} vs {methods[0]}")
    acc = accuracy(methods, args.trials)
    n = len(PHOTOS) * args.trials
    print(f"\naccuracy ({n} pairs per case: no measurement / wrong label / median error in frame widths):")
    print(f"  {'case':11s}" + "".join(f"{m:>26s}" for m in methods))
    for case in acc[methods[0]]:
        cells = [f"{acc[m][case][0]:3d} {acc[m][case][1]:3d} {acc[m][case][2]:9.4f}" for m in methods]
        print(f"  {case:11s}" + "".join(f"{c:>26s}" for c in cells))
    for m in methods:
        miss = sum(v[0] for v in acc[m].values())
        wrong = sum(v[1] for v in acc[m].values())
        print(f"  {m:12s} total: {miss} unmeasured, {wrong} wrong of {n * len(acc[m])}")


if __name__ == "__main__":
    main()
