"""Event and Transcript: the contract between perceptors, writers and the LLM chains (imports nothing from videochat)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Event:
    """One timestamped observation made by a perceptor (contract; JSON-serialisable)."""

    start: float
    end: float
    kind: str
    source: str
    text: str
    score: float | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            start=float(d["start"]),
            end=float(d["end"]),
            kind=str(d["kind"]),
            source=str(d["source"]),
            text=str(d["text"]),
            score=None if d.get("score") is None else float(d["score"]),
            data=dict(d.get("data") or {}),
        )


@dataclass
class PerceptorRun:
    """How one perceptor did on one video."""

    version: str
    seconds: float = 0.0
    status: str = "ok"  # ok | failed | skipped
    error: str | None = None
    cached: bool = False
    events: int = 0
    stats: dict[str, Any] = field(default_factory=dict)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def merge_events(events: list[Event], gap: float = 0.0) -> list[Event]:
    """Merge repeats: events with the same source, kind and text whose spans touch (within ``gap``
    seconds) become one event spanning them all; the highest score is kept. Sorted by start."""
    merged: list[Event] = []
    open_by_key: dict[tuple[str, str, str], Event] = {}
    for ev in sorted(events, key=lambda e: (e.start, e.end)):
        key = (ev.source, ev.kind, _norm(ev.text))
        cur = open_by_key.get(key)
        if cur is not None and ev.start <= cur.end + gap + 1e-6:
            cur.end = max(cur.end, ev.end)
            if ev.score is not None:
                cur.score = ev.score if cur.score is None else max(cur.score, ev.score)
            cur.data["merged"] = cur.data.get("merged", 1) + 1
            continue
        ev = Event(ev.start, ev.end, ev.kind, ev.source, ev.text, ev.score, dict(ev.data))
        open_by_key[key] = ev
        merged.append(ev)
    merged.sort(key=lambda e: (e.start, e.end, e.source))
    return merged


def format_time(seconds: float) -> str:
    """``mm:ss``, or ``h:mm:ss`` from one hour on."""
    s = max(0, int(seconds + 0.5))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def format_span(start: float, end: float) -> str:
    a, b = format_time(start), format_time(end)
    return f"[{a}]" if a == b else f"[{a}-{b}]"


_TOKEN = re.compile(r"\w{1,4}|[^\w\s]")


def count_tokens(text: str) -> int:
    """Approximate LLM token count (about what BPE tokenizers give for English and stamps).

    Chains that know their model's tokenizer use it instead; this keeps budgeting offline and fast."""
    return len(_TOKEN.findall(text))


def speaker_summary(events: list[Event]) -> dict[str, dict[str, Any]]:
    """Per labelled speaker, in order of first appearance: seconds speaking (word times when known),
    turns (speech events) and the first and last time heard."""
    out: dict[str, dict[str, Any]] = {}
    for ev in sorted(events, key=lambda e: e.start):
        who = ev.data.get("speaker") if ev.kind == "speech" else None
        if not who:
            continue
        words = ev.data.get("words") or []
        seconds = sum(w["end"] - w["start"] for w in words) if words else ev.end - ev.start
        entry = out.setdefault(who, {"seconds": 0.0, "turns": 0, "first": ev.start, "last": ev.end})
        entry["seconds"] = round(entry["seconds"] + seconds, 2)
        entry["turns"] += 1
        entry["last"] = max(entry["last"], ev.end)
    return out


@dataclass
class Transcript:
    """All events of one video, merged and sorted, with per-perceptor status (the JSON contract)."""

    video: str
    duration: float
    events: list[Event]
    perceptors: dict[str, PerceptorRun] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def line(self, ev: Event) -> str:
        speaker = ev.data.get("speaker") if ev.kind == "speech" else None
        also = ev.data.get("heard_as") if ev.kind == "speech" else None
        unclear = f' (also heard as "{also[0]}")' if isinstance(also, list) and also else ""
        if speaker:  # who says it, and what is said quoted: it reads as speech, never as an instruction
            return f"{format_span(ev.start, ev.end)} {ev.kind} ({speaker}): \"{ev.text}\"{unclear}"
        return f"{format_span(ev.start, ev.end)} {ev.kind}: {ev.text}{unclear}"

    def render(self, events: list[Event] | None = None) -> str:
        """Prompt-ready text: one line per event, ``[mm:ss-mm:ss] kind: text``, in time order."""
        return "\n".join(self.line(ev) for ev in (self.events if events is None else events))

    def token_count(self) -> int:
        return count_tokens(self.render())

    def by_kind(self, kind: str) -> list[Event]:
        return [ev for ev in self.events if ev.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "video": self.video,
            "duration": self.duration,
            "events": [ev.to_dict() for ev in self.events],
            "perceptors": {name: asdict(run) for name, run in self.perceptors.items()},
            "info": self.info,
            "warnings": self.warnings,
            "tokens": self.token_count(),
            **({"speakers": speakers} if (speakers := speaker_summary(self.events)) else {}),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Transcript:
        return cls(
            video=d["video"],
            duration=float(d["duration"]),
            events=[Event.from_dict(e) for e in d.get("events", [])],
            perceptors={
                name: PerceptorRun(**{k: v for k, v in run.items() if k in PerceptorRun.__dataclass_fields__})
                for name, run in d.get("perceptors", {}).items()
            },
            info=dict(d.get("info") or {}),
            warnings=list(d.get("warnings") or []),
        )
