"""One ffmpeg process decoding a live source continuously: sampled frames, scene thumbnails and audio.

Three pipes leave the process: ``fps -> scale -> rgb24`` frames on stdout, 64x36 thumbnails at
``scene_fps`` on a second pipe (the scene-change score is computed here, the way ffmpeg's ``select``
filter does, so cut detection needs no file and no extra decode) and 16 kHz mono float32 audio on a
third. Each is read by its own thread and handed to a :class:`Sink` the moment it arrives; times are
counted from the first sample of this connection (the caller adds the connection's offset).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, Protocol

import numpy as np

from videochat.contracts.errors import BadInput
from videochat.contracts.media import SAMPLE_RATE
from videochat.live.source import LiveSource, StreamInfo

THUMB = (64, 36)


class Sink(Protocol):
    """Where decoded samples go (:class:`videochat.live.chunks.Chunker`)."""

    def frame(self, t: float, image: np.ndarray) -> None: ...

    def scene(self, t: float, score: float) -> None: ...

    def audio(self, t: float, samples: np.ndarray) -> None: ...


@dataclass(frozen=True)
class DecodeSpec:
    """How the stream is sampled: frames per second, the frames' short side and the scene-score rate."""

    fps: float = 1.0
    short_side: int = 480
    scene_fps: float = 10.0

    def size(self, info: StreamInfo) -> tuple[int, int]:
        scale = min(1.0, self.short_side / max(1, min(info.width, info.height)))
        return max(2, round(info.width * scale / 2) * 2), max(2, round(info.height * scale / 2) * 2)


class SceneScore:
    """ffmpeg's scene score on consecutive thumbnails: the mean absolute frame difference (MAFD), and
    how much it jumped since the previous pair, the smaller of the two over 100, clipped to [0, 1]."""

    def __init__(self) -> None:
        self._prev: np.ndarray | None = None
        self._prev_mafd = 0.0

    def __call__(self, thumb: np.ndarray) -> float:
        thumb = thumb.astype(np.int16)
        if self._prev is None:
            self._prev = thumb
            return 0.0
        mafd = float(np.abs(thumb - self._prev).mean())
        score = min(1.0, max(0.0, min(mafd, abs(mafd - self._prev_mafd)) / 100.0))
        self._prev, self._prev_mafd = thumb, mafd
        return score


class LiveDecoder:
    """A running ffmpeg for one connection to ``src``; :meth:`wait` returns its exit code and last error line."""

    def __init__(self, src: LiveSource, info: StreamInfo, spec: DecodeSpec, sink: Sink,
                 head: bytes = b"", feed: BinaryIO | None = None, idle_timeout: float = 10.0) -> None:  # fmt: skip
        self.src, self.info, self.spec, self.sink = src, info, spec, sink
        self.width, self.height = spec.size(info)
        self._head, self._feed, self._idle = head, feed, idle_timeout
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._proc: subprocess.Popen | None = None
        self.last_error = ""

    def command(self, scene_fd: int, audio_fd: int | None) -> list[str]:
        w, h = self.width, self.height
        graph = (f"[0:v:0]split=2[a][b];[a]fps=fps={self.spec.fps:g}:round=near,scale={w}:{h}:flags=area,"
                 f"format=rgb24[v];[b]fps=fps={self.spec.scene_fps:g},scale={THUMB[0]}:{THUMB[1]}:"
                 f"flags=fast_bilinear,format=rgb24[s]")  # fmt: skip
        raw = ["-f", "rawvideo", "-flush_packets", "1"]
        args = ["ffmpeg", *([] if self.src.fed else ["-nostdin"]), "-hide_banner", "-v", "error", *self.src.input_args(), "-filter_complex", graph,
                "-map", "[v]", *raw, "pipe:1", "-map", "[s]", *raw, f"pipe:{scene_fd}"]  # fmt: skip
        if audio_fd is not None:
            args += ["-map", "0:a:0", "-ac", "1", "-ar", str(SAMPLE_RATE), "-f", "f32le", "-flush_packets", "1",
                     f"pipe:{audio_fd}"]  # fmt: skip
        return args

    def start(self) -> LiveDecoder:
        scene_r, scene_w = os.pipe()
        audio_r, audio_w = os.pipe() if self.info.has_audio else (None, None)
        fds = tuple(fd for fd in (scene_w, audio_w) if fd is not None)
        self._proc = subprocess.Popen(
            self.command(scene_w, audio_w), stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=fds,
            stdin=subprocess.PIPE if self.src.fed else subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches us, and we stop ffmpeg ourselves after the last chunk
        )  # fmt: skip
        for fd in fds:
            os.close(fd)
        frame_bytes = self.width * self.height * 3
        readers: list[tuple[str, Callable[[], None]]] = [
            ("frames", lambda: self._read(self._proc.stdout, frame_bytes, self._on_frame)),
            ("scene", lambda: self._read(os.fdopen(scene_r, "rb", buffering=0), THUMB[0] * THUMB[1] * 3,
                                         self._on_thumb)),
            ("stderr", self._read_errors),
        ]  # fmt: skip
        if audio_r is not None:
            readers.append(("audio", lambda: self._read(os.fdopen(audio_r, "rb", buffering=0), 3200 * 4, self._on_audio,
                                                        exact=False)))  # fmt: skip
        if self.src.fed:
            readers.append(("feed", self._write_feed))
        self._scene, self._frames, self._samples, self._thumbs = SceneScore(), 0, 0, 0
        for name, target in readers:
            thread = threading.Thread(target=target, name=f"videochat-live-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    # -- readers --------------------------------------------------------------------------------
    def _read(self, pipe: BinaryIO, size: int, handle: Callable[[bytes], None], exact: bool = True) -> None:
        buf = bytearray()
        with pipe:
            while True:
                chunk = pipe.read(size - len(buf) if exact else size)
                if not chunk:
                    break
                if not exact:
                    usable = (len(buf) + len(chunk)) // 4 * 4
                    data = bytes(buf) + chunk
                    handle(data[:usable])
                    buf = bytearray(data[usable:])
                    continue
                buf += chunk
                if len(buf) == size:
                    handle(bytes(buf))
                    buf = bytearray()

    def _on_frame(self, data: bytes) -> None:
        image = np.frombuffer(data, dtype=np.uint8).reshape(self.height, self.width, 3)
        self.sink.frame(self._frames / self.spec.fps, image)
        self._frames += 1

    def _on_thumb(self, data: bytes) -> None:
        thumb = np.frombuffer(data, dtype=np.uint8).reshape(THUMB[1], THUMB[0], 3)
        self.sink.scene(self._thumbs / self.spec.scene_fps, self._scene(thumb))
        self._thumbs += 1

    def _on_audio(self, data: bytes) -> None:
        samples = np.frombuffer(data, dtype=np.float32)
        self.sink.audio(self._samples / SAMPLE_RATE, samples)
        self._samples += len(samples)

    def _read_errors(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        for line in self._proc.stderr:
            text = line.decode(errors="replace").strip()
            if text:
                self.last_error = text[:300]

    def _write_feed(self) -> None:
        """Stdin or a growing file into ffmpeg: the probed head first, then whatever arrives; a file
        that stops growing for ``idle_timeout`` seconds (or stdin at its end) ends the stream."""
        assert self._proc is not None and self._proc.stdin is not None
        sink = self._proc.stdin
        try:
            sink.write(self._head)
            idle_since = time.monotonic()
            while not self._stopping.is_set() and self._feed is not None:
                chunk = self._feed.read(1 << 16)
                if chunk:
                    sink.write(chunk)
                    sink.flush()
                    idle_since = time.monotonic()
                elif self.src.kind == "stdin" or time.monotonic() - idle_since > self._idle:
                    break
                else:
                    time.sleep(0.2)
        except (BrokenPipeError, ValueError, OSError):
            pass
        finally:
            try:
                sink.close()
            except OSError:
                pass

    # -- life -----------------------------------------------------------------------------------
    @property
    def decoded_seconds(self) -> float:
        return max(self._frames / self.spec.fps, self._samples / SAMPLE_RATE) if self._threads else 0.0

    def wait(self) -> int:
        assert self._proc is not None
        code = self._proc.wait()
        for thread in self._threads:
            if thread.name != "videochat-live-feed":
                thread.join()
        return code

    def stop(self) -> None:
        """Ask ffmpeg to finish (it flushes what it has), then kill it if it does not."""
        self._stopping.set()
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        try:
            proc.terminate()
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
        except OSError:
            pass


def open_feed(src: LiveSource) -> BinaryIO | None:
    """The byte stream we feed to ffmpeg for stdin and growing files (None for sources ffmpeg opens)."""
    if src.kind == "stdin":
        return sys.stdin.buffer
    if src.kind == "follow":
        return open(src.source, "rb")  # noqa: SIM115 - closed by the watch when the stream ends
    return None


def read_head(feed: BinaryIO, src: LiveSource, limit: int = 4 << 20, wait: float = 30.0) -> bytes:
    """The first bytes of a fed source, enough for ffprobe (a growing file may still be empty)."""
    head = b""
    deadline = time.monotonic() + wait
    while len(head) < limit and time.monotonic() < deadline:
        chunk = feed.read(limit - len(head))
        if chunk:
            head += chunk
            if len(head) >= 1 << 20:
                break
        elif src.kind == "stdin":
            break
        else:
            time.sleep(0.2)
    if not head:
        raise BadInput(f"nothing to read from {src.label}" + (" (empty input)" if src.kind == "stdin" else ""))
    return head
