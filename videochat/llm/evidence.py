"""Evidence for grounded answers: which transcript events a question's names, times and modalities
point at.

Matching is deliberately literal (whole words, singular/plural, one-letter OCR/ASR slips, a visual
label's fine ImageNet classes): an answer is only as trustworthy as the event it quotes, so a
loose match that picks an unrelated line is worse than no match. Ranked retrieval (BM25 + MiniLM,
:func:`videochat.llm.context.rank_lines`) serves the generative strategy and open questions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from videochat.contracts.events import Event, Transcript
from videochat.llm.question import MODALITY_KINDS, Question, TimeWindow, singular
from videochat.vocabulary import also_called, broader, can_name

#: Kinds that say what is shown (the "visual" modality), in order of trust.
VISUAL_KINDS = ("tags", "caption", "objects", "action")
ALL_KINDS = ("text", "speech", "subtitle", "tags", "caption", "objects", "action", "faces", "people", "motion", "look")
#: Kinds whose text is free words a name can occur in.
WORDY_KINDS = ("text", "speech", "subtitle", "caption")

#: Everyday words for things a visual label names differently (the tags perceptor's nouns).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "cat": ("kitten", "kitty", "kitties"), "dog": ("puppy", "pup", "doggy", "hound"),
    "car": ("automobile", "auto", "vehicle"), "bicycle": ("bike", "cycle"), "aeroplane": ("airplane", "plane", "jet"),
    "airplane": ("aeroplane", "plane", "jet"), "motorcycle": ("motorbike",), "boat": ("ship", "vessel"),
    "cup": ("mug",), "person": ("man", "woman", "human", "someone", "people"), "bird": ("birdie",),
    "rocket": ("missile", "spaceship"), "television": ("tv",), "phone": ("telephone", "cellphone", "smartphone"),
    "computer": ("laptop", "pc"), "flower": ("blossom",), "building": ("house", "tower"),
}  # fmt: skip


#: General words and the tagger's nouns that are kinds of them, or show them ("is there a building?" is
#: answered by a palace; "water" by a lakeside). Only positive evidence: a tagger that knows palaces says
#: nothing about an office block, so these never make a "no" (see ``nameable``).
KINDS_OF: dict[str, tuple[str, ...]] = {
    "lake": ("lakeside",), "sea": ("seashore", "breakwater", "sandbar"), "ocean": ("seashore", "breakwater"),
    "beach": ("seashore", "sandbar"), "coast": ("seashore", "promontory", "cliff", "breakwater"),
    "shore": ("seashore", "lakeside"), "water": ("lakeside", "seashore", "breakwater", "sandbar", "fountain", "geyser", "dam"),
    "house": ("boathouse", "greenhouse", "lighthouse", "thatch", "yurt"),
    "building": ("palace", "castle", "church", "mosque", "monastery", "library", "restaurant", "cinema", "prison",
                 "planetarium", "barn", "greenhouse", "boathouse", "lighthouse", "shop", "stupa", "dome", "bell cote",
                 "grocery store", "thatch", "lumbermill", "apiary"),
    "hill": ("valley", "mountain", "promontory", "cliff"), "mountain": ("volcano", "valley", "cliff"),
    "fruit": ("apple", "banana", "orange", "lemon", "strawberry", "pineapple", "pomegranate", "fig", "jackfruit",
              "custard apple"),
    "vegetable": ("broccoli", "cauliflower", "cucumber", "squash", "artichoke", "corn", "bell pepper", "cardoon", "mushroom"),
    "food": ("pizza", "burrito", "hotdog", "cheeseburger", "bagel", "pretzel", "bread", "guacamole", "carbonara", "potpie",
             "consomme", "trifle", "ice cream", "dough", "meat loaf", "apple", "banana", "orange", "broccoli"),
    "furniture": ("chair", "table", "sofa", "bed", "bookcase", "wardrobe", "cabinet", "dresser", "crib", "bench"),
    "plant": ("pot",), "houseplant": ("pot",),
    "clothes": ("shirt", "coat", "dress", "suit", "cardigan", "sweatshirt", "jean", "sock", "poncho", "kimono", "cloak"),
}  # fmt: skip


#: Writing systems a question can ask about ("is there any Chinese writing?"), by their Unicode blocks.
SCRIPTS: dict[str, str] = {
    "chinese": "[\u4e00-\u9fff\u3400-\u4dbf]", "japanese": "[\u3040-\u30ff]", "korean": "[\uac00-\ud7af\u1100-\u11ff]",
    "arabic": "[\u0600-\u06ff]", "russian": "[\u0400-\u04ff]", "cyrillic": "[\u0400-\u04ff]", "greek": "[\u0370-\u03ff]",
    "hebrew": "[\u0590-\u05ff]", "hindi": "[\u0900-\u097f]", "devanagari": "[\u0900-\u097f]", "thai": "[\u0e00-\u0e7f]",
}  # fmt: skip
#: The scripts the default OCR (RapidOCR's PP-OCR Chinese/English model) reads: only for these is "none read" a no.
OCR_SCRIPTS = {"chinese"}
_WRITING = re.compile(r"\b(?:writing|written|text|texts|characters?|letters?|script|words?|signs?|captions?|symbols?)\b", re.I)


def script_asked(q: Question) -> str | None:
    """The writing system a question asks about ("chinese" in "any Chinese writing in the pictures?"), or None."""
    if q.modality not in (None, "text") or not _WRITING.search(q.text):
        return None
    return next((t for t in q.terms if t.lower() in SCRIPTS), None)


def in_script(transcript: Transcript, script: str) -> list[Event]:
    """The on-screen text events written (partly) in ``script``."""
    pattern = re.compile(SCRIPTS[script.lower()])
    return [ev for ev in transcript.events if ev.kind == "text" and pattern.search(ev.text)]


def kinds_for(modality: str | None) -> tuple[str, ...]:
    return MODALITY_KINDS.get(modality or "", ())


@functools.lru_cache(maxsize=1024)
def variants(term: str) -> frozenset[str]:
    """The spellings that count as ``term``: plural, singular, and everyday synonyms of a label
    (cached: every event of a long transcript is matched against the same few terms)."""
    low = term.lower()
    out = {low, singular(low), low + "s", low + "es"}
    for noun, others in SYNONYMS.items():
        if low == noun or low in others:
            out |= {noun, *others}
    for spelling in (low, singular(low)):  # "hedgehog": the tagger's class "porcupine, hedgehog"
        out |= also_called().get(spelling, frozenset())
    agent = singular(low)
    if agent.endswith("ist") and len(agent) > 6:  # "the parachutist", "a guitarist": the thing they are named after
        out |= {base for base in (agent[:-3], agent[:-3] + "e", agent[:-3] + "o") if len(base) >= 5}
    return frozenset(out)


def nameable(term: str, perceptors: set[str]) -> bool:
    """Whether the seeing ``perceptors`` that ran could have reported ``term``: its own spellings, or
    the label it is an everyday word for ("kitten" -> cat); a narrower word listed for it does not
    count (a tagger that knows "tower" says nothing about a building)."""
    low = term.lower()
    own = {low, singular(low), low + "s", low + "es"}
    labels = {noun for noun, others in SYNONYMS.items() if low in others}
    return any(can_name(v, perceptors) for v in own | labels)


def _near(a: str, b: str) -> bool:
    """Equal, or one edit apart for words of 5+ letters (an OCR or ASR slip)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_WORDS = re.compile(r"[a-z0-9][a-z0-9'-]*")
_NUMBERS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                             "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBERS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
                 "hundred": "100"})


def _words(text: str) -> list[str]:
    """The words of ``text``, number words as digits (speech recognisers write "40" for "forty")."""
    return [_NUMBERS.get(w, w) for w in _WORDS.findall(text.lower())]


def _content(text: str) -> list[str]:
    """The words of a phrase that carry it (longer than three letters, or numbers)."""
    return [w for w in _words(text) if len(w) > 3 or w.isdigit()]


def hearings(ev: Event) -> list[str]:
    """A line's text, then the other hearings of it the speech recogniser kept (``heard_as``: a second
    model heard it differently, see ``perceptors.asr_vote``)."""
    others = ev.data.get("heard_as") if ev.kind == "speech" else None
    return [ev.text, *others] if isinstance(others, list) else [ev.text]


def loosely_said(ev: Event, phrase: str) -> bool:
    """Whether a speech line holds most of a quoted ``phrase`` of two or more content words: all but one
    of them, at one slip each (the recogniser mishears a word or two: "chased the postman" heard as
    "goose-caste the postman"), in any of its hearings."""
    if ev.kind not in ("speech", "subtitle") or " " not in phrase.strip():
        return False
    content = _content(phrase)
    if len(content) < 2:
        return False
    return any(_holds_most(text, content) for text in hearings(ev))


def _holds_most(text: str, content: list[str]) -> bool:
    words = [w.strip("'-") for w in _words(text)]
    hits = sum(any(_near(w, c) or w == c for w in words) for c in content)
    if hits < len(content) - 1:  # two of its words heard as one ("a wasp nest" as "wasnest")
        pairs = {a + b for a, b in zip(content, content[1:])}
        hits += 2 * sum(any(_near(w, p) for w in words) for p in pairs)
    return hits >= len(content) - 1


def sounds_like(term: str, text: str) -> str | None:
    """The words of ``text`` that sound like the spoken word ``term``, as a small recogniser mishears it:
    one long word two letters off ("lifeguard" as "lifegard"), or a word split in two ("locksmith" as
    "locks misarrived"); None if nothing is that close. Conservative: short words never match."""
    target = re.sub(r"[^a-z]", "", term.lower())
    if len(target) < 6 or " " in term.strip():
        return None
    raw = _WORDS.findall(text.lower())
    words = [re.sub(r"[^a-z]", "", w) for w in raw]
    for i, w in enumerate(words):
        if len(w) >= 5 and SequenceMatcher(None, target, w).ratio() >= 0.8:
            return raw[i]
        if i + 1 < len(words) and len(w) >= 3 and target.startswith(w[:3]) and len(w) < len(target):
            joined = (w + words[i + 1])[: len(target)]
            if len(w + words[i + 1]) >= len(target) and SequenceMatcher(None, target, joined).ratio() >= 0.75:
                return f"{raw[i]} {raw[i + 1]}"
    return None


def mentions(ev: Event, term: str, exact: bool = False) -> bool:
    """Whether ``ev`` is about ``term`` (a word or a quoted phrase); ``exact``: no one-letter slips.
    A speech line counts when any of its hearings does."""
    if ev.kind == "speech" and len(texts := hearings(ev)) > 1:
        return any(mentions(Event(ev.start, ev.end, ev.kind, ev.source, text), term, exact) for text in texts)
    near = (lambda a, b: a == b) if exact else _near
    variants_ = variants(term)
    if ev.kind in ("tags", "objects") or ev.kind not in WORDY_KINDS:
        labels = [ev.text.lower(), str(ev.data.get("label", "")).lower(), *map(str.lower, ev.data.get("classes", {}) or {})]
        words = {w for label in labels for w in _WORDS.findall(label)}
        if variants_ & words or any(v == label for v in variants_ for label in labels):
            return True
        kinds = {k for v in variants_ for k in KINDS_OF.get(v, ())}
        if ev.kind == "tags" and kinds & {str(ev.data.get("label", ev.text)).lower(), ev.text.lower()}:
            return True  # "is there a building?": a palace is one
        if ev.kind != "objects":
            return False
    text = ev.text.lower()
    words = _words(text)
    if " " in term.strip():  # a phrase: verbatim, or every content word of it (ASR and OCR slip on small words)
        if term.lower() in text:
            return True
        content = _content(term)
        return bool(content) and all(any(near(w.strip("'-"), c) for w in words) for c in content)
    return any(near(w.strip("'-"), v) for w in words for v in variants_)


def matches(ev: Event, term: str) -> bool:
    """Whether ``ev`` is one of the events ``find_any`` found for ``term``: about it, or a speech line
    holding most of the quote (splitting hits by term must not lose a loosely heard line)."""
    return mentions(ev, term) or loosely_said(ev, term)


#: A visual label seen in one sampled frame with less than this probability is too weak to quote
#: (on real footage the tagger's stray one-frame guesses, such as a dog among pedestrians, sit below it).
WEAK_TAG = 0.3


#: Below this probability a visual label is stated as a guess ("may show"): on the question bank's 76
#: photo tags (lite0), labels under 0.4 were right 6 times in 37, labels of 0.5 and more 29 times in 34.
UNSURE_TAG = 0.45


def unsure(ev: Event) -> bool:
    """Whether a visual label is a weak guess, to be said as one."""
    return ev.kind == "tags" and (ev.score or 0.0) < UNSURE_TAG


def trusted(ev: Event) -> bool:
    """Whether an event is strong enough to answer from: one-frame, low-probability tags are not."""
    if ev.kind != "tags":
        return True
    return (ev.score or 0.0) >= WEAK_TAG or int(ev.data.get("frames", 2) or 2) > 1


def find(transcript: Transcript, term: str, kinds: Iterable[str] = ()) -> list[Event]:
    """Events about ``term``, in time order; restricted to ``kinds`` when given."""
    wanted = set(kinds)
    return [ev for ev in transcript.events if ev.kind != "shot" and (not wanted or ev.kind in wanted)
            and trusted(ev) and mentions(ev, term)]  # fmt: skip


def find_any(transcript: Transcript, terms: list[str], modality: str | None) -> tuple[list[Event], list[str]]:
    """Events about any of ``terms`` in the asked modality, and the terms that matched.

    A visual or unstated modality searches every kind (people say a word is "shown" when it is
    written); speech and on-screen text stay strict, since "what is said" must not be answered with
    what is written."""
    strict = modality in ("text", "speech", "faces", "shot", "motion", "look")
    kinds = kinds_for(modality) if strict else ()
    if modality == "visual":  # what is seen or read, never what is only said
        kinds = tuple(k for k in ALL_KINDS if k not in ("speech", "subtitle"))
    hits: list[Event] = []
    matched: list[str] = []
    for term in terms:
        found = find(transcript, term, kinds)
        if not found and modality in (None, "speech"):  # a quoted line misheard by a word or two: its nearest line
            found = [ev for ev in transcript.events if (not kinds or ev.kind in kinds) and loosely_said(ev, term)][:1]
        if modality == "visual" and found:  # prefer what is seen over what is read or said
            seen = [ev for ev in found if ev.kind in VISUAL_KINDS]
            found = seen or found
        general = broader(singular(term)) if not found and modality in (None, "visual") else None
        if general and (found := find(transcript, general, ("tags",))):
            term = general  # "the robin": the tagger's bird, said as a bird (see ``narrower``)
        if found:
            matched.append(term)
            hits += found
    return sorted(unique(hits), key=lambda ev: (ev.start, ev.end)), matched


def narrower(matched: str, terms: list[str]) -> str | None:
    """The asked-for term that ``matched`` only generalises (``find_any`` matched "bird" for "robin"), or None."""
    if matched in terms:
        return None
    return next((t for t in terms if broader(singular(t)) == matched), None)


def unique(events: list[Event]) -> list[Event]:
    """``events`` without repeats, in order (events are mutable, hence unhashable: compare identities)."""
    seen: set[int] = set()
    return [ev for ev in events if not (id(ev) in seen or seen.add(id(ev)))]


def during(transcript: Transcript, window: TimeWindow | tuple[float, float], kinds: Iterable[str] = ()) -> list[Event]:
    """Events overlapping ``window`` (a point question also takes events within a second of it)."""
    start, end = (window.start, window.end) if isinstance(window, TimeWindow) else window
    wanted = set(kinds)
    out = [ev for ev in transcript.events if ev.kind != "shot" and (not wanted or ev.kind in wanted)
           and ev.start <= end and max(ev.end, ev.start + 0.5) >= start]  # fmt: skip
    point = window.point if isinstance(window, TimeWindow) else None
    if point is not None and out:  # the events that cover the instant itself come first
        out.sort(key=lambda ev: (not (ev.start - 0.5 <= point <= ev.end + 0.5), ev.start))
    return out


def spans(events: list[Event], gap: float = 1.0) -> list[tuple[float, float]]:
    """The time spans ``events`` cover, touching spans joined."""
    out: list[list[float]] = []
    for ev in sorted(events, key=lambda e: e.start):
        end = max(ev.end, ev.start + 0.5)
        if out and ev.start <= out[-1][1] + gap:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([ev.start, end])
    return [(a, b) for a, b in out]


def visual_perceptors(transcript: Transcript) -> list[str]:
    """The perceptors that ran and say what is shown (no tags/captions/objects: "is there a dog?"
    cannot be answered "no")."""
    seeing = {"tags", "caption", "dense", "detect", "action"}
    return [name for name, run in transcript.perceptors.items() if name in seeing and run.status == "ok"] or sorted(
        {ev.source for ev in transcript.events if ev.kind in VISUAL_KINDS}
    )


def relevant_kinds(q: Question) -> tuple[str, ...]:
    """The kinds a question's answer may come from (everything but shots when it does not say;
    what is seen, read and who is there for "what do we see")."""
    if q.modality is None:
        return ()
    if q.modality == "visual" and not q.terms:
        return (*VISUAL_KINDS, "text", "faces", "people")
    return kinds_for(q.modality)
