"""Structured look-ups over a transcript: what a question names (times, words, modalities) and the
facts that answer it directly (first appearance of a word, number of shots, what happens at a time).

Small models copy a stated fact far more reliably than they search a transcript for it, so the
chains put these facts at the top of the data section (measured in ``benchmarks/qa.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from videochat.pipeline.transcript import Event, Transcript, format_time

_STOP = set(
    "a an and are at be by did do does first for from happen happens how in is it its last many of on or "
    "said say says see seen shown show shows the their them then there this to video was were what when "
    "where which who why with word words appear appears appeared screen spoken speaker text written "
    "scene scenes shot shots time times before after number count second seconds minute minutes "
    "he she they him her his hers you your i me my we our us that these those can could would will should "
    "has have had get gets got any some about again also there here now then next appear show tell me please "
    "is are was were be been being and or but if so not no yes than too very just only else ok".split()
)

MODALITY_WORDS = {
    "speech": r"\b(say|says|said|saying|spoken|speak|speaks|speaker|hear|heard|voice|talk\w*|sound)\b",
    "text": r"\b(screen|written|write|text|read|sign|title|caption|word|words|displayed|shown)\b",
    "shot": r"\b(scene|scenes|shot|shots|cut|cuts|transition)\b",
    "people": r"\b(person|people|man|woman|men|women|pedestrian)\b",
    "faces": r"\b(face|faces)\b",
    "objects": r"\b(object|objects|car|cars|dog|cat|thing|things)\b",
    "action": r"\b(doing|action|activity|activities)\b",
}

_MMSS = re.compile(r"\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\b")
_SECONDS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\b", re.I)
_MINUTES = re.compile(r"\bminute\s+(\d+)\b|\b(\d+)\s*(?:min|minutes?)\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


@dataclass
class QueryInfo:
    """What a question points at."""

    times: list[float] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # content words, lower case, in question order
    kinds: set[str] = field(default_factory=set)
    counting: bool = False
    ordering: bool = False  # which came first / before / after
    temporal: bool = False  # asks for a time


def analyse(question: str) -> QueryInfo:
    info = QueryInfo()
    for h, m, s in _MMSS.findall(question):
        info.times.append(int(h or 0) * 3600 + int(m) * 60 + int(s))
    stripped = _MMSS.sub(" ", question)
    info.times += [float(s) for s in _SECONDS.findall(stripped)]
    info.times += [60.0 * int(a or b) for a, b in _MINUTES.findall(stripped)]
    seen = set()
    for word in _WORD.findall(_SECONDS.sub(" ", stripped)):
        w = word.lower().strip("'-")
        if len(w) >= 2 and w not in _STOP and not w.isdigit() and w not in seen:
            seen.add(w)
            info.terms.append(w)
    for kind, pattern in MODALITY_WORDS.items():
        if re.search(pattern, question, re.I):
            info.kinds.add(kind)
    info.counting = bool(re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", question, re.I))
    info.ordering = bool(re.search(r"\b(before|after|order|earlier|later)\b|\bwhich\b.*\bfirst\b|\bfirst\b.*\bor\b",
                                   question, re.I))  # fmt: skip
    info.temporal = bool(re.search(r"\b(when|what time|at what point|how long|first|last)\b", question, re.I))
    return info


def _mentions(ev: Event, term: str) -> bool:
    return re.search(rf"\b{re.escape(term)}\b", ev.text, re.I) is not None


def _shown(term: str, kind: str) -> str:
    return term.upper() if kind == "text" else term


def _where(kind: str) -> str:
    return {"text": "shown on screen", "speech": "spoken", "caption": "seen"}.get(kind, f"in {kind}")


def derive_facts(transcript: Transcript, question: str, info: QueryInfo | None = None) -> list[str]:
    """Short factual lines answering the look-ups a question implies; empty when none apply."""
    info = info or analyse(question)
    facts: list[str] = []
    events = transcript.events
    shots = [ev for ev in events if ev.kind == "shot"]
    if "shot" in info.kinds or (info.counting and not info.terms):
        if shots:
            n = len(shots)
            starts = ", ".join(f"[{format_time(ev.start)}]" for ev in shots)
            facts.append(f"The video has {n} scene{'s' if n != 1 else ''} (shots starting at {starts}).")
        else:
            facts.append("No scene changes were detected: the video is one scene.")
    firsts: list[tuple[float, str, str]] = []
    term_facts: list[str] = []
    for term in info.terms:
        hits = [ev for ev in events if ev.kind != "shot" and _mentions(ev, term)]
        if not hits:
            continue
        by_kind: dict[str, Event] = {}
        for ev in hits:
            by_kind.setdefault(ev.kind, ev)
        for kind, ev in by_kind.items():
            term_facts.append(f'"{_shown(term, kind)}" is first {_where(kind)} at [{format_time(ev.start)}].')
        firsts.append((hits[0].start, _shown(term, hits[0].kind), format_time(hits[0].start)))
        if info.counting:
            facts.append(f'"{term}" occurs in {len(hits)} transcript line{"s" if len(hits) != 1 else ""}.')
    if info.ordering and len(firsts) >= 2:
        (_, a, ta), *later = sorted(firsts)
        rest = ", then ".join(f'"{b}" at [{tb}]' for _, b, tb in later)
        facts.append(f'"{a}" comes first, at [{ta}]; after it {rest}.')
    elif info.temporal or info.ordering:
        facts += term_facts
    for t in info.times:
        at = [ev for ev in events if ev.start - 0.5 <= t <= ev.end + 0.5 and ev.kind != "shot"]
        if at:
            said = "; ".join(f"{ev.kind}: {ev.text}" for ev in at[:4])
            facts.append(f"At [{format_time(t)}]: {said}.")
        else:
            facts.append(f"Nothing was recorded at [{format_time(t)}].")
    if info.times and any(t > transcript.duration + 1 for t in info.times):
        facts.append(f"The video is only {format_time(transcript.duration)} long.")
    return facts


def event_sentence(ev: Event) -> str:
    """One plain sentence stating an event, with its time (used as a grounded candidate answer)."""
    span = format_time(ev.start) if format_time(ev.start) == format_time(ev.end) else f"{format_time(ev.start)}-{format_time(ev.end)}"
    if ev.kind == "text":
        return f'At [{span}] the screen shows "{ev.text}".'
    if ev.kind == "speech":
        return f'At [{span}] someone says: "{ev.text}"'
    if ev.kind == "shot":
        return f"A new scene starts at [{format_time(ev.start)}]."
    if ev.kind == "caption":
        return f"At [{span}] the video shows {ev.text}."
    return f"At [{span}] {ev.kind}: {ev.text}."


def candidate_answers(transcript: Transcript, facts: list[str], ranked: list[tuple[float, Event]], limit: int = 6) -> list[str]:
    """Grounded answers to choose from: the derived facts, then sentences for the best-matching events
    (those scoring at least half the best score: weaker matches only distract a small model)."""
    out = list(facts)
    best = ranked[0][0] if ranked else 0.0
    for score, ev in ranked:
        if len(out) >= limit + len(facts) or score <= 0 or score < 0.5 * best:
            break
        out.append(event_sentence(ev))
    return list(dict.fromkeys(out))


def overview(transcript: Transcript) -> str:
    """Two sentences of counts and spans: length, scenes, what is read and heard."""
    shots = [ev for ev in transcript.events if ev.kind == "shot"]
    texts = list(dict.fromkeys(ev.text for ev in transcript.events if ev.kind == "text"))
    speech = [ev for ev in transcript.events if ev.kind == "speech"]
    n = max(1, len(shots))
    parts = [f"The video lasts {format_time(transcript.duration)} and has {n} scene{'s' if n != 1 else ''}."]
    said = []
    if texts:
        shown = ", ".join(f'"{t}"' for t in texts[:6]) + (" and more" if len(texts) > 6 else "")
        said.append(f"the screen shows {shown}")
    if speech:
        said.append(f"speech is heard {len(speech)} time{'s' if len(speech) != 1 else ''}, first at [{format_time(speech[0].start)}]")
    if said:
        parts.append(("In it, " + "; ".join(said) + ".").replace("In it, the", "In it the"))
    return " ".join(parts)


def window_sentences(events: list[Event], duration: float, windows: int) -> list[str]:
    """One sentence per time window (for long videos): scenes, distinct on-screen text, speech, captions."""
    size = max(1.0, duration / windows)
    out = []
    for w in range(windows):
        lo, hi = w * size, (w + 1) * size
        inside = [ev for ev in events if lo <= ev.start < hi]
        if not inside:
            continue
        parts = []
        shots = sum(ev.kind == "shot" for ev in inside)
        if shots:
            parts.append(f"{shots} new scene{'s' if shots != 1 else ''}")
        for kind, verb in (("text", "the screen shows"), ("speech", "someone says"), ("caption", "it shows"), ("action", "action")):
            texts = list(dict.fromkeys(ev.text for ev in inside if ev.kind == kind))
            if texts:
                shown = "; ".join(f'"{t[:80]}"' for t in texts[:3]) + (f" and {len(texts) - 3} more" if len(texts) > 3 else "")
                parts.append(f"{verb} {shown}")
        out.append(f"[{format_time(lo)}-{format_time(hi)}] " + ", ".join(parts) + ".")
    return out
