"""What perceptors read: the probed video, sampled frames and the :class:`Inputs` view of one decode pass.

Contracts only: the decoder (``videochat.pipeline.sampler``) provides a :class:`MediaSource`; perceptors
see nothing but :class:`Inputs`, so a perceptor never depends on how or where the media was decoded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Protocol

import numpy as np

#: Audio handed to perceptors: mono float32 at this rate.
SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class VideoInfo:
    """What the sampler needs to know about a video before decoding it."""

    path: str
    duration: float
    fps: float
    width: int
    height: int
    has_audio: bool
    video_codec: str
    frame_count: int | None = None
    subtitles: tuple[tuple[int, str, str | None], ...] = ()  # (stream index, codec, language) per subtitle stream

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Frame:
    """One sampled frame: ``image`` is an ``H x W x 3`` uint8 RGB array, ``t`` its time in seconds."""

    index: int
    t: float
    image: np.ndarray


def clip_windows(frames: Iterable[Frame], length: int, stride: int | None = None) -> Iterator[list[Frame]]:
    """Stacks of ``length`` consecutive frames, one starting every ``stride`` frames (default: back to
    back), taken as frames arrive; fewer frames than one stack give one short stack."""
    stride = stride or length
    window: list[Frame] = []
    for frame in frames:
        window = [*window[-(length - 1):], frame] if length > 1 else [frame]
        if len(window) == length and (frame.index - length + 1) % stride == 0:
            yield window
    if 0 < len(window) < length:
        yield window


class FrameSource(Protocol):
    """Sampled frames, iterable while they are still being decoded."""

    capacity: int

    def __iter__(self) -> Iterator[Frame]: ...

    def __len__(self) -> int: ...


class MediaSource(Protocol):
    """One decode pass: what a decoder hands to :class:`Inputs`."""

    info: VideoInfo
    fps: float
    frames: FrameSource

    @property
    def audio(self) -> np.ndarray | None: ...

    @property
    def scene(self) -> tuple[np.ndarray, np.ndarray]: ...

    def clips(self, length: int, stride: int | None = None) -> Iterable[list[Frame]]: ...


@dataclass
class Carry:
    """What a perceptor keeps between the chunks of a live stream (``Inputs.carry``; None for a file).

    ``start`` is the stream time of the chunk's first sample (times inside the chunk start at 0),
    ``previous`` the perceptor's events from earlier chunks (stream times, the most recent last;
    ASR continues its text from them) and ``state`` a dict the perceptor may fill and read back on
    the next chunk (a shot counter, the last cut)."""

    start: float = 0.0
    previous: list = field(default_factory=list)
    state: dict = field(default_factory=dict)
    final: bool = False  # the stream ends with this chunk


class Inputs:
    """One perceptor's view of the decoded media; reading frames reports progress."""

    def __init__(self, media: MediaSource, on_progress: Callable[[float], None] | None = None,
                 carry: Carry | None = None) -> None:  # fmt: skip
        self._media = media
        self.carry = carry
        self.info = media.info
        self.fps = media.fps
        self.sample_rate = SAMPLE_RATE
        self._on_progress = on_progress or (lambda fraction: None)

    @property
    def expected_frames(self) -> int:
        return max(1, min(self._media.frames.capacity, round(self.info.duration * self.fps)))

    @property
    def frames(self) -> Iterator[Frame]:
        total = self.expected_frames
        for frame in self._media.frames:
            yield frame
            self.progress((frame.index + 1) / total)

    @property
    def frame_count(self) -> int:
        """Frames sampled so far (all of them once decoding has finished)."""
        return len(self._media.frames)

    @property
    def audio(self) -> np.ndarray | None:
        """16 kHz mono float32 samples, or None when the video has no audio track."""
        return self._media.audio

    @property
    def scene(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(times, scores): a scene-change score in [0, 1] for every decoded frame (shot detection);
        None when the source measured none."""
        return getattr(self._media, "scene", None)

    def clips(self, length: int, stride: int | None = None) -> Iterator[list[Frame]]:
        total = self.expected_frames
        for clip in self._media.clips(length, stride):
            yield clip
            self.progress((clip[-1].index + 1) / total)

    @property
    def frame_interval(self) -> float:
        return 1.0 / self.fps

    def progress(self, fraction: float) -> None:
        self._on_progress(min(1.0, max(0.0, fraction)))
