"""Cut a live stream into chunks of a few seconds and show each chunk to perceptors as a finished video.

The :class:`Chunker` receives samples from the decoder threads (stream times), cuts a :class:`Chunk`
once every branch (frames, scene scores, sound) has passed its end, and queues it. Only the chunk
being filled and a few seconds of sound are held, so memory stays flat however long the stream runs;
when perception falls behind, the oldest waiting chunk is dropped and reported, never silently lost.
:class:`ChunkMedia` is the :class:`~videochat.contracts.media.MediaSource` a perceptor reads: times
inside it start at 0.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from videochat.contracts.media import SAMPLE_RATE, Frame, VideoInfo, clip_windows

#: Sound kept before each chunk, so speech cut by a chunk edge can be heard again whole.
LOOKBACK_S = 10.0


@dataclass
class Chunk:
    """``[start, end)`` of the stream (seconds): its frames and scene scores, and its sound from
    ``audio_t0`` (up to :data:`LOOKBACK_S` before ``start``) to ``end``; ``arrived`` is the wall
    time its last sample came in, and ``final`` marks the stream's last chunk."""

    index: int
    start: float
    end: float
    frames: list[tuple[float, np.ndarray]]
    scene_t: np.ndarray
    scene_s: np.ndarray
    audio: np.ndarray | None
    audio_t0: float
    arrived: float = field(default_factory=time.time)
    final: bool = False

    def audio_from(self, t: float) -> np.ndarray | None:
        if self.audio is None:
            return None
        a = max(0, int(round((t - self.audio_t0) * SAMPLE_RATE)))
        return self.audio[a:]


class ListFrames:
    """A finished list of frames (the chunk's), in the shape of the decoder's frame spool."""

    def __init__(self, frames: list[Frame]) -> None:
        self._frames = frames
        self.capacity = max(1, len(frames))
        self.closed = True

    def __iter__(self) -> Iterator[Frame]:
        return iter(self._frames)

    def __len__(self) -> int:
        return len(self._frames)


class ChunkMedia:
    """One chunk as a :class:`MediaSource`, with its time origin at ``origin`` (the chunk start, or
    earlier for sound-reading perceptors that hear the lookback again)."""

    def __init__(self, chunk: Chunk, origin: float, label: str, size: tuple[int, int], fps: float,
                 stream_fps: float, has_audio: bool) -> None:  # fmt: skip
        self.origin = origin
        frames = [Frame(i, t - origin, image) for i, (t, image) in enumerate(chunk.frames) if t >= origin]
        self.frames = ListFrames(frames)
        self.fps = fps
        self.info = VideoInfo(label, max(1e-3, chunk.end - origin), stream_fps, size[0], size[1], has_audio, "live",
                              len(frames))  # fmt: skip
        self._audio = chunk.audio_from(origin) if has_audio else None
        keep = chunk.scene_t >= origin
        self._scene = (chunk.scene_t[keep] - origin, chunk.scene_s[keep])

    @property
    def audio(self) -> np.ndarray | None:
        return self._audio

    @property
    def scene(self) -> tuple[np.ndarray, np.ndarray]:
        return self._scene

    def clips(self, length: int, stride: int | None = None) -> Iterator[list[Frame]]:
        return clip_windows(self.frames, length, stride)


class Chunker:
    """The decoder's sink: samples in, :class:`Chunk` objects out on :attr:`chunks` (a bounded queue)."""

    def __init__(self, chunk_s: float, fps: float, has_audio: bool, *, max_pending: int = 3,
                 on_drop: Callable[[Chunk], None] | None = None) -> None:  # fmt: skip
        """``on_drop`` given: a live source that will not wait, so a chunk perception cannot keep up with
        is dropped and reported; None: a source that can wait (stdin, a file), so the decoder waits."""
        self.chunk_s, self.fps, self.has_audio = chunk_s, fps, has_audio
        self.chunks: queue.Queue[Chunk | None] = queue.Queue(0 if on_drop else max_pending)
        self._max_pending, self._on_drop = max_pending, on_drop
        self._lock = threading.Lock()
        self.offset = 0.0
        self.start = 0.0
        self._index = 0
        self._frames: list[tuple[float, np.ndarray]] = []
        self._scene: list[tuple[float, float]] = []
        self._audio: deque[tuple[float, np.ndarray]] = deque()
        self._reached = {"frames": 0.0, "scene": 0.0, "audio": 0.0}
        self.now = 0.0  # latest stream time any branch reached

    # -- the decoder's sink ---------------------------------------------------------------------
    def frame(self, t: float, image: np.ndarray) -> None:
        with self._lock:
            t += self.offset
            self._frames.append((t, image))
            self._advance("frames", t + 1.0 / self.fps)

    def scene(self, t: float, score: float) -> None:
        with self._lock:
            t += self.offset
            self._scene.append((t, score))
            self._advance("scene", t)

    def audio(self, t: float, samples: np.ndarray) -> None:
        with self._lock:
            t += self.offset
            self._audio.append((t, samples))
            while self._audio and self._audio[0][0] + len(self._audio[0][1]) / SAMPLE_RATE < t - 2 * LOOKBACK_S:
                self._audio.popleft()
            self._advance("audio", t + len(samples) / SAMPLE_RATE)

    # -- cutting --------------------------------------------------------------------------------
    def _advance(self, branch: str, t: float) -> None:
        self._reached[branch] = max(self._reached[branch], t)
        self.now = max(self.now, t)
        branches = ["frames", "scene"] + (["audio"] if self.has_audio else [])
        while min(self._reached[b] for b in branches) >= self.start + self.chunk_s:
            self._cut(self.start + self.chunk_s, final=False)

    def _cut(self, end: float, final: bool) -> None:
        start = self.start
        frames = [(t, im) for t, im in self._frames if t < end]
        self._frames = [(t, im) for t, im in self._frames if t >= end]
        scene = [(t, s) for t, s in self._scene if t < end]
        self._scene = [(t, s) for t, s in self._scene if t >= end]
        audio, audio_t0 = self._audio_span(start - LOOKBACK_S, end)
        chunk = Chunk(self._index, start, end, frames, np.array([t for t, _ in scene], dtype=np.float64),
                      np.array([s for _, s in scene], dtype=np.float64), audio, audio_t0, final=final)  # fmt: skip
        self._index += 1
        self.start = end
        if self._on_drop is not None and self.chunks.qsize() >= self._max_pending:  # behind: the oldest waiting goes
            try:
                dropped = self.chunks.get_nowait()
            except queue.Empty:
                dropped = None
            if dropped is not None:
                self._on_drop(dropped)
        self.chunks.put(chunk)

    def _audio_span(self, a: float, b: float) -> tuple[np.ndarray | None, float]:
        if not self.has_audio or not self._audio:
            return None, a
        t0 = max(a, self._audio[0][0])
        parts = []
        for t, samples in self._audio:
            lo = int(round((t0 - t) * SAMPLE_RATE))
            hi = int(round((b - t) * SAMPLE_RATE))
            lo, hi = max(0, lo), min(len(samples), hi)
            if hi > lo:
                parts.append(samples[lo:hi])
        return (np.concatenate(parts) if parts else np.zeros(0, np.float32)), t0

    def flush(self, final: bool) -> None:
        """Cut what is left (the end of a connection); ``final`` also closes :attr:`chunks`."""
        with self._lock:
            end = max(self.now, self.start)
            if end - self.start > 0.05 or final:
                self._cut(end, final=final)
            if final:
                self.chunks.put(None)

    def new_connection(self, offset: float) -> None:
        """The stream came back after a drop: samples of the new connection start at ``offset``."""
        with self._lock:
            self.offset = offset
            self.start = max(self.start, offset)
            self.now = max(self.now, offset)
            self._frames, self._scene = [], []
            self._reached = dict.fromkeys(self._reached, offset)
