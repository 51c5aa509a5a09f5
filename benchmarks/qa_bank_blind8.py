"""Phrasings of the `blind8` split, written blind: without reading the answering code (videochat/llm/), its
tests, its docs or any other split's phrasings (only the names of the attributes a split module defines and
the list of template fields were looked at). Voices of several made-up users: a journalist fact-checking a
clip, a parent asking for a child, someone dictating by voice (no punctuation, run-on), a precise and wordy
researcher, a teenager typing shorthand; typos, the subject at the end, two-part questions, imperatives.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND8_TEMPLATES = {
    "word at time": [
        "fact-checking this clip: which word is printed on screen at {mmss}?",
        "my son wants to know what the word on the screen says at {s} seconds can you tell me",
        "what word is showing during the {s_ord} second",
        "ok so at {s_words} seconds in what word is written on the screen",
        "Please state, verbatim, the on-screen word visible at timestamp {hhmmss}.",
        "wat word is up on screen @ {s}s",
        "on screen at {mmss}, the word there, what is it",
        "pause it at {mmss} and read me the word",
    ],
    "shown at time": [
        "what picture is up at {mmss}?",
        "my daughter is asking what's in the photo at {s} seconds",
        "at {s_words} seconds in what are we looking at",
        "Briefly describe the image displayed at {hhmmss}.",
        "wats on screen @ {s} sec",
        "freeze it at {mmss} - what's in the picture",
        "I need to verify what is shown at {mmss} in this clip. What is it?",
    ],
    "spoken": [
        "what does the voice in this video actually say?",
        "type out everything that's said, word for word",
        "is anybody talking in this, and if so what do they say",
        "transcribe the speech pls",
        "my kid can't hear very well, can you tell me what the person is saying in it",
        "what gets said out loud in this one",
        "For my notes: what are the exact spoken words in this recording?",
        "so what are they saying in the audio part",
    ],
    "order": [
        "which shows up first on screen, {a} or {b}?",
        "does {a} come up before {b}?",
        "in what order do the words {a} and {b} appear",
        "{b_low} or {a_low} which one was on screen first",
        "Is it correct that {a} appears on screen earlier than {b}?",
        "put {a} and {b} in the order they appear on screen",
        "was {b} shown after {a}",
    ],
    "shot count": [
        "how many shots is this video made of?",
        "how many cuts are there",
        "count the scenes for me",
        "Number of distinct shots in the clip, please.",
        "how many times does the picture change to a new shot",
        "shots total?? how many",
        "For an edit log: how many separate shots does this video contain?",
    ],
    "first appearance": [
        "when does {word} first appear on screen?",
        "at what time do we first see the word {word}",
        "{word_low} - when does it first show up?",
        "how many seconds in before {word} first pops up",
        "I'm checking a timestamp: at what point is the word {word} first displayed?",
        "when do i first see {word_low} written on the screen",
        "give me the moment {word} first comes up",
    ],
    "word count": [
        "how many different words appear on screen?",
        "count the different words that show up on the screen",
        "how many distinct on-screen words are there in total",
        "Number of different words written on screen over the whole video?",
        "my kid wants to know how many different words pop up in this video",
        "hw many diff words come up on screen",
        "how many separate words get displayed on screen altogether",
    ],
    "presence": [
        "does {thing} appear in this video?",
        "do we ever see {thing}?",
        "can you confirm whether {thing} appears at any point",
        "{thing}, is that in there anywhere?",
        "does {thing} show up or not",
        "i cant spot {thing} in this, is it actually there",
        "Verify for me: does the footage contain {thing}?",
        "quick q is {thing} in it at all",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "at what time can you see {thing}",
        "{thing} - when does that show up?",
        "skip to {thing} for me, what's the timestamp",
        "Between which timestamps is {thing} visible?",
        "wen do we see {thing}",
        "tell me the time {thing} is shown",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "for how many seconds do we see {thing}",
        "how long does {thing} stay up on the screen",
        "On-screen duration of {thing}, in seconds?",
        "{thing} is visible for how long",
        "how much screen time does {thing} get",
        "hw long is {thing} shown for",
    ],
    "people count": [
        "how many people are in this video at the same time, at most?",
        "what's the most people you can see at once",
        "are there any people in it? how many at most at one time",
        "Maximum number of persons visible simultaneously in any single frame?",
        "how many ppl on screen at once max",
        "whats the largest number of people in a single frame",
        "count the people - the most that appear together in one frame",
    ],
    "cross said": [
        "what is being said while {thing} is on screen?",
        "what does the voice say during {thing}",
        "while we can see {thing}, what's said?",
        "Transcribe the speech heard while {thing} is visible.",
        "wat do they say when {thing} is up",
        "my mum wants to know what the person says at the time {thing} is showing",
        "what's the narration over {thing}",
    ],
    "cross shown": [
        'what is on screen when someone says "{phrase}"?',
        'when the voice says "{phrase}", what are we looking at',
        'what\'s showing at the moment you hear "{phrase}"',
        'Identify what is displayed while the words "{phrase}" are spoken.',
        "what is on the screen right when they say {phrase}",
        'they say "{phrase}" at some point - what\'s shown then?',
        '"{phrase}" - what can you see on screen as that line is said?',
    ],
    "unanswerable": [
        "what's the name of the person who made this video?",
        "why did they make this video",
        "what happens at {past_mmss}?",
        "what is the speaker's name",
        "how much did it cost to make this video",
        "what's said after minute {past_min}",
        "what is the speaker wearing while they talk",
    ],
    "open": [
        "what's this video about?",
        "give me a rundown of everything in it, what's shown and what's said",
        "summarize the clip for me",
        "Describe the content of this video in detail, both the visuals and the audio.",
        "wats going on in this vid",
        "my grandma can't see the screen, describe what happens in this video for her",
        "tell me what you see and hear in this",
    ],
}

BLIND8_CUT_PHRASINGS = {BLIND8_TEMPLATES["shot count"][1], BLIND8_TEMPLATES["shot count"][4]}
# yes iff {a} is first: "does a come before b", "is a earlier than b", "was b shown after a"
BLIND8_ORDER_YESNO = {BLIND8_TEMPLATES["order"][1], BLIND8_TEMPLATES["order"][4], BLIND8_TEMPLATES["order"][6]}

BLIND8_VIDEO_LENGTH = [
    "how long is this video?",
    "whats the total runtime",
    "Total length of the clip in seconds, please.",
    "how many seconds does this whole thing last",
]
BLIND8_START_WORD = "the very first word on screen when it starts, what is it"
BLIND8_MIDDLE_WORD = "about halfway through what word is up on the screen"
BLIND8_END_WORD = "right before it finishes, which word is on the screen?"
BLIND8_HEAR = 'does anyone say "{word}" out loud at any point?'

# The slideshow's own questions (photos-N in qa_bank_cases.py).
BLIND8_FIRST_PHOTO = "what's the very first picture in the slideshow"
BLIND8_HALFWAY_PHOTO = "halfway through the video what picture is up"
BLIND8_LAST_PHOTO = "which photo does it end on?"
BLIND8_PHOTO_COUNT = "how many photos are in this slideshow altogether?"
BLIND8_PEG = "is there a clothes peg clipped onto the plant?"
BLIND8_PLANT_HEIGHT = "how tall is that potted plant in real life, in cm"
BLIND8_WEBCAM_PRICE = "how much did those webcams cost"
BLIND8_PHOTOGRAPHER = "who took these photos"
