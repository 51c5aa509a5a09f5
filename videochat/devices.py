"""Where torch models run: one device and dtype choice for perceptors, local LLMs and the embed path,
and the peak memory they used."""

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


def peak_rss_bytes() -> int:
    """This process's peak resident memory: Linux's VmHWM, not ``ru_maxrss`` (which carries a parent's
    peak over fork and exec); ``ru_maxrss`` where there is no /proc."""
    import resource

    try:
        with open("/proc/self/status") as status:
            return int(status.read().split("VmHWM:")[1].split()[0]) * 1024
    except (OSError, IndexError, ValueError):
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def peak_memory_bytes(device: str) -> int:
    """Peak bytes: allocated by torch on a CUDA ``device``, else the process's peak resident memory."""
    if device.startswith("cuda"):
        import torch

        return int(torch.cuda.max_memory_allocated(device))
    return peak_rss_bytes()


def peak_memory(device: str) -> dict[str, float]:
    """Peak resident memory of this process (MB), and of the GPU's allocator when ``device`` is cuda."""
    out = {"peak_rss_mb": round(peak_rss_bytes() / 2**20, 1)}
    if device.startswith("cuda"):
        out["peak_gpu_mb"] = round(peak_memory_bytes(device) / 2**20, 1)
    return out
