"""Benchmark VideoChat-Embed training at a realistic size with random weights.

What it measures, for one training step (frames -> frozen ViT -> GMHRA -> Q-Former -> projection -> frozen
LLM, loss, backward into the trainable parts, AdamW):

* samples/s and seconds per optimizer step (median of ``--steps`` after ``--warmup`` untimed steps),
* peak memory: GPU memory allocated (CUDA), or the process's peak resident memory (CPU),
* where the time goes: the video encoder's forward (no autograd: the ViT is frozen) as a share of the step,
  and the same step with the frozen ViT run under autograd, to show what keeping it out of the graph saves,
* parameter counts (total / trainable).

The default size is ``full`` (EVA-ViT-g + GMHRA + BLIP-2 Q-Former + a Vicuna-7B shaped LLM, bf16 frozen
weights) on a GPU, ``base`` (a ViT-B/16, 4 GMHRA layers, a 6-layer Q-Former and a ~106M-parameter LLM,
fp32) on a CPU. Text is ``--text-tokens`` random token ids per sample (half of them answer tokens).

Run::

    .venv/bin/python benchmarks/embed.py [--config full|base|tiny|FILE] [--steps 3] [--warmup 1]
                                         [--batch-size 1] [--frames 8] [--text-tokens 256] [--precision auto]
                                         [--grad-checkpointing] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

import torch

from videochat.devices import peak_memory_bytes
from videochat.embed.config import load_config
from videochat.embed.model import VideoChatEmbed, build_llm
from videochat.embed.prompt import IGNORE, Encoded
from videochat.embed.train import pick_precision, prepare


def synthetic_batch(batch: int, frames: int, size: int, text: int, vocab: int, device: torch.device, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    video = torch.randn(batch, frames, 3, size, size, generator=g).to(device)
    samples = []
    for _ in range(batch):
        ids = [1, *torch.randint(3, vocab, (8 + text,), generator=g).tolist()]
        labels = [IGNORE] * (9 + text // 2) + ids[9 + text // 2 :]
        samples.append(Encoded(ids, labels, video_at=9))
    return video, samples


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def train_step(model: VideoChatEmbed, optimizer: Any, video: torch.Tensor, batch: list[Encoded], dtype: torch.dtype,
               device: torch.device, vit_in_graph: bool = False) -> float:  # fmt: skip
    """One optimizer step; ``vit_in_graph`` runs the frozen ViT under autograd (what not freezing it costs)."""
    for p in model.vision.parameters():
        p.requires_grad_(vit_in_graph)
    sync(device)
    t0 = time.perf_counter()
    with torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32):
        loss = model(video.requires_grad_(vit_in_graph), batch).loss
    loss.backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    sync(device)
    seconds = time.perf_counter() - t0
    for p in model.vision.parameters():
        p.grad = None
    model.freeze()
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", help="preset or config file (default: full on a GPU, base on a CPU)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=1)
    ap.add_argument("--frames", type=int, help="frames per video (default: the config's, 8)")
    ap.add_argument("--text-tokens", type=int, default=256)
    ap.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16", "fp16"])
    ap.add_argument("--grad-checkpointing", action="store_true")
    ap.add_argument("--skip-autograd-vit", action="store_true", help="skip the comparison step with the ViT in the graph")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    device = torch.device(args.device if args.device != "auto" else ("cuda" if torch.cuda.is_available() else "cpu"))
    config = load_config(args.config or ("full" if device.type == "cuda" else "base"))
    if args.frames:
        config.num_frames = args.frames
    dtype = pick_precision(args.precision, device)
    torch.manual_seed(0)
    t0 = time.perf_counter()
    with torch.device(device):  # allocate where it runs (a 7B LLM is never built on the host first)
        llm, _ = build_llm(config, dtype=dtype, weights=False)
        model = VideoChatEmbed(config, llm)
    prepare(model, dtype, device, args.grad_checkpointing)
    model.train()
    build_s = time.perf_counter() - t0
    total, trainable = model.parameter_counts()
    optimizer = torch.optim.AdamW([p for _, p in model.trainable_parameters()], lr=1e-5)
    vocab = llm.config.get_text_config().vocab_size
    video, batch = synthetic_batch(args.batch_size, config.num_frames, config.image_size, args.text_tokens, vocab, device)

    for _ in range(args.warmup):
        train_step(model, optimizer, video, batch, dtype, device)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
    times, encode, graph_times = [], [], []
    peak_graph = None
    for _ in range(args.steps):  # the variants interleaved, so their ratio is measured under the same load
        times.append(train_step(model, optimizer, video, batch, dtype, device))
        with torch.no_grad(), torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32):
            sync(device)
            t1 = time.perf_counter()
            model.encode_video(video)
            sync(device)
            encode.append(time.perf_counter() - t1)
    peak = peak_memory_bytes(str(device))
    graph: dict[str, Any] = {}
    if not args.skip_autograd_vit:
        if device.type == "cuda":
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats(device)
        try:
            for _ in range(args.steps):
                graph_times.append(train_step(model, optimizer, video.clone(), batch, dtype, device, vit_in_graph=True))
                times.append(train_step(model, optimizer, video, batch, dtype, device))
            graph = {"step_s": round(statistics.median(graph_times), 3)}
            if device.type == "cuda":
                peak_graph = torch.cuda.max_memory_allocated(device)
                graph["peak_memory_bytes"] = peak_graph
        except torch.OutOfMemoryError:
            model.freeze()
            graph = {"step_s": None, "error": "out of memory"}
    step = statistics.median(times)
    encode_s = statistics.median(encode)

    result = {
        "config": config.name, "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
        "threads": torch.get_num_threads(), "precision": str(dtype).replace("torch.", ""),
        "batch_size": args.batch_size, "frames": config.num_frames, "image_size": config.image_size,
        "text_tokens": args.text_tokens, "video_tokens": config.video_tokens,
        "parameters": {"total": total, "trainable": trainable}, "build_s": round(build_s, 2),
        "step_s": round(step, 3), "samples_per_s": round(args.batch_size / step, 3),
        "peak_memory_bytes": int(peak), "peak_memory_kind": "cuda allocated" if device.type == "cuda" else "process RSS",
        "encode_video_s": round(encode_s, 3), "encode_share_of_step": round(encode_s / step, 3),
        "vit_in_graph": graph, "grad_checkpointing": args.grad_checkpointing,
    }  # fmt: skip
    if args.json:
        print(json.dumps(result, indent=2))
        return
    gib = 1024**3
    print(f"VideoChat-Embed training step, config {config.name}, {result['device']} ({result['precision']}, "
          f"{result['threads']} threads), batch {args.batch_size} x {config.num_frames} frames at {config.image_size} px, "
          f"{args.text_tokens} text tokens + {config.video_tokens} video tokens")  # fmt: skip
    print(f"parameters          total {total:,}  trainable {trainable:,} ({100 * trainable / total:.2f}%)")
    print(f"train step          {step:8.3f} s   {args.batch_size / step:7.3f} samples/s  (median of {len(times)})")
    print(f"peak memory         {peak / gib:8.2f} GiB ({result['peak_memory_kind']})")
    print(f"video encoder fwd   {encode_s:8.3f} s   = {encode_s / step:.2f} of a step (frozen ViT without autograd)")
    if graph.get("step_s"):
        line = f"ViT in the graph    {graph['step_s']:8.3f} s   = {graph['step_s'] / step:.2f}x the step time"
        if "peak_memory_bytes" in graph:
            line += f", {graph['peak_memory_bytes'] / peak:.2f}x the peak memory"
        print(line)
    elif graph:
        print(f"ViT in the graph    {graph.get('error')}")


if __name__ == "__main__":
    main()
