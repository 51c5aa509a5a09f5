"""Phrasings of the `blind5` split, written blind: without reading the answering code (videochat/llm/), its
tests, its docs, or any other split's phrasings (only the field list of qa_bank_blind4.py's docstring and
the names of its constants were looked at), and never run while written. Typed the way people type into a
chat box: terse and long, polite and sloppy, typos, vague times, imperatives, the subject last.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND5_TEMPLATES = {
    "word at time": [
        "{mmss} - what word's on the screen there?",
        "quick one: at {s}s which word is showing",
        "Could you please tell me what text is displayed at {hhmmss}?",
        "wat word shows up during the {s_ord} second",
        "I paused at {mmss} and there was a word on screen, which one was it?",
        "at about {s_words} seconds in, the word on screen is...?",
        "read me the on-screen word at {s} sec",
    ],
    "shown at time": [
        "what's in the picture at {mmss}?",
        "{s} seconds in, what am I looking at",
        "Hi! Could you describe what the photo shows at {hhmmss}, please?",
        "whats on screen at like {s_words} seconds",
        "during the {s_ord} second, which image is up?",
        "tell me what the slide at {s}s is of",
        "at {mmss}, what fills the screen?",
    ],
    "spoken": [
        "what do they say?",
        "can u write out everything that's spoken in the video",
        "Is there any speech? If so, what exactly is said?",
        "transcribe the audio for me",
        "i couldn't hear it properly, what was the voice saying",
        "give me the spoken words, word for word",
        "what does the narrator talk about",
    ],
    "order": [
        "which comes first, {a} or {b}?",
        "does {a} appear before {b}?",
        "{b_low} and {a_low}: which one did I see earlier",
        "put {a} and {b} in order of appearance",
        "so is {a_low} shown ahead of {b_low}, yes or no",
        "I think {b} came up before {a}, which one was really first?",
        "tell me the order: {a} vs {b}, which is on screen first",
    ],
    "shot count": [
        "shots?",
        "how many times does the picture cut to something new?",
        "How many separate shots or scenes does this video contain?",
        "count the scenes pls",
        "how many cuts are there in total",
        "is it one continuous take or several shots? how many?",
        "number of distinct shots in the clip?",
    ],
    "first appearance": [
        "when does {word} first pop up?",
        "at what time do we first see the word {word_low}",
        "{word}, first appearance timestamp?",
        "Could you tell me the earliest moment the text {word} is on screen?",
        "how far in until {word_low} shows up for the first time",
        "when's the first time {word} is written on screen",
        "give me the time {word} first appears",
    ],
    "word count": [
        "how many different words appear on screen",
        "count the words shown as text in the video, each only once",
        "How many distinct on-screen words are there in total?",
        "number of unique words that show up written on screen?",
        "how many words get flashed up on screen, not counting repeats",
        "words on screen: how many different ones",
        "can you tally up the different words written on screen?",
    ],
    "presence": [
        "does {thing} show up in this video?",
        "do we ever see {thing}",
        "{thing}, anywhere in this?",
        "Any sign of {thing} at all?",
        "I'm looking for {thing}, is that in here or not",
        "quick yes or no: at some point do we see {thing}?",
        "does the video include {thing}, can u check",
    ],
    "visual when": [
        "when is {thing} visible?",
        "at what point can I see {thing}",
        "timestamp for {thing}?",
        "Could you tell me when {thing} is shown?",
        "i want to skip to {thing}, what time is that",
        "when exactly does it show {thing}",
        "when do we get to {thing}",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "for how many seconds do we see {thing}",
        "how long do we get {thing} on screen",
        "Roughly how much screen time does {thing} get?",
        "{thing} is on screen for how many secs?",
        "duration of {thing} on screen?",
        "from when it shows up to when it's gone, how long is {thing} visible",
    ],
    "people count": [
        "how many people are in it",
        "what's the most people you can see on screen at once?",
        "How many people appear together at the same time, at most?",
        "count the humans in frame",
        "any people? how many at one time max",
        "number of persons visible at once?",
        "how many ppl are on screen at the busiest moment",
    ],
    "cross said": [
        "what's being said while {thing} is on screen?",
        "what does the voice say during {thing}",
        "When {thing} is showing, is anything spoken? What?",
        "while we're looking at {thing}, what do I hear",
        "tell me the words spoken over {thing}",
        "anything said at the same time as {thing}? quote it",
        "what's the narration when {thing} is up",
    ],
    "cross shown": [
        "what's on screen when they say \"{phrase}\"?",
        "when the voice says '{phrase}', what am I seeing",
        "What is shown at the moment someone says \"{phrase}\"?",
        "\"{phrase}\" - what's visible right then",
        "as '{phrase}' is said, what's on the screen",
        "which picture or word is up while we hear \"{phrase}\"",
        "they mention \"{phrase}\" at some point, what's showing at that moment?",
    ],
    "unanswerable": [
        "what's the name of the person speaking?",
        "what happens at {past_mmss}?",
        "what phone was this filmed on",
        "Why did the creator make this video?",
        "how many likes does this vid have",
        "what's on screen at minute {past_min}",
        "where was this recorded, which city",
    ],
    "open": [
        "what's this video about?",
        "sum it up for me",
        "Can you give me a short description of what happens in the video?",
        "describe what you see and hear",
        "tl;dr of the clip?",
        "what goes on in here, start to finish",
        "give me an overview: what's shown and what's said",
    ],
}

# "shot count" phrasings that ask for the cuts (one fewer than the shots) and "order" ones answered yes/no.
BLIND5_CUT_PHRASINGS = {BLIND5_TEMPLATES["shot count"][1], BLIND5_TEMPLATES["shot count"][4]}
BLIND5_ORDER_YESNO = {BLIND5_TEMPLATES["order"][1], BLIND5_TEMPLATES["order"][4]}

BLIND5_VIDEO_LENGTH = [
    "how long is the video",
    "total runtime?",
    "how many seconds does this whole thing run",
    "What's the overall length of the clip?",
]
BLIND5_START_WORD = "which word is up right at the very beginning"
BLIND5_MIDDLE_WORD = "what word's on screen about halfway through?"
BLIND5_END_WORD = "the word showing a couple seconds before the end, what is it?"
BLIND5_HEAR = "does anyone actually say \"{word}\" out loud?"

# photos-K's own questions
BLIND5_FIRST_PHOTO = "what's the very first photo of"
BLIND5_HALFWAY_PHOTO = "about halfway in, what picture is up?"
BLIND5_LAST_PHOTO = "what does the last picture show"
BLIND5_PHOTO_COUNT = "how many photos are there altogether"
BLIND5_BEARD = "the guy in it, does he have a beard?"
BLIND5_MAN_NAME = "what's the name of the guy in the white tee"
BLIND5_ALOE_AGE = "how old is that plant?"
BLIND5_NOTEBOOK_INSIDE = "what's written inside the black notebook"
