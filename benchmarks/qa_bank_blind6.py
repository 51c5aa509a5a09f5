"""Phrasings of the `blind6` split, written blind: without reading the answering code (videochat/llm/), its
tests, its docs, or any other split's phrasings (only the field list of qa_bank_blind4.py's docstring and
the names its module defines were looked at), and never run through the answering code while written.
Many voices: a non-native speaker, a busy person's terse notes, a curious kid, a careful reviewer; typos,
slang, the subject at the end, two-part questions, vague times, imperatives, a negated question.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND6_TEMPLATES = {
    "word at time": [
        "at {mmss}, what's the word written on the screen?",
        "wat word do i see on screen around {s_words} seconds in",
        "text on screen @ {hhmmss}?",
        "Please tell me which word is displayed at second {s}.",
        "my teacher wants to know: what does the big word say at {s} seconds??",
        "In the {s_ord} second of the video, which word is written?",
        "freeze it at {mmss} - what word would I read there",
    ],
    "shown at time": [
        "what picture is up at {mmss}?",
        "at {s_words} seconds what am i looking at",
        "{hhmmss} - what's shown?",
        "Which photo is on the screen during the {s_ord} second?",
        "paused at {s}s. whats in the picture",
        "the image at {mmss}, what does it show exactly",
        "hey at {s} sec whats that on screen",
    ],
    "spoken": [
        "what does the voice say?",
        "transcribe everything that is said pls",
        "Is anybody talking? If so, what are they saying?",
        "audio - what's said, all of it",
        "what words do u hear spoken in this clip",
        "Tell me what the narrator says, word for word if you can.",
        "i have the sound off, what did they say",
    ],
    "order": [
        "which shows up first: {a} or {b}?",
        "does {a} come before {b}?",
        "{b} or {a}, which one appears earlier on screen",
        "Is the word {a_low} shown before the word {b_low}?",
        "order check: {a} / {b} - which is first?",
        "put {a} and {b} in the order they appear",
        "of the words {a} and {b}, which did they put on screen earlier",
        "am I right that {b} appears after {a}?",
    ],
    "shot count": [
        "how many shots are there?",
        "how many cuts in this video",
        "number of scenes?",
        "How many times does the video cut to a different shot?",
        "count the separate shots for me",
        "how many different camera shots does the video have",
        "Shots total - how many?",
    ],
    "first appearance": [
        "when does {word} first appear on screen?",
        "at what time does the word {word_low} show up for the first time",
        "{word} - first seen at?",
        "find the first moment the text {word} is visible",
        "How many seconds into the video is {word} written on the screen for the first time?",
        "wen does it first say {word} on screen",
        "give me the timestamp where {word} pops up first",
    ],
    "word count": [
        "how many different words appear on the screen?",
        "count the distinct words shown on screen",
        "On-screen words: how many distinct ones?",
        "How many separate words does the video display, not counting anything spoken?",
        "how many words pop up in total (each different word once)",
        "number of unique words written in the video?",
        "list the words shown on screen and tell me how many there are",
    ],
    "presence": [
        "is there {thing} anywhere in the video?",
        "do we ever see {thing}",
        "{thing} - in there or not?",
        "Can you check whether {thing} appears at any point?",
        "quick yes or no: {thing} on screen?",
        "i don't think {thing} is in it... is it?",
        "Does {thing} show up at all? just want to know before I watch",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "at what point do we see {thing}",
        "{thing}: what time?",
        "Find the moment {thing} is shown and give me the timestamp.",
        "when does {thing} come up",
        "wich part of the video has {thing} in it, time please",
        "I'm looking for {thing} - roughly when is it visible?",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "for how many seconds can you see {thing}",
        "{thing} stays up for how long?",
        "Duration of {thing} on screen, please.",
        "how much time does {thing} stay visible before it goes away",
        "how long do they keep {thing} on screen",
        "is {thing} shown for long? how many seconds exactly",
    ],
    "people count": [
        "what's the largest number of people on screen at the same time?",
        "how many ppl can you see at once, max",
        "Are there people in it? How many at most in one frame?",
        "max number of persons visible together?",
        "how many humans are in the picture at any one moment, at most",
        "count the people - the most you see at once",
        "at its most crowded, how many people does the video show?",
    ],
    "cross said": [
        "what is said while {thing} is on screen?",
        "when {thing} is showing, what does the voice say",
        "{thing} is up - what do we hear at that moment?",
        "What's spoken during {thing}?",
        "tell me the words said at the same time as {thing} appears",
        "while we see {thing}, whats the person saying",
        "Any speech while {thing} is visible? what is it?",
    ],
    "cross shown": [
        "what's on screen when they say \"{phrase}\"?",
        "when the voice says '{phrase}', what do we see",
        "\"{phrase}\" - what is shown right then?",
        "What is being displayed at the moment somebody says \"{phrase}\"?",
        "at the bit where you hear \"{phrase}\", whats on the screen",
        "someone says '{phrase}'. what's visible while that's said?",
        "Show me what's on screen during the words \"{phrase}\"",
    ],
    "unanswerable": [
        "what's the name of the person talking?",
        "what happens at {past_mmss}?",
        "who edited this and what software did they use",
        "what's the weather like outside where this was made",
        "whats shown at minute {past_min}",
        "How much did the camera that filmed this cost?",
        "what is the narrator's phone number",
    ],
    "open": [
        "what is this video about?",
        "give me a quick summary of the video",
        "describe what happens, start to finish",
        "tl;dr of this clip?",
        "Could you walk me through the video? What's shown and what's said?",
        "explain this video to me like I'm 10",
        "what's going on in here",
    ],
}

# "shot count" phrasings that count the changes between shots (one fewer than the shots).
BLIND6_CUT_PHRASINGS = {BLIND6_TEMPLATES["shot count"][1], BLIND6_TEMPLATES["shot count"][3]}
# "order" phrasings answered yes/no: yes when {a} is first.
BLIND6_ORDER_YESNO = {BLIND6_TEMPLATES["order"][1], BLIND6_TEMPLATES["order"][3], BLIND6_TEMPLATES["order"][7]}

# How long the whole video is, one per case in turn.
BLIND6_VIDEO_LENGTH = [
    "how long is this video in total?",
    "total runtime pls",
    "Whats the length of the whole clip, in seconds?",
    "how many seconds does the entire thing run",
]
BLIND6_START_WORD = "what word is on screen at the very beginning?"
BLIND6_MIDDLE_WORD = "right in the middle of the video, which word is showing?"
BLIND6_END_WORD = "in the last couple of seconds, which word is up on screen?"
BLIND6_HEAR = "does anyone actually say the word \"{word}\" out loud?"

# The photos-L slideshow's own questions (its truth: qa_bank_cases.py).
BLIND6_FIRST_PHOTO = "at the very beginning, what photo do they show?"
BLIND6_HALFWAY_PHOTO = "what picture is up right at the halfway mark"
BLIND6_LAST_PHOTO = "which image does it finish on?"
BLIND6_PHOTO_COUNT = "how many pictures in total does this slideshow go through?"
BLIND6_KEYBOARD = "is there a computer keyboard in any of the pictures?"
BLIND6_GIFT_INSIDE = "what's inside the blue present?"
BLIND6_HOLDER_NAME = "who is the person hiding behind the checkerboard? name pls"
BLIND6_SHIRT_COLOUR = "the person with the checkerboard - what colour is their striped shirt?"
