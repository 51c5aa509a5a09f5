"""The rolling transcript of a live stream: recent events in full, older windows compacted, all of it on disk.

Events arrive chunk by chunk; one that continues an event of the previous chunk (same perceptor, kind
and text, touching in time) extends it instead of repeating it. Events older than ``keep_s`` leave
memory: each ``window_s`` of them becomes one ``summary`` event (what was on screen, said and seen),
while every event is appended, as it is finalised, to ``events.jsonl`` in the run's folder, so memory
stays flat over hours and nothing is lost. :meth:`save` writes the whole transcript JSON at the end.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Any

from videochat.contracts.events import Event, PerceptorRun, Transcript

#: Kinds whose text a summary lists (in this order), and how it names them.
_SUMMARY_KINDS = (("text", "on screen"), ("speech", "said"), ("tags", "seen"), ("caption", "seen"),
                  ("objects", "seen"), ("people", "people"), ("faces", "faces"), ("motion", "camera"))  # fmt: skip


def _key(ev: Event) -> tuple[str, str, str]:
    return ev.source, ev.kind, re.sub(r"\s+", " ", ev.text).strip().casefold()


class RollingTranscript:
    """Thread-safe; :meth:`add` returns the events that are new (not continuations) for printing."""

    def __init__(self, label: str, folder: Path, *, keep_s: float = 600.0, window_s: float = 300.0,
                 touch_s: float = 1.5) -> None:  # fmt: skip
        self.label, self.folder = label, Path(folder)
        self.keep_s, self.window_s, self.touch_s = keep_s, window_s, touch_s
        self.folder.mkdir(parents=True, exist_ok=True)
        self.log_path = self.folder / "events.jsonl"
        self._log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self._lock = threading.Lock()
        self.recent: list[Event] = []
        self._windows: dict[int, Window] = {}  # compacted windows, by window number
        self.now = 0.0
        self.logged = 0  # events written to the log

    def add(self, events: list[Event], now: float) -> list[Event]:
        """Take a chunk's events (stream times); returns the new ones, continuations folded in."""
        new = []
        with self._lock:
            self.now = max(self.now, now)
            open_by_key = {_key(ev): ev for ev in self.recent[-200:]}
            for ev in sorted(events, key=lambda e: (e.start, e.end)):
                cur = open_by_key.get(_key(ev))
                if cur is not None and ev.start <= cur.end + self.touch_s and ev.kind not in ("speech", "gap"):
                    cur.end = max(cur.end, ev.end)
                    if ev.score is not None:
                        cur.score = ev.score if cur.score is None else max(cur.score, ev.score)
                    continue
                ev = Event(ev.start, ev.end, ev.kind, ev.source, ev.text, ev.score, dict(ev.data))
                open_by_key[_key(ev)] = ev
                self.recent.append(ev)
                new.append(ev)
            self.recent.sort(key=lambda e: (e.start, e.end))
            self._compact()
        return new

    def _compact(self) -> None:
        """Move events that ended more than ``keep_s`` ago out of memory: logged, summarised per window."""
        cutoff = self.now - self.keep_s
        old = [ev for ev in self.recent if ev.end < cutoff]
        if not old:
            return
        self.recent = [ev for ev in self.recent if ev.end >= cutoff]
        for ev in old:
            self._write(ev)
        for ev in old:
            window = int(ev.start // self.window_s)
            self._windows.setdefault(window, Window(window * self.window_s, (window + 1) * self.window_s)).add(ev)

    @property
    def summaries(self) -> list[Event]:
        return [self._windows[w].event() for w in sorted(self._windows)]

    def _write(self, ev: Event) -> None:
        self._log.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        self._log.flush()
        self.logged += 1

    def snapshot(self, start: float = 0.0, end: float | None = None) -> list[Event]:
        """Summaries of compacted windows and the recent events overlapping ``[start, end]``."""
        end = self.now if end is None else end
        with self._lock:
            events = [*self.summaries, *self.recent]
        return sorted((ev for ev in events if ev.end >= start and ev.start <= end), key=lambda e: (e.start, e.end))

    def transcript(self, runs: dict[str, PerceptorRun], info: dict[str, Any], start: float = 0.0,
                   end: float | None = None) -> Transcript:  # fmt: skip
        """The rolling transcript (or a window of it) as a :class:`Transcript` for the answering chains."""
        return Transcript(self.label, max(self.now, 1e-3), self.snapshot(start, end), dict(runs), dict(info))

    def save(self, runs: dict[str, PerceptorRun], info: dict[str, Any]) -> Path:
        """Write every event found so far (the compacted ones from the log, the recent ones from memory)
        to ``transcript.json``; the watch keeps running on what it holds."""
        with self._lock:
            self._log.flush()
            logged = [Event.from_dict(json.loads(line)) for line in self.log_path.read_text(encoding="utf-8").splitlines()
                      if line.strip()]  # fmt: skip
            events = sorted([*logged, *self.recent], key=lambda e: (e.start, e.end))
            now = self.now
        path = self.folder / "transcript.json"
        transcript = Transcript(self.label, max(now, 1e-3), events, dict(runs), dict(info))
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(transcript.to_json(), encoding="utf-8")
        tmp.replace(path)
        return path

    @property
    def total(self) -> int:
        """Events found so far (compacted and recent)."""
        return self.logged + len(self.recent)

    def close(self) -> None:
        self._log.close()


class Window:
    """What a compacted window held, kept as counts: the shots, and per kind how often each text occurred."""

    def __init__(self, start: float, end: float) -> None:
        self.start, self.end, self.last = start, end, start
        self.shots, self.count = 0, 0
        self.texts: dict[str, Counter[str]] = {}

    def add(self, ev: Event) -> None:
        self.count += 1
        self.last = max(self.last, min(ev.end, self.end))
        if ev.kind == "shot":
            self.shots += 1
        elif ev.text.strip():
            self.texts.setdefault(ev.kind, Counter())[ev.text.strip()] += 1

    def event(self, limit: int = 400) -> Event:
        """One ``summary`` event: the number of shots, then per kind its most common texts."""
        parts = [f"{self.shots} shot{'s' if self.shots != 1 else ''}"] if self.shots else []
        for kind, name in _SUMMARY_KINDS:
            if kind in self.texts:
                shown = [f'"{t}"' if kind in ("text", "speech") else t for t, _ in self.texts[kind].most_common(4)]
                parts.append(f"{name}: " + ", ".join(shown))
        text = "; ".join(parts) or "nothing found"
        text = text if len(text) <= limit else text[: limit - 1] + "…"
        return Event(self.start, self.last, "summary", "live", text, None, {"events": self.count})
