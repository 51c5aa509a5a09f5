"""Fidelity to the official VideoChat-Embed release, checked against facts recorded from its code, not
against names derived from this project's model.

``../shared/reference/`` beside the repository holds every official tensor name and shape at full size
and which parameters train (``videochat_official_keys.json``), and the prompt, generation and frame
rules (``videochat_official_facts.md``). The loader's mapping is checked against that list twice: by
names and shapes at full size, and by what the weights compute (a tiny state dict named and shaped
from the official list, run through a re-statement of the released forward pass and through our
model loaded by the mapping). Each check comes with negative controls: deliberately broken mappings
it must catch. The prompt and its token ids are checked with a real SentencePiece tokenizer trained
here, against ``sentencepiece`` itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

import torch.nn.functional as F  # noqa: E402

from videochat.embed import official, prompt  # noqa: E402
from videochat.embed.config import chat_config, load_config  # noqa: E402
from videochat.embed.model import build_model  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _reference_dir() -> Path | None:
    """``../shared/reference`` beside the repository (for a git worktree: beside its main checkout too)."""
    roots = [ROOT]
    dotgit = ROOT / ".git"
    if dotgit.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(dotgit.read_text().split("gitdir:", 1)[-1].strip())
        roots += [p.parent for p in gitdir.parents if p.name == ".git"]
    for root in roots:
        if (root.parent / "shared" / "reference" / "videochat_official_keys.json").is_file():
            return root.parent / "shared" / "reference"
    return None


REFERENCE = _reference_dir()
needs_reference = pytest.mark.skipif(REFERENCE is None, reason="the official facts are not here: "
                                     "../shared/reference/videochat_official_keys.json beside the repository")  # fmt: skip


@pytest.fixture(scope="module")
def keys() -> dict:
    return json.loads((REFERENCE / "videochat_official_keys.json").read_text())


@pytest.fixture(scope="module")
def facts() -> str:
    return (REFERENCE / "videochat_official_facts.md").read_text()


# -- corruptions of the loader's mapping that the checks must catch ---------------------------------------------
def _swap(a: str, b: str):
    return lambda name: name.replace(a, "\0").replace(b, a).replace("\0", b) if name else name


CORRUPTIONS = {
    "gmhra ln_1 <-> ln_3": _swap(".norm_q.", ".norm_kv."),  # same shapes: only what they compute tells
    "extra_query_tokens unmapped": lambda name: "?" if name == "qformer.extra_query_tokens" else name,
    "gmhra c_fc <-> c_proj": _swap(".mlp.fc1.", ".mlp.fc2."),
    "Q-Former self <-> cross attention": _swap(".attention.attention.", ".crossattention.attention."),
    "EVA norm1 <-> norm2": _swap(".norm1.", ".norm2."),
    "ln_vision unmapped": lambda name: "?" if name and name.startswith("vision_norm.") else name,
    "queries <-> extra queries": _swap("qformer.query_tokens", "qformer.extra_query_tokens"),
}


def _corrupt(monkeypatch, how) -> None:
    real = official._rename_official
    monkeypatch.setattr(official, "_rename_official", lambda key: how(real(key)))


# -- check 1: names, shapes and what trains, at full size ------------------------------------------------------
def name_problems(keys: dict) -> list[str]:
    """What is wrong with the mapping of the official list onto our full-size model (empty: nothing)."""
    model = build_model(load_config("full"), device="meta")
    ours = {k: tuple(v.shape) for k, v in model.state_dict().items() if not k.startswith("llm.")}
    theirs = {k: torch.empty(v, device="meta") for k, v in keys["tensors_except_llm"].items()}
    mapped, dropped, unknown = official.official_to_ours(theirs)
    problems = [f"unknown official key {k}" for k in unknown]
    problems += [f"dropped official key {k}" for k in dropped if k != "Qformer.bert.embeddings.position_ids"]
    seen: dict[str, str] = {}
    for key in theirs:
        name = official._rename_official(key)
        if name and not name.startswith("?"):
            if name in seen:
                problems.append(f"{seen[name]} and {key} both map to {name}")
            seen[name] = key
    for name, value in mapped.items():
        if name not in ours:
            problems.append(f"{seen.get(name)} -> {name}: not in our model")
        elif tuple(value.shape) != ours[name]:
            problems.append(f"{seen.get(name)} -> {name}: shape {tuple(value.shape)}, ours {ours[name]}")
    problems += [f"ours {k} gets no official tensor" for k in ours if k not in mapped]
    trainable = {official._rename_official(k) for k in keys["requires_grad_at_build"]}
    ours_trainable = {n for n, _ in model.trainable_parameters() if not n.startswith("llm.")}
    if trainable != ours_trainable:
        problems.append(f"trainable sets differ: {sorted(trainable ^ ours_trainable)[:3]}")
    return problems


@pytest.mark.unit
@needs_reference
def test_every_official_tensor_maps_onto_ours_with_its_shape_and_trainability(keys):
    assert len(keys["tensors_except_llm"]) == 901 and len(keys["requires_grad_at_build"]) == 134
    assert name_problems(keys) == []


# -- check 2: the official weights compute the same embeddings in our model ------------------------------------
TINY = {1408: 32, 4224: 96, 6144: 64, 257: 17, 14: 8, 768: 32, 3072: 64, 4096: 32, 32: 4, 64: 8}  # full -> tiny


def tiny_config():
    config = load_config("tiny")  # width 32, MLP 64, 3 blocks, patch 8 on 32 px; queries 4 + 8; LLM width 32
    config.qformer.layers = 3  # the official list puts cross-attention on layers 0 and 2 of these
    return config


def tiny_official_state(keys: dict, config, seed: int = 0) -> dict[str, torch.Tensor]:
    """The official tensors a tiny model has (blocks, GMHRA layers, Q-Former layers cut to its depth),
    shaped from the official list with the full sizes scaled down, filled with random numbers."""
    gen = torch.Generator().manual_seed(seed)
    limits = {"visual_encoder.blocks.": config.vision.depth, "visual_encoder.gmhra.": config.gmhra.layers,
              "Qformer.bert.encoder.layer.": config.qformer.layers}  # fmt: skip
    state = {}
    for key, shape in keys["tensors_except_llm"].items():
        m = re.match(r"(visual_encoder\.blocks\.|visual_encoder\.gmhra\.|Qformer\.bert\.encoder\.layer\.)(\d+)\.", key)
        if (m and int(m.group(2)) >= limits[m.group(1)]) or key.endswith("position_ids"):
            continue
        size = [TINY.get(d, d) for d in shape]
        value = torch.randn(size, generator=gen) * 0.3
        if re.search(r"(LayerNorm|ln_\d|ln_vision|norm\d)\.weight$", key):
            value = 1 + value  # a LayerNorm's scale near 1, each different
        state[key] = value
    return state


def _ln(sd, name, x, eps):
    return F.layer_norm(x, x.shape[-1:], sd[f"{name}.weight"], sd[f"{name}.bias"], eps)


def _lin(sd, name, x):
    return F.linear(x, sd[f"{name}.weight"], sd.get(f"{name}.bias"))


def _heads(x, heads):
    b, n, c = x.shape
    return x.reshape(b, n, heads, c // heads).transpose(1, 2)


def _attention(q, k, v):
    return ((q @ k.transpose(-2, -1)) / q.shape[-1] ** 0.5).softmax(-1) @ v


def eva_block(sd, p, x, heads):
    """EVA ``Block`` (no layer scale): pre-norm attention with q/v biases (k none), pre-norm GELU MLP; eps 1e-6."""
    b, n, c = x.shape
    bias = torch.cat([sd[p + "attn.q_bias"], torch.zeros_like(sd[p + "attn.v_bias"]), sd[p + "attn.v_bias"]])
    qkv = F.linear(_ln(sd, p + "norm1", x, 1e-6), sd[p + "attn.qkv.weight"], bias)
    q, k, v = qkv.reshape(b, n, 3, heads, c // heads).permute(2, 0, 3, 1, 4)
    x = x + _lin(sd, p + "attn.proj", _attention(q, k, v).transpose(1, 2).reshape(b, n, c))
    return x + _lin(sd, p + "mlp.fc2", F.gelu(_lin(sd, p + "mlp.fc1", _ln(sd, p + "norm2", x, 1e-6))))


def global_mhra(sd, p, token, y, frames, heads):
    """``Global_MHRA``: the token (1, B, C) after ``ln_1`` attends to ``ln_3``(frames) + the depthwise 3D DPE;
    the packed ``in_proj`` is split q | k | v; then ``ln_2`` and the c_fc/GELU/c_proj MLP."""
    bt, n, c = y.shape
    b, side = bt // frames, int((n - 1) ** 0.5)
    x, y = _ln(sd, p + "ln_1", token, 1e-5), _ln(sd, p + "ln_3", y, 1e-5).view(b, frames, n, c)
    feats = y[:, :, 1:].reshape(b, frames, side, side, c).permute(0, 4, 1, 2, 3)
    feats = F.conv3d(feats, sd[p + "dpe.weight"], sd[p + "dpe.bias"], padding=1, groups=c)
    y = torch.cat([y[:, :, :1], y[:, :, 1:] + feats.reshape(b, c, frames, n - 1).permute(0, 2, 3, 1)], dim=2)
    y = y.permute(1, 2, 0, 3).flatten(0, 1)  # (T*N, B, C)
    w, bias = sd[p + "attn.in_proj_weight"], sd[p + "attn.in_proj_bias"]
    q, k, v = (F.linear(t, w[i * c : (i + 1) * c], bias[i * c : (i + 1) * c]) for i, t in enumerate((x, y, y)))
    split = lambda t: t.reshape(t.shape[0], b, heads, c // heads).permute(1, 2, 0, 3)  # noqa: E731
    token = token + _lin(sd, p + "attn.out_proj", _attention(split(q), split(k), split(v)).permute(2, 0, 1, 3).flatten(2))
    return token + _lin(sd, p + "mlp.c_proj", F.gelu(_lin(sd, p + "mlp.c_fc", _ln(sd, p + "ln_2", token, 1e-5))))


def lavis_qformer(sd, queries, z, layers, heads):
    """The LAVIS BERT Q-Former's query branch: LayerNorm'd queries; per layer self-attention, cross-attention
    where the layer has it, the query FFN; post-norm residuals, eps 1e-12."""

    def attend(p, x, kv):
        q, k, v = (_heads(_lin(sd, p + f"self.{m}", t), heads) for m, t in (("query", x), ("key", kv), ("value", kv)))
        out = _lin(sd, p + "output.dense", _attention(q, k, v).transpose(1, 2).reshape(x.shape))
        return _ln(sd, p + "output.LayerNorm", x + out, 1e-12)

    h = _ln(sd, "Qformer.bert.embeddings.LayerNorm", queries, 1e-12)
    for i in range(layers):
        p = f"Qformer.bert.encoder.layer.{i}."
        h = attend(p + "attention.", h, h)
        if f"{p}crossattention.self.query.weight" in sd:
            h = attend(p + "crossattention.", h, z)
        ffn = _lin(sd, p + "output_query.dense", F.gelu(_lin(sd, p + "intermediate_query.dense", h)))
        h = _ln(sd, p + "output_query.LayerNorm", h + ffn, 1e-12)
    return h


def reference_encode(sd, config, video):
    """The released ``encode_img`` from the release's names: ViT with GMHRA j after block depth-layers+j,
    every frame's tokens then the GMHRA token, ``ln_vision`` (eps 1e-5), Q-Former on 32 + 64 queries, ``llama_proj``."""
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
    return _lin(sd, "llama_proj", lavis_qformer(sd, queries, z, config.qformer.layers, config.qformer.heads))


def embedding_gap(keys: dict) -> float:
    """Largest difference between the released forward pass and our model loaded through the mapping
    (a fresh, differently seeded model: whatever the mapping misses stays random)."""
    config = tiny_config()
    theirs = tiny_official_state(keys, config)
    model = build_model(config, seed=11).eval()
    mapped, _, _ = official.official_to_ours(theirs)
    target = model.state_dict()
    model.load_state_dict({k: v for k, v in mapped.items() if k in target and v.shape == target[k].shape}, strict=False)
    video = torch.randn(2, config.num_frames, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        ours, reference = model.encode_video(video), reference_encode(theirs, config, video)
    assert ours.shape == reference.shape == (2, 12, 32)
    return float((ours - reference).abs().max())


@pytest.mark.unit
@needs_reference
def test_official_weights_compute_in_our_model_what_the_released_code_computes(keys):
    assert embedding_gap(keys) < 1e-4


@pytest.mark.unit
@needs_reference
@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test_negative_control_a_broken_mapping_is_caught(keys, corruption, monkeypatch):
    _corrupt(monkeypatch, CORRUPTIONS[corruption])
    by_names, gap = name_problems(keys), embedding_gap(keys)
    assert by_names or gap > 1e-2, f"{corruption} went unnoticed"
    if corruption == "gmhra ln_1 <-> ln_3":
        assert not by_names and gap > 1e-2  # same shapes: the names check cannot see it, the embeddings do
    if corruption == "extra_query_tokens unmapped":
        assert "unknown official key extra_query_tokens" in by_names


@pytest.mark.unit
def test_release_files_report_rotary_buffers_as_derived_not_unknown(tmp_path, capsys):
    from videochat.embed.checkpoint import load_weights_files

    model = build_model(load_config("tiny"))
    state = {"llama_proj.weight": model.proj.weight.detach().clone() + 1, "llama_proj.bias": model.proj.bias.detach().clone(),
             "llama_model.model.layers.0.self_attn.rotary_emb.inv_freq": torch.ones(8),
             "llama_model.model.layers.1.self_attn.rotary_emb.inv_freq": torch.ones(8)}  # fmt: skip
    torch.save({"model": state}, tmp_path / "videochat_7b.pth")
    (report,) = load_weights_files(model, {"videochat": str(tmp_path / "videochat_7b.pth")})
    assert report["unknown"] == [] and report["derived"] == 2 and report["loaded"] == 2
    err = capsys.readouterr().err
    assert "2 rotary inv_freq buffers skipped (derived" in err and "unknown" not in err
    assert torch.equal(model.proj.weight, state["llama_proj.weight"])
    state["llama_model.model.layers.0.self_attn.rotary.freqs"] = torch.ones(8)  # not a known derived buffer
    torch.save({"model": state}, tmp_path / "other.pth")
    (report,) = load_weights_files(model, {"videochat": str(tmp_path / "other.pth")})
    assert report["derived"] == 2 and len(report["unknown"]) == 1 and "1 unknown" in capsys.readouterr().err


# -- the prompt, its token ids, the stop ids: a real SentencePiece tokenizer -----------------------------------
@pytest.fixture(scope="module")
def sp_tokenizer(tmp_path_factory):
    """A LLaMA-style SentencePiece model trained here (BPE, byte fallback, no normalisation; ``###``, ``##``
    and ``#`` learnt as ordinary pieces, as in LLaMA's vocabulary, not as user-defined symbols, which
    transformers would split the text around), loaded by transformers' LlamaTokenizer and by sentencepiece."""
    spm = pytest.importorskip("sentencepiece")
    from transformers import LlamaTokenizer

    folder = tmp_path_factory.mktemp("sp")
    corpus = ["###Human: <Video></Video> The video contains 8 frames sampled at 0.5, 1.5, 2.5 seconds.\n",
              "###Human: What is the man doing?\n", "###Assistant: He rides a horse along the beach.###",
              "A cat sits on a red sofa while a dog runs in the garden.", "## Heading # one", "### Notes ## more #"] * 20  # fmt: skip
    spm.SentencePieceTrainer.train(sentence_iterator=iter(corpus), model_prefix=str(folder / "tokenizer"),
                                   vocab_size=400, model_type="bpe", byte_fallback=True, split_digits=True,
                                   unk_id=0, bos_id=1, eos_id=2, pad_id=-1, normalization_rule_name="identity",
                                   remove_extra_whitespaces=False, minloglevel=2)  # fmt: skip
    sp = spm.SentencePieceProcessor(model_file=str(folder / "tokenizer.model"))
    return LlamaTokenizer.from_pretrained(str(folder)), sp


TIMES = [0.6, 1.9, 3.1]
DEMO = ("###Human: <Video><VideoHere></Video> The video contains 3 frames sampled at 0.6, 1.9, 3.1 seconds.\n"
        "###Human: What is the man doing?\n###Assistant:")  # the facts file's rendering, no trailing space
DEMO_2 = DEMO + " He rides a horse.###Human: Where?\n###Assistant:"
TURNS = [("user", "What is the man doing?")]
TURNS_2 = [*TURNS, ("assistant", " He rides a horse. "), ("user", "Where?")]


@pytest.mark.unit
def test_official_prompt_is_the_demo_text():
    assert prompt.official_prompt(TURNS, TIMES) == DEMO
    assert prompt.official_prompt(TURNS_2, TIMES) == DEMO_2
    assert "".join(p.text for p in prompt.chat_pieces(TURNS, TIMES, style="official")) == DEMO
    assert "".join(p.text for p in prompt.chat_pieces(TURNS, TIMES, style="videochat")) != DEMO  # the other style


@pytest.mark.unit
@needs_reference
def test_official_prompt_follows_the_recorded_facts(facts):
    template = re.search(r"`(###Human: <Video><VideoHere></Video>[^`]*)`", facts).group(1)
    expected = template.replace("8 frames", "3 frames").replace("a, b, ...", "0.6, 1.9, 3.1")
    expected = expected.replace("QUESTION", "What is the man doing?").replace("\\n", "\n")
    assert prompt.official_prompt(TURNS, TIMES) == expected


def segment_ids(sp, text: str) -> tuple[list[int], int]:
    """Ground truth with sentencepiece itself: BOS, then each segment around ``<VideoHere>`` encoded whole."""
    before, after = text.split("<VideoHere>")
    return [sp.bos_id(), *sp.encode(before), *sp.encode(after)], 1 + len(sp.encode(before))


def encodes_like_the_demo(tok, sp, encoder) -> bool:
    for turns in (TURNS, TURNS_2):
        text = prompt.official_prompt(turns, TIMES)
        ids, video_at = segment_ids(sp, text)
        got = encoder(tok, prompt.chat_pieces(turns, TIMES, style="official"))
        if (got.ids, got.video_at) != (ids, video_at):
            return False
    return True


def _per_turn_pieces(tok, pieces):  # videochat's way: every turn tokenised on its own
    finer = [prompt.Piece(t, video=p.video) for p in pieces
             for t in ([p.text] if p.video else re.split(r"(?=###)", p.text)) if t]  # fmt: skip
    return prompt.encode(tok, finer)


def _bos_per_segment(tok, pieces):
    enc = prompt.encode_segments(tok, pieces)
    at = enc.video_at
    return prompt.Encoded(enc.ids[:at] + [tok.bos_token_id] + enc.ids[at:], enc.labels, at)


def _no_bos(tok, pieces):
    enc = prompt.encode_segments(tok, pieces)
    return prompt.Encoded(enc.ids[1:], enc.labels, enc.video_at - 1)


@pytest.mark.unit
def test_official_token_ids_are_the_demo_ids(sp_tokenizer):
    tok, sp = sp_tokenizer
    assert encodes_like_the_demo(tok, sp, prompt.encode_segments)


@pytest.mark.unit
@pytest.mark.parametrize("encoder", [_per_turn_pieces, _bos_per_segment, _no_bos])
def test_negative_control_other_tokenisations_are_caught(sp_tokenizer, encoder):
    tok, sp = sp_tokenizer
    assert not encodes_like_the_demo(tok, sp, encoder)


@pytest.mark.unit
def test_stop_ids_come_from_the_tokenizer_and_stop_on_either_spelling(sp_tokenizer):
    from videochat.embed.generation import StopOnIds, stop_ids

    tok, sp = sp_tokenizer
    sequences = stop_ids(tok)
    assert sequences == [[sp.piece_to_id("###")], [sp.piece_to_id("##"), sp.piece_to_id("#")]]  # LLaMA: 835 | 2277 29937
    stop = StopOnIds(sequences)
    text = sp.encode("He rides")
    rows = torch.tensor([text + sequences[0], text[:-1] + sequences[1], text + [sp.piece_to_id("##")]])
    assert stop(rows).tolist() == [True, True, False]


@pytest.mark.unit
@needs_reference
def test_generation_settings_are_the_demo_settings(sp_tokenizer, facts):
    from videochat.embed.generation import StopOnIds, generation_kwargs

    tok, _ = sp_tokenizer
    line = facts.split("- Generation (demo)", 1)[1].split("\n- ", 1)[0]  # the item, over its wrapped lines
    recorded = {k: v for k, v in re.findall(r"(\w+)=([\w.]+)", line)}
    settings = generation_kwargs(chat_config("official"), tok)
    assert recorded.keys() == {"do_sample", "top_p", "temperature", "num_beams", "min_length", "repetition_penalty",
                               "length_penalty", "max_new_tokens"}  # fmt: skip
    for key, value in recorded.items():
        assert settings[key] == (value == "True" if value in ("True", "False") else float(value)), key
    (stop,) = settings["stopping_criteria"]
    assert isinstance(stop, StopOnIds) and stop.sequences == [[tok.convert_tokens_to_ids("###")],
                                                              tok.convert_tokens_to_ids(["##", "#"])]  # fmt: skip
    greedy = generation_kwargs(chat_config("videochat"), tok)
    assert not greedy["do_sample"] and greedy["max_new_tokens"] == 256 and greedy["temperature"] is None


# -- precision -------------------------------------------------------------------------------------------------
@pytest.mark.unit
def test_precision_policy_fp32_weights_fp16_llm_and_ln_vision_in_fp32():
    """``official``: fp32 weights and an fp16 LLM on CUDA (the video side under fp16 autocast there), as built on
    a CPU; ``cast``: one half dtype. The mixed model runs end to end (here on the CPU, without autocast)."""
    from videochat.embed.model import FP32LayerNorm, precision_dtypes

    config = load_config("tiny")
    assert precision_dtypes(config, "cpu") == (None, None)
    assert precision_dtypes(config, "cuda:0") == (None, torch.float16)
    config.chat = chat_config("videochat")
    half, llm = precision_dtypes(config, "cuda")
    assert half in (torch.bfloat16, torch.float16) and llm is None

    norm = FP32LayerNorm(32).to(torch.bfloat16)
    x = torch.randn(2, 5, 32).to(torch.bfloat16) * 30 + 100
    want = F.layer_norm(x.float(), (32,), norm.weight.float(), norm.bias.float(), 1e-5).to(torch.bfloat16)
    assert norm(x).dtype == torch.bfloat16 and torch.equal(norm(x), want)

    model = build_model(load_config("tiny"), llm_dtype=torch.float16).eval()
    assert model.llm.dtype == torch.float16
    assert model.proj.weight.dtype == model.vision_norm.weight.dtype == torch.float32
    embeds = model.encode_video(torch.randn(1, 4, 3, 32, 32))
    ask = prompt.encode_segments(model.tokenizer, prompt.chat_pieces(TURNS, [0.5, 1.5, 2.5, 3.5]))
    assert embeds.dtype == torch.float32 and isinstance(model.generate(embeds, ask, max_new_tokens=4), str)


# -- frames ----------------------------------------------------------------------------------------------------
@pytest.mark.unit
def test_frames_are_the_segment_centre_indices():
    from videochat.embed.frames import segment_indices

    assert segment_indices(75, 4) == [9, 27, 46, 65]  # (75-1)/4 = 18.5 wide: 9 + round(18.5 * i), half to even
    assert segment_indices(240, 8) == [14, 44, 74, 104, 134, 163, 193, 223]
    assert segment_indices(8, 8) == [0, 1, 2, 3, 4, 4, 5, 6]


@pytest.mark.e2e
def test_frames_decoded_are_those_indices_resized_with_pil_bicubic(tmp_path):
    import subprocess

    import numpy as np
    from PIL import Image

    from videochat.embed.frames import load_frames_indexed, pil_square

    frames = np.zeros((40, 48, 64, 3), np.uint8)
    for i in range(40):
        frames[i] = i * 6  # frame i is grey level 6 i: the decoded frame says which one it is
        frames[i, :, :8] = 255 - i * 6
    path = tmp_path / "count.mkv"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "64x48", "-r", "10", "-i", "pipe:",
                    "-c:v", "ffv1", str(path)], input=frames.tobytes(), check=True)  # fmt: skip
    got, times = load_frames_indexed(path, 4, 32)
    assert times == pytest.approx([0.4, 1.4, 2.4, 3.3])  # indices 4, 14, 24, 33 of 40 frames at 10 fps
    assert [int(f[0, 16, 16]) for f in got] == [24, 84, 144, 198]
    want = np.asarray(Image.fromarray(frames[14]).resize((42, 32), Image.BICUBIC))[:, 5:37].transpose(2, 0, 1)
    assert got.shape == (4, 3, 32, 32) and np.array_equal(got[1], want) and np.array_equal(pil_square(frames[14], 32), want)


@pytest.mark.unit
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
