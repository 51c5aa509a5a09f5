"""Generated test media: coloured shots with hard cuts, drawn words at known times, spoken sentences."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import numpy as np

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
    # (sentence, offset) or (sentence, offset, voice): an espeak-ng voice, or "file:PATH" for recorded audio
    speech: list[tuple] = field(default_factory=lambda: [("the quick brown fox jumps over the lazy dog", 6.0)])
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
    """Write ``text`` spoken by espeak-ng (in ``voice``, e.g. ``en-us+m3``) to ``path`` (WAV); return its duration."""
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
        for i, (sentence, offset, *voice) in enumerate(spec.speech):
            wav = tmp / f"s{i}.wav"
            if voice and str(voice[0]).startswith("file:"):  # recorded audio
                wav = Path(str(voice[0])[5:])
            else:
                speak(sentence, wav, voice[0] if voice else spec.voice)
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


def dialog_spec(lines: list[tuple[str, str]], gap: float = 0.6, lead: float = 0.5) -> tuple[ClipSpec, list[tuple]]:
    """A one-shot clip spec in which ``(text, voice)`` lines follow each other ``gap`` seconds apart,
    and the truth ``[(start, end, voice)]`` (end = start + espeak's length, silence included)."""
    tmp = Path(tempfile.mkdtemp(prefix="vc-dialog-"))
    speech, truth, t = [], [], lead
    for i, (text, voice) in enumerate(lines):
        seconds = speak(text, tmp / f"{i}.wav", voice)
        speech.append((text, round(t, 2), voice))
        truth.append((round(t, 2), round(t + seconds, 2), voice))
        t += seconds + gap
    return ClipSpec(shots=[("navy", round(t + 0.5, 1))], words=[], speech=speech), truth


RATE = 16000


def load_audio(path: Path) -> np.ndarray:
    """Any audio file (or 16 kHz s16le ``.raw``) as 16 kHz mono float32, via ffmpeg."""
    import numpy as np

    raw = ["-f", "s16le", "-ar", "16000", "-ac", "1"] if Path(path).suffix == ".raw" else []
    out = subprocess.run(["ffmpeg", "-v", "error", *raw, "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(RATE), "-"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return np.frombuffer(out, dtype=np.int16).astype(np.float32) / 32768


def trimmed(audio: np.ndarray) -> np.ndarray:
    """``audio`` without leading and trailing quiet (below -45 dBFS in 10 ms frames)."""
    import numpy as np

    n = len(audio) // 160
    level = 10 * np.log10(np.mean(np.square(audio[: n * 160].reshape(n, 160)), axis=1) + 1e-12)
    loud = np.flatnonzero(level > -45)
    return audio[loud[0] * 160: (loud[-1] + 1) * 160] if len(loud) else audio[:0]


def voice_audio(source: str, text: str = "", tmp: Path | None = None) -> np.ndarray:
    """One utterance, trimmed: ``espeak:VOICE`` speaks ``text``; anything else is an audio file path."""
    if source.startswith("espeak:"):
        tmp = tmp or Path(tempfile.mkdtemp(prefix="vc-voice-"))
        wav = tmp / "utterance.wav"
        speak(text, wav, source[len("espeak:"):])
        return trimmed(load_audio(wav))
    return trimmed(load_audio(Path(source)))


def conversation(utterances: list[tuple[str, str, str]], gap: float = 0.5, lead: float = 0.5) -> tuple:
    """Audio of utterances one after another, ``gap`` seconds apart: each ``(speaker, source, text)``
    (see :func:`voice_audio`). Returns (16 kHz float32 audio, truth turns ``[(start, end, speaker)]``)."""
    import numpy as np

    pieces, truth, t = [np.zeros(int(lead * RATE), np.float32)], [], lead
    for speaker, source, text in utterances:
        clip = voice_audio(source, text)
        truth.append((round(t, 3), round(t + len(clip) / RATE, 3), speaker))
        pieces += [clip, np.zeros(int(gap * RATE), np.float32)]
        t += len(clip) / RATE + gap
    return np.concatenate(pieces), truth


def debian_files(package: str, cache: Path) -> Path | None:
    """The files of Debian package ``package`` (``apt-get download`` + ``dpkg -x``, once, into ``cache``)."""
    import shutil

    root = cache / package
    if (root / ".done").exists():
        return root
    if shutil.which("apt-get") is None or shutil.which("dpkg") is None:
        return None
    root.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(["apt-get", "download", package], cwd=root, capture_output=True, check=True, timeout=600)
        deb = max(root.glob(f"{package}_*.deb"))
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, capture_output=True, timeout=600)
        deb.unlink()
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    (root / ".done").touch()
    return root


def speaker_error(truth: list[tuple[float, float, str]], turns: list, step: float = 0.01) -> dict[str, float]:
    """Diarization scores on a 10 ms grid, each found speaker mapped one-to-one onto a true one to
    maximise overlap: ``wrong`` = speech time given to the wrong speaker / true speech time (DER's
    confusion part), ``missed`` and ``false_alarm`` likewise, ``der`` their sum; ``count`` = speakers found."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    end = max([e for _, e, _ in truth] + [t.end for t in turns] + [0.0])
    n = int(end / step) + 2
    true_names = sorted({s for _, _, s in truth})
    found_names = sorted({t.speaker for t in turns})
    ref = np.full(n, -1)
    hyp = np.full(n, -1)
    for s, e, who in truth:
        ref[int(s / step): int(e / step)] = true_names.index(who)
    for t in turns:
        hyp[int(t.start / step): int(t.end / step)] = found_names.index(t.speaker)
    overlap = np.zeros((max(1, len(found_names)), max(1, len(true_names))))
    both = (ref >= 0) & (hyp >= 0)
    np.add.at(overlap, (hyp[both], ref[both]), 1)
    rows, cols = linear_sum_assignment(-overlap)
    correct = overlap[rows, cols].sum()
    speech = max(1, int((ref >= 0).sum()))
    wrong = both.sum() - correct
    missed = ((ref >= 0) & (hyp < 0)).sum()
    false_alarm = ((ref < 0) & (hyp >= 0)).sum()
    return {"wrong": wrong / speech, "missed": missed / speech, "false_alarm": false_alarm / speech,
            "der": (wrong + missed + false_alarm) / speech, "count": len(found_names), "true_count": len(true_names)}
