"""EVA ViT frame encoder, shaped as BLIP-2 and VideoChat use it (EVA-ViT-g: 39 blocks, 1408 wide).

Frames are patchified by a 3D convolution (kernel ``temporal_kernel x p x p``; the released 2D weight
is inflated on load), every frame gets a class token and the learned position embedding, and the
blocks run on each frame independently. Parameter names follow the EVA/BLIP-2 code (``blocks.N.attn.qkv``,
``q_bias``, ``v_bias`` ...), so the released weights load by prefix alone. There is no final norm:
the model's ``vision_norm`` (BLIP-2's ``ln_vision``) follows the GMHRA.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from videochat.embed.config import EmbedConfig


class DropPath(nn.Module):
    """Stochastic depth: drop the residual branch per sample while training."""

    def __init__(self, p: float = 0.0) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.p == 0.0 or not self.training:
            return x
        keep = x.new_empty((x.shape[0],) + (1,) * (x.ndim - 1)).bernoulli_(1 - self.p)
        return x * keep / (1 - self.p)


class Attention(nn.Module):
    """EVA self-attention: one ``qkv`` matrix without bias, separate ``q_bias`` and ``v_bias`` (no k bias)."""

    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, dim * 3, bias=False)
        self.q_bias = nn.Parameter(torch.zeros(dim))
        self.v_bias = nn.Parameter(torch.zeros(dim))
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, n, c = x.shape
        bias = torch.cat([self.q_bias, torch.zeros_like(self.v_bias), self.v_bias])
        qkv = F.linear(x, self.qkv.weight, bias).reshape(b, n, 3, self.heads, c // self.heads).permute(2, 0, 3, 1, 4)
        out = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2])
        return self.proj(out.transpose(1, 2).reshape(b, n, c))


class Mlp(nn.Module):
    def __init__(self, dim: int, hidden: int) -> None:
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.act(self.fc1(x)))


class Block(nn.Module):
    def __init__(self, dim: int, heads: int, mlp_ratio: float, eps: float, drop_path: float) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=eps)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=eps)
        self.mlp = Mlp(dim, int(dim * mlp_ratio))
        self.drop_path = DropPath(drop_path)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.drop_path(self.attn(self.norm1(x)))
        return x + self.drop_path(self.mlp(self.norm2(x)))


class PatchEmbed(nn.Module):
    """``(B, 3, T, H, W)`` -> ``(B, width, T', H/p, W/p)`` by a 3D convolution."""

    def __init__(self, patch: int, width: int, temporal_kernel: int) -> None:
        super().__init__()
        k = temporal_kernel
        self.proj = nn.Conv3d(3, width, kernel_size=(k, patch, patch), stride=(1 if k == 1 else 2, patch, patch),
                              padding=(k // 2, 0, 0))  # fmt: skip

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(x)


class EvaViT(nn.Module):
    """Per-frame EVA ViT. :meth:`forward` returns the last block's tokens and the outputs of the last
    ``taps`` blocks (what the GMHRA reads), each ``(B*T, 1 + grid**2, width)``."""

    def __init__(self, config: EmbedConfig) -> None:
        super().__init__()
        v = config.vision
        self.width, self.grid = v.width, config.grid
        self.patch_embed = PatchEmbed(v.patch_size, v.width, v.temporal_kernel)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, v.width))
        self.pos_embed = nn.Parameter(torch.zeros(1, self.grid**2 + 1, v.width))
        rates = [v.drop_path * i / max(v.depth - 1, 1) for i in range(v.depth)]  # stochastic depth decay
        self.blocks = nn.ModuleList(Block(v.width, v.heads, v.mlp_ratio, v.eps, rates[i]) for i in range(v.depth))
        self.gradient_checkpointing = False
        self._init_weights()

    @torch.no_grad()
    def _init_weights(self) -> None:
        if self.pos_embed.is_meta:
            return
        nn.init.trunc_normal_(self.pos_embed, std=0.02)
        nn.init.trunc_normal_(self.cls_token, std=0.02)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.trunc_normal_(m.weight, std=0.02)
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
        for i, block in enumerate(self.blocks, 1):  # EVA's depth-scaled residual init
            block.attn.proj.weight.div_(math.sqrt(2.0 * i))
            block.mlp.fc2.weight.div_(math.sqrt(2.0 * i))

    def forward(self, video: torch.Tensor, taps: int = 0) -> tuple[torch.Tensor, list[torch.Tensor], int]:
        """``video``: ``(B, 3, T, H, W)``. Returns (tokens, tapped block outputs, frames after patchify)."""
        x = self.patch_embed(video)
        b, c, t, h, w = x.shape
        x = x.permute(0, 2, 3, 4, 1).reshape(b * t, h * w, c)
        x = torch.cat([self.cls_token.expand(b * t, -1, -1).to(x.dtype), x], dim=1) + self.pos_embed.to(x.dtype)
        tapped: list[torch.Tensor] = []
        first_tap = len(self.blocks) - taps
        for i, block in enumerate(self.blocks):
            if self.gradient_checkpointing and self.training and torch.is_grad_enabled():
                x = torch.utils.checkpoint.checkpoint(block, x, use_reentrant=False)
            else:
                x = block(x)
            if i >= first_tap:
                tapped.append(x)
        return x, tapped, t
