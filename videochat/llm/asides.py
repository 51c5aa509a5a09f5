"""What people say around a question that is not the question: why they ask, who asked them, how to answer.

"Before I send this to a patient's daughter I must check the audio carefully. What exactly does the voice
say?", "A family member asked what the narration was over the word HATSTAND. Could you let me know?", "The
court requests: (1) ...", "..., my wife says one thing and I say another", "Answer yes or no." The parser
reads cue words, and the words of such asides become names to look up ("daughter", "court") or cues
("before", "says") that the question does not have. Each rule here removes one kind of aside, or turns a
request worded as a statement ("confirm or deny the presence of X", "I think I saw X, am I right") into the
question it asks. Nothing that names a thing of the video (quotes, capitals, times) is removed.
"""

from __future__ import annotations

import re

from videochat.llm.times import parse_times

#: A statement before the question ("I must check the audio carefully. What ..."): no question mark, no asking
#: word first, nothing quoted, no on-screen word in capitals, no number.
_STATEMENT = re.compile(r"^\s*(?!(?:what|which|when|where|who|whose|how|is|are|was|were|does|do|did|can|could|would|will|"
                        r"has|have|tell|give|show|list|name|describe|please|count|transcribe|quote|read|find|spot|identify|"
                        r"locate|summari[sz]e|sum|explain|check|look|listen|watch|note|write|say|state|go|skip|jump|pause|"
                        r"stop|rewind|play|open|start)\b)"
                        r"(?:[^?\"“”«»'‘’0-9]|(?<=\w)['’](?=\w)){12,200}?(?<!\.)[.;](?!\.)\s+(?=\S)", re.I)
_CAPS = re.compile(r"\b[A-Z]{2,}\b")
_ASKING = re.compile(r"\b(?:how (?:many|much|long|often)|what|whether)\b|(?:^|[,;:]\s*)(?:which|when|where|who|how)\b", re.I)  # not "someone who"
#: What a question needs to stand alone, without the sentence before it: a time, a quote, an on-screen word, or
#: the kind of thing it asks about ("the voice", "which word", "the picture"); "When does it appear?" has none.
#: ... and no pronoun that leans on it ("When does it appear?", "How many different ones are there?"); "exactly as it
#: is written" and "in it" do not.
_POINTS_BACK = re.compile(r"\b(?:does|did|is|was|will|can|could) (?:it|that|they|he|she)\b|(?<!\bas )\b(?:it|that|they|he|she) "
                          r"(?:is|was|appears?|shows?|comes?|says?|said)\b|\bthen\b|\b(?:ones?|them|those|these)\b|"
                          r"\b(?:read|say|repeat|spell|transcribe|describe|quote) (?:it|that|this)\b|\bdo they\b|"
                          r"\bthere\b(?! (?:is|are|was|were)\b)|\b(?:it|that|this) gets\b", re.I)
_ALONE = re.compile(r"[\"“”«»]|\b[A-Z]{2,}\b|\b(?:voice|audio|sound|speech|narrat\w*|said|spoken|says?|words?|text|written|writing|"
                    r"screen|picture|photo\w*|image|scenes?|shots?|people|persons?|faces?|video|clip|slideshow|saying|talking|speaking)\b", re.I)
#: A clause about the asker first: "Before I send this along to a patient's family, could you ...".
_ASKER_CLAUSE = re.compile(r"^\s*(?:before|after|while|when|since|as|once|until|so that)\s+(?:i|we|my|our)\b[^,.;?\"“”]{0,90}[,.;]\s*",
                           re.I)
#: The asker's own moment inside the question: "it went before I could make it out", "while I was driving".
_ASKER_MOMENT = re.compile(r"(?:\band (?:it|that|they) (?:went|disappeared|vanished|was gone|passed)(?: (?:away|by|past))?\s+)?"
                           r"\b(?:before|after|while|when|until|as)\s+(?:i|we)\s+(?:could|can|was|were|did|had|got|managed to|"
                           r"am|'m|tried to|try to)\s+(?:make (?:it|that|them) out|catch (?:it|that|them)|note (?:it|that) down|"
                           r"write (?:it|that) down|read (?:it|that)|pause|stop|finish|react|blink)\b[^,.;?]*|"
                           r"\bwhile (?:driving|cooking|working|walking)\b", re.I)
#: Someone else's question, reported: "A family member asked what ...", "my son wants to know whether ...".
_REPORTED_ASK = re.compile(r"^\s*(?:(?:a|my|our|the|one)\s+)?(?:[\w'-]+\s+){0,3}?(?:asked|asks|wants to know|wanted to know|"
                           r"wondered|wonders|is asking|was asking)(?: me| us)?\s+(?=(?:what|which|when|how|whether|if|who|where)\b)", re.I)
#: "The court requests:", "The court asks:", "Our client needs to know:".
_REQUESTER = re.compile(r"^\s*(?:the|our|my|a)\s+(?:[\w'-]+\s+){0,2}?(?:requests?|asks?|wants?|needs?|would like)(?: to know)?\s*:\s*",
                        re.I)
_TELL_ME_COMMA = re.compile(r"^\s*(?:(?:can|could|would|will) you (?:please )?)?tell me\s*,\s*", re.I)  # "Could you tell me, when ..."
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?:\(\s*(?:\d|[ivx]{1,3}|[a-d])\s*\)|step \d+\s*[:.)-]?)\s*", re.I)  # "(1) ...", "Step 2: ..."
#: A moment of the asker's day before the question: "quick one before the penguin feed, which word ...".
_ASKER_TIME = re.compile(r"^\s*(?:(?:a |one )?quick (?:one|question|q)\s+)?(?:before|after) (?:the|my|our|lunch|dinner|work|"
                         r"class|school)\b(?![^,?]*\b(?:appears?|shown|shows?|said|says|spoken|seen|on screen|comes?|starts?|ends?|"
                         r"words?|text|picture|photo|image|scene|shot|voice|line|second|minute|video|clip)\b)"
                         r"[^,?\"“”0-9]{0,40},\s*(?=(?:which|what|when|how|is|are|can|could|tell|please)\b)", re.I)
#: Someone's sighting to check: "a kid is convinced she saw a pika in this video, was she right?".
_THEY_SAW = re.compile(r"^\s*(?:(?:a|my|our|the|one)\s+)?(?:[\w'-]+\s+){0,2}?(?:is convinced|was convinced|thinks|thought|believes|"
                       r"swears|says|said|claims|reckons)(?: that)? (?:she|he|they|i|we) (?:saw|seen|spotted|noticed|caught sight of) (.+?)"
                       r"(?:,?\s*(?:was|is|were|are|am) (?:she|he|they|i|we) (?:right|correct|wrong))?\s*[?.!]*\s*$", re.I)
#: "i was told there is a person in this, is that true": is there a person.
_TOLD = re.compile(r"^\s*(?:i was told|i've been told|i have been told|(?:someone|somebody|a friend|my [\w'-]+) told me|they told me|"
                   r"people say|i read|i hope)"
                   r"(?: that)?\s+", re.I)
_IS_THAT_TRUE = re.compile(r"[,.]?\s*(?:is (?:that|it|this) (?:true|right|correct|so)|true or false|right)\s*\??\s*$", re.I)
#: Radio talk: "Say again, is a person in the footage.", "..., over.", "affirm or negative".
_RADIO = re.compile(r"^\s*say again\s*[,:]?\s*|,?\s*\bover(?: and out)?\s*[.!]*\s*$", re.I)
#: "don't play dumb with me, what ...": the tone, not the question.
_TONE = re.compile(r"^\s*(?:don'?t|do not) [^,?]{3,40},\s*(?=(?:what|which|when|how|is|are|tell|give)\b)", re.I)
#: "run back the audio for me and tell me ...".
_REPLAY = re.compile(r"^\s*(?:run|play|rewind|roll|replay)(?: back)? (?:the )?(?:audio|sound|tape|clip|video|recording)(?: back)?(?: for me)?"
                     r"\s*(?:and|then|,)\s*", re.I)
#: "grep video for the word DEBUGGER. found?": is it there.
_GREP = re.compile(r"^\s*(?:grep|search|scan|check) (?:the )?(?:video|clip|recording|footage|tape) for (.+?)(?:\s+and report(?: back)?)?[.,;]?\s*(?:found|present|there|y/n|hit)?\s*\?*\s*$", re.I)
#: "I could not catch the words spoken at the time X was shown": what are they.
_MISSED = re.compile(r"^\s*i (?:could not|couldn't|can't|cannot|didn't|did not) (?:quite )?(?:catch|hear|make out|understand|get) "
                     r"(?=(?:the|what)\b)", re.I)
#: "X -> what's spoken", "X <- what pic is up": what is said or shown while X.
_ARROW = re.compile(r"^\s*(.{3,120}?)\s*(?:->|→|=>|<-|←)\s*((?:what|which)\b.+)$", re.I)
#: "Confirm the word X appears", "Request a headcount of ...".
_CONFIRM = re.compile(r"^\s*(?:please\s+)?confirm (?:that )?(?=(?:the|a|an)\b)", re.I)
_REQUEST = re.compile(r"^\s*(?:request|requesting)(?: a| an| the)?\s+", re.I)
#: "i want to see crossbow what time do i skip to": when is it shown.
_WANT_TO_SEE = re.compile(r"^\s*i (?:want|wanna|would like|'d like|need) to (?:see|find|watch|get to) (.+?),?\s+(?:what time|when|at what "
                          r"(?:time|point|second))\b.*$", re.I)
#: "Step 2 confirm yes or no: does it ...".
_YES_NO_FIRST = re.compile(r"^\s*(?:please\s+)?(?:confirm|answer|say|state|tell me)(?: with)?\s+(?:yes or no(?:t)?|yes/no|y/n)\s*[:,-]\s*", re.I)
#: The asker's interest, before a colon: "I am interested in the relation between image and sound: what ...".
_INTEREST = re.compile(r"^\s*(?:i(?:'m| am)|we(?:'re| are)) (?:interested in|curious about|looking at|studying|researching|"
                       r"writing about|working on|checking|testing)\b[^:?]{0,100}:(?!\d)\s*(?=\S)", re.I)
#: "For sequencing purposes, ...", "for accessibility reasons, ...".
_PURPOSE = re.compile(r"^\s*for (?:[\w'-]+ ){1,2}(?:purposes|reasons)\s*[,:]\s*", re.I)
#: "I need the onset time of the caption X": when it is.
_ONSET = re.compile(r"^\s*(?:(?:i need|give me|tell me|please give|state|request(?:ing)?|what is)\s+)?(?:the )?(?:onset|start(?:ing)?|appearance|entry|first|"
                    r"initial(?: appearance)?) time(?: of)?(?!\s+and\b),?\s+(?:the )?", re.I)
#: "I need the spoken part, what is it": give it.
_NEED = re.compile(r"^\s*(?:i )?(?:need|want|would like|'d like)\s+(?=(?:the|a|an)\b)", re.I)
#: "the word X is showing n someone talks, what do they say": what is said while X is shown.
_SHOWING_AND_TALKS = re.compile(r"^\s*(.{3,60}?\b(?:is|are) (?:showing|shown|on screen|up|displayed|visible))\s+(?:and|while|as)\s+"
                                r"(?:someone|somebody|a voice|the voice|they|a person|the narrator) (?:talks|speaks|is talking|is speaking|"
                                r"says something)\b.*$", re.I)
#: After the question: a relative's claim, the asker's trouble, a request to be told, how to answer.
_AFTER = re.compile(r",\s*(?:(?:my|our|his|her|the|a)\s+)?(?:(?!is\b|was\b|it\b)[a-z-]+\s+)?(?!is\b|was\b|it\b|he\b|she\b|they\b)[a-z-]+ "
                    r"(?:says|said|thinks|reckons|claims|swears)\b"
                    r"[^?\"“”«»']*$|"
                    r"\s+\b(?:i|we) (?:couldn'?t|could not|can'?t|cannot|didn'?t|did not) (?:quite )?(?:tell|see|hear|read|catch|"
                    r"make (?:it|them|that) out)\b[^?]*$|"
                    r"(?<=[.?!])\s*(?:could|can|would|will) you (?:please )?(?:let me know|tell me)\s*[?.!]*\s*$|"
                    r"[.?!,;]?\s*(?:please\s+)?(?:answer|reply|respond)(?: with| in)?(?: a| a simple)? (?:yes or no(?:t)?|yes/no|y/n)\b[.!?]*\s*$|"
                    r"[;,]?\s*(?:stated|given|expressed) (?:as|in) (?:a )?(?:number|seconds)\s*[.!?]*\s*$|"
                    r",\s*(?:i|we) (?:need|want) (?:it|this|them|that|these) for\b[^?]*$|,\s*(?:i|we) (?:want|need|would like|'d like|"
                    r"wanna|have) to (?:quote|use|share|post|put|match|write|send|show|check|add)\b[^?]*$|,\s*it (?:seemed|seems|looked|looks|felt|"
                    r"feels|went|goes)\b[^?]*$|,?\s*\bone thing and (?:i|we) (?:say|think) another\b[^?]*$|"
                    r"\s+for (?:a|an|my|our|the) (?:[\w'-]+\s+){0,2}(?:exercise|class|lesson|quiz|test|homework|assignment|worksheet|"
                    r"sheet|report|notes|log|file|edit|blog|story|deck)"
                    r"\s*[.!?]*\s*$|,?\s*so (?:that )?(?:i|we) (?:can|could|may)\b[^?]*$|[?.]\s*(?:short|quick|brief|long|full) version"
                    r"(?: please)?\s*[.!?]*\s*$|[?.]?\s*(?:please\s+)?(?:(?:tell me|answer|reply|write)\s+)?in english\s*[.!?]*\s*$|"
                    r"\s+(?:like|as if) (?:i'?m|i am) (?:little|five|a (?:child|kid|little kid|beginner))\s*[.!?]*\s*$|"
                    r"(?<=[?!.])\s*(?:feels?|seems?|looks?|looked|felt) (?:like|as if)\b[^?]*$|"
                    r"[.?!]?\s*(?:a |just a )?(?:simple )?(?:yes or no(?:t)?|yes/no)(?: answer)? (?:will|would) (?:suffice|do|be (?:fine|enough))\s*[.!?]*\s*$|"
                    r"[.?!]\s*(?:please )?(?:don'?t|do not) guess\b[^?]*$|[;,.]?\s*if you (?:can'?t|cannot) tell,? (?:just )?say so\s*[.!?]*\s*$|"
                    r",?\s*but my (?:english|hearing|eyesight|eyes|listening|ears?|memory)\b[^.?]*|"
                    r"\s+or am i (?:losing it|crazy|dreaming|imagining (?:it|things)|going mad)\b[^?]*$|"
                    r"[.?!,]?\s*(?:a )?(?:yes or no(?:t)?|yes/no) is (?:fine|enough|ok|okay)\s*[.!?]*\s*$|"
                    r"\s+like (?:you'?re|you are) [^?]*$|\s+i'?m \w+ing (?:here|now|right now)\b[^?]*$|"
                    r",?\s*(?:copy that|copy|roger|10-4|over and out)\s*[.!]*\s*$|\s+and report(?: back)?\s*[.!]*\s*$", re.I)
#: Words in the middle that ask nothing: "to the nearest second", "if it is not too much trouble", "forgive me".
_INSIDE = re.compile(r",?\s*\b(?:to|within) the nearest (?:second|half[- ]second|tenth of a second|minute)s?\b\s*,?|"
                     r",?\s*\bif (?:it(?:'s| is)|that(?:'s| is)|it isn't|that isn't) (?:not )?too much (?:trouble|bother|to ask)\b\s*,?|"
                     r",\s*(?:forgive me|sorry|excuse me|pardon me)\s*,|,?\s+i (?:think|guess|believe|suppose|reckon)(?=\s*[.,;?!]|\s*$)|,\s*for the (?:claim|file|record|report|notes?)\s*,", re.I)
#: Choices of where, after the question: "whereabouts is X, near the start or the end or what".
_WHERE_CHOICES = re.compile(r",?\s*(?:is it\s+)?(?:near|at|towards?|in) the (?:start|beginning|middle)(?:,? or (?:near |at |towards? |in )?"
                            r"the (?:end|middle|start|beginning))+(?:,? or (?:what|where|something else))?\s*[?.!]*\s*$", re.I)
_WHEREABOUTS = re.compile(r"^\s*(?:whereabouts|where) in (?:the|this) (?:video|clip|slideshow)\s+(?:is|are|do|does)\b", re.I)
#: "give the one that is displayed earlier": which is shown first.
_THE_ONE = re.compile(r"\b(?:give|name|tell me|say|state|pick)(?: me| us)? the one (?:that|which) (?:is|was|gets|got|comes|came)"
                      r"(?: (?:displayed|shown|seen|up|on screen))?\s+(earlier|first|sooner|later|last)\b", re.I)
#: "State, ... the time at which X first appears": when.
_TIME_AT_WHICH = re.compile(r"^\s*(?:(?:please\s+)?(?:state|give|name|tell me|say|specify|provide|note)\s*,?\s+)?the (?:exact |precise )?"
                            r"(?:(?:time|moment|second|timestamp|point)s? (?:at which|when|in which|during which)|start(?: time)? and "
                            r"(?:the )?end times?(?: of)?(?: the (?:display|appearance|showing) of)?)\b", re.I)
#: "how many seconds along the word X first appears": when it first appears.
_SECONDS_ALONG = re.compile(r"\bhow many (?:seconds|secs|minutes) (?:along|in|into)(?: (?:the|this) (?:video|clip))?,?\s+(?=[^?]*\b(?:first|"
                            r"appears?|shows? up|comes? (?:up|on))\b)", re.I)
#: Please and thanks in other languages ("Transcribe the speech for me, bitte, word for word", "..., tack!").
_FOREIGN_POLITE = re.compile(r",?\s*\b(?:bitte(?: schön)?|danke(?: schön)?|por favor|per favore|s'il (?:te|vous) pla[iî]t|gracias|merci|"
                             r"obrigad[oa]|grazie|alsjeblieft|alstublieft|onegaishimasu|kudasai|prego)\b(?=\s*[,.!?]|\s*$|\s)|"
                             r",\s*tack(?: så mycket)?\s*[!.]*\s*$", re.I)
#: Requests worded as commands before the asking word: "State what ...", "Kindly report what is said".
_COMMAND = re.compile(r"^\s*(?:please\s+|kindly\s+)?(?:state|name|identify|specify|indicate|report|write down|note down|note|say)"
                      r"\s+(?=(?:what|which|when|how|who)\b)", re.I)
#: Requests that are presence questions: "confirm or deny the presence of X", "did I miss a horned mouse".
_PRESENCE_ASKS = re.compile(r"^\s*(?:please\s+|kindly\s+)?(?:confirm or deny|confirm|verify|check|state|tell me|say)\s+(?:the presence of|"
                            r"whether there (?:is|are)|if there (?:is|are))\s+|^\s*did (?:i|we) miss\s+(?=(?:a|an|the|any)\b)", re.I)
#: "I think I seen a white castle in this, am I right": is there a white castle.
_I_SAW = re.compile(r"^\s*(?:i (?:think|thought|believe|reckon|guess)|i'?m (?:pretty |quite )?sure|i swear) (?:that )?i (?:saw|seen|spotted|"
                    r"noticed|caught sight of) (.+?)(?:,?\s*(?:am i (?:right|write|correct|wrong)|right|correct|or not|or did i (?:imagine|"
                    r"dream) it)|[.?]\s*is it (?:in there|there|in it|in the video))?\s*[?.!]*\s*$", re.I)
#: "I would be very grateful to know ...", "I would be grateful if you could describe for me ...".
_GRATEFUL = re.compile(r"^\s*i(?:'d| would| should) be (?:very |most |really |so )?(?:grateful|glad|happy|obliged)\s+(?:to know\s+|if you "
                       r"(?:could|would|can)\s+(?:(?:tell me|let me know)\s+)?)", re.I)
#: "screen during his solo in an empty chapel?": what is on screen while that is said.
_SCREEN_DURING = re.compile(r"^\s*(?:what(?:'s| is) )?(?:on )?(?:the )?screen (?:during|while|when|as)\s+", re.I)
_FOR_ME = re.compile(r"\b(describe|tell|name|list|transcribe|write down|read)\s+for me\s+", re.I)


def _leans(rest: str) -> bool:
    """Whether a question needs the sentence before it; "what they're saying" does not: they are whoever speaks."""
    if re.search(r"\b(?:they|he|she)\b", rest, re.I) and re.search(r"\b(?:say|says|saying|said|talking|speaking|spoken)\b", rest, re.I) \
            and not re.search(r"\b(?:it|that|this|them|ones?|then|there)\b", rest, re.I):
        return False
    return bool(_POINTS_BACK.search(rest))


_STEP = re.compile(r"\bstep \d+\s*[:.)-]?\s*", re.I)
_SEEKS = re.compile(r"\b(?:go|skip|jump|fast[- ]?forward|rewind|pause|stop|freeze)(?: on| at| to) the (?:very )?(?:start|beginning|end|"
                    r"middle|first frame|last frame|final frame)\b", re.I)


def _last_steps(text: str) -> str:
    """Of "Step 1 watch the whole clip. Step 2 count the people ...", the steps that ask or place something:
    the last one, and earlier ones that hold a time, a quote or an on-screen word ("Step 1: go to the very
    beginning")."""
    chunks = [c.strip() for c in _STEP.split(text)]
    if len(chunks) < 3 and not (len(chunks) == 2 and not chunks[0]):
        return text if len(chunks) < 2 else _STEP.sub("", text)
    chunks = [c for c in chunks if c]
    kept = [c for c in chunks[:-1] if parse_times(c, 3600.0)[0] or _SEEKS.search(c) or re.search(r"[\"“”«»]|\b[A-Z]{2,}\b", c)]
    return " ".join([*kept, chunks[-1]])


def strip(text: str) -> str:
    """``text`` without the asides around its question (unchanged when nothing matches)."""
    if len(text.split()) < 4:
        return text
    text = _last_steps(text)
    text = re.sub(r"^\s*(?:sorry,?\s*)?(?:do|would|d'?you) you (?:happen to )?know\s+(?=(?:what|when|where|who|how|which|on what|if|whether)\b)",
                  "", text, flags=re.I)
    text = re.sub(r"^\s*(?:somebody|someone|anyone|anybody)\s+(?=(?:read|tell|give|show)\b)", "", text, flags=re.I)
    ellipsis = re.match(r"^([^?\"“”«»]{10,200}?)\.\.\.\s*(?=(?:can|could|would|will|what|which|when|how|please|tell)\b)", text, re.I)
    rest = text[ellipsis.end():] if ellipsis else ""
    if ellipsis and not _CAPS.search(ellipsis.group(1)) and not parse_times(ellipsis.group(1), 3600.0)[0] \
            and not _leans(rest) and _ALONE.search(rest):  # not "kimono and harmonica... what order do they"
        text = text[ellipsis.end():]  # "Somebody's talking on this tape and I couldn't make head nor tail of it... can you tell me"
    text = _RADIO.sub("", text)
    text = re.sub(r"\baffirm(?:ative)? or negative\b", "yes or no", text, flags=re.I)
    text = _TONE.sub("", text, count=1)
    text = _REPLAY.sub("", text, count=1)
    grep = _GREP.match(text)
    if grep:
        text = f"is there {grep.group(1)}?"
    text = _MISSED.sub("what are ", text, count=1)
    arrow = _ARROW.match(text)
    if arrow:
        text = f"{arrow.group(2).rstrip('?')} while {arrow.group(1)}?"
    text = _REQUESTER.sub("", text, count=1)
    text = _TELL_ME_COMMA.sub("", text, count=1)
    text = _NUMBERED.sub("", text)
    text = _ASKER_TIME.sub("", text, count=1)
    text = _INTEREST.sub("", text, count=1)
    text = _PURPOSE.sub("", text, count=1)
    text = _CONFIRM.sub("does ", text, count=1)
    text = _REQUEST.sub("what is the ", text, count=1)
    text = _ONSET.sub("when is ", text, count=1)  # after the requester and "requesting": "the onset time of X" first
    text = _NEED.sub("give me ", text, count=1)
    both = _SHOWING_AND_TALKS.match(text)
    if both:
        text = f"what is said while {both.group(1)}?"
    text = _ASKER_CLAUSE.sub("", text, count=1)
    while (m := _STATEMENT.match(text)) and not _CAPS.search(m.group(0)) and not _ASKING.search(m.group(0)) \
            and not parse_times(m.group(0), 3600.0)[0]:  # "At seven seconds there is some writing. Read it out"
        rest = text[m.end():]
        if len(rest.split()) < 4 or _POINTS_BACK.search(rest) or not (_ALONE.search(rest) or parse_times(rest, 3600.0)[0]):
            break
        text = rest
    text = _REPORTED_ASK.sub("", text, count=1)
    text = _GRATEFUL.sub("", text, count=1)
    text = _FOR_ME.sub(r"\1 ", text)
    for _ in range(2):
        text = _AFTER.sub("", text).strip()
    text = _FOREIGN_POLITE.sub("", text)
    text = _INSIDE.sub(",", text)
    text = _WHERE_CHOICES.sub("", text)
    text = _WHEREABOUTS.sub("when is", text, count=1)
    text = _THE_ONE.sub(lambda m: f"which is shown {m.group(1)}", text, count=1)
    text = _TIME_AT_WHICH.sub("when", text, count=1)
    text = _SECONDS_ALONG.sub("when ", text, count=1)
    text = re.sub(r"^\s*,\s*|,\s*(?=[,.?!])", "", text)
    text = _ASKER_MOMENT.sub("", text)
    saw = _I_SAW.match(text) or _THEY_SAW.match(text)
    if saw:
        text = f"is there {saw.group(1)}?"
    told = _TOLD.match(text)
    if told:
        text = re.sub(r"^there(?:'s|s| is)\b", "is there", _IS_THAT_TRUE.sub("?", text[told.end():]), flags=re.I)
        text = re.sub(r"^there are\b", "are there", text, flags=re.I)
    want = _WANT_TO_SEE.match(text)
    if want:
        text = f"when is {want.group(1)} shown?"
    text = _YES_NO_FIRST.sub("", text, count=1)
    text = _PRESENCE_ASKS.sub("is there ", text, count=1)
    text = _COMMAND.sub("", text, count=1)
    text = _SCREEN_DURING.sub("what is on screen while ", text, count=1)
    return " ".join(text.split())
