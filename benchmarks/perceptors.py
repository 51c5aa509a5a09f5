"""Frames per second of the model-backed perceptors at batch size 1 vs. larger batches, with peak memory.

For each perceptor (caption: BLIP, dense: Florence-2, action: VideoMAE, detect: YOLO11 + ByteTrack),
at two model sizes built with random weights by ``tests/tiny_models.py`` (``tiny``: the test models;
``base``: the released base architectures, BLIP-base, Florence-2-base, VideoMAE-base, YOLO11n), on
the CPU and, when torch sees one, the GPU (half precision). Each (perceptor, size, device) runs in a
fresh process, so its peak memory is its own: the model is loaded and warmed up, then the perceptor
runs over the same ``--frames`` synthetic 854x480 frames through its real ``__call__``, once per batch
size, the batch sizes interleaved ``--repeat`` times (best kept: on a shared machine the slowest runs
measure the neighbours). Random weights generate as many tokens as allowed (``max_new_tokens=20``),
a worst case.

Run (detect needs ultralytics, torchvision and lap: ``pip install 'videochat[vision]'``)::

    python benchmarks/perceptors.py [--perceptors caption,dense,action,detect] [--sizes tiny,base]
                                    [--devices cpu,cuda] [--frames N] [--batches 1,4,8] [--repeat 2]
                                    [--threads N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

BUILDERS = {"caption": "blip", "dense": "florence2", "action": "videomae", "detect": "yolo"}
OPTIONS: dict[str, dict[str, Any]] = {
    "caption": {"max_new_tokens": 20},
    "dense": {"max_new_tokens": 20, "min_area": 0.0},
    "action": {"min_score": 0.0},
    "detect": {"max_det": 20},  # a busy street, not the 100+ boxes a biased random head could report
}


class FakeInputs:
    """What the perceptors read from ``Inputs``, over frames already in memory."""

    def __init__(self, frames: list, fps: float = 1.0) -> None:
        self._frames = frames
        self.media = SimpleNamespace(frames=frames)
        self.frame_interval = 1.0 / fps

    @property
    def frames(self):
        yield from self._frames

    def clips(self, length: int, stride: int | None = None):
        stride = stride or length
        for start in range(0, max(1, len(self._frames) - length + 1), stride):
            yield self._frames[start : start + length]

    def progress(self, fraction: float) -> None:
        pass


def frames(n: int) -> list:
    import numpy as np

    from videochat.contracts.media import Frame

    rng = np.random.default_rng(0)
    base = rng.integers(0, 255, (480, 854, 3), dtype=np.uint8)
    return [Frame(i, float(i), np.roll(base, 37 * i, axis=1)) for i in range(n)]  # every frame differs


def build(perceptor: str, size: str, root: Path) -> Path:
    import tiny_models

    target = root / f"{perceptor}-{size}" / ("model.pt" if perceptor == "detect" else "")
    if not target.exists() or (target.is_dir() and not any(target.iterdir())):
        target.parent.mkdir(parents=True, exist_ok=True)
        getattr(tiny_models, BUILDERS[perceptor])(target, size=size)
    return target


def measure(perceptor: str, size: str, device: str, model: str, n: int, batches: list[int], repeat: int) -> dict[str, Any]:
    """Runs in its own process: load + warm up, then timed passes over ``n`` frames per batch size."""
    from videochat.devices import peak_memory
    from videochat.model_cache import MODELS
    from videochat.perceptors.registry import registry

    reg = registry()
    p = reg.get(perceptor)
    opts = lambda b: reg.options(perceptor, {"model": model, "device": device, "batch_size": b,  # noqa: E731
                                             **OPTIONS[perceptor]})  # fmt: skip
    import importlib

    for module in ["torch", "transformers.models.auto"] + (["ultralytics"] if perceptor == "detect" else []):
        importlib.import_module(module)
    rss0 = peak_memory("cpu")["peak_rss_mb"]  # the libraries, no model yet
    clip = 1
    t0 = time.perf_counter()
    p(FakeInputs(frames(2)), opts(1))  # loads the model, warms the kernels
    load_s = time.perf_counter() - t0
    if perceptor == "action":
        clip = p.stats["model_frames"]
        n = max(n, clip) // clip * clip  # whole clips
    model_obj = MODELS.get(MODELS.loaded()[0], lambda: None)
    net = model_obj[0] if isinstance(model_obj, tuple) else getattr(model_obj, "model", model_obj)
    params = sum(x.numel() for x in net.parameters()) if hasattr(net, "parameters") else None
    if device.startswith("cuda"):
        import torch

        torch.cuda.reset_peak_memory_stats()
    data = frames(n)
    fps: dict[int, float] = {}
    for _ in range(repeat):
        for b in batches:
            if perceptor == "action" and b > n // clip:
                continue
            if device.startswith("cuda"):
                import torch

                torch.cuda.synchronize()
            t = time.perf_counter()
            p(FakeInputs(data), opts(b))
            if device.startswith("cuda"):
                torch.cuda.synchronize()
            fps[b] = max(fps.get(b, 0.0), round(n / (time.perf_counter() - t), 2))
    return {"perceptor": perceptor, "size": size, "device": device, "params_m": params and round(params / 1e6, 1),
            "frames": n, "load_s": round(load_s, 2), "fps": fps, "rss_before_model_mb": round(rss0),
            **peak_memory(device)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--perceptors", default="caption,dense,action,detect")
    ap.add_argument("--sizes", default="tiny,base")
    ap.add_argument("--devices", default=None, help="default: cpu, plus cuda when available")
    ap.add_argument("--frames", type=int, default=None, help="default: 48 (tiny), 16 (base on CPU; action 64), 256 (GPU)")
    ap.add_argument("--batches", default=None, help="default: 1,4,16 (tiny, GPU), 1,4,8 (base on CPU)")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes per batch size (the best is kept)")
    ap.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    ap.add_argument("--keep", type=Path, help="keep the built models here (reused by later runs)")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # perceptor|size|device|model|frames|batches (child process)
    args = ap.parse_args()

    if args.one:
        import torch

        if args.threads:
            torch.set_num_threads(args.threads)
        perceptor, size, device, model, n, batches = args.one.split("|")
        result = measure(perceptor, size, device, model, int(n), [int(b) for b in batches.split(",")], args.repeat)
        result["threads"] = torch.get_num_threads()
        print(json.dumps(result))
        return

    import importlib.util

    import torch

    devices = args.devices.split(",") if args.devices else ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    root = args.keep or Path(tempfile.mkdtemp(prefix="videochat-bench-"))
    rows = []
    for perceptor in args.perceptors.split(","):
        if perceptor == "detect" and not all(importlib.util.find_spec(m) for m in ("ultralytics", "torchvision", "lap")):
            print("detect: skipped (pip install 'videochat[vision]')", file=sys.stderr)
            continue
        for size in args.sizes.split(","):
            model = build(perceptor, size, root)
            for device in devices:
                heavy = size != "tiny" and device == "cpu"
                n = args.frames or (256 if device != "cpu" else 48 if size == "tiny" else
                                    64 if perceptor == "action" else 16)  # fmt: skip
                batches = args.batches or ("1,4,8" if heavy else "1,4,16")
                spec = "|".join([perceptor, size, device, str(model), str(n), batches])
                print(f"{perceptor} {size} {device}: {n} frames, batches {batches} ...", file=sys.stderr)
                child = [sys.executable, __file__, "--one", spec, "--repeat", str(args.repeat)]
                child += ["--threads", str(args.threads)] if args.threads else []
                proc = subprocess.run(child, capture_output=True, text=True)
                if proc.returncode != 0:
                    print(proc.stderr[-2000:], file=sys.stderr)
                    continue
                rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print("  " + json.dumps(rows[-1]), file=sys.stderr)
    print(f"{'perceptor':<9} {'size':<5} {'device':<6} {'params':>7} {'batch 1':>9} {'best':>16} {'speed-up':>8} "
          f"{'peak RSS':>9} {'peak GPU':>9}")  # fmt: skip
    for r in rows:
        one = r["fps"].get("1") or r["fps"].get(1)
        best_b, best = max(r["fps"].items(), key=lambda kv: kv[1])
        gpu = f"{r['peak_gpu_mb']:.0f} MB" if "peak_gpu_mb" in r else "-"
        print(f"{r['perceptor']:<9} {r['size']:<5} {r['device']:<6} {str(r['params_m']) + 'M':>7} {one:>7.2f}/s "
              f"{best:>7.2f}/s at {best_b:<4} {best / one:>7.2f}x {r['peak_rss_mb']:>6.0f} MB {gpu:>9}")  # fmt: skip
    threads = sorted({r["threads"] for r in rows})
    print(f"(frames/s over synthetic 854x480 frames; random weights; generation capped at 20 tokens; "
          f"torch CPU threads: {threads})")


if __name__ == "__main__":
    main()
