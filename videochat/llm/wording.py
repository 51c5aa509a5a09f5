"""Informal English made plain before a question is parsed.

People type "wat do u see at 0:07 lol", "how many ppl r in the vid" or "the whole thing: how long?".
The parser (:mod:`videochat.llm.question`) reads cue words, so this step rewrites chat spelling,
fillers and the many names of "the video" into the words it knows, word by word, keeping the case
of everything it does not rewrite (ALL-CAPS words are usually on-screen text and must survive).
It also spells out number words ("twenty-one seconds") as digits so the time grammar has one form
to read. Nothing here guesses: a word it does not know is left as it is.
"""

from __future__ import annotations

import re

from videochat.llm import asides
from videochat.llm.foreign import english
from videochat.llm.typos import repaired

#: Chat spelling and common typos -> the plain word (lower-case keys; matched as whole words).
SPELLING: dict[str, str] = {
    "diff": "different", "diffrent": "different", "diferent": "different", "differnt": "different",
    "seperate": "separate", "seperately": "separately",
    "wat": "what", "wut": "what", "wht": "what", "whta": "what", "waht": "what", "whats": "what's", "wats": "what's",
    "wen": "when", "whn": "when", "wich": "which", "whic": "which", "hw": "how", "howmany": "how many",
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "r": "are", "ppl": "people", "peeps": "people",
    "pls": "please", "plz": "please", "pleas": "please", "thx": "thanks", "ty": "thanks",
    "vid": "video", "vids": "videos", "vidoe": "video", "viedo": "video", "vdeo": "video", "clp": "clip",
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "gimme": "give me", "lemme": "let me",
    "dunno": "do not know", "cuz": "because", "coz": "because", "bc": "because", "b4": "before", "thru": "through",
    "abt": "about", "w/": "with", "smth": "something", "sth": "something", "sb": "somebody", "any1": "anyone",
    "some1": "someone", "every1": "everyone", "da": "the", "teh": "the", "dat": "that", "dis": "this", "dem": "them",
    "isnt": "isn't", "doesnt": "doesn't", "dont": "don't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "theres": "there's", "thats": "that's", "hows": "how's", "whens": "when's", "wheres": "where's",
    "im": "i'm", "ive": "i've", "appers": "appears", "apear": "appear", "apears": "appears", "appeares": "appears",
    "shwn": "shown", "shwon": "shown", "scren": "screen", "screeen": "screen", "sceen": "screen", "secs": "seconds",
    "mins": "minutes", "tho": "though", "txt": "text", "tc": "timecode", "seens": "scenes", "seen's": "scenes", "senes": "scenes",
    "scens": "scenes", "peopel": "people", "poeple": "people", "peolpe": "people", "pepole": "people", "screem": "screen",
    "scrren": "screen", "shoen": "shown", "showen": "shown", "frist": "first", "fisrt": "first", "frst": "first",
    "secnds": "seconds", "seconsd": "seconds", "vidio": "video", "wrods": "words", "wordz": "words", "apperas": "appears",
    "apearing": "appearing", "appeard": "appeared", "spokne": "spoken", "sayed": "said", "durring": "during", "pic": "picture", "pics": "pictures", "pix": "pictures", "rn": "right now",
    "1st": "first", "fam": "", "sitrep": "summary", "seein": "seeing", "whatis": "what is", "whats's": "what's", "trt": "total running time", "btw": "", "lol": "", "lmao": "", "lmfao": "", "rofl": "", "haha": "", "hahaha": "", "omg": "", "bruh": "",
    "ngl": "", "tbh": "", "imo": "", "idk": "", "kinda": "", "sorta": "", "basically": "", "literally": "",
    "honestly": "", "um": "", "umm": "", "uh": "", "uhh": "", "hmm": "", "hm": "", "erm": "",
}  # fmt: skip

#: Names of the video itself -> "the video" (so "how long is the whole thing" is about its length).
_VIDEO = re.compile(
    r"\b(?:the|this|that|your|ur)\s+(?:whole|entire|full)\s+(?:thing|video|clip|vid|footage|recording|film|movie)\b|"
    r"\b(?:the|this|that)\s+(?:vid|footage|recording|film|movie|reel|short|upload|tape)\b|\bthis one\b|"
    r"\b(?:the|this|that)\s+(?:little|short|brief|small|quick|tiny)\s+(?:video|clip|film|movie|recording)\b|"
    r"(?<=\bin )this thing\b|(?<=\bwith )this thing\b", re.I)  # "what goes down in this thing"
_EDGES = re.compile(  # openers and closers that carry no meaning ("quick q:", "or nah", "pls")
    r"^\s*(?:(?:yo|hey|hi|hiya|howdy|hello|ok|okay|so|well|quick q|quick question|question|q|real quick|um|uh|oh|dear|wait|"
    r"be advised|speaking of \w+)\b[\s,:;!.-]*|"
    r"(?:say|listen|look|right|alright|now)\s*,\s*)+|"
    r"\s*\b(?:thanks|thank you|please|pls|plz|lol|haha)\s*[?.!]*\s*$", re.I)
#: Who is asking and why, before the question: "my kid wants to know how many ...", "I was wondering: ...".
_PREAMBLE = re.compile(
    r"^\s*(?:(?:my|our|the) [\w'-]+(?: [\w'-]+)? (?:wants|would like|wanted|needs|asked|asks|is asking|was asking)(?: me)? to know|"
    r"i(?:'d| would| should) (?:like|love) to know|i (?:want|need|wanted|have) to (?:know|establish|confirm|check|verify|determine|find out|record|note|log|measure)|i was wondering|i'm wondering|i am wondering|"
    r"(?:can|could) you (?:please )?(?:tell|let) me know|just (?:wondering|curious)|i'm curious(?: about)?|i am curious(?: about)?|curious|"
    r"i(?:'m| am) (?:deaf|blind|visually impaired|partially sighted|hard of hearing|hearing impaired|colou?r ?blind)|"
    r"i (?:can't|cannot) (?:hear|see)(?: (?:it|the (?:audio|sound|video|screen)))?|i have (?:the|my) sound (?:off|muted)|"
    r"(?:(?:a )?quick )?(?:check|question|q)(?: for (?:a|an|the|my|our) [\w' -]{1,30})?(?=\s*:)|for (?:a|an|the|my|our) [\w' -]{1,30}(?=\s*:))"
    r"(?:\s*[,:;-]\s*|\s+)", re.I)
#: Someone outside the video reporting something ("the customer says there are loads of words"): not speech in it.
_REPORTED = re.compile(r"\b(?:the|my|our|a|one) (?:customer|client|user|boss|friend|teacher|kid|son|daughter|mum|mom|dad|wife|"
                       r"husband|colleague|manager|editor|partner|student|viewer|reviewer|producer|sister|brother|grandson|granddaughter|nephew|"
                       r"niece|aunt|uncle|cousin|grandma|grandpa|grandmother|grandfather|neighbou?r|roommate|flatmate|"
                       r"girlfriend|boyfriend)s? (?:says|said|claims|claimed|"
                       r"thinks|thought|tells me|told me|reckons|insists|swears)(?: that)?\s+", re.I)
#: An apology or a self-introduction before the question: "I'm new to this so sorry if it's a silly question, but
#: could you ...", "farmer here, how many ...", "birdwatcher question: ...", "i think i heard X ...".
_APOLOGY = re.compile(r"^.{0,80}?\b(?:sorry|apologies|excuse me|forgive me|new to (?:this|computers|tech))\b[^?]{0,80}?,?\s*\bbut\s+"
                      r"(?=(?:could|can|would|will|what|which|how|when|where|who|is|are|do|does|did|please|tell)\b)|"
                      r"^\s*(?:sorry|apologies|excuse me|forgive me)\b[^?]{0,100}?(?:\.\.\.|…|[.!;]|\s[-–—]\s)\s*(?=\S)|"
                      r"^\s*(?!(?:the|this|that|a|an|is|are|was|what|who|which|where|when|how|it)\b)(?:[\w'-]+\s+){0,1}[\w'-]+\s+(?:here|question)\s*[,:;-]\s*(?=\S)|^\s*i think (?:that )?(?=i (?:heard|saw|read)\b)|"
                      r"^\s*(?:[\w'-]+\s+)?(?:moderator|engineer|editor|producer|tourist|teacher|student|farmer|nurse|reviewer|tester|"
                      r"developer|archivist|journalist|parent|researcher|birdwatcher|admin|manager|lawyer|detective|guide|"
                      r"librarian|principal|videographer|adjuster)(?:\s+(?:review|check|note|request|question|here))?\s*[,:;-]\s*(?=\S)|"
                      r"^\s*for (?:a|an|the|my|our) (?:[\w'-]+\s+){0,2}(?:report|ticket|review|record|file|article|story|post|class|"
                      r"lesson|project|presentation|homework|archive|catalogue|catalog|paper|blog|notes)\s*[,:;-]\s*(?=\S)", re.I)
#: Statements after the question ("... if there is any? I'm not sure the sound works on my laptop", ", it's for a
#: radio transcript"): context, not part of what is asked.
#: Seeking a moment: "I'm trying to skip straight to the hedgehog, what second..." asks when the hedgehog is.
_SKIP_TO = re.compile(r"^\s*(?:(?:i'?m|i am|i'?d like|i|we'?re|we are|we)\s+)?(?:(?:trying|wanting|going|about|want|need|have)\s+to\s+|wanna\s+)?"
                      r"(?:skip|jump|go|fast[- ]?forward|scrub|seek|get|head|cue|rewind)(?:\s+(?:straight|right|directly|ahead))?"
                      r"\s+to\s+(?=(?:the|a|an|that|this|where|when)\b)(?!the (?:start|end|beginning|middle)\b)", re.I)
_AFTERWORD = re.compile(r"(?<=\?)\s+(?:i|i'm|i've|it's|its|my|we|we're|this is|that's|just|thanks|it is|it|making|doing|asking|"
                        r"working|trying|writing|preparing|cutting|editing|planning)\b[^?\"“”«»]*$|"
                        r",?\s*\b(?:can|could) (?:you|u) (?:check|confirm|help)(?: (?:it|that|this|for me|please))?\s*[?.!]*\s*$|"
                        r",?\s*\bif you (?:would|could|will)(?: be so kind| be so good| please)?\s*[?.!]*\s*$|"
                        r",?\s*\bsorry to (?:bother|trouble|ask)(?: you)?\s*[?.!]*\s*$|"
                        r",?\s*\b(?:it's|its|this is|that's) for (?:a|an|my|our|the|some) [^?.!,]*[.!]?\s*$", re.I)
#: A greeting sentence, a reason before "so <the request>", a dispute to settle, and a vocative at a clause's end:
#: "Good morning. ...", "My hearing is not what it once was, so I wonder whether ...", "settle a dispute for me:",
#: "..., dear?" - none of it is the question.
_GREETING = re.compile(r"^\s*(?:good (?:morning|afternoon|evening|day)|hello there|hi there|greetings|dear (?:assistant|sir|madam))"
                       r"(?:\s+\w+)?\s*[.!,:]\s*", re.I)
_SO_ASK = re.compile(r"^[^?]{8,160}?,\s*so\s+(?=(?:i (?:wonder|was wondering|would like to know|want to know|need to know)|"
                     r"(?:could|can|would|will) you|please|tell me|what|which|when|how|is there|are there|does|do)\b)", re.I)
_DISPUTE = re.compile(r"^\s*(?:(?:please|kindly|could you|can you)\s+)?(?:help (?:me |us )?)?settle (?:a|an|this|our|my) (?:small |little |"
                      r"friendly )?(?:dispute|argument|debate|bet|disagreement)(?: for (?:me|us))?\s*[:,;-]\s*", re.I)
_VOCATIVE = re.compile(r",\s*(?:dear|my dear|love|sweetie|honey|mate|buddy|pal|sir|madam|ma'am|please)\s*(?=[?.!,]|$)|"
                       r"^\s*i wonder,\s*(?:dear,\s*)?|(?<=\bi wonder),\s*dear,|\s+(?:please\s+)?(?:dear|my dear|love|sweetie|honey)\s*[?.!]*\s*$", re.I)
_WONDER = re.compile(r"\bi (?:wonder|was wondering|am wondering)\s+(?:whether|if)\s+you\s+(?:could|can|would|might)\s+"
                     r"(?:please\s+)?(?:tell me|let me know|say)\s*,?\s*(?:in your own words\s*,?\s*)?", re.I)
#: Someone else the answer is for, before the request: "My grandmother is blind, please tell her ...", "I couldn't quite
#: catch the voice in this one, could you ...", "for the campaign deck i need to know ...".
_FOR_SOMEONE = re.compile(r"^\s*(?:my|our) [\w' ]{1,25}? (?:is|are) (?:blind|deaf|visually impaired|hard of hearing|partially sighted)"
                          r"\s*[,.;:]\s*(?:so\s+)?(?:please\s+)?|^\s*i (?:couldn't|could not|can't|cannot|didn't|did not) (?:quite )?"
                          r"(?:catch|hear|make out|understand|follow|see)[^,?]{0,60},\s*|"
                          r"^\s*for (?:the|my|our|a|an) [\w' -]{1,30}? (?=i (?:need|want|have) to know\b)", re.I)
#: "tell her what ...", "tell an old man what ...": the answer, told to the asker.
_TELL_OTHER = re.compile(r"\btell (?:her|him|them|us|an? [\w']+(?: [\w']+)?|my [\w']+(?: [\w']+)?|the (?:class|kids|children|pupils|students|group|"
                         r"family|team|audience|viewers?)) (?=(?:what|which|when|how|if|"
                         r"whether|about)\b)", re.I)
_OR_NOT = re.compile(r"\bor (?:nah|nope|naw|no)\b", re.I)  # "in the vid or nah": a yes/no question
#: Seeking the player ("if I skip to 0:02", "pause it at 00:16", "jump to the end"): only a time, said as "at".
_SEEK = re.compile(r"\b(?:(?:if|when|once|say) (?:i|you|we|u) )?(?:skip|jump|go|fast[- ]?forward|scrub|seek|rewind|pause|stop|"
                   r"freeze)(?: (?:it|the video|the clip|playback|this))?(?: (?:ahead|back|forward))? (?:to|at|on)"
                   r"(?= (?:\d|the (?:very )?(?:start|beginning|end|middle)\b|around\b|about\b|roughly\b|second\b|minute\b))", re.I)

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(k for k in _UNITS if 0 < _UNITS[k] < 10) + r"))?|("
    + "|".join(_UNITS) + r"))\b(?=\s*(?:-\s*)?(?:s|sec|secs|seconds?|m|min|mins|minutes?)\b|\s+and\s+(?:a half\b|\d|"
    + "|".join(_UNITS) + "|" + "|".join(_TENS) + r"))", re.I)
_HALF = re.compile(r"\b(\d+) and a half\b|\bhalf a minute\b|\ba minute and a half\b|\ba couple of\b|\ba couple\b|"
                   r"\ba few\b|\ba minute\b", re.I)


def _numbers(text: str) -> str:
    """Number words before a unit as digits: "twenty-one seconds" -> "21 seconds"."""

    def digits(m: re.Match) -> str:
        if m.group(3):
            return str(_UNITS[m.group(3).lower()])
        return str(_TENS[m.group(1).lower()] + (_UNITS[m.group(2).lower()] if m.group(2) else 0))

    text = _NUMBER.sub(digits, text)

    def vague(m: re.Match) -> str:
        low = m.group(0).lower()
        if m.group(1):
            return f"{m.group(1)}.5"
        return {"half a minute": "30 seconds", "a minute and a half": "90 seconds", "a couple of": "2", "a couple": "2",
                "a few": "3", "a minute": "1 minute"}[low]  # fmt: skip

    # "a few seconds in", "a couple of seconds into it", "half a minute in" (not "a few seconds before the end")
    return re.sub(rf"(?:{_HALF.pattern})(?=\s*(?:(?:s|sec|secs|seconds?|m|min|mins|minutes?)\s+)?(?:in|into)\b)", vague, text,
                  flags=re.I)


def plain(question: str) -> str:
    """``question`` in the words the parser knows (case kept for every word not rewritten)."""
    text = english(" ".join(question.strip().split()))  # "cuántas palabras ...": the other language's words in English
    text = repaired(text)  # "whenn", "timess", "isthere"
    text = asides.strip(text)  # before the rules below read "my wife says" or "before" in an aside
    text = re.sub(r"\s*@\s*(?=\d)", " at ", text)  # "text @ 0:07"
    text = re.sub(r"(?:^|(?<=\s))#\s*of\b", "number of", text)  # "# of shots?"
    text = re.sub(r"\b1st\b", "first", text)
    text = re.sub(r"\bon camera\b", "on screen", text, flags=re.I)
    text = re.sub(r"^(.+?),\s*(?:it|that|this) (?:is|was) what\s*[?,.!]*\s*$", r"what is \1?", text, flags=re.I)  # French order
    text = re.sub(r"^(.+?),\s*(?:it|that) is about what\s*\??\s*$", r"what is \1 about?", text, flags=re.I)
    text = re.sub(r"(?<=[a-z]) n (?=[a-z])", " and ", text)  # "the word X is showing n someone talks"
    text = re.sub(r"\bhow many (photo|picture|image|slide|pic|scene|shot|cut)\b(?!s)", r"how many \1s", text, flags=re.I)
    text = re.sub(r"\bpitcher(s?)\b(?= (?:at|in|on|when|shown|is shown|that|of the|from)\b)", r"picture\1", text, flags=re.I)
    text = re.sub(r"\b(?:pause|stop|freeze) (?:it )?on the (?:very )?first frame\b", "at the very start", text, flags=re.I)
    text = re.sub(r"\b(?:pause|stop|freeze) (?:it )?on the (?:very )?(?:last|final) frame\b", "at the very end", text, flags=re.I)
    text = re.sub(r"\bsecond number (?=\w)", "second ", text, flags=re.I)  # "at second number eight"
    text = re.sub(r"\b(?:its|it's|the video's) (?=\w+(?:st|nd|rd|th) (?:second|minute)\b)", "the ", text, flags=re.I)
    text = re.sub(r"\bthe minute and (?:the )?second (?:when|at which)\b", "the time when", text, flags=re.I)
    text = re.sub(r"\bTRT\b", "total running time", text, flags=re.I)  # broadcast shorthand
    text = re.sub(r"\bt\s*=\s*(?=\d)", "", text)  # "t=7s"

    def word(m: re.Match) -> str:
        w = m.group(0)
        if w.isupper() and len(w) > 1 or len(w) == 1 and w != w.lower():  # on-screen words and letters stay as written
            return w
        low = w.lower()
        if low.endswith("'s") and low[:-2] in SPELLING and SPELLING[low[:-2]]:  # "vid's length" -> "video's length"
            return SPELLING[low[:-2]] + "'s"
        return SPELLING.get(low, w)

    text = re.sub(r"(?<![\w'])[A-Za-z][\w']*/?(?![\w'])", word, text)
    text = _VIDEO.sub("the video", text)
    text = re.sub(r"\ball told\b", "in total", text, flags=re.I)
    text = re.sub(r"\b(?:the|a|this) V\.?O\.?(?= |$|[?,.!])", "the voiceover", text)  # "transcribe the VO"  # "how many photographs all told": no one tells anything
    text = _OR_NOT.sub("or not", text)
    text = _SEEK.sub("at", text)
    for _ in range(2):
        text = _EDGES.sub(lambda m: m.group(0) if re.search(r"\b[A-Z]{2,}\b", m.group(0)) else  # "HELLO": an on-screen word
                          "" if m.start() == 0 else "?" if "?" in m.group(0) else "", text).strip()
    text = _REPORTED.sub("", text)
    text = _GREETING.sub("", text)
    text = _DISPUTE.sub("", text)
    text = _SO_ASK.sub("", text, count=1)
    text = _WONDER.sub("tell me ", text)
    text = _VOCATIVE.sub("", text).strip()
    text = re.sub(r"(?<=\S)\s*\bI would be (?:most |very |really )?grateful\b[^?]*$", "", text, flags=re.I)
    text = _FOR_SOMEONE.sub("", text, count=1)
    text = _TELL_OTHER.sub("tell me ", text)
    text = re.sub(r"\b(?:would|could|will) you be so (?:good|kind) (?:as to|to)\s+", "", text, flags=re.I)
    text = re.sub(r"\band (?:wants?|would like|needs?) to know (?=(?:what|which|when|how|if|whether)\b)", ", ", text, flags=re.I)
    text = re.sub(r"\b(?:right )?at the (?:very )?top of the (?:clip|video)\b", "at the start of the video", text, flags=re.I)
    text = _SKIP_TO.sub(lambda m: "" if re.search(r"[,;:?-]\s*(?:what|when|which|how|where|at what)\b", text[m.end():], re.I)
                        else "when is ", text, count=1)  # "skip straight to the hedgehog, what second is that": when
    text = asides.strip(text)  # "I must check the audio carefully. What ...", "Answer yes or no."
    for pattern in (_APOLOGY, _AFTERWORD, _PREAMBLE):  # the question itself, not who asks it or why
        rest = pattern.sub("", text, count=1).strip()
        text = rest if len(rest.split()) >= 2 else text
    text = _numbers(text)
    return " ".join(text.split()) or question.strip()
