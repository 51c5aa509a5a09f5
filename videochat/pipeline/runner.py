"""Run perceptors over one video: cache look-ups, one decode pass, bounded concurrency, progress, timings."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.contracts.errors import BadInput, ConfigError
from videochat.contracts.events import Event, PerceptorRun, Transcript, merge_events
from videochat.contracts.media import Inputs, VideoInfo
from videochat.model_cache import set_low_memory
from videochat.models import configure_store
from videochat.perceptors.base import Perceptor
from videochat.perceptors.registry import Registry, registry
from videochat.pipeline.cache import Cache, content_hash, options_key, source_hash
from videochat.pipeline.probe import probe
from videochat.pipeline.progress import ProgressBoard
from videochat.pipeline.sampler import Media, SampleSpec, open_media
from videochat.pipeline.spool import make_workdir, release

# Options that change how fast a perceptor runs, not what it finds: left out of the cache key.
RUNTIME_OPTIONS = frozenset({"threads", "batch_size"})

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    perceptor: Perceptor
    options: Any
    cache_options: str
    code: str | None = None  # hash of the perceptor's source file (see cache.source_hash)


def plan(settings: Settings, reg: Registry, spec: SampleSpec) -> list[Job]:
    """Resolve perceptor names and validate their options before any work starts."""
    names = list(dict.fromkeys(settings.perceptor_names))
    if not names:
        raise ConfigError("no perceptors selected")
    for name in settings.options:
        reg.get(name)  # an option for an unknown perceptor is a typo worth reporting
    jobs = []
    for name in names:
        perceptor = reg.get(name)
        options = reg.options(name, settings.options.get(name))
        dumped = options.model_dump(mode="json")
        key: dict[str, Any] = {"options": {k: v for k, v in dumped.items() if k not in RUNTIME_OPTIONS}}
        if perceptor.input in ("frames", "clips"):
            key["sampling"] = spec.key()
        jobs.append(Job(name, perceptor, options, options_key(key), source_hash(type(perceptor))))
    return jobs


def _clean(events: list[Event], source: str, duration: float) -> list[Event]:
    """Check a perceptor's output against the Event contract and clamp times into the video."""
    if not isinstance(events, list) or not all(isinstance(e, Event) for e in events):
        raise TypeError(f"perceptor {source!r} must return a list of Event")
    for ev in events:
        ev.start = min(max(0.0, float(ev.start)), duration)
        ev.end = min(max(ev.start, float(ev.end)), duration)
    return events


def run_job(job: Job, media: Media, board: ProgressBoard) -> tuple[PerceptorRun, list[Event]]:
    """Run one perceptor; an exception becomes a ``failed`` status, never lost results of others."""
    started = time.perf_counter()
    run = PerceptorRun(version=job.perceptor.version)
    events: list[Event] = []
    try:
        events = _clean(job.perceptor(Inputs(media, board.updater(job.name)), job.options), job.name, media.info.duration)
    except Exception as exc:  # noqa: BLE001 - reported in the transcript, the other perceptors go on
        run.status, run.error = "failed", f"{type(exc).__name__}: {exc}".strip()
    run.seconds = round(time.perf_counter() - started, 3)
    run.events = len(events)
    run.stats = dict(job.perceptor.stats)
    board.finish(job.name, run)
    return run, events


def run_pending(
    pending: list[Job], media: Media, concurrency: int, progress: bool,
    done: Callable[[Job, PerceptorRun, list[Event]], None],
) -> None:
    """Run perceptors on ``media`` while it decodes, at most ``concurrency`` at a time; ``done`` gets each
    result as soon as it is ready (so a crash later loses nothing already finished)."""
    media.wait_ready()  # a video that cannot be decoded at all is bad input, not a perceptor failure
    with ProgressBoard(enabled=progress, total_frames=media.frames.capacity) as board:
        for job in pending:
            board.add(job.name)
        with ThreadPoolExecutor(concurrency, thread_name_prefix="perceptor") as pool:
            futures = {pool.submit(run_job, job, media, board): job for job in pending}
            not_done = set(futures)
            while not_done:
                finished, not_done = wait(not_done, timeout=0.2, return_when=FIRST_COMPLETED)
                board.decoded(len(media.frames), media.frames.closed)
                for future in finished:
                    done(futures[future], *future.result())
    media.wait()


def _workdir(settings: Settings) -> Path:
    """A fresh, locked folder for the frame spool, on disk under the cache dir (not a RAM-backed /tmp);
    folders left by killed runs are swept first."""
    return make_workdir(settings.cache_dir / "tmp")


def build_transcript(
    video: str | Path,
    settings: Settings,
    *,
    progress: bool = True,
    reg: Registry | None = None,
    explicit: set[str] | None = None,
) -> Transcript:
    """Video file -> :class:`Transcript`. Perceptors the settings name (:attr:`Settings.named_perceptors`,
    or ``explicit`` when given) that cannot run are errors; others are reported as ``skipped``."""
    t0 = time.perf_counter()
    configure_store(settings.model_store)
    set_low_memory(True if settings.low_memory else None)  # None: $VIDEOCHAT_LOW_MEMORY decides
    reg = reg or registry()
    spec = SampleSpec(settings.fps, settings.max_frames, settings.short_side)
    jobs = plan(settings, reg, spec)
    info = probe(video)
    cache = Cache(settings.cache_dir / "cache.sqlite") if settings.cache else None
    if cache is not None and cache.recovered:
        log.warning("%s", cache.recovered)
    found = Found(content_hash(info.path))  # the file probed and decoded, never a differently-read name
    explicit = settings.named_perceptors if explicit is None else explicit
    replaced: dict[str, str] = {}  # perceptors another one makes redundant here (ASR where subtitles exist)
    for job in jobs:
        if job.perceptor.check(job.options) is None:
            replaced.update(job.perceptor.replaces(job.options, info))
    pending = []
    for job in jobs:
        reason = _skip_reason(job, info, explicit, replaced)
        if reason is not None:
            found.runs[job.name] = PerceptorRun(job.perceptor.version, status="skipped", error=reason)
        elif not found.from_cache(job, cache):
            pending.append(job)
    if all(run.status == "skipped" for run in found.runs.values()) and len(found.runs) == len(jobs):
        reasons = "; ".join(f"{name}: {run.error}" for name, run in found.runs.items())
        raise BadInput(f"no selected perceptor can run on {video} ({reasons})")

    sampling: dict[str, Any] = {"fps": spec.effective_fps(info.duration), **spec.key()}
    if pending:
        sampling.update(_perceive(pending, info, spec, settings, progress, found, cache))
    for name, run in found.runs.items():
        if run.status != "ok":
            log.warning("perceptor %s %s: %s", name, run.status, run.error)
    for warning in found.warnings:
        log.warning("%s", warning)
    return Transcript(
        video=str(video),
        duration=info.duration,
        events=merge_events(found.events),
        perceptors={job.name: found.runs[job.name] for job in jobs},
        info={**_info(info), "hash": found.video_hash, "sampling": sampling,
              "seconds": round(time.perf_counter() - t0, 3)},  # fmt: skip
        warnings=found.warnings,
    )


def _skip_reason(job: Job, info: VideoInfo, explicit: set[str], replaced: dict[str, str]) -> str | None:
    """Why ``job`` does not run on this video (None: it runs); a named perceptor that cannot run is an error."""
    reason = job.perceptor.check(job.options)
    if reason is not None and job.name in explicit:
        raise ConfigError(f"perceptor {job.name} cannot run: {reason}")
    if reason is None and job.perceptor.input == "audio" and not info.has_audio:
        reason = "video has no audio track"
    if reason is None and job.name in replaced:
        reason = f"not needed: {replaced[job.name]}"
    return reason


@dataclass
class Found:
    """What one transcript run has so far: each perceptor's run, its events and the warnings."""

    video_hash: str
    runs: dict[str, PerceptorRun] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def from_cache(self, job: Job, cache: Cache | None) -> bool:
        """Take ``job``'s cached result if there is a valid one (code unchanged since it was cached)."""
        hit = cache.get(self.video_hash, job.name, job.perceptor.version, job.cache_options) if cache else None
        if hit is not None and hit[1].get("code", job.code) != job.code:
            self.warnings.append(f"perceptor {job.name}'s code changed since its results were cached but its version "
                                 f"is still {job.perceptor.version!r}: ran it again (bump `version` when a change "
                                 f"alters its events)")  # fmt: skip
            return False
        if hit is None:
            return False
        cached_events, cached_run = hit
        cached_run.pop("code", None)
        self.runs[job.name] = PerceptorRun(**{**cached_run, "cached": True})
        self.warnings.extend(f"{job.name}: {w}" for w in self.runs[job.name].stats.get("warnings", []))
        self.events.extend(cached_events)
        return True

    def add(self, job: Job, run: PerceptorRun, events: list[Event], cache: Cache | None) -> None:
        """A finished perceptor: kept, and saved the moment it finishes (a failed save loses nothing)."""
        self.runs[job.name] = run
        self.events.extend(events)
        self.warnings.extend(f"{job.name}: {w}" for w in run.stats.get("warnings", []))
        if cache is not None and run.status == "ok":
            saved = cache.put(self.video_hash, job.name, job.perceptor.version, job.cache_options, events,
                              {**asdict(run), "code": job.code})  # fmt: skip
            if saved is not None:
                self.warnings.append(saved)


def _perceive(pending: list[Job], info: VideoInfo, spec: SampleSpec, settings: Settings, progress: bool,
              found: Found, cache: Cache | None) -> dict[str, Any]:  # fmt: skip
    """One decode pass feeding every pending perceptor; returns what the pass sampled."""
    workdir = _workdir(settings)
    media = open_media(info, spec, workdir)
    try:
        run_pending(pending, media, settings.concurrency, progress, lambda job, run, ev: found.add(job, run, ev, cache))
        found.warnings.extend(media.warnings)
        return {"frames": len(media.frames), "decoded_frames": media.decoded_frames,
                "width": media.frames.width, "height": media.frames.height}  # fmt: skip
    finally:
        media.close()
        release(workdir)


def _info(info: VideoInfo) -> dict[str, Any]:
    d = info.to_dict()
    d.pop("path", None)
    return d
