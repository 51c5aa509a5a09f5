"""VideoChat-Embed in torch: frames -> EVA ViT + GMHRA -> vision LayerNorm -> Q-Former -> projection -> LLM.

Freezing follows the paper (and the released configs: ``freeze_vit``, ``freeze_qformer``, open MHRA):
only the GMHRA, the extra queries, the vision LayerNorm and the projection train. The frozen ViT runs
without autograd; gradients flow through the frozen Q-Former and LLM back to the trainable parts.
Frozen modules stay in eval mode when the model trains (no dropout in them), as in the official code.

Precision (``config.chat.precision``): ``official`` runs the video side in fp32 weights under fp16
autocast on CUDA (none on the CPU) with the LLM in fp16, as the release does; ``cast`` puts the whole
model in one dtype. The vision LayerNorm always computes in fp32 (the release's ``ln_vision``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from videochat.devices import pick_dtype
from videochat.embed.config import ChatConfig, EmbedConfig
from videochat.embed.generation import clean_reply, generation_kwargs
from videochat.embed.gmhra import GMHRA
from videochat.embed.prompt import IGNORE, Encoded
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


class FP32LayerNorm(nn.LayerNorm):
    """A LayerNorm computed in fp32 whatever the input's and weights' dtype; the output keeps the input's."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weight = self.weight.float() if self.weight is not None else None
        bias = self.bias.float() if self.bias is not None else None
        with torch.autocast(x.device.type, enabled=False):
            out = F.layer_norm(x.float(), self.normalized_shape, weight, bias, self.eps)
        return out.to(x.dtype)


class VideoChatEmbed(nn.Module):
    def __init__(self, config: EmbedConfig, llm: nn.Module, tokenizer: Any = None) -> None:
        super().__init__()
        self.config = config
        self.vision = EvaViT(config)
        self.gmhra = GMHRA(config)
        self.vision_norm = FP32LayerNorm(config.vision.width)  # BLIP-2's ln_vision
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

    def to_dtype(self, dtype: torch.dtype | None, llm_dtype: torch.dtype | None = None) -> VideoChatEmbed:
        """Cast the model to ``dtype``, and the LLM to ``llm_dtype`` when given."""
        if dtype is not None:
            self.to(dtype)
        if llm_dtype is not None:
            self.llm.to(llm_dtype)
        return self

    def train(self, mode: bool = True) -> VideoChatEmbed:
        super().train(mode)
        for module in (self.vision, self.qformer.bert, self.llm):  # the queries are separate parameters
            if not any(p.requires_grad for p in module.parameters()):
                module.eval()  # frozen: no dropout / drop-path, whatever the mode
        return self

    # -- the video side --------------------------------------------------------------------------------------
    def encode_video(self, video: torch.Tensor) -> torch.Tensor:
        """``(B, T, 3, H, W)`` normalised frames -> ``(B, queries + extra, LLM hidden)`` embeddings
        (under fp16 autocast on CUDA with the ``official`` precision policy)."""
        autocast = self.config.chat.precision == "official" and video.device.type == "cuda"
        with torch.autocast("cuda", dtype=torch.float16, enabled=autocast):
            return self._encode_video(video)

    def _encode_video(self, video: torch.Tensor) -> torch.Tensor:
        b = video.shape[0]
        grad = torch.is_grad_enabled() and any(p.requires_grad for p in self.vision.parameters())
        with torch.set_grad_enabled(grad):
            tokens, tapped, frames = self.vision(video.permute(0, 2, 1, 3, 4).to(_dtype(self.vision)),
                                                 taps=len(self.gmhra.blocks))  # fmt: skip
        parts = [tokens.reshape(b, -1, tokens.shape[-1])]  # every frame's tokens, frame after frame
        if len(self.gmhra.blocks):
            parts.append(self.gmhra(tapped, frames).to(parts[0].dtype))
        z = self.vision_norm(torch.cat(parts, dim=1))
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
    def generate(self, video_embeds: torch.Tensor | None, prompt: Encoded, *, chat: ChatConfig | None = None,
                 max_new_tokens: int | None = None, temperature: float | None = None,
                 streamer: Any = None) -> str:  # fmt: skip
        """A reply to one prompt with the decoding settings of ``chat`` (default: the config's), up to
        the ``###`` separator; ``max_new_tokens`` / ``temperature`` override them."""
        inputs = self.embed_inputs(video_embeds, [prompt])
        inputs.pop("labels")
        settings = generation_kwargs(chat or self.config.chat, self.tokenizer, max_new_tokens=max_new_tokens,
                                     temperature=temperature)  # fmt: skip
        out = self.llm.generate(**inputs, streamer=streamer, **settings)
        return clean_reply(self.tokenizer.decode(out[0], skip_special_tokens=True))


def build_model(config: EmbedConfig, device: str | torch.device = "cpu", dtype: torch.dtype | None = None,
                load_weights: bool = True, seed: int | None = 0, llm_meta: bool = False,
                llm_dtype: torch.dtype | None = None) -> VideoChatEmbed:  # fmt: skip
    """The model for ``config``: random init (seeded), then the LLM's weights (``config.weights`` are
    loaded by :func:`videochat.embed.checkpoint.build_with_weights`). ``dtype`` casts the model,
    ``llm_dtype`` the LLM instead. ``device="meta"`` builds shapes only (parameter counts of the full
    model without allocating it); ``llm_meta`` builds only the LLM on the meta device."""
    meta = str(device) == "meta"
    if seed is not None and not meta:
        torch.manual_seed(seed)
    if meta or llm_meta:
        with torch.device("meta"):
            llm, tokenizer = build_llm(config, weights=False)
        if meta:
            with torch.device("meta"):
                return VideoChatEmbed(config, llm, tokenizer)
    else:
        llm, tokenizer = build_llm(config, dtype=llm_dtype or dtype, weights=load_weights)
    model = VideoChatEmbed(config, llm, tokenizer).to_dtype(dtype, llm_dtype)
    return model if llm_meta else model.to(device)


def precision_dtypes(config: EmbedConfig, device: str) -> tuple[torch.dtype | None, torch.dtype | None]:
    """``(model dtype, LLM dtype)`` for ``config.chat.precision`` on ``device`` (None: as built, fp32).
    ``official`` on CUDA: fp32 weights and an fp16 LLM; ``cast``: bf16 (fp16 without bf16) on CUDA."""
    if not str(device).startswith("cuda"):
        return None, None
    if config.chat.precision == "official":
        return None, torch.float16
    return pick_dtype(str(device)), None


def normalise(frames: torch.Tensor) -> torch.Tensor:
    """uint8 ``(..., 3, H, W)`` RGB -> float, CLIP mean/std (what EVA-CLIP / BLIP-2 were trained with)."""
    mean = torch.tensor(CLIP_MEAN, device=frames.device).view(3, 1, 1)
    std = torch.tensor(CLIP_STD, device=frames.device).view(3, 1, 1)
    return (frames.float() / 255.0 - mean) / std
