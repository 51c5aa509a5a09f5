"""The grounded answering strategy: answers composed only from transcript events, or a plain
"The transcript does not show this."

Small models copy, they do not search: asked freely, the embedded 135M model states unrelated lines
as answers. So for them (and for any model when ``llm.strategy = "grounded"``) a question is parsed
(:mod:`videochat.llm.question`), the events it points at are looked up (:mod:`videochat.llm.evidence`)
and the answer is written from those events by the rules below, one per kind of question (what-questions
in :mod:`videochat.llm.what`, the shared wording in :mod:`videochat.llm.replies`). When the
rules leave several candidates, the model only ranks them (see ``VideoChat``); it never writes
free text. No evidence means no answer, said plainly.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from videochat.contracts.events import Event, Transcript, format_span, format_time
from videochat.llm import evidence as ev_
from videochat.llm.narrative import narrative
from videochat.llm.question import Intent, Question
from videochat.llm.replies import (
    MAX_LISTED,
    NOT_FOUND,
    Grounded,
    at_times,
    in_windows,
    name_for,
    not_found,
    past_end,
    sentences,
    single,
    verb_for,
    with_article,
)
from videochat.llm.speakers import NO_FACES, answer_speakers
from videochat.llm.what import what


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
    return single(f"The video is {format_time(d)} long ({d:.0f} seconds).")


def _count(q: Question, transcript: Transcript) -> Grounded:
    events = in_windows(transcript.events, q.times)
    terms = q.terms
    if q.modality in ("shot", "people", "faces") and terms and not ev_.find_any(transcript, terms, None)[0]:
        terms = []  # "how many scenes does it consist of": words that name nothing in the video
    if q.modality == "text" and q.distinct and terms and all(t.islower() for t in terms) and \
            not ev_.find_any(transcript, terms, "text")[0]:
        terms = []  # "I keep seeing words come and go ... how many different ones": the words, whatever they say
    shots = [ev for ev in transcript.events if ev.kind == "shot"]
    if q.modality == "shot" and not terms:
        n = max(1, len(shots))
        starts = ", ".join(f"[{format_time(ev.start)}]" for ev in shots[:12])
        if re.search(r"\b(cuts?|transitions?|chang\w*|switch\w*|jumps?)\b(?![-\s]down)", q.text.lower()):  # "how many times does the shot change"
            cuts = [ev for ev in shots if ev.start > 0.5]
            return single(f"There {'is' if len(cuts) == 1 else 'are'} {len(cuts)} cut{'s' if len(cuts) != 1 else ''}"
                        + (f", at {', '.join(f'[{format_time(ev.start)}]' for ev in cuts[:12])}." if cuts else "."), cuts)
        if not shots:
            return single("The video is 1 scene: no scene changes were detected.")
        return single(f"The video has {n} scene{'s' if n != 1 else ''} (starting at {starts}).", shots)
    if q.modality in ("people", "faces") and not terms:
        kind = q.modality
        counted = [ev for ev in events if ev.kind == kind and isinstance(ev.data.get("count"), int)]
        if not counted:
            if kind not in transcript.perceptors:
                return not_found()
            return single(f"No {'people' if kind == 'people' else 'faces'} are detected"
                        + (f" at {format_span(q.times[0].start, q.times[0].end)}." if q.times else " in the video."))
        top = max(counted, key=lambda ev: ev.data["count"])
        n = int(top.data["count"])
        noun = ("person" if n == 1 else "people") if kind == "people" else ("face" if n == 1 else "faces")
        return single(f"At most {n} {noun} {'is' if n == 1 else 'are'} visible at once (at {format_span(top.start, top.end)}).",
                    [top])
    if terms:
        hits, matched = ev_.find_any(transcript, terms, q.modality)
        hits = in_windows(hits, q.times)
        if not hits:
            return not_found()
        term = matched[0]
        mine = [ev for ev in hits if ev_.matches(ev, term)]
        n = len(ev_.spans(mine, gap=0.0))
        return single(f"{name_for(term, mine)} {verb_for(mine)} {n} time{'s' if n != 1 else ''}, at {at_times(mine)}.", mine)
    kinds = ev_.kinds_for(q.modality) if q.modality not in (None, "visual") else ev_.VISUAL_KINDS
    if q.modality in ("text", "speech", "visual") or q.distinct:  # not a bare "how many?" (counting what?)
        pool = [ev for ev in events if ev.kind in kinds]
        if not pool:
            return not_found()
        distinct = list(dict.fromkeys(ev.text.strip() for ev in pool))
        n = len(distinct)
        if q.modality == "text":
            noun = "different text" + ("s are" if n != 1 else " is")
            listed = ", ".join(f'"{t}"' for t in distinct[:MAX_LISTED * 2])
            return single(f"{n} {noun} shown on screen: {listed}.", pool)
        if q.modality == "speech":
            return single(f"Speech is heard {n} time{'s' if n != 1 else ''}, at {at_times(pool)}.", pool)
        listed = ", ".join(distinct[:MAX_LISTED * 2])
        return single(f"{n} different thing{'s are' if n != 1 else ' is'} recognised: {listed}.", pool)
    return not_found()


#: Things that carry writing: "the copy centre sign" is found by its words on screen.
_CARRIERS = {"sign", "signpost", "poster", "notice", "banner", "label", "board", "billboard", "plaque", "placard", "menu",
             "sticker", "logo", "t-shirt", "shirt", "cover", "signage", "noticeboard", "nameplate", "plate"}


def head_terms(terms: list[str], transcript: Transcript, modality: str | None) -> list[str]:
    """The names to look up for a phrase such as "yellow building": the phrase when an event names all
    of it, else its head noun (the last word), never a modifier alone (a "mostly yellow" scene)."""
    if len(terms) < 2 or any(t.isupper() for t in terms):  # several on-screen words: each is a name
        return terms
    if terms[-1] in _CARRIERS:  # "the copy centre sign": what is written on it, when the screen reads that
        words = " ".join(terms[:-1])
        if any(ev.kind == "text" and ev_.mentions(ev, words) for ev in transcript.events):
            return [words]
    hits, _ = ev_.find_any(transcript, terms, modality)
    whole = [ev for ev in hits if all(ev_.mentions(ev, t) for t in terms)]
    if whole and all(ev.kind in ev_.WORDY_KINDS for ev in whole):
        return [" ".join(terms)]  # said or written as a phrase
    return terms[-1:]  # a label ("tabby" is a cat) or only the modifier matched: the head noun


def _when(q: Question, transcript: Transcript) -> Grounded:
    thing = [t for t in q.terms if t not in q.place]
    unseen = ""  # a place no perceptor that ran can name: "the hedgehog in the grass", with a tagger that knows no grass
    if q.place and thing and _seen(ev_.find_any(transcript, thing, q.modality)[0]) and \
            not ev_.find_any(transcript, q.place, None)[0] and \
            not any(ev_.nameable(t, set(ev_.visual_perceptors(transcript))) for t in q.place):
        unseen = " ".join(q.place)
    elif q.place and not (thing and ev_.find_any(transcript, thing, q.modality)[0] and ev_.find_any(transcript, q.place, None)[0]):
        return not_found()  # "the greeting in the output box": the box's own label does not say when the greeting is,
        # nor does a cat say when "the cat in the garden" is seen, with no garden (a thing the tagger knows) in sight
    terms = head_terms(thing, transcript, q.modality) if thing else q.anchor
    if terms:
        hits, matched = ev_.find_any(transcript, terms, q.modality)
    else:
        hits, matched = _modality_events(transcript, q), []
    hits = in_windows(hits, q.times)
    if unseen:  # a thing somewhere: the sight of it, not its name said or written
        hits = [ev for ev in hits if ev.kind in ev_.VISUAL_KINDS]
    if not hits:
        return not_found()
    if not matched:
        what = {"speech": "Speech is heard", "text": "Text is shown on screen", "people": "People are visible",
                "faces": "Faces are visible"}.get(q.modality or "", "It happens")  # fmt: skip
        if q.modality == "motion":
            return single("; ".join(f"{ev.text} at {format_span(ev.start, ev.end)}" for ev in hits[:MAX_LISTED]) + ".", hits)
        chosen = hits[:1] if q.which == "first" else hits[-1:] if q.which == "last" else hits
        return single(f"{what} at {at_times(chosen)}.", chosen)
    parts = []
    used: list[Event] = []
    for term in matched:
        mine = [ev for ev in hits if ev_.matches(ev, term)]
        chosen = mine[:1] if q.which == "first" else mine[-1:] if q.which == "last" else mine
        when = at_times(chosen)
        lead = {"first": "first ", "last": "last "}.get(q.which or "", "")
        if lead and len(ev_.spans(mine)) == 1:
            lead = ""
        parts.append(f"{name_for(term, mine)} {verb_for(mine).replace('is ', 'is ' + lead, 1)} at {when}"
                     + _not_told_apart(term, q))
        used += chosen
    text = "; ".join(parts) + (f" (whether it is in the {unseen} cannot be told: no perceptor that ran recognises {unseen})"
                               if unseen else "") + "."
    return single(text[0].upper() + text[1:], used)


def _seen(events: list[Event]) -> bool:
    """Whether any of ``events`` is a visual label (a thing seen, not only a word read or heard)."""
    return any(ev.kind in ev_.VISUAL_KINDS for ev in events)


def _duration(q: Question, transcript: Transcript) -> Grounded:
    head = head_terms([t for t in q.terms if t not in q.place] or q.terms, transcript, q.modality)  # the owl, not its branch  # "the copy centre sign": its words; else any name found
    hits, matched = ev_.find_any(transcript, head, q.modality) if head else ([], [])
    if not hits:
        hits, matched = ev_.find_any(transcript, q.terms, q.modality) if q.terms else (_modality_events(transcript, q), [])
    if not hits:
        return not_found()
    mine = [ev for ev in hits if ev_.matches(ev, matched[0])] if matched else hits
    spans = ev_.spans(mine, gap=0.0)
    total = sum(b - a for a, b in spans)
    name = name_for(matched[0], mine) if matched else "It"
    verb = {"is said": "is heard", "is shown on screen": "is on screen"}.get(verb_for(mine), "is shown")
    note = _not_told_apart(matched[0], q) if matched else ""
    return single(f"{name[0].upper() + name[1:]} {verb} for about {total:.0f} second{'s' if round(total) != 1 else ''} "
                f"in all, at {at_times(mine)}{note}.", mine)


def _not_told_apart(term: str, q: Question) -> str:
    """"; it was not recognised as a robin in particular" when ``term`` (bird) was found for a finer name."""
    asked = ev_.narrower(term, q.terms)
    return f"; it was not recognised as {with_article(asked)} in particular" if asked else ""


def _presence(q: Question, transcript: Transcript) -> Grounded:
    if q.modality == "shot" and not q.terms and not q.relation:  # "are there any cuts?"
        if "shots" not in transcript.perceptors:
            return not_found()
        cuts = [ev for ev in in_windows(transcript.events, q.times) if ev.kind == "shot" and ev.start > 0.5]
        if not cuts:
            return single("No: no scene changes were detected" + (f" at {format_span(q.times[0].start, q.times[0].end)}."
                                                                  if q.times else "."))
        return single(f"Yes: there {'is 1 cut' if len(cuts) == 1 else f'are {len(cuts)} cuts'}, at "
                      f"{', '.join(f'[{format_time(ev.start)}]' for ev in cuts[:12])}.", cuts)
    if q.terms:
        hits, matched = ev_.find_any(transcript, q.terms, q.modality)
        names = list(q.terms)
        while matched and len(names) > 1 and matched[0] != names[-1] and \
                all(ev.kind == "look" for ev in hits if ev_.matches(ev, matched[0])):  # "green grass": a green scene is no grass
            names.remove(matched[0])
            hits, matched = ev_.find_any(transcript, names, q.modality)
    else:
        hits, matched = _modality_events(transcript, q), []
        if q.modality is None:
            return not_found()
    hits = in_windows(hits, q.times)
    where = f" at {format_span(q.times[0].start, q.times[0].end)}" if q.times else ""
    if q.relation == "while" and q.anchor:  # "is anything said while KIWI is shown?"
        anchors, anchor_names = ev_.find_any(transcript, q.anchor, q.anchor_modality)  # not ``matched``: that is what is asked for
        if not anchors:
            return not_found()
        if q.modality and {ev.kind for ev in anchors} <= set(ev_.kinds_for(q.modality)):  # "any dialogue over the mouse with
            return _presence(dataclasses.replace(q, relation=None, anchor=[], terms=q.anchor), transcript)  # horns": only said
        spans = ev_.spans(anchors)
        mine = {id(ev) for ev in anchors}
        hits = [ev for ev in hits if id(ev) not in mine and any(ev.start <= b and max(ev.end, ev.start + 0.5) >= a for a, b in spans)]
        where = f" while {name_for(anchor_names[0], anchors)} {verb_for(anchors)} ({format_span(*spans[0])})"
    least = _at_least(q.text)
    if q.modality in ("people", "faces") and not q.terms and least > 1:
        crowded = [ev for ev in hits if int(ev.data.get("count", 1) or 1) >= least]
        if crowded:
            top = max(crowded, key=lambda ev: int(ev.data.get("count", 1)))
            return single(f"Yes: {top.text} at {format_span(top.start, top.end)}.", crowded)
        if hits or _ran_for(q.modality, transcript):
            most = max((int(ev.data.get("count", 1) or 1) for ev in hits), default=0)
            return single(f"No: at most {most} {'person' if q.modality == 'people' and most == 1 else q.modality if most != 1 else 'face'} "
                        f"{'is' if most == 1 else 'are'} visible at once{where}.", hits)
    if hits:
        term = matched[0] if matched else None
        mine = [ev for ev in hits if term is None or ev_.matches(ev, term)]
        if term and _word_not_thing(q, term, mine, transcript):  # "is a cat in this": the word CAT on screen is no cat
            return single(f"No {term} is seen; the word {name_for(term, mine)} {verb_for(mine)} at {at_times(mine)}.", mine)
        if term is None:
            return single(f"Yes: {sentences(mine[:MAX_LISTED], lower=True)}", mine)
        if not mine:
            return not_found()
        if all(ev_.unsure(ev) for ev in mine):  # only a weak guess of the tagger: said as one
            return single(f"Possibly: {name_for(term, mine)} may be shown at {at_times(mine)} (a weak guess of the image tagger).", mine)
        if ev_.narrower(term, q.terms):  # a bird for "a robin": maybe
            return single(f"Possibly: {name_for(term, mine)} {verb_for(mine)} at {at_times(mine)}{_not_told_apart(term, q)}.", mine)
        return single(f"Yes: {name_for(term, mine)} {verb_for(mine)} at {at_times(mine)}.", mine)
    if q.terms and q.modality in (None, "visual", "people", "faces", "motion", "look"):  # "does the yellow line move?"
        seeing = set(ev_.visual_perceptors(transcript))
        if not seeing:
            return not_found("no perceptor that recognises what is shown ran on this video")
        unknown = [t for t in q.terms if not ev_.nameable(t, seeing)]
        people = [ev for ev in in_windows(transcript.events, q.times) if ev.kind == "people"]
        if unknown and q.modality == "people" and people and all(t.islower() for t in unknown):  # "a smiling young man":
            return single(f"Yes: {sentences(people[:MAX_LISTED], lower=True).rstrip('.')} (whether {' or '.join(unknown)} cannot be told: "
                          f"the people detector sees people, not how they look).", people)  # a person, his look unchecked
        if unknown and not (q.modality is None and _ran_for("text", transcript) and _ran_for("speech", transcript)
                            and all(t.isupper() for t in unknown)):  # fmt: skip
            return not_found(f"the perceptors that ran cannot recognise {' or '.join(unknown)}")
    if q.modality and q.modality not in ("visual",) and not any(
        ev.kind in ev_.kinds_for(q.modality) for ev in transcript.events
    ) and not _ran_for(q.modality, transcript):
        return not_found()
    thing = q.terms[0] if q.terms else {"speech": "speech", "text": "text on screen", "people": "people",
                                        "faces": "faces", "motion": "camera motion"}.get(q.modality or "", "such thing")  # fmt: skip
    if q.terms and q.modality == "speech" and not q.times and not q.relation:
        return _not_heard(thing, transcript)
    if q.modality == "text" and q.terms and not any(_named_as_words(q.text, t) for t in q.terms):
        return not_found()  # "the black lens cap: is there a brand name written on it?": the cap is no word to look for
    named = [t for t in q.terms if t not in q.place]  # "a lighter on the table": the lighter
    if len(named) in (2, 3) and all(t.islower() for t in named):
        thing = " ".join(named)  # "a computer keyboard", not "a computer"
    if q.terms and q.modality in (None, "visual", "people", "shot") and not q.times and not q.relation and not thing.isupper():
        seen = list(dict.fromkeys(ev.text for ev in transcript.events if ev.kind in ev_.VISUAL_KINDS and ev_.trusted(ev)))
        if seen:  # what was recognised instead, so a miss can be judged; a tagger overlooks small things
            return single(f"No: no {thing} was recognised; the video shows {', '.join(seen[:MAX_LISTED * 2])} "
                          f"(small or partly hidden things can be missed).")
    return single(f"No: the transcript shows no {thing}{where}.")


def _in_script(q: Question, script: str, transcript: Transcript) -> Grounded:
    mine = in_windows(ev_.in_script(transcript, script), q.times)
    name = script.capitalize()
    if mine:
        quoted = ", ".join(f'"{t}"' for t in dict.fromkeys(ev.text for ev in mine[:MAX_LISTED]))
        lead = "" if q.intent == Intent.WHEN else "Yes: "
        return single(f"{lead}{name} writing is shown on screen at {at_times(mine)}: {quoted}.", mine)
    if not _ran_for("text", transcript):
        return not_found("no perceptor that reads on-screen text ran on this video")
    if script.lower() not in ev_.OCR_SCRIPTS:  # PP-OCR's default model reads Latin letters and Chinese, no Arabic
        return not_found(f"the on-screen text reader does not read {name} writing")
    return single(f"No: no {name} writing was read on screen.")


def _named_as_words(text: str, term: str) -> bool:
    """Whether the question gives ``term`` as the words to look for (quoted, in capitals, or after "the
    word", "says", "reads" ...), not as the thing the words are on."""
    if term.isupper() or " " in term:
        return True
    low = text.lower()
    return bool(re.search(rf"[\"'‘“]{re.escape(term.lower())}|\b(?:word|words|text|caption|title|reads?|says?|saying|spell(?:ed|t)?|"
                          rf"writes?|written|label(?:led)?)\b[^?]{{0,20}}?\b{re.escape(term.lower())}", low))


def _not_heard(term: str, transcript: Transcript) -> Grounded:
    """A spoken word that is not in the recognised speech: a sound-alike there is reported as a probable
    yes (a small recogniser mishears names and rare words), else a no that quotes what was heard."""
    speech = [ev for ev in transcript.events if ev.kind in ("speech", "subtitle")]
    for ev in speech:
        heard = next(filter(None, (ev_.sounds_like(term, text) for text in ev_.hearings(ev))), None)
        if heard:
            return single(f'Probably: at {format_span(ev.start, ev.end)} someone says "{ev.text.strip()}", and "{heard}" '
                          f'sounds like "{term}" (the speech recogniser may have misheard it).', [ev])
    if not speech:
        return single(f'No: nothing is said, so "{term}" is not said either.')
    quoted = "; ".join(f'{format_span(ev.start, ev.end)} "{ev.text.strip()}"' for ev in speech[:2])
    return single(f'No: "{term}" is not in the speech as recognised ({quoted}).', speech[:2])


def _word_not_thing(q: Question, term: str, mine: list[Event], transcript: Transcript) -> bool:
    """Whether a question about a thing ("a cat", lower case, with an article) only finds its name
    written on screen, while perceptors that would have seen the thing ran and did not."""
    if q.modality is not None or not term.islower() or any(ev.kind != "text" for ev in mine):
        return False
    if not re.search(rf"\b(?:a|an|any|some)\s+(?:[\w'-]+\s+)?{re.escape(term)}", q.text.lower()):
        return False
    seeing = set(ev_.visual_perceptors(transcript))
    return bool(seeing) and ev_.nameable(term, seeing)


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
        return not_found()
    firsts.sort(key=lambda p: p[0])
    (t0, a, ea), *rest = firsts
    later = "; then ".join(f"{name_for(b, eb)} at [{format_time(tb)}]" for tb, b, eb in rest)
    text = f"{name_for(a, ea)} comes first, at [{format_time(t0)}]; then {later}."
    if q.yes_no and q.relation in ("before", "after") and q.terms and q.anchor:
        subject = next((p for p in firsts if p[1] == q.terms[0]), None)
        anchor = next((p for p in firsts if p[1] == q.anchor[0]), None)
        if subject and anchor:
            yes = (subject[0] < anchor[0]) == (q.relation == "before")
            text = ("Yes: " if yes else "No: ") + text
    return single(text[0].upper() + text[1:], [p[2][0] for p in firsts])


def _other(q: Question, transcript: Transcript) -> Grounded:
    """Why/who/which-colour and unplaced questions: only events that mention every name the question
    uses answer it, and then only as quoted evidence."""
    if not q.terms:
        return not_found()
    # only words read or heard can hold a name, a reason or a colour: a visual label never answers these
    hits = [ev for ev in transcript.events if ev.kind in ev_.WORDY_KINDS
            and all(ev_.mentions(ev, t, exact=True) for t in q.terms)]  # no OCR/ASR slips: "shirt" is not "shift"
    hits = in_windows(hits, q.times)
    if not hits:
        return not_found()
    return Grounded([f"The transcript has: {sentences(hits[:3], lower=True)}", NOT_FOUND], "look-up", hits[:3])


RULES: dict[Intent, Callable[[Question, Transcript], Grounded]] = {
    Intent.LENGTH: _length, Intent.COUNT: _count, Intent.WHEN: _when, Intent.DURATION: _duration,
    Intent.PRESENCE: _presence, Intent.ORDER: _order, Intent.WHAT: what, Intent.OTHER: _other,
}  # fmt: skip


def answer(q: Question, transcript: Transcript) -> Grounded:
    """Candidate answers for ``q`` built from ``transcript`` alone."""
    spoken = answer_speakers(q, transcript)  # who says what, when the speech is labelled with speakers
    if spoken is not None:
        return not_found(NO_FACES) if spoken[0] == NO_FACES else single(*spoken)
    if q.intent == Intent.OPEN or (q.intent == Intent.WHAT and not (q.terms or q.times or q.relation or q.modality)):
        return Grounded([narrative(transcript)], "narrative", list(transcript.events))
    late = past_end(q, transcript) if q.intent in (Intent.WHAT, Intent.PRESENCE, Intent.OTHER) else None
    if late:
        return late
    script = ev_.script_asked(q) if q.intent in (Intent.WHEN, Intent.PRESENCE) and not q.relation else None
    if script:  # "is there any Chinese writing?", "when is the Chinese text shown?": text in that script
        return _in_script(q, script, transcript)
    return RULES[q.intent](q, transcript)
