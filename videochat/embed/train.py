"""Training: stage 1 (video-text alignment on caption pairs) and stage 2 (instruction tuning).

Both stages train the same parameters (GMHRA, extra queries, vision LayerNorm, projection) with
AdamW and a cosine schedule after a linear warm-up (the released configs: AdamW, weight decay 0.02,
cosine down to a quarter of the peak rate). Gradient accumulation, mixed precision on a GPU (the
frozen ViT, Q-Former and LLM in bf16/fp16, trainable weights in fp32, autocast; a gradient scaler
for fp16), a JSONL loss log, and checkpoints that resume exactly: weights, optimizer, schedule and
the position in the (seeded, per-epoch shuffled) data.
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from videochat.contracts.errors import BadInput, ConfigError
from videochat.devices import peak_memory_bytes, pick_dtype
from videochat.embed import prompt
from videochat.embed.checkpoint import (
    TRAINER,
    checkpoint_dir,
    load_checkpoint,
    load_model,
    save_checkpoint,
)
from videochat.embed.config import chat_config
from videochat.embed.data import EmbedDataset, read_jsonl
from videochat.embed.model import VideoChatEmbed, normalise


@dataclass
class TrainOptions:
    stage: int
    data: str | Path
    config: str = "tiny"  # preset, config file, or a checkpoint to start from (stage 2 from stage 1)
    out: str | Path = "embed-run"  # the run folder: checkpoint/ and loss.jsonl
    resume: str | Path | None = None  # a checkpoint written by this trainer
    steps: int | None = None  # optimizer steps (default: ``epochs`` over the data)
    epochs: float = 1.0
    batch_size: int = 1
    grad_accum: int = 1
    lr: float | None = None  # default: 1e-4 for stage 1, 2e-5 for stage 2 (as released)
    weight_decay: float = 0.02
    warmup: float = 0.1  # fraction of the steps
    min_lr_ratio: float = 0.25
    max_grad_norm: float | None = None
    precision: str = "auto"  # auto | fp32 | bf16 | fp16
    device: str = "auto"
    save_every: int = 0  # 0: at the end only
    log_every: int = 1
    seed: int = 42
    grad_checkpointing: bool = False
    quiet: bool = False


def pick_precision(precision: str, device: torch.device) -> torch.dtype:
    if precision == "auto":
        return pick_dtype(str(device), half=device.type == "cuda")  # bf16/fp16 on GPUs, fp32 elsewhere
    try:
        return {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[precision]
    except KeyError:
        raise ConfigError(f"unknown precision {precision!r} (auto, fp32, bf16, fp16)") from None


def prepare(model: VideoChatEmbed, dtype: torch.dtype, device: torch.device, checkpointing: bool) -> None:
    """Frozen modules in ``dtype``, trainable weights in fp32, everything on ``device``."""
    model.to(device)
    if dtype != torch.float32:
        for module in (model.vision, model.qformer, model.llm):
            module.to(dtype)
        for _, param in model.trainable_parameters():
            param.data = param.data.float()
    if checkpointing:
        model.vision.gradient_checkpointing = True
        model.llm.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.llm.config.use_cache = False


def lr_factor(step: int, total: int, warmup: int, floor: float) -> float:
    """Linear warm-up, then cosine from 1 down to ``floor``."""
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


class Order:
    """Sample ``i`` of the run -> a record index: one seeded permutation per epoch (resumable by position)."""

    def __init__(self, size: int, seed: int) -> None:
        self.size, self.seed = size, seed
        self._epoch, self._perm = -1, list(range(size))

    def __getitem__(self, i: int) -> int:
        epoch = i // self.size
        if epoch != self._epoch:
            self._perm = list(range(self.size))
            random.Random(self.seed + epoch).shuffle(self._perm)
            self._epoch = epoch
        return self._perm[i % self.size]


def _start(options: TrainOptions) -> tuple[Any, dict[str, Any] | None]:
    """The model to train (fresh from the config, or a checkpoint to resume) and the resumed trainer state."""
    resume = checkpoint_dir(options.resume) if options.resume else None
    if resume is not None:
        if not (resume / TRAINER).is_file():
            raise BadInput(f"--resume needs a checkpoint written by `videochat embed train`: {options.resume}")
        model = load_checkpoint(resume)
        trainer_state = torch.load(resume / TRAINER, map_location="cpu", weights_only=True)
    else:
        torch.manual_seed(options.seed)
        model, trainer_state = load_model(options.config), None
    if model.tokenizer is None:
        raise ConfigError("the embed config has no tokenizer: set llm.tokenizer (a folder, or \"bytes\")")
    return model, trainer_state


def _optimiser(named: list[tuple[str, Any]], options: TrainOptions, lr: float, total: int, warmup: int) -> tuple[Any, Any]:
    """AdamW (no decay on norms, biases and query tokens) and its warm-up + cosine schedule."""
    decay = [p for n, p in named if p.ndim >= 2 and not n.endswith("token")]
    rest = [p for n, p in named if p.ndim < 2 or n.endswith("token")]
    groups = [{"params": decay, "weight_decay": options.weight_decay}, {"params": rest, "weight_decay": 0.0}]
    optimizer = torch.optim.AdamW(groups, lr=lr, betas=(0.9, 0.999))
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: lr_factor(s, total, warmup, options.min_lr_ratio))
    return optimizer, schedule


def _micro_batch(model: Any, dataset: Any, order: Any, first: int, options: TrainOptions, device: Any,
                 autocast: Any, scaler: Any) -> float:  # fmt: skip
    """Forward and backward for ``batch_size`` samples from position ``first``; returns their share of the loss."""
    items = [dataset.item(order[first + k], first + k) for k in range(options.batch_size)]
    video = normalise(torch.from_numpy(np.stack([f for f, _ in items])).to(device))
    batch = [prompt.encode(model.tokenizer, pieces, max_after=model.config.max_txt_len) for _, pieces in items]
    with autocast():
        loss = model(video, batch).loss / options.grad_accum
    scaler.scale(loss).backward()
    return float(loss.detach())


def train(options: TrainOptions) -> dict[str, Any]:
    """Run one stage; returns a summary (steps, first/last loss, samples/s, peak memory, checkpoint)."""
    if options.stage not in (1, 2):
        raise ConfigError(f"--stage must be 1 or 2, not {options.stage}")
    if options.batch_size < 1 or options.grad_accum < 1:
        raise ConfigError("--batch-size and --grad-accum must be at least 1")
    auto = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(options.device if options.device != "auto" else auto)
    dtype = pick_precision(options.precision, device)
    out = Path(options.out).expanduser()
    model, trainer_state = _start(options)
    config = model.config
    config.chat = chat_config("videochat")  # samples are formatted that way: answer as trained
    dataset = EmbedDataset(read_jsonl(options.data), options.stage, config.num_frames, config.image_size, options.seed)
    per_step = options.batch_size * options.grad_accum
    planned = trainer_state.get("total") if trainer_state else None  # a resumed run keeps its schedule
    total = options.steps or planned or max(1, math.ceil(options.epochs * len(dataset) / per_step))
    warmup = int(options.warmup * total)
    lr = options.lr or (1e-4 if options.stage == 1 else 2e-5)

    prepare(model, dtype, device, options.grad_checkpointing)
    model.train()
    named = list(model.trainable_parameters())
    optimizer, schedule = _optimiser(named, options, lr, total, warmup)
    scaler = torch.amp.GradScaler(device.type, enabled=dtype == torch.float16)
    start = 0
    if trainer_state is not None:
        optimizer.load_state_dict(trainer_state["optimizer"])
        schedule.load_state_dict(trainer_state["schedule"])
        scaler.load_state_dict(trainer_state.get("scaler", {}))
        torch.set_rng_state(trainer_state["rng"])
        start = int(trainer_state["step"])
    order = Order(len(dataset), options.seed)

    def autocast() -> Any:
        return torch.autocast(device.type, dtype=dtype) if dtype != torch.float32 else contextlib.nullcontext()

    out.mkdir(parents=True, exist_ok=True)
    ckpt_dir, log_path = out / "checkpoint", out / "loss.jsonl"
    log = open(log_path, "a", encoding="utf-8")
    losses: list[float] = []
    timed_samples, timed_seconds = 0, 0.0
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)

    def state(step: int) -> dict[str, Any]:
        return {"optimizer": optimizer.state_dict(), "schedule": schedule.state_dict(), "scaler": scaler.state_dict(),
                "rng": torch.get_rng_state(), "step": step, "total": total, "stage": options.stage,
                "seed": options.seed}  # fmt: skip

    meta = {"stage": options.stage, "data": str(options.data)}
    try:
        for step in range(start, total):
            t0 = time.perf_counter()
            step_loss = 0.0
            for micro in range(options.grad_accum):
                first = (step * options.grad_accum + micro) * options.batch_size
                step_loss += _micro_batch(model, dataset, order, first, options, device, autocast, scaler)
            if options.max_grad_norm:
                scaler.unscale_(optimizer)
                torch.nn.utils.clip_grad_norm_([p for _, p in named], options.max_grad_norm)
            scaler.step(optimizer)
            scaler.update()
            optimizer.zero_grad(set_to_none=True)
            schedule.step()
            seconds = time.perf_counter() - t0
            if step > start:  # the first step pays for warm-up (and decoding); time the rest
                timed_samples += per_step
                timed_seconds += seconds
            losses.append(step_loss)
            record = {"step": step + 1, "loss": round(step_loss, 6), "lr": schedule.get_last_lr()[0],
                      "samples": (step + 1) * per_step, "seconds": round(seconds, 4)}  # fmt: skip
            log.write(json.dumps(record) + "\n")
            log.flush()
            if not options.quiet and ((step + 1) % options.log_every == 0 or step + 1 == total):
                print(f"videochat: embed stage {options.stage} step {step + 1}/{total} loss {step_loss:.4f} "
                      f"lr {record['lr']:.2e}", file=sys.stderr)  # fmt: skip
            if options.save_every and (step + 1) % options.save_every == 0 and step + 1 < total:
                save_checkpoint(model, ckpt_dir, trainer=state(step + 1), meta={**meta, "step": step + 1})
    finally:
        log.close()
    save_checkpoint(model, ckpt_dir, trainer=state(total), meta={**meta, "step": total})
    return {
        "stage": options.stage, "steps": total, "resumed_from": start, "samples": len(dataset),
        "first_loss": losses[0] if losses else None, "last_loss": losses[-1] if losses else None,
        "samples_per_s": round(timed_samples / timed_seconds, 3) if timed_seconds else None,
        "peak_memory_bytes": peak_memory_bytes(str(device)), "precision": str(dtype).replace("torch.", ""),
        "device": str(device), "checkpoint": str(ckpt_dir), "loss_log": str(log_path),
    }  # fmt: skip
