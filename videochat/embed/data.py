"""Frames for the embedding model (one decode pass with the project's sampler) and the JSONL training data.

Frames are taken at the middle of ``num_frames`` equal segments, as VideoChat samples them: the
sampler decodes at ``2 * num_frames / duration`` fps and the odd frames are the segment centres.
They are resized (short side) and centre-cropped to the model's square input.

Training records, one JSON object a line (video paths relative to the file):

- stage 1, caption pairs: ``{"video": "a.mp4", "caption": "A man rides a horse."}``
- stage 2, instructions (what ``videochat dataset build`` writes): ``{"video": ..., "task": "detail" |
  "conversation", "frame_times": [...], "messages": [{"role": "user", "content": ...}, {"role":
  "assistant", "content": ...}, ...]}``
"""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from videochat.contracts.errors import BadInput


def segment_times(duration: float, num_frames: int) -> list[float]:
    """The middle of each of ``num_frames`` equal segments of the video, in seconds."""
    return [(2 * i + 1) * duration / (2 * num_frames) for i in range(num_frames)]


def load_frames(video: str | Path, num_frames: int, size: int, crop: bool = True) -> tuple[np.ndarray, list[float]]:
    """``(num_frames, 3, size, size)`` uint8 RGB frames at the segment centres, and their times
    (``crop=False``: the whole picture, short side ``size``)."""
    from videochat.pipeline.probe import probe
    from videochat.pipeline.sampler import SampleSpec, open_media

    info = dataclasses.replace(probe(video), has_audio=False)  # no audio pass: only frames are needed
    fps = 2 * num_frames / info.duration
    spec = SampleSpec(fps=fps, max_frames=2 * num_frames + 2, short_side=max(size, 2))
    workdir = Path(tempfile.mkdtemp(prefix="videochat-embed-"))
    media = open_media(info, spec, workdir)
    try:
        media.wait()
        count = len(media.frames)
        picks = [min(2 * i + 1, count - 1) for i in range(num_frames)]
        frames = [_square(media.frames[j].image, size, crop) for j in picks]
        times = [media.frames.time_of(j) for j in picks]
    finally:
        media.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return np.stack(frames), times


def _square(image: np.ndarray, size: int, crop: bool = True) -> np.ndarray:
    """``H x W x 3`` -> ``3 x size x size``: short side to ``size`` (bicubic, antialiased), centre crop."""
    import torch
    import torch.nn.functional as F

    x = torch.from_numpy(np.array(image, copy=True)).permute(2, 0, 1)
    h, w = x.shape[1:]
    if min(h, w) != size:
        scale = size / min(h, w)
        new = (max(size, round(h * scale)), max(size, round(w * scale)))
        x = F.interpolate(x[None].float(), size=new, mode="bicubic", antialias=True, align_corners=False)[0]
        x = x.round().clamp(0, 255).to(torch.uint8)
    h, w = x.shape[1:]
    if not crop:
        return x.numpy()
    top, left = (h - size) // 2, (w - size) // 2
    return x[:, top : top + size, left : left + size].numpy()


class FrameCache:
    """Decoded frames per (video, frames, size), kept in memory up to ``limit`` videos (LRU)."""

    def __init__(self, limit: int = 256) -> None:
        self.limit = limit
        self._items: OrderedDict[tuple[str, int, int], tuple[np.ndarray, list[float]]] = OrderedDict()

    def get(self, video: str | Path, num_frames: int, size: int) -> tuple[np.ndarray, list[float]]:
        key = (str(video), num_frames, size)
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        item = load_frames(video, num_frames, size)
        self._items[key] = item
        while len(self._items) > self.limit:
            self._items.popitem(last=False)
        return item


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; relative ``video`` paths become relative to the file's folder."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BadInput(f"data file not found: {path}")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise BadInput(f"{path}:{number}: not a JSON object") from None
        if not isinstance(record, dict) or not isinstance(record.get("video"), str):
            raise BadInput(f"{path}:{number}: a record needs a \"video\" path")
        video = Path(record["video"]).expanduser()
        record["video"] = str(video if video.is_absolute() else path.parent / video)
        records.append(record)
    if not records:
        raise BadInput(f"no records in {path}")
    return records


def turns_of(record: dict[str, Any]) -> list[tuple[str, str]]:
    """``messages`` as ``(role, text)`` pairs (system messages dropped)."""
    out = []
    for m in record.get("messages") or []:
        role = {"human": "user", "gpt": "assistant", "ai": "assistant"}.get(m.get("role", ""), m.get("role", "user"))
        if role in ("user", "assistant") and str(m.get("content", "")).strip():
            out.append((role, str(m["content"])))
    return out


def caption_of(record: dict[str, Any]) -> str | None:
    """A stage-1 caption: ``caption``, else the first answer of the record."""
    if isinstance(record.get("caption"), str) and record["caption"].strip():
        return record["caption"].strip()
    answers = [text for role, text in turns_of(record) if role == "assistant"]
    return answers[0] if answers else None


class EmbedDataset:
    """Stage 1 (captions) or stage 2 (conversations) samples: (uint8 frames, prompt pieces)."""

    def __init__(self, records: list[dict[str, Any]], stage: int, num_frames: int, size: int, seed: int = 0,
                 cache: FrameCache | None = None) -> None:  # fmt: skip
        from videochat.embed import prompt

        self.stage, self.num_frames, self.size = stage, num_frames, size
        self.cache = cache or FrameCache()
        self.seed = seed
        self._prompt = prompt
        if stage == 1:
            self.records = [r for r in records if caption_of(r)]
        else:
            self.records = [r for r in records if any(role == "assistant" for role, _ in turns_of(r))]
        if not self.records:
            kind = "captions" if stage == 1 else "conversations with an assistant answer"
            raise BadInput(f"no usable records for stage {stage} (needs {kind})")

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index: int) -> tuple[np.ndarray, list[Any]]:
        return self.item(index, index)

    def item(self, index: int, position: int) -> tuple[np.ndarray, list[Any]]:
        """Record ``index`` as the run's ``position``-th sample (which fixes its random instruction, so a
        resumed run sees exactly what an uninterrupted one would)."""
        record = self.records[index]
        frames, times = self.cache.get(record["video"], self.num_frames, self.size)
        if self.stage == 1:
            rng = random.Random(self.seed * 1_000_003 + position)
            pieces = self._prompt.caption_sample(caption_of(record) or "", rng)
        else:
            pieces = self._prompt.conversation(turns_of(record), times)
        return frames, pieces
