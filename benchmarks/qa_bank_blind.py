"""Phrasings of the question bank's `blind` split (its videos and truth: qa_bank_cases.py).

Written blind: whoever wrote them had never read the answering code (videochat/llm/) nor the other
splits' phrasings (of qa_bank_phrasings.py only its structure was looked at: the question types and
placeholder names; the few hand-written questions inside qa_bank_cases.py had been seen, reading it
for the truth format). Afterwards the phrasings were compared with the other splits' by text
similarity only to reword near-copies. They are meant to read like what people type: casual,
sometimes misspelt, with vague or indirect times and several sentence shapes.
The split is run once, to report, and not tuned on.

Placeholders as in qa_bank_phrasings.TEMPLATES: a time ``{mmss}`` (0:07), ``{s}`` (7), ``{hhmmss}``
(00:07), ``{s_words}`` (seven), ``{s_ord}`` (eighth: the second from 7 to 8 s); ``{a}``/``{b}``
(``{a_low}``/``{b_low}``) the two words of an order question; ``{word}`` (``{word_low}``); ``{thing}``
("the word BEAVER", "the flower", "a cat"); ``{phrase}`` a quoted bit of speech; ``{past_mmss}`` and
``{past_min}`` a time after the end.
"""

from __future__ import annotations

BLIND_TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "what word pops up on screen about {s} seconds in?",
        "at the {mmss} mark theres some text, what does it say",
        "umm at {hhmmss} there's a word in the middle of the screen, which one",
        "can u tell me the word showing at roughly {s_words} seconds",
        "Around the {s_ord} second, what's the text that's up?",
        "{s}s in - what text appears?",
        "So if I skip to {mmss}, what word would I be reading on screen?",
    ],
    "shown at time": [
        "{mmss} - what's that a photo of?",
        "whats being shown around {s} sec",
        "If I pause it at {hhmmss}, what am I looking at?",
        "describe what's on screen roughly {s_words} seconds in",
        "During the {s_ord} second, what photo is up?",
        "at {s}s what can you see in the vid",
        "tell me what image is displayed at the {mmss} point",
    ],
    "spoken": [
        "hey what is the voiceover saying",
        "can you hear anybody speak, and if so what are the words",
        "give me the spoken words pls",
        "What's the audio track got in it, speech-wise?",
        "write out whatever gets said, please",
        "anything said out loud in this clip? quote it",
        "whats the speech in it about",
        "Tell me what's said in the video, word for word if you can.",
    ],
    "order": [
        "{a} or {b} - which one pops up sooner?",
        "did {a_low} come before {b_low} or the other way round",
        "sort {a} and {b} by when they appear pls",
        "{b_low} vs {a_low}: which one is on screen earlier",
        "is {a} on screen earlier than {b}?",
        "does the word {b_low} appear after {a_low}?",
        "Tell me whether {a} or {b} is the earlier of the two.",
        "did i see {a_low} first or was it {b_low}?",
    ],
    "shot count": [
        "so how many scenes r there in total",
        "What's the shot count of this video?",
        "how many times does the scene change",
        "how often does it cut to a new shot",
        "into how many pieces is the video chopped up, scene-wise",
        "number of shots in this clip?",
        "so how many hard cuts happen",
    ],
    "first appearance": [
        "{word} appears at what time, first time round?",
        "at which point in the timeline do we first get {word_low}",
        "timestamp where {word} shows up for the first time?",
        "How far in do we get before '{word}' is displayed?",
        "{word_low} - when do we first see it on screen",
        "after how many seconds does {word} come up",
        "When's the first time the text {word} is visible?",
    ],
    "word count": [
        "in total how many words get put on screen?",
        "How many unique words can be read, overall?",
        "could you count the words written on screen",
        "how many pieces of text pop up during the clip",
        "what's the number of distinct captions displayed?",
        "how many words do we see written across the whole thing",
        "total count of words that get displayed?",
    ],
    "presence": [
        "i wonder if {thing} is in this. is it?",
        "{thing}, does it make an appearance?",
        "Do we get to see {thing} even once?",
        "can u spot {thing} in it",
        "any trace of {thing}?",
        "Does this video feature {thing}?",
        "{thing} in there y/n",
        "was {thing} visible at all?",
    ],
    "visual when": [
        "when exactly does it show {thing}?",
        "{thing} comes on at which point?",
        "What part of the video has {thing} in it? time pls",
        "gimme the timestamp of {thing}",
        "how far into the video do they have {thing} up",
        "tell me the seconds where {thing} is in view",
        "they show {thing} when?",
        "i'm looking for {thing}, what time is it on",
    ],
    "duration": [
        "how much screen time does {thing} get?",
        "How many seconds' worth of {thing} is there?",
        "how long before {thing} goes away again",
        "for how long can you see {thing}",
        "{thing}: how many secs is it up",
        "How long do they keep {thing} on the screen?",
        "does {thing} hang around long? like how many seconds",
    ],
    "people count": [
        "how many ppl we got in this?",
        "How many persons turn up in it?",
        "can u count the people in it",
        "is anybody in it? how many",
        "how many humans show up on camera",
        "people on screen: how many?",
        "what's the head count in the footage?",
    ],
    "cross said": [
        "while {thing} is up, do they say anything? what",
        "{thing} comes on - and what's said right then?",
        "what are the spoken words during {thing}",
        "what's the narrator saying when we can see {thing}",
        "anything spoken alongside {thing}? what",
        "What can you hear when {thing} is up?",
        "Tell me the words spoken over {thing}.",
    ],
    "cross shown": [
        "at some point there's \"{phrase}\" in the audio, what's on screen then?",
        "When the voice goes '{phrase}', what are we looking at?",
        "the bit where you hear '{phrase}' - what picture or word goes with it?",
        "while \"{phrase}\" is being said, what's visible",
        "What's visible while they speak the line '{phrase}'?",
        "someone says {phrase} - what's showing at that point",
        "what's up at the moment \"{phrase}\" is heard",
    ],
    "unanswerable": [
        "and what goes on at {past_mmss}?",
        "what's on screen around minute {past_min}",
        "who filmed this?",
        "What camera was this recorded on?",
        "how many views does this video have",
        "whos the person doing the voice, name?",
        "what did they have for breakfast that day lol",
        "which year was this made",
    ],
    "open": [
        "so what's this clip about, in a sentence or two",
        "Give me a quick summary.",
        "pls describe it for me",
        "tldr?",
        "So what happens in this video, start to finish?",
        "what's happening in this thing",
        "Can you sum up what's in the clip, both what's shown and what's said?",
    ],
}

# "shot count" phrasings that count cuts (the truth is shots - 1), and "order" phrasings answered
# yes/no (yes when {a} is first; "does {b} appear after {a}" is yes then too).
BLIND_CUT_PHRASINGS = {
    "how many times does the scene change",
    "how often does it cut to a new shot",
    "so how many hard cuts happen",
}
BLIND_ORDER_YESNO = {
    "is {a} on screen earlier than {b}?",
    "does the word {b_low} appear after {a_low}?",
}

# Hand-written questions, asked where the truth fits (qa_bank.py, qa_bank_cases.py).
BLIND_VIDEO_LENGTH = [
    "how long does it run for, start to end",
    "total running time pls",
    "How many seconds long is this clip?",
    "vid's length in secs?",
]
BLIND_START_WORD = "what word is up a bit after it starts?"  # the first word, when it is up from <= 1.5 s
BLIND_MIDDLE_WORD = "whats written on screen midway through"  # the word up at half the duration
BLIND_END_WORD = "towards the end, which word is on screen?"  # the word up 2 s before the end
BLIND_HEAR = "can you hear someone say {word} at any point?"  # a word of a spoken (yes) or unspoken (no) sentence

# The photo slideshow (photos-G) and the screen recording (greet-form).
BLIND_FIRST_PHOTO = "what's the very first picture?"
BLIND_LAST_PHOTO = "and the last photo it ends on, what is it"
BLIND_HALFWAY_PHOTO = "roughly halfway in whats on screen"
BLIND_PHOTO_COUNT = "how many diff pictures do they show?"
BLIND_SWEETS_PRICE = "how much did the sweets cost?"
BLIND_FORM_END = "what does the output box say right at the end"
BLIND_FORM_TYPING = "does anybody type something into the form?"
BLIND_FORM_SURNAME = "what's abubakar's surname"
BLIND_FORM_VOICE = "who is talking while they fill in the form?"
