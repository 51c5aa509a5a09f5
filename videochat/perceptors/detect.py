"""Objects with ultralytics YOLO, tracked across sampled frames, summarised per class over time.

Every sampled frame goes through ``YOLO.track`` (``batch_size`` frames per call, the tracker
persisting between calls), so the same person on ten frames is one track, not ten detections.
For each class the frames where it is visible form spans (gaps up to ``gap`` seconds are bridged),
and each span becomes one ``objects`` event that reads "3 distinct people, up to 2 at once", with
the count over time, track ids and boxes (normalised ``[x0, y0, x1, y1]``) in its data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import Field

from videochat.contracts.errors import ModelUnavailable
from videochat.contracts.events import Event
from videochat.devices import pick_device
from videochat.model_cache import MODELS
from videochat.models import KNOWN, store
from videochat.perceptors.base import (
    Inputs,
    ModelOptions,
    Perceptor,
    batched,
    missing_module,
)

PLURALS = {"person": "people", "mouse": "mice", "knife": "knives", "sheep": "sheep", "skis": "skis",
           "scissors": "scissors", "skateboard": "skateboards"}  # fmt: skip


class DetectOptions(ModelOptions):
    model: str = Field("yolo11n.pt", description="ultralytics weights: a .pt path, or a name (yolo11n.pt ... "
                       "yolo11x.pt, yolo26n.pt, ...) fetched into the model store")
    classes: list[str] | None = Field(None, description="report only these class names (default: all)")
    min_score: float = Field(0.4, ge=0, le=1, description="a track (or untracked box) needs this confidence once")
    iou: float = Field(0.5, gt=0, le=1, description="non-maximum suppression IoU")
    imgsz: int = Field(640, ge=32, description="inference size (long side)")
    max_det: int = Field(100, ge=1, description="most boxes per frame")
    batch_size: int = Field(8, ge=1, le=256, description="frames per model call")
    tracker: Literal["bytetrack", "botsort", "none"] = Field("bytetrack", description="ultralytics tracker, or none")
    gap: float = Field(2.0, ge=0, description="seconds a class may be missing before its span ends")
    min_frames: int = Field(1, ge=1, description="frames a track must be seen on to count")
    half: bool = Field(True, description="float16 inference on a GPU")


@dataclass
class Box:
    track: int | None
    label: str
    score: float
    box: list[float]


def _ultralytics_env() -> None:
    """No hub calls, version checks or run-time pip installs: weights come from the model store."""
    os.environ.setdefault("YOLO_OFFLINE", "1")
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")
    os.environ.setdefault("YOLO_VERBOSE", "false")


def weights(name: str, fetch: bool = True) -> Path | None:
    """Local weights for a path, a model-store name, or an ultralytics release asset name."""
    p = Path(name).expanduser()
    if p.exists():
        return p
    if name in KNOWN:
        return store().resolve(name) if fetch else store().find(name)
    target = store().root / "ultralytics" / name
    if target.exists() or not fetch:
        return target if target.exists() else None
    if not store().allow_download:
        raise ModelUnavailable(f"YOLO weights {name} are not in the store (fetch them where GitHub is reachable)")
    _ultralytics_env()
    from ultralytics.utils.downloads import attempt_download_asset

    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        found = Path(attempt_download_asset(str(target)))  # ultralytics' release assets on GitHub
    except Exception as exc:  # noqa: BLE001 - offline, or no such asset
        raise ModelUnavailable(f"could not fetch YOLO weights {name}: {exc}") from None
    if not found.exists():
        raise ModelUnavailable(f"could not fetch YOLO weights {name} (not an ultralytics release asset?)")
    return found


def load_yolo(path: str) -> Any:
    _ultralytics_env()
    from ultralytics import YOLO

    return YOLO(path, task="detect")


def plural(label: str) -> str:
    *head, last = label.split(" ")
    if last in PLURALS:
        word = PLURALS[last]
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        word = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return " ".join([*head, word])


class DetectPerceptor(Perceptor):
    name = "detect"
    uses_model = True
    version = "1"
    input = "frames"
    description = "objects (80 COCO classes) with ultralytics YOLO, tracked: distinct counts per class over time"
    Options = DetectOptions

    def check(self, options: DetectOptions) -> str | None:
        reason = missing_module("torch", "torchvision", "ultralytics")
        if reason is None and options.tracker != "none":
            reason = missing_module("lap")  # ultralytics' trackers; it would pip-install it at run time otherwise
        if reason:
            return f"{reason} (pip install 'videochat[vision]')"
        name = options.model
        if Path(name).expanduser().exists():
            return None
        if name not in KNOWN and ("/" in name or not name.endswith(".pt")):  # a path, not a release name
            return f"YOLO weights not found: {name} (a .pt path or a name such as yolo11n.pt)"
        if weights(name, fetch=False) is None and not store().allow_download:
            how = f"videochat models pull {name}" if name in KNOWN else "run once where GitHub is reachable"
            return f"YOLO weights {name} are not downloaded ({how}, or pass a .pt path)"
        return None

    def models(self, options: DetectOptions) -> list[str]:
        return [options.model] if options.model in KNOWN else []

    def __call__(self, inputs: Inputs, options: DetectOptions) -> list[Event]:
        device = pick_device(options.device)
        path = str(weights(options.model))
        frames: list[tuple[float, list[Box]]] = []
        batches = 0
        with MODELS.use(("yolo", path), lambda: load_yolo(path), exclusive=True) as model:  # the tracker is state
            names: dict[int, str] = model.names
            classes = self._class_ids(names, options.classes)
            bgr = ((frame.t, np.ascontiguousarray(frame.image[:, :, ::-1])) for frame in inputs.frames)  # for ultralytics
            for batch in batched(bgr, options.batch_size):
                results = self._run(model, [image for _, image in batch], options, classes, device, first=not batches)
                frames.extend((t, self._boxes(result, names)) for (t, _), result in zip(batch, results))
                batches += 1
        events = self.summarise(frames, inputs.frame_interval, options)
        tracks = {b.track for _, boxes in frames for b in boxes if b.track is not None}
        self.stats = {"model": options.model, "device": device, "frames": len(frames), "batches": batches,
                      "tracks": len(tracks)}  # fmt: skip
        return events

    @staticmethod
    def _class_ids(names: dict[int, str], wanted: list[str] | None) -> list[int] | None:
        if not wanted:
            return None
        ids = {v: k for k, v in names.items()}
        unknown = [w for w in wanted if w not in ids]
        if unknown:
            raise ValueError(f"unknown classes {unknown} (the model knows: {', '.join(names.values())})")
        return [ids[w] for w in wanted]

    def _run(self, model, images: list[np.ndarray], options: DetectOptions, classes, device: str, first: bool):
        dev = device.removeprefix("cuda:") if device.startswith("cuda:") else ("0" if device == "cuda" else device)
        args = dict(imgsz=options.imgsz, iou=options.iou, max_det=options.max_det, classes=classes, device=dev,
                    half=options.half and device.startswith("cuda"), verbose=False)  # fmt: skip
        if options.tracker == "none":
            return model.predict(images, conf=options.min_score, **args)
        # a fresh tracker for each video (persist=False), kept across the batches of that video; the tracker
        # gets weak boxes too (they extend tracks), summarise() keeps the tracks that reach min_score
        conf = min(0.1, options.min_score)
        return model.track(images, persist=not first, tracker=f"{options.tracker}.yaml", conf=conf, **args)

    @staticmethod
    def _boxes(result, names: dict[int, str]) -> list[Box]:
        b = result.boxes
        if b is None or len(b) == 0:
            return []
        ids = b.id.int().tolist() if b.id is not None else [None] * len(b)
        boxes = np.clip(b.xyxyn.float().cpu().numpy(), 0.0, 1.0).round(4).tolist()
        return [Box(i, names[int(c)], round(float(s), 4), box)
                for i, c, s, box in zip(ids, b.cls.tolist(), b.conf.tolist(), boxes)]  # fmt: skip

    def summarise(self, frames: list[tuple[float, list[Box]]], interval: float, options: DetectOptions) -> list[Event]:
        """Per class: spans of presence, each one event with distinct (tracked) count and count over time."""
        best: dict[int, float] = {}
        seen: dict[int, int] = {}
        for _, boxes in frames:
            for b in boxes:
                if b.track is not None:
                    best[b.track] = max(best.get(b.track, 0.0), b.score)
                    seen[b.track] = seen.get(b.track, 0) + 1
        valid = {t for t in best if best[t] >= options.min_score and seen[t] >= options.min_frames}
        keep = lambda b: b.track in valid if b.track is not None else b.score >= options.min_score  # noqa: E731
        by_label: dict[str, list[tuple[float, list[Box]]]] = {}
        for t, boxes in frames:
            for label in {b.label for b in boxes if keep(b)}:
                by_label.setdefault(label, []).append((t, [b for b in boxes if b.label == label and keep(b)]))
        events = []
        for label, present in by_label.items():
            span: list[tuple[float, list[Box]]] = []
            for t, boxes in present:
                if span and t - (span[-1][0] + interval) > options.gap + 1e-6:
                    events.append(self._event(label, span, interval))
                    span = []
                span.append((t, boxes))
            events.append(self._event(label, span, interval))
        return sorted(events, key=lambda e: (e.start, e.text))

    def _event(self, label: str, span: list[tuple[float, list[Box]]], interval: float) -> Event:
        tracks = sorted({b.track for _, boxes in span for b in boxes if b.track is not None})
        most = max(len(boxes) for _, boxes in span)
        distinct = max(len(tracks), most)
        noun = label if distinct == 1 else plural(label)
        text = f"{distinct} {noun}" if most == distinct else f"{distinct} distinct {noun}, up to {most} at once"
        counts: list[list[float]] = []
        for t, boxes in span:
            if not counts or counts[-1][1] != len(boxes):
                counts.append([round(t, 3), len(boxes)])
        busiest = next(boxes for _, boxes in span if len(boxes) == most)
        score = max(b.score for _, boxes in span for b in boxes)
        data = {"label": label, "count": distinct, "max_at_once": most, "counts": counts, "tracks": tracks,
                "boxes": [b.box for b in busiest]}  # fmt: skip
        return Event(span[0][0], span[-1][0] + interval, "objects", self.name, text, score, data)
