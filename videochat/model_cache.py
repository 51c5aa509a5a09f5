"""One process-wide cache of loaded models (perceptors, local LLMs, the embed model), governed by ``low_memory``.

Loaded models stay in :data:`MODELS` for the rest of the process, so a batch of videos (or a chat
server) loads each model once. Low-memory mode (``low_memory = true`` or ``VIDEOCHAT_LOW_MEMORY=1``)
keeps at most one model in memory: a user that needs another model evicts the loaded one first, and
model-backed perceptors take turns instead of running side by side.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any

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
