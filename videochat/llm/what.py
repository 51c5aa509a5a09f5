"""What-questions for grounded answers: what is shown, said or written (at a time, while something
else is, first or last), composed from the events alone."""

from __future__ import annotations

import re

from videochat.contracts.events import Event, Transcript, format_span, format_time
from videochat.llm import evidence as ev_
from videochat.llm.question import Question, TimeWindow
from videochat.llm.replies import (
    MAX_LISTED,
    Grounded,
    name_for,
    not_found,
    past_end,
    sentences,
    single,
    verb_for,
)


def what(q: Question, transcript: Transcript) -> Grounded:
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
        return not_found()
    if q.which in ("first", "last") and _PICTURE.search(q.text):  # the first (last) picture is the first (last) shot
        pool = _in_edge_shot(pool, transcript, q.which)
        if not pool and q.modality == "visual" and not q.terms:  # no thing recognised in it: the people, faces or words seen
            seen = [ev for ev in transcript.events if ev.kind in ("people", "faces", "text")]
            pool = _in_edge_shot(seen, transcript, q.which)
            if pool:
                return single(sentences(pool[:MAX_LISTED]), pool)
        if not pool:
            return not_found()  # nothing was seen in it: never the next picture's things
    if q.which in ("first", "last"):  # the first (last) thing; of a picture, everything seen in it then
        edge = pool[0] if q.which == "first" else max(pool, key=lambda ev: ev.start)
        seen = q.modality == "visual" and edge.kind in ev_.VISUAL_KINDS
        pool = [ev for ev in pool if ev is edge or seen and ev.kind in ev_.VISUAL_KINDS and ev.start == edge.start]
    return single(sentences(pool), pool)


_PICTURE = re.compile(r"\b(?:pictures?|pics?|photos?|photographs?|images?|slides?|shots?|scenes?|frames?)\b", re.I)


def _in_edge_shot(pool: list[Event], transcript: Transcript, which: str) -> list[Event]:
    """The events seen in the first (or last) shot: overlapping it by half a second (or half their length)."""
    starts = sorted(ev.start for ev in transcript.events if ev.kind == "shot") or [0.0]
    a = starts[0] if which == "first" else starts[-1]
    later = [t for t in starts if t > a]
    b = later[0] if which == "first" and later else transcript.duration
    return [ev for ev in pool if min(ev.end, b) - max(ev.start, a) >= min(0.5, (ev.end - ev.start) / 2) - 1e-6]


def _filler(q: Question, hits: list[Event]) -> bool:
    """Whether a what-is-said/written question's leftover words are chatter ("what's the dude in the
    audio saying lol"): none of them occurs anywhere, none is a name (capitals, quotes), and the
    question does not ask about a topic ("what does she say about the weather" must not be answered
    with everything she says)."""
    low = q.text.lower()
    asks_content = re.search(r"\b(?:what|which)\b.*\b(?:say|says|saying|said|speaks?|speaking|spoken|talks?|talking|talked|written|writes?|"
                             r"reads?|shown|shows?|hear|heard|uttered|voiced)\b|^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
                             r"(?:give|transcribe|reproduce|quote|provide|write (?:down|out)|read (?:out|me)|repeat|type (?:out|up))\b",
                             low)  # the content itself, not "the speaker's surname"
    located = any(re.search(rf"\b(?:on|in|at|of|inside|under|behind|across|from)\s+(?:the|a|an|his|her|their|its|this|that|my)\s+"
                            rf"(?:[\w'-]+\s+)?{re.escape(t.lower())}", low) for t in q.terms)  # "written on the back of the box"
    return (q.modality in ("speech", "text") and not hits and not q.times and bool(asks_content) and not located
            and not any(t.isupper() or " " in t for t in q.terms)
            and not re.search(r"\b(about|regarding|concerning|on the subject|topic|mention)", low))  # fmt: skip


def _what_at(q: Question, transcript: Transcript, kinds: tuple[str, ...]) -> Grounded:
    late = past_end(q, transcript)
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
    if q.modality in ("visual", None) and not q.terms:  # "what am I looking at": what is seen first, then what is read
        order = (*ev_.VISUAL_KINDS, "text", "people", "faces", "speech", "subtitle")
        found.sort(key=lambda ev: (_marginal(ev, q.times), order.index(ev.kind) if ev.kind in order else len(order)))
        shown = [ev for ev in found if ev.kind not in ("motion", "look")]
        found = shown or found  # the camera's motion and the light only when nothing else is there
        central = [ev for ev in found if not _marginal(ev, q.times)]  # not the photo before or after
        w = q.times[0]
        if not central and found and w.point is not None and any(ev.kind in ev_.VISUAL_KINDS for ev in found):
            return single(f"Nothing is recognised at [{format_time(w.point)}]; close to it, {sentences(found[:2], lower=True)}",
                          found[:2])  # the next photo's things are not what was shown then
        found = central or found
    if not found:
        w = q.times[0]
        when = f"[{format_time(w.point)}]" if w.point is not None else format_span(w.start, w.end)
        nothing = {"text": "No text is shown on screen", "speech": "Nothing is said", "visual": "Nothing is recognised",
                   "people": "No people are detected", "faces": "No faces are detected"}.get(q.modality or "",
                                                                                              "Nothing is recorded")  # fmt: skip
        return single(f"{nothing} at {when}.")
    return single(sentences(found[: MAX_LISTED]), found)


def _marginal(ev: Event, windows: list[TimeWindow]) -> bool:
    """Whether ``ev`` only grazes the times asked about: it misses the instant asked for, or overlaps
    a stretch by under a second and a half (the photo before "the last few seconds")."""
    for w in windows:
        if w.point is not None:
            if ev.start - 0.5 <= w.point <= ev.end + 0.5:
                return False
        elif min(ev.end, w.end) - max(ev.start, w.start) >= min(1.5, 0.5 * (w.end - w.start)):
            return False
    return True


def _related(q: Question, transcript: Transcript, kinds: tuple[str, ...]) -> Grounded:
    anchors, matched = ev_.find_any(transcript, q.anchor, q.anchor_modality)
    if not anchors:
        return not_found()
    name = name_for(matched[0], anchors)
    span = ev_.spans(anchors)[0]
    if q.modality == "visual" and not q.terms:  # while: everything seen then, words on screen included
        kinds = (*ev_.VISUAL_KINDS, "text", "faces", "people") if q.relation == "while" else ev_.VISUAL_KINDS
    if q.relation == "while" and kinds and {ev.kind for ev in anchors} <= set(kinds):  # "any dialogue over the mouse with
        return single(sentences(anchors[:MAX_LISTED]), anchors)  # horns?", the horns only said: the line that says them
    mine = {id(ev) for ev in anchors}
    pool = [ev for ev in transcript.events if ev.kind != "shot" and id(ev) not in mine and (not kinds or ev.kind in kinds)]
    if q.relation == "while":
        found = [ev for ev in pool if min(span[1], max(ev.end, ev.start + 0.5)) - max(span[0], ev.start) > 0.2]  # not one that only touches it
        if q.modality == "visual":  # what is seen first, then what is read, the light and the camera last
            order = (*ev_.VISUAL_KINDS, "text", "people", "faces", "look", "motion")
            found.sort(key=lambda ev: order.index(ev.kind) if ev.kind in order else len(order))
        lead = f"While {name} {verb_for(anchors).replace('is shown on screen', 'is on screen')} ({format_span(*span)})"
    elif q.relation == "before":
        found = [ev for ev in pool if ev.start < span[0] - 0.25][-MAX_LISTED:][::-1][:1]
        lead = f"Before {name} ({format_span(*span)})"
    else:
        found = [ev for ev in pool if ev.start > span[0] + 0.25][:1]
        lead = f"After {name} ({format_span(*span)})"
    if not found:
        nothing = {"speech": "nothing is said", "text": "no text is shown on screen"}.get(q.modality or "", "nothing is recorded")
        return single(f"{lead}, {nothing}.", anchors)
    return single(f"{lead}: {sentences(found[:MAX_LISTED], lower=True)}", [*anchors, *found])
