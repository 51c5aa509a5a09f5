"""Choose what of a transcript goes into the prompt, within a token budget.

- ``full``: the whole rendered transcript, when it fits and the model can use it.
- ``focused``: for questions, transcript lines ranked by BM25 over their words, the times and
  modalities the question names, and (for long transcripts) MiniLM embeddings of the windows they sit
  in; the matching lines come first, then other lines in time order while the budget lasts.
The grounded look-up (:mod:`videochat.llm.grounded`) leads the data section as facts when it found one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from videochat.contracts.events import Event, Transcript, count_tokens
from videochat.llm.question import parse
from videochat.model_cache import MODELS
from videochat.prompts.templates import fence

_TOKEN = re.compile(r"[a-z0-9]+")
EMBED_MIN_LINES = 200  # below this, BM25 + time/modality cues do as well and cost nothing
WINDOW_SECONDS = 30.0
OTHER_LINES = "(other lines, in time order:)"


@dataclass
class Context:
    """The data section of a prompt and how it was chosen."""

    text: str
    strategy: str  # full | focused
    tokens: int
    lines: int
    total_lines: int
    facts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "tokens": self.tokens, "lines": self.lines,
                "total_lines": self.total_lines, "facts": self.facts}  # fmt: skip


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _bm25(docs: list[list[str]], query: list[str]) -> list[float]:
    if not query or not docs:
        return [0.0] * len(docs)
    from rank_bm25 import BM25Plus

    raw = BM25Plus(docs).get_scores(query)
    # BM25Plus gives every document a floor for each query term; keep only real matches.
    qset = set(query)
    return [float(s) if qset & set(d) else 0.0 for s, d in zip(raw, docs)]


def _normalise(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]


def rank_lines(transcript: Transcript, question: str, embedder: Callable | None = None) -> list[float]:
    """A relevance score per event (0 = unrelated) for ``question``: BM25 over the names it uses,
    the kinds its modality points at, the time windows it names, and (long transcripts) MiniLM."""
    q = parse(question, transcript.duration)
    events = transcript.events
    docs = [_tokens(f"{ev.kind} {ev.text}") for ev in events]
    scores = _normalise(_bm25(docs, [t for term in [*q.terms, *q.anchor] for t in _tokens(term)]))
    kinds = set(q.kinds)
    for i, ev in enumerate(events):
        if ev.kind in kinds:
            scores[i] += 0.5
        for w in q.times:
            if ev.start - 1.0 <= w.end and ev.end + 1.0 >= w.start:
                scores[i] += 1.5
            elif ev.start - 5.0 <= w.end and ev.end + 5.0 >= w.start:
                scores[i] += 0.5
    if embedder is not None and len(events) >= EMBED_MIN_LINES and question.strip():
        for i, sim in enumerate(_window_similarity(events, question, embedder)):
            scores[i] += 0.75 * max(0.0, sim)
    return scores


def _window_similarity(events: list[Event], question: str, embedder: Callable) -> list[float]:
    """Cosine similarity of the question to the time window each event falls in."""
    import numpy as np

    windows: dict[int, list[str]] = {}
    for ev in events:
        windows.setdefault(int(ev.start // WINDOW_SECONDS), []).append(f"{ev.kind}: {ev.text}")
    keys = sorted(windows)
    vectors = np.asarray(embedder([question] + [" ".join(windows[k])[:2000] for k in keys]), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    sims = dict(zip(keys, (vectors[1:] @ vectors[0]).tolist()))
    return [sims[int(ev.start // WINDOW_SECONDS)] for ev in events]


def render_lines(transcript: Transcript, events: list[Event]) -> list[str]:
    return [fence(transcript.line(ev)) for ev in events]


def build_context(
    transcript: Transcript, question: str, budget: int, *, focus: bool = False, facts: list[str] | None = None,
    count: Callable[[str], int] = count_tokens, embedder: Callable | None = None, scores: list[float] | None = None,
) -> Context:  # fmt: skip
    """The data section for ``question`` (empty question = the whole video) within ``budget`` tokens;
    ``scores`` (from :func:`rank_lines`) saves ranking again when the caller already did."""
    facts_lines = [fence(f) for f in facts or []]
    lines = render_lines(transcript, transcript.events)
    head = ("facts: " + "\nfacts: ".join(facts_lines) + "\n") if facts_lines else ""
    full = head + "\n".join(lines)
    if not focus and count(full) <= budget:
        return Context(full, "full", count(full), len(lines), len(lines), len(facts_lines))

    if scores is None:
        scores = rank_lines(transcript, question, embedder=embedder)
    ranked = [i for i in sorted(range(len(lines)), key=lambda i: (-scores[i], i)) if scores[i] > 0]
    chosen, used = _fit(lines, ranked, count(head), budget, count, stop_when_full=False)  # best lines that fit
    matched = sorted(chosen)
    rest: list[int] = []
    if not focus or not matched:  # then the other lines in time order, while they fit
        taken = set(chosen)
        marker = count(OTHER_LINES) + 1 if matched else 0  # the marker line counts against the budget too
        rest, _ = _fit(lines, [i for i in range(len(lines)) if i not in taken], used + marker, budget, count,
                       stop_when_full=True)  # fmt: skip
    parts = [lines[i] for i in matched]
    if matched and rest:
        parts.append(OTHER_LINES)
    parts += [lines[i] for i in rest]
    text = head + "\n".join(parts)
    return Context(text, "focused", count(text), len(matched) + len(rest), len(lines), len(facts_lines))


def _fit(lines: list[str], order: list[int], used: int, budget: int, count: Callable[[str], int],
         stop_when_full: bool) -> tuple[list[int], int]:  # fmt: skip
    """Indices from ``order`` whose lines (and a newline each) fit in ``budget`` on top of ``used``
    tokens: a line that does not fit is skipped, or ends the walk when ``stop_when_full``."""
    picked: list[int] = []
    for i in order:
        cost = count(lines[i]) + 1
        if used + cost > budget:
            if stop_when_full:
                break
            continue
        picked.append(i)
        used += cost
    return picked, used


def minilm_embedder() -> Callable[[list[str]], Any] | None:
    """Sentence embeddings from the offline MiniLM model in the store (loaded once), or None when unavailable."""
    import os

    from videochat.models import store

    try:
        path = store().resolve("all-minilm-l6-v2")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
    except Exception:  # noqa: BLE001 - retrieval falls back to BM25
        return None
    model = MODELS.get(("sentence-transformers", str(path)), lambda: SentenceTransformer(str(path), device="cpu"))
    return lambda texts: model.encode(texts, batch_size=64, show_progress_bar=False)
