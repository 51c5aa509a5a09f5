"""MediaPipe's single-shot detectors (BlazeFace face detection, BlazePose person detection) without mediapipe.

The ``.tflite`` files come out of the mediapipe 0.10 wheel (see ``videochat.models``); OpenCV runs
them (``videochat.perceptors.tflite_cv``: no new dependency) and this module decodes the raw
outputs: SSD anchors, box/keypoint offsets relative to the anchors, sigmoid scores, weighted NMS.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass(frozen=True)
class BlazeSpec:
    """The anchor layout and output format of one detector (from MediaPipe's graph options)."""

    size: int  # square input side, pixels
    strides: tuple[int, ...]  # one per SSD layer; consecutive equal strides share a grid
    anchors_per_layer: int  # 2 with MediaPipe's interpolated-scale anchor, 1 without
    keypoints: int
    min_score: float = 0.5
    nms_iou: float = 0.3


SPECS: dict[str, BlazeSpec] = {
    "face-short": BlazeSpec(128, (8, 16, 16, 16), 2, 6),
    "face-full": BlazeSpec(192, (4,), 1, 6),
    "pose": BlazeSpec(224, (8, 16, 32, 32, 32), 2, 4),
}


@dataclass
class Detection:
    """A box ``[x0, y0, x1, y1]`` and keypoints ``[[x, y], ...]`` in pixels of the input image."""

    box: list[float]
    score: float
    keypoints: list[list[float]] = field(default_factory=list)


@functools.lru_cache(maxsize=8)
def anchors(spec: BlazeSpec) -> np.ndarray:
    """Anchor centres ``(N, 2)`` in [0, 1]; boxes are fixed-size, so only centres matter."""
    centres = []
    i = 0
    while i < len(spec.strides):
        stride, layers = spec.strides[i], 0
        while i < len(spec.strides) and spec.strides[i] == stride:  # equal strides stack on one grid
            layers += 1
            i += 1
        grid = -(-spec.size // stride)
        ys, xs = np.meshgrid((np.arange(grid) + 0.5) / grid, (np.arange(grid) + 0.5) / grid, indexing="ij")
        cells = np.stack([xs.ravel(), ys.ravel()], axis=1)
        centres.append(np.repeat(cells, layers * spec.anchors_per_layer, axis=0))
    return np.concatenate(centres).astype(np.float32)


def letterbox(image: np.ndarray, size: int) -> tuple[np.ndarray, float, float, float]:
    """The image scaled to fit a ``size`` square (black borders), in [-1, 1], with the mapping back."""
    import cv2

    h, w = image.shape[:2]
    scale = size / max(h, w)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    resized = cv2.resize(image, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    canvas = np.zeros((size, size, 3), np.uint8)
    px, py = (size - nw) // 2, (size - nh) // 2
    canvas[py:py + nh, px:px + nw] = resized
    return canvas.astype(np.float32) / 127.5 - 1.0, scale, px, py


def decode(spec: BlazeSpec, raw_boxes: np.ndarray, raw_scores: np.ndarray, min_score: float) -> list[Detection]:
    """Detections in [0, 1] input coordinates from one image's raw outputs ``(N, 4 + 2K)`` and ``(N,)``."""
    scores = 1.0 / (1.0 + np.exp(-np.clip(raw_scores.reshape(-1).astype(np.float64), -80, 80)))
    keep = np.flatnonzero(scores >= min_score)
    if keep.size == 0:
        return []
    centre = anchors(spec)[keep]
    raw = raw_boxes.reshape(len(scores), -1)[keep] / spec.size
    cx, cy = raw[:, 0] + centre[:, 0], raw[:, 1] + centre[:, 1]
    half_w, half_h = raw[:, 2] / 2, raw[:, 3] / 2
    boxes = np.stack([cx - half_w, cy - half_h, cx + half_w, cy + half_h], axis=1)
    points = raw[:, 4:4 + 2 * spec.keypoints].reshape(len(keep), -1, 2) + centre[:, None, :]
    return weighted_nms(boxes, scores[keep], points, spec.nms_iou)


def iou(box: np.ndarray, others: np.ndarray) -> np.ndarray:
    x0, y0 = np.maximum(box[0], others[:, 0]), np.maximum(box[1], others[:, 1])
    x1, y1 = np.minimum(box[2], others[:, 2]), np.minimum(box[3], others[:, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area = lambda b: (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return inter / np.maximum(area(box) + area(others) - inter, 1e-9)


def weighted_nms(boxes: np.ndarray, scores: np.ndarray, points: np.ndarray, threshold: float) -> list[Detection]:
    """Overlapping candidates are averaged (weighted by score) rather than dropped: the anchors that
    fire on one face each see it slightly differently, and their mean box is steadier over frames."""
    order = np.argsort(-scores)
    boxes, scores, points = boxes[order], scores[order], points[order]
    alive = np.ones(len(scores), bool)
    out = []
    for i in range(len(scores)):
        if not alive[i]:
            continue
        group = np.flatnonzero(alive & (iou(boxes[i], boxes) > threshold))
        group = np.union1d(group, [i])
        alive[group] = False
        w = scores[group][:, None]
        box = (boxes[group] * w).sum(0) / w.sum()
        pts = (points[group] * w[:, :, None]).sum(0) / w.sum()
        out.append(Detection(box.tolist(), float(scores[i]), pts.tolist()))
    return out


class BlazeDetector:
    """One loaded detector: ``detector(rgb_image)`` -> detections in the image's pixels."""

    def __init__(self, path: str | Path, spec: BlazeSpec, threads: int = 1) -> None:
        from videochat.perceptors.tflite_cv import OpenCVTFLite

        self.spec, self.threads = spec, threads
        self.model = OpenCVTFLite(Path(path))
        self._lock = threading.Lock()  # an OpenCV net is not safe to run from two threads at once

    def forward(self, tensor: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Raw (boxes ``(N, 4 + 2K)``, scores ``(N,)``) for one ``size x size x 3`` input in [-1, 1]."""
        import cv2

        with self._lock:
            threads = cv2.getNumThreads()
            cv2.setNumThreads(self.threads)
            try:
                outs = self.model(np.ascontiguousarray(tensor.transpose(2, 0, 1)[None]))
            finally:
                cv2.setNumThreads(threads)
        boxes, scores = sorted(outs, key=lambda o: o.shape[-1], reverse=True)[:2]
        return boxes[0], scores[0].reshape(-1)

    def __call__(self, image: np.ndarray, min_score: float | None = None) -> list[Detection]:
        tensor, scale, px, py = letterbox(image, self.spec.size)
        boxes, scores = self.forward(tensor)
        found = decode(self.spec, boxes, scores, self.spec.min_score if min_score is None else min_score)
        size, (h, w) = self.spec.size, image.shape[:2]

        def to_pixels(x: float, y: float, clip: bool = True) -> list[float]:
            x, y = (x * size - px) / scale, (y * size - py) / scale
            return [min(w, max(0.0, x)), min(h, max(0.0, y))] if clip else [x, y]

        for d in found:  # keypoints may lie outside the frame (a hip below the bottom edge): not clipped
            d.box = [*to_pixels(d.box[0], d.box[1]), *to_pixels(d.box[2], d.box[3])]
            d.keypoints = [to_pixels(x, y, clip=False) for x, y in d.keypoints]
        return found


@functools.lru_cache(maxsize=4)
def load_detector(path: str, kind: str, threads: int = 1) -> BlazeDetector:
    """A detector kept loaded for the rest of the process."""
    return BlazeDetector(path, SPECS[kind], threads)


def model_reason(model: str) -> str | None:
    """Why a model-store name or path cannot be had here (one line), or None."""
    from videochat.models import KNOWN, store

    if Path(model).expanduser().exists():
        return None
    if model not in KNOWN:
        return f"model {model!r} is neither a file nor a known model"
    if store().find(model) is None and not store().allow_download:
        return f"model {model} not in the store (videochat models pull {model})"
    return None
