"""The same batch on a Ray cluster, through Ray Data.

Two stages stream over the list of videos:
1. **tasks** (one per video): decode and the light perceptors (no model: shots, faces, people);
2. **an actor pool**: the model-backed perceptors (OCR, ASR, captions, detectors, ...). Each actor
   keeps its models loaded across videos; on GPUs each actor asks for ``num_gpus``. The actor also
   merges both stages' events and runs the optional LLM work.
The driver writes each video's file and its ``results.jsonl`` line as rows arrive (workers on other
nodes never touch OUTDIR), so a rerun skips what is done.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from videochat.batch import BatchSpec, failure, finish, save_output
from videochat.errors import ConfigError


def split_perceptors(settings: Any) -> tuple[list[str], list[str]]:
    """(light, model-backed) perceptor names of the selection, in selection order."""
    from videochat.perceptors.base import ModelOptions
    from videochat.perceptors.registry import registry

    reg = registry()
    light, heavy = [], []
    for name in dict.fromkeys(settings.perceptor_names):
        (heavy if issubclass(reg.get(name).Options, ModelOptions) else light).append(name)
    return light, heavy


def combine(parts: list[Any], order: list[str]) -> Any:
    """One transcript from stage transcripts of the same video (events re-merged, perceptors in ``order``)."""
    from videochat.pipeline.transcript import Transcript, merge_events

    first = parts[0]
    runs = {name: run for part in parts for name, run in part.perceptors.items()}
    events = merge_events([ev for part in parts for ev in part.events])
    warnings = list(dict.fromkeys(w for part in parts for w in part.warnings))
    return Transcript(first.video, first.duration, events, {n: runs[n] for n in order if n in runs}, dict(first.info), warnings)


def _stage(path: str, spec: BatchSpec, names: list[str]) -> Any:
    from videochat.config import Settings
    from videochat.pipeline.runner import build_transcript

    settings = Settings(**{**spec.settings, "perceptors": names})
    return build_transcript(path, settings, progress=False)


def light_stage(row: dict[str, Any], spec: BatchSpec, light: list[str]) -> dict[str, Any]:
    """Ray task: decode + light perceptors; failures travel on in the row."""
    t0 = time.time()
    row = {**row, "t0": t0, "partial": None, "error": None}
    if not light:
        return row
    try:
        row["partial"] = _stage(row["path"], spec, light).to_json(indent=None)
    except Exception as exc:  # noqa: BLE001 - recorded, never raised
        row["error"] = failure(Path(row["path"]), exc, t0)["error"]
    return row


class ModelStage:
    """Ray actor: model-backed perceptors with models kept loaded, then the merged output."""

    def __init__(self, spec: BatchSpec, heavy: list[str], order: list[str]) -> None:
        self.spec, self.heavy, self.order = spec, heavy, order

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        import json

        from videochat.pipeline.transcript import Transcript

        path = Path(row["path"])
        if row["error"]:
            return {"record": json.dumps({**failure(path, RuntimeError(), row["t0"]), "error": row["error"]})}
        try:
            parts = [Transcript.from_dict(json.loads(row["partial"]))] if row["partial"] else []
            if self.heavy:
                parts.append(_stage(str(path), self.spec, self.heavy))
            record = finish(self.spec, path, combine(parts, self.order), row["t0"], write=False)
        except Exception as exc:  # noqa: BLE001
            record = failure(path, exc, row["t0"])
        return {"record": json.dumps(record)}


def run_ray(paths: list[Path], spec: BatchSpec, address: str | None, on_result: Callable[[dict], None],
            actors: int | None = None, gpus_per_actor: float | None = None) -> None:  # fmt: skip
    """Stream the videos through Ray Data; ``address=None`` starts a local Ray with this machine's CPUs."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError("--ray needs Ray Data: pip install 'videochat[ray]'") from None
    import json

    from videochat.config import Settings

    settings = Settings(**spec.settings)
    light, heavy = split_perceptors(settings)
    order = list(dict.fromkeys(settings.perceptor_names))
    import logging

    logging.getLogger("ray.data").setLevel(logging.WARNING)
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False)
    if gpus_per_actor is None:
        gpus_per_actor = 1.0 if ray.cluster_resources().get("GPU", 0) >= 1 else 0.0
    if actors is None:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        gpus = int(ray.cluster_resources().get("GPU", 0))
        actors = max(1, gpus if gpus_per_actor else cpus // 2)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ds = ray.data.from_items([{"path": str(p.resolve())} for p in paths], override_num_blocks=max(1, len(paths)))
    # Decode tasks mostly wait on their ffmpeg process: half a CPU each. (Different resources also keep
    # Ray from fusing the task stage into the actor stage.)
    ds = ds.map(light_stage, fn_kwargs={"spec": spec, "light": light}, num_cpus=0.5)
    ds = ds.map(ModelStage, fn_constructor_kwargs={"spec": spec, "heavy": heavy, "order": order},
                concurrency=actors, num_gpus=gpus_per_actor or None, num_cpus=1)  # fmt: skip
    for row in ds.iter_rows():
        on_result(save_output(spec.outdir, json.loads(row["record"])))
