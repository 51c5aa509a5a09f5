"""``videochat embed ...`` (info, train, convert) and ``videochat dataset build``: click groups that
``videochat/cli.py`` registers. Each command calls one library function; heavy imports happen inside."""

from __future__ import annotations

import json
import sys
from typing import Any

import click


@click.group()
def embed() -> None:
    """VideoChat-Embed: the model that reads video embeddings (use it with --model embed:CHECKPOINT)."""


def _human(n: int) -> str:
    for unit, size in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if n >= size:
            return f"{n / size:.2f}{unit}"
    return str(n)


def model_info(target: str) -> dict[str, Any]:
    """Sizes and parameter counts of ``target`` (preset, config file, checkpoint), built on the meta device."""
    from pathlib import Path

    from videochat.embed.checkpoint import checkpoint_dir, is_checkpoint
    from videochat.embed.config import load_config
    from videochat.embed.model import build_model

    source: Any = target
    if not is_checkpoint(target) and is_checkpoint(Path(target).expanduser() / "checkpoint"):
        source = checkpoint_dir(target)
    config = load_config(source)
    model = build_model(config, device="meta")
    total, trainable = model.parameter_counts()
    parts = {name: sum(p.numel() for p in getattr(model, name).parameters())
             for name in ("vision", "gmhra", "vision_norm", "qformer", "proj", "llm")}  # fmt: skip
    trainable_names: list[str] = []
    for name, _ in model.trainable_parameters():
        if name.startswith("gmhra.blocks."):
            name = f"gmhra.blocks (x{len(model.gmhra.blocks)})"
        elif name.endswith((".weight", ".bias")):
            name = name.rsplit(".", 1)[0]
        if name not in trainable_names:
            trainable_names.append(name)
    return {"config": config.name, "total": total, "trainable": trainable, "components": parts,
            "trainable_parameters": trainable_names, "video_tokens": config.video_tokens,
            "frames": config.num_frames, "image_size": config.image_size,
            "llm": config.llm.path or config.llm.config.get("model_type", "?")}  # fmt: skip


@embed.command("info")
@click.argument("config")
@click.option("--json", "as_json", is_flag=True, help="one JSON object")
def info(config: str, as_json: bool) -> None:
    """Sizes and parameter counts (total / trainable) of CONFIG: a preset (full, base, tiny), a
    .json/.toml file or a checkpoint. Nothing is allocated (the model is built on the meta device)."""
    d = model_info(config)
    if as_json:
        click.echo(json.dumps(d, indent=2))
        return
    click.echo(f"config {d['config']}: {d['frames']} frames at {d['image_size']} px -> {d['video_tokens']} video tokens; "
               f"LLM {d['llm']}")  # fmt: skip
    for name, n in d["components"].items():
        click.echo(f"  {name:<12} {n:>15,}  ({_human(n)})")
    click.echo(f"parameters: total {d['total']:,} ({_human(d['total'])}), trainable {d['trainable']:,} "
               f"({_human(d['trainable'])}, {100 * d['trainable'] / d['total']:.2f}%)")  # fmt: skip
    click.echo(f"trainable: {', '.join(d['trainable_parameters'])}")


@embed.command("train")
@click.option("--stage", type=click.Choice(["1", "2"]), required=True, help="1: captions (alignment), 2: instructions")
@click.option("--data", required=True, type=click.Path(dir_okay=False), help="JSONL records")
@click.option("--config", "config", default="tiny", show_default=True,
              help="preset, .json/.toml config, or a checkpoint to start from (stage 2: the stage-1 run)")
@click.option("--out", default="embed-run", show_default=True, type=click.Path(file_okay=False),
              help="run folder: checkpoint/ and loss.jsonl")  # fmt: skip
@click.option("--resume", type=click.Path(), help="continue a run (its folder or checkpoint)")
@click.option("--steps", type=int, help="optimizer steps (default: --epochs over the data)")
@click.option("--epochs", type=float, default=1.0, show_default=True)
@click.option("--batch-size", type=int, default=1, show_default=True)
@click.option("--grad-accum", type=int, default=1, show_default=True, help="micro-batches per optimizer step")
@click.option("--lr", type=float, help="peak learning rate (default 1e-4 stage 1, 2e-5 stage 2)")
@click.option("--warmup", type=float, default=0.1, show_default=True, help="warm-up fraction of the steps")
@click.option("--max-grad-norm", type=float, help="clip gradients to this norm")
@click.option("--precision", type=click.Choice(["auto", "fp32", "bf16", "fp16"]), default="auto", show_default=True,
              help="auto: bf16 (or fp16) on a GPU, fp32 on a CPU")  # fmt: skip
@click.option("--device", default="auto", show_default=True)
@click.option("--save-every", type=int, default=0, help="also save every N steps (0: at the end)")
@click.option("--seed", type=int, default=42, show_default=True)
@click.option("--grad-checkpointing", is_flag=True, help="recompute activations (less memory, slower)")
@click.option("-q", "--quiet", is_flag=True, help="no per-step lines on stderr")
def train_cmd(stage: str, **kwargs: Any) -> None:
    """Train stage 1 or 2 on JSONL data; prints a JSON summary (losses, samples/s, peak memory)."""
    from videochat.embed.train import TrainOptions, train

    summary = train(TrainOptions(stage=int(stage), **kwargs))
    click.echo(json.dumps(summary, indent=2))


@embed.command("convert")
@click.option("--vit", type=click.Path(dir_okay=False), help="eva_vit_g.pth")
@click.option("--qformer", type=click.Path(dir_okay=False), help="blip2_pretrained_flant5xxl.pth")
@click.option("--videochat", type=click.Path(dir_okay=False), help="videochat_7b.pth (GMHRA, queries, projection)")
@click.option("--llm", required=True, help="the LLM folder (Vicuna-7B v0: LLaMA + the LMSYS delta)")
@click.option("--config", "config", default="full", show_default=True, help="preset or config file with the sizes")
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False), help="checkpoint folder to write")
@click.option("--trust", is_flag=True, help="unpickle files that hold more than tensors (only files you trust)")
def convert(vit: str | None, qformer: str | None, videochat: str | None, llm: str, config: str, out: str,
            trust: bool) -> None:  # fmt: skip
    """Build a checkpoint from the official VideoChat-Embed release (the frozen weights stay referenced)."""
    from pathlib import Path

    from videochat.contracts.errors import BadInput
    from videochat.embed.checkpoint import load_weights_files, save_checkpoint
    from videochat.embed.config import load_config
    from videochat.embed.model import build_model

    cfg = load_config(config)
    cfg.llm.path, cfg.llm.config, cfg.llm.tokenizer = str(Path(llm).expanduser().resolve()), None, None
    weights = {k: str(Path(v).expanduser().resolve()) for k, v in
               (("vit", vit), ("qformer", qformer), ("videochat", videochat)) if v}  # fmt: skip
    if not weights:
        raise BadInput("give at least one of --vit, --qformer, --videochat")
    cfg.weights = {}
    model = build_model(cfg, llm_meta=True)  # the LLM stays where it is: only its shape is needed here
    reports = load_weights_files(model, weights, trust=trust)
    model.config.weights = weights  # the frozen parts are rebuilt from these files when the checkpoint loads
    save_checkpoint(model, out, meta={"converted_from": weights})
    click.echo(json.dumps({"checkpoint": out, "files": reports}, indent=2))


@click.group()
def dataset() -> None:
    """Instruction data for VideoChat-Embed, written by an LLM from VideoChat-Text transcripts."""


@dataset.command("build")
@click.argument("videos", type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="JSONL file (appended; resumable)")
@click.option("--model", help="LLM as PROVIDER:MODEL (default: the configured model)")
@click.option("--perceptors", help="comma-separated perceptor names (default: the profile's)")
@click.option("--frames", "num_frames", type=int, default=8, show_default=True, help="frames the embed model samples")
@click.option("--pairs", type=int, default=3, show_default=True, help="question-answer pairs per conversation kind")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--profile", help="perceptor profile")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="TOML settings file")
@click.option("--no-cache", is_flag=True, help="ignore and do not write the result cache")
@click.option("-q", "--quiet", is_flag=True, help="no progress on stderr")
def build(videos: str, output: str, model: str | None, perceptors: str | None, num_frames: int, pairs: int, seed: int,
          profile: str | None, config_file: str | None, no_cache: bool, quiet: bool) -> None:  # fmt: skip
    """Run VideoChat-Text on every video in VIDEOS and ask the LLM for a detailed description and
    descriptive, temporal and causal conversations; skips videos already in the output."""
    from videochat.config import load_settings
    from videochat.embed.dataset_build import build_dataset
    from videochat.llm.backends import resolve_model

    settings = load_settings(config_file, profile=profile, perceptors=perceptors, cache=False if no_cache else None)
    spec = model or settings.model
    resolved = resolve_model(spec, settings)
    llm = getattr(resolved, "model", resolved)
    counts = build_dataset(videos, output, llm, settings, num_frames=num_frames, pairs=pairs, seed=seed,
                           progress=not quiet, model_name=spec)  # fmt: skip
    click.echo(f"{counts['done']} videos done ({counts['records']} records), {counts['skipped']} skipped (already done), "
               f"{counts['failed']} failed -> {output}", err=True)  # fmt: skip
    if counts["failed"] and not counts["done"] and not counts["skipped"]:
        sys.exit(1)
