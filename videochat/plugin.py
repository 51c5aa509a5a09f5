"""The one module perceptor plugins import: the contract, the helpers built-ins use, and a test runner.

A plugin is a :class:`Perceptor` subclass registered under the ``videochat.perceptors`` entry-point
group of its package (``docs/plugins.md``, ``examples/videochat-brightness``). Its ``name`` is
declared once, on the class; the entry point's own name is only a label, and one that differs is
reported. ``run_perceptor`` runs a perceptor on a clip in-process, through the same decode pass as
the pipeline, so a plugin's tests need no registry, cache or CLI.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from videochat.contracts.errors import (
    BadInput,
    ConfigError,
    ModelUnavailable,
    VideochatError,
)
from videochat.contracts.events import Event
from videochat.contracts.media import Frame, Inputs, VideoInfo
from videochat.perceptors.base import (
    ChangeDetector,
    ModelOptions,
    Perceptor,
    PerceptorOptions,
    batched,
    frame_event,
    missing_module,
    normalise_box,
)
from videochat.pipeline.probe import probe
from videochat.pipeline.sampler import SampleSpec, open_media

__all__ = ["BadInput", "ChangeDetector", "ConfigError", "Event", "Frame", "Inputs", "ModelOptions", "ModelUnavailable",
           "Perceptor", "PerceptorOptions", "VideoInfo", "VideochatError", "batched", "frame_event", "missing_module",
           "normalise_box", "run_perceptor"]


def run_perceptor(perceptor: Perceptor | type[Perceptor], video: str | Path, *, fps: float = 1.0,
                  max_frames: int = 900, short_side: int = 480, **options: Any) -> list[Event]:  # fmt: skip
    """Decode ``video`` once (as the pipeline does) and return the events ``perceptor`` makes of it.

    ``options`` are validated by the perceptor's ``Options`` model; a reason from ``check()`` (a
    missing dependency or model) is raised as :class:`ConfigError`."""
    instance = perceptor() if isinstance(perceptor, type) else perceptor
    opts = type(instance).Options(**options)
    reason = instance.check(opts)
    if reason is not None:
        raise ConfigError(f"perceptor {instance.name} cannot run: {reason}")
    info = probe(video)
    if instance.input == "audio" and not info.has_audio:
        raise BadInput(f"{video} has no audio track")
    with tempfile.TemporaryDirectory(prefix="videochat-plugin-") as workdir:
        media = open_media(info, SampleSpec(fps, max_frames, short_side), Path(workdir))
        try:
            events = list(instance(Inputs(media), opts))
        finally:
            media.close()
    return sorted(events, key=lambda e: (e.start, e.end))
