"""Exceptions that the CLI turns into one line on stderr and exit code 2."""

from __future__ import annotations

import errno

# What a full, read-only or size-limited disk says (EFBIG: over RLIMIT_FSIZE, SIGXFSZ being ignored).
STORAGE_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS})


class VideochatError(Exception):
    """A problem with the user's input, configuration or environment (exit code 2)."""


class BadInput(VideochatError):
    """The video (or another input file) cannot be used."""


class ConfigError(VideochatError):
    """A setting, option or name given by the user is invalid."""


class ModelUnavailable(VideochatError):
    """A model could not be found locally and could not be fetched."""


class StorageError(VideochatError):
    """A file could not be written: the disk is full, read-only or over a size limit."""

    @classmethod
    def from_os(cls, exc: OSError, what: str = "", path: object = None) -> StorageError:
        """One line naming the file (``what`` says what it holds, e.g. "the frame spool ")."""
        return cls(f"cannot write {what}{path or exc.filename or 'a file'}: {exc.strerror or exc}")
