"""The Perceptor contract, the inputs perceptors read, and small helpers they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Literal, TypeVar

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from videochat.contracts.events import Event
from videochat.contracts.media import Frame, Inputs, VideoInfo


class PerceptorOptions(BaseModel):
    """Base for a perceptor's options; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", protected_namespaces=())


class ModelOptions(PerceptorOptions):
    """Options every model-backed perceptor has."""

    model: str = Field(..., description="model name from the model store, a hub id, or a local path")
    device: str = Field("auto", description="auto | cpu | cuda | cuda:N | mps")


class Perceptor:
    """Turns decoded media into timestamped events (contract).

    Subclasses set ``name``, ``version``, ``input`` and an ``Options`` model, and implement
    ``__call__``. Heavy imports belong inside methods, never at module import.

    ``version`` is part of the cache key: bump it whenever a change alters the events the perceptor
    produces for the same video and options, or cached events from the old code are served. (The
    cache also records a hash of the perceptor's source file and, when it changed under an
    unchanged version, warns and runs the perceptor again.) ``uses_model`` says the perceptor runs
    a neural model: batch runs on Ray keep such perceptors in long-lived actors (on GPUs where there
    are any) instead of plain CPU tasks.
    """

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    uses_model: ClassVar[bool] = False
    input: ClassVar[Literal["frames", "clips", "audio", "file"]] = "frames"  # file: reads the video file itself
    description: ClassVar[str] = ""
    Options: ClassVar[type[PerceptorOptions]] = PerceptorOptions

    def __init__(self) -> None:
        self.stats: dict[str, Any] = {}  # optional run statistics, copied into the transcript JSON

    def check(self, options: Any) -> str | None:
        """Why this perceptor cannot run here (missing dependency or model), or None when it can."""
        return None

    def models(self, options: Any) -> list[str]:
        """Model-store names this perceptor needs with these options."""
        return []

    def replaces(self, options: Any, info: VideoInfo) -> dict[str, str]:
        """Perceptors made redundant for this video ({name: why}), e.g. ASR where subtitles exist."""
        return {}

    def __call__(self, inputs: Inputs, options: Any) -> list[Event]:
        raise NotImplementedError


def missing_module(*modules: str) -> str | None:
    """A one-line reason naming the first module that cannot be imported, or None."""
    import importlib.util

    for module in modules:
        if importlib.util.find_spec(module) is None:
            return f"python package {module!r} is not installed"
    return None


T = TypeVar("T")

#: A per-frame detector: RGB image -> (pixel box, score) for each thing found.
Detect = Callable[[np.ndarray], list[tuple[list[float], float]]]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last one shorter), taken lazily: frames still decoding are not waited for."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def frame_event(frame: Frame, interval: float, kind: str, source: str, text: str, **extra: Any) -> Event:
    """An event covering one sampled frame's interval; identical neighbours merge in the transcript."""
    score = extra.pop("score", None)
    return Event(frame.t, frame.t + interval, kind, source, text, score, extra)


class ChangeDetector:
    """Tells whether a frame's content differs from the last frame it accepted.

    Compares 1/8-scale colour thumbnails (red and green can share a grey level); a change anywhere (a word appearing in a corner) counts,
    so expensive models run only on frames whose content changed and results are reused otherwise.
    """

    def __init__(self, threshold: float = 18.0) -> None:
        self.threshold = threshold
        self._last: np.ndarray | None = None

    def __call__(self, image: np.ndarray) -> bool:
        import cv2

        h, w = image.shape[:2]
        thumb = cv2.resize(image, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA).astype(np.int16)
        if self._last is not None and self._last.shape == thumb.shape:
            if np.abs(thumb - self._last).max() < self.threshold:
                return False
        self._last = thumb
        return True


def normalise_box(box: Any, width: int, height: int) -> list[float]:
    """``[x0, y0, x1, y1]`` in [0, 1] from pixel coordinates (a 4-point polygon or x,y,w,h rect)."""
    pts = np.asarray(box, dtype=np.float64).reshape(-1, 2)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    clip = lambda v, size: float(min(1.0, max(0.0, v / size)))  # noqa: E731
    return [round(clip(x0, width), 4), round(clip(y0, height), 4), round(clip(x1, width), 4), round(clip(y1, height), 4)]


def position_words(box: list[float]) -> str:
    """Where a normalised ``[x0, y0, x1, y1]`` box sits, in words: "on the left", "in the centre",
    "at the top right", ... Thirds of the frame by the box centre; top/bottom are named only away
    from the middle band, since "on the left" is what a reader wants for most faces and people."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    col = "left" if cx < 1 / 3 else "right" if cx > 2 / 3 else "centre"
    row = "top" if cy < 1 / 3 else "bottom" if cy > 2 / 3 else ""
    if not row:
        return "in the centre" if col == "centre" else f"on the {col}"
    return f"at the {row}" if col == "centre" else f"at the {row} {col}"


def positions_text(boxes: list[list[float]]) -> str:
    """"on the left and on the right", "on the left, in the centre and on the right" (left to right)."""
    words = [position_words(box) for box in sorted(boxes, key=lambda b: (b[0] + b[2]) / 2)]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def count_events(
    inputs: Inputs, detect: Detect, kind: str, source: str,
    noun: tuple[str, str], change_threshold: float,
) -> list[Event]:
    """Run a per-frame detector (boxes in pixels, score) on changed frames and emit one count event per
    frame ("2 faces (on the left and on the right)"); identical texts on consecutive frames merge into
    one span in the transcript, so positions are coarse (thirds of the frame) to keep spans long."""
    changed = ChangeDetector(change_threshold)
    found: list[tuple[list[float], float]] = []
    events = []
    for frame in inputs.frames:
        if changed(frame.image):
            h, w = frame.image.shape[:2]
            found = sorted(((normalise_box(box, w, h), score) for box, score in detect(frame.image)),
                           key=lambda item: item[0][0] + item[0][2])  # left to right
        if found:
            n = len(found)
            boxes = [box for box, _ in found]
            scores = [round(float(score), 3) for _, score in found]
            text = f"{n} {noun[0] if n == 1 else noun[1]} ({positions_text(boxes)})"
            events.append(frame_event(frame, inputs.frame_interval, kind, source, text, score=max(scores), count=n,
                                      boxes=boxes, positions=[position_words(b) for b in boxes], scores=scores))
    return events
