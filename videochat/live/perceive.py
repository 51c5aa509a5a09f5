"""Run the perceptors on each chunk of a live stream, carrying their state from chunk to chunk.

Every perceptor keeps a :class:`~videochat.contracts.media.Carry` across chunks (its recent events
and whatever state it stores: the shot counter, the last cut). Sound-reading perceptors (ASR) also
follow a commit rule: an event that reaches into the last second of a chunk may be a sentence cut
in half, so it is held back and that stretch is heard again, whole, with the next chunk. A perceptor
that fails on a chunk is reported and keeps running on the next; the others are never held up.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from videochat.config import Settings
from videochat.contracts.errors import ConfigError
from videochat.contracts.events import Event, PerceptorRun
from videochat.contracts.media import Carry, Inputs
from videochat.live.chunks import LOOKBACK_S, Chunk, ChunkMedia
from videochat.perceptors.registry import Registry
from videochat.pipeline.runner import Job, plan
from videochat.pipeline.sampler import SampleSpec

log = logging.getLogger(__name__)

#: Sound events ending this close to a chunk's end wait for the next chunk (they may be cut off).
HOLD_S = 1.0
#: Events kept in each perceptor's carry (ASR continues its text from them).
CARRY_EVENTS = 8


@dataclass
class Lane:
    """One perceptor's life on the stream: its job, carry, held-back events and running totals."""

    job: Job
    run: PerceptorRun
    carry: Carry = field(default_factory=Carry)
    listen_from: float = 0.0  # sound perceptors: stream time the next chunk's sound starts at
    failures: int = 0


class LivePerception:
    """The selected perceptors, applied chunk by chunk; :meth:`__call__` returns the events found in a chunk."""

    def __init__(self, settings: Settings, reg: Registry, *, label: str, size: tuple[int, int], fps: float,
                 stream_fps: float, has_audio: bool) -> None:  # fmt: skip
        self.label, self.size, self.fps, self.stream_fps, self.has_audio = label, size, fps, stream_fps, has_audio
        self.concurrency = settings.concurrency
        jobs = plan(settings, reg, SampleSpec(settings.fps, 10**9, settings.short_side))
        named = settings.named_perceptors
        self.lanes: list[Lane] = []
        self.skipped: dict[str, PerceptorRun] = {}
        for job in jobs:
            reason = job.perceptor.check(job.options)
            if reason is not None and job.name in named:
                raise ConfigError(f"perceptor {job.name} cannot run: {reason}")
            if reason is None and job.perceptor.input == "file":
                reason = "reads a whole file; a live stream has none"
            if reason is None and job.perceptor.input == "audio" and not has_audio:
                reason = "the stream has no audio track"
            if reason is not None:
                self.skipped[job.name] = PerceptorRun(job.perceptor.version, status="skipped", error=reason)
            else:
                self.lanes.append(Lane(job, PerceptorRun(job.perceptor.version)))
        if not self.lanes:
            reasons = "; ".join(f"{name}: {run.error}" for name, run in self.skipped.items())
            raise ConfigError(f"no selected perceptor can run on {label} ({reasons})")

    @property
    def runs(self) -> dict[str, PerceptorRun]:
        return {**{lane.job.name: lane.run for lane in self.lanes}, **self.skipped}

    def __call__(self, chunk: Chunk) -> list[tuple[str, Event]]:
        """(perceptor name, event in stream time) for everything committed in this chunk."""
        with ThreadPoolExecutor(min(self.concurrency, len(self.lanes)), thread_name_prefix="live-perceptor") as pool:
            results = list(pool.map(lambda lane: self._run(lane, chunk), self.lanes))
        return [(lane.job.name, ev) for lane, events in zip(self.lanes, results) for ev in events]

    def _run(self, lane: Lane, chunk: Chunk) -> list[Event]:
        sound = lane.job.perceptor.input == "audio"
        origin = max(lane.listen_from, chunk.start - LOOKBACK_S) if sound else chunk.start
        lane.carry.start, lane.carry.final = origin, chunk.final
        if chunk.end - origin < 0.05:
            return []
        media = ChunkMedia(chunk, origin, self.label, self.size, self.fps, self.stream_fps, self.has_audio)
        started = time.perf_counter()
        try:
            found = lane.job.perceptor(Inputs(media, carry=lane.carry), lane.job.options)
            if not isinstance(found, list) or not all(isinstance(e, Event) for e in found):
                raise TypeError(f"perceptor {lane.job.name!r} must return a list of Event")
        except Exception as exc:  # noqa: BLE001 - reported; the perceptor runs again on the next chunk
            lane.failures += 1
            lane.run.status, lane.run.error = "failed", f"{type(exc).__name__}: {exc}".strip()[:300]
            if lane.failures == 1:
                log.warning("perceptor %s failed on the chunk at %.1fs: %s", lane.job.name, chunk.start, lane.run.error)
            return []
        finally:
            lane.run.seconds = round(lane.run.seconds + time.perf_counter() - started, 3)
        lane.run.stats = dict(lane.job.perceptor.stats)
        events = [_shifted(ev, origin, chunk.end) for ev in found]
        if sound:
            events = self._commit_sound(lane, events, chunk)
        lane.run.events += len(events)
        lane.carry.previous = [*lane.carry.previous, *events][-CARRY_EVENTS:]
        return events

    @staticmethod
    def _commit_sound(lane: Lane, events: list[Event], chunk: Chunk) -> list[Event]:
        """Keep what is surely finished; hold back what may run on past the chunk and hear it again next time."""
        events = [ev for ev in events if ev.end > lane.listen_from + 1e-3]  # heard again: already committed
        open_ = [ev for ev in events if ev.kind == "speech" and ev.end > chunk.end - HOLD_S]
        if chunk.final or not open_:
            lane.listen_from = chunk.end
            return events
        resume = min(ev.start for ev in open_)
        if resume < chunk.end - LOOKBACK_S / 2:  # too long to wait for: take it as it is
            lane.listen_from = chunk.end
            return events
        lane.listen_from = resume
        return [ev for ev in events if ev.end <= resume + 1e-3 and ev.kind == "speech"] + \
               [ev for ev in events if ev.kind != "speech" and ev.start < resume]  # fmt: skip


def _shifted(ev: Event, origin: float, end: float) -> Event:
    start = min(max(origin, origin + float(ev.start)), end)
    data = dict(ev.data)
    if isinstance(data.get("words"), list):
        data["words"] = [{**w, "start": round(w["start"] + origin, 2), "end": round(w["end"] + origin, 2)}
                         for w in data["words"] if isinstance(w, dict) and "start" in w and "end" in w]  # fmt: skip
    return Event(start, min(max(start, origin + float(ev.end)), end), ev.kind, ev.source, ev.text, ev.score, data)
