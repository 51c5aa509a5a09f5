"""Chat history in SQLite, so ``videochat chat VIDEO --resume`` continues the last conversation."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT, video_hash TEXT NOT NULL, video TEXT NOT NULL,
    model TEXT NOT NULL, created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    conversation INTEGER NOT NULL REFERENCES conversations(id), turn INTEGER NOT NULL,
    role TEXT NOT NULL, content TEXT NOT NULL, created REAL NOT NULL, PRIMARY KEY (conversation, turn)
);
CREATE INDEX IF NOT EXISTS conversations_by_video ON conversations(video_hash, created);
"""


class ChatHistory:
    """Conversations per video; each message is committed as soon as it exists (nothing is lost)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)

    def start(self, video_hash: str, video: str, model: str) -> int:
        with self.db:
            cur = self.db.execute(
                "INSERT INTO conversations (video_hash, video, model, created) VALUES (?, ?, ?, ?)",
                (video_hash, video, model, time.time()),
            )
        return int(cur.lastrowid)

    def latest(self, video_hash: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM conversations WHERE video_hash = ? ORDER BY created DESC, id DESC LIMIT 1", (video_hash,)
        ).fetchone()
        return None if row is None else int(row[0])

    def belongs(self, conversation: int, video_hash: str) -> bool:
        row = self.db.execute("SELECT video_hash FROM conversations WHERE id = ?", (conversation,)).fetchone()
        return row is not None and row[0] == video_hash

    def add(self, conversation: int, message: BaseMessage) -> None:
        role = "human" if isinstance(message, HumanMessage) else "ai"
        with self.db:
            (turn,) = self.db.execute(
                "SELECT COALESCE(MAX(turn), -1) + 1 FROM messages WHERE conversation = ?", (conversation,)
            ).fetchone()
            self.db.execute(
                "INSERT INTO messages (conversation, turn, role, content, created) VALUES (?, ?, ?, ?, ?)",
                (conversation, turn, role, str(message.content), time.time()),
            )

    def messages(self, conversation: int) -> list[BaseMessage]:
        rows = self.db.execute(
            "SELECT role, content FROM messages WHERE conversation = ? ORDER BY turn", (conversation,)
        ).fetchall()
        return [HumanMessage(c) if r == "human" else AIMessage(c) for r, c in rows]

    def close(self) -> None:
        self.db.close()


def to_markdown(video: str, messages: list[BaseMessage]) -> str:
    """A conversation as Markdown (``/save FILE``)."""
    out = [f"# Chat about {video}", ""]
    for m in messages:
        who = "**You**" if isinstance(m, HumanMessage) else "**VideoChat**"
        out += [f"{who}: {m.content}", ""]
    return "\n".join(out)
