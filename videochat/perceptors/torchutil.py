"""Torch helpers for model-backed perceptors: device and dtype choice and :class:`TransformersPerceptor`,
the base of the perceptors that run a transformers model. Loaded models live in :mod:`videochat.model_cache`."""

from __future__ import annotations

from typing import Any

from videochat.devices import pick_device, pick_dtype
from videochat.perceptors.base import Perceptor, missing_module


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
