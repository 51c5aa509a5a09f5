"""The same batch on a Ray cluster, through Ray Data.

Each video is decoded once: one worker runs all of its perceptors in one pass (``build_transcript``)
and the optional LLM work. When a selected perceptor runs a neural model (``Perceptor.uses_model``),
the workers form an actor pool that keeps those models loaded across videos, one GPU per actor
where the cluster has GPUs; otherwise they are plain CPU tasks. The driver writes each video's file
and its ``results.jsonl`` line as rows arrive (workers on other nodes never touch OUTDIR), so a
rerun skips what is done.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.contracts.errors import ConfigError
from videochat.frontends.batch_records import BatchSpec, failure, finish, save_output
from videochat.perceptors.registry import registry
from videochat.pipeline.fetch import is_url
from videochat.session import perceive


def uses_models(settings: Settings) -> bool:
    """Does any selected perceptor run a neural model (and so belong in a long-lived, GPU-placed actor)?"""
    reg = registry()
    return any(reg.get(name).uses_model for name in dict.fromkeys(settings.perceptor_names) if name in reg.names())


def process_row(row: dict[str, Any], spec: BatchSpec) -> dict[str, Any]:
    """One video: decode once, every perceptor, the optional LLM work; failures become records."""
    t0 = time.time()
    path = row["path"]
    try:
        transcript = perceive(path, Settings(**spec.settings), progress=False)
        record = finish(spec, path, transcript, t0, write=False)
    except Exception as exc:  # noqa: BLE001 - recorded, never raised
        record = failure(path, exc, t0)
    return {"record": json.dumps(record)}


class ModelWorker:
    """Ray actor: the same work as :func:`process_row`, with models kept loaded across videos."""

    def __init__(self, spec: BatchSpec) -> None:
        self.spec = spec

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        return process_row(row, self.spec)


def run_ray(paths: list[Path | str], spec: BatchSpec, address: str | None, on_result: Callable[[dict], None],
            actors: int | None = None, gpus_per_actor: float | None = None) -> None:  # fmt: skip
    """Stream the videos through Ray Data; ``address=None`` starts a local Ray with this machine's CPUs."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError("--ray needs Ray Data: pip install 'videochat[ray]'") from None

    logging.getLogger("ray.data").setLevel(logging.WARNING)
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False)
    resources = ray.cluster_resources()
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ds = ray.data.from_items([{"path": p if is_url(p) else str(Path(p).resolve())} for p in paths], override_num_blocks=max(1, len(paths)))
    if uses_models(Settings(**spec.settings)):
        if gpus_per_actor is None:
            gpus_per_actor = 1.0 if resources.get("GPU", 0) >= 1 else 0.0
        if actors is None:
            actors = max(1, int(resources.get("GPU", 0)) if gpus_per_actor else int(resources.get("CPU", 1)) // 2)
        ds = ds.map(ModelWorker, fn_constructor_kwargs={"spec": spec}, concurrency=actors,
                    num_gpus=gpus_per_actor or None, num_cpus=1)  # fmt: skip
    else:
        ds = ds.map(process_row, fn_kwargs={"spec": spec}, num_cpus=1)
    for row in ds.iter_rows():
        on_result(save_output(spec.outdir, json.loads(row["record"])))
