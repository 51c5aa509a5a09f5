"""The BLIP-2 Q-Former (transformers' ``Blip2QFormerModel``) with its 32 queries and VideoChat's extra queries.

The pretrained queries (``query_tokens``) and the extra ones (``extra_query_tokens``, zeros at first,
trained) are concatenated and read the video tokens through cross-attention every other layer.
Only the query branch exists (no word embeddings, no text FFN), as in VideoChat.

Official names -> ours: ``Qformer.bert.embeddings.LayerNorm`` -> ``qformer.bert.layernorm``;
``Qformer.bert.encoder.layer.I.attention.self.*`` -> ``qformer.bert.encoder.layer.I.attention.attention.*``
(``crossattention`` likewise); the other layer names are the same; ``query_tokens`` /
``extra_query_tokens`` -> ``qformer.query_tokens`` / ``qformer.extra_query_tokens``.
"""

from __future__ import annotations

import torch
from torch import nn

from videochat.embed.config import EmbedConfig


class QFormer(nn.Module):
    def __init__(self, config: EmbedConfig) -> None:
        super().__init__()
        from transformers import Blip2QFormerConfig, Blip2QFormerModel

        q = config.qformer
        self.config = Blip2QFormerConfig(
            hidden_size=q.hidden, num_hidden_layers=q.layers, num_attention_heads=q.heads,
            intermediate_size=q.intermediate, cross_attention_frequency=q.cross_every,
            encoder_hidden_size=config.vision.width, hidden_dropout_prob=q.dropout,
            attention_probs_dropout_prob=q.dropout, use_qformer_text_input=False, layer_norm_eps=1e-12,
        )  # fmt: skip
        self.bert = Blip2QFormerModel(self.config)
        self.query_tokens = nn.Parameter(torch.zeros(1, q.queries, q.hidden))
        self.extra_query_tokens = nn.Parameter(torch.zeros(1, q.extra_queries, q.hidden))
        if not self.query_tokens.is_meta:
            nn.init.normal_(self.query_tokens, std=0.02)

    def forward(self, video_tokens: torch.Tensor) -> torch.Tensor:
        """``(B, L, vision width)`` -> ``(B, queries + extra_queries, hidden)``."""
        queries = torch.cat([self.query_tokens, self.extra_query_tokens], dim=1).expand(video_tokens.shape[0], -1, -1)
        out = self.bert(query_embeds=queries, encoder_hidden_states=video_tokens)
        return out.last_hidden_state
