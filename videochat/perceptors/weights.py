"""Checking a state dict against the tensors a network expects, for our own definitions of released models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def mismatch(state: Mapping[str, Any], expected: Mapping[str, tuple[int, ...]]) -> str | None:
    """One line saying which keys are missing, unexpected or the wrong shape (a few of each), or None when all fit."""
    missing = sorted(set(expected) - set(state))
    unexpected = sorted(set(state) - set(expected))
    misshapen = sorted(k for k in set(expected) & set(state) if tuple(state[k].shape) != tuple(expected[k]))
    if not (missing or unexpected or misshapen):
        return None
    return "; ".join(f"{what} {len(keys)} ({', '.join(keys[:3])}{', ...' if len(keys) > 3 else ''})"
                     for what, keys in [("missing", missing), ("unexpected", unexpected), ("wrong shape", misshapen)]
                     if keys)  # fmt: skip
