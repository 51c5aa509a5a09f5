"""Many videos: ``videochat batch INPUT... -o OUTDIR`` on a local process pool or a Ray cluster.

Every video gets ``OUTDIR/<id>.json`` (its transcript, plus description and answers when asked)
and one line in ``OUTDIR/results.jsonl``, written as soon as it finishes. Videos whose line says
``ok`` are skipped on a rerun; a failing video is recorded with its error and never stops the batch.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.frontends.batch_ray import run_ray
from videochat.frontends.batch_records import (
    BatchSpec,
    failure,
    finish,
    private_folders,
    scrubber,
    video_id,
    write_atomic,
)
from videochat.pipeline.collect import collect
from videochat.session import perceive


def done_ids(outdir: Path) -> set[str]:
    """Ids recorded as ``ok`` in ``results.jsonl`` whose output file still exists."""
    results = outdir / "results.jsonl"
    done: set[str] = set()
    if results.exists():
        for line in results.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:  # a line cut by a crash: that video runs again
                continue
            if rec.get("status") == "ok" and (outdir / f"{rec['id']}.json").exists():
                done.add(rec["id"])
    return done


def process_video(path: str, spec: BatchSpec) -> dict[str, Any]:
    """Perceive one video and write its outputs (runs in a worker process); never raises."""
    t0 = time.time()
    try:
        transcript = perceive(path, Settings(**worker_settings(spec.settings)), progress=False)
        return finish(spec, path, transcript, t0)
    except Exception as exc:  # noqa: BLE001 - one bad video never stops the batch
        return failure(path, exc, t0)


def limit_threads(threads: int) -> None:
    """Pool initializer: keep each worker's math libraries to its share of the cores (oversubscribed
    OpenMP and onnxruntime threads spin against each other and slow everything down)."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    os.environ["VIDEOCHAT_WORKER_THREADS"] = str(threads)
    die_with_parent()


def die_with_parent() -> None:
    """Linux: the kernel sends this worker SIGTERM when the batch process dies, however it dies
    (kill -9 included), so no orphaned worker keeps gigabytes of models in memory."""
    import ctypes
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request took effect
        os._exit(1)


def worker_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Per-worker thread counts for perceptors with a ``threads`` option the user did not set."""
    threads = os.environ.get("VIDEOCHAT_WORKER_THREADS")
    if not threads:
        return settings
    from videochat.config import Settings
    from videochat.perceptors.registry import registry

    reg = registry()
    options = {name: dict(table) for name, table in settings.get("options", {}).items()}
    for name in Settings(**settings).perceptor_names:
        if name in reg.names() and "threads" in reg.get(name).Options.model_fields:
            options.setdefault(name, {}).setdefault("threads", int(threads))
    return {**settings, "options": options}


def default_workers(settings: dict[str, Any]) -> int:
    """Processes that fit the machine: each video already runs ``concurrency`` perceptor threads."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cpus // max(1, int(settings.get("concurrency", 1))))


def run_local(paths: list[Path | str], spec: BatchSpec, workers: int, on_result: Callable[[dict], None]) -> None:
    """A bounded process pool; at most ``2 * workers`` videos are queued at once."""
    import multiprocessing

    pending = iter(paths)
    ctx = multiprocessing.get_context("spawn")  # torch and threads do not survive fork reliably
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    threads = max(1, cpus // workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=limit_threads, initargs=(threads,)) as pool:
        running: dict[Future, Path] = {}

        def top_up() -> None:
            for path in pending:
                running[pool.submit(process_video, str(path), spec)] = path
                if len(running) >= 2 * workers:
                    break

        top_up()
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in finished:
                path = running.pop(fut)
                try:
                    on_result(fut.result())
                except Exception as exc:  # noqa: BLE001 - a worker died (out of memory, killed)
                    on_result(failure(path, exc, time.time()))
            top_up()


def run_batch(inputs: list[str], spec: BatchSpec, *, workers: int | None = None, ray_address: str | None = None,
              use_ray: bool = False, progress: bool = True) -> dict[str, int]:  # fmt: skip
    """Run the batch; returns counts ``{"ok", "failed", "skipped"}``."""
    spec.outdir.mkdir(parents=True, exist_ok=True)
    paths = collect(inputs)
    done = done_ids(spec.outdir)
    todo = [p for p in paths if video_id(p) not in done]
    counts = {"ok": 0, "failed": 0, "skipped": len(paths) - len(todo)}
    results = open(spec.outdir / "results.jsonl", "a", encoding="utf-8")
    board = BatchProgress(len(todo), enabled=progress)
    private = private_folders(spec.settings)

    def on_result(record: dict[str, Any]) -> None:
        if record.get("error"):
            record["error"] = scrubber(private, record["video"])(record["error"])
        results.write(json.dumps(record, ensure_ascii=False) + "\n")
        results.flush()
        os.fsync(results.fileno())
        counts[record["status"]] = counts.get(record["status"], 0) + 1
        if record["status"] != "ok":
            board.log(f"videochat: {record['video']}: {record['error']}")
        board.advance()

    try:
        if not todo:
            pass
        elif use_ray:
            run_ray(todo, spec, ray_address, on_result)
        else:
            run_local(todo, spec, workers or default_workers(spec.settings), on_result)
    finally:
        results.close()
        board.close()
        compact_results(spec.outdir)
    return counts


def compact_results(outdir: Path) -> None:
    """Keep one line per video in ``results.jsonl`` (its latest), so resumed batches do not pile up
    repeated failure records; rewritten atomically."""
    path = outdir / "results.jsonl"
    if not path.exists():
        return
    records = list(iter_results(outdir))
    write_atomic(path, "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records))


class BatchProgress:
    """Videos done, videos/min and ETA on stderr."""

    def __init__(self, total: int, enabled: bool = True) -> None:
        self.total, self.done, self.t0 = total, 0, time.perf_counter()
        self.enabled = enabled and total > 0
        self._bar: Any = None
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(TextColumn("videos"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), transient=False,
                                 console=_stderr_console())  # fmt: skip
            self._task = self._bar.add_task("batch", total=total, rate="")
            self._bar.start()

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            minutes = (time.perf_counter() - self.t0) / 60
            self._bar.update(self._task, advance=1, rate=f"{self.done / minutes:.1f} videos/min" if minutes else "")

    def log(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def iter_results(outdir: Path) -> Iterator[dict[str, Any]]:
    """The records of ``results.jsonl`` (the last one per video wins)."""
    latest: dict[str, dict[str, Any]] = {}
    for line in (outdir / "results.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except ValueError:
            continue
        latest[rec["id"]] = rec
    yield from latest.values()
