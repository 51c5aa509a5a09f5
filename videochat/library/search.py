"""Searching the library by words (FTS5/BM25) and by meaning (MiniLM), and answering across its videos.

A search returns videos best first, each with the lines that matched and their times. A question
about the library is put to the best-matching videos one by one, through the same session factory
and answering strategy as a single video, so every answer is grounded in one video's transcript and
cites its times; videos whose transcript does not show the answer are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from videochat.config import Settings
from videochat.contracts.errors import ModelUnavailable
from videochat.library.store import LibraryStore, Line
from videochat.llm.context import minilm_embedder
from videochat.llm.grounded import NOT_FOUND
from videochat.session import backend_for, chat_for

Mode = Literal["auto", "words", "meaning"]
_FUSION_K = 60  # reciprocal-rank fusion constant (the usual one)
MIN_SIMILARITY = 0.3  # MiniLM cosine below which a line is not about the query (unrelated lines score ~0-0.2)
_REFUSAL = re.compile(r"\b(does not show|doesn't show|does not say|cannot tell|can't tell|no evidence)\b", re.I)


@dataclass
class Hit:
    """One video that matches, with its best lines."""

    video: str
    score: float
    lines: list[Line] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"video": self.video, "score": round(self.score, 4),
                "lines": [{"start": ln.start, "end": ln.end, "kind": ln.kind, "text": ln.text} for ln in self.lines]}  # fmt: skip


def search(store: LibraryStore, query: str, *, mode: Mode = "auto", limit: int = 10, under: str | None = None,
           lines_per_video: int = 3) -> list[Hit]:  # fmt: skip
    """Videos matching ``query``, best first. ``auto`` fuses the word and meaning rankings."""
    rankings: list[list[Line]] = []
    if mode in ("auto", "words"):
        rankings.append(store.search_words(query, limit=100, under=under))
    if mode in ("auto", "meaning"):
        embed = minilm_embedder()
        if embed is None and mode == "meaning":
            raise ModelUnavailable("meaning search needs the MiniLM model (videochat models pull all-minilm-l6-v2)")
        if embed is not None:
            near = store.search_vectors(embed([query])[0], limit=100, under=under)
            rankings.append([line for line in near if line.score >= MIN_SIMILARITY])
    fused: dict[tuple[str, float, float, str], float] = defaultdict(float)
    best: dict[tuple[str, float, float, str], Line] = {}
    for ranking in rankings:
        for rank, line in enumerate(ranking):
            key = (line.video, line.start, line.end, line.text)
            fused[key] += 1.0 / (_FUSION_K + rank)
            best.setdefault(key, line)
    per_video: dict[str, list[tuple[float, Line]]] = defaultdict(list)
    for key, score in fused.items():
        per_video[key[0]].append((score, best[key]))
    hits = []
    for video, scored in per_video.items():
        scored.sort(key=lambda item: -item[0])
        top = scored[:lines_per_video]
        hits.append(Hit(video, sum(s for s, _ in top), sorted((ln for _, ln in top), key=lambda ln: ln.start)))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


@dataclass
class LibraryAnswer:
    answer: str
    videos: list[dict[str, Any]]  # {"video", "answer", "cited_times"} per video that shows it
    searched: int

    def to_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "videos": self.videos, "searched": self.searched}


def ask_library(store: LibraryStore, question: str, settings: Settings, *, model: str | None = None,
                under: str | None = None, candidates: int = 5) -> LibraryAnswer:  # fmt: skip
    """Answer ``question`` across the library: the best-matching videos, each answered from its own transcript."""
    hits = search(store, question, limit=candidates, under=under)
    backend = backend_for(settings, model) if hits else None
    found = []
    for hit in hits:
        chat = chat_for(store.transcript(hit.video), settings, backend=backend)
        reply = chat.ask(question, remember=False)
        if reply.answer.strip() == NOT_FOUND or _REFUSAL.search(reply.answer.split(".")[0]):
            continue
        found.append({"video": hit.video, "answer": reply.answer.strip(), "cited_times": reply.cited_times})
    total = len(store.videos(under))
    if not found:
        return LibraryAnswer(f"None of the {total} indexed videos shows this.", [], len(hits))
    text = "\n".join(f"{Path(item['video']).name}: {item['answer']}" for item in found)
    return LibraryAnswer(text, found, len(hits))
