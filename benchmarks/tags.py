"""The tags classifier: frames/s of each runtime at several batch sizes, and accuracy on real photos.

Speed: the same EfficientNet-Lite weights through onnxruntime (the ONNX export in the model store) and
torch (traced and inference-optimised on a CPU, the perceptor's torch path; plain eager for reference),
timed side by side in one process on the same random batches, interleaved ``--repeat`` times and the best
kept (on a shared machine the slow runs measure the neighbours). Ratios are against torch at batch 1.
The ONNX export needs the ``onnx`` package once (``pip install onnx``); without it only torch is timed.

Accuracy: top-1 / top-5 common noun (after summing ImageNet classes into nouns) on scikit-image's
photos with everyday content (tests/test_tags.py's PHOTOS), per model.

    python benchmarks/tags.py [--models efficientnet-lite0,efficientnet-lite2] [--batches 1,4,8,16]
                              [--threads 1] [--seconds 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def fps(run: Callable[[np.ndarray], np.ndarray], batch: np.ndarray, seconds: float) -> float:
    run(batch)  # warm-up
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        run(batch)
        calls += 1
    return calls * len(batch) / (time.perf_counter() - start)


def speed(model: str, batches: list[int], threads: int, seconds: float, repeat: int) -> None:
    import torch

    from videochat.perceptors.efficientnet_lite import load
    from videochat.perceptors.tags import Classifier, missing_module, weights

    pth = weights(model)
    runtimes: dict[str, Callable[[np.ndarray], np.ndarray]] = {}
    optimised = Classifier(pth, "torch", "cpu", threads)
    runtimes["torch"] = optimised
    eager = load(pth)

    def run_eager(x: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            return eager(torch.from_numpy(x)).numpy()

    runtimes["torch eager"] = run_eager
    if missing_module("onnx") and not Path(pth).with_suffix(".onnx").exists():
        print("  (onnx is not installed: no ONNX export, onnxruntime not timed; pip install onnx)")
    else:
        runtimes["onnx"] = Classifier(pth, "onnx", "cpu", threads)
    torch.set_num_threads(threads)
    rng = np.random.default_rng(0)
    res = optimised.resolution
    best: dict[tuple[str, int], float] = {}
    for _ in range(repeat):
        for b in batches:
            x = rng.normal(size=(b, 3, res, res)).astype(np.float32)
            for name, run in runtimes.items():
                best[name, b] = max(best.get((name, b), 0.0), fps(run, x, seconds))
    base = best["torch", batches[0]]
    print(f"{model} ({res}x{res}, {threads} thread(s)): frames/s, and x torch at batch {batches[0]}")
    for name in runtimes:
        cells = "  ".join(f"b{b}: {best[name, b]:6.1f} ({best[name, b] / base:4.2f}x)" for b in batches)
        top = max(batches, key=lambda b: best[name, b])
        print(f"  {name:12} {cells}   best batch {top}")


def accuracy(models: list[str]) -> None:
    from test_tags import PHOTOS, photo

    from videochat.perceptors.tags import Classifier, frame_tags, preprocess, weights

    print("\nphotos: rank of the expected noun (1 = top-1), top noun and its probability")
    for model in models:
        classify = Classifier(weights(model), "torch", "cpu", 1)
        ranks = {}
        for name, expected in PHOTOS.items():
            probs = classify(preprocess(photo(name), classify.resolution)[None])[0]
            nouns = list(frame_tags(probs, top_k=5, min_score=0.0).items())
            ranks[name] = next((i + 1 for i, (noun, _) in enumerate(nouns) if noun in expected), None)
            print(f"  {model:20} {name:16} rank {ranks[name] or '-'}   top: {nouns[0][0]} {nouns[0][1][0]:.3f}")
        n = len(ranks)
        top1 = sum(r == 1 for r in ranks.values())
        top5 = sum(r is not None for r in ranks.values())
        print(f"  {model:20} top-1 {top1}/{n}  top-5 {top5}/{n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="efficientnet-lite0,efficientnet-lite2")
    parser.add_argument("--batches", default="1,4,8,16")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=2.0, help="timing per (runtime, batch) run")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    models = args.models.split(",")
    for model in models:
        speed(model, [int(b) for b in args.batches.split(",")], args.threads, args.seconds, args.repeat)
    accuracy(models)


if __name__ == "__main__":
    main()
