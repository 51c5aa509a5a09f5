"""Frame captions and dense region captions with transformers image-to-text models.

Any model that ``AutoModelForImageTextToText`` loads works: BLIP, BLIP-2, GIT, Florence-2 (the
native ``florence-community/Florence-2-*`` checkpoints). Captions run only on frames whose content
changed, ``batch_size`` frames per call; unchanged frames reuse the last result, so identical lines
merge into one span in the transcript. Dense mode asks Florence-2 for region captions
(``<DENSE_REGION_CAPTION>``) and emits them as ``objects`` events with normalised boxes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

import numpy as np
from pydantic import Field

from videochat.contracts.events import Event
from videochat.contracts.media import Frame
from videochat.model_cache import MODELS
from videochat.perceptors.base import (
    ChangeDetector,
    Inputs,
    ModelOptions,
    normalise_box,
)
from videochat.perceptors.torchutil import TransformersPerceptor, processor_kwargs

FLORENCE_TASKS = {"caption": "<CAPTION>", "dense": "<DENSE_REGION_CAPTION>"}


class CaptionOptions(ModelOptions):
    model: str = Field("Salesforce/blip-image-captioning-base", description="hub id or local folder of an "
                       "image-to-text model (BLIP, BLIP-2, GIT, Florence-2)")
    mode: Literal["caption", "dense"] = Field("caption", description="caption: a sentence per frame; dense: "
                                              "region captions with boxes (Florence-2)")
    prompt: str | None = Field(None, description="text the caption continues ('a photo of'); for Florence-2 "
                               "a task token ('<DETAILED_CAPTION>', '<OD>'); default per model and mode")
    batch_size: int = Field(8, ge=1, le=256, description="frames per model call")
    max_new_tokens: int = Field(30, ge=1, le=1024)
    num_beams: int = Field(1, ge=1, le=16, description="beam search width (1: greedy)")
    half: bool = Field(True, description="float16/bfloat16 weights on a GPU")
    change_threshold: float = Field(18.0, ge=0, description="thumbnail difference that counts as new content")
    max_regions: int = Field(12, ge=1, description="dense: largest regions kept per frame")
    min_area: float = Field(0.002, ge=0, le=1, description="dense: drop regions smaller than this part of the frame")


class DenseOptions(CaptionOptions):
    model: str = Field("florence-community/Florence-2-base", description="hub id or local folder of a Florence-2 model")
    mode: Literal["caption", "dense"] = "dense"


def load_captioner(path: str, device: str, dtype: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForImageTextToText, AutoProcessor

    processor = AutoProcessor.from_pretrained(path, **processor_kwargs())
    model = AutoModelForImageTextToText.from_pretrained(path, dtype=dtype).to(device).eval()
    return model, processor


def keyframe_batches(frames: Iterator[Frame], size: int, threshold: float) -> Iterator[list[tuple[Frame, list[float]]]]:
    """Batches of ``size`` changed frames, each with the times of the unchanged frames that follow it."""
    changed = ChangeDetector(threshold)
    batch: list[tuple[Frame, list[float]]] = []
    for frame in frames:
        if not batch or changed(frame.image):
            if len(batch) == size:
                yield batch
                batch = []
            batch.append((frame, []))
        else:
            batch[-1][1].append(frame.t)
    if batch:
        yield batch


def clean(text: str, prompt: str | None) -> str:
    """One line of text; an echoed prompt ('a photo of') is cut from the front."""
    text = re.sub(r"\s+", " ", text).strip()
    if prompt and not prompt.startswith("<") and text.lower().startswith(prompt.strip().lower()):
        text = text[len(prompt.strip()):].strip()
    return text


class CaptionPerceptor(TransformersPerceptor):
    name = "caption"
    uses_model = True
    version = "1"
    input = "frames"
    description = "a caption per changed frame (BLIP / BLIP-2 / GIT / Florence-2, transformers), batched"
    Options = CaptionOptions

    def __call__(self, inputs: Inputs, options: CaptionOptions) -> list[Event]:
        device, dtype, path = self.placement(options)
        events: list[Event] = []
        runs = batches = 0
        with MODELS.use(("image-text-to-text", path, device, str(dtype)), lambda: load_captioner(path, device, dtype)) as (
            model, processor,
        ):  # fmt: skip
            florence = model.config.model_type == "florence2"
            if options.mode == "dense" and not florence:
                raise ValueError(f"dense mode needs a Florence-2 model, {options.model} is {model.config.model_type}")
            prompt = options.prompt or (FLORENCE_TASKS[options.mode] if florence else None)
            for batch in keyframe_batches(inputs.frames, options.batch_size, options.change_threshold):
                results = self.describe(model, processor, [frame.image for frame, _ in batch], prompt, options)
                for (frame, followers), result in zip(batch, results):
                    for t in [frame.t, *followers]:
                        events.extend(self.events(t, inputs.frame_interval, result))
                runs += len(batch)
                batches += 1
        self.stats = self.run_stats(options, device, dtype, frames=inputs.frame_count, frames_captioned=runs,
                                    batches=batches)  # fmt: skip
        return events

    def describe(self, model, processor, images: list[np.ndarray], prompt: str | None,
                 options: CaptionOptions) -> list[list[tuple[str, list[float] | None]]]:  # fmt: skip
        """preprocess -> generate -> postprocess: for each image, its (text, normalised box or None) results."""
        import torch

        # frames are read-only views; torch wants arrays it may write to (it warns otherwise)
        kwargs: dict[str, Any] = {"images": [np.array(im) for im in images], "return_tensors": "pt"}
        if prompt:
            kwargs["text"] = [prompt] * len(images)
        inputs = processor(**kwargs).to(model.device, dtype=model.dtype)
        inputs.pop("token_type_ids", None)  # BERT tokenizers add them; GIT and BLIP-2 generate() refuse them
        with torch.inference_mode():
            ids = model.generate(**inputs, max_new_tokens=options.max_new_tokens, num_beams=options.num_beams,
                                 do_sample=False)  # fmt: skip
        if options.mode == "caption":
            texts = processor.batch_decode(ids, skip_special_tokens=True)
            return [[(text, None)] if (text := clean(raw, prompt)) else [] for raw in texts]
        raw = processor.batch_decode(ids, skip_special_tokens=False)
        h_w = [image.shape[:2] for image in images]
        return [self.regions(processor, text, prompt, w, h, options) for text, (h, w) in zip(raw, h_w)]

    def regions(self, processor, text: str, task: str, width: int, height: int,
                options: CaptionOptions) -> list[tuple[str, list[float] | None]]:  # fmt: skip
        """Florence-2's ``label<loc_..>x4`` output as (label, normalised box), largest regions first."""
        parsed = processor.post_process_generation(text, task=task, image_size=(width, height))[task]
        found = []
        for label, box in zip(parsed.get("labels", []), parsed.get("bboxes", [])):
            label = clean(label.replace("</s>", "").replace("<s>", ""), None)
            box = normalise_box(box, width, height)
            area = (box[2] - box[0]) * (box[3] - box[1])
            if label and area >= options.min_area:
                found.append((area, label, box))
        found.sort(key=lambda item: -item[0])
        return [(label, box) for _, label, box in found[: options.max_regions]]

    def events(self, t: float, interval: float, results: list[tuple[str, list[float] | None]]) -> list[Event]:
        if not results:
            return []
        if results[0][1] is None:  # a caption
            return [Event(t, t + interval, "caption", self.name, results[0][0])]
        boxes: dict[str, list[list[float]]] = {}
        for label, box in results:
            boxes.setdefault(label, []).append(box)
        return [
            Event(t, t + interval, "objects", self.name, label if len(b) < 2 else f"{label} (x{len(b)})", None, {"boxes": b})
            for label, b in boxes.items()
        ]


class DenseCaptionPerceptor(CaptionPerceptor):
    name = "dense"
    description = "region captions with boxes on changed frames (Florence-2 <DENSE_REGION_CAPTION>), batched"
    Options = DenseOptions
