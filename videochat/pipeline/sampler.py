"""Sample a video in ONE ffmpeg decode pass: low-fps frames, full-rate scene scores, 16 kHz mono audio.

One ffmpeg process decodes the file once and splits the decoded video into two branches:
``fps -> scale -> rawvideo`` (piped to us and spooled into a :class:`FrameStore`) and
``tiny rgb -> select(scene) -> metadata`` (a scene-change score per decoded frame, at up to 10 fps).
The audio track, when there is one, is resampled to 16 kHz mono float32 in the same process.
"""

from __future__ import annotations

import math
import re
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from videochat.contracts.errors import STORAGE_ERRNOS, BadInput, StorageError
from videochat.contracts.media import SAMPLE_RATE, Frame, VideoInfo, clip_windows
from videochat.pipeline.frames import FrameStore
from videochat.pipeline.probe import media_url


@dataclass(frozen=True)
class SampleSpec:
    """How to sample: target ``fps``, a ``max_frames`` budget and the ``short_side`` of the frames."""

    fps: float = 1.0
    max_frames: int = 900
    short_side: int = 480
    scene_fps: float = 10.0  # scene scores are computed at up to this rate (cut times within 0.1 s)

    def effective_fps(self, duration: float) -> float:
        """The target fps, lowered so that the whole video fits in ``max_frames``."""
        return min(self.fps, self.max_frames / max(duration, 1e-3))

    def frame_size(self, info: VideoInfo) -> tuple[int, int]:
        """Output (width, height): short side scaled to ``short_side`` (never upscaled), both even."""
        w, h = info.width, info.height
        scale = min(1.0, self.short_side / min(w, h))
        return max(2, round(w * scale / 2) * 2), max(2, round(h * scale / 2) * 2)

    def key(self) -> dict:
        return {"fps": self.fps, "max_frames": self.max_frames, "short_side": self.short_side, "scene_fps": self.scene_fps}


class Media:
    """What perceptors read: frames (streamed), scene scores and audio, all from one decode pass."""

    def __init__(self, info: VideoInfo, spec: SampleSpec, workdir: Path) -> None:
        self.info, self.spec = info, spec
        self.workdir = Path(workdir)
        self.fps = spec.effective_fps(info.duration)
        width, height = spec.frame_size(info)
        capacity = min(spec.max_frames, math.ceil(info.duration * self.fps) + 2)
        self.frames = FrameStore(self.workdir / "frames.u8", width, height, capacity, self.fps)
        self._audio_path = self.workdir / "audio.f32" if info.has_audio else None
        self._scene_path = self.workdir / "scene.txt"
        self._done = threading.Event()
        self._scene: tuple[np.ndarray, np.ndarray] | None = None
        self.warnings: list[str] = []
        self._thread: threading.Thread | None = None

    # -- decoding ----------------------------------------------------------------------------
    def command(self) -> list[str]:
        import ffmpeg

        width, height = self.frames.width, self.frames.height
        src = ffmpeg.input(media_url(self.info.path))
        branches = src.video.split()
        scene = branches[1]
        if self.info.fps > self.spec.scene_fps * 1.01:
            scene = scene.filter("fps", fps=self.spec.scene_fps)
        outputs = [
            branches[0]
            .filter("fps", fps=self.fps, round="near")
            .filter("scale", width, height, flags="area")
            .output("pipe:", format="rawvideo", pix_fmt="rgb24"),
            scene
            .filter("scale", 64, 36, flags="fast_bilinear")
            .filter("format", "rgb24")
            .filter("select", "gte(scene,0)")
            .filter("metadata", mode="print", file=str(self._scene_path))
            .output("-", format="null"),
        ]
        if self._audio_path is not None:
            outputs.append(src.audio.output(str(self._audio_path), format="f32le", ac=1, ar=SAMPLE_RATE))
        args = ffmpeg.merge_outputs(*outputs).compile()
        # One filter thread: slice threads in the filters only fight the decoder's threads (measured ~5% slower).
        return ["ffmpeg", "-nostdin", "-hide_banner", "-v", "error", "-y", "-filter_complex_threads", "1", *args[1:]]

    def start(self) -> Media:
        """Start decoding in the background; frames become readable as they are decoded."""
        self._thread = threading.Thread(target=self._decode, name="videochat-decode", daemon=True)
        self._thread.start()
        return self

    def _decode(self) -> None:
        err_path = self.workdir / "ffmpeg.log"
        error: BaseException | None = None
        proc: subprocess.Popen | None = None
        try:
            with open(err_path, "wb") as err:
                proc = subprocess.Popen(self.command(), stdout=subprocess.PIPE, stderr=err)
                assert proc.stdout is not None
                size = self.frames.frame_bytes
                while True:
                    chunk = proc.stdout.read(size)
                    if len(chunk) < size:
                        break
                    if not self.frames.append(chunk):
                        continue  # past the budget (rounding); keep draining so ffmpeg finishes
                proc.stdout.close()
                code = proc.wait()
            log = err_path.read_text(errors="replace").strip().splitlines()
            full = _storage_failure(code, log)
            if full is not None:
                error = StorageError(f"cannot write the decoded audio or scene scores in {self.workdir}: {full}")
            elif code != 0 and len(self.frames) == 0:
                reason = log[-1] if log else f"ffmpeg exited with code {code}"
                error = BadInput(f"cannot decode {self.info.path}: {reason}")
            elif log or code != 0:
                decoded_to = len(self.frames) / self.fps
                said = log[-1][:200] if log else f"ffmpeg exited with code {code}"
                self.warnings.append(
                    f"ffmpeg reported {len(log)} decode error line(s) (decoded up to {decoded_to:.1f}s of "
                    f"{self.info.duration:.1f}s): {said}"
                )
            if error is None and len(self.frames) == 0:
                error = BadInput(f"no frames could be decoded from {self.info.path}")
        except OSError as exc:
            error = StorageError.from_os(exc) if exc.errno in STORAGE_ERRNOS else exc
        except Exception as exc:  # noqa: BLE001 - handed to every reader
            error = exc
        finally:
            if proc is not None and proc.poll() is None:  # we stopped reading (spool full): stop ffmpeg too
                proc.kill()
                proc.wait()
            self.frames.close(error)
            self._done.set()

    def wait(self) -> None:
        """Block until the decode pass has finished; raise if it produced nothing."""
        self._done.wait()
        self.frames.wait()

    def wait_ready(self) -> None:
        """Block until the first frame is available (or decoding failed)."""
        self.frames[0]

    # -- results of the pass -----------------------------------------------------------------
    @property
    def audio(self) -> np.ndarray | None:
        """16 kHz mono float32 samples (memory-mapped), or None when the video has no audio track."""
        self.wait()
        if self._audio_path is None or not self._audio_path.exists() or self._audio_path.stat().st_size < 4:
            return None
        return np.memmap(self._audio_path, dtype=np.float32, mode="r")

    @property
    def scene(self) -> tuple[np.ndarray, np.ndarray]:
        """(times, scores): a scene-change score in [0, 1] for every decoded frame, times from 0."""
        self.wait()
        if self._scene is None:
            self._scene = _parse_scene_file(self._scene_path)
        return self._scene

    @property
    def decoded_frames(self) -> int:
        """Frames the decoder produced (all of them: the pass decodes the whole stream once)."""
        return self.info.frame_count or round(self.info.duration * self.info.fps)

    def frame_scene_scores(self) -> np.ndarray:
        """Per sampled frame: the largest scene score since the previous sampled frame."""
        times, scores = self.scene
        n = len(self.frames)
        edges = np.searchsorted(times, (np.arange(n + 1) - 0.5) / self.fps)
        return np.array([scores[a:b].max() if b > a else 0.0 for a, b in zip(edges[:-1], edges[1:])])

    def clips(self, length: int, stride: int | None = None) -> Iterator[list[Frame]]:
        """Stacks of ``length`` consecutive sampled frames, one starting every ``stride`` frames."""
        return clip_windows(self.frames, length, stride)

    def close(self) -> None:
        """Wait for ffmpeg, then delete the spooled frames, audio and logs."""
        import shutil

        self._done.wait()
        self.frames.release()
        shutil.rmtree(self.workdir, ignore_errors=True)


_FULL = ("No space left on device", "File too large", "Disk quota exceeded", "Read-only file system")


def _storage_failure(code: int, log: list[str]) -> str | None:
    """What ffmpeg said when it could not write its outputs (a full or read-only disk), else None.
    Killed by SIGXFSZ: it went over a file size limit (children get the default action back)."""
    if code == -signal.SIGXFSZ:
        return "file size limit exceeded"
    return next((line[:200] for line in reversed(log) if any(s in line for s in _FULL)), None) if code else None


_PTS = re.compile(rb"pts_time:(\S+)")
_SCORE = re.compile(rb"lavfi\.scene_score=(\S+)")


def _parse_scene_file(path: Path) -> tuple[np.ndarray, np.ndarray]:
    if not path.exists():
        return np.zeros(0), np.zeros(0)
    data = path.read_bytes()
    times = np.array([float(x) for x in _PTS.findall(data)], dtype=np.float64)
    scores = np.array([float(x) for x in _SCORE.findall(data)], dtype=np.float64)
    n = min(len(times), len(scores))
    times, scores = times[:n], scores[:n]
    if n:
        times = times - times[0]
    return times, scores


def open_media(info: VideoInfo, spec: SampleSpec, workdir: Path | None = None) -> Media:
    """Start the single decode pass for ``info`` and return the :class:`Media` being filled."""
    workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="videochat-"))
    workdir.mkdir(parents=True, exist_ok=True)
    return Media(info, spec, workdir).start()
