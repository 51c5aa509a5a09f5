"""The phrase patterns the question parser reads (:mod:`videochat.llm.question`): what makes a question
open, a length, a count, a duration or a when-question, where a relation or a yes/no clause starts, which
words say "on screen", and the phrases that name nothing. One table per cue; the parse logic stays in
``question``."""

from __future__ import annotations

import re

OPEN = re.compile(  # phrases that make a question open only when it starts with them
    r"^\s*(?:so,?\s*)?(?:describe|tell me (?:about|what(?! (?:is|was|are|were|gets?) (?:being )?(?:said|spoken|written|shown|"
    r"on)\b| (?:they|he|she|someone|somebody|people|the \w+) (?:says?|said|talk))(?![^?.]*\b(?:says?|said|spoken|speaks?|"
    r"saying|voice|narrat\w*|written|reads?)\b))|what is shown in (?:this|the) (?:video|clip)|what do (?:we|you|i) "
    r"see in (?:this|the) (?:video|clip)|can you describe|walk me through|what(?:'s| is) in (?:this|the) (?:video|clip))\b",
    re.I)  # the rest are in OPEN_ANYWHERE
LENGTH = re.compile("|".join([
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
    r"\bhow many (?:seconds|minutes) (?:does |do )?(?:the|this) (?:video|clip|film|recording) (?:have|has)\b",
    r"\bhow many (?:seconds|minutes) (?:lasts?|runs?) (?:the|this) (?:video|clip|film|recording)\b",
    r"\bfrom (?:its|the) (?:first frame|beginning|start) to (?:its|the) (?:last|end|final frame)(?: frame)?\b.*\bhow long\b",
    r"\bhow many (?:minutes|seconds) and (?:seconds|minutes) (?:does|did|will|is) (?:it|this|the|this video|the video|the clip|this clip|"
    r"this thing|the thing)\b",
    r"\bhow many (?:seconds|minutes) (?:is|does|did) (?:the|this) (?:whole |entire |full )?(?:video|clip|film|recording)"
    r"\b(?=\s*(?:$|[?.!,;]|last|run|go|take|in total|total|overall|altogether|long))",
    # "how long is the video in seconds", "how long is this video? total.", "how long this video lasts altogether"
    r"\bhow long (?:is|was) (?:the|this|that|your) (?:whole |entire |full |complete )?(?:video|clip|film|recording|movie|footage)"
    r"\b(?!\s+(?:is|was)\b)(?=\s*(?:$|[?.!,;:]|in (?:seconds|minutes|total)|(?:in )?total|overall|altogether|all together))",
    r"\bhow long (?:the|this|that|it) (?:whole |entire )?(?:video |clip |film |recording |thing )?(?:lasts|runs|goes on|takes|is)\b"
    r"(?=\s*(?:$|[?.!,;:]|altogether|overall|in total|all together|from))",
    r"\b(?:exact |total |full |overall )?(?:duration|length|runtime) of (?:the|this) (?:whole |entire |full )?(?:video|clip|film|recording)\b",
]), re.I)
COUNT = re.compile(r"\bhow many\b|(?<!phone )(?<!telephone )(?<!mobile )(?<!house )(?<!serial )(?<!model )(?<!page )(?<!room )"
                    r"(?<!flight )(?<!account )(?<!order )(?<!licence )(?<!license )(?<!registration )\bnumber of\b|\bcount\b|\b(?:the )?(?:most|max(?:imum)?) (?:number of )?"
                    r"(?:(?:concurrent|simultaneous|visible)\s+)?(?:people|persons|faces|folks)\b|\bhead ?count\b|\bthe total (?:number )?of\b|"
                    r"^\s*(?:and\s+|so\s+)?(?:shots|scenes|cuts|people|faces|words)\s*\?+\s*$|"
                    r"^\s*(?:the\s+)?(?:total|overall)\s+(?:(?:different|distinct|unique)\s+)?words\s+on(?:\s+the)?\s+screen\b|\bhow often\b|^\s*number\b|\btally\b|"
                    r"^\s*(?:the\s+)?(?:total|overall)\s+(?!(?:seconds|minutes|hours|time|length|duration|runtime|running)\b)"
                    r"(?:[a-z]+\s+)?[a-z]+s\b(?:\s+(?:in|of)\s+(?:it|this|the \w+))?\s*\??\s*$|^\s*(?:the\s+)?[a-z]+s\s+(?:in\s+)?(?:total|overall|altogether)\s*\??\s*$", re.I)  # "total scenes?", "shots total?"
DURATION = re.compile(r"\bhow long\b|\b(?:total )?(?:on[- ]screen|screen) time of\b|\bfor how many seconds\b|\bhow much time\b|\bfor how long\b|\btotal time\b|"
                       r"\bhow many seconds (?:is|are|does|do|did|was|were)\b|\b(?:duration|length) of\b|"
                       r"\b(?:duration|length of time|amount of time|time) (?:for which|during which|over which|that)\b|"
                       r"\bfor what (?:duration|length of time|amount of time)\b", re.I)
WHEN = re.compile(r"^\s*(?:and\s+|so\s+)?(?:when|at what (?:time|point|second|moment)|what time|at which (?:time|point|"
                   r"second|moment)|(?:what|which) (?:second|minute|moment|point|timestamp)|how far in(?:to)?|how soon|"
                   r"how early|how late|how long (?:until|till|before)|how many (?:seconds|minutes) (?:in|into|until|before)|"
                   r"in which (?:second|minute)|(?:during|in|within|over|for) (?:which|what) (?:part|portion|section|stretch|"
                   r"seconds?|minutes?|moments?|times?|span|bit|segment)s?|from when|(?:which|what) (?:part|portion|section|stretch|segment|bit)s?"
                   r"(?! of (?:the |this |that )?(?:screen|frame|picture|image|photo|shot|room|scene)))\b|"
                   r"\b(?:give|tell) me (?:the )?(?:time|timestamp)|\b(?:timestamp|timecode|time code)\b(?!\s*\d)|\bat what time\b", re.I)
#: Asking when, not at the start: "the car appears when exactly", "find the moment X comes on screen, when is it?".
WHEN_LATE = re.compile(r"\b(?:find|locate|spot|pinpoint|know|get|tell me|show me|give me|need|want|identify|mark)\s+(?:the\s+)?(?:exact\s+|precise\s+)?"
                        r"(?:moment|time|point|instant|second|timestamp)(?:\s+(?:when|that|where|at which))?\b|"
                        r"\bbetween which (?:timestamps|times|seconds|points|moments)\b|\b(?:tell|let) me (?:know )?when\b|"
                        r"\b(?:tell|show|let) me (?:know )?(?:at )?(?:what|which) (?:point|time|moment|second|minute|timestamp)\b|"
                        r"(?:^|[,;:\-–—]\s*|\s)when(?:\s+(?:exactly|precisely|roughly|approximately))?(?:\s+(?:is|was|does|did)"
                        r"(?:\s+(?:it|that|this)(?:\s+happen)?)?)?\s*\??\s*$")
#: The stretch of time something is on, asked for: "specify the time span during which X is up", "the seconds
#: where X is in view" (not after what/which/is ...: "what is said in the seconds where X is up" is a relation).
WHEN_SPAN = re.compile(r"\b(?:the\s+)?(?:time\s+)?(?:span|range|period|interval|window|stretch|seconds)\s+"
                        r"(?:during which|in which|over which|at which|when|where)\b")
WHEN_AGAIN = re.compile(r"[-–—:;,?.]\s*when(?:\s+(?:exactly|precisely|roughly|approximately))?\s*\??\s*$")
ASKS_OTHER = re.compile(r"^\s*(?:what|which|who|is|are|was|were|does|do|did|has|have)\b")
#: Asking when in a later clause: "'GINGER' - which second does that land on screen", "the cat: at what time?".
WHEN_CLAUSE = re.compile(r"[-–—:;,?]\s*(?:(?:and|so|but|ok|okay)\s+)?(?:(?:at|in|on|from)\s+)?(?:what|which)\s+(?:second|minute|time|"
                          r"timestamp|point|moment|instant)s?\b|[-–—:;,?]\s*(?:(?:and|so|but)\s+)?when\s+(?:does|did|do|is|was|are|"
                          r"were|exactly|precisely|roughly)\b|[-–—:;,]\s*when\s*\??\s*$|"
                          r"(?<!\bat )(?<!\bin )\bthe (?:earliest|exact|precise|very first) (?:point|time|moment|second|instant|timestamp)\b")
#: A kind the question says it is not about: "the written word (not the spoken one)".
NOT_KIND = re.compile(r"\(?\bnot (?:the |a |any )?(?:spoken|said|heard|audio|written|on-?screen|shown|visual)"
                       r"(?: (?:one|ones|word|words|text|bit|part|line))?\)?")
#: A yes/no question in a later clause: "I'm looking for a pencil, does this video have it".
YES_NO_CLAUSE = re.compile(r"[-–—:;,?.]\s*(?:(?:and|so|but)\s+)?(?:is|are|was|were|does|do|did|can|could|has|have)\s+"
                            r"(?:it|this|that|there|the|a|an|any|anyone|anybody|someone|somebody|he|she|they|you|we|i)\b[^,;:?]*\??\s*$")
#: A polite request, not a yes/no question: "could you explain what the video shows?".
POLITE_ASK = re.compile(r"^\s*(?:(?:and|so)\s+)?(?:can|could|would|will) you\s+(?:please\s+)?(?:kindly\s+)?(?:tell|explain|describe|"
                         r"give|list|show|say|transcribe|write|type|provide|summari[sz]e|read|name|quote|help|count|find|"
                         r"identify|let me know what|walk me)\b")
YES_NO = re.compile(r"^\s*(?:and\s+|so\s+)?(?:is|are|was|were|does|do|did|can|could|has|have|will|would|am)\b", re.I)
RELATION = re.compile(r"\b(while|when|whilst|as|during|before|after|until|once|over|earlier than|sooner than|prior to|ahead of|later than|(?:at|in) the (?:exact |very |precise |same )?(?:moment|instant|time)|at (?:the )?time of|preceded by|followed by|concurrent with|simultaneous with"
                       r"|(?:at|in|during) the (?:point|bit|part|section|stretch|spot) (?:where|when)"
                       r"(?: when| that)?|the moment|goes with|go with|accompan(?:y|ies|ying)|along with|alongside|"
                       r"coincides? with|overlaps?(?: with)?|overlapping(?: with)?|at the same time as|(?:around|under|beneath|underneath)(?= the (?:word|text|caption|title|photo|picture|image|shot)))\b", re.I)
ANCHOR_FIRST = re.compile(r"^\s*(.+?)\s*(?:[-–—,;:.?!]|\.\.\.)\s*((?:(?:and|so|but)\s+)?(?:(?:can|could|would|will) you (?:please )?"
                           r"(?:tell me|say|describe|name)\s+)?(?:what|which|who|any)\b.*?)\s*\b(?:right then|at (?:that|this) (?:exact |very |"
                           r"same |precise )?(?:moment|time|point|instant|second|part|bit)|when (?:that|this|it) (?:gets |is )?(?:said|spoken|heard)|just then|then|at the same time|under it|over it|with it|during it|during that|while that happens)\b", re.I)
LEADING_RELATION = re.compile(r"^\s*(when|while|whilst|as|during|before|after|once|(?:at |right |just )?the (?:moment|instant|"
                               r"second|minute|time)(?= (?:when |that |of )?(?:i|you|we|they|he|she|someone|somebody|the|a|an|it)\b| of ['\"‘“])|"
                               r"(?:at |in |during )?the (?:bit|part|point|section|stretch|spot|place)(?: in the (?:soundtrack|audio|"
                               r"video|clip|recording|narration))? (?:where|when)|"
                               r"(?:at |right |just )?the (?:exact|very|precise) (?:moment|instant|second|time)(?: (?:when|that|of))?|"
                               r"right when|just when|just as|right as)\b(.+?)(?:,\s*(?=(?:what|which|who|how|is|"
                               r"are|does|do|did|can|tell|name|quote)\b)|\s+(?=(?:what|which|who)\b))(.*)$", re.I)
TEXT_SAYS = re.compile(r"(?:\b[\w'-]+\s+)?\b(?:text|sign|screen|caption|title|banner|label|writing|subtitle|box|field|display|"
                        r"board|poster|card|page|window|panel|button|note|notice|placard|plaque|message|form)s?\b\s+(?:\w+\s+)?"
                        r"(?:say|says|said|read|reads|show|shows)\b")
#: On-screen text named, then asked about as "it": "there was a word on the screen at 19 s, could you tell me what
#: it said?", "the exact caption text at 00:10. What does it say?".
TEXT_IT_SAYS = re.compile(r"\b(?:words?|text|caption|title|writing|sign|label|lettering)\b(?:\s+\w+){0,3}\s+(?:on|in) (?:the )?"
                           r"(?:screen|picture|image|frame|there|video|clip)\b.*\bwhat (?:does |did )?(?:it|that|this) (?:say|says|said|read|reads)\b|"
                           r"\b(?:writing|written|lettering|caption|text)\b.*\bwhat (?:does |did )?(?:it|that|this) (?:say|says|said|read|reads)\b|"
                           r"\b(?:caption|on-?screen|subtitle) text\b.*\bwhat (?:does |did )?(?:it|that|this) (?:say|says|said|read|reads)\b")
OPEN_ANYWHERE = re.compile(r"\b(?:overview|summary|summari[sz]e|recap|gist|describe (?:the|this) (?:video|clip)|"
                            r"(?:full |complete |whole |brief |short |quick )?account of (?:the|this) (?:video|clip)|"
                            r"(?:the |this )?(?:video|clip)'s contents|contents? of (?:the|this) (?:video|clip)|"
                            r"what happens|what(?:'s| is) happening|what(?:'s| is) going on|what goes (?:on|down)|"
                            r"what (?:occurs|takes place|unfolds|is shown and said)\b(?! (?:at|around|near|between|before|after|during|while|when)\b)|"
                            r"what(?:'s| is) the (?:deal|story|idea|point) (?:with|of|behind) (?:this|the) (?:video|clip)|"
                            r"what (?:it|this|the video|the clip) is (?:all )?about|subject matter|what (?:it|this|the video|the clip) contains|explain (?:the|this) (?:video|clip)|tell me of (?:the|this) (?:video|clip)|(?:main |central )?(?:topic|subject|theme) of (?:the|this) (?:video|clip)|"
                            r"what (?:would|will|do|does|can|could) (?:someone|somebody|one|i|we|you|a viewer|people) (?:see and hear|"
                            r"hear and see)\b|"
                            r"what(?:'s| is) (?:this|the) (?:video|clip)(?: all)? about|what(?:'s| is) in (?:this|the) (?:video|clip)(?=\s*(?:[,?.!]|$|start to|from start|overall))|explain (?:to me )?what (?:the|this) (?:video|clip) (?:shows|is)|what(?:'s| is) in it(?=\s*\??\s*$)|what(?:'s| is) (?:this|the) (?:video|clip) (?:showing|depicting)|"
                            r"what does (?:the|this) (?:video|clip) depict|what (?:am i|are we|are you) (?:looking at|watching|seeing)"
                            r"(?= in (?:this|the) (?:video|clip)|\s+here\s*\??\s*$|\s*\??\s*$)|what(?:'s| is) (?:it|this)(?: all)? about|"
                            r"sum (?:it |this |that |the video |this video |the clip |this clip )?up|synopsis|rundown|run-down|what does (?:the|this) (?:video|clip) (?:show|contain)|description|tl;?dr)\b", re.I)
IMPERATIVE = re.compile(r"^\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:quote|list|name(?! of\b)|repeat|transcribe|"
                         r"read out|read me|tell me|show me|give me|say|describe|identify|type out|write (?:out|down)|jot down|copy out|spell out|print|"
                         r"provide|produce|return|output|generate)\b", re.I)
PRESENCE_CUE = re.compile(r"\bany (?:sign|trace|hint)s? of\b|^\s*any\b|^\s*(?:do (?:we|i|you)\s+)?ever\s+(?:get|see|catch|spot|hear)\b|\bis there any\b|\bare there any\b|"
                           r"\byes or no\b|\byes/no\b|\b(?:true|false)\s*[?:]|\?\s*\(?y/n\)?|\bor not\b|\b(?:tell|let) me (?:know )?(?:if|whether)\b|"
                           r"^\s*(?:please\s+)?(?:check|see|find out|verify|confirm|determine|state|say|indicate|tell me)\s+(?:whether|if)\b|"
                           r"\b(?:is|are) (?:it|they|there) (?:in|anywhere in) (?:the|this) (?:video|clip)\b|\bor nah\b|"
                           r"\b(?:is|isn't|is not|are|aren't|are not) (?:in|anywhere in) (?:the|this) (?:video|clip)\b.*\b(?:is|isn't|are|aren't) "
                           r"(?:it|they)\s*\?\s*$|"  # "a tiger isn't in the video but I think it is, is it?"
                           r"^\s*(?:got|spot|spotted)\s+(?:a|an|any|some)\b|\bsomewhere\b|^\s*anywhere\b|"
                           r"\bis (?:it|that|this|one|they) (?:there|in (?:there|it|here|the video|the clip|this clip))\b|"
                           r"\by/n\b|^\s*whether\b|^(?!\s*(?:what|which|who|whom|whose|why|how|when|where)\b|\s*(?:(?:can|could|would|will) you\s+)?(?:please\s+)?"
                           r"(?:provide|give|transcribe|describe|list|write|read|quote|repeat|tell me)\b)"
                           r"(?![^?]*[,;:\-–—]\s*(?:(?:and|so)\s+)?(?:what|which|who|how|when|where)\b)[^?]*\b(?:in (?:the|this) (?:video|clip)|"
                           r"anywhere|at all|visible|shown|on screen|present|in there|in it)\s*\?+\s*$", re.I)
CAPTION_SAYING = re.compile(r"\b(?:caption|title|sign|banner|label|text|writing|lettering)s?\s+(?:is\s+|are\s+)?(?:saying|reading|showing)\b")
SAY_ON_SCREEN = re.compile(r"\b(?:say|says|saying|said)\s+(?:on|across|at the (?:top|bottom) of)\s+(?:the\s+)?screen\b|"
                            r"\b(?:say|says)\s+(?:[\w'\"‘’“”-]+\s+){1,3}on(?:\s+the)?\s+screen\b|"
                            r"\bwhat does (?:the |this |that )?(?:[\w'-]+\s+)?words? (?:say|read)\b|"
                            r"\bon(?:\s+the)?\s+screen\s+(?:say|says|saying)\b")
SEVERAL_KINDS = re.compile(r"\b(?:words?|text|captions?)\s+or\s+(?:images?|pictures?|photos?|objects?)\b|"
                            r"\b(?:images?|pictures?|photos?)\s+or\s+(?:words?|text|captions?)\b")
#: The picture changing, counted: "how many times does it switch to a new pic", "the picture is changing how many times".
PICTURE_CHANGES = re.compile(r"\b(?:picture|pic|photo|image|view|scene|shot|slide|camera)s? (?:is |are )?(?:change|changes|changing|switch\w*)\b|"
                             r"\b(?:change|changes|switch\w*|cuts?) to (?:a )?(?:new|different|another|the next) (?:picture|pic|photo|image|"
                             r"scene|shot|slide|one|view)\b")
#: What-questions about a property no transcript line states ("what does the narrator look like").
ASKS_ATTRIBUTE = re.compile(r"\bwhat (?:date|year|day|month)\b|\b(?:what|which) (?:kind|type|make|model|brand) of (?:camera|lens|phone|"
                             r"equipment|gear|device|microphone|drone)\b|\bwhen was (?:it|this|that|the [\w -]{1,30}) (?:taken|made|filmed|shot|"
                             r"recorded|painted|drawn|photographed)\b|\b(?:what|which) (?:kind of |type of |make of |model of |brand of )?(?:camera|lens|phone|equipment|gear|"
                             r"device|software|app|microphone|drone)s? (?:did|was|were|do|does|is|are|has|have)\b|"  # what they filmed with
                             r"\b(?:why|reason|cause|colou?r|names?|brand|who|looks? like|sounds? like|feel(?:s|ing)?|think(?:s|ing)?|"
                             r"mood|emotions?|age|job|profession|weigh\w*|height|tall|cost|price|wearing|dressed|made of|"
                             r"nationality|language|accent|gender|title of)\b")
#: Yes/no questions that ask whether something is there, said or shown (not about a property: "is the narrator happy").
THERE = re.compile(r"\b(?:there|here|shown|showing|show|shows|visible|seen|see|appear\w*|displayed|present|featured|included|"
                    r"on[- ]screen|in (?:the|this|that) (?:video|clip|frame|shot|picture|scene|image)|in (?:it|there|view|frame|shot)|"
                    r"said|saying|says|say|spoken|speaking|talking|talks|mentioned|mention|heard|hear|audible|written|"
                    r"up|around|anywhere|somewhere|ever|at all)\b")
LINE = re.compile(r"\b(?:line|phrase|sentence|words?|quote)\b")
ATTRIBUTE = re.compile(r"\b(who|whom|whose|why|names?|named|called|colou?r|brand|age|how old)\b", re.I)
POLITE = re.compile(r"\b(?:can|could|would|will) you\b|\b(?:tell|give|show) (?:me|us)\b", re.I)
QUOTED = re.compile(r"[\"“”«»„]\s*([^\"“”«»„]{2,60}?)\s*[\"“”«»]|(?<![A-Za-z])['‘’]([^'‘’]{2,60})['‘’](?![A-Za-z])")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
#: Words that name nothing: a cut's kind ("hard cuts"), "right" before a time ("right then", "right at the end").
BLANKS = re.compile(r"\b(?:hard|soft|jump|quick|fast|abrupt|sudden|clean|straight|sharp|smash|match)(?=\s+(?:cuts?|transitions?)\b)|"
                     r"\bright(?=\s*(?:$|[?.!,;]|(?:at|then|when|after|before|as|there|here|now)\b))|"
                     r"\b(?:during|throughout|over)\s+(?:this|it|all of it|the (?:whole |entire )?(?:video|clip|thing|recording))"
                     r"(?=\s*(?:$|[?.!,;]))|"
                     r"\b(?:in|into|within) (?:view|sight)\b|\bsuch as\b|\b(?:max(?:imum)? )?(?:all )?at once\b|"
                     r"\bover the course of (?:the|this|that) (?:video|clip|recording|film)\b|"
                     r"\bas (?:closely|best|well|exactly|accurately|precisely|faithfully|fully|completely|much) as (?:you |i |we |one )?"
                     r"(?:can|could|possible|possibly can)\b|,?\s*\bif any\b,?|,?\s*\bhowever (?:approximate|rough|roughly)\b,?|"
                     r"\bif you can\b|\bor found\b|,?\s*\bas (?:a )?(?:voice|speech|sound|audio|text|writing|words?)(?: and not as (?:a )?\w+)?\b|"
                     r"\bfrom (?:its|the|their) appearance to (?:its|the|their) disappearance\b,?|"
                     r"\bas (?:one|you|i|we|someone) (?:seeks?|looks? for|searches? for|hunts? for)\b[^;,?]*|"
                     r"\bover the top of (?:all )?(?:this|it|that|the video|everything)\b|\bin shot\b|,?\s*each (?:one )?counted once\b")  # "where the candy is in view": seen, no name "view"
GOES_AWAY = re.compile(r"\bhow long\s+(before|until|till)\b.+?\b((?:goes|go|went|is|gets) (?:away|gone|off)(?: again)?|"
                        r"disappears?(?: again)?|vanish(?:es)?|fades?(?: out| away)?|is removed|leaves(?: the screen)?)\b")
#: Where the thing asked about is: "the greeting in the output box", "what does the output box say".
LOCATED = re.compile(r"\b(?:in|on|inside|within|across|under|behind|beside|next to)\s+(?:the|a|an|this|that|its|his|her|their|"
                      r"my|your)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)\s*(?:[?.!,;]|$)")
