"""Transcript writers keyed by format name: ``text``, ``json``, ``srt``, ``vtt``."""

from __future__ import annotations

from typing import ClassVar

from videochat.contracts.events import Event, Transcript


class Writer:
    """Turns a :class:`Transcript` into the text of one output format."""

    extension: ClassVar[str]

    def __call__(self, transcript: Transcript) -> str:
        raise NotImplementedError


class WriteText(Writer):
    extension = "txt"

    def __call__(self, transcript: Transcript) -> str:
        return transcript.render() + "\n"


class WriteJSON(Writer):
    extension = "json"

    def __call__(self, transcript: Transcript) -> str:
        return transcript.to_json() + "\n"


def _stamp(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


class _Subtitles(Writer):
    """Subtitle cues: one per event, labelled with its kind; zero-length events last one second."""

    sep: ClassVar[str]

    def cue(self, index: int, ev: Event) -> str:
        end = ev.end if ev.end > ev.start else ev.start + 1.0
        return f"{_stamp(ev.start, self.sep)} --> {_stamp(end, self.sep)}\n{ev.kind}: {ev.text.strip()}\n"


class WriteSRT(_Subtitles):
    extension = "srt"
    sep = ","

    def __call__(self, transcript: Transcript) -> str:
        return "\n".join(f"{i}\n{self.cue(i, ev)}" for i, ev in enumerate(transcript.events, 1))


class WriteVTT(_Subtitles):
    extension = "vtt"
    sep = "."

    def __call__(self, transcript: Transcript) -> str:
        return "WEBVTT\n\n" + "\n".join(self.cue(i, ev) for i, ev in enumerate(transcript.events, 1))


WRITERS: dict[str, type[Writer]] = {"text": WriteText, "json": WriteJSON, "srt": WriteSRT, "vtt": WriteVTT}


def format_for(path: str) -> str | None:
    """The format a file name asks for by its extension (``t.srt`` -> ``srt``), or None."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return next((name for name, cls in WRITERS.items() if cls.extension == suffix), None)


def write(transcript: Transcript, fmt: str) -> str:
    return WRITERS[fmt]()(transcript)
