"""Kept for plugins written before :mod:`videochat.plugin`: the errors live in :mod:`videochat.contracts.errors`."""

from videochat.contracts.errors import (
    STORAGE_ERRNOS,
    BadInput,
    ConfigError,
    ModelUnavailable,
    StorageError,
    VideochatError,
)

__all__ = ["STORAGE_ERRNOS", "BadInput", "ConfigError", "ModelUnavailable", "StorageError", "VideochatError"]
