"""Action labels for sliding clips of sampled frames, with transformers video classifiers.

Classifiers (VideoMAE, TimeSformer, ViViT: anything ``AutoModelForVideoClassification`` loads) use
their own label set, e.g. Kinetics-400; X-CLIP scores clips against user-given labels (zero-shot).
Each clip of ``clip_frames`` sampled frames is resampled to the frame count the model was trained
on; clips go to the model ``batch_size`` at a time. The best label becomes an ``action`` event
spanning the clip; equal labels on neighbouring clips merge into one span.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from pydantic import Field

from videochat.contracts.events import Event
from videochat.contracts.media import Frame
from videochat.model_cache import MODELS
from videochat.perceptors.base import Inputs, ModelOptions, batched
from videochat.perceptors.torchutil import TransformersPerceptor, processor_kwargs

EVERYDAY_ACTIONS = [
    "talking", "presenting", "walking", "running", "dancing", "singing", "playing an instrument", "cooking",
    "eating", "drinking", "driving", "riding a bike", "typing on a keyboard", "writing", "reading", "playing sports",
    "exercising", "swimming", "shopping", "cleaning", "working with tools", "playing with a pet", "hugging",
    "laughing", "sitting still",
]  # fmt: skip


class ActionOptions(ModelOptions):
    model: str = Field("MCG-NJU/videomae-base-finetuned-kinetics", description="hub id or local folder: a video "
                       "classifier (VideoMAE, TimeSformer, ViViT) or X-CLIP for zero-shot labels")
    labels: list[str] | None = Field(None, description="zero-shot labels for X-CLIP (default: everyday actions)")
    clip_frames: int | None = Field(None, ge=1, le=256, description="sampled frames per clip (default: as many "
                                    "as the model takes)")
    stride: int | None = Field(None, ge=1, description="frames from one clip's start to the next (default: clip_frames)")
    batch_size: int = Field(4, ge=1, le=256, description="clips per model call")
    min_score: float = Field(0.2, ge=0, le=1, description="no event when the best label scores lower")
    top_k: int = Field(3, ge=1, description="labels kept (with scores) in each event's data")
    half: bool = Field(True, description="float16/bfloat16 weights on a GPU")


def load_video_model(path: str, device: str, dtype: Any) -> tuple[Any, Any]:
    from transformers import (
        AutoConfig,
        AutoImageProcessor,
        AutoModelForVideoClassification,
        AutoProcessor,
    )

    if AutoConfig.from_pretrained(path).model_type == "xclip":
        from transformers import XCLIPModel

        processor, cls = AutoProcessor.from_pretrained(path, **processor_kwargs()), XCLIPModel
    else:
        processor, cls = AutoImageProcessor.from_pretrained(path, **processor_kwargs()), AutoModelForVideoClassification
    return cls.from_pretrained(path, dtype=dtype).to(device).eval(), processor


def model_frames(config: Any) -> int:
    """How many frames the model takes per clip."""
    vision = getattr(config, "vision_config", None)
    return int(getattr(config, "num_frames", None) or getattr(vision, "num_frames", None) or 8)


def resample(clip: list[Frame], n: int) -> list[np.ndarray]:
    """``n`` frames spread evenly over the clip (repeating frames of a short clip)."""
    picks = np.linspace(0, len(clip) - 1, n).round().astype(int)
    return [np.array(clip[i].image) for i in picks]  # writable copies of the read-only frames, for torch


class ActionPerceptor(TransformersPerceptor):
    name = "action"
    uses_model = True
    version = "1"
    input = "clips"
    description = "actions in sliding clips (VideoMAE / TimeSformer classifiers, X-CLIP zero-shot), batched"
    Options = ActionOptions

    def __call__(self, inputs: Inputs, options: ActionOptions) -> list[Event]:
        device, dtype, path = self.placement(options)
        events: list[Event] = []
        clips = batches = 0
        load = lambda: load_video_model(path, device, dtype)  # noqa: E731
        with MODELS.use(("video", path, device, str(dtype)), load) as (model, processor):
            n = model_frames(model.config)
            length = options.clip_frames or n
            spans = ((clip[0].t, clip[-1].t + inputs.frame_interval, resample(clip, n))
                     for clip in inputs.clips(length, options.stride))  # fmt: skip
            for batch in batched(spans, options.batch_size):
                for (start, end, _), top in zip(batch, self.classify(model, processor, [v for *_, v in batch], options)):
                    label, score = top[0]
                    if score >= options.min_score:
                        events.append(Event(start, end, "action", self.name, label, score, {"top": top}))
                clips += len(batch)
                batches += 1
        self.stats = self.run_stats(options, device, dtype, clips=clips, batches=batches, clip_frames=length,
                                    model_frames=n)  # fmt: skip
        return events

    def classify(self, model, processor, videos: list[list[np.ndarray]], options: ActionOptions) -> list[list[list]]:
        """preprocess -> forward -> postprocess: the ``top_k`` (label, probability) pairs of each clip."""
        import torch

        with torch.inference_mode():
            if model.config.model_type == "xclip":
                labels = options.labels or EVERYDAY_ACTIONS
                inputs = processor(text=labels, videos=videos, return_tensors="pt", padding=True)
                logits = model(**inputs.to(model.device, dtype=model.dtype)).logits_per_video
            else:
                labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
                inputs = processor(videos, return_tensors="pt")
                logits = model(**inputs.to(model.device, dtype=model.dtype)).logits
            probs = logits.float().softmax(-1).cpu().numpy()
        out = []
        for row in probs:
            best = np.argsort(-row, kind="stable")[: options.top_k]
            out.append([[labels[i], round(float(row[i]), 4)] for i in best])
        return out
