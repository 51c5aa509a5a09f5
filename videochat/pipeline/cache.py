"""SQLite cache of perceptor results keyed by (video content hash, perceptor, version, options)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from videochat.pipeline.transcript import Event

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


def options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, sort_keys=True, separators=(",", ":"), default=str)


class Cache:
    """Each result is written in one transaction, so a crash never leaves half an entry."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def get(self, video: str, perceptor: str, version: str, options: str) -> tuple[list[Event], dict] | None:
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT events, run FROM results WHERE video=? AND perceptor=? AND version=? AND options=?",
                (video, perceptor, version, options),
            ).fetchone()
        if row is None:
            return None
        return [Event.from_dict(e) for e in json.loads(row[0])], json.loads(row[1])

    def put(self, video: str, perceptor: str, version: str, options: str, events: list[Event], run: dict) -> None:
        payload = json.dumps([e.to_dict() for e in events], ensure_ascii=False)
        with closing(self._connect()) as db, db:
            db.execute(
                "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
                (video, perceptor, version, options, payload, json.dumps(run), time.time()),
            )

    def count(self) -> int:
        with closing(self._connect()) as db:
            return db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def clear(self) -> int:
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM results").rowcount
