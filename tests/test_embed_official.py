"""Official weights mean the same thing in our model: a functional re-statement of the released code's
forward pass (EVA blocks, UniFormerV2's Global_MHRA, the LAVIS Q-Former, ``llama_proj``), reading the
release's key names, gives the same video embeddings as our model loaded through the key mapping.

A round trip of names alone would not catch a swapped LayerNorm (``ln_1``/``ln_3``), a cross-attention on
the wrong layers or a transposed packed projection; this does.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch.nn.functional as F  # noqa: E402

from videochat.embed.checkpoint import official_to_ours, ours_to_official  # noqa: E402
from videochat.embed.config import load_config  # noqa: E402
from videochat.embed.model import build_model  # noqa: E402


def _ln(sd, name, x, eps):
    return F.layer_norm(x, x.shape[-1:], sd[f"{name}.weight"], sd[f"{name}.bias"], eps)


def _lin(sd, name, x):
    return F.linear(x, sd[f"{name}.weight"], sd.get(f"{name}.bias"))


def _heads(x, heads):
    b, n, c = x.shape
    return x.reshape(b, n, heads, c // heads).transpose(1, 2)


def _softmax_attention(q, k, v):
    return ((q @ k.transpose(-2, -1)) / q.shape[-1] ** 0.5).softmax(-1) @ v


def eva_block(sd, p, x, heads):
    """EVA ``Block`` (no layer scale): pre-norm attention with q/v biases, pre-norm GELU MLP."""
    b, n, c = x.shape
    h = _ln(sd, p + "norm1", x, 1e-6)
    bias = torch.cat([sd[p + "attn.q_bias"], torch.zeros_like(sd[p + "attn.v_bias"]), sd[p + "attn.v_bias"]])
    q, k, v = F.linear(h, sd[p + "attn.qkv.weight"], bias).reshape(b, n, 3, heads, c // heads).permute(2, 0, 3, 1, 4)
    x = x + _lin(sd, p + "attn.proj", _softmax_attention(q, k, v).transpose(1, 2).reshape(b, n, c))
    return x + _lin(sd, p + "mlp.fc2", F.gelu(_lin(sd, p + "mlp.fc1", _ln(sd, p + "norm2", x, 1e-6))))


def global_mhra(sd, p, token, y, frames, heads):
    """UniFormerV2 ``Global_MHRA``: ``token`` (1, B, C) attends to ``y`` (B*T, 1+HW, C) after ln_3 and the DPE."""
    bt, n, c = y.shape
    b, side = bt // frames, int((n - 1) ** 0.5)
    x, y = _ln(sd, p + "ln_1", token, 1e-5), _ln(sd, p + "ln_3", y, 1e-5).view(b, frames, n, c)
    feats = y[:, :, 1:].reshape(b, frames, side, side, c).permute(0, 4, 1, 2, 3)
    feats = F.conv3d(feats, sd[p + "dpe.weight"], sd[p + "dpe.bias"], padding=1, groups=c)
    y = torch.cat([y[:, :, :1], y[:, :, 1:] + feats.reshape(b, c, frames, n - 1).permute(0, 2, 3, 1)], dim=2)
    y = y.permute(1, 2, 0, 3).flatten(0, 1)  # (T*N, B, C), sequence first as in nn.MultiheadAttention
    w, bias = sd[p + "attn.in_proj_weight"], sd[p + "attn.in_proj_bias"]
    q, k, v = (F.linear(t, w[i * c : (i + 1) * c], bias[i * c : (i + 1) * c]) for i, t in enumerate((x, y, y)))
    split = lambda t: t.reshape(t.shape[0], b, heads, c // heads).permute(1, 2, 0, 3)  # noqa: E731
    out = _softmax_attention(split(q), split(k), split(v)).permute(2, 0, 1, 3).flatten(2)
    token = token + _lin(sd, p + "attn.out_proj", out)
    return token + _lin(sd, p + "mlp.c_proj", F.gelu(_lin(sd, p + "mlp.c_fc", _ln(sd, p + "ln_2", token, 1e-5))))


def lavis_qformer(sd, queries, z, layers, heads, cross_every=2):
    """The LAVIS BERT Q-Former's query branch: LayerNorm'd queries; self-attention; cross-attention to the
    video tokens every ``cross_every`` layers from layer 0; the query FFN; post-norm residuals."""

    def attend(p, x, kv):
        q, k, v = (_heads(_lin(sd, p + f"self.{m}", t), heads) for m, t in (("query", x), ("key", kv), ("value", kv)))
        out = _softmax_attention(q, k, v).transpose(1, 2).reshape(x.shape)
        return _ln(sd, p + "output.LayerNorm", x + _lin(sd, p + "output.dense", out), 1e-12)

    h = _ln(sd, "Qformer.bert.embeddings.LayerNorm", queries, 1e-12)
    for i in range(layers):
        p = f"Qformer.bert.encoder.layer.{i}."
        h = attend(p + "attention.", h, h)
        if i % cross_every == 0:
            h = attend(p + "crossattention.", h, z)
        ffn = _lin(sd, p + "output_query.dense", F.gelu(_lin(sd, p + "intermediate_query.dense", h)))
        h = _ln(sd, p + "output_query.LayerNorm", h + ffn, 1e-12)
    return h


def reference_encode(sd, config, video):
    """``encode_img`` of the released VideoChat, from the release's state-dict names."""
    v, c = config.vision, config.vision.width
    x = F.conv3d(video.permute(0, 2, 1, 3, 4), sd["visual_encoder.patch_embed.proj.weight"],
                 sd["visual_encoder.patch_embed.proj.bias"], stride=(1, v.patch_size, v.patch_size))  # fmt: skip
    b, _, t, gh, gw = x.shape
    x = x.permute(0, 2, 3, 4, 1).reshape(b * t, gh * gw, c)
    x = torch.cat([sd["visual_encoder.cls_token"].expand(b * t, -1, -1), x], 1) + sd["visual_encoder.pos_embed"]
    token, j = sd["visual_encoder.gmhra_cls_token"].repeat(1, b, 1), 0
    for i in range(v.depth):
        x = eva_block(sd, f"visual_encoder.blocks.{i}.", x, v.heads)
        if i >= v.depth - config.gmhra.layers:
            token = global_mhra(sd, f"visual_encoder.gmhra.{j}.", token, x, t, v.heads)
            j += 1
    z = _ln(sd, "ln_vision", torch.cat([x.reshape(b, -1, c), token.permute(1, 0, 2)], 1), 1e-5)
    queries = torch.cat([sd["query_tokens"], sd["extra_query_tokens"]], 1).expand(b, -1, -1)
    return _lin(sd, "llama_proj", lavis_qformer(sd, queries, z, config.qformer.layers, config.qformer.heads,
                                                config.qformer.cross_every))  # fmt: skip


def test_release_weights_compute_the_same_embeddings_as_the_released_code():
    config = load_config("tiny")
    config.qformer.layers = 3  # cross-attention on layers 0 and 2 only
    source = build_model(config, seed=5)
    with torch.no_grad():  # every part non-trivial, the GMHRA's zero-initialised outputs included
        for _, p in source.named_parameters():
            if not p.requires_grad or p.ndim > 0:
                p.add_(torch.randn_like(p) * 0.05)
    theirs = ours_to_official({k: v for k, v in source.state_dict().items() if not k.startswith("llm.")})

    model = build_model(config, seed=11).eval()
    mapped, dropped, unknown = official_to_ours(theirs)
    assert not dropped and not unknown
    missing, unexpected = model.load_state_dict(mapped, strict=False)
    assert not unexpected and all(k.startswith("llm.") for k in missing)

    video = torch.randn(2, 4, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        ours = model.encode_video(video)
        reference = reference_encode(theirs, config, video)
    assert ours.shape == reference.shape == (2, 12, 32)
    torch.testing.assert_close(ours, reference, rtol=1e-4, atol=1e-5)


def test_convert_command_references_the_release_files(tmp_path):
    """``videochat embed convert``: a checkpoint holding only the trainable weights; the frozen ones are read
    from the release files again when it loads, and the result matches the source model."""
    from click.testing import CliRunner
    from safetensors.torch import load_file
    from test_embed_model import _release_files

    from videochat.embed.checkpoint import load_checkpoint, read_meta
    from videochat.embed.cli import embed

    source = build_model(load_config("tiny"), seed=3).eval()
    with torch.no_grad():
        for _, p in source.trainable_parameters():
            p.add_(torch.randn_like(p) * 0.1)
    source.llm.save_pretrained(tmp_path / "vicuna")
    source.tokenizer.save_pretrained(tmp_path / "vicuna")
    vit, qformer, videochat = _release_files(source, tmp_path)
    result = CliRunner().invoke(embed, ["convert", "--vit", str(vit), "--qformer", str(qformer), "--videochat", str(videochat),
                                        "--llm", str(tmp_path / "vicuna"), "--config", "tiny", "-o", str(tmp_path / "ck")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert read_meta(tmp_path / "ck")["trainable_only"]
    saved = load_file(str(tmp_path / "ck" / "model.safetensors"))
    assert set(saved) == {n for n, _ in source.trainable_parameters()}
    loaded = load_checkpoint(tmp_path / "ck").eval()
    video = torch.randn(1, 4, 3, 32, 32)
    with torch.no_grad():
        assert torch.equal(loaded.encode_video(video), source.encode_video(video))
