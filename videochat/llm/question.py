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
               r"talk\w*|pronounc\w*|utter\w*|announce\w*|tell|tells|telling|told|sentence)\b"),
    ("text", r"\b(written|writes?|text|captions?|titles?|labels?|read(?:s|ing)?|spell\w*|printed|typed|"
             r"words?|letters?)\b"),
    ("shot", r"\b(scenes?|shots?|cuts?|transitions?|photos|photographs|pictures|images|slides|clips|stills)\b"),
    ("faces", r"\b(faces?)\b"),
    ("people", r"\b(people|persons?|folks?|individuals?|man|woman|men|women|pedestrians?|humans?|someone|anyone|anybody|somebody|"
               r"kids?|children|child|boy|girl|walkers?)\b"),
    ("motion", r"\b(camera|pans?|panning|zoom\w*|tilt\w*|moving|moves?|motion|shak\w*|still|static)\b"),
    ("look", r"\b(dark|bright|night|colou?rs?|lighting)\b"),
    ("visual", r"\b(see|seen|sees|seeing|shown|show|shows|showing|visible|appear\w*|picture|photo|image|frame|look|looking|watching|visuals?|"
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
    "uttered utter phrase phrases stretch individuals individual got one somewhere track whole anywhere everywhere "
    "trying try wondering curious timestamp timestamps timecode bit bits piece pieces bunch lot lots exist exists existing present visible very even "
    "again away land lands landed landing arrive arrives arrived flashed flashing flash pictured ballpark figure estimate "
    "guess rough approx have has order sequence final finish finishes finished stay stays stayed remain remains "
    "lasts aloud loud down out mean wonder glimpse whatever type everything nothing counting repeats repeated slideshow slide-show montage reel "
    "album gallery series part bit cant can't spot actually verbatim state check verify confirm determine correct true accurate turn turns turned become becomes became provide complete account both opening closing closes close opens haven't hasn't watched yet seen "
    "loads load customer client user viewer isn't aren't wasn't weren't doesn't didn't won't think reckon believe "
    "guess sure".split()
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


_OPEN = re.compile(  # phrases that make a question open only when it starts with them
    r"^\s*(?:so,?\s*)?(?:describe|tell me (?:about|what(?! (?:is|was|are|were|gets?) (?:being )?(?:said|spoken|written|shown|"
    r"on)\b| (?:they|he|she|someone|somebody|people|the \w+) (?:says?|said|talk)))|what is shown in (?:this|the) (?:video|clip)|what do (?:we|you|i) "
    r"see in (?:this|the) (?:video|clip)|can you describe|walk me through|what(?:'s| is) in (?:this|the) (?:video|clip))\b",
    re.I)  # the rest are in _OPEN_ANYWHERE
_LENGTH = re.compile("|".join([
    r"\bhow long is (?:the|this|it)(?: (?:video|clip|film|recording|whole thing))?(?: (?:in total|overall|altogether|all together|total))?\s*\??$",
    r"\bhow long does (?:it|this|the video|this video|the clip|this clip) (?:last|run|go on|take)\b",
    r"\bhow many (?:seconds|minutes) (?:long|does (?:it|the video|this|the clip) (?:go|run|last))\b",
    r"\b(?:total )?run(?:ning)? ?time\b", r"\b(?:video|clip|it|this|thing) (?:runs?|goes?|lasts?) for\b", r"\btotal (?:length|duration)\b",
    r"^\s*(?:total )?(?:duration|length)\s*\??\s*$", r"\b(?:video|clip)(?:'s)? (?:length|duration)\b",
    r"\b(?:length|duration) of (?:the|this) (?:video|clip)\b",
    r"\bhow (?:long|many (?:seconds|minutes))\b.*\b(?:end to end|start to finish|beginning to end|from start to end)\b",
    r"^\s*is (?:it|this|the video|the clip) (?:long|short)\s*\?",
    r"^\s*(?:the\s+)?total (?:seconds|minutes)(?: of (?:the )?(?:video|footage|clip|film|recording))?\s*\??\s*$",
    r"\bhow many (?:seconds|minutes) of (?:footage|video|recording)\b",
    # "how long is the video in seconds", "how long is this video? total.", "how long this video lasts altogether"
    r"\bhow long (?:is|was) (?:the|this|that|your) (?:whole |entire |full |complete )?(?:video|clip|film|recording|movie|footage)"
    r"\b(?!\s+(?:is|was)\b)(?=\s*(?:$|[?.!,;:]|in (?:seconds|minutes|total)|(?:in )?total|overall|altogether|all together))",
    r"\bhow long (?:the|this|that|it) (?:whole |entire )?(?:video |clip |film |recording |thing )?(?:lasts|runs|goes on|takes|is)\b"
    r"(?=\s*(?:$|[?.!,;:]|altogether|overall|in total|all together|from))",
    r"\b(?:exact |total |full |overall )?(?:duration|length|runtime) of (?:the|this) (?:whole |entire |full )?(?:video|clip|film|recording)\b",
]), re.I)
_COUNT = re.compile(r"\bhow many\b|(?<!phone )(?<!telephone )(?<!mobile )(?<!house )(?<!serial )(?<!model )(?<!page )(?<!room )"
                    r"(?<!flight )(?<!account )(?<!order )(?<!licence )(?<!license )(?<!registration )\bnumber of\b|\bcount\b|\b(?:the )?(?:most|max(?:imum)?) (?:number of )?(?:people|persons|faces|folks)\b|"
                    r"^\s*(?:and\s+|so\s+)?(?:shots|scenes|cuts|people|faces|words)\s*\?+\s*$|\bhow often\b|^\s*number\b|\btally\b|"
                    r"^\s*(?:the\s+)?(?:total|overall)\s+(?!(?:seconds|minutes|hours|time|length|duration|runtime|running)\b)"
                    r"(?:[a-z]+\s+)?[a-z]+s\b(?:\s+(?:in|of)\s+(?:it|this|the \w+))?\s*\??\s*$|^\s*(?:the\s+)?[a-z]+s\s+(?:in\s+)?(?:total|overall|altogether)\s*\??\s*$", re.I)  # "total scenes?", "shots total?"
_DURATION = re.compile(r"\bhow long\b|\bfor how many seconds\b|\bhow much time\b|\bfor how long\b|\btotal time\b|"
                       r"\bhow many seconds (?:is|are|does|do|did|was|were)\b|\b(?:duration|length) of\b|"
                       r"\b(?:duration|length of time|amount of time|time) (?:for which|during which|over which|that)\b|"
                       r"\bfor what (?:duration|length of time|amount of time)\b", re.I)
_WHEN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:when|at what (?:time|point|second|moment)|what time|at which (?:time|point|"
                   r"second|moment)|(?:what|which) (?:second|minute|moment|point|timestamp)|how far in(?:to)?|how soon|"
                   r"how early|how late|how long (?:until|till|before)|how many (?:seconds|minutes) (?:in|into|until|before)|"
                   r"in which (?:second|minute)|(?:during|in|within|over|for) (?:which|what) (?:part|portion|section|stretch|"
                   r"seconds?|minutes?|moments?|times?|span|bit|segment)s?|from when|(?:which|what) (?:part|portion|section|stretch|segment|bit)s?"
                   r"(?! of (?:the |this |that )?(?:screen|frame|picture|image|photo|shot|room|scene)))\b|"
                   r"\b(?:give|tell) me (?:the )?(?:time|timestamp)|\btimestamp\b(?!\s*\d)|\bat what time\b", re.I)
#: Asking when, not at the start: "the car appears when exactly", "find the moment X comes on screen, when is it?".
_WHEN_LATE = re.compile(r"\b(?:find|locate|spot|pinpoint|know|get|tell me|show me|give me)\s+(?:the\s+)?(?:exact\s+|precise\s+)?"
                        r"(?:moment|time|point|instant|second|timestamp)(?:\s+(?:when|that|where|at which))?\b|"
                        r"\bbetween which (?:timestamps|times|seconds|points|moments)\b|\b(?:tell|let) me (?:know )?when\b|"
                        r"\b(?:tell|show|let) me (?:know )?(?:at )?(?:what|which) (?:point|time|moment|second|minute|timestamp)\b|"
                        r"(?:^|[,;:\-–—]\s*|\s)when(?:\s+(?:exactly|precisely|roughly|approximately))?(?:\s+(?:is|was|does|did)"
                        r"(?:\s+(?:it|that|this)(?:\s+happen)?)?)?\s*\??\s*$")
#: The stretch of time something is on, asked for: "specify the time span during which X is up", "the seconds
#: where X is in view" (not after what/which/is ...: "what is said in the seconds where X is up" is a relation).
_WHEN_SPAN = re.compile(r"\b(?:the\s+)?(?:time\s+)?(?:span|range|period|interval|window|stretch|seconds)\s+"
                        r"(?:during which|in which|over which|at which|when|where)\b")
_WHEN_AGAIN = re.compile(r"[-–—:;,?.]\s*when(?:\s+(?:exactly|precisely|roughly|approximately))?\s*\??\s*$")
_ASKS_OTHER = re.compile(r"^\s*(?:what|which|who|is|are|was|were|does|do|did|has|have)\b")
#: Asking when in a later clause: "'GINGER' - which second does that land on screen", "the cat: at what time?".
_WHEN_CLAUSE = re.compile(r"[-–—:;,?]\s*(?:(?:and|so|but|ok|okay)\s+)?(?:(?:at|in|on|from)\s+)?(?:what|which)\s+(?:second|minute|time|"
                          r"timestamp|point|moment|instant)s?\b|[-–—:;,?]\s*(?:(?:and|so|but)\s+)?when\s+(?:does|did|do|is|was|are|"
                          r"were|exactly|precisely|roughly)\b|[-–—:;,]\s*when\s*\??\s*$|"
                          r"\bthe (?:earliest|exact|precise|very first) (?:point|time|moment|second|instant|timestamp)\b")
#: A kind the question says it is not about: "the written word (not the spoken one)".
_NOT_KIND = re.compile(r"\(?\bnot (?:the |a |any )?(?:spoken|said|heard|audio|written|on-?screen|shown|visual)"
                       r"(?: (?:one|ones|word|words|text|bit|part|line))?\)?")
#: A yes/no question in a later clause: "I'm looking for a pencil, does this video have it".
_YES_NO_CLAUSE = re.compile(r"[-–—:;,?.]\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|does|do|did|can|could|has|have)\s+"
                            r"(?:it|this|that|there|the|a|an|any|anyone|anybody|someone|somebody|he|she|they|you|we|i)\b[^,;:?]*\??\s*$")
#: A polite request, not a yes/no question: "could you explain what the video shows?".
_POLITE_ASK = re.compile(r"^\s*(?:(?:and|so)\s+)?(?:can|could|would|will) you\s+(?:please\s+)?(?:kindly\s+)?(?:tell|explain|describe|"
                         r"give|list|show|say|transcribe|write|type|provide|summari[sz]e|read|name|quote|help|count|find|"
                         r"identify|let me know what|walk me)\b")
_YES_NO = re.compile(r"^\s*(?:and\s+|so\s+)?(?:is|are|was|were|does|do|did|can|could|has|have|will|would|am)\b", re.I)
_RELATION = re.compile(r"\b(while|when|whilst|as|during|before|after|until|once|over|earlier than|sooner than|prior to|ahead of|later than|(?:at|in) the (?:moment|instant|time)"
                       r"|(?:at|in|during) the (?:point|bit|part|section|stretch|spot) (?:where|when)"
                       r"(?: when| that)?|the moment|goes with|go with|accompan(?:y|ies|ying)|along with|alongside|"
                       r"coincides? with|overlaps?(?: with)?|overlapping(?: with)?|at the same time as|around(?= the (?:word|text|caption|title|photo|picture|image|shot)))\b", re.I)
_ANCHOR_FIRST = re.compile(r"^\s*(.+?)\s*(?:[-–—,;:.?!]|\.\.\.)\s*((?:(?:and|so|but)\s+)?(?:(?:can|could|would|will) you (?:please )?"
                           r"(?:tell me|say|describe|name)\s+)?(?:what|which|who)\b.*?)\s*\b(?:right then|at (?:that|this) (?:exact |very |"
                           r"same |precise )?(?:moment|time|point|instant|second)|just then|then|at the same time|under it|over it|with it|during it|during that|while that happens)\b", re.I)
_LEADING_RELATION = re.compile(r"^\s*(when|while|whilst|as|during|before|after|once|(?:at |right |just )?the (?:moment|instant|"
                               r"second|minute|time)(?= (?:when |that |of )?(?:i|you|we|they|he|she|someone|somebody|the|a|an|it)\b| of ['\"‘“])|"
                               r"(?:at |in |during )?the (?:bit|part|point|section|stretch|spot|place) (?:where|when)|"
                               r"(?:at |right |just )?the (?:exact|very|precise) (?:moment|instant|second|time)(?: (?:when|that|of))?|"
                               r"right when|just when|just as|right as)\b(.+?)(?:,\s*(?=(?:what|which|who|how|is|"
                               r"are|does|do|did|can|tell|name|quote)\b)|\s+(?=(?:what|which|who)\b))(.*)$", re.I)
_TEXT_SAYS = re.compile(r"(?:\b[\w'-]+\s+)?\b(?:text|sign|screen|caption|title|banner|label|writing|subtitle|box|field|display|"
                        r"board|poster|card|page|window|panel|button|note|notice|placard|plaque|message|form)s?\b\s+(?:\w+\s+)?"
                        r"(?:say|says|said|read|reads|show|shows)\b")
#: On-screen text named, then asked about as "it": "there was a word on the screen at 19 s, could you tell me what
#: it said?", "the exact caption text at 00:10. What does it say?".
_TEXT_IT_SAYS = re.compile(r"\b(?:words?|text|caption|title|writing|sign|label|lettering)\b(?:\s+\w+){0,3}\s+(?:on|in) (?:the )?"
                           r"(?:screen|picture|image|frame)\b.*\bwhat (?:does |did )?(?:it|that|this) (?:say|says|said|read|reads)\b|"
                           r"\b(?:caption|on-?screen|subtitle) text\b.*\bwhat (?:does |did )?(?:it|that|this) (?:say|says|said|read|reads)\b")
_OPEN_ANYWHERE = re.compile(r"\b(?:overview|summary|summari[sz]e|recap|gist|describe (?:the|this) (?:video|clip)|"
                            r"(?:full |complete |whole |brief |short |quick )?account of (?:the|this) (?:video|clip)|"
                            r"(?:the |this )?(?:video|clip)'s contents|contents? of (?:the|this) (?:video|clip)|"
                            r"what happens|what(?:'s| is) happening|what(?:'s| is) going on|what goes (?:on|down)|"
                            r"what (?:occurs|takes place|unfolds|is shown and said)\b(?! (?:at|around|near|between|before|after|during|while|when)\b)|"
                            r"what(?:'s| is) the (?:deal|story|idea|point) (?:with|of|behind) (?:this|the) (?:video|clip)|"
                            r"what (?:it|this|the video|the clip) is (?:all )?about|"
                            r"what (?:would|will|do|does|can|could) (?:someone|somebody|one|i|we|you|a viewer|people) (?:see and hear|"
                            r"hear and see)\b|"
                            r"what(?:'s| is) (?:this|the) (?:video|clip)(?: all)? about|what(?:'s| is) in (?:this|the) (?:video|clip)(?=\s*(?:[,?.!]|$|start to|from start|overall))|explain (?:to me )?what (?:the|this) (?:video|clip) (?:shows|is)|what(?:'s| is) in it(?=\s*\??\s*$)|what(?:'s| is) (?:this|the) (?:video|clip) (?:showing|depicting)|"
                            r"what does (?:the|this) (?:video|clip) depict|what (?:am i|are we|are you) (?:looking at|watching|seeing)"
                            r"(?= in (?:this|the) (?:video|clip)|\s*\??\s*$)|what(?:'s| is) (?:it|this)(?: all)? about|"
                            r"sum (?:it |this |that |the video |this video |the clip |this clip )?up|synopsis|rundown|run-down|what does (?:the|this) (?:video|clip) (?:show|contain)|description|tl;?dr)\b", re.I)
_IMPERATIVE = re.compile(r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:quote|list|name|repeat|transcribe|"
                         r"read out|read me|tell me|show me|give me|say|describe|identify|type out|write (?:out|down)|jot down|copy out|spell out|print|"
                         r"provide|produce|return|output|generate)\b", re.I)
_PRESENCE_CUE = re.compile(r"\bany (?:sign|trace|hint)s? of\b|^\s*any\b|^\s*(?:do (?:we|i|you)\s+)?ever\s+(?:get|see|catch|spot|hear)\b|\bis there any\b|\bare there any\b|"
                           r"\byes or no\b|\byes/no\b|\b(?:true|false)\s*[?:]|\?\s*\(?y/n\)?|\bor not\b|\b(?:tell|let) me (?:know )?(?:if|whether)\b|"
                           r"^\s*(?:please\s+)?(?:check|see|find out|verify|confirm|determine)\s+(?:whether|if)\b|"
                           r"\b(?:is|are) (?:it|they|there) (?:in|anywhere in) (?:the|this) (?:video|clip)\b|\bor nah\b|"
                           r"\b(?:is|isn't|is not|are|aren't|are not) (?:in|anywhere in) (?:the|this) (?:video|clip)\b.*\b(?:is|isn't|are|aren't) "
                           r"(?:it|they)\s*\?\s*$|"  # "a tiger isn't in the video but I think it is, is it?"
                           r"^\s*(?:got|spot|spotted)\s+(?:a|an|any|some)\b|\bsomewhere\b|^\s*anywhere\b|"
                           r"\bis (?:it|that|this|one|they) (?:there|in (?:there|it|here|the video|the clip|this clip))\b|"
                           r"\by/n\b|^(?!\s*(?:what|which|who|whom|whose|why|how|when|where)\b)"
                           r"(?![^?]*[,;:\-–—]\s*(?:(?:and|so)\s+)?(?:what|which|who|how|when|where)\b)[^?]*\b(?:in (?:the|this) (?:video|clip)|"
                           r"anywhere|at all|visible|shown|on screen|present|in there|in it)\s*\?+\s*$", re.I)
_CAPTION_SAYING = re.compile(r"\b(?:caption|title|sign|banner|label|text|writing|lettering)s?\s+(?:is\s+|are\s+)?(?:saying|reading|showing)\b")
_SAY_ON_SCREEN = re.compile(r"\b(?:say|says|saying|said)\s+(?:on|across|at the (?:top|bottom) of)\s+(?:the\s+)?screen\b|"
                            r"\b(?:say|says)\s+(?:[\w'\"‘’“”-]+\s+){1,3}on(?:\s+the)?\s+screen\b|"
                            r"\bwhat does (?:the |this |that )?(?:[\w'-]+\s+)?words? (?:say|read)\b|"
                            r"\bon(?:\s+the)?\s+screen\s+(?:say|says|saying)\b")
_SEVERAL_KINDS = re.compile(r"\b(?:words?|text|captions?)\s+or\s+(?:images?|pictures?|photos?|objects?)\b|"
                            r"\b(?:images?|pictures?|photos?)\s+or\s+(?:words?|text|captions?)\b")
#: What-questions about a property no transcript line states ("what does the narrator look like").
_ASKS_ATTRIBUTE = re.compile(r"\b(?:why|reason|cause|colou?r|name|brand|who|looks? like|sounds? like|feel(?:s|ing)?|think(?:s|ing)?|"
                             r"mood|emotions?|age|job|profession|weigh\w*|height|tall|cost|price|wearing|dressed|made of|"
                             r"nationality|language|accent|gender|title of)\b")
#: Yes/no questions that ask whether something is there, said or shown (not about a property: "is the narrator happy").
_THERE = re.compile(r"\b(?:there|here|shown|showing|show|shows|visible|seen|see|appear\w*|displayed|present|featured|included|"
                    r"on[- ]screen|in (?:the|this|that) (?:video|clip|frame|shot|picture|scene|image)|in (?:it|there|view|frame|shot)|"
                    r"said|saying|says|say|spoken|speaking|talking|talks|mentioned|mention|heard|hear|audible|written|"
                    r"up|around|anywhere|somewhere|ever|at all)\b")
_LINE = re.compile(r"\b(?:line|phrase|sentence|words?|quote)\b")
_ATTRIBUTE = re.compile(r"\b(who|whom|whose|why|name|named|called|colou?r|brand|age|how old)\b", re.I)
_POLITE = re.compile(r"\b(?:can|could|would|will) you\b|\b(?:tell|give|show) (?:me|us)\b", re.I)
_QUOTED = re.compile(r"[\"“”«»„]\s*([^\"“”«»„]{2,60}?)\s*[\"“”«»]|(?<![A-Za-z])['‘’]([^'‘’]{2,60})['‘’](?![A-Za-z])")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
#: Words that name nothing: a cut's kind ("hard cuts"), "right" before a time ("right then", "right at the end").
_BLANKS = re.compile(r"\b(?:hard|soft|jump|quick|fast|abrupt|sudden|clean|straight|sharp|smash|match)(?=\s+(?:cuts?|transitions?)\b)|"
                     r"\bright(?=\s*(?:$|[?.!,;]|(?:at|then|when|after|before|as|there|here|now)\b))|"
                     r"\b(?:during|throughout|over)\s+(?:this|it|all of it|the (?:whole |entire )?(?:video|clip|thing|recording))"
                     r"(?=\s*(?:$|[?.!,;]))|"
                     r"\b(?:in|into|within) (?:view|sight)\b")  # "where the candy is in view": seen, no name "view"
_GOES_AWAY = re.compile(r"\bhow long\s+(before|until|till)\b.+?\b((?:goes|go|went|is|gets) (?:away|gone|off)(?: again)?|"
                        r"disappears?(?: again)?|vanish(?:es)?|fades?(?: out| away)?|is removed|leaves(?: the screen)?)\b")
#: Where the thing asked about is: "the greeting in the output box", "what does the output box say".
_LOCATED = re.compile(r"\b(?:in|on|inside|within|across|under|behind|beside|next to)\s+(?:the|a|an|this|that|its|his|her|their|"
                      r"my|your)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\s*(?:[?.!,;]|$)")


def parse(question: str, duration: float) -> Question:
    """Read a question against a video of ``duration`` seconds."""
    text = plain(question)
    times, blanked = parse_times(text, duration)
    low = text.lower()
    q = Question(text, Intent.OTHER, times=times)
    clause = _YES_NO_CLAUSE.search(low)
    polite = bool(clause and _POLITE_ASK.match(clause.group(0).lstrip("-–—:;,?. ")))  # "... . Can you tell me what ..."
    q.yes_no = bool(_YES_NO.match(low) or clause and not polite) and not _POLITE_ASK.match(low)
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
    blanked = _BLANKS.sub(lambda m: " " * len(m.group(0)), blanked)  # "hard cuts", "right then": no names
    gone = _GOES_AWAY.search(blanked)  # "how long before X goes away": how long X is shown, not a relation
    if gone:
        blanked = blanked[: gone.start(1)] + " " * len(gone.group(1)) + blanked[gone.end(1): gone.start(2)] \
            + " " * len(gone.group(2)) + blanked[gone.end(2):]
    late = list(_WHEN_LATE.finditer(blanked)) if not _WHEN.search(low) else []
    late += list(_WHEN_SPAN.finditer(blanked)) if not (_WHEN.search(low) or _ASKS_OTHER.match(low)) else []
    late += list(_WHEN_AGAIN.finditer(blanked)) if _WHEN.search(low) else []  # "at what moment is X seen? when exactly"
    for m in late:  # "... when is it?": asks when, and names no relation
        blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end():]
    q.asks_when = bool(late)
    blanked = _NOT_KIND.sub(lambda m: " " * len(m.group(0)), blanked)  # "the written word (not the spoken one)"
    main, q.relation, anchor_text = _split_relation(blanked)
    if q.relation and re.match(r"\s*(?:(?:and|so|but)\s+)?(?:what|which|who)\b", main):
        q.asks_when = False  # "give me the moment X is said - what is on screen then": what, at that moment
    if _TEXT_SAYS.search(main) or _SAY_ON_SCREEN.search(main) or _CAPTION_SAYING.search(main) or _TEXT_IT_SAYS.search(main):
        # "what does the sign say", "a word on the screen at 19 s, what did it say": what is written
        q.modality = "text"
    elif _SEVERAL_KINDS.search(main):  # "which word or picture is up": anything shown
        q.modality = "visual"
    q.modality = q.modality or modality_of(_POLITE.sub(" ", main))
    q.terms = terms_of(_restore_case(main, text, blanked))
    q.place = _place(_restore_case(main, text, blanked), q.terms)
    if any(t in GENERIC for t in q.terms):  # "what animals are shown?": about what is seen, naming nothing
        q.terms = [t for t in q.terms if t not in GENERIC]
        q.modality = q.modality or "visual"
    if q.relation:
        q.anchor = terms_of(_restore_case(anchor_text, text, blanked))
        if _QUOTED.search(anchor_text):  # "the words 'taken at night'": said or written, and not about the look
            q.anchor_modality = modality_of(_LINE.sub(" ", _QUOTED.sub(" ", anchor_text)))
            if q.anchor_modality is None and re.search(r"\b(?:line|sentence)\b", anchor_text):
                q.anchor_modality = "speech"
        else:
            q.anchor_modality = modality_of(anchor_text) or (  # "while the space shuttle is on screen": seen, not said
                "visual" if re.search(r"\bon[- ]?screen\b|\bin (?:view|frame|shot)\b", anchor_text) else None)
        if not q.anchor and re.search(r"\b(?:that|this|it|those|these)\b", anchor_text):
            _refer_back(q, _restore_case(main, text, blanked), anchor_text)  # "someone says 'X'. what's seen while that's said?"
        if q.times and q.relation == "while" and not any(t.isupper() or " " in t for t in q.anchor) and not _QUOTED.search(anchor_text) \
                and not re.search(r"\b(?:say|says|said|saying|hear|heard|shown|shows|appears?|visible)\b", anchor_text):
            q.relation, q.anchor = None, []  # "my class will be watching at 0:06 - what's on screen then": the time is the anchor
        if not q.anchor and q.relation != "while":  # "before the end": no anchor, a relation to nothing
            q.relation = None
    q.intent = _intent(main.lower() if main is not blanked and _LEADING_RELATION.match(blanked) else low, main, q)
    if q.intent == Intent.COUNT and q.terms and all(t in _SHOT_NOUNS for t in q.terms):
        q.modality, q.terms = "shot", []  # "count the different backgrounds": each shot is one
    if q.intent == Intent.OTHER:  # "how old is the speaker": "old" is what is asked, not a name to look up
        asked = set(re.findall(r"\bhow (\w+)", low)) | {"age", "brand", "make", "model", "reason", "cause", "named", "called"}
        q.terms = [t for t in q.terms if t.lower() not in asked]
    return q


def _refer_back(q: Question, main: str, anchor_text: str) -> None:
    """A relation to "that" names what the question quoted before it: the quote becomes the anchor,
    and what is asked about is read from the words after it."""
    quotes = list(_QUOTED.finditer(main))
    if not quotes:
        return
    q.anchor = [(m.group(1) or m.group(2)).strip() for m in quotes]
    q.anchor_modality = modality_of(anchor_text) or modality_of(main[: quotes[0].start()]) or "speech"
    q.terms = [t for t in q.terms if t not in q.anchor]
    tail = _POLITE.sub(" ", main[quotes[-1].end():])
    q.modality = modality_of(tail) or ("visual" if re.search(r"\bon[- ]?screen\b", tail, re.I) else q.modality)


def _place(main: str, terms: list[str]) -> list[str]:
    """The terms that say where the thing asked about is, not what it is (so a when-question about "the
    greeting in the output box" is not answered with the box's own label)."""
    found = _LOCATED.search(main)
    says = _TEXT_SAYS.search(main.lower())
    place = terms_of(found.group(1)) if found else []
    if says:
        place += terms_of(says.group(0))
    return [t for t in terms if t in place]


def _split_relation(blanked: str) -> tuple[str, str | None, str]:
    """Main clause, relation and anchor clause: "what is said | while | RIVER is on screen", and
    "when the voice says X, | what is shown" (the anchor first)."""
    first = _ANCHOR_FIRST.match(blanked)
    if first:  # "they say X - what's on screen right then"
        return first.group(2), "while", first.group(1)
    lead = _LEADING_RELATION.match(blanked)
    if lead and (lead.group(1).lower() in ("during", "while", "whilst") or not re.match(r"\s*(?:is|are|does|do|did|can)\b", lead.group(3))):
        word = lead.group(1).lower()
        return lead.group(3), {"before": "before", "after": "after"}.get(word, "while"), re.split(r"[?.!;]", lead.group(2))[0]
    for m in _RELATION.finditer(blanked):
        word = m.group(1).lower()
        before = blanked[: m.start()]
        if not before.strip() or re.fullmatch(r"\s*(?:and|so|but)\s*", before):
            continue  # an opener ("when does ..."), not a relation
        if word in ("when", "as", "once") and not re.search(r"\b(what|which|who|is|are|does|do|did|was|were|says?|said|speaks?|"
                                                            r"spoken|line|lines|words?|shown|seen|visible)\b", before):
            continue
        if word == "over" and not re.search(r"\b(?:said|spoken|heard|says?|saying|talk\w*|speak\w*|narrat\w*|voiced?|play\w*)\s+$", before):
            continue  # "over" is a relation only after a speech word ("the words spoken over the flower")
        relation = {"before": "before", "after": "after", "until": "before", "earlier": "before", "sooner": "before",
                    "prior": "before", "ahead": "before", "later": "after"}.get(word.split()[0], "while")
        return before, relation, re.split(r"[?.!;]", blanked[m.end():])[0]  # the anchor ends with its sentence
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
                    pattern, re.sub(r"\b(?:in|of|on) (?:the|this|that|any|any one|any single|a single|one|each|every|any of the|one of the|all (?:of )?the) (?:scenes?|shots?|clips?|"
                                    r"pictures?|photos?|images?|slides?)\b", " ", low)):
                continue  # "in the scene" is a place, not a question about scenes ("number of shots in this clip" is;
                # "how many folks are in the shot" counts people)
            return modality
    return None


def terms_of(text: str) -> list[str]:
    """The names a clause asks about: quoted strings whole, then other content words. ALL-CAPS
    words keep their case (they are usually on-screen words); others are lower-cased and singular."""
    out: list[str] = []
    for m in _QUOTED.finditer(text):
        quoted = (m.group(1) or m.group(2)).strip()
        out.append(re.sub(r"^(?:the )?words? (?=[A-Z]{2,})", "", quoted))  # « the word CARAFE »: the word is CARAFE
    rest = _QUOTED.sub(" ", text)
    for word in _WORD.findall(rest):
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
    if _LENGTH.search(low):
        return Intent.LENGTH
    if (_OPEN.match(low) or _OPEN_ANYWHERE.search(low)) and not q.times and not q.relation and not _COUNT.search(low):
        return Intent.OPEN
    if re.search(r"\bhow many (?:seconds|minutes) (?:in|into|until|till|before)\b", low):
        return Intent.WHEN
    if re.search(r"\bhow (?:many|much) (?:miles|kilometres|kilometers|km|metres|meters|feet|foot|inches|yards|kilos|kilograms|kg|"
                 r"pounds|lbs|grams|dollars|euros|calories|years|months|days|weeks|hours|people live|tons|tonnes|litres|liters)\b", low):
        return Intent.OTHER  # "how many miles is it to the sports centre": a measure no transcript line holds
    if re.search(r"\bhow many (?:seconds|secs|minutes)\b", low) or re.search(
            r"\bthe (?:seconds|secs)\b(?!\s+(?:in|into|mark|point|before|after|from|where|when|during|in which|at which)\b)", low):
        return Intent.DURATION  # "how many seconds is X up", "a figure on the seconds X gets": how long, not how often
    if _COUNT.search(low):
        return Intent.COUNT
    if _DURATION.search(blanked):
        return Intent.DURATION
    if _WHEN.search(low) or q.asks_when or _WHEN_CLAUSE.search(low):
        return Intent.WHEN
    sooner = re.search(r"\b(?:first|earlier|earliest|sooner|before|later|last|after)\b", low)
    if len(q.terms) >= 2 and (re.search(r"\b(?:which|what|whichever)\b", low) and sooner or sooner and re.search(
            r"\b[\w'-]+\s+or\s+[\w'-]+\b", low) or re.search(
            r"\bcomes? first\b|\b(?:before or after|in what order|which order|what order|first or|in (?:the )?order|order of|"
            r"the order|sequence|then [\w'-]+,? or)\b", low)):
        return Intent.ORDER
    if q.yes_no and re.search(r"[?.!]\s*(?:and\s+)?(?:what|which)\b", low):  # "is anything said? what?"
        return Intent.WHAT
    if _IMPERATIVE.match(low) and (re.search(r"\b(?:what|which|who)\b", low) or q.times):  # "can you tell me what ..."
        return Intent.WHAT
    if q.yes_no or _PRESENCE_CUE.search(low):
        if q.relation in ("before", "after") and q.terms and q.anchor:
            return Intent.ORDER
        asked = low if _YES_NO.match(low) else (_YES_NO_CLAUSE.search(low) or re.match("", "")).group(0).lstrip("-–—:;,?. ")
        if re.match(r"\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were)\b", asked) and not _THERE.search(asked) \
                and not _PRESENCE_CUE.search(low) and not q.relation and q.terms:
            return Intent.OTHER  # "is the narrator happy", "is the cat black": a property, answered only from strong evidence
        return Intent.PRESENCE
    if re.search(r"(?:^|[,;:\-–—]\s*)(?:(?:and|so|yo|hey|ok|okay|um|well|hmm|then)\s*,?\s+)?(?:what|which)\b", low) \
            or re.search(r"[?.]\s*(?:(?:and|so|ok|okay|then)\s*,?\s+)?(?:what|which)\b", low) \
            and not re.match(r"\s*(?:anything|something|any)\b", low) \
            or _IMPERATIVE.match(low):
        if _ASKS_ATTRIBUTE.search(low) and not q.times:
            return Intent.OTHER
        return Intent.WHAT
    if re.match(r"^\s*(?:anything|something)\b", low) or re.search(r"\bany (?:text|speech|words?)\b", low):
        return Intent.PRESENCE
    if q.times or (q.modality in ("text", "speech") and not q.terms and not _ATTRIBUTE.search(low)):  # "word at 7 s"
        return Intent.WHAT
    if q.relation and q.anchor and q.modality and not q.terms and not _ATTRIBUTE.search(low):
        return Intent.WHAT  # "visual during 'all the way to the coast'?": what is seen then
    return Intent.OTHER
