"""A semantic fallback for questions the literal parse (:mod:`videochat.llm.question`) does not place.

The parse reads cue words; a paraphrase it has no cue for ("around when is the tower on screen",
"ever get a glimpse of the word X") comes out as ``Intent.OTHER`` or with an intent whose rule finds
nothing. Only then, the question (its own names masked, so that the wording of the ask is compared,
not the thing asked about) is embedded with MiniLM and compared with a few canonical questions per
intent, written from the intent definitions. If the nearest is close enough, and is not one of the
canonical *unanswerable* asks (why, who, which colour, a property), the question is read again with
that intent (and that modality when it names none), keeping its names, quoted words and times. The
evidence rules are unchanged, so the re-read answers only when the transcript holds the evidence;
otherwise the original refusal stands. Without the embedder there is no fallback.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from videochat.llm.question import Intent, Question

#: Cosine similarity (MiniLM, masked question vs canonical question) from which the fallback trusts the
#: nearest canonical question; chosen on the seen benchmark splits (see docs/answering.md).
THRESHOLD = 0.6
MARGIN = 0.1  # ... and by which it must beat the nearest unanswerable ask

_T = "the thing"  # what a question's names are masked with

#: (canonical question, intent, modality); Intent.OTHER rows are asks no rule answers: nearest to one, no fallback.
CANONICAL: list[tuple[str, Intent, str | None]] = [
    ("when is the thing shown?", Intent.WHEN, None),
    ("at what time does the thing appear?", Intent.WHEN, None),
    ("what is the timestamp of the thing?", Intent.WHEN, None),
    ("at which point in the video is the thing on screen?", Intent.WHEN, None),
    ("when does the voice say the thing?", Intent.WHEN, "speech"),
    ("how long is the thing shown?", Intent.DURATION, None),
    ("for how many seconds is the thing visible?", Intent.DURATION, None),
    ("how much time is the thing on screen for?", Intent.DURATION, None),
    ("how many things are there?", Intent.COUNT, None),
    ("how many times does the thing appear?", Intent.COUNT, None),
    ("count the scenes", Intent.COUNT, "shot"),
    ("is there the thing in the video?", Intent.PRESENCE, None),
    ("does the thing appear at all?", Intent.PRESENCE, None),
    ("do we ever see the thing?", Intent.PRESENCE, None),
    ("is the thing visible anywhere?", Intent.PRESENCE, None),
    ("is the thing ever mentioned?", Intent.PRESENCE, "speech"),
    ("which comes first, the thing or the other thing?", Intent.ORDER, None),
    ("is the thing shown before the other thing?", Intent.ORDER, None),
    ("what word is written on the screen?", Intent.WHAT, "text"),
    ("what does the text say?", Intent.WHAT, "text"),
    ("what is said?", Intent.WHAT, "speech"),
    ("what does the voice say?", Intent.WHAT, "speech"),
    ("write down the speech", Intent.WHAT, "speech"),
    ("what is shown on screen?", Intent.WHAT, "visual"),
    ("what picture is displayed?", Intent.WHAT, "visual"),
    ("what can be seen at that moment?", Intent.WHAT, "visual"),
    ("what is visible at the 10 second mark?", Intent.WHAT, "visual"),
    ("what is on screen at 0:05?", Intent.WHAT, "visual"),
    ("what is said while the thing is shown?", Intent.WHAT, "speech"),
    ("what is shown when the thing is said?", Intent.WHAT, "visual"),
    ("how long is the video?", Intent.LENGTH, None),
    ("what is the total duration of the video?", Intent.LENGTH, None),
    ("what happens in the video?", Intent.OPEN, None),
    ("describe the video", Intent.OPEN, None),
    ("why does the thing happen?", Intent.OTHER, None),
    ("who is the person?", Intent.OTHER, None),
    ("what colour is the thing?", Intent.OTHER, None),
    ("what is the name of the thing?", Intent.OTHER, None),
    ("how does the person feel?", Intent.OTHER, None),
    ("is the thing red?", Intent.OTHER, None),
    ("is the thing happy?", Intent.OTHER, None),
    ("what is the thing thinking?", Intent.OTHER, None),
    ("what does the thing look like?", Intent.OTHER, None),
    ("how old is the person?", Intent.OTHER, None),
    ("what brand is the thing?", Intent.OTHER, None),
    ("who is speaking? what is their name?", Intent.OTHER, None),
    ("who is the main person in the video?", Intent.OTHER, None),
    ("where was this video recorded?", Intent.OTHER, None),
    ("which city is this?", Intent.OTHER, None),
    ("what is the thing's number?", Intent.OTHER, None),
]

#: Intents the fallback never switches to: OTHER answers nothing new, and the rules for LENGTH and OPEN need
#: no evidence, so a refusal re-read as one ("how many views does this video have") would always be answered.
_NO_EVIDENCE = (Intent.OTHER, Intent.LENGTH, Intent.OPEN)

_VECTORS: dict[int, Any] = {}  # id(embedder) -> the canonical questions' unit vectors


def masked(q: Question) -> str:
    """The question with its quoted words and ALL-CAPS (on-screen) words replaced by "the thing": the
    other words stay, since they carry the ask ("glimpse", "cost", "over the course of")."""
    text = re.sub(r"[\"“”]([^\"“”]{2,60})[\"“”]|(?<![A-Za-z])['‘’]([^'‘’]{2,60})['‘’](?![A-Za-z])", _T, q.text)
    text = re.sub(r"\b[A-Z][A-Z0-9'-]+\b(?:\s+[A-Z][A-Z0-9'-]+\b)*", lambda m: m.group(0) if m.group(0) in ("I", "OK") else _T, text)
    return re.sub(rf"(?:{_T}\s+)+{_T}", _T, text)  # "the thing the thing" (a phrase of names) -> one


def _unit(vectors: Any) -> Any:
    import numpy as np

    v = np.asarray(vectors, dtype="float32")
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)


def nearest(q: Question, embed: Callable[[list[str]], Any]) -> tuple[Intent, str | None, float, float]:
    """The intent and modality of the canonical question nearest to ``q``, its cosine similarity and
    that of the nearest unanswerable ask."""
    key = id(embed)
    if key not in _VECTORS:
        _VECTORS[key] = _unit(embed([c[0] for c in CANONICAL]))
    sims = _VECTORS[key] @ _unit(embed([masked(q)]))[0]
    best = int(sims.argmax())
    other = max(float(s) for s, c in zip(sims, CANONICAL) if c[1] == Intent.OTHER)
    return CANONICAL[best][1], CANONICAL[best][2], float(sims[best]), other


def reread(q: Question, embed: Callable[[list[str]], Any] | None, threshold: float | None = None,
           margin: float | None = None) -> Question | None:
    """``q`` read with the intent of its nearest canonical question, or None (no embedder, not close
    enough, nearest to an unanswerable ask, or the same intent the literal parse already tried)."""
    if embed is None:
        return None
    try:
        intent, modality, sim, other = nearest(q, embed)
    except Exception:  # noqa: BLE001 - a broken embedder means no fallback, never a failed answer
        return None
    threshold = THRESHOLD if threshold is None else threshold
    margin = MARGIN if margin is None else margin
    if sim < threshold or sim - other < margin or intent in (*_NO_EVIDENCE, q.intent):
        return None
    return dataclasses.replace(q, intent=intent, modality=q.modality or modality)
