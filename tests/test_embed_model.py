"""VideoChat-Embed model: shapes through every stage, freezing, GMHRA, prompts, official key mapping."""

from __future__ import annotations

import argparse

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from videochat.contracts.errors import BadInput, ConfigError  # noqa: E402
from videochat.embed import prompt  # noqa: E402
from videochat.embed.config import from_dict, load_config  # noqa: E402
from videochat.embed.model import build_model  # noqa: E402
from videochat.embed.official import (  # noqa: E402
    adapt_shapes,
    load_official,
    official_to_ours,
    ours_to_official,
)

pytestmark = [pytest.mark.unit, pytest.mark.usefixtures("torch_one_thread")]


@pytest.fixture(scope="module")
def tiny():
    model = build_model(load_config("tiny"))
    with torch.no_grad():  # non-zero GMHRA outputs, so the aggregator's effect is visible
        for block in model.gmhra.blocks:
            block.attn.out_proj.weight.normal_(std=0.5)
            block.mlp.fc2.weight.normal_(std=0.5)
        model.qformer.extra_query_tokens.normal_()
    return model.eval()


def video(b: int = 2, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(b, 4, 3, 32, 32, generator=g)


def test_shapes_through_every_stage(tiny):
    c = tiny.config
    x = video()
    tokens, tapped, frames = tiny.vision(x.permute(0, 2, 1, 3, 4), taps=2)
    assert frames == 4 and tokens.shape == (2 * 4, 1 + c.grid**2, 32) and len(tapped) == 2
    token = tiny.gmhra(tapped, frames)
    assert token.shape == (2, 1, 32)
    queries = tiny.qformer(torch.randn(2, 4 * (1 + c.grid**2) + 1, 32))
    assert queries.shape == (2, 4 + 8, 32)
    embeds = tiny.encode_video(x)
    assert embeds.shape == (2, c.video_tokens, tiny.llm.config.hidden_size)

    pieces = prompt.conversation([("user", "what is shown?"), ("assistant", "a red car")], [0.5, 1.5, 2.5, 3.5])
    enc = prompt.encode(tiny.tokenizer, pieces)
    inputs = tiny.embed_inputs(embeds[:1], [enc])
    assert inputs["inputs_embeds"].shape == (1, len(enc.ids) + 12, 32)
    at = enc.video_at
    assert torch.equal(inputs["inputs_embeds"][0, at : at + 12], embeds[0])  # spliced in at <VideoHere>
    assert (inputs["labels"][0, at : at + 12] == prompt.IGNORE).all()
    target = tiny.tokenizer.decode([t for t in inputs["labels"][0].tolist() if t != prompt.IGNORE])
    assert target == "a red car ###"  # only the answer (and the separator ending it) is learned
    loss = tiny(x[:1], [enc]).loss
    assert loss.ndim == 0 and torch.isfinite(loss)
    reply = tiny.generate(embeds[:1], prompt.encode(tiny.tokenizer, prompt.conversation([("user", "hi")], [1.0], generation=True)),
                          max_new_tokens=5)  # fmt: skip
    assert isinstance(reply, str) and "###" not in reply


def test_prompt_states_frame_times_and_interleaves_the_video():
    pieces = prompt.conversation([("user", "q1"), ("assistant", "a1"), ("user", "q2")], [0.62, 1.88, 12.0], generation=True)
    text = "".join(p.text for p in pieces)
    assert text == ("###Human: <Video><VideoHere></Video> The video contains 3 frames sampled at 0.6, 1.9, 12.0 seconds. "
                    "###Human: q1 ###Assistant: a1 ###Human: q2 ###Assistant: ")  # fmt: skip
    assert [p.target for p in pieces].count(True) == 1 and sum(p.video for p in pieces) == 1


def test_only_the_named_parameters_train(tiny):
    trainable = {n for n, p in tiny.named_parameters() if p.requires_grad}
    gmhra = {n for n, _ in tiny.named_parameters() if n.startswith("gmhra.")}
    assert trainable == gmhra | {"vision_norm.weight", "vision_norm.bias", "qformer.extra_query_tokens",
                                 "proj.weight", "proj.bias"}  # fmt: skip
    assert not tiny.qformer.query_tokens.requires_grad

    model = build_model(load_config("tiny"))
    with torch.no_grad():
        for block in model.gmhra.blocks:
            block.attn.out_proj.weight.normal_()
    model.train()
    assert not model.vision.training and not model.qformer.bert.training and not model.llm.training
    assert model.gmhra.training
    enc = prompt.encode(model.tokenizer, prompt.caption_sample("a dog runs"))
    model(video(1), [enc]).loss.backward()
    with_grad = {n for n, p in model.named_parameters() if p.grad is not None}
    assert with_grad <= trainable and {"proj.weight", "qformer.extra_query_tokens", "vision_norm.weight", "gmhra.token"} <= with_grad


def test_gmhra_starts_as_identity_and_reads_frame_order():
    model = build_model(load_config("tiny")).eval()
    x = video(1)
    _, tapped, frames = model.vision(x.permute(0, 2, 1, 3, 4), taps=2)
    out = model.gmhra(tapped, frames)
    assert torch.equal(out, model.gmhra.token.expand_as(out))  # zero-initialised outputs: adds nothing at first
    with torch.no_grad():
        for block in model.gmhra.blocks:
            block.attn.out_proj.weight.normal_()
    forward = model.gmhra(tapped, frames)
    reverse = model.gmhra([t.reshape(1, 4, *t.shape[1:]).flip(1).reshape_as(t) for t in tapped], frames)
    assert not torch.allclose(forward, reverse)  # the 3D-conv position encoding sees time


def test_full_size_counts_on_meta():
    model = build_model(load_config("full"), device="meta")
    total, trainable = model.parameter_counts()
    assert total == 8_035_014_912 and trainable == 205_542_528
    assert sum(p.numel() for p in model.vision.parameters()) == 985_894_528  # EVA-ViT-g, 39 blocks
    assert model.config.video_tokens == 96


def test_info_command_prints_counts():
    from click.testing import CliRunner

    from videochat.embed.cli import embed

    result = CliRunner().invoke(embed, ["info", "full"])
    assert result.exit_code == 0, result.output
    assert "total 8,035,014,912" in result.output and "trainable 205,542,528" in result.output


def test_config_files_and_errors(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text('preset = "tiny"\nnum_frames = 6\n[qformer]\nextra_queries = 3\n[llm]\ntokenizer = "bytes"\n')
    c = load_config(f)
    assert c.num_frames == 6 and c.video_tokens == 7 and c.vision.width == 32
    with pytest.raises(ConfigError, match="unknown embed setting"):
        from_dict({"preset": "tiny", "vision": {"widht": 3}})
    with pytest.raises(ConfigError, match="unknown embed preset"):
        load_config_dict = {"preset": "huge"}
        from_dict(load_config_dict)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


def _release_files(model, tmp_path):
    """The model's weights saved the way the official release ships them: three files, their names."""
    theirs = ours_to_official({k: v.clone() for k, v in model.state_dict().items() if not k.startswith("llm.")})
    eva = {k[len("visual_encoder."):]: v for k, v in theirs.items()
           if k.startswith("visual_encoder.") and "gmhra" not in k}  # fmt: skip
    eva["patch_embed.proj.weight"] = eva["patch_embed.proj.weight"][:, :, 0]  # released as a 2D kernel
    eva.update({k.replace("blocks.2.", "blocks.3."): v for k, v in eva.items() if k.startswith("blocks.2.")})
    blip2 = {k: v for k, v in theirs.items() if k.startswith(("Qformer.", "query_tokens", "ln_vision"))}
    blip2.update({"Qformer.bert.embeddings.word_embeddings.weight": torch.zeros(5, 32), "t5_proj.weight": torch.zeros(2, 2),
                  "Qformer.bert.encoder.layer.0.intermediate.dense.weight": torch.zeros(64, 32),
                  "Qformer.cls.predictions.bias": torch.zeros(5)})  # fmt: skip
    videochat = {k: v for k, v in theirs.items() if "gmhra" in k or k.startswith(("ln_vision", "extra_query", "llama_proj"))}
    paths = []
    for name, state in (("eva_vit_g.pth", eva), ("blip2.pth", {"model": blip2}), ("videochat.pth", {"model": videochat})):
        torch.save(state, tmp_path / name)
        paths.append(tmp_path / name)
    return paths


def test_official_key_mapping_round_trip(tiny, tmp_path):
    ours = tiny.state_dict()
    theirs = ours_to_official(ours)
    assert "visual_encoder.gmhra.0.ln_3.weight" in theirs and "Qformer.bert.encoder.layer.0.crossattention.self.key.weight" in theirs
    assert "llama_proj.weight" in theirs and "extra_query_tokens" in theirs and "ln_vision.weight" in theirs
    back, dropped, unknown = official_to_ours(theirs)
    assert not dropped and not unknown and back.keys() == ours.keys()

    fresh = build_model(load_config("tiny"), seed=1).eval()
    fresh.llm.load_state_dict(tiny.llm.state_dict())
    x = video(1, seed=3)
    assert not torch.allclose(fresh.encode_video(x), tiny.encode_video(x))
    reports = [load_official(fresh, path) for path in _release_files(tiny, tmp_path)]
    assert [r["unknown"] for r in reports] == [[], [], []]
    assert reports[1]["dropped"] == 4  # the text branch and the T5 projection, as VideoChat drops them
    with torch.no_grad():
        assert torch.equal(fresh.encode_video(x), tiny.encode_video(x))


def test_official_loading_adapts_and_rejects(tiny, tmp_path):
    target = tiny.state_dict()
    small_grid = torch.randn(1, 1 + 2 * 2, 32)
    adapted = adapt_shapes({"vision.pos_embed": small_grid}, target)
    assert adapted["vision.pos_embed"].shape == target["vision.pos_embed"].shape
    with pytest.raises(ConfigError, match="does not fit"):
        adapt_shapes({"proj.weight": torch.zeros(3, 3)}, target)
    path = tmp_path / "odd.pth"
    torch.save({"model": {"proj.weight": torch.zeros(1)}, "args": argparse.Namespace(lr=1)}, path)
    with pytest.raises(BadInput, match="trust"):
        load_official(tiny, path)  # a pickle with more than tensors is refused unless trusted
    torch.save({"model": {"something.else": torch.zeros(1)}}, path)
    with pytest.raises(BadInput, match="maps onto"):
        load_official(tiny, path)
