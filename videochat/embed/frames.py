"""The released demo's frame choice: frame indices near segment centres, PIL bicubic resize, centre crop.

The video's frames are cut into ``n`` segments of ``(count - 1) / n`` frames; the first frame taken is
half a segment in, then one a segment apart (rounded to the nearest frame). Those exact frames are
decoded, their short side resized to the model's size with PIL's bicubic filter (the long side
truncated, as torchvision's ``Resize`` on PIL images does) and the centre square kept. The frame
times stated to the LLM are ``index / fps``. The other choice (``chat.frames = "sampler"``) takes the
frames from the project's one-pass sampler at the segments' centre *times* and resizes them in torch.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from videochat.contracts.errors import BadInput


def segment_indices(frame_count: int, num_segments: int) -> list[int]:
    """Frame indices near the centres of ``num_segments`` equal segments of ``frame_count`` frames."""
    width = (frame_count - 1) / num_segments
    first = int(width / 2)
    return [first + int(round(width * i)) for i in range(num_segments)]


def pil_square(image: np.ndarray, size: int) -> np.ndarray:
    """``H x W x 3`` uint8 -> ``3 x size x size``: short side to ``size`` (PIL bicubic), centre crop."""
    from PIL import Image

    h, w = image.shape[:2]
    short, long = (h, w) if h <= w else (w, h)
    new_long = int(size * long / short)
    new_h, new_w = (size, new_long) if h <= w else (new_long, size)
    picture = Image.fromarray(image)
    if (new_h, new_w) != (h, w):
        picture = picture.resize((new_w, new_h), Image.BICUBIC)
    top, left = int(round((new_h - size) / 2.0)), int(round((new_w - size) / 2.0))
    return np.asarray(picture.crop((left, top, left + size, top + size))).transpose(2, 0, 1).copy()


def decode_indices(path: str | Path, indices: list[int], width: int, height: int) -> list[np.ndarray]:
    """The frames at ``indices`` (decode order), RGB ``H x W x 3``, in one ffmpeg pass."""
    from videochat.pipeline.probe import media_url

    wanted = "+".join(f"eq(n\\,{i})" for i in sorted(set(indices)))
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-v", "error", "-i", media_url(path), "-vf", f"select='{wanted}'",
           "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:"]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, check=False)
    if run.returncode != 0:
        reason = (run.stderr.decode(errors="replace").strip().splitlines() or ["ffmpeg failed"])[-1]
        raise BadInput(f"cannot decode frames of {path}: {reason}")
    frame = width * height * 3
    got = [np.frombuffer(run.stdout[i : i + frame], np.uint8).reshape(height, width, 3)
           for i in range(0, len(run.stdout) - frame + 1, frame)]  # fmt: skip
    if not got:
        raise BadInput(f"no frames decoded from {path}")
    by_index = dict(zip(sorted(set(indices)), got + [got[-1]] * (len(set(indices)) - len(got))))
    return [by_index[i] for i in indices]  # a short stream (the count was an estimate) repeats its last frame


def load_frames_indexed(video: str | Path, num_frames: int, size: int) -> tuple[np.ndarray, list[float]]:
    """``(num_frames, 3, size, size)`` uint8 frames chosen as the demo chooses them, and their times."""
    from videochat.pipeline.probe import probe

    info = probe(video)
    count = info.frame_count or max(1, round(info.duration * info.fps))
    indices = segment_indices(count, num_frames)
    frames = decode_indices(info.path, indices, info.width, info.height)
    return np.stack([pil_square(f, size) for f in frames]), [i / info.fps for i in indices]
