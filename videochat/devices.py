"""Where torch models run: one device and dtype choice for perceptors, local LLMs and the embed path."""

from __future__ import annotations

from typing import Any


def pick_device(device: str = "auto", mps: bool = True) -> str:
    """``auto`` -> ``cuda`` when torch sees a GPU, then ``mps`` (Apple; only when ``mps``), else ``cpu``;
    any other value is kept."""
    if device != "auto":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    backend = getattr(torch.backends, "mps", None)
    if mps and backend is not None and backend.is_available():
        return "mps"
    return "cpu"


def pick_dtype(device: str, half: bool = True) -> Any:
    """float16 (bfloat16 where the GPU supports it) on GPUs when ``half``; float32 on CPUs."""
    import torch

    if not half or device == "cpu":
        return torch.float32
    if device.startswith("cuda") and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float16
