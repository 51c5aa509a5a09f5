"""Grounded answers about who speaks: "who says X?", "what does the second speaker say?", "how many
people speak?", "how long does each speaker talk?".

Speech events carry ``data["speaker"]`` ("S1", "S2", ... in order of first appearance) when the asr
perceptor labelled turns. Without labels these rules stay silent and the general rules answer.
"""

from __future__ import annotations

import re

from videochat.contracts.events import (
    Event,
    Transcript,
    format_span,
    format_time,
    speaker_summary,
)
from videochat.llm import evidence as ev_
from videochat.llm.question import _NUM_WORDS, _ORDINALS, Intent, Question

MAX_LINES = 6
#: Returned (with no evidence) when a question needs faces and no face detector ran: a refusal reason.
NO_FACES = "no face detector ran on this video"
_VOICE = r"(?:speakers?|voices?|people|persons?|person|individuals?|folks|participants|narrators?|one|ones)"
_TALK = r"(?:say|says|said|saying|speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked|mention\w*|ask\w*)"
_HOW_MANY = re.compile(rf"\bhow many\b.*\b(?:{_VOICE}|different voices)\b.*\b(?:{_TALK}|heard|hear)\b|"
                       rf"\bhow many (?:speakers|voices|different voices)\b|\bnumber of (?:speakers|voices)\b", re.I)
_HOW_LONG = re.compile(rf"\bhow (?:long|much(?: time)?)\b.*\b(?:{_TALK})\b|\b(?:talk|speaking|speech) time\b|"
                       rf"\bwho (?:talks|speaks|said|says|talked|spoke) (?:the )?(?:most|least|longest|more|less)\b", re.I)
_WHO = re.compile(rf"^\s*(?:and\s+|so\s+)?(?:who|which (?:speaker|person|voice|one))\b.*\b{_TALK}\b", re.I)
_ON_SCREEN = re.compile(r"\b(?:on[- ]screen|on camera|visible|see|seen|shown|faces?|in (?:the )?(?:picture|frame|shot))\b", re.I)
_SPEAKER_SUBJECT = re.compile(r"\b(?:speakers?|narrator|S\d+|who(?:'s| is)? (?:talking|speaking)|"
                             r"(?:first|second|third|other|last) (?:speaker|person|voice))\b", re.I)
_SPEAKER_REF = re.compile(
    rf"\b(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|other) (?:speaker|voice|person|one)\b|"
    rf"\bspeaker\s*(\d+|{'|'.join(_NUM_WORDS)})\b|\bS(\d+)\b", re.I)


def speech(transcript: Transcript) -> list[Event]:
    return [ev for ev in transcript.events if ev.kind == "speech" and ev.data.get("speaker")]


def referred_speaker(text: str, names: list[str]) -> str | None:
    """ "the second speaker" / "speaker 2" / "S2" -> "S2" (None when the text names no speaker or an
    absent one); "the last speaker" is the last to appear."""
    m = _SPEAKER_REF.search(text)
    if not m:
        return None
    word = (m.group(1) or "").lower()
    if word == "last":
        return names[-1] if names else None
    if word == "other":
        return names[1] if len(names) == 2 else None
    number = _ORDINALS.get(word) or (int(m.group(2)) if (m.group(2) or "").isdigit() else _NUM_WORDS.get(
        (m.group(2) or "").lower())) or (int(m.group(3)) if m.group(3) else None)  # fmt: skip
    name = f"S{number}" if number else None
    return name if name in names else (name and f"missing:{name}")


def _quote(ev: Event) -> str:
    return f'at {format_span(ev.start, ev.end)} "{ev.text}"'


def _count(lines: list[Event], summary: dict) -> str:
    n = len(summary)
    firsts = ", ".join(f"{who} (from [{format_time(s['first'])}])" for who, s in summary.items())
    return f"{n} speaker{'s are' if n != 1 else ' is'} heard: {firsts}."


def _talk_time(summary: dict) -> str:
    parts = [f"{who} speaks for about {s['seconds']:.0f} second{'s' if round(s['seconds']) != 1 else ''} "
             f"({s['turns']} turn{'s' if s['turns'] != 1 else ''})" for who, s in
             sorted(summary.items(), key=lambda item: -item[1]["seconds"])]  # fmt: skip
    return "; ".join(parts) + "."


def _says(who: str, lines: list[Event]) -> str:
    mine = [ev for ev in lines if ev.data["speaker"] == who]
    more = len(mine) - MAX_LINES
    return f"{who} says: " + "; ".join(_quote(ev) for ev in mine[:MAX_LINES]) + (f"; and {more} more lines." if more > 0 else ".")


def _who_says(q: Question, lines: list[Event]) -> str | None:
    terms = [t for t in q.terms if t.lower() not in ("speaker", "voice", "person")]
    if not terms:
        return None
    hits = [ev for ev in lines if all(ev_.mentions(ev, t) for t in terms)] or [
        ev for ev in lines if any(ev_.mentions(ev, t) for t in terms)]  # fmt: skip
    if not hits:
        return None
    by: dict[str, list[Event]] = {}
    for ev in hits:
        by.setdefault(ev.data["speaker"], []).append(ev)
    parts = [f"{who}, {', '.join(_quote(ev) for ev in evs[:3])}" for who, evs in by.items()]
    return "; ".join(parts) + "."


def _overlap(spans: list[tuple[float, float]], ev: Event) -> float:
    return sum(max(0.0, min(b, ev.end) - max(a, ev.start)) for a, b in spans)


def faces_while_speaking(transcript: Transcript, who: str | None) -> tuple[str, list[Event]] | None:
    """How much of each speaker's talk time a face is on screen, and which face count and place is
    seen most then. Faces are detected, not recognised: which face is whose voice is not said."""
    if "faces" not in transcript.perceptors:
        return NO_FACES, []
    faces = [ev for ev in transcript.events if ev.kind == "faces" and (ev.data.get("count") or 0) > 0]
    parts, used = [], []
    for name in ([who] if who else list(speaker_summary(transcript.events))):
        lines = [ev for ev in speech(transcript) if ev.data["speaker"] == name]
        spans = [(w["start"], w["end"]) for ev in lines for w in ev.data.get("words") or []] or [(ev.start, ev.end) for ev in lines]
        talk = sum(b - a for a, b in spans)
        if talk <= 0:
            continue
        seen: dict[str, float] = {}
        for ev in faces:
            if (o := _overlap(spans, ev)) > 0:
                seen[ev.text] = seen.get(ev.text, 0.0) + o
                used.append(ev)
        share = min(1.0, sum(seen.values()) / talk)
        if share < 0.05:
            parts.append(f"while {name} speaks, no face is detected")
        else:
            parts.append(f"while {name} speaks, a face is on screen {share:.0%} of the time (mostly {max(seen, key=seen.__getitem__)})")
    if not parts:
        return None
    text = "; ".join(parts) + ". Faces are detected, not recognised: which face is whose voice is not known."
    return text[0].upper() + text[1:], used


def answer_speakers(q: Question, transcript: Transcript) -> tuple[str, list[Event]] | None:
    """An answer and the events it rests on when ``q`` is about speakers and the speech is labelled
    (``NO_FACES`` and no events: the question cannot be answered here); None otherwise (the general
    rules answer)."""
    lines = speech(transcript)
    if not lines:
        return None
    summary = speaker_summary(transcript.events)
    names = list(summary)
    text = q.text
    if _HOW_MANY.search(text):
        return _count(lines, summary), [ev for ev in lines if ev.start == summary[ev.data["speaker"]]["first"]]
    if _HOW_LONG.search(text):
        who = referred_speaker(text, names)
        if who and not who.startswith("missing:"):
            return _talk_time({who: summary[who]}), [ev for ev in lines if ev.data["speaker"] == who]
        most = re.search(r"\b(most|longest|more|least|less)\b", text, re.I)
        if most and len(summary) > 1:
            by_time = sorted(summary, key=lambda k: summary[k]["seconds"])
            lead = f"{by_time[0]} talks the least" if most.group(1).lower() in ("least", "less") else f"{by_time[-1]} talks the most"
            return f"{lead}: {_talk_time(summary)}", lines
        return _talk_time(summary), lines
    if _ON_SCREEN.search(text) and _SPEAKER_SUBJECT.search(text) and not (q.relation or q.anchor or q.terms[1:]):
        who = referred_speaker(text, names)
        found = faces_while_speaking(transcript, None if who is None or who.startswith("missing:") else who)
        if found is not None:
            return found
    if _WHO.search(text) and q.times and not [t for t in q.terms if t not in ("speaker", "voice", "person")]:
        during = ev_.unique([ev for w in q.times for ev in ev_.during(transcript, w, ("speech",)) if ev.data.get("speaker")])
        if not during:
            return f"Nobody speaks at {format_span(q.times[0].start, q.times[0].end)}.", []
        point = q.times[0].point
        if point is not None:  # the line being spoken at that instant, else the nearest
            during = sorted(during, key=lambda ev: max(ev.start - point, point - ev.end, 0.0))[:1]
        return "; ".join(f"{ev.data['speaker']} speaks {_quote(ev)}" for ev in during[:MAX_LINES]) + ".", during
    if _WHO.search(text) and q.intent != Intent.COUNT:
        if not [t for t in q.terms if t not in ("speaker", "voice", "person")]:  # "who is talking?": labels, not names
            return (_count(lines, summary) + " The transcript does not say who they are.",
                    [ev for ev in lines if ev.start == summary[ev.data["speaker"]]["first"]])
        found = _who_says(q, lines)
        if found is None:
            return None
        hits = [ev for ev in lines if any(ev_.mentions(ev, t) for t in q.terms)]
        return found[0].upper() + found[1:], hits
    who = referred_speaker(text, names)
    if who and re.search(rf"\b{_TALK}\b", text, re.I) and q.intent in (Intent.WHAT, Intent.OTHER, Intent.PRESENCE):
        if who.startswith("missing:"):
            n = len(names)
            return f"Only {n} speaker{'s are' if n != 1 else ' is'} heard ({', '.join(names)}): there is no {who[8:]}.", []
        return _says(who, lines), [ev for ev in lines if ev.data["speaker"] == who]
    return None
