"""VideoChat-Embed training on generated clips: loss goes down, checkpoints load back exactly, runs resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from media import ClipSpec, make_clip  # noqa: E402

from videochat.contracts.errors import VideochatError  # noqa: E402
from videochat.embed import prompt  # noqa: E402
from videochat.embed.checkpoint import load_checkpoint, load_model, save_checkpoint  # noqa: E402
from videochat.embed.config import load_config  # noqa: E402
from videochat.embed.data import EmbedDataset, read_jsonl  # noqa: E402
from videochat.embed.model import build_model, normalise  # noqa: E402
from videochat.embed.train import TrainOptions, train  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("torch_one_thread")]  # trains on generated clips


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """Two 2-second clips, their captions (stage 1) and a conversation about each (stage 2)."""
    root = tmp_path_factory.mktemp("embed-data")
    make_clip(root / "a.mp4", ClipSpec(shots=[("navy", 1.0), ("darkred", 1.0)], words=[], size=(64, 48), audio=False))
    make_clip(root / "b.mp4", ClipSpec(shots=[("white", 2.0)], words=[("GO", 0.0, 2.0)], size=(64, 48), audio=False))
    captions = [{"video": "a.mp4", "caption": "a blue screen turns red"},
                {"video": "b.mp4", "caption": "a white page with the word go"}]  # fmt: skip
    talk = [{"video": v, "task": "conversation", "messages": [
        {"role": "user", "content": "What colour is the screen at the end?"}, {"role": "assistant", "content": a}]}
        for v, a in (("a.mp4", "It is red."), ("b.mp4", "It is white."))]  # fmt: skip
    (root / "captions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in captions))
    (root / "talk.jsonl").write_text("".join(json.dumps(r) + "\n" for r in talk))
    return root


def mean_loss(model, path: Path, stage: int) -> float:
    """The model's loss over every record (fixed prompts, eval mode)."""
    dataset = EmbedDataset(read_jsonl(path), stage, model.config.num_frames, model.config.image_size, seed=7)
    model.eval()
    with torch.no_grad():
        losses = [float(model(normalise(torch.from_numpy(frames[None])), [prompt.encode(model.tokenizer, pieces)]).loss)
                  for frames, pieces in (dataset[i] for i in range(len(dataset)))]  # fmt: skip
    return sum(losses) / len(losses)


def test_both_stages_lower_the_loss(data, tmp_path):
    before = mean_loss(load_model("tiny"), data / "captions.jsonl", 1)
    s1 = train(TrainOptions(stage=1, data=data / "captions.jsonl", config="tiny", out=tmp_path / "s1", steps=8,
                            batch_size=2, lr=1e-2, warmup=0.0, quiet=True))  # fmt: skip
    after = mean_loss(load_checkpoint(tmp_path / "s1"), data / "captions.jsonl", 1)
    assert after < before - 0.3, (before, after)
    log = [json.loads(line) for line in (tmp_path / "s1" / "loss.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == list(range(1, 9)) and s1["samples_per_s"] > 0 and s1["peak_memory_bytes"] > 0

    stage1 = load_checkpoint(tmp_path / "s1")
    before2 = mean_loss(stage1, data / "talk.jsonl", 2)
    s2 = train(TrainOptions(stage=2, data=data / "talk.jsonl", config=str(tmp_path / "s1"), out=tmp_path / "s2",
                            steps=8, grad_accum=2, lr=1e-2, warmup=0.0, quiet=True))  # fmt: skip
    assert s2["steps"] == 8
    after2 = mean_loss(load_checkpoint(tmp_path / "s2"), data / "talk.jsonl", 2)
    assert after2 < before2 - 0.3, (before2, after2)
    # stage 2 started from stage 1: its frozen weights are stage 1's, only the trainable ones moved
    s2_model = load_checkpoint(tmp_path / "s2")
    assert torch.equal(s2_model.vision.blocks[0].attn.qkv.weight, stage1.vision.blocks[0].attn.qkv.weight)
    assert not torch.equal(s2_model.proj.weight, stage1.proj.weight)


def test_save_then_load_gives_identical_outputs(data, tmp_path):
    model = build_model(load_config("tiny"))
    with torch.no_grad():
        for _, p in model.trainable_parameters():
            p.add_(torch.randn_like(p) * 0.1)
    model.eval()
    save_checkpoint(model, tmp_path / "ck")
    loaded = load_checkpoint(tmp_path / "ck").eval()
    dataset = EmbedDataset(read_jsonl(data / "talk.jsonl"), 2, 4, 32)
    frames, pieces = dataset[0]
    x = normalise(torch.from_numpy(frames[None]))
    enc = prompt.encode(model.tokenizer, pieces)
    assert loaded.tokenizer(enc and "###Human: hi")["input_ids"] == model.tokenizer("###Human: hi")["input_ids"]
    with torch.no_grad():
        assert torch.equal(model(x, [enc]).logits, loaded(x, [enc]).logits)
        ask = prompt.encode(model.tokenizer, prompt.conversation([("user", "what is it?")], [0.2, 0.8, 1.2, 1.8], generation=True))
        greedy = {"max_new_tokens": 12, "temperature": 0.0}  # the official preset samples
        assert model.generate(model.encode_video(x), ask, **greedy) == loaded.generate(loaded.encode_video(x), ask, **greedy)


def test_an_interrupted_run_resumes_exactly(data, tmp_path, monkeypatch):
    options = dict(stage=1, data=data / "captions.jsonl", config="tiny", steps=6, lr=1e-2, quiet=True)
    train(TrainOptions(out=tmp_path / "whole", **options))

    import videochat.embed.train as trainer

    real_save = trainer.save_checkpoint

    def save_then_crash(*args, **kwargs):
        real_save(*args, **kwargs)
        raise KeyboardInterrupt  # killed right after the step-3 checkpoint

    monkeypatch.setattr(trainer, "save_checkpoint", save_then_crash)
    with pytest.raises(KeyboardInterrupt):
        train(TrainOptions(out=tmp_path / "broken", save_every=3, **options))
    monkeypatch.setattr(trainer, "save_checkpoint", real_save)
    summary = train(TrainOptions(out=tmp_path / "broken", resume=tmp_path / "broken", **options))
    assert summary["resumed_from"] == 3
    whole, resumed = load_checkpoint(tmp_path / "whole"), load_checkpoint(tmp_path / "broken")
    for (name, a), (_, b) in zip(whole.trainable_parameters(), resumed.trainable_parameters()):
        assert torch.allclose(a, b, atol=1e-6), name


def test_train_command(data, tmp_path):
    from click.testing import CliRunner

    from videochat.embed.cli import embed

    runner = CliRunner()
    result = runner.invoke(embed, ["train", "--stage", "2", "--data", str(data / "talk.jsonl"), "--config", "tiny",
                                   "--out", str(tmp_path / "run"), "--steps", "2", "--grad-accum", "2", "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["steps"] == 2 and Path(summary["checkpoint"]).is_dir()
    bad = runner.invoke(embed, ["train", "--stage", "1", "--data", str(tmp_path / "none.jsonl"), "--config", "tiny"])
    assert isinstance(bad.exception, VideochatError) and "not found" in str(bad.exception)


def test_mixed_precision_keeps_frozen_weights_low_and_trainable_fp32(data, tmp_path):
    """The GPU recipe (frozen parts in bf16, trainable weights in fp32, autocast), run on the CPU."""
    summary = train(TrainOptions(stage=1, data=data / "captions.jsonl", config="tiny", out=tmp_path / "bf16", steps=2,
                                 precision="bf16", lr=1e-2, quiet=True))  # fmt: skip
    assert summary["precision"] == "bfloat16" and torch.isfinite(torch.tensor(summary["last_loss"]))  # no NaN, no inf
    from safetensors.torch import load_file

    state = load_file(str(tmp_path / "bf16" / "checkpoint" / "model.safetensors"))
    assert state["proj.weight"].dtype == torch.float32 and state["gmhra.token"].dtype == torch.float32
    assert state["vision.blocks.0.attn.qkv.weight"].dtype == torch.bfloat16
