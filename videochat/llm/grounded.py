"""The grounded answering strategy: answers composed only from transcript events, or a plain
"The transcript does not show this."

Small models copy, they do not search: asked freely, the embedded 135M model states unrelated lines
as answers. So for them (and for any model when ``llm.strategy = "grounded"``) a question is parsed
(:mod:`videochat.llm.question`), the events it points at are looked up (:mod:`videochat.llm.evidence`)
and the answer is written from those events by the rules below, one per kind of question. When the
rules leave several candidates, the model only ranks them (see ``VideoChat``); it never writes
free text. No evidence means no answer, said plainly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from videochat.contracts.events import Event, Transcript, format_span, format_time
from videochat.llm import evidence as ev_
from videochat.llm.narrative import event_phrase, narrative
from videochat.llm.question import Intent, Question, TimeWindow
from videochat.llm.speakers import NO_FACES, answer_speakers

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


def _not_found(reason: str = "") -> Grounded:
    return Grounded([NOT_FOUND + (f" ({reason})" if reason else "")], "not-found")


def _one(text: str, events: list[Event] | None = None) -> Grounded:
    return Grounded([text], "look-up", list(events or []))


def _at(events: list[Event]) -> str:
    """ "[00:05-00:08], [00:12] and 2 more" for the spans of ``events``."""
    spans = ev_.spans(events)
    shown = [format_span(a, b) for a, b in spans[:MAX_LISTED]]
    more = len(spans) - len(shown)
    if more:
        return ", ".join(shown) + f" and {more} more time{'s' if more != 1 else ''}"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _name(term: str, events: list[Event]) -> str:
    """How to write a matched name: on-screen words in capitals and quotes, spoken words quoted,
    visual labels as nouns with an article."""
    kinds = {ev.kind for ev in events}
    if kinds <= {"text"}:
        return f'"{term.upper()}"'
    if kinds & {"speech", "subtitle", "text"}:
        return f'"{term}"'
    labels = list(dict.fromkeys(ev.text for ev in events if ev.kind in ("tags", "objects")))
    return with_article(labels[0] if len(labels) == 1 else term)  # the label seen, not the user's synonym


def with_article(noun: str) -> str:
    return noun if noun[:1].isupper() or noun.startswith(("a ", "an ", "the ")) else \
        ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _verb(events: list[Event]) -> str:
    kinds = {ev.kind for ev in events}
    if kinds <= {"speech", "subtitle"}:
        return "is said"
    if kinds <= {"text"}:
        return "is shown on screen"
    if kinds & {"tags", "caption", "objects", "action"}:
        return "is shown"
    return "appears"


def _in_windows(events: list[Event], windows: list[TimeWindow]) -> list[Event]:
    if not windows:
        return events
    return [ev for ev in events if any(ev.start <= w.end and max(ev.end, ev.start + 0.5) >= w.start for w in windows)]


def _past_end(q: Question, transcript: Transcript) -> Grounded | None:
    late = [w for w in q.times if w.start > transcript.duration + 0.5]
    if late:
        return _one(f"The video is only {format_time(transcript.duration)} long: nothing happens at "
                    f"[{format_time(late[0].point if late[0].point is not None else late[0].start)}].")
    return None


def _modality_events(transcript: Transcript, q: Question) -> list[Event]:
    """Events of the asked modality when the question names no thing ("when does the camera pan?")."""
    kinds = ev_.kinds_for(q.modality)
    events = [ev for ev in transcript.events if ev.kind in kinds and ev.kind != "shot"]
    if q.modality == "motion":
        cues = re.findall(r"\b(pan|tilt|zoom|shak|still|static|fast|moving)", q.text.lower())
        if cues:
            events = [ev for ev in events if any(c in ev.text.lower() for c in cues)]
    return events


# -- the rules, one per intent -------------------------------------------------------------------

def _length(q: Question, transcript: Transcript) -> Grounded:
    d = transcript.duration
    return _one(f"The video is {format_time(d)} long ({d:.0f} seconds).")


def _count(q: Question, transcript: Transcript) -> Grounded:
    events = _in_windows(transcript.events, q.times)
    terms = q.terms
    if q.modality in ("shot", "people", "faces") and terms and not ev_.find_any(transcript, terms, None)[0]:
        terms = []  # "how many scenes does it consist of": words that name nothing in the video
    shots = [ev for ev in transcript.events if ev.kind == "shot"]
    if q.modality == "shot" and not terms:
        n = max(1, len(shots))
        starts = ", ".join(f"[{format_time(ev.start)}]" for ev in shots[:12])
        if re.search(r"\b(cuts?|transitions?|chang\w*|switch\w*|jumps?)\b", q.text.lower()):  # "how many times does the shot change"
            cuts = [ev for ev in shots if ev.start > 0.5]
            return _one(f"There {'is' if len(cuts) == 1 else 'are'} {len(cuts)} cut{'s' if len(cuts) != 1 else ''}"
                        + (f", at {', '.join(f'[{format_time(ev.start)}]' for ev in cuts[:12])}." if cuts else "."), cuts)
        if not shots:
            return _one("The video is 1 scene: no scene changes were detected.")
        return _one(f"The video has {n} scene{'s' if n != 1 else ''} (starting at {starts}).", shots)
    if q.modality in ("people", "faces") and not terms:
        kind = q.modality
        counted = [ev for ev in events if ev.kind == kind and isinstance(ev.data.get("count"), int)]
        if not counted:
            if kind not in transcript.perceptors:
                return _not_found()
            return _one(f"No {'people' if kind == 'people' else 'faces'} are detected"
                        + (f" at {format_span(q.times[0].start, q.times[0].end)}." if q.times else " in the video."))
        top = max(counted, key=lambda ev: ev.data["count"])
        n = int(top.data["count"])
        noun = ("person" if n == 1 else "people") if kind == "people" else ("face" if n == 1 else "faces")
        return _one(f"At most {n} {noun} {'is' if n == 1 else 'are'} visible at once (at {format_span(top.start, top.end)}).",
                    [top])
    if terms:
        hits, matched = ev_.find_any(transcript, terms, q.modality)
        hits = _in_windows(hits, q.times)
        if not hits:
            return _not_found()
        term = matched[0]
        mine = [ev for ev in hits if ev_.mentions(ev, term)]
        n = len(ev_.spans(mine, gap=0.0))
        return _one(f"{_name(term, mine)} {_verb(mine)} {n} time{'s' if n != 1 else ''}, at {_at(mine)}.", mine)
    kinds = ev_.kinds_for(q.modality) if q.modality not in (None, "visual") else ev_.VISUAL_KINDS
    if q.modality in ("text", "speech", "visual") or q.distinct:  # not a bare "how many?" (counting what?)
        pool = [ev for ev in events if ev.kind in kinds]
        if not pool:
            return _not_found()
        distinct = list(dict.fromkeys(ev.text.strip() for ev in pool))
        n = len(distinct)
        if q.modality == "text":
            noun = "different text" + ("s are" if n != 1 else " is")
            listed = ", ".join(f'"{t}"' for t in distinct[:MAX_LISTED * 2])
            return _one(f"{n} {noun} shown on screen: {listed}.", pool)
        if q.modality == "speech":
            return _one(f"Speech is heard {n} time{'s' if n != 1 else ''}, at {_at(pool)}.", pool)
        listed = ", ".join(distinct[:MAX_LISTED * 2])
        return _one(f"{n} different thing{'s are' if n != 1 else ' is'} recognised: {listed}.", pool)
    return _not_found()


def head_terms(terms: list[str], transcript: Transcript, modality: str | None) -> list[str]:
    """The names to look up for a phrase such as "yellow building": the phrase when an event names all
    of it, else its head noun (the last word), never a modifier alone (a "mostly yellow" scene)."""
    if len(terms) < 2 or any(t.isupper() for t in terms):  # several on-screen words: each is a name
        return terms
    hits, _ = ev_.find_any(transcript, terms, modality)
    whole = [ev for ev in hits if all(ev_.mentions(ev, t) for t in terms)]
    if whole and all(ev.kind in ev_.WORDY_KINDS for ev in whole):
        return [" ".join(terms)]  # said or written as a phrase
    return terms[-1:]  # a label ("tabby" is a cat) or only the modifier matched: the head noun


def _when(q: Question, transcript: Transcript) -> Grounded:
    thing = [t for t in q.terms if t not in q.place]
    if q.place and not (thing and ev_.find_any(transcript, thing, q.modality)[0] and ev_.find_any(transcript, q.place, None)[0]):
        return _not_found()  # "the greeting in the output box": the box's own label does not say when the greeting is,
        # nor does a cat say when "the cat in the garden" is seen, with no garden in the transcript
    terms = head_terms(thing, transcript, q.modality) if thing else q.anchor
    if terms:
        hits, matched = ev_.find_any(transcript, terms, q.modality)
    else:
        hits, matched = _modality_events(transcript, q), []
    hits = _in_windows(hits, q.times)
    if not hits:
        return _not_found()
    if not matched:
        what = {"speech": "Speech is heard", "text": "Text is shown on screen", "people": "People are visible",
                "faces": "Faces are visible"}.get(q.modality or "", "It happens")  # fmt: skip
        if q.modality == "motion":
            return _one("; ".join(f"{ev.text} at {format_span(ev.start, ev.end)}" for ev in hits[:MAX_LISTED]) + ".", hits)
        chosen = hits[:1] if q.which == "first" else hits[-1:] if q.which == "last" else hits
        return _one(f"{what} at {_at(chosen)}.", chosen)
    parts = []
    used: list[Event] = []
    for term in matched:
        mine = [ev for ev in hits if ev_.mentions(ev, term)]
        chosen = mine[:1] if q.which == "first" else mine[-1:] if q.which == "last" else mine
        when = _at(chosen)
        lead = {"first": "first ", "last": "last "}.get(q.which or "", "")
        if lead and len(ev_.spans(mine)) == 1:
            lead = ""
        parts.append(f"{_name(term, mine)} {_verb(mine).replace('is ', 'is ' + lead, 1)} at {when}")
        used += chosen
    text = "; ".join(parts) + "."
    return _one(text[0].upper() + text[1:], used)


def _duration(q: Question, transcript: Transcript) -> Grounded:
    hits, matched = ev_.find_any(transcript, q.terms, q.modality) if q.terms else (_modality_events(transcript, q), [])
    if not hits:
        return _not_found()
    mine = [ev for ev in hits if ev_.mentions(ev, matched[0])] if matched else hits
    spans = ev_.spans(mine, gap=0.0)
    total = sum(b - a for a, b in spans)
    name = _name(matched[0], mine) if matched else "It"
    verb = {"is said": "is heard", "is shown on screen": "is on screen"}.get(_verb(mine), "is shown")
    return _one(f"{name[0].upper() + name[1:]} {verb} for about {total:.0f} second{'s' if round(total) != 1 else ''} "
                f"in all, at {_at(mine)}.", mine)


def _presence(q: Question, transcript: Transcript) -> Grounded:
    if q.terms:
        hits, matched = ev_.find_any(transcript, q.terms, q.modality)
    else:
        hits, matched = _modality_events(transcript, q), []
        if q.modality is None:
            return _not_found()
    hits = _in_windows(hits, q.times)
    where = f" at {format_span(q.times[0].start, q.times[0].end)}" if q.times else ""
    if q.relation == "while" and q.anchor:  # "is anything said while KIWI is shown?"
        anchors, matched = ev_.find_any(transcript, q.anchor, q.anchor_modality)
        if not anchors:
            return _not_found()
        spans = ev_.spans(anchors)
        mine = {id(ev) for ev in anchors}
        hits = [ev for ev in hits if id(ev) not in mine and any(ev.start <= b and max(ev.end, ev.start + 0.5) >= a for a, b in spans)]
        where = f" while {_name(matched[0], anchors)} {_verb(anchors)} ({format_span(*spans[0])})"
    least = _at_least(q.text)
    if q.modality in ("people", "faces") and not q.terms and least > 1:
        crowded = [ev for ev in hits if int(ev.data.get("count", 1) or 1) >= least]
        if crowded:
            top = max(crowded, key=lambda ev: int(ev.data.get("count", 1)))
            return _one(f"Yes: {top.text} at {format_span(top.start, top.end)}.", crowded)
        if hits or _ran_for(q.modality, transcript):
            most = max((int(ev.data.get("count", 1) or 1) for ev in hits), default=0)
            return _one(f"No: at most {most} {'person' if q.modality == 'people' and most == 1 else q.modality if most != 1 else 'face'} "
                        f"{'is' if most == 1 else 'are'} visible at once{where}.", hits)
    if hits:
        term = matched[0] if matched else None
        mine = [ev for ev in hits if term is None or ev_.mentions(ev, term)]
        if term is None:
            return _one(f"Yes: {_sentences(mine[:MAX_LISTED], lower=True)}", mine)
        return _one(f"Yes: {_name(term, mine)} {_verb(mine)} at {_at(mine)}.", mine)
    if q.terms and q.modality in (None, "visual", "people", "faces", "motion", "look"):  # "does the yellow line move?"
        seeing = set(ev_.visual_perceptors(transcript))
        if not seeing:
            return _not_found("no perceptor that recognises what is shown ran on this video")
        unknown = [t for t in q.terms if not ev_.nameable(t, seeing)]
        if unknown and not (q.modality is None and _ran_for("text", transcript) and _ran_for("speech", transcript)
                            and all(t.isupper() for t in unknown)):  # fmt: skip
            return _not_found(f"the perceptors that ran cannot recognise {' or '.join(unknown)}")
    if q.modality and q.modality not in ("visual",) and not any(
        ev.kind in ev_.kinds_for(q.modality) for ev in transcript.events
    ) and not _ran_for(q.modality, transcript):
        return _not_found()
    thing = q.terms[0] if q.terms else {"speech": "speech", "text": "text on screen", "people": "people",
                                        "faces": "faces", "motion": "camera motion"}.get(q.modality or "", "such thing")  # fmt: skip
    return _one(f"No: the transcript shows no {thing}{where}.")


def _at_least(text: str) -> int:
    """The smallest count a "more than one" / "several" / "at least 3" question asks for (1 if none)."""
    low = text.lower()
    m = re.search(r"\b(?:more than|over)\s+(\d+|one|two|three|four|five)\b", low)
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    if m:
        return (int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]) + 1
    m = re.search(r"\bat least\s+(\d+|two|three|four|five)\b", low)
    if m:
        return int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]
    return 2 if re.search(r"\b(several|multiple|many|crowd|group|a few|two or more)\b", low) else 1


def _ran_for(modality: str, transcript: Transcript) -> bool:
    owners = {"speech": "asr", "text": "ocr", "people": "people", "faces": "faces", "motion": "motion"}
    return owners.get(modality, "") in transcript.perceptors


def _order(q: Question, transcript: Transcript) -> Grounded:
    terms = list(dict.fromkeys([*q.terms, *q.anchor]))
    firsts: list[tuple[float, str, list[Event]]] = []
    missing = []
    for term in terms:
        hits, _ = ev_.find_any(transcript, [term], q.modality)
        if hits:
            firsts.append((hits[0].start, term, hits))
        else:
            missing.append(term)
    if len(firsts) < 2:
        return _not_found()
    firsts.sort(key=lambda p: p[0])
    (t0, a, ea), *rest = firsts
    later = "; then ".join(f"{_name(b, eb)} at [{format_time(tb)}]" for tb, b, eb in rest)
    text = f"{_name(a, ea)} comes first, at [{format_time(t0)}]; then {later}."
    if q.yes_no and q.relation in ("before", "after") and q.terms and q.anchor:
        subject = next((p for p in firsts if p[1] == q.terms[0]), None)
        anchor = next((p for p in firsts if p[1] == q.anchor[0]), None)
        if subject and anchor:
            yes = (subject[0] < anchor[0]) == (q.relation == "before")
            text = ("Yes: " if yes else "No: ") + text
    return _one(text[0].upper() + text[1:], [p[2][0] for p in firsts])


def _what(q: Question, transcript: Transcript) -> Grounded:
    kinds = ev_.relevant_kinds(q)
    if q.relation and q.anchor:
        return _related(q, transcript, kinds)
    if q.times:
        return _what_at(q, transcript, kinds)
    pool = [ev for ev in transcript.events if ev.kind != "shot" and (not kinds or ev.kind in kinds)]
    if q.modality == "visual" and not q.terms:
        pool = [ev for ev in pool if ev.kind in ev_.VISUAL_KINDS]
    if q.terms:  # only events naming everything the question names ("what is inside the box" is not "a box")
        hits, _ = ev_.find_any(transcript, q.terms, q.modality)
        named = [ev for ev in hits if (not kinds or ev.kind in kinds) and all(ev_.mentions(ev, t) for t in q.terms)]
        pool = named if named or not _filler(q, hits) else pool
    if not pool:
        return _not_found()
    if q.which in ("first", "last"):  # the first (last) thing; of a picture, everything seen in it then
        edge = pool[0] if q.which == "first" else max(pool, key=lambda ev: ev.start)
        seen = q.modality == "visual" and edge.kind in ev_.VISUAL_KINDS
        pool = [ev for ev in pool if ev is edge or seen and ev.kind in ev_.VISUAL_KINDS and ev.start == edge.start]
    return _one(_sentences(pool), pool)


def _filler(q: Question, hits: list[Event]) -> bool:
    """Whether a what-is-said/written question's leftover words are chatter ("what's the dude in the
    audio saying lol"): none of them occurs anywhere, none is a name (capitals, quotes), and the
    question does not ask about a topic ("what does she say about the weather" must not be answered
    with everything she says)."""
    low = q.text.lower()
    asks_content = re.search(r"\b(?:what|which)\b.*\b(?:say|says|saying|said|speaks?|speaking|spoken|talks?|talking|talked|written|writes?|"
                             r"reads?|shown|shows?|hear|heard)\b", low)  # the content itself, not "the speaker's surname"
    located = any(re.search(rf"\b(?:on|in|at|of|inside|under|behind|across|from)\s+(?:the|a|an|his|her|their|its|this|that|my)\s+"
                            rf"(?:[\w'-]+\s+)?{re.escape(t.lower())}", low) for t in q.terms)  # "written on the back of the box"
    return (q.modality in ("speech", "text") and not hits and not q.times and bool(asks_content) and not located
            and not any(t.isupper() or " " in t for t in q.terms)
            and not re.search(r"\b(about|regarding|concerning|on the subject|topic|mention)", low))  # fmt: skip


def _what_at(q: Question, transcript: Transcript, kinds: tuple[str, ...]) -> Grounded:
    late = _past_end(q, transcript)
    if late is not None:
        return late
    found: list[Event] = []
    for window in q.times:
        found += ev_.during(transcript, window, kinds)
    found = ev_.unique(found)
    if q.place and q.modality == "text":  # "what does the output box say": its words, not the label "Output Box"
        found = [ev for ev in found if not all(ev_.mentions(ev, t) for t in q.place)]
    thing = [t for t in q.terms if t not in q.place]
    if thing:
        named = [ev for ev in found if any(ev_.mentions(ev, t) for t in thing)]
        found = named or found
    if q.modality == "visual" and not q.terms:  # "what am I looking at": what is seen first, then what is read
        found.sort(key=lambda ev: ev.kind not in ev_.VISUAL_KINDS)
    if not found:
        w = q.times[0]
        when = f"[{format_time(w.point)}]" if w.point is not None else format_span(w.start, w.end)
        nothing = {"text": "No text is shown on screen", "speech": "Nothing is said", "visual": "Nothing is recognised",
                   "people": "No people are detected", "faces": "No faces are detected"}.get(q.modality or "",
                                                                                              "Nothing is recorded")  # fmt: skip
        return _one(f"{nothing} at {when}.")
    return _one(_sentences(found[: MAX_LISTED]), found)


def _related(q: Question, transcript: Transcript, kinds: tuple[str, ...]) -> Grounded:
    anchors, matched = ev_.find_any(transcript, q.anchor, q.anchor_modality)
    if not anchors:
        return _not_found()
    name = _name(matched[0], anchors)
    span = ev_.spans(anchors)[0]
    if q.modality == "visual" and not q.terms:  # while: everything seen then, words on screen included
        kinds = (*ev_.VISUAL_KINDS, "text", "faces", "people") if q.relation == "while" else ev_.VISUAL_KINDS
    mine = {id(ev) for ev in anchors}
    pool = [ev for ev in transcript.events if ev.kind != "shot" and id(ev) not in mine and (not kinds or ev.kind in kinds)]
    if q.relation == "while":
        found = [ev for ev in pool if ev.start <= span[1] and max(ev.end, ev.start + 0.5) >= span[0]]
        if q.modality == "visual":  # what is seen first, then what is read
            found.sort(key=lambda ev: ev.kind not in ev_.VISUAL_KINDS)
        lead = f"While {name} {_verb(anchors).replace('is shown on screen', 'is on screen')} ({format_span(*span)})"
    elif q.relation == "before":
        found = [ev for ev in pool if ev.start < span[0] - 0.25][-MAX_LISTED:][::-1][:1]
        lead = f"Before {name} ({format_span(*span)})"
    else:
        found = [ev for ev in pool if ev.start > span[0] + 0.25][:1]
        lead = f"After {name} ({format_span(*span)})"
    if not found:
        nothing = {"speech": "nothing is said", "text": "no text is shown on screen"}.get(q.modality or "", "nothing is recorded")
        return _one(f"{lead}, {nothing}.", anchors)
    return _one(f"{lead}: {_sentences(found[:MAX_LISTED], lower=True)}", [*anchors, *found])


def _sentences(events: list[Event], lower: bool = False) -> str:
    out = []
    for ev in events[: MAX_LISTED * 2]:
        out.append(f"at {format_span(ev.start, ev.end)} {event_phrase(ev)}")
    text = "; ".join(out) + "."
    text = text.replace('.".', '."').replace('?".', '?"').replace('!".', '!"')
    return text if lower else text[0].upper() + text[1:]


def _other(q: Question, transcript: Transcript) -> Grounded:
    """Why/who/which-colour and unplaced questions: only events that mention every name the question
    uses answer it, and then only as quoted evidence."""
    if not q.terms:
        return _not_found()
    # only words read or heard can hold a name, a reason or a colour: a visual label never answers these
    hits = [ev for ev in transcript.events if ev.kind in ev_.WORDY_KINDS
            and all(ev_.mentions(ev, t, exact=True) for t in q.terms)]  # no OCR/ASR slips: "shirt" is not "shift"
    hits = _in_windows(hits, q.times)
    if not hits:
        return _not_found()
    return Grounded([f"The transcript has: {_sentences(hits[:3], lower=True)}", NOT_FOUND], "look-up", hits[:3])


RULES: dict[Intent, Callable[[Question, Transcript], Grounded]] = {
    Intent.LENGTH: _length, Intent.COUNT: _count, Intent.WHEN: _when, Intent.DURATION: _duration,
    Intent.PRESENCE: _presence, Intent.ORDER: _order, Intent.WHAT: _what, Intent.OTHER: _other,
}  # fmt: skip


def answer(q: Question, transcript: Transcript) -> Grounded:
    """Candidate answers for ``q`` built from ``transcript`` alone."""
    spoken = answer_speakers(q, transcript)  # who says what, when the speech is labelled with speakers
    if spoken is not None:
        return _not_found(NO_FACES) if spoken[0] == NO_FACES else _one(*spoken)
    if q.intent == Intent.OPEN or (q.intent == Intent.WHAT and not (q.terms or q.times or q.relation or q.modality)):
        return Grounded([narrative(transcript)], "narrative", list(transcript.events))
    late = _past_end(q, transcript) if q.intent in (Intent.WHAT, Intent.PRESENCE, Intent.OTHER) else None
    return late or RULES[q.intent](q, transcript)
