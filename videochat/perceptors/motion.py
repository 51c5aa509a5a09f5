"""Camera motion (still, pan, tilt, zoom, shaky) and on-screen activity from consecutive sampled frames.

Offline, OpenCV only. For each pair of consecutive sampled frames (about 1 s apart) the global motion
is a 4-degree-of-freedom similarity (shift, scale, rotation) fitted with RANSAC to sparse feature
tracks, so moving objects are outliers rather than camera motion. Frames that far apart can move by a
third of the frame: phase correlation gives the tracker its starting shift, pyramidal Lucas-Kanade
refines it, and a forward-backward check drops bad tracks. What still differs after warping the
earlier frame by the camera's motion is on-screen activity. Pairs that straddle a shot cut are not
analysed (a cut is not a pan). Per-pair labels are smoothed and merged into spans.

Sign convention: "camera pans right" means the scene content moves left in the image; "tilts up"
means the content moves down; "zooms in" means the content grows.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import Field

from videochat.contracts.events import Event
from videochat.perceptors.base import Inputs, ModelOptions, Perceptor, missing_module

METHODS = ("opencv-flow", "opencv-lk", "opencv-orb")


class MotionOptions(ModelOptions):
    model: str = Field(
        "opencv-flow",
        description="opencv-flow: phase correlation + Lucas-Kanade tracks, ORB matches where they fail; "
        "opencv-lk: Lucas-Kanade tracks only; opencv-orb: ORB feature matches only",
    )
    device: str = Field("cpu", description="ignored: OpenCV on the CPU")
    width: int = Field(320, ge=64, le=1920, description="frames are analysed at this width (pixels)")
    pan_threshold: float = Field(
        0.025,
        gt=0,
        description="shift per second, as a fraction of the frame width, from which the camera counts as panning or tilting",
    )
    zoom_threshold: float = Field(0.03, gt=0, description="scale change per second (|log|) from which it zooms")
    shake_threshold: float = Field(
        0.01, gt=0, description="mean shift per pair (fraction of the width) from which direction reversals count as shake"
    )
    shake_window: int = Field(4, ge=3, description="pairs looked at together to tell shake from a pan")
    shake_jitter: float = Field(0.6, gt=0, lt=1, description="1 - net/total shift over the window from which it is shake")
    little_motion: float = Field(
        0.01,
        ge=0,
        le=1,
        description="fraction of the frame changed (after compensating the camera) from which there is motion on screen",
    )
    fast_motion: float = Field(0.15, ge=0, le=1, description="fraction changed from which the motion is fast")
    change_level: float = Field(0.1, gt=0, le=1, description="grey-level difference (0-1) that counts as changed")
    cut_threshold: float = Field(0.5, gt=0, le=1, description="scene score from which a pair straddles a cut")
    cut_floor: float = Field(0.1, gt=0, le=1, description="a lower scene score is a cut when it is a spike ...")
    cut_spike: float = Field(4.0, ge=1, description="... this many times the usual score within a second around it")
    min_pairs: int = Field(2, ge=1, description="a label must hold for this many consecutive frame pairs")
    min_tracks: int = Field(12, ge=4, description="fewer RANSAC inliers than this: camera motion unknown")


@dataclass
class PairMotion:
    """The measured motion between two sampled frames (rates are per second)."""

    t0: float
    t1: float
    shift: tuple[float, float] | None  # content displacement of the frame centre, fractions of the width per second
    zoom: float | None  # log scale change per second (> 0: content grows)
    rotation: float | None  # degrees per second
    step: tuple[float, float] | None  # displacement over the pair (not per second), fractions of the width
    inliers: int
    confidence: float  # 0..1: how well one camera motion explains the tracks
    changed: float  # fraction of the frame that differs after compensating the camera
    cut: bool = False


def _grey(image: np.ndarray, width: int) -> np.ndarray:
    import cv2

    h, w = image.shape[:2]
    scale = min(1.0, width / w)
    small = cv2.resize(image, (max(16, round(w * scale)), max(16, round(h * scale))), interpolation=cv2.INTER_AREA)
    return cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)


def _tracks_lk(a: np.ndarray, b: np.ndarray, phase: bool) -> tuple[np.ndarray, np.ndarray]:
    """Corner tracks a -> b, kept when tracking back lands within a pixel of the start."""
    import cv2

    pts = cv2.goodFeaturesToTrack(a, maxCorners=400, qualityLevel=0.01, minDistance=6, blockSize=5)
    if pts is None or len(pts) < 4:
        return np.zeros((0, 2), np.float32), np.zeros((0, 2), np.float32)
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 30, 0.01)
    params: dict[str, Any] = {"winSize": (21, 21), "maxLevel": 3, "criteria": criteria}
    guess, flags = pts.copy(), 0
    if phase:  # a global shift to start from: LK alone loses shifts beyond its pyramid's reach
        window = _hann(a.shape)
        (dx, dy), response = cv2.phaseCorrelate(a.astype(np.float32), b.astype(np.float32), window)
        if response > 0.05:
            guess = pts + np.float32([dx, dy])
            flags = cv2.OPTFLOW_USE_INITIAL_FLOW
    nxt, ok, _ = cv2.calcOpticalFlowPyrLK(a, b, pts, guess.copy(), flags=flags, **params)
    back, ok2, _ = cv2.calcOpticalFlowPyrLK(b, a, nxt, pts.copy(), flags=cv2.OPTFLOW_USE_INITIAL_FLOW, **params)
    good = (ok.ravel() == 1) & (ok2.ravel() == 1) & (np.linalg.norm((back - pts).reshape(-1, 2), axis=1) < 1.0)
    return pts.reshape(-1, 2)[good], nxt.reshape(-1, 2)[good]


_HANN: dict[tuple[int, int], np.ndarray] = {}


def _hann(shape: tuple[int, ...]) -> np.ndarray:
    import cv2

    key = (shape[1], shape[0])
    if key not in _HANN:
        _HANN[key] = cv2.createHanningWindow(key, cv2.CV_32F)
    return _HANN[key]


def _tracks_orb(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ORB keypoint matches a -> b (mutual best, Hamming distance)."""
    import cv2

    orb = cv2.ORB_create(nfeatures=500, edgeThreshold=15, patchSize=15)
    ka, da = orb.detectAndCompute(a, None)
    kb, db = orb.detectAndCompute(b, None)
    if da is None or db is None or len(ka) < 4 or len(kb) < 4:
        return np.zeros((0, 2), np.float32), np.zeros((0, 2), np.float32)
    matches = cv2.BFMatcher(cv2.NORM_HAMMING, crossCheck=True).match(da, db)
    src = np.float32([ka[m.queryIdx].pt for m in matches])
    dst = np.float32([kb[m.trainIdx].pt for m in matches])
    return src, dst


def _changed(a: np.ndarray, b: np.ndarray, matrix: np.ndarray | None, level: float) -> float:
    """Fraction of ``b`` that ``a`` warped by the camera's motion does not explain (brightness-normalised)."""
    import cv2

    h, w = a.shape
    fa = cv2.GaussianBlur(a, (5, 5), 0).astype(np.float32)
    fb = cv2.GaussianBlur(b, (5, 5), 0).astype(np.float32)
    if matrix is None:
        mask = np.ones((h, w), bool)
    else:
        fa = cv2.warpAffine(fa, matrix, (w, h), flags=cv2.INTER_LINEAR)
        inside = cv2.warpAffine(np.ones((h, w), np.uint8), matrix, (w, h), flags=cv2.INTER_NEAREST)
        mask = cv2.erode(inside, np.ones((7, 7), np.uint8)) > 0
    if mask.sum() < 0.1 * h * w:
        return 0.0
    diff = np.abs((fb - fb[mask].mean()) - (fa - fa[mask].mean()))[mask]
    return float((diff > 255 * level).mean())


def _fit(src: np.ndarray, dst: np.ndarray, width: int, min_tracks: int) -> tuple[np.ndarray | None, int]:
    """Shift + scale + rotation that most tracks agree on (RANSAC), or None with too few agreeing."""
    import cv2

    if len(src) < min_tracks:
        return None, 0
    matrix, mask = cv2.estimateAffinePartial2D(
        src, dst, method=cv2.RANSAC, ransacReprojThreshold=max(1.0, width / 240), maxIters=2000, confidence=0.995
    )
    inliers = int(mask.sum()) if mask is not None else 0
    return (matrix, inliers) if matrix is not None and inliers >= min_tracks else (None, inliers)


def measure_pair(a: np.ndarray, b: np.ndarray, dt: float, method: str, options: MotionOptions, t0: float = 0.0) -> PairMotion:
    """The camera's motion and the residual activity between grey frames ``a`` and ``b`` taken ``dt`` s apart."""
    h, w = a.shape
    src, dst = _tracks_orb(a, b) if method == "opencv-orb" else _tracks_lk(a, b, phase=method == "opencv-flow")
    matrix, inliers = _fit(src, dst, w, options.min_tracks)
    if matrix is None and method == "opencv-flow":  # shifts past the phase correlation's reach: ORB matches
        src, dst = _tracks_orb(a, b)
        matrix, inliers = _fit(src, dst, w, options.min_tracks)
    if matrix is None:
        # no trustworthy camera model: identical frames still tell us nothing moved (flat colour, slides)
        changed = _changed(a, b, None, options.change_level)
        if changed < options.little_motion:
            return PairMotion(t0, t0 + dt, (0.0, 0.0), 0.0, 0.0, (0.0, 0.0), inliers, 0.5, changed)
        return PairMotion(t0, t0 + dt, None, None, None, None, inliers, 0.0, changed)
    centre = np.array([w / 2, h / 2])
    moved = matrix[:, :2] @ centre + matrix[:, 2] - centre
    scale = math.hypot(matrix[0, 0], matrix[1, 0])
    angle = math.degrees(math.atan2(matrix[1, 0], matrix[0, 0]))
    step = (float(moved[0] / w), float(moved[1] / w))
    confidence = (inliers / len(src)) * min(1.0, inliers / 50)
    changed = _changed(a, b, matrix, options.change_level)
    return PairMotion(
        t0,
        t0 + dt,
        (step[0] / dt, step[1] / dt),
        math.log(max(scale, 1e-6)) / dt,
        angle / dt,
        step,
        inliers,
        round(confidence, 3),
        changed,
    )


def camera_label(p: PairMotion, options: MotionOptions) -> str | None:
    """'still camera', 'camera pans left', 'camera zooms in', ... for one pair (None: unknown)."""
    if p.shift is None or p.zoom is None:
        return None
    vx, vy = p.shift
    speed = math.hypot(vx, vy)
    zoom_speed = abs(p.zoom) * 0.5  # how far the frame's edges move (fractions of the width per second)
    if abs(p.zoom) >= options.zoom_threshold and zoom_speed >= speed:
        return "camera zooms in" if p.zoom > 0 else "camera zooms out"
    if speed < options.pan_threshold:
        return "still camera"
    pan = "camera pans right" if vx < 0 else "camera pans left"
    tilt = "camera tilts up" if vy > 0 else "camera tilts down"
    if abs(vx) >= abs(vy):
        return pan + (" and" + tilt[6:] if abs(vy) >= 0.5 * abs(vx) else "")
    return tilt + (" and" + pan[6:] if abs(vx) >= 0.5 * abs(vy) else "")


def shaky(pairs: list[PairMotion], options: MotionOptions) -> list[bool]:
    """Per pair: is its shift part of a run whose direction keeps flipping? Looks at windows of
    ``shake_window`` measured pairs (cut pairs skipped): shake when the shifts are large enough on average,
    reverse direction at least ``window - 2`` times and mostly cancel out. A pan that turns back reverses once."""
    idx = [i for i, p in enumerate(pairs) if p.step is not None and not p.cut]
    flags = [False] * len(pairs)
    k = options.shake_window
    for start in range(max(0, len(idx) - k + 1)):
        window = idx[start : start + k]
        steps = np.array([pairs[i].step for i in window])
        lengths = np.linalg.norm(steps, axis=1)
        if lengths.mean() < options.shake_threshold:
            continue
        reversals = int(np.sum(np.einsum("ij,ij->i", steps[:-1], steps[1:]) < 0))
        if reversals < k - 2 or 1 - np.linalg.norm(steps.sum(axis=0)) / lengths.sum() < options.shake_jitter:
            continue
        for i, length in zip(window, lengths):
            flags[i] |= bool(length >= options.shake_threshold / 2)
    return flags


def activity_label(p: PairMotion, options: MotionOptions) -> str:
    if p.changed >= options.fast_motion:
        return "fast motion on screen"
    if p.changed >= options.little_motion:
        return "little motion on screen"
    return "still scene"


def smooth(labels: list[str | None], min_pairs: int) -> list[str | None]:
    """Drop flicker: a one-pair label between two equal neighbours takes theirs; runs shorter than
    ``min_pairs`` are left unlabelled."""
    out = list(labels)
    for i in range(1, len(out) - 1):
        if out[i - 1] is not None and out[i - 1] == out[i + 1] != out[i] and labels[i] is not None:
            out[i] = out[i - 1]
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1] == out[i]:
            j += 1
        if out[i] is not None and j - i + 1 < min_pairs:
            out[i : j + 1] = [None] * (j - i + 1)
        i = j + 1
    return out


def spans(labels: list[str | None]) -> list[tuple[int, int, str]]:
    """(first, last, label) of each run of equal, known labels."""
    out, i = [], 0
    while i < len(labels):
        j = i
        while j + 1 < len(labels) and labels[j + 1] == labels[i]:
            j += 1
        if labels[i] is not None:
            out.append((i, j, labels[i]))
        i = j + 1
    return out


def cut_pairs(inputs: Inputs, times: list[float], options: MotionOptions) -> list[bool]:
    """Per pair of sampled frames: does a shot cut fall between them? A cut is a scene score that stands out:
    above ``cut_threshold``, or above ``cut_floor`` and ``cut_spike`` times the usual score around it (a
    pan or shake scores evenly at every decoded frame, a cut once; ffmpeg's score also drops for a cut
    between similar shots)."""
    scene = inputs.scene
    if scene is None or len(times) < 2:
        return [False] * max(0, len(times) - 1)
    st, ss = np.asarray(scene[0]), np.asarray(scene[1])
    out = []
    for a, b in itertools.pairwise(times):
        inside = ss[(st > a) & (st <= b + 1e-6)]
        if len(inside) == 0:
            out.append(False)
            continue
        top = float(inside.max())
        around = ss[(st > a - 1.0) & (st <= b + 1.0)]
        others = np.delete(around, np.argmax(around == top)) if len(around) > 1 else np.zeros(1)
        usual = float(np.percentile(others, 75))
        out.append(top >= options.cut_threshold or (top >= options.cut_floor and top >= options.cut_spike * (usual + 0.01)))
    return out


def _mean(values: list[float]) -> float:
    return round(float(np.mean(values)), 4) if values else 0.0


def make_events(pairs: list[PairMotion], options: MotionOptions, source: str = "motion") -> list[Event]:
    """Smoothed, merged camera and activity events for a sequence of measured pairs."""
    shake = shaky(pairs, options)
    camera: list[str | None] = []
    activity: list[str | None] = []
    for p, s in zip(pairs, shake):
        label = None if p.cut else ("shaky camera" if s else camera_label(p, options))
        camera.append(label)
        activity.append(None if p.cut or label is None else activity_label(p, options))
    camera, activity = smooth(camera, options.min_pairs), smooth(activity, options.min_pairs)
    still = [c == "still camera" and a == "still scene" for c, a in zip(camera, activity)]
    texts = [("still camera, still scene" if s else c) for c, s in zip(camera, still)]
    events = []
    for i, j, text in spans(texts):
        group = pairs[i : j + 1]
        known = [p for p in group if p.shift is not None]
        data: dict[str, Any] = {
            "type": "camera",
            "shift": [_mean([p.shift[0] for p in known]), _mean([p.shift[1] for p in known])],
            "zoom": round(math.exp(_mean([p.zoom for p in known])), 4),
            "rotation": _mean([p.rotation for p in known]),
            "changed": _mean([p.changed for p in group]),
            "pairs": len(group),
        }
        if text == "shaky camera":  # the shifts cancel out: how far the frame jumps per pair says how shaky
            data["shake"] = _mean([math.hypot(*p.step) for p in known if p.step is not None])
        events.append(Event(group[0].t0, group[-1].t1, "motion", source, text, _mean([p.confidence for p in group]), data))
    for i, j, text in spans([None if s else a for a, s in zip(activity, still)]):
        if text == "still scene":  # nothing moves but the camera: only worth saying with a still camera
            continue
        group = pairs[i : j + 1]
        data = {"type": "activity", "changed": _mean([p.changed for p in group]), "pairs": len(group)}
        events.append(Event(group[0].t0, group[-1].t1, "motion", source, text, _mean([p.confidence for p in group]), data))
    return sorted(events, key=lambda e: (e.start, e.end))


class MotionPerceptor(Perceptor):
    name = "motion"
    version = "1"
    input = "frames"
    description = "camera motion (still, pan, tilt, zoom, shaky) and on-screen activity, OpenCV optical flow"
    Options = MotionOptions

    def check(self, options: MotionOptions) -> str | None:
        if options.model not in METHODS:
            return f"unknown motion model {options.model!r} (one of {', '.join(METHODS)})"
        return missing_module("cv2")

    def measure(self, inputs: Inputs, options: MotionOptions) -> list[PairMotion]:
        """Measure every pair of consecutive sampled frames (no cut check yet)."""
        pairs: list[PairMotion] = []
        last: tuple[float, np.ndarray] | None = None
        for frame in inputs.frames:
            grey = _grey(frame.image, options.width)
            if last is not None and last[1].shape == grey.shape:
                dt = max(1e-3, frame.t - last[0])
                pairs.append(measure_pair(last[1], grey, dt, options.model, options, t0=last[0]))
            last = (frame.t, grey)
        return pairs

    def __call__(self, inputs: Inputs, options: MotionOptions) -> list[Event]:
        pairs = self.measure(inputs, options)
        times = [p.t0 for p in pairs] + [p.t1 for p in pairs[-1:]]
        for p, cut in zip(pairs, cut_pairs(inputs, times, options)):
            p.cut = cut
        self.stats = {
            "pairs": len(pairs),
            "cuts": sum(p.cut for p in pairs),
            "unknown": sum(p.shift is None and not p.cut for p in pairs),
        }
        return make_events(pairs, options, self.name)
