"""Kept for plugins written before :mod:`videochat.plugin`: the errors live in :mod:`videochat.contracts.errors`."""

from videochat.contracts.errors import (
    BadInput,
    ConfigError,
    ModelUnavailable,
    VideochatError,
)

__all__ = ["BadInput", "ConfigError", "ModelUnavailable", "VideochatError"]
