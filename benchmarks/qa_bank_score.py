"""Checkers for the question bank: one per kind of truth, lenient about form, strict about content.

- text: one of ``accept`` is mentioned (whole word, plural allowed) and none of ``reject``.
- keywords: for each group, at least ``min(2, len(group))`` of its stems are mentioned, and no
  ``reject_groups`` group is (cross-modal: quoting every sentence of the clip is not an answer).
- order: the word the answer names as first (the first mentioned, unless it says "X ... after").
- count: the number the answer gives (digits or words; "no"/"none"/"nobody" = 0, "a single" = 1),
  preferring a number next to the counted noun; timestamps are ignored.
- time: the first time in the answer ([mm:ss], mm:ss, "second 5", "5 s", "5 seconds", "2 minutes")
  within ``tol`` seconds of the truth (mode "start") or inside a true span widened by ``tol`` (mode "within").
- duration: an explicit length ("5 seconds", "for 4 s") or a range ("0:05-0:10", "from 5 to 10
  seconds") whose length is within ``tol`` seconds.
- yesno: a leading yes/no, else negations mean no and affirmations yes. For a "no" truth, "does
  not appear", "the transcript does not show this" and the like count as no.
- refuse: the answer says the video/transcript does not show or say it, or that it cannot tell.
- open: every group in ``must`` (or ``min_groups`` of them) is mentioned and nothing in ``must_not``.

An answerable question (anything but refuse, a "no" presence, a count of 0) whose first sentence is
a refusal is wrong whatever follows.
"""

from __future__ import annotations

import itertools
import re

NUMBER_WORDS = {
    "zero": 0, "no": 0, "none": 0, "nobody": 0, "one": 1, "single": 1, "once": 1, "two": 2, "twice": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}
COUNT_NOUNS = r"(?:scenes?|shots?|cuts?|words?|pieces?|captions?|people|persons?|humans?|pictures?|photos?|images?|men|man|women|woman|faces?|individuals?)"

REFUSAL = re.compile(
    r"(?:does\s*n[o']t|do\s*n[o']t|did\s*n[o']t|can\s*n[o']t|cannot|could\s*n[o']t|is\s*n[o']t|are\s*n[o']t|unable to|not able to)\s+"
    r"(?:\w+\s+){0,2}(?:show|say|mention|contain|include|tell|determine|know|find|see|answer|provide|specify|reveal|indicate|appear|give|state|identify|have)"
    r"|\bnot\s+(?:\w+\s+)?(?:mentioned|shown|visible|said|stated|specified|given|provided|available|known|present|clear|possible|included|recorded)"
    r"|\bnot\s+in\s+the\s+(?:video|transcript|clip)"
    r"|\bno\s+(?:information|mention|indication|evidence|record|data|details?|way|basis|speech|one|name)\b"
    r"|\bthere\s+(?:is|are|was|were)\s+no\b|\bno\s+\w+\s+(?:\w+\s+)?(?:appears?|is\s+(?:shown|visible|mentioned|said|seen))"
    r"|\b(?:unknown|unclear|unanswerable)\b|\bi\s+(?:can't|cannot|don't|do not)\s+(?:tell|know|say|see|determine)"
    r"|\b(?:video|clip|transcript|recording)\s+(?:only\s+(?:lasts|runs)|ends|is\s+only|stops)"
    r"|\b(?:beyond|past|after)\s+the\s+end\b|\bnothing\s+(?:is|happens|at)\b|\bnowhere\b",
    re.IGNORECASE,
)


def is_refusal(answer: str) -> bool:
    """Whether the answer declines. Quoted video content ("someone says: "no one came"") is what the
    video says, not the answer declining, so quotes are left out of the test."""
    return bool(REFUSAL.search(re.sub(r'"[^"]*"', '""', answer)))


def first_sentence(answer: str) -> str:
    return re.split(r"(?<=[.!?])\s+|\n", answer.strip(), maxsplit=1)[0]


def _mentions(text: str, term: str) -> bool:
    return re.search(rf"\b{re.escape(term.lower())}(?:e?s)?\b", text.lower()) is not None


def _stem(text: str, stem: str) -> bool:
    return re.search(rf"\b{re.escape(stem.lower())}", text.lower()) is not None


_NUM = r"(\d+(?:\.\d+)?|" + "|".join(k for k in NUMBER_WORDS if k not in ("no", "none", "nobody", "once", "twice", "single")) + r")"


def _num(token: str) -> float:
    return float(token) if token[0].isdigit() else float(NUMBER_WORDS[token])


def times(answer: str) -> list[tuple[int, int, float]]:
    """Every time mentioned, as (start offset, end offset, seconds), in order of appearance."""
    low = answer.lower()
    found: list[tuple[int, int, float]] = []
    patterns = [
        (r"\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.(\d+))?\b", lambda m: (int(m[1] or 0) * 3600 + int(m[2]) * 60 + int(m[3]) + float("0." + (m[4] or "0")))),
        (rf"\b{_NUM}\s*(?:minutes?|mins?)(?:\s*(?:and\s*)?{_NUM}\s*(?:seconds?|secs?|s)\b)?", lambda m: _num(m[1]) * 60 + (_num(m[2]) if m[2] else 0)),
        (r"\bminute\s+(\d+)", lambda m: int(m[1]) * 60),
        (rf"\b(?:second|sec)\s+{_NUM}\b", lambda m: _num(m[1])),
        (rf"\b{_NUM}\s*(?:-\s*)?(?:seconds?|secs?|s)\b", lambda m: _num(m[1])),
    ]
    for pattern, value in patterns:
        for m in re.finditer(pattern, low):
            if any(not (m.end() <= s or m.start() >= e) for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), value(m)))
    return sorted(found)


def durations(answer: str) -> list[float]:
    """Lengths the answer states, in order: explicit durations and ranges between two times."""
    low = answer.lower()
    out: list[tuple[int, float]] = []
    ts = times(answer)
    for (s1, e1, v1), (s2, _e2, v2) in itertools.pairwise(ts):
        if re.fullmatch(r"\s*(?:-|–|to|until|till|and|through)\s*(?:the\s+)?", low[e1:s2]) and v2 > v1:
            out.append((s1, v2 - v1))
    for s, e, v in ts:
        before = low[max(0, s - 12):s]
        if re.search(r"(?:at|second|from|to|until|till|and|-|–|\[)\s*$", before) or re.match(r"\s*(?:-|–|to|until|mark)", low[e:e + 6]):
            continue
        if re.search(r"\d\s*:\s*\d", low[s:e]):
            continue
        out.append((s, v))
    return [v for _, v in sorted(out)]


def count_in(answer: str) -> int | None:
    low = re.sub(r"\[?\b\d{1,2}:\d{2}(?:\.\d+)?\b\]?", " ", answer.lower())
    low = re.sub(r"\bshot \d+ of \d+", " ", low)
    low = re.sub(r"\b(?:a single|only one|just one|one single)\b", " one ", low)
    low = re.sub(r"\bno one\b", " nobody ", low)
    num = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
    m = re.search(rf"\b{num}\s+(?:\w+\s+){{0,2}}?{COUNT_NOUNS}\b", low)
    if not m:
        m = re.search(r"\b(\d+|" + "|".join(k for k in NUMBER_WORDS if k not in ("no",)) + r")\b", low)
    if not m:
        return None
    token = m[1]
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def yes_no(answer: str) -> bool | None:
    low = answer.strip().lower()
    if re.match(r"^\W*(?:yes|yeah|yep|correct|indeed|sure)\b", low):
        return True
    if re.match(r"^\W*(?:no|nope|not)\b", low):
        return False
    if re.search(r"\b(?:no|not|never|none|nothing|nobody|without)\b|n't\b", low) or is_refusal(low):
        return False
    if re.search(r"\b(?:appears?|appeared|shown|shows|visible|there (?:is|are)|we see|can be seen|does|present|speaks?|says?)\b", low):
        return True
    return None


def order_choice(answer: str, a: str, b: str) -> str | None:
    low = answer.lower()
    pos = {w: m.start() for w in (a, b) if (m := re.search(rf"\b{re.escape(w.lower())}\b", low))}
    if not pos:
        return None
    if len(pos) == 1:
        return next(iter(pos))
    for w in (a, b):
        other = b if w == a else a
        if re.search(rf"\b{w.lower()}\b[^.]{{0,40}}\b(?:after|later than)\b[^.]{{0,20}}\b{other.lower()}\b", low):
            return other
    return min(pos, key=pos.get)


def refused_answerable(truth: dict, answer: str) -> bool:
    """Whether the answer refuses (first sentence) a question the video does answer."""
    lenient = (truth["check"] == "yesno" and not truth["yes"]) or (truth["check"] == "count" and truth["n"] == 0)
    return truth["check"] != "refuse" and not lenient and is_refusal(first_sentence(answer))


def check(truth: dict, answer: str) -> bool:
    kind = truth["check"]
    if kind == "refuse":
        return is_refusal(answer)
    if refused_answerable(truth, answer):
        return False
    if kind == "text":
        return any(_mentions(answer, t) for t in truth["accept"]) and not any(_mentions(answer, t) for t in truth.get("reject", []))
    if kind == "keywords":
        hit = lambda group: sum(_stem(answer, k) for k in group) >= min(2, len(group))
        return all(hit(g) for g in truth["groups"]) and not any(hit(g) for g in truth.get("reject_groups", []))
    if kind == "order":
        return order_choice(answer, truth["first"], truth["second"]) == truth["first"]
    if kind == "count":
        return count_in(answer) == truth["n"]
    if kind == "time":
        ts = times(answer)
        if not ts:
            return False
        t, tol = ts[0][2], truth.get("tol", 1.5)
        if truth["mode"] == "start":
            return abs(t - truth["spans"][0][0]) <= tol
        return any(s - tol <= t <= e + tol for s, e in truth["spans"])
    if kind == "duration":
        ds = durations(answer)
        return bool(ds) and abs(ds[0] - truth["seconds"]) <= truth.get("tol", 1.5)
    if kind == "yesno":
        return yes_no(answer) is truth["yes"]
    if kind == "open":
        hits = sum(any(_stem(answer, w) for w in group) for group in truth["must"])
        need = truth.get("min_groups", len(truth["must"]))
        return hits >= need and not any(_mentions(answer, w) for w in truth.get("must_not", []))
    raise ValueError(kind)


def describe(truth: dict) -> str:
    """The expected answer in words, for -v and the JSON."""
    kind = truth["check"]
    if kind == "text":
        return "mentions " + "/".join(truth["accept"]) + (f", not {'/'.join(truth['reject'])}" if truth.get("reject") else "")
    if kind == "keywords":
        out = " + ".join(f"≥{min(2, len(g))} of {'/'.join(g)}" for g in truth["groups"])
        return out + "".join(f", not {'/'.join(g)}" for g in truth.get("reject_groups", []))
    if kind == "order":
        return f"{truth['first']} (before {truth['second']})"
    if kind == "count":
        return str(truth["n"])
    if kind == "time":
        spans = ", ".join(f"{s:.1f}-{e:.1f}s" for s, e in truth["spans"])
        return f"{'start of' if truth['mode'] == 'start' else 'within'} {spans} ±{truth.get('tol', 1.5)}s"
    if kind == "duration":
        return f"{truth['seconds']:.1f}s ±{truth.get('tol', 1.5)}s"
    if kind == "yesno":
        return "yes" if truth["yes"] else "no"
    if kind == "refuse":
        return "says the video does not show/say it"
    if kind == "open":
        return "mentions " + "; ".join("/".join(g) for g in truth["must"]) + "; never " + "/".join(truth.get("must_not", []))
    return str(truth)
