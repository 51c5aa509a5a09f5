"""Question understanding for grounded answers: what a question asks, about what, and when.

Users ask in their own words ("what word is on screen at second 3?", "3 s in", "halfway through",
"is there a dog?", "what is said while RIVER is shown?"), so the parse is built from small,
independent cues (time phrases, intent openers, modality words, relations, quoted or capitalised
names) rather than from a handful of question templates. Anything it cannot place gets
``Intent.OTHER``, which the answering strategy treats as "find strong evidence or say so".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from videochat.llm import cues
from videochat.llm.times import _NUM_WORDS, _ORDINALS, TimeWindow, parse_times
from videochat.llm.wording import plain


class Intent(str, Enum):
    OPEN = "open"  # what happens / describe / what is this about
    LENGTH = "length"  # how long is the video
    COUNT = "count"
    DURATION = "duration"  # how long is X shown
    WHEN = "when"
    ORDER = "order"  # which comes first, A or B
    PRESENCE = "presence"  # is there a ...?
    WHAT = "what"  # what is shown / said (at a time, while something else)
    OTHER = "other"  # why, who, colours, ...: only strong evidence answers it


#: What a question can be about, and the event kinds that hold it.
MODALITY_KINDS: dict[str, tuple[str, ...]] = {
    "text": ("text",),
    "speech": ("speech", "subtitle"),
    "visual": ("tags", "caption", "objects", "action"),
    "people": ("people", "objects"),
    "faces": ("faces",),
    "shot": ("shot",),
    "motion": ("motion",),
    "look": ("look",),
}

_MODALITY_CUES: list[tuple[str, str]] = [
    ("speech", r"\b(say|says|said|saying|spoken|speak|speaks|speaking|speaker|narrat\w*|voice|transcripts?|listen\w*|voiceover|hear|heard|audible|"
               r"audio|sound|soundtrack|dialogue|dialog|speech|mention\w*|"
               r"talk\w*|pronounc\w*|utter\w*|announce\w*|tells|telling|told|sentence|verbal\w*)\b"),  # not "tell": "can you tell the class ..."
    ("text", r"\b(written|writes?|writing|lettering|text|captions?|titles?|labels?|read(?:s|ing)?|spell\w*|printed|typed|"
             r"words?|letters?)\b"),
    ("shot", r"\b(scenes?|shots?|cuts?|transitions?|photos|photographs|pictures|images|slides|clips|stills)\b"),
    ("faces", r"\b(faces?)\b"),
    ("people", r"\b(people|persons?|folks?|individuals?|man|woman|men|women|pedestrians?|humans?|someone|anyone|anybody|somebody|"
               r"actors?|actress(?:es)?|performers?|human beings?|"
               r"kids?|children|child|boy|girl|walkers?)\b"),
    ("motion", r"\b(camera|pans?|panning|zoom\w*|tilt\w*|moving|moves?|motion|shak\w*|still|static)\b"),
    ("look", r"\b(dark|bright|night|colou?rs?|lighting)\b"),
    ("visual", r"\b(see|seen|sees|seeing|shown|show|shows|showing|visible|appear\w*|picture|photo|photograph|snapshot|slide|image|frame|look|looking|watching|visuals?|"
               r"viewing|displayed|display|featur\w*|"
               r"depict\w*|animal|object|thing)\b"),
]

_STOP = set(
    "a an the and or but if so of to in on at by for from with about as into onto than then there here this that these "
    "those it its is are was were be been being am do does did done doing has have had having can could would will "
    "shall should may might must what when where which who whom whose why how whether any some each every all no not "
    "yes i me my we us our you your he him his she her they them their one ones time times moment point video clip "
    "film movie footage recording please tell show shows shown showing see seen sees visible appear appears appeared "
    "appearing screen onscreen word words text written say says said saying spoken speak speaks speaker hear heard "
    "first last second seconds minute minutes mark start end beginning middle halfway through during while before "
    "after between around about near exactly roughly approximately just only also again ever get gets got happen "
    "happens happened happening occur occurs come comes came long many much number count different distinct unique "
    "else other there's it's what's who's display displayed mention mentioned visible frame frames like kind sort "
    "someone somebody anyone anybody person people thing things something anything really actually does do describe "
    "explain summarise summarize happening going most maximum max least once total overall altogether "
    "ever exactly consist consists made contain contains new separate edited edit total sign signs trace more than "
    "fewer less far until till up wearing wears wear worn earlier earliest later latest sooner order holding holds carrying carries quote list name repeat transcribe tell give me out loud moment instant please kindly briefly quickly yes include includes including possible footage audio sound "
    "narration dialogue flash flashes pop pops showing word-for-word on-screen onscreen line lines i'm looking "
    "runtime duration length change changes i'll ill you'll we'll see q quick kindly state portion running "
    "approximately roughly about folks folk put they're they are go goes lol guy guys vid nah yeah hey okay ok "
    "uttered utter phrase phrases statement statements remark remarks stretch individuals individual got one somewhere track whole anywhere everywhere "
    "trying try wondering curious timestamp timestamps timecode bit bits piece pieces bunch lot lots exist exists existing present visible very even "
    "again away land lands landed landing arrive arrives arrived flashed flashing flash pictured ballpark figure estimate "
    "guess rough approx have has order sequence final finish finishes finished stay stays stayed remain remains "
    "lasts aloud loud down out mean wonder glimpse whatever type everything nothing counting repeats repeated slideshow slide-show montage reel "
    "album gallery series part bit cant can't spot actually verbatim state check verify confirm determine correct true accurate turn turns turned become becomes became provide complete account both opening closing closes close opens haven't hasn't watched yet seen "
    "loads load customer client user viewer isn't aren't wasn't weren't doesn't didn't won't think reckon believe "
    "guess sure itself themselves probably actually supposedly apparently identify specify indicate above below beneath "
    "underneath beside upon within without make makes coming going suffice spotted spotting report reports back".split()
)

#: What a count of these counts is the shots ("how many different backgrounds", "segments").
_SHOT_NOUNS = {"background", "backdrop", "setting", "segment", "section", "part", "slide", "slideshow", "pic",
               "angle", "location"}

#: Words that ask about a class of seen things rather than naming one.
GENERIC = {"animal", "creature", "object", "thing", "item", "vehicle", "food", "plant", "stuff", "pet", "content"}

@dataclass
class Question:
    """The parse of one question (all lists in question order)."""

    text: str
    intent: Intent
    modality: str | None = None  # what the answer is about (None: anything)
    terms: list[str] = field(default_factory=list)  # names the question asks about ("cat", "RIVER")
    times: list[TimeWindow] = field(default_factory=list)
    relation: str | None = None  # before | after | while
    anchor: list[str] = field(default_factory=list)  # the terms the relation refers to
    anchor_modality: str | None = None
    which: str | None = None  # first | last
    distinct: bool = False  # "how many different ..."
    yes_no: bool = False
    place: list[str] = field(default_factory=list)  # terms naming where the thing asked about is ("the output box")
    asks_when: bool = False  # a when-cue later in the question ("the car appears when exactly")

    @property
    def kinds(self) -> tuple[str, ...]:
        return MODALITY_KINDS.get(self.modality or "", ())


def parse(question: str, duration: float) -> Question:
    """Read a question against a video of ``duration`` seconds."""
    text = plain(question)
    times, blanked = parse_times(text, duration)
    low = text.lower()
    q = Question(text, Intent.OTHER, times=times)
    clause = cues.YES_NO_CLAUSE.search(low)
    polite = bool(clause and cues.POLITE_ASK.match(clause.group(0).lstrip("-–—:;,?. ")))  # "... . Can you tell me what ..."
    q.yes_no = bool(cues.YES_NO.match(low) or clause and not polite) and not cues.POLITE_ASK.match(low)
    q.which = "first" if re.search(r"\bfirst\b|\bearliest\b|\b(?:starts?|opens?|begins?|kicks? off)(?: off)? (?:with|on)\b|\bopening\b",
                                   blanked) else (
        "last" if re.search(r"\blast\b|\bfinal\b|\blatest\b|\b(?:ends?|closes?|finish(?:es)?|wraps? up) (?:with|on)\b|"
                           r"\b(?:ends|closes|finishes|concludes) (?:the|this) (?:slideshow|video|clip|sequence|montage)\b", blanked) else None)
    blanked = re.sub(r"\b(?:starts?|opens?|begins?|kicks? off|ends?|closes?|finish(?:es)?|wraps? up)(?: off)? (?:with|on)\b",
                     lambda m: " " * len(m.group(0)), blanked)  # "which photo does it open with": no name "open"
    q.distinct = bool(re.search(r"\b(different|distinct|unique|separate)\b", low))

    # "which is shown before the other, A or B": an order question, not a relation to "the other"
    blanked = re.sub(r"\b(?:before|after|earlier than|later than|sooner than|prior to|ahead of)\s+the\s+other(?:\s+one)?s?\b",
                     lambda m: " " * len(m.group(0)), blanked)
    blanked = cues.BLANKS.sub(lambda m: " " * len(m.group(0)), blanked)  # "hard cuts", "right then": no names
    gone = cues.GOES_AWAY.search(blanked)  # "how long before X goes away": how long X is shown, not a relation
    if gone:
        blanked = blanked[: gone.start(1)] + " " * len(gone.group(1)) + blanked[gone.end(1): gone.start(2)] \
            + " " * len(gone.group(2)) + blanked[gone.end(2):]
    late = list(cues.WHEN_LATE.finditer(blanked)) if not cues.WHEN.search(low) else []
    late += list(cues.WHEN_SPAN.finditer(blanked)) if not cues.ASKS_OTHER.match(low) else []
    late += list(cues.WHEN_AGAIN.finditer(blanked)) if cues.WHEN.search(low) else []  # "at what moment is X seen? when exactly"
    for m in late:  # "... when is it?": asks when, and names no relation
        blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    q.asks_when = bool(late)
    blanked = cues.NOT_KIND.sub(lambda m: " " * len(m.group(0)), blanked)  # "the written word (not the spoken one)"
    main, q.relation, anchor_text = _split_relation(blanked)
    if q.relation and re.match(r"\s*(?:(?:and|so|but)\s+)?(?:what|which|who)\b", main):
        q.asks_when = False  # "give me the moment X is said - what is on screen then": what, at that moment
    if cues.TEXT_SAYS.search(main) or cues.SAY_ON_SCREEN.search(main) or cues.CAPTION_SAYING.search(main) or cues.TEXT_IT_SAYS.search(main):
        # "what does the sign say", "a word on the screen at 19 s, what did it say": what is written
        q.modality = "text"
    elif cues.SEVERAL_KINDS.search(main):  # "which word or picture is up": anything shown
        q.modality = "visual"
    q.modality = q.modality or modality_of(cues.POLITE.sub(" ", main))
    if cues.COUNT.search(low) and cues.PICTURE_CHANGES.search(low):  # "how many times does it switch to a new pic": cuts
        q.modality = "shot"
    q.terms = terms_of(_restore_case(main, text, blanked))
    q.place = _place(_restore_case(main, text, blanked), q.terms)
    if any(t in GENERIC for t in q.terms):  # "what animals are shown?": about what is seen, naming nothing
        q.terms = [t for t in q.terms if t not in GENERIC]
        q.modality = q.modality or "visual"
    if q.relation:
        q.anchor = terms_of(_restore_case(anchor_text, text, blanked))
        if cues.QUOTED.search(anchor_text):  # "the words 'taken at night'": said or written, and not about the look
            q.anchor_modality = modality_of(cues.LINE.sub(" ", cues.QUOTED.sub(" ", anchor_text)))
            if q.anchor_modality is None and re.search(r"\b(?:line|sentence)\b", anchor_text):
                q.anchor_modality = "speech"
        else:
            q.anchor_modality = modality_of(anchor_text) or (  # "while the space shuttle is on screen": seen, not said
                "visual" if re.search(r"\bon[- ]?screen\b|\bin (?:view|frame|shot)\b", anchor_text) else None)
        if not q.anchor and re.search(r"\b(?:that|this|it|those|these)\b", anchor_text):
            _refer_back(q, _restore_case(main, text, blanked), anchor_text)  # "someone says 'X'. what's seen while that's said?"
        if q.times and q.relation == "while" and not any(t.isupper() or " " in t for t in q.anchor) and not cues.QUOTED.search(anchor_text) \
                and not re.search(r"\b(?:say|says|said|saying|hear|heard|shown|shows|appears?|visible)\b", anchor_text):
            q.relation, q.anchor = None, []  # "my class will be watching at 0:06 - what's on screen then": the time is the anchor
        if not q.anchor and q.relation != "while":  # "before the end": no anchor, a relation to nothing
            q.relation = None
    q.intent = _intent(main.lower() if main is not blanked and cues.LEADING_RELATION.match(blanked) else low, main, q)
    if q.intent == Intent.COUNT and q.terms and all(t in _SHOT_NOUNS for t in q.terms):
        q.modality, q.terms = "shot", []  # "count the different backgrounds": each shot is one
    if q.intent == Intent.OTHER:  # "how old is the speaker": "old" is what is asked, not a name to look up
        asked = set(re.findall(r"\bhow (\w+)", low)) | {"age", "brand", "make", "model", "reason", "cause", "named", "called"}
        q.terms = [t for t in q.terms if t.lower() not in asked]
    return q


def _refer_back(q: Question, main: str, anchor_text: str) -> None:
    """A relation to "that" names what the question quoted before it: the quote becomes the anchor,
    and what is asked about is read from the words after it."""
    quotes = list(cues.QUOTED.finditer(main))
    if not quotes:
        return
    q.anchor = [(m.group(1) or m.group(2)).strip() for m in quotes]
    q.anchor_modality = modality_of(anchor_text) or modality_of(main[: quotes[0].start()]) or "speech"
    q.terms = [t for t in q.terms if t not in q.anchor]
    tail = cues.POLITE.sub(" ", main[quotes[-1].end():])
    q.modality = modality_of(tail) or ("visual" if re.search(r"\bon[- ]?screen\b", tail, re.I) else q.modality)


def _place(main: str, terms: list[str]) -> list[str]:
    """The terms that say where the thing asked about is, not what it is (so a when-question about "the
    greeting in the output box" is not answered with the box's own label)."""
    found = cues.LOCATED.search(main)
    says = cues.TEXT_SAYS.search(main.lower())
    place = terms_of(found.group(1)) if found else []
    if says:
        place += terms_of(says.group(0))
    return [t for t in terms if t in place]


def _split_relation(blanked: str) -> tuple[str, str | None, str]:
    """Main clause, relation and anchor clause: "what is said | while | RIVER is on screen", and
    "when the voice says X, | what is shown" (the anchor first)."""
    first = cues.ANCHOR_FIRST.match(blanked)
    if first and re.match(r"\s*(?:what|which|who|when|how)\b", first.group(1)):
        first = None  # "what is said while X is up? what's said at that time": a question said twice, not an anchor
    if first:  # "they say X - what's on screen right then"
        return first.group(2), "while", first.group(1)
    lead = cues.LEADING_RELATION.match(blanked)
    if lead and (lead.group(1).lower() in ("during", "while", "whilst") or not re.match(r"\s*(?:is|are|does|do|did|can)\b", lead.group(3))):
        word = lead.group(1).lower()
        return lead.group(3), {"before": "before", "after": "after"}.get(word, "while"), re.split(r"[?.!;]", lead.group(2))[0]
    for m in cues.RELATION.finditer(blanked):
        word = m.group(1).lower()
        before = blanked[: m.start()]
        if not before.strip() or re.fullmatch(r"\s*(?:and|so|but)\s*", before):
            continue  # an opener ("when does ..."), not a relation
        if word in ("when", "as", "once") and not re.search(r"\b(what|which|who|is|are|does|do|did|was|were|says?|said|speaks?|"
                                                            r"spoken|line|lines|words?|shown|seen|visible)\b", before):
            continue
        if word == "over" and not re.search(r"\b(?:said|spoken|heard|says?|saying|talk\w*|speak\w*|narrat\w*|voiced?|play\w*|audio|"
                                            r"sound|speech|dialogue|voiceover|words)(?:\s+(?:is|was|are|were|heard|played))?\s+$", before):
            continue  # "over" is a relation only after a speech word ("the words spoken over the flower")
        relation = {"before": "before", "after": "after", "until": "before", "earlier": "before", "sooner": "before",
                    "prior": "before", "ahead": "before", "later": "after", "preceded": "after",
                    "followed": "before"}.get(word.split()[0], "while")
        anchor = re.split(r"[?.!;]|,\s*(?=(?:what|which|who|how|can|could|tell|please)\b)", blanked[m.end():])[0]
        return before, relation, anchor  # the anchor ends with its sentence, or where a new ask begins
    return blanked, None, ""


def _restore_case(part: str, original: str, blanked: str = "") -> str:
    """The original-case text of a (lower-cased, time-blanked) part of the question."""
    if part.strip() and len(blanked) == len(original) and (idx := blanked.find(part)) >= 0:
        # the same stretch of the original, its blanked-out phrases (times, "before the other") blank too
        return "".join(" " if b == " " else o for o, b in zip(original[idx: idx + len(part)], part))
    idx = original.lower().find(part.strip()) if part.strip() else -1
    if idx < 0:
        return part
    return original[idx: idx + len(part.strip())]


def modality_of(text: str) -> str | None:
    low = text.lower()
    for modality, pattern in _MODALITY_CUES:
        if re.search(pattern, low):
            if modality == "shot" and not re.search(
                    pattern, re.sub(r"\b(?:in|of|on) (?:the|this|that|these|those|any|any one|any single|a single|one|each|every|any of (?:the|them|those|these)|"
                                    r"one of (?:the|them|those|these)|all (?:of )?the) (?:scenes?|shots?|clips?|"
                                    r"pictures?|photos?|photographs?|images?|slides?)\b", " ", low)):
                continue  # "in the scene" is a place, not a question about scenes ("number of shots in this clip" is;
                # "how many folks are in the shot" counts people)
            return modality
    return None


def terms_of(text: str) -> list[str]:
    """The names a clause asks about: quoted strings whole, then other content words. ALL-CAPS
    words keep their case (they are usually on-screen words); others are lower-cased and singular."""
    out: list[str] = []
    for m in cues.QUOTED.finditer(text):
        quoted = (m.group(1) or m.group(2)).strip()
        out.append(re.sub(r"^(?:the )?words? (?=[A-Z]{2,})", "", quoted))  # « the word CARAFE »: the word is CARAFE
    rest = cues.QUOTED.sub(" ", text)
    for word in cues.WORD.findall(rest):
        w = word.strip("'-")
        low = w.lower().removesuffix("'s")
        if len(low) < 2 or low in _STOP or low.isdigit() or low in _NUM_WORDS or low in _ORDINALS:
            continue
        caps = w.isupper() and len(w) > 1  # an on-screen word ("THANKS FOR WATCHING") is a name even when it is a cue
        if not caps and (any(re.fullmatch(p, low) for _, p in _MODALITY_CUES) or singular(low) in _STOP):
            continue  # "ends" is "end"
        out.append(w if w.isupper() and len(w) > 1 else singular(low))
    return list(dict.fromkeys(out))


#: Words that end in "s" in the singular (not "canva", "len", "christma").
_ENDS_IN_S = {"canvas", "atlas", "christmas", "lens", "bias", "alias", "pancreas", "overseas", "whereas", "news",
              "series", "species", "means", "physics", "maths", "mathematics", "athletics", "politics", "economics",
              "billiards", "darts", "measles", "thanks", "always", "perhaps", "chaos", "cosmos", "pathos", "iris",
              "clothes", "trousers", "jeans", "scissors", "pants", "shorts", "binoculars", "pliers", "tongs"}


def singular(word: str) -> str:
    if word.lower() in _ENDS_IN_S:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _intent(low: str, blanked: str, q: Question) -> Intent:
    if cues.LENGTH.search(low) and not re.search(r"\b(?:length of time|amount of time|how long)\b[^?]*\b(?:is|are|stays?|remains?)\s+"
                                                 r"(?:visible|shown|on screen|displayed|up|seen)\b", low):
        return Intent.LENGTH  # not "the length of time that the seeds are visible. How long is it?"
    if (cues.OPEN.match(low) or cues.OPEN_ANYWHERE.search(low)) and not q.times and not q.relation and not cues.COUNT.search(low):
        return Intent.OPEN
    if re.search(r"\bhow many (?:seconds|minutes) (?:in|into|until|till|before)\b(?! total\b| all\b)", low):
        return Intent.WHEN
    if re.search(r"\bhow many (?:people|viewers|users|times|persons)? ?(?:have|has|had) (?:watched|viewed|seen|liked|shared|subscribed|"
                 r"commented)\b|\bhow many (?:views|likes|subscribers|comments|shares|followers)\b", low):
        return Intent.OTHER  # "how many people have watched this video to date": not in any video
    if re.search(r"\bhow (?:many|much) (?:miles|kilometres|kilometers|km|metres|meters|feet|foot|inches|yards|kilos|kilograms|kg|"
                 r"pounds|lbs|grams|dollars|euros|calories|years|months|days|weeks|hours|people live|tons|tonnes|litres|liters)\b", low):
        return Intent.OTHER  # "how many miles is it to the sports centre": a measure no transcript line holds
    if re.search(r"\bhow many (?:seconds|secs|minutes)\b", low) or re.search(
            r"\bthe (?:seconds|secs)\b(?!\s+(?:in|into|mark|point|before|after|from|where|when|during|in which|at which)\b)", low):
        return Intent.DURATION  # "how many seconds is X up", "a figure on the seconds X gets": how long, not how often
    if cues.COUNT.search(low):
        return Intent.COUNT
    if cues.DURATION.search(blanked):
        return Intent.DURATION
    if cues.WHEN.search(low) or q.asks_when or cues.WHEN_CLAUSE.search(low):
        return Intent.WHEN
    sooner = re.search(r"\b(?:first|earlier|earliest|sooner|before|later|last|after)\b", low)
    if len(q.terms) >= 2 and (re.search(r"\b(?:which|what|whichever)\b|\bout of [\w'-]+ and [\w'-]+", low) and sooner or sooner and re.search(
            r"\b[\w'-]+\s+or\s+[\w'-]+\b", low) or re.search(
            r"\bcomes? first\b|\b(?:before or after|in what order|which order|what order|first or|in (?:the )?order|order of|"
            r"the order|sequence|then [\w'-]+,? or)\b", low)):
        return Intent.ORDER
    if q.yes_no and re.search(r"[?.!]\s*(?:and\s+)?(?:what|which)\b", low):  # "is anything said? what?"
        return Intent.WHAT
    if cues.IMPERATIVE.match(low) and (re.search(r"\b(?:what|which|who)\b", low) or q.times):  # "can you tell me what ..."
        return Intent.WHAT
    if q.yes_no or cues.PRESENCE_CUE.search(low):
        if q.relation in ("before", "after") and q.terms and q.anchor:
            return Intent.ORDER
        asked = low if cues.YES_NO.match(low) else (cues.YES_NO_CLAUSE.search(low) or re.match("", "")).group(0).lstrip("-–—:;,?. ")
        if re.match(r"\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were)\b", asked) and not cues.THERE.search(asked) \
                and not cues.PRESENCE_CUE.search(low) and not q.relation and q.terms:
            return Intent.OTHER  # "is the narrator happy", "is the cat black": a property, answered only from strong evidence
        return Intent.PRESENCE
    if re.search(r"(?:^|[,;:\-–—]\s*)(?:(?:and|so|yo|hey|ok|okay|um|well|hmm|then)\s*,?\s+)?(?:what|which)\b", low) \
            or re.search(r"[?.]\s*(?:(?:and|so|ok|okay|then)\s*,?\s+)?(?:what|which)\b", low) \
            and not re.match(r"\s*(?:anything|something|any)\b", low) \
            or cues.IMPERATIVE.match(low):
        if cues.ASKS_ATTRIBUTE.search(low) and not q.times:
            return Intent.OTHER
        return Intent.WHAT
    if re.match(r"^\s*(?:anything|something)\b", low) or re.search(r"\bany (?:text|speech|words?)\b", low):
        return Intent.PRESENCE
    if q.times or (q.modality in ("text", "speech") and not q.terms and not cues.ATTRIBUTE.search(low)):  # "word at 7 s"
        return Intent.WHAT
    if q.relation and q.anchor and q.modality and not q.terms and not cues.ATTRIBUTE.search(low):
        return Intent.WHAT  # "visual during 'all the way to the coast'?": what is seen then
    return Intent.OTHER
