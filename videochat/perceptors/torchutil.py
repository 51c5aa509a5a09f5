"""Torch helpers for model-backed perceptors: device and dtype choice, one process-wide model cache,
and :class:`TransformersPerceptor`, the base of the perceptors that run a transformers model.

Loaded models stay in :data:`MODELS` for the rest of the process, so a batch of videos (or a chat
server) loads each model once. ``VIDEOCHAT_LOW_MEMORY=1`` keeps at most one model in memory: a
perceptor that needs another model evicts the loaded one first, and model-backed perceptors take
turns instead of running side by side.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any

from videochat.devices import pick_device, pick_dtype
from videochat.perceptors.base import Perceptor, missing_module

_low_memory: bool | None = None


def set_low_memory(flag: bool | None) -> None:
    """Force low-memory mode on or off (e.g. from a setting); None follows ``$VIDEOCHAT_LOW_MEMORY``."""
    global _low_memory
    _low_memory = flag


def low_memory() -> bool:
    if _low_memory is not None:
        return _low_memory
    return os.environ.get("VIDEOCHAT_LOW_MEMORY", "").lower() in ("1", "true", "yes")


class ModelCache:
    """Loaded models keyed by (loader, path, device, dtype, ...), shared by every perceptor in the process."""

    def __init__(self) -> None:
        self._models: dict[Hashable, Any] = {}
        self._lock = threading.RLock()  # guards the dict and serialises loading
        self._turn = threading.RLock()  # low-memory mode: one model-backed perceptor at a time
        self._exclusive: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, load: Callable[[], Any]) -> Any:
        with self._lock:
            if key not in self._models:
                if low_memory():
                    self.clear()
                self._models[key] = load()
            return self._models[key]

    @contextmanager
    def use(self, key: Hashable, load: Callable[[], Any], exclusive: bool = False) -> Iterator[Any]:
        """The model for ``key``, loaded on first use. ``exclusive``: one user at a time (stateful models,
        such as a detector carrying a tracker); in low-memory mode every user takes its turn."""
        with self._turn if low_memory() else _nothing():
            with self._lock:
                lock = self._exclusive.setdefault(key, threading.Lock()) if exclusive else None
            with lock or _nothing():
                yield self.get(key, load)

    def loaded(self) -> list[Hashable]:
        return list(self._models)

    def clear(self) -> None:
        """Drop every model and give their memory back (GPU memory included)."""
        with self._lock:
            self._models.clear()
            gc.collect()
            try:
                import torch

                if torch.cuda.is_available():
                    torch.cuda.empty_cache()
            except ImportError:
                pass


@contextmanager
def _nothing() -> Iterator[None]:
    yield


MODELS = ModelCache()


def processor_kwargs() -> dict[str, Any]:
    """Pick transformers' PIL image processors when torchvision is absent (instead of warning per model)."""
    import importlib.util

    return {} if importlib.util.find_spec("torchvision") else {"backend": "pil"}


def model_reason(name: str) -> str | None:
    """Why a transformers model named by a local path or a hub id cannot be had here, or None."""
    from pathlib import Path

    from videochat.models import is_hub_id, store

    if Path(name).expanduser().exists():
        return None
    if name.startswith((".", "/", "~")):
        return f"model path not found: {name}"
    if not is_hub_id(name):
        return f"model {name!r} is neither a local path nor a hub id (owner/name)"
    if store().find(name) is None and not store().allow_download:
        return f"model {name} is not downloaded (videochat models pull {name}, where the hub is reachable)"
    return None


def model_path(name: str) -> str:
    """A local folder for a path or hub id, fetched through the model store when missing (and allowed)."""
    from videochat.models import store

    return str(store().resolve(name))


def hub_models(name: str) -> list[str]:
    """What ``models()`` reports for a transformers model: hub ids, never local paths."""
    from pathlib import Path

    from videochat.models import is_hub_id

    return [name] if is_hub_id(name) and not Path(name).expanduser().exists() else []


class TransformersPerceptor(Perceptor):
    """A perceptor running the transformers model its ``model`` option names (hub id, store name or
    folder), placed by its ``device`` and ``half`` options."""

    def check(self, options: Any) -> str | None:
        return missing_module("torch", "transformers", "PIL") or model_reason(options.model)

    def models(self, options: Any) -> list[str]:
        return hub_models(options.model)

    @staticmethod
    def placement(options: Any) -> tuple[str, Any, str]:
        """(device, dtype, local model folder); half precision on GPUs unless the options say ``half=False``;
        the model is fetched through the store if needed."""
        device = pick_device(options.device)
        return device, pick_dtype(device, getattr(options, "half", True)), model_path(options.model)

    @staticmethod
    def run_stats(options: Any, device: str, dtype: Any, **counts: Any) -> dict[str, Any]:
        """The stats every such perceptor reports, then its own ``counts``."""
        return {"model": options.model, "device": device, "dtype": str(dtype).removeprefix("torch."), **counts}
