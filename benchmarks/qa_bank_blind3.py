"""Phrasings of the `blind3` split of the question bank (videos and truth: qa_bank_cases.py).

Written blind, like qa_bank_blind2.py: by someone who had not read the answering code (videochat/llm/),
its tests or any other half's phrasings, only how a split is wired (qa_bank.py), the cases and the
checkers. The other halves' phrasings were compared with these only afterwards, by a text-similarity
script, to reword near-copies. They try to read like what people type: casual, terse or long-winded,
typos and shorthand, vague times, the thing asked about first; some questions cannot be answered from
a video's transcript at all (names, clothes, brands, feelings, the weather, times past the end).

Placeholders are filled in by qa_bank.Case.ask: {mmss} "0:07", {s} "7", {hhmmss} "00:07", {s_words}
"seven", {s_ord} "eighth" (the eighth second = 7-8 s), {word}/{word_low}, {a}/{b} and their _low forms,
{thing}, {phrase}, {past_mmss}/{past_min} (a time after the end).
"""

from __future__ import annotations

BLIND3_TEMPLATES = {
    "word at time": [
        "yo which word is on the screen by {mmss} or so",
        "in the {s_ord} second, what's written in big letters?",
        "around {s_words} seconds in theres a word on screen, what is it",
        "{hhmmss} - what's the text say there?",
        "Could you please tell me which word is displayed roughly {s} seconds into the video? Thanks!",
        "wat does it say on screen @ {s}s",
        "the caption at the {mmss} point, what word was that",
    ],
    "shown at time": [
        "what am i looking at, at {mmss}?",
        "at around {s_words} seconds what's up on screen",
        "{s}s in - describe what's showing pls",
        "during the {s_ord} second of it, which photo or scene is up",
        "what image is being shown at {hhmmss}",
        "whats visible roughly {s} sec into it",
        "I paused at {mmss}, what's that I'm seeing?",
    ],
    "spoken": [
        "the voiceover, what's it saying?",
        "can u tell me what's narrated in this",
        "Is anything said out loud? If so, what exactly?",
        "type out whatever gets spoken, word for word",
        "what words can be heard in the audio",
        "someone talks at some point, what do they say",
        "what's the narrator going on about, roughly",
    ],
    "order": [
        "first to appear: {a} or {b}?",
        "{a_low} vs {b_low} - which came earlier",
        "Out of {a} and {b}, could you tell me which one the video displays earlier?",
        "is {a} on screen before {b} is?",
        "did {a_low} come up earlier than {b_low}",
        "what order do {a} and {b} show up in",
        "saw {a_low} and also {b_low}, which one came up sooner",
    ],
    "shot count": [
        "how many diff scenes does it have",
        "How many different shots does the video have?",
        "how many times does the editing jump away to a different shot",
        "total hard cuts in it?",
        "how many distinct scenes can you count in it",
        "tally up the shots pls",
        "how many times does the picture switch completely",
    ],
    "first appearance": [
        "{word_low} first shows up when exactly?",
        "the word {word}, when?",
        "what time does {word_low} come on screen for the first time",
        "how far in does {word} appear on screen",
        "{word} - what's the timestamp where it first pops up",
        "Could you tell me the moment the text {word} first becomes visible?",
        "when do we first get to see {word_low} written",
    ],
    "word count": [
        "total number of words that get shown?",
        "different words flashing up - how many?",
        "can u count how many on-screen words there are",
        "How many captions appear over the course of the video?",
        "distinct words displayed: how many?",
        "how many bits of text show up",
        "how many words pop up during the clip",
    ],
    "presence": [
        "there's {thing} in this, right?",
        "ever get a glimpse of {thing}?",
        "at any point does {thing} turn up",
        "spotted any sign of {thing} in there?",
        "Can you check whether {thing} appears anywhere in the video?",
        "{thing}: yay or nay, is it in the vid",
        "I think I saw {thing}, is it actually in it?",
    ],
    "visual when": [
        "got a time for when {thing} is on?",
        "at which point in the clip is {thing} on display",
        "{thing}: when does it appear",
        "whereabouts in the video is {thing}? timestamp pls",
        "Could you give me the time at which {thing} is on screen?",
        "how far into the video is {thing} visible",
        "i wanna skip to {thing}, when is it",
    ],
    "duration": [
        "{thing} is on screen for how much time?",
        "{thing} remains up for roughly how many seconds before it goes",
        "{thing} stays up for how long",
        "does {thing} stick around long? give me the seconds",
        "What's the length of time that {thing} is displayed?",
        "how many secs is {thing} shown",
        "is {thing} up for long? how many seconds",
    ],
    "people count": [
        "people in the video: how many?",
        "how many ppl r there in this vid",
        "Roughly how many humans are visible at all?",
        "what's the headcount on screen",
        "is anyone in it? how many people",
        "can u count the people who appear",
        "in the footage, how many separate individuals turn up",
    ],
    "cross said": [
        "as {thing} sits on the screen, what gets said?",
        "during the bit with {thing}, what's the voice saying",
        "what's audible while {thing} is displayed",
        "is anything spoken while we see {thing}? what?",
        "What is being narrated at the moment {thing} is visible?",
        "{thing} is up - what's the audio saying then",
        "are there spoken words over {thing}, if so which",
    ],
    "cross shown": [
        "the line \"{phrase}\", what is visible when it's spoken?",
        "as soon as the voice gets to '{phrase}', whats in the picture",
        "at the exact moment of '{phrase}', what's displayed",
        "right when you hear \"{phrase}\", what's visible",
        "What appears on screen while the words '{phrase}' are spoken?",
        "{phrase} - what's showing when that gets said",
        "the narrator goes {phrase}... which thing is visible at that instant",
    ],
    "unanswerable": [
        "skip to {past_mmss}, what's going on there?",
        "at {past_min} minutes in what do we get",
        "who filmed this? name please",
        "what colour shirt is the narrator wearing",
        "which brand of camera was this filmed with",
        "what mood is the person talking in",
        "what was the weather like the day it was recorded",
        "btw who's the voice? like their actual name",
    ],
    "open": [
        "so what's the deal with this video",
        "sum it up for me real quick?",
        "pls describe everything in the vid",
        "Could you walk me through what happens in this clip?",
        "tl;dr of the video?",
        "what goes down in this thing",
        "summarise it in a couple of sentences",
    ],
}

# "shot count" phrasings that count cuts (a clip of n shots has n - 1), and "order" phrasings answered
# yes/no (yes when {a} comes first).
BLIND3_CUT_PHRASINGS = {
    "how many times does the editing jump away to a different shot",
    "total hard cuts in it?",
    "how many times does the picture switch completely",
}
BLIND3_ORDER_YESNO = {"is {a} on screen before {b} is?", "did {a_low} come up earlier than {b_low}"}
assert BLIND3_CUT_PHRASINGS <= set(BLIND3_TEMPLATES["shot count"])
assert BLIND3_ORDER_YESNO <= set(BLIND3_TEMPLATES["order"])

# Generated clips: vague times (asked only where the truth fits) and whether a word is heard.
BLIND3_START_WORD = "what word is up right after it kicks off"
BLIND3_MIDDLE_WORD = "in the middle bit, what does the text say"
BLIND3_END_WORD = "which word is showing in the closing moments"
BLIND3_HEAR = "does anybody actually say {word} out loud?"

# How long the whole video is, one per case in turn.
BLIND3_VIDEO_LENGTH = [
    "how long does this run for",
    "total run time in seconds?",
    "How many seconds does the clip last?",
    "whats the clip duration overall",
]

# Photo slideshow I (qa_bank_cases.py).
BLIND3_FIRST_PHOTO = "which pic comes up first of all"
BLIND3_HALFWAY_PHOTO = "whats showing about halfway through"
BLIND3_LAST_PHOTO = "the last pic it finishes with is what"
BLIND3_PHOTO_COUNT = "how many pics in total"
BLIND3_ROOSTER = "any chickens or roosters in there?"
BLIND3_GRAFFITI_ARTIST = "who's the artist behind the graffiti"

# opencv-doc's convolution animation.
BLIND3_CONV_SOUND = "can you hear anything in it at all?"
BLIND3_CONV_FILL = "does the yellow grid on the right get filled in as it goes?"
BLIND3_CONV_LANGUAGE = "what programming language is this written in"
BLIND3_CONV_VOICE = "what does the teacher explain out loud here"
