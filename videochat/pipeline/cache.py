"""SQLite cache of perceptor results keyed by (video content hash, perceptor, version, options)."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from videochat.contracts.errors import VideochatError
from videochat.contracts.events import Event


class CacheUnavailable(VideochatError):
    """The cache cannot be opened or written (exit code 2, one line naming the path)."""


def _corrupt(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    video TEXT NOT NULL, perceptor TEXT NOT NULL, version TEXT NOT NULL, options TEXT NOT NULL,
    events TEXT NOT NULL, run TEXT NOT NULL, created REAL NOT NULL,
    PRIMARY KEY (video, perceptor, version, options)
)"""

_WHOLE_FILE_LIMIT = 64 << 20
_CHUNK = 1 << 20
_CHUNKS = 64


def content_hash(path: str | Path) -> str:
    """A hash of the file's content: all of it up to 64 MiB, else its size and 64 evenly spread MiB.

    Renaming or copying a video keeps its cache entries; editing it changes the hash."""
    p = Path(path)
    size = p.stat().st_size
    h = hashlib.blake2b(digest_size=16)
    h.update(size.to_bytes(8, "little"))
    with open(p, "rb") as fh:
        if size <= _WHOLE_FILE_LIMIT:
            for block in iter(lambda: fh.read(_CHUNK), b""):
                h.update(block)
        else:
            for i in range(_CHUNKS):
                fh.seek((size - _CHUNK) * i // (_CHUNKS - 1))
                h.update(fh.read(_CHUNK))
    return h.hexdigest()


def source_hash(cls: type) -> str | None:
    """A short hash of the file that defines ``cls`` (None when it has no source file), stored with
    each cached result so that code changed under an unchanged ``version`` is noticed."""
    try:
        source = inspect.getsourcefile(cls)
        return hashlib.blake2b(Path(source).read_bytes(), digest_size=8).hexdigest() if source else None
    except (OSError, TypeError):
        return None


def options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, sort_keys=True, separators=(",", ":"), default=str)


class Cache:
    """Each result is written in one transaction, so a crash never leaves half an entry.

    A cache file that is not a database (corrupted, truncated) is moved aside and rebuilt, with a
    warning in :attr:`recovered`; a cache dir that cannot be written is one clear error naming it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.recovered: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._create()
        except sqlite3.DatabaseError as exc:
            if not _corrupt(exc):
                why = exc if os.access(self.path.parent, os.W_OK) else "its folder is read-only or not writable"
                raise CacheUnavailable(f"cannot use the cache {self.path}: {why} (or run with --no-cache)") from None
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                extra = Path(str(self.path) + suffix)
                if extra.exists():
                    extra.replace(Path(str(aside) + suffix))
            self._create()
            self.recovered = f"the cache {self.path} was corrupt ({exc}); moved it to {aside.name} and started a new one"
        except OSError as exc:
            raise CacheUnavailable(f"cannot use the cache {self.path}: {exc.strerror or exc} "
                                   f"(or run with --no-cache)") from None

    def _create(self) -> None:
        with closing(self._connect()) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)
            db.execute("SELECT 1 FROM results LIMIT 1").fetchone()  # reads a page (not the whole table): a corrupt file fails here

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def get(self, video: str, perceptor: str, version: str, options: str) -> tuple[list[Event], dict] | None:
        try:
            with closing(self._connect()) as db:
                row = db.execute(
                    "SELECT events, run FROM results WHERE video=? AND perceptor=? AND version=? AND options=?",
                    (video, perceptor, version, options),
                ).fetchone()
        except sqlite3.Error:
            return None  # an unreadable entry is a miss: the perceptor runs again
        if row is None:
            return None
        return [Event.from_dict(e) for e in json.loads(row[0])], json.loads(row[1])

    def put(self, video: str, perceptor: str, version: str, options: str, events: list[Event], run: dict) -> str | None:
        """Store one result; returns a one-line warning instead of raising when the disk refuses
        (full, read-only): the run's results are still returned, only not cached."""
        payload = json.dumps([e.to_dict() for e in events], ensure_ascii=False)
        try:
            with closing(self._connect()) as db, db:
                db.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (video, perceptor, version, options, payload, json.dumps(run), time.time()),
                )
        except (sqlite3.Error, OSError) as exc:
            return f"could not save {perceptor}'s results to the cache {self.path}: {exc}"
        return None

    def count(self) -> int:
        with closing(self._connect()) as db:
            return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def clear(self) -> int:
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM results").rowcount
