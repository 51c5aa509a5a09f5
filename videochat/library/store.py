"""The library's SQLite store: videos, their transcript lines (FTS5-indexed), and one MiniLM vector per line.

One file holds everything, so a library can be copied or backed up as a whole. Each video is
written in one transaction: a crash leaves the old entry or the new one, never half of one.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from videochat.contracts.errors import VideochatError
from videochat.contracts.events import Event, Transcript

_SCHEMA = """
CREATE TABLE IF NOT EXISTS videos (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL,
    mtime REAL NOT NULL, duration REAL NOT NULL, transcript TEXT NOT NULL, indexed REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS lines (
    id INTEGER PRIMARY KEY, video INTEGER NOT NULL REFERENCES videos(id) ON DELETE CASCADE,
    start REAL NOT NULL, end REAL NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, vector BLOB
);
CREATE INDEX IF NOT EXISTS lines_video ON lines(video);
CREATE VIRTUAL TABLE IF NOT EXISTS lines_fts USING fts5(text, content='lines', content_rowid='id',
                                                        tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS lines_ai AFTER INSERT ON lines BEGIN
    INSERT INTO lines_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS lines_ad AFTER DELETE ON lines BEGIN
    INSERT INTO lines_fts(lines_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

#: Event kinds worth finding a video by (not shot numbers or camera motion).
SEARCHABLE = ("text", "speech", "subtitle", "tags", "caption", "objects", "action", "faces", "people", "look")


#: Words that match nearly every line, left out of word searches (unless the query has nothing else).
STOPWORDS = frozenset("a an the of in on at to is are was were be it its this that which what who where when how "
                      "does do did video videos clip show shows shown any some there and or with for by from".split())


class LibraryError(VideochatError):
    """The library store cannot be used (exit code 2, one line naming the file)."""


@dataclass(frozen=True)
class Line:
    """One searchable transcript line of one video."""

    video: str
    start: float
    end: float
    kind: str
    text: str
    score: float = 0.0


def line_text(event: Event) -> str:
    """What a line says, with its kind as a word ("speech: the storm is coming", "tags: a dog")."""
    return f"{event.kind}: {event.text}"


class LibraryStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
                db.execute("PRAGMA journal_mode=WAL")  # readers never wait for an indexing run
                db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise LibraryError(f"cannot use the library {self.path}: {exc}") from None
        self._matrix: tuple[float, np.ndarray, list[int]] | None = None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA foreign_keys=ON")
        return db

    # -- writing ---------------------------------------------------------------------------------
    def known(self, path: str) -> tuple[str, int, float] | None:
        """(hash, size, mtime) recorded for ``path``, or None when it is not in the library."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT hash, size, mtime FROM videos WHERE path=?", (path,)).fetchone()
        return (row[0], int(row[1]), float(row[2])) if row else None

    def touch(self, path: str, size: int, mtime: float) -> None:
        with closing(self._connect()) as db, db:
            db.execute("UPDATE videos SET size=?, mtime=? WHERE path=?", (size, mtime, path))

    def put(self, path: str, digest: str, size: int, mtime: float, transcript: Transcript,
            vectors: np.ndarray | None) -> int:  # fmt: skip
        """Replace ``path``'s entry with ``transcript`` (and one vector per searchable line); returns lines."""
        lines = [ev for ev in transcript.events if ev.kind in SEARCHABLE and ev.text.strip()]
        if vectors is not None:
            if len(vectors) != len(lines):
                raise ValueError("one vector per searchable line")
            vectors = np.asarray(vectors, np.float32)
            vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)  # cosine = dot
        with closing(self._connect()) as db, db:
            _delete(db, path)
            cur = db.execute("INSERT INTO videos (path, hash, size, mtime, duration, transcript, indexed) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (path, digest, size, mtime, transcript.duration, transcript.to_json(indent=None),
                              time.time()))  # fmt: skip
            vid = cur.lastrowid
            db.executemany("INSERT INTO lines (video, start, end, kind, text, vector) VALUES (?, ?, ?, ?, ?, ?)",
                           [(vid, ev.start, ev.end, ev.kind, line_text(ev),
                             None if vectors is None else np.asarray(vectors[i], np.float16).tobytes())
                            for i, ev in enumerate(lines)])  # fmt: skip
        self._matrix = None
        return len(lines)

    def remove(self, path: str) -> None:
        with closing(self._connect()) as db, db:
            _delete(db, path)
        self._matrix = None

    # -- reading ---------------------------------------------------------------------------------
    def videos(self, under: str | None = None) -> list[str]:
        with closing(self._connect()) as db:
            paths = [row[0] for row in db.execute("SELECT path FROM videos ORDER BY path")]
        return [p for p in paths if under is None or _inside(p, under)]

    def transcript(self, path: str) -> Transcript:
        with closing(self._connect()) as db:
            row = db.execute("SELECT transcript FROM videos WHERE path=?", (path,)).fetchone()
        if row is None:
            raise LibraryError(f"{path} is not in the library {self.path}")
        return Transcript.from_dict(json.loads(row[0]))

    def search_words(self, query: str, limit: int = 50, under: str | None = None) -> list[Line]:
        """Lines matching the query's words (any of them, stemmed), best BM25 first."""
        words = [w for w in re.findall(r"\w+", query.lower()) if w not in STOPWORDS] or re.findall(r"\w+", query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT v.path, l.start, l.end, l.kind, l.text, bm25(lines_fts) AS rank FROM lines_fts "
                "JOIN lines l ON l.id = lines_fts.rowid JOIN videos v ON v.id = l.video "
                "WHERE lines_fts MATCH ? ORDER BY rank LIMIT ?", (match, limit * (2 if under is None else 8))).fetchall()  # fmt: skip
        out = [Line(p, s, e, k, t, -float(r)) for p, s, e, k, t, r in rows if under is None or _inside(p, under)]
        return out[:limit]

    def search_vectors(self, query: np.ndarray, limit: int = 50, under: str | None = None) -> list[Line]:
        """Lines whose MiniLM vector is closest to ``query`` (cosine), best first."""
        ids, matrix = self._vectors()
        if not len(ids):
            return []
        query = np.asarray(query, np.float32).ravel()
        sims = matrix @ (query / max(float(np.linalg.norm(query)), 1e-9))
        k = min(len(sims), limit * (2 if under is None else 8))
        top = np.argpartition(-sims, k - 1)[:k]
        order = top[np.argsort(-sims[top])]
        picked = [ids[i] for i in order]
        with closing(self._connect()) as db:
            rows = {row[0]: row[1:] for row in db.execute(
                f"SELECT l.id, v.path, l.start, l.end, l.kind, l.text FROM lines l JOIN videos v ON v.id = l.video "
                f"WHERE l.id IN ({','.join('?' * len(picked))})", picked)}  # noqa: S608 - placeholders only
        out = [Line(*rows[i], float(sims[j])) for i, j in zip(picked, order) if i in rows]
        return [line for line in out if under is None or _inside(line.video, under)][:limit]

    def _vectors(self) -> tuple[list[int], np.ndarray]:
        """Every line vector as one float32 matrix, read once and kept until the library changes."""
        stamp = self.path.stat().st_mtime if self.path.exists() else 0.0
        wal = Path(str(self.path) + "-wal")
        stamp = max(stamp, wal.stat().st_mtime if wal.exists() else 0.0)
        if self._matrix is None or self._matrix[0] != stamp:
            with closing(self._connect()) as db:
                rows = db.execute("SELECT id, vector FROM lines WHERE vector IS NOT NULL").fetchall()
            matrix = (np.frombuffer(b"".join(v for _, v in rows), np.float16).reshape(len(rows), -1).astype(np.float32)
                      if rows else np.zeros((0, 0), np.float32))  # fmt: skip
            self._matrix = (stamp, matrix, [i for i, _ in rows])
        return self._matrix[2], self._matrix[1]

    def stats(self) -> dict[str, Any]:
        with closing(self._connect()) as db:
            videos = db.execute("SELECT COUNT(*) FROM videos").fetchone()[0]
            lines = db.execute("SELECT COUNT(*) FROM lines").fetchone()[0]
        size = sum(p.stat().st_size for p in (self.path, Path(str(self.path) + "-wal")) if p.exists())
        return {"videos": videos, "lines": lines, "bytes": size}


def _delete(db: sqlite3.Connection, path: str) -> None:
    """Drop a video and its lines (lines first, so the FTS index's delete trigger sees every one)."""
    db.execute("DELETE FROM lines WHERE video IN (SELECT id FROM videos WHERE path=?)", (path,))
    db.execute("DELETE FROM videos WHERE path=?", (path,))


def _inside(path: str, folder: str) -> bool:
    folder = str(Path(folder).expanduser().resolve())
    return path == folder or path.startswith(folder.rstrip("/") + "/")
