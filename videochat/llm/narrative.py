"""A faithful, scene-by-scene account of a transcript, composed from its events.

A 135M model asked to narrate a transcript invents most of what it writes (measured: 18 numbered
paragraphs about uniforms and barcodes for a clip of photos and city footage), so ``describe`` and
open questions for small models read this instead: an overview of counts and spans, then one line
per scene (or per time window for long videos) saying what is shown, read and heard.
"""

from __future__ import annotations

from videochat.contracts.events import Event, Transcript, format_span, format_time
from videochat.llm.evidence import trusted, unsure

MAX_PARTS = 40  # scene lines; longer videos are told in this many time windows
PER_KIND = 3  # items of one kind named per scene


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def event_phrase(ev: Event) -> str:
    """What one event states, as a phrase that follows a time: 'the screen shows "HELLO"'."""
    if ev.kind == "text":
        return f'the screen shows "{ev.text}"'
    if ev.kind in ("speech", "subtitle"):
        also = ev.data.get("heard_as") if ev.kind == "speech" else None
        unclear = f' (also heard as "{also[0]}")' if isinstance(also, list) and also else ""
        return f'{ev.data.get("speaker") or "someone"} says: "{ev.text}"{unclear}'
    if ev.kind == "tags":
        if unsure(ev):
            return f"the video may show {_article(ev.text)} (a weak guess)"
        return f"the video shows {_article(ev.text)}"
    if ev.kind == "caption":
        return f"the video shows {ev.text}"
    if ev.kind == "shot":
        return "a new scene starts"
    if ev.kind in ("faces", "people", "objects"):
        return f"{ev.text} visible" if ev.text[:1].isdigit() else ev.text
    if ev.kind == "action":
        return f"the activity looks like {ev.text}"
    return ev.text


def overview(transcript: Transcript) -> str:
    """Length, scenes, and what is read, heard and seen, in two or three sentences."""
    events = transcript.events
    shots = [ev for ev in events if ev.kind == "shot"]
    n = max(1, len(shots))
    parts = [f"The video lasts {format_time(transcript.duration)} and has {n} scene{'s' if n != 1 else ''}."]
    seen = _top_labels(events, 6)
    guessed = _guesses(events)
    texts = list(dict.fromkeys(ev.text for ev in events if ev.kind == "text"))
    speech = [ev for ev in events if ev.kind in ("speech", "subtitle")]
    said = []
    if seen:
        sure, weak = [x for x in seen if x not in guessed], [x for x in seen if x in guessed]
        said.append("; ".join([*(["it shows " + ", ".join(sure)] if sure else []),
                               *(["it may show " + ", ".join(weak)] if weak else [])]))
    if texts:
        said.append("the screen reads " + ", ".join(f'"{t}"' for t in texts[:6]) + (" and more" if len(texts) > 6 else ""))
    if speech:
        voices = len({ev.data["speaker"] for ev in speech if ev.data.get("speaker")})
        by = f" from {voices} speaker{'s' if voices != 1 else ''}" if voices else ""
        said.append(f"speech is heard {len(speech)} time{'s' if len(speech) != 1 else ''}{by}, first at [{format_time(speech[0].start)}]")
    if said:
        parts.append("In it, " + "; ".join(said) + ".")
    return " ".join(parts)


def _guesses(events: list[Event]) -> set[str]:
    """The visual labels only ever seen as weak guesses (said "may show")."""
    visual = [ev for ev in events if ev.kind in ("tags", "caption", "objects", "action") and trusted(ev)]
    return {ev.text for ev in visual if unsure(ev)} - {ev.text for ev in visual if not unsure(ev)}


def _top_labels(events: list[Event], limit: int) -> list[str]:
    """Visual labels by how long they are shown."""
    shown: dict[str, float] = {}
    for ev in events:
        if ev.kind in ("tags", "caption", "objects", "action") and trusted(ev):
            shown[ev.text] = shown.get(ev.text, 0.0) + max(0.5, ev.end - ev.start)
    return [label for label, _ in sorted(shown.items(), key=lambda p: -p[1])[:limit]]


def _parts(transcript: Transcript) -> list[tuple[float, float]]:
    """Scene spans from the shot events, or equal windows when there are too many (or none)."""
    shots = [ev.start for ev in transcript.events if ev.kind == "shot"]
    d = max(transcript.duration, 0.1)
    if 1 <= len(shots) <= MAX_PARTS:
        starts = sorted({0.0, *shots})
        return list(zip(starts, [*starts[1:], d]))
    n = min(MAX_PARTS, max(1, int(d // 10)))
    return [(d * i / n, d * (i + 1) / n) for i in range(n)]


def scene_line(events: list[Event], start: float, end: float) -> str:
    """One scene: what is shown, read and heard, and how the camera moves."""
    inside = [ev for ev in events if ev.kind != "shot" and start - 0.25 <= ev.start < end - 0.25]
    bits = []
    labels = _top_labels(inside, PER_KIND)
    guessed = _guesses(inside)
    named = lambda xs: ", ".join(_article(x) if x[:1].islower() and " " not in x else x for x in xs)  # noqa: E731
    if [x for x in labels if x not in guessed]:
        bits.append("shows " + named([x for x in labels if x not in guessed]))
    if guessed & set(labels):
        bits.append("may show " + named([x for x in labels if x in guessed]) + " (a weak guess)")
    for kinds, verb, quote in ((("text",), "the screen reads", True), (("speech", "subtitle"), "someone says", True),
                               (("faces",), "", False), (("people",), "", False), (("motion",), "", False)):  # fmt: skip
        texts = list(dict.fromkeys(ev.text for ev in inside if ev.kind in kinds))[:PER_KIND]
        if not texts:
            continue
        who = {ev.text: ev.data.get("speaker") for ev in inside if ev.kind in kinds}
        if quote and any(who[t] for t in texts):  # labelled turns: who says what
            bits.append("; ".join(f'{who[t] or "someone"} says "{t[:100]}"' for t in texts))
            continue
        shown = "; ".join(f'"{t[:100]}"' if quote else t for t in texts)
        bits.append(f"{verb} {shown}".strip())
    return f"{format_span(start, end)} " + ("; ".join(bits) if bits else "nothing recognised") + "."


def narrative(transcript: Transcript, limit: int | None = None) -> str:
    """The overview, then one line per scene (``limit``: at most that many lines)."""
    lines = [scene_line(transcript.events, a, b) for a, b in _parts(transcript)]
    if limit is not None:
        lines = lines[:limit]
    body = "\n".join(f"- {line}" for line in lines)
    return overview(transcript) + ("\n\n" + body if body else "")
