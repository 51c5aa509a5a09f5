"""Generated test media: coloured shots with hard cuts, drawn words at known times, spoken sentences."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

INSTALL = {"ffprobe": "ffmpeg", "chromium|chromium-browser": "chromium"}  # the Debian package of each tool


def require(*tools: str) -> None:
    """Skip the calling test when a tool is missing (``a|b``: either will do); under CI, which installs
    them all, fail instead: there a missing tool is a broken setup, and skipping would hide the e2e tests."""
    missing = [tool for tool in tools if not any(shutil.which(name) for name in tool.split("|"))]
    if missing:
        unavailable(f"needs {', '.join(missing)} (apt-get install {' '.join(sorted({INSTALL.get(t, t) for t in missing}))})")


def unavailable(reason: str) -> None:
    """Skip with ``reason``; under CI, whose setup installs every test tool and package, fail."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI installs it")
    pytest.skip(reason)


@dataclass
class ClipSpec:
    """What a generated clip contains, so tests can check the transcript against the truth."""

    shots: list[tuple[str, float]] = field(default_factory=lambda: [("navy", 5.0), ("darkred", 5.0), ("darkgreen", 5.0)])
    words: list[tuple[str, float, float]] = field(default_factory=lambda: [("HELLO", 1.0, 4.0), ("WORLD", 11.0, 14.0)])
    speech: list[tuple[str, float]] = field(default_factory=lambda: [("the quick brown fox jumps over the lazy dog", 6.0)])
    size: tuple[int, int] = (640, 360)
    fps: int = 25
    audio: bool = True
    voice: str | None = None  # an espeak-ng voice (de, fr, ...); None: its default, English

    @property
    def duration(self) -> float:
        return sum(d for _, d in self.shots)

    @property
    def cuts(self) -> list[float]:
        out, t = [], 0.0
        for _, d in self.shots[:-1]:
            t += d
            out.append(t)
        return out


def speak(text: str, path: Path, voice: str | None = None) -> float:
    """Write ``text`` spoken by espeak-ng to ``path`` (WAV); return its duration in seconds."""
    require("espeak-ng", "ffprobe")
    voice_args = ["-v", voice] if voice else []
    subprocess.run(["espeak-ng", *voice_args, "-s", "140", "-w", str(path), text], check=True, capture_output=True)
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return float(out.stdout.strip())


def make_clip(path: Path, spec: ClipSpec | None = None, codec: list[str] | None = None) -> ClipSpec:
    """Render ``spec`` to ``path`` with ffmpeg (H.264 + AAC by default)."""
    require("ffmpeg")
    spec = spec or ClipSpec()
    w, h = spec.size
    args = ["ffmpeg", "-v", "error", "-y"]
    for color, seconds in spec.shots:
        args += ["-f", "lavfi", "-i", f"color=c={color}:s={w}x{h}:d={seconds}:r={spec.fps}"]
    n = len(spec.shots)
    chain = "".join(f"[{i}:v]" for i in range(n)) + f"concat=n={n}:v=1:a=0"
    for word, start, end in spec.words:
        chain += (
            f",drawtext=text='{word}':fontcolor=white:fontsize={h // 6}:x=(w-text_w)/2:y=(h-text_h)/3"
            f":enable='between(t,{start},{end})'"
        )
    graph = [chain + "[v]"]
    maps = ["-map", "[v]"]
    if spec.audio:
        tmp = Path(tempfile.mkdtemp(prefix="vc-speech-"))
        inputs = []
        for i, (sentence, offset) in enumerate(spec.speech):
            wav = tmp / f"s{i}.wav"
            speak(sentence, wav, spec.voice)
            args += ["-i", str(wav)]
            ms = int(offset * 1000)
            inputs.append(f"[{n + i}:a]adelay={ms}|{ms}[a{i}]")
        args += ["-f", "lavfi", "-i", f"anullsrc=r=16000:cl=mono:d={spec.duration}"]
        silence = n + len(spec.speech)
        mix = "".join(f"[a{i}]" for i in range(len(spec.speech))) + f"[{silence}:a]"
        graph += inputs + [f"{mix}amix=inputs={len(spec.speech) + 1}:duration=longest:normalize=0[a]"]
        maps += ["-map", "[a]"]
    codec = codec or ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac"]
    args += ["-filter_complex", ";".join(graph), *maps, "-t", str(spec.duration), *codec, str(path)]
    subprocess.run(args, check=True, capture_output=True)
    return spec
