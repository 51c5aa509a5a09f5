"""Work folders for the frame spool: locked while in use, swept when a killed run left them behind.

Each run holds an exclusive ``flock`` on ``LOCK`` inside its folder for as long as it lives; the
kernel drops the lock when the process dies, however it dies. A new run removes folders whose lock
it can take (their owner is gone), so a ``kill -9`` costs disk only until the next run.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from pathlib import Path

LOCK = ".lock"
_held: dict[str, int] = {}  # folder -> open, locked descriptor (closed when the folder is released)


def sweep(root: Path) -> int:
    """Remove abandoned run folders under ``root``; returns how many were removed."""
    removed = 0
    if not root.is_dir():
        return 0
    for folder in root.glob("run-*"):
        lock = folder / LOCK
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a live run holds it
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
        finally:
            os.close(fd)
    return removed


def make_workdir(root: Path) -> Path:
    """A fresh, locked folder under ``root`` (or the system temp dir when ``root`` is not writable,
    e.g. a read-only cache dir used with ``--no-cache``)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        sweep(root)
        folder = Path(tempfile.mkdtemp(prefix="run-", dir=root))
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="videochat-run-"))
    fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    _held[str(folder)] = fd
    return folder


def release(folder: Path) -> None:
    """Delete a folder made by :func:`make_workdir` and drop its lock."""
    shutil.rmtree(folder, ignore_errors=True)
    fd = _held.pop(str(folder), None)
    if fd is not None:
        os.close(fd)
