"""Time phrases in questions, resolved against the video's length: "0:05", "at second 3", "7 seconds
into the video", "around the middle of the clip", "in the last few seconds", "early on", "in the second
half", "from 0:05 to 0:10", "10 seconds before the end" ... Each phrase becomes a :class:`TimeWindow`, and
is blanked out of the text so its numbers are not read as names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
              "sixty": 60}  # fmt: skip
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}  # fmt: skip
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_SEC = r"(?:s|sec|secs|seconds?)\b"
_MIN = r"(?:m|min|mins|minutes?)\b"
_HMS = r"(?:(\d+):)?(\d{1,2}):(\d{2})"



@dataclass(frozen=True)
class TimeWindow:
    """A stretch of the video a question points at; ``point`` when it names one instant."""

    start: float
    end: float
    phrase: str
    point: float | None = None


def _num(token: str) -> float:
    return float(_NUM_WORDS[token]) if token in _NUM_WORDS else float(token)


def parse_times(text: str, duration: float) -> tuple[list[TimeWindow], str]:
    """Time phrases in ``text`` resolved against the video's ``duration``; returns them and the text
    with the phrases blanked out (so "5" in "at 0:05" is not read as a name)."""
    found: list[tuple[int, TimeWindow]] = []
    low = text.lower()
    edge = max(3.0, 0.1 * duration)

    def add(m: re.Match, start: float, end: float, point: float | None = None) -> None:
        start, end = max(0.0, start), max(0.0, end)
        found.append((m.start(), TimeWindow(start, max(start, end), m.group(0).strip(), point)))
        nonlocal low
        lead = re.search(r"\b(?:right|just|exactly|precisely)\s+$", low[: m.start()])  # "right at the start"
        begin = lead.start() if lead else m.start()
        low = low[:begin] + " " * (m.end() - begin) + low[m.end():]

    def pt(m: re.Match, t: float, slack: float = 1.0) -> None:
        add(m, t - slack, t + slack, t)

    early = max(edge, 0.2 * duration)  # "early on", "late in the video": a looser edge
    mid = max(2.0, 0.05 * duration)
    patterns: list[tuple[str, object]] = [
        (rf"\b(?:between\s+|from\s+)?{_HMS}\s*(?:-|–|to|until|till|through|and)\s*{_HMS}\b",
         lambda m: add(m, _hms(m.group(1), m.group(2), m.group(3)), _hms(m.group(4), m.group(5), m.group(6)))),
        (rf"\b(?:between|from)\s+{_NUM}\s*(?:{_SEC})?\s*(?:and|to|-)\s*{_NUM}\s*{_SEC}",
         lambda m: add(m, _num(m.group(1)), _num(m.group(2)))),
        (rf"\b{_NUM}\s*{_SEC}\s*(?:from|before) (?:the end|it ends|the video ends)\b",
         lambda m: pt(m, duration - _num(m.group(1)))),
        (rf"\b{_HMS}\b", lambda m: pt(m, _hms(m.group(1), m.group(2), m.group(3)))),
        (r"\b(\d+)\s*m\s*(\d+(?:\.\d+)?)\s*s\b", lambda m: pt(m, 60 * float(m.group(1)) + float(m.group(2)))),
        (rf"\b{_NUM}\s*{_MIN}\s*(?:and\s*)?{_NUM}\s*{_SEC}", lambda m: pt(m, 60 * _num(m.group(1)) + _num(m.group(2)))),
        (r"\b(?:in|during|over)?\s*the (first|second|former|latter|last|final) half\b",
         lambda m: add(m, 0.0, duration / 2) if m.group(1) in ("first", "former") else add(m, duration / 2, duration + 1)),
        (rf"\b(?:(?:in|during|within|over|for)\s+)?the (first|last|final|opening|closing|initial) (?:(few|couple of|couple|several)"
         rf"\s+|{_NUM}\s*)?(seconds?|minutes?|moments?)\b", lambda m: _span(m, duration, edge, add)),
        (r"\b(?:in|during) (?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) minute\b",
         lambda m: _minute(m, duration, add)),
        (r"\bminute (\d+)\b", lambda m: add(m, 60 * (int(m.group(1)) - 1), 60 * int(m.group(1)))),
        (rf"\b(?:at|around|near|about|by)?\s*(?:the )?(?:second|sec)\s+{_NUM}\b", lambda m: pt(m, _num(m.group(1)))),
        (rf"\bthe ({_ORDINAL_WORDS}|\d+(?:st|nd|rd|th)) second\b",
         lambda m: add(m, _ordinal(m.group(1)) - 1.0, _ordinal(m.group(1)), _ordinal(m.group(1)) - 0.5)),
        (r"\b(?:right |just |straight |immediately )?after (?:the video|the clip|it) (?:ends|is over|finishes|stops)\b|\bafter the end\b",
         lambda m: add(m, duration + 1.0, duration + 5.0, duration + 2.0)),
        (r"\b(?:a few|several|a couple(?: of)?|couple of|some|two|three|2|3) (?:seconds|secs|s) before (?:the end|it ends|the video ends)\b|\b(?:just|right|shortly) before (?:the end|it ends|"
         r"the video ends)\b",
         lambda m: add(m, duration - 5.0, duration - 1.0, duration - 3.0)),
        (rf"\b{_NUM}\s*-?\s*{_SEC}(?:\s*(?:mark|point|in|into))?", lambda m: pt(m, _num(m.group(1)))),
        (rf"\b{_NUM}\s*{_MIN}(?:\s*(?:mark|in|into))?", lambda m: pt(m, 60 * _num(m.group(1)), 5.0)),
        (r"\b(?:at|near|towards?|by|in|around|close to|nearly at) the (?:very )?(?:end|ending|close|finish|tail end)\b|\bat the end\b|"
         r"\bfinal (?:moments|seconds)\b|\b(?:when|as|before) (?:the video|the clip|it) (?:ends|finishes|closes|wraps up|is over|stops)\b",
         lambda m: add(m, duration - edge, duration + 1)),
        (r"\blate in the video\b|\blate on\b", lambda m: add(m, duration - early, duration + 1)),
        (r"\b(?:(?:just|right|shortly|soon|a (?:bit|little|moment|second|tad)|not long) after|at|near|in|around) (?:the (?:very )?"
         r"(?:start|beginning|outset|opening)\b|(?:it|the video|the clip) (?:starts|begins|opens|gets going|kicks off|gets started)\b)|"
         r"\bat first\b|\bright away\b|\bstraight away\b|\b(?:right )?off the bat\b|\bfrom the get[- ]?go\b|\bat the outset\b|\bopening (?:moments|seconds|shot)\b|\b(?:when|as) (?:the video|the clip|it) (?:starts|begins|opens)\b",
         lambda m: add(m, 0.0, edge)),
        (r"\bearly on\b|\bearly in the video\b", lambda m: add(m, 0.0, early)),
        (r"\b(?:(?:just |a bit |a little |slightly )?(?:past|after) (?:the )?(?:middle|halfway(?: point| mark)?)\b)",
         lambda m: add(m, duration / 2, duration / 2 + 2 * mid, duration / 2 + mid)),
        (r"\b(?:half ?way(?: through| point| mark)?|(?:in|around|near|at|about) the middle(?: (?:part|section|bit))?"
         r"(?! of the (?:screen|frame|picture|image|shot|photo|room|road|street))(?: of the (?:video|clip))?|midway|mid-way|"
         r"middle of the (?:video|clip)|(?:the )?mid-?point)\b",
         lambda m: add(m, duration / 2 - mid, duration / 2 + mid, duration / 2)),
        (r"\bat (?:about |around |roughly )?(\d{1,4}(?:\.\d+)?)\s*(?=[?.!,;]|$)", lambda m: pt(m, float(m.group(1)))),
    ]
    for pattern, handle in patterns:
        for m in list(re.finditer(pattern, low)):
            if re.fullmatch(r"[a-z]+s", m.group(0).strip()):
                continue  # "ones", "tens": a plural, not "one s"
            if low[m.start():m.end()].strip():  # not already taken by an earlier pattern
                handle(m)  # type: ignore[operator]
    found.sort(key=lambda p: p[0])
    return [w for _, w in found], low


_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORDINAL_WORDS = r"(?:(?:twenty|thirty|forty|fifty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" \
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
          "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}  # fmt: skip


def _ordinal(word: str) -> float:
    """ "ninth" -> 9, "twenty-first" -> 21, "21st" -> 21."""
    word = word.lower()
    if word[0].isdigit():
        return float(re.sub(r"\D", "", word))
    if word in _TEENS:
        return float(_TEENS[word])
    parts = re.split(r"[- ]", word)
    return float(sum(_TENS.get(p, 0) for p in parts[:-1]) + _ORDINALS[parts[-1]])


def _hms(h: str | None, m: str, s: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s)


def _span(m: re.Match, duration: float, edge: float, add) -> None:
    where, few, n, unit = m.group(1), m.group(2), m.group(3), m.group(4)
    if n:
        length = _num(n) * (60.0 if unit.startswith("minute") else 1.0)
    elif few or unit.endswith("s"):  # "the last few seconds", "the opening moments"
        length = 60.0 * {"couple": 2, "couple of": 2}.get(few or "", 3) if unit.startswith("minute") else (
            3.0 if few in ("couple", "couple of") else max(5.0, edge) if few else edge)
    else:
        length = 60.0 if unit.startswith("minute") else 1.0
    if where in ("first", "opening", "initial"):
        add(m, 0.0, length)
    else:
        add(m, duration - length, duration + 1)


def _minute(m: re.Match, duration: float, add) -> None:
    which = m.group(1)
    if which in ("last", "final"):
        add(m, max(0.0, duration - 60), duration + 1)
    else:
        n = _ORDINALS[which]
        add(m, 60.0 * (n - 1), 60.0 * n)
