"""Checkpoints: ours (save / load / resume), and building a model with its weights files.

Ours is a folder: ``config.json`` (an :class:`EmbedConfig`), ``model.safetensors`` (every non-LLM
weight, or only the trainable ones when ``config.weights`` can rebuild the frozen ones), ``llm/``
(the LLM and tokenizer, only when it is not an external folder), ``meta.json``, and for training
checkpoints ``trainer.pt`` (optimizer, scheduler, step, random state).

The official release's names and files are in :mod:`videochat.embed.official`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import torch

from videochat.contracts.errors import BadInput
from videochat.embed.config import EmbedConfig, load_config
from videochat.embed.model import build_model
from videochat.embed.official import load_official

WEIGHTS, META, TRAINER = "model.safetensors", "meta.json", "trainer.pt"
FORMAT = "videochat-embed"


def load_weights_files(model: torch.nn.Module, weights: dict[str, str], trust: bool = False) -> list[dict[str, Any]]:
    """``config.weights`` in order: official files, or our checkpoint folders (their ``model.safetensors``)."""
    from safetensors.torch import load_file

    reports = []
    for name, path in weights.items():
        p = Path(path).expanduser()
        if p.is_dir():
            model.load_state_dict(load_file(str(p / WEIGHTS)), strict=False)
            reports.append({"file": str(p), "loaded": "checkpoint"})
            continue
        report = load_official(model, p, trust)
        reports.append(report)
        extra = f", {len(report['unknown'])} unknown" if report["unknown"] else ""
        print(f"videochat: embed weights {name}: {report['loaded']} tensors from {p.name}{extra}", file=sys.stderr)
        if report["derived"]:
            print(f"videochat: embed weights {name}: {report['derived']} rotary inv_freq buffers skipped "
                  f"(derived: the LLM computes them itself)", file=sys.stderr)  # fmt: skip
    return reports


def build_with_weights(config: EmbedConfig, device: str | torch.device = "cpu", dtype: torch.dtype | None = None,
                       llm_dtype: torch.dtype | None = None) -> Any:  # fmt: skip
    """:func:`build_model` on the CPU, then ``config.weights`` loaded in order, then moved to ``device``."""
    model = build_model(config, device="cpu", dtype=dtype, llm_dtype=llm_dtype)
    if config.weights:
        load_weights_files(model, config.weights)
    return model.to(device)


# -- ours ------------------------------------------------------------------------------------------------------
def _is_inner_llm(path: str | None) -> bool:
    return bool(path) and Path(path).name == "llm" and (Path(path).parent / META).is_file()


def save_checkpoint(model: Any, directory: str | Path, *, trainer: dict[str, Any] | None = None,
                    meta: dict[str, Any] | None = None) -> Path:  # fmt: skip
    """Write ``model`` (and a trainer state) to ``directory``, replacing it atomically."""
    import copy

    from safetensors.torch import save_file

    directory = Path(directory)
    partial = directory.with_name(directory.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    config = copy.deepcopy(model.config)
    if config.llm.path is None or _is_inner_llm(config.llm.path):
        model.llm.save_pretrained(partial / "llm")
        if model.tokenizer is not None:
            model.tokenizer.save_pretrained(partial / "llm")
        config.llm.path, config.llm.config = "llm", None
        config.llm.tokenizer = None
    trainable_only = bool(config.weights)  # the frozen weights can be rebuilt from those files
    state = {n: p.detach().to("cpu").contiguous() for n, p in model.named_parameters()
             if not n.startswith("llm.") and (p.requires_grad or not trainable_only)}  # fmt: skip
    save_file(state, str(partial / WEIGHTS))
    (partial / "config.json").write_text(config.to_json())
    (partial / META).write_text(json.dumps({"format": FORMAT, "version": 1, "trainable_only": trainable_only,
                                            **(meta or {})}, indent=2))  # fmt: skip
    if trainer is not None:
        torch.save(trainer, partial / TRAINER)
    old = directory.with_name(directory.name + ".old")
    if directory.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(directory, old)
    os.replace(partial, directory)
    shutil.rmtree(old, ignore_errors=True)
    return directory


def is_checkpoint(path: str | Path) -> bool:
    p = Path(path).expanduser()
    return (p / WEIGHTS).is_file() and (p / "config.json").is_file()


def checkpoint_dir(path: str | Path) -> Path:
    """A checkpoint folder, or a training run folder (its ``checkpoint/``)."""
    p = Path(path).expanduser()
    if not is_checkpoint(p) and is_checkpoint(p / "checkpoint"):
        return p / "checkpoint"
    if not is_checkpoint(p):
        raise BadInput(f"not a VideoChat-Embed checkpoint (no {WEIGHTS} / config.json): {p}")
    return p


def load_checkpoint(directory: str | Path, device: str | torch.device = "cpu", dtype: torch.dtype | None = None,
                    llm_dtype: torch.dtype | None = None) -> Any:  # fmt: skip
    """Rebuild the model saved in ``directory`` (LLM, ``config.weights``, then our weights)."""
    from safetensors.torch import load_file

    directory = checkpoint_dir(directory)
    config = load_config(directory)
    model = build_model(config, device="cpu", seed=None, llm_dtype=llm_dtype)
    if config.weights:
        load_weights_files(model, config.weights)
    state = load_file(str(directory / WEIGHTS))
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected:
        raise BadInput(f"{directory}: weights that do not fit its config, e.g. {unexpected[0]}")
    meta = read_meta(directory)
    bad = [k for k in missing if not k.startswith("llm.") and (not meta.get("trainable_only") or
                                                               model.get_parameter(k).requires_grad)]  # fmt: skip
    if bad:
        raise BadInput(f"{directory}: weights missing from the checkpoint, e.g. {bad[0]}")
    if dtype is not None:
        model.to_dtype(dtype, llm_dtype)
    return model.to(device)


def read_meta(directory: str | Path) -> dict[str, Any]:
    path = Path(directory) / META
    return json.loads(path.read_text()) if path.is_file() else {}


def load_model(target: str | Path, device: str | torch.device = "cpu", dtype: torch.dtype | None = None,
               llm_dtype: torch.dtype | None = None) -> Any:  # fmt: skip
    """A checkpoint folder, or a preset / config file (random weights unless ``weights`` name files).
    ``dtype`` casts the model, ``llm_dtype`` (when given) the LLM instead."""
    if is_checkpoint(target) or is_checkpoint(Path(target).expanduser() / "checkpoint"):
        return load_checkpoint(target, device, dtype, llm_dtype)
    return build_with_weights(load_config(target), device=device, dtype=dtype, llm_dtype=llm_dtype)
