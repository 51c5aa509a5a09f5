"""GMHRA: the global multi-head relation aggregator of UniFormerV2, as VideoChat adds it to EVA-ViT-g.

One learnable video token cross-attends, in turn, to all frames' tokens of each of the last N ViT
blocks. Before each attention the frame tokens get a depthwise 3D-convolution position encoding
(DPE, 3x3x3 over time and space), so the token sees where and when things are. The attention's
output projection and the MLP's last layer start at zero: at initialisation the aggregator adds
nothing and the pretrained image features pass through unchanged.

Official names (``visual_encoder.gmhra.J.*``) -> ours (``gmhra.blocks.J.*``): ``ln_1`` -> ``norm_q``,
``ln_3`` -> ``norm_kv``, ``ln_2`` -> ``norm_mlp``, ``mlp.c_fc`` -> ``mlp.fc1``, ``mlp.c_proj`` ->
``mlp.fc2``; ``dpe`` and ``attn`` (an ``nn.MultiheadAttention``) keep their names;
``visual_encoder.gmhra_cls_token`` -> ``gmhra.token``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from videochat.embed.config import EmbedConfig
from videochat.embed.vit import DropPath


class GMHRAMlp(nn.Module):
    def __init__(self, dim: int, hidden: int, dropout: float) -> None:
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.drop = nn.Dropout(dropout)
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.drop(self.act(self.fc1(x))))


class GMHRABlock(nn.Module):
    """``token (B, 1, C)`` attends to ``frames (B*T, 1 + h*w, C)`` after the DPE; residual, then an MLP."""

    def __init__(self, dim: int, heads: int, mlp_ratio: float, grid: int, dropout: float, drop_path: float) -> None:
        super().__init__()
        self.grid = grid
        self.dpe = nn.Conv3d(dim, dim, kernel_size=3, padding=1, groups=dim)
        self.attn = nn.MultiheadAttention(dim, heads)
        self.norm_q = nn.LayerNorm(dim)
        self.norm_kv = nn.LayerNorm(dim)
        self.norm_mlp = nn.LayerNorm(dim)
        self.mlp = GMHRAMlp(dim, round(mlp_ratio * dim), dropout)
        self.drop_path = DropPath(drop_path)
        if not self.dpe.weight.is_meta:
            with torch.no_grad():
                nn.init.zeros_(self.dpe.bias)
                nn.init.xavier_uniform_(self.attn.in_proj_weight)
                nn.init.zeros_(self.attn.out_proj.weight)  # zero-initialised outputs
                nn.init.zeros_(self.attn.out_proj.bias)
                nn.init.xavier_uniform_(self.mlp.fc1.weight)
                nn.init.zeros_(self.mlp.fc2.weight)
                nn.init.zeros_(self.mlp.fc2.bias)

    def position_encode(self, y: torch.Tensor, frames: int) -> torch.Tensor:
        """Add the depthwise-conv position encoding to the patch tokens (class tokens untouched)."""
        bt, n, c = y.shape
        b, g = bt // frames, self.grid
        patches = y[:, 1:].reshape(b, frames, g, g, c).permute(0, 4, 1, 2, 3)
        encoded = self.dpe(patches).permute(0, 2, 3, 4, 1).reshape(bt, n - 1, c)
        return torch.cat([y[:, :1], y[:, 1:] + encoded], dim=1)

    def attend(self, q: torch.Tensor, kv: torch.Tensor) -> torch.Tensor:
        """Multi-head cross-attention with ``nn.MultiheadAttention``'s packed weights (batch first)."""
        c, h = q.shape[-1], self.attn.num_heads
        w, bias = self.attn.in_proj_weight, self.attn.in_proj_bias
        qh = F.linear(q, w[:c], bias[:c])
        kh = F.linear(kv, w[c : 2 * c], bias[c : 2 * c])
        vh = F.linear(kv, w[2 * c :], bias[2 * c :])
        split = lambda x: x.reshape(x.shape[0], x.shape[1], h, c // h).transpose(1, 2)  # noqa: E731
        out = F.scaled_dot_product_attention(split(qh), split(kh), split(vh))
        return self.attn.out_proj(out.transpose(1, 2).reshape(q.shape[0], q.shape[1], c))

    def forward(self, token: torch.Tensor, frames_tokens: torch.Tensor, frames: int) -> torch.Tensor:
        y = self.position_encode(self.norm_kv(frames_tokens), frames)
        kv = y.reshape(token.shape[0], -1, y.shape[-1])  # all frames' tokens of one video: (B, T*(1+h*w), C)
        token = token + self.drop_path(self.attend(self.norm_q(token), kv))
        return token + self.drop_path(self.mlp(self.norm_mlp(token)))


class GMHRA(nn.Module):
    """The learnable video token and one :class:`GMHRABlock` per tapped ViT block (shallowest first)."""

    def __init__(self, config: EmbedConfig) -> None:
        super().__init__()
        v, g = config.vision, config.gmhra
        self.token = nn.Parameter(torch.zeros(1, 1, v.width))
        rates = [g.drop_path * i / max(g.layers - 1, 1) for i in range(g.layers)]
        self.blocks = nn.ModuleList(
            GMHRABlock(v.width, v.heads, v.mlp_ratio, config.grid, g.dropout, rates[i]) for i in range(g.layers)
        )

    def forward(self, tapped: list[torch.Tensor], frames: int) -> torch.Tensor:
        """``tapped``: the outputs of the last ``len(blocks)`` ViT blocks. Returns the video token ``(B, 1, C)``."""
        batch = tapped[0].shape[0] // frames
        token = self.token.expand(batch, -1, -1)
        for block, frames_tokens in zip(self.blocks, tapped):
            token = block(token, frames_tokens.to(token.dtype), frames)
        return token
