"""Two Whisper hearings of the same audio made into one: word by word, the surer hearing wins.

A small recogniser mishears a word or two in most sentences of unclear speech ("the florist wrapped" as
"the floor is trapped"), and a second model mishears other words. Aligning the two word sequences and
keeping, where they differ, the words the models were surer of (ROVER with two systems and word
confidences) is right more often than either hearing alone: on the question bank's 125 espeak-ng
sentences, Whisper tiny.en heard 96 well enough to find their key words, Whisper base 102, and the vote
108 (``benchmarks/asr_vote.py``). The hearing that lost is kept beside the line (``heard_as``), so a
question can still find a word only it caught.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

Segment = dict  # {"start", "end", "text", "avg_logprob", "words": [{"start", "end", "word", "p"}]}

#: What an empty side of a disagreement is worth: a word one model heard and the other did not is kept
#: when its probability beats this.
NULL_CONFIDENCE = 0.3
#: Words of the second hearing this far outside a line of the first still belong to it (seconds).
PAD = 0.3


def combine(first: list[Segment], second: list[Segment]) -> list[Segment]:
    """The lines of ``first``, each voted word by word against the words of ``second`` heard in its time,
    then the lines of ``second`` that ``first`` missed altogether, in time order."""
    pool = [w for seg in second for w in seg.get("words") or []]
    used: set[int] = set()
    out = []
    for seg in first:
        mine = [i for i, w in enumerate(pool) if i not in used and seg["start"] - PAD <= _mid(w) <= seg["end"] + PAD]
        used.update(mine)
        out.append(_vote(seg, [pool[i] for i in mine]))
    out += _missed(second, used, pool)
    return sorted(out, key=lambda s: s["start"])


def _vote(seg: Segment, other: list[dict]) -> Segment:
    words = seg.get("words") or []
    if not words or not other:
        return seg
    a, b = [_norm(w["word"]) for w in words], [_norm(w["word"]) for w in other]
    voted: list[dict] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            voted += words[i1:i2]
        else:
            voted += words[i1:i2] if _sure(words[i1:i2]) >= _sure(other[j1:j2]) else other[j1:j2]
    text = " ".join(w["word"] for w in voted)
    hearings = [" ".join(w["word"] for w in ws) for ws in (words, other)]
    heard_as = list(dict.fromkeys(h for h in hearings if _differs(h, text)))
    start = min(seg["start"], voted[0]["start"]) if voted else seg["start"]
    end = max(seg["end"], voted[-1]["end"]) if voted else seg["end"]
    return {**seg, "start": start, "end": end, "text": text, "words": voted, **({"heard_as": heard_as} if heard_as else {})}


def _missed(second: list[Segment], used: set[int], pool: list[dict]) -> list[Segment]:
    """Lines of the second hearing none of whose words fell in a line of the first (speech the first missed)."""
    out, i = [], 0
    for seg in second:
        n = len(seg.get("words") or [])
        if n and not any(j in used for j in range(i, i + n)):
            out.append(seg)
        i += n
    return out


def _sure(words: list[dict]) -> float:
    return sum(w.get("p", 0.0) for w in words) / len(words) if words else NULL_CONFIDENCE


def _mid(word: dict) -> float:
    return (word["start"] + word["end"]) / 2


def _differs(other: str, text: str) -> bool:
    """Whether a hearing says other words than ``text``, not just spells them differently ("neighbors",
    "neighbours"; "post card", "postcard")."""
    a, b = _norm(other).split(), _norm(text).split()
    return _unmatched(a, b) or _unmatched(b, a)


def _unmatched(words: list[str], against: list[str]) -> bool:
    """Whether a longer word of ``words`` (alone or run into a neighbour) is near none of ``against``'s."""
    pool = set(against) | {x + y for x, y in zip(against, against[1:])}
    for i, w in enumerate(words):
        if len(w) <= 3:
            continue
        forms = [w, *([w + words[i + 1]] if i + 1 < len(words) else []), *([words[i - 1] + w] if i else [])]
        if not any(_close(f, o) for f in forms for o in pool):
            return True
    return False


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.85


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))
