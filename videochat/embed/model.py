"""VideoChat-Embed in torch: frames -> EVA ViT + GMHRA -> vision LayerNorm -> Q-Former -> projection -> LLM.

Freezing follows the paper (and the released configs: ``freeze_vit``, ``freeze_qformer``, open MHRA):
only the GMHRA, the extra queries, the vision LayerNorm and the projection train. The frozen ViT runs
without autograd; gradients flow through the frozen Q-Former and LLM back to the trainable parts.
Frozen modules stay in eval mode when the model trains (no dropout in them), as in the official code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import torch
from torch import nn

from videochat.embed.config import EmbedConfig
from videochat.embed.gmhra import GMHRA
from videochat.embed.prompt import IGNORE, SEP, Encoded
from videochat.embed.qformer import QFormer
from videochat.embed.vit import EvaViT

#: Parameter-name prefixes that train (everything else is frozen).
TRAINABLE = ("gmhra.", "vision_norm.", "qformer.extra_query_tokens", "proj.")

CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)


def byte_tokenizer():
    """A byte-level BPE tokenizer without merges (every UTF-8 byte is a token), built in code:
    ``<unk>``=0, ``<s>``=1, ``</s>``=2, ``<pad>``=3, then the 256 bytes. For random test models."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    vocab = {s: i for i, s in enumerate(["<unk>", "<s>", "</s>", "<pad>"])}
    for symbol in bytes_to_unicode().values():
        vocab[symbol] = len(vocab)
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[], unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = decoders.ByteLevel()
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>",
                                   pad_token="<pad>")  # fmt: skip


def build_llm(config: EmbedConfig, dtype: torch.dtype | None = None, weights: bool = True) -> tuple[nn.Module, Any]:
    """(causal LM, tokenizer or None). ``weights=False`` builds the architecture only (random / meta)."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no per-shard bars on stderr
    spec = config.llm
    if spec.path and weights:
        llm = AutoModelForCausalLM.from_pretrained(spec.path, dtype=dtype or torch.float32)
    else:
        cfg = AutoConfig.from_pretrained(spec.path) if spec.path else AutoConfig.for_model(**spec.config)
        llm = AutoModelForCausalLM.from_config(cfg, dtype=dtype or torch.float32)
    tokenizer = None
    source = spec.tokenizer or spec.path
    if source == "bytes":
        tokenizer = byte_tokenizer()
    elif source:
        tokenizer = AutoTokenizer.from_pretrained(source)
    if tokenizer is not None and tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token  # as VideoChat does
    return llm, tokenizer


def _dtype(module: nn.Module) -> torch.dtype:
    return next(module.parameters()).dtype


class VideoChatEmbed(nn.Module):
    def __init__(self, config: EmbedConfig, llm: nn.Module, tokenizer: Any = None) -> None:
        super().__init__()
        self.config = config
        self.vision = EvaViT(config)
        self.gmhra = GMHRA(config)
        self.vision_norm = nn.LayerNorm(config.vision.width)  # BLIP-2's ln_vision
        self.qformer = QFormer(config)
        self.llm = llm
        self.proj = nn.Linear(config.qformer.hidden, llm.config.get_text_config().hidden_size)
        self.tokenizer = tokenizer
        self.freeze()

    # -- freezing --------------------------------------------------------------------------------------------
    def freeze(self) -> None:
        """Only the GMHRA, the extra queries, the vision LayerNorm and the projection train."""
        for name, param in self.named_parameters():
            param.requires_grad = name.startswith(TRAINABLE)

    def trainable_parameters(self) -> Iterator[tuple[str, nn.Parameter]]:
        return ((n, p) for n, p in self.named_parameters() if p.requires_grad)

    def parameter_counts(self) -> tuple[int, int]:
        """(total, trainable)."""
        total = sum(p.numel() for p in self.parameters())
        return total, sum(p.numel() for _, p in self.trainable_parameters())

    def train(self, mode: bool = True) -> VideoChatEmbed:
        super().train(mode)
        for module in (self.vision, self.qformer.bert, self.llm):  # the queries are separate parameters
            if not any(p.requires_grad for p in module.parameters()):
                module.eval()  # frozen: no dropout / drop-path, whatever the mode
        return self

    # -- the video side --------------------------------------------------------------------------------------
    def encode_video(self, video: torch.Tensor) -> torch.Tensor:
        """``(B, T, 3, H, W)`` normalised frames -> ``(B, queries + extra, LLM hidden)`` embeddings."""
        b = video.shape[0]
        grad = torch.is_grad_enabled() and any(p.requires_grad for p in self.vision.parameters())
        with torch.set_grad_enabled(grad):
            tokens, tapped, frames = self.vision(video.permute(0, 2, 1, 3, 4).to(_dtype(self.vision)),
                                                 taps=len(self.gmhra.blocks))  # fmt: skip
        parts = [tokens.reshape(b, -1, tokens.shape[-1])]  # every frame's tokens, frame after frame
        if len(self.gmhra.blocks):
            parts.append(self.gmhra(tapped, frames).to(parts[0].dtype))
        z = torch.cat(parts, dim=1)
        z = self.vision_norm(z.to(self.vision_norm.weight.dtype))
        queries = self.qformer(z.to(_dtype(self.qformer)))
        return self.proj(queries.to(self.proj.weight.dtype))

    # -- the LLM side ----------------------------------------------------------------------------------------
    def embed_inputs(self, video_embeds: torch.Tensor | None, batch: list[Encoded]) -> dict[str, torch.Tensor]:
        """Text embeddings with each sample's video embeddings spliced in at its slot; right-padded.
        Returns ``inputs_embeds``, ``attention_mask`` and ``labels`` (video and prompt positions ignored)."""
        table = self.llm.get_input_embeddings()
        device = table.weight.device
        rows, labels = [], []
        for i, enc in enumerate(batch):
            ids = torch.tensor(enc.ids, dtype=torch.long, device=device)
            text = table(ids)
            lab = torch.tensor(enc.labels, dtype=torch.long, device=device)
            if enc.video_at is not None and video_embeds is not None:
                vid = video_embeds[i].to(text.dtype)
                at = enc.video_at
                text = torch.cat([text[:at], vid, text[at:]])
                lab = torch.cat([lab[:at], lab.new_full((vid.shape[0],), IGNORE), lab[at:]])
            rows.append(text)
            labels.append(lab)
        length = max(r.shape[0] for r in rows)
        embeds = rows[0].new_zeros(len(rows), length, rows[0].shape[-1])
        mask = torch.zeros(len(rows), length, dtype=torch.long, device=device)
        out_labels = torch.full((len(rows), length), IGNORE, dtype=torch.long, device=device)
        for i, (r, lab) in enumerate(zip(rows, labels)):
            embeds[i, : r.shape[0]] = r
            mask[i, : r.shape[0]] = 1
            out_labels[i, : lab.shape[0]] = lab
        return {"inputs_embeds": embeds, "attention_mask": mask, "labels": out_labels}

    def forward(self, video: torch.Tensor | None, batch: list[Encoded]) -> Any:
        """Language-model loss of ``batch`` (one prompt per video in ``video``)."""
        video_embeds = self.encode_video(video) if video is not None else None
        return self.llm(**self.embed_inputs(video_embeds, batch))

    @torch.no_grad()
    def generate(self, video_embeds: torch.Tensor | None, prompt: Encoded, *, max_new_tokens: int = 256,
                 temperature: float = 0.0, streamer: Any = None, **kwargs: Any) -> str:  # fmt: skip
        """Greedy (or sampled) reply to one prompt, stopped at the ``###`` separator."""
        from transformers import StoppingCriteriaList

        inputs = self.embed_inputs(video_embeds, [prompt])
        inputs.pop("labels")
        tok = self.tokenizer
        options: dict[str, Any] = {"do_sample": temperature > 0}
        if temperature > 0:
            options["temperature"] = temperature
        out = self.llm.generate(
            **inputs, max_new_tokens=max_new_tokens, streamer=streamer, pad_token_id=tok.pad_token_id,
            eos_token_id=tok.eos_token_id, stopping_criteria=StoppingCriteriaList([StopAtText(tok, SEP)]),
            repetition_penalty=kwargs.get("repetition_penalty", 1.0), **options,
        )  # fmt: skip
        return tok.decode(out[0], skip_special_tokens=True).split(SEP, 1)[0].strip()


class StopAtText:
    """Stop generating once the decoded tail contains ``text`` (however the tokenizer splits it)."""

    def __init__(self, tokenizer: Any, text: str, window: int = 8) -> None:
        self.tokenizer, self.text, self.window = tokenizer, text, window

    def __call__(self, input_ids: torch.Tensor, scores: Any = None, **kwargs: Any) -> torch.Tensor:
        tails = self.tokenizer.batch_decode(input_ids[:, -self.window :], skip_special_tokens=True)
        return torch.tensor([self.text in t for t in tails], dtype=torch.bool, device=input_ids.device)


def build_model(config: EmbedConfig, device: str | torch.device = "cpu", dtype: torch.dtype | None = None,
                load_weights: bool = True, seed: int | None = 0, llm_meta: bool = False) -> VideoChatEmbed:  # fmt: skip
    """The model for ``config``: random init (seeded), then the LLM's weights and ``config.weights``.
    ``device="meta"`` builds shapes only (parameter counts of the full model without allocating it);
    ``llm_meta`` builds only the LLM on the meta device (converting weights that do not touch it)."""
    meta = str(device) == "meta"
    if seed is not None and not meta:
        torch.manual_seed(seed)
    if meta:
        with torch.device("meta"):
            llm, tokenizer = build_llm(config, weights=False)
            return VideoChatEmbed(config, llm, tokenizer)
    if llm_meta:
        with torch.device("meta"):
            llm, tokenizer = build_llm(config, weights=False)
    else:
        llm, tokenizer = build_llm(config, dtype=dtype, weights=load_weights)
    model = VideoChatEmbed(config, llm, tokenizer)
    if load_weights and config.weights:
        from videochat.embed.checkpoint import load_weights_files

        load_weights_files(model, config.weights)
    if dtype is not None:
        model.to(dtype)
    return model if llm_meta else model.to(device)


def normalise(frames: torch.Tensor) -> torch.Tensor:
    """uint8 ``(..., 3, H, W)`` RGB -> float, CLIP mean/std (what EVA-CLIP / BLIP-2 were trained with)."""
    mean = torch.tensor(CLIP_MEAN, device=frames.device).view(3, 1, 1)
    std = torch.tensor(CLIP_STD, device=frames.device).view(3, 1, 1)
    return (frames.float() / 255.0 - mean) / std
