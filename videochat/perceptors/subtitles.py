"""Subtitles as evidence: sidecar ``.srt``/``.vtt`` files beside the video and text subtitle streams
inside it (mov_text, subrip, webvtt, ass), as ``subtitle`` events with their exact times.

Subtitles are what was said (or shown), timed by a person: where they exist they are better
evidence than speech recognition, and ``instead_of_asr`` lets the run skip ASR for such videos. A
malformed file gives a warning and whatever cues could be read; the other perceptors are unaffected.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from videochat.contracts.events import Event
from videochat.contracts.media import Inputs, VideoInfo
from videochat.perceptors.base import Perceptor, PerceptorOptions

SIDECAR_SUFFIXES = (".srt", ".vtt")
#: Subtitle codecs ffmpeg can turn into SubRip text (bitmap ones such as PGS or DVD subtitles cannot).
TEXT_CODECS = {"subrip", "srt", "mov_text", "webvtt", "ass", "ssa", "text", "microdvd", "subviewer", "jacosub"}
_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_CUE_TIMES = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_TAGS = re.compile(r"<[^>]{0,200}>|\{\\[^}]{0,200}\}")  # <i>, <font ...>, <c.yellow>, ASS {\an8}
_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


class SubtitlesOptions(PerceptorOptions):
    sidecar: bool = Field(True, description="read VIDEO.srt / VIDEO.vtt / VIDEO.<lang>.srt beside the video")
    streams: bool = Field(True, description="read text subtitle streams inside the container")
    languages: list[str] = Field(default_factory=list, description="keep only these languages (e.g. ['en']); empty: all")
    instead_of_asr: bool = Field(False, description="skip speech recognition for videos that have subtitles")


@dataclass(frozen=True)
class Source:
    """One subtitle track: a sidecar file or a stream of the container."""

    label: str  # "sidecar clip.en.srt" | "stream 2 (mov_text)"
    language: str | None
    path: Path | None = None  # sidecar file
    stream: int | None = None  # container stream index


def _seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def parse_cues(text: str) -> tuple[list[tuple[float, float, str]], int]:
    """SubRip or WebVTT text -> ([(start, end, text)], blocks that could not be read)."""
    cues, bad = [], 0
    for block in re.split(r"\r?\n\s*\r?\n", text.lstrip("\ufeff")):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if not lines or lines[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        at = next((i for i, line in enumerate(lines[:3]) if "-->" in line), None)
        match = _CUE_TIMES.match(lines[at]) if at is not None else None
        if match is None:
            bad += 1
            continue
        g = match.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        words = " ".join(_TAGS.sub("", line).strip() for line in lines[at + 1:]).strip()
        if end < start:
            bad += 1
        elif words:
            cues.append((start, end, re.sub(r"\s+", " ", words)))
    return cues, bad


def sidecars(video: Path) -> list[Source]:
    """``clip.srt``, ``clip.vtt``, ``clip.en.srt``, ``clip.pt-BR.vtt`` ... beside ``clip.mp4``."""
    found = []
    for path in sorted(video.parent.glob(f"{glob_escape(video.stem)}.*")):
        if path.suffix.lower() not in SIDECAR_SUFFIXES or not path.is_file():
            continue
        middle = path.name[len(video.stem):-len(path.suffix)].lstrip(".")
        if middle and not _LANG.match(middle):
            continue  # clip.old.srt is some other file, not a language
        found.append(Source(f"sidecar {path.name}", middle.lower() or None, path=path))
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def streams(info: VideoInfo) -> list[Source]:
    return [Source(f"stream {index} ({codec})", language, stream=index)
            for index, codec, language in info.subtitles if codec in TEXT_CODECS]  # fmt: skip


def sources(info: VideoInfo, options: SubtitlesOptions) -> list[Source]:
    """The tracks to read, at most one per language (sidecar files first)."""
    found = (sidecars(Path(info.path)) if options.sidecar else []) + (streams(info) if options.streams else [])
    wanted = {lang.lower() for lang in options.languages}
    chosen: dict[str | None, Source] = {}
    for source in found:
        lang = source.language.lower() if source.language else None
        if wanted and (lang or "").split("-")[0] not in wanted and lang not in wanted:
            continue
        chosen.setdefault(lang, source)
    return list(chosen.values())


def read_stream(info: VideoInfo, index: int) -> str:
    """A container's subtitle stream as SubRip text (ffmpeg converts mov_text, ASS, WebVTT ...)."""
    cmd = ["ffmpeg", "-nostdin", "-v", "error", "-i", "file:" + str(Path(info.path).resolve()),
           "-map", f"0:{index}", "-f", "srt", "pipe:1"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, timeout=600, check=False)
    if proc.returncode != 0:
        reason = (proc.stderr.decode(errors="replace").strip().splitlines() or ["ffmpeg failed"])[-1]
        raise ValueError(reason[:200])
    return proc.stdout.decode("utf-8", errors="replace")


class SubtitlesPerceptor(Perceptor):
    name = "subtitles"
    version = "1"
    input = "file"
    description = "subtitle tracks (sidecar .srt/.vtt files, text streams in the container) with exact times"
    Options = SubtitlesOptions

    def replaces(self, options: SubtitlesOptions, info: VideoInfo) -> dict[str, str]:
        if not options.instead_of_asr or not sources(info, options):
            return {}
        return {"asr": "the video has subtitles (subtitles.instead_of_asr)"}

    def __call__(self, inputs: Inputs, options: SubtitlesOptions) -> list[Event]:
        events, warnings, read = [], [], []
        for source in sources(inputs.info, options):
            try:
                if source.path is not None:
                    text = source.path.read_bytes().decode("utf-8", errors="replace")
                else:
                    text = read_stream(inputs.info, source.stream or 0)
            except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
                warnings.append(f"cannot read subtitles ({source.label}): {exc}")
                continue
            cues, bad = parse_cues(text)
            if bad:
                warnings.append(f"{source.label}: {bad} malformed cue(s) skipped" if cues
                                else f"{source.label}: no readable cues (not SubRip or WebVTT?)")  # fmt: skip
            read.append(source.label)
            for start, end, words in cues:
                data = {"language": source.language, "track": source.label}
                events.append(Event(start, end, "subtitle", self.name, words, None, data))
        self.stats = {"tracks": read, **({"warnings": warnings} if warnings else {})}
        return events
