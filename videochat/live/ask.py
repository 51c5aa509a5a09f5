"""Questions about a stream that is still running: "now", "the last N minutes", "since it started".

:func:`live_window` finds the stretch of the stream a question is about and takes that phrase out of
the question (the answering chains then see an ordinary question about a shorter transcript);
:func:`with_wall_clock` adds the wall-clock time to every ``[mm:ss]`` an answer cites, since on a
stream people think in clock time ("at 14:03") as much as in stream time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from videochat.contracts.events import format_time

_UNITS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1, "m": 60, "min": 60, "mins": 60, "minute": 60,
          "minutes": 60, "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600}  # fmt: skip
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "few": 3, "couple of": 2,
            "several": 5}  # fmt: skip
_NUM = r"(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|few|couple of|several)"
_UNIT = r"(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)"

_LAST = re.compile(rf"\b(?:in|over|during|within|for)?\s*(?:the\s+)?(?:last|past|previous|recent)\s+(?:{_NUM}\s+)?{_UNIT}\b",
                   re.I)  # fmt: skip
_AGO = re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b", re.I)
_SINCE_START = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|(?:stream|meeting|broadcast|call|show|recording|"
                          r"watch)\s+(?:started|began|start(?:ed)?))\b|\bso far\b|\bsince we started\b", re.I)
_SINCE_CLOCK = re.compile(r"\bsince\s+(\d{1,2}):(\d{2})\b", re.I)
_NOW = re.compile(r"\b(?:right now|just now|at the moment|at present|currently|now|a moment ago|just happened|"
                  r"lately|recently)\b", re.I)  # fmt: skip


def _amount(word: str | None) -> float:
    if not word:
        return 1.0
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_NUMBERS.get(word, 1))


def live_window(question: str, now: float, recent_s: float, clock: Callable[[float], float] | None = None,
                ) -> tuple[tuple[float, float], str]:  # fmt: skip
    """``((start, end), question without the time phrase)`` in stream seconds; the whole stream so far
    when the question names no live time."""
    q = question
    m = _LAST.search(q)
    if m:
        span = _amount(m.group(1)) * _UNITS[m.group(2).lower()]
        return (max(0.0, now - span), now), _strip(q, m)
    m = _AGO.search(q)
    if m:
        back = _amount(m.group(1)) * _UNITS[m.group(2).lower()]
        at = max(0.0, now - back)
        return (max(0.0, at - recent_s / 2), min(now, at + recent_s / 2)), _strip(q, m)
    m = _SINCE_CLOCK.search(q)
    if m and clock is not None:
        start = _stream_time_of_clock(int(m.group(1)), int(m.group(2)), now, clock)
        return (start, now), _strip(q, m)
    m = _SINCE_START.search(q)
    if m:
        return (0.0, now), _strip(q, m)
    m = _NOW.search(q)
    if m:
        return (max(0.0, now - recent_s), now), _strip(q, m)
    return (0.0, now), question


def _strip(question: str, m: re.Match) -> str:
    rest = (question[: m.start()] + question[m.end():]).strip()
    rest = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", rest))
    return rest if re.search(r"\w", rest) else question


def _stream_time_of_clock(hour: int, minute: int, now: float, clock: Callable[[float], float]) -> float:
    """The stream time at today's ``hour:minute`` (wall clock), by walking back from ``now``."""
    wall_now = clock(now)
    target = datetime.fromtimestamp(wall_now).replace(hour=hour % 24, minute=minute % 60, second=0).timestamp()
    return min(now, max(0.0, now - (wall_now - target)))


_STAMP = re.compile(r"\[(\d{1,2}:)?(\d{1,2}):(\d{2})(?:-((?:\d{1,2}:)?\d{1,2}:\d{2}))?\]")


def with_wall_clock(text: str, clock: Callable[[float], float]) -> str:
    """``[01:05]`` -> ``[01:05, 14:03:12]``: each cited stream time with the wall-clock time it happened."""

    def stamp(m: re.Match) -> str:
        hours = int(m.group(1)[:-1]) if m.group(1) else 0
        t = hours * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        return f"{m.group(0)[:-1]}, {datetime.fromtimestamp(clock(t)).strftime('%H:%M:%S')}]"

    return _STAMP.sub(stamp, text)


def stream_stamp(t: float, clock: Callable[[float], float]) -> str:
    """``[01:05 · 14:03:12]`` for printing events as they arrive."""
    return f"[{format_time(t)} · {datetime.fromtimestamp(clock(t)).strftime('%H:%M:%S')}]"
