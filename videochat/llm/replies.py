"""Building blocks of grounded answers: the candidates found, the plain refusal, and how times,
names and events are written ("[00:05-00:08]", '"HELLO"', "a dog", "at [00:01-00:04] the screen shows
...")."""

from __future__ import annotations

from dataclasses import dataclass, field

from videochat.contracts.events import Event, Transcript, format_span, format_time
from videochat.llm import evidence as ev_
from videochat.llm.narrative import event_phrase
from videochat.llm.question import Question, TimeWindow
from videochat.vocabulary import also_called

NOT_FOUND = "The transcript does not show this."
MAX_LISTED = 6


@dataclass
class Grounded:
    """Candidate answers (best first), how they were found, and the events they rest on."""

    candidates: list[str]
    mode: str  # look-up | not-found | narrative | overview
    evidence: list[Event] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.mode != "not-found"


def not_found(reason: str = "") -> Grounded:
    return Grounded([NOT_FOUND + (f" ({reason})" if reason else "")], "not-found")


def single(text: str, events: list[Event] | None = None) -> Grounded:
    return Grounded([text], "look-up", list(events or []))


def at_times(events: list[Event]) -> str:
    """ "[00:05-00:08], [00:12] and 2 more" for the spans of ``events``."""
    spans = ev_.spans(events)
    shown = [format_span(a, b) for a, b in spans[:MAX_LISTED]]
    more = len(spans) - len(shown)
    if more:
        return ", ".join(shown) + f" and {more} more time{'s' if more != 1 else ''}"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def name_for(term: str, events: list[Event]) -> str:
    """How to write a matched name: on-screen words in capitals and quotes, spoken words quoted,
    visual labels as nouns with an article."""
    kinds = {ev.kind for ev in events}
    texts = list(dict.fromkeys(ev.text for ev in events))
    if kinds <= {"text"} and len(texts) == 1 and texts[0].isupper() and " " not in texts[0]:
        return f'"{texts[0]}"'  # the word as the screen shows it ("CANVAS" asked as "canvas" or misread)
    if kinds <= {"text"}:
        return f'"{term.upper()}"'
    if kinds & {"speech", "subtitle", "text"}:
        return f'"{term}"'
    labels = list(dict.fromkeys(ev.text for ev in events if ev.kind in ("tags", "objects")))
    if len(labels) != 1:
        return with_article(term)
    named = also_called().get(term.lower(), frozenset())
    seen = [c for ev in events for c in (ev.data.get("classes") or {}) if c.lower() in named]
    if seen and term.lower() not in seen[0].lower().split():  # the class "porcupine, hedgehog", asked for as a hedgehog
        return f"{with_article(seen[0])} or {term.lower()} (one class of the image tagger)"
    return with_article(labels[0])  # the label seen, not the user's synonym


def with_article(noun: str) -> str:
    return noun if noun[:1].isupper() or noun.startswith(("a ", "an ", "the ")) else \
        ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def verb_for(events: list[Event]) -> str:
    kinds = {ev.kind for ev in events}
    if kinds <= {"speech", "subtitle"}:
        return "is said"
    if kinds <= {"text"}:
        return "is shown on screen"
    if kinds & {"tags", "caption", "objects", "action"}:
        return "is shown"
    return "appears"


def in_windows(events: list[Event], windows: list[TimeWindow]) -> list[Event]:
    if not windows:
        return events
    return [ev for ev in events if any(ev.start <= w.end and max(ev.end, ev.start + 0.5) >= w.start for w in windows)]


def past_end(q: Question, transcript: Transcript) -> Grounded | None:
    late = [w for w in q.times if w.start > transcript.duration + 0.5]
    if late:
        return single(f"The video is only {format_time(transcript.duration)} long: nothing happens at "
                    f"[{format_time(late[0].point if late[0].point is not None else late[0].start)}].")
    return None


def sentences(events: list[Event], lower: bool = False) -> str:
    out = []
    for ev in events[: MAX_LISTED * 2]:
        out.append(f"at {format_span(ev.start, ev.end)} {event_phrase(ev)}")
    text = "; ".join(out) + "."
    text = text.replace('.".', '."').replace('?".', '?"').replace('!".', '!"')
    return text if lower else text[0].upper() + text[1:]
