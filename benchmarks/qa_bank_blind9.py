"""Phrasings of the `blind9` split, written blind: without reading the answering code (videochat/llm/), its
tests, its docs or any other split's phrasings, and never run while they were written (only listed with
--list). Voices of their own: a teacher preparing a lesson, a commuter typing on a phone (lowercase,
abbreviations, slips), a lawyer (formal, hedged), a non-native speaker (odd word order and prepositions) and
a few sports-fan asides; vague times, two-part questions, imperatives, the subject put last.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND9_TEMPLATES = {
    "word at time": [
        "teacher here - for my worksheet I need the word that's displayed at {mmss}, which one is it?",
        "wat word is up at {s}s",
        "Please identify the word that appears on screen during the {s_ord} second.",
        "Which word is written at the screen in {hhmmss}?",
        "around {s_words} seconds in, what does the text on screen say",
        "freeze it at {mmss} - what's the word?",
        "{mmss} -> word on screen = ?",
    ],
    "shown at time": [
        "what pic is up at {mmss}",
        "pause at {s} seconds and describe what we're looking at",
        "For the record, what image is displayed at timestamp {hhmmss}?",
        "What is showing in the video during the {s_ord} second?",
        "at roughly {s_words} seconds what do u see",
        "my class will be watching at {mmss} - what will be on the screen then?",
        "What we see in {mmss}, which thing is in the picture?",
    ],
    "spoken": [
        "what does the voice actually say? word for word pls",
        "Transcribe the speech in this clip for me.",
        "had it on mute on the train, what did they say",
        "Could you set out, as precisely as possible, everything that is said aloud in the recording?",
        "Somebody is talking in this - what are they saying?",
        "don't describe the pictures, just give me the spoken part",
        "What is told in the audio, which sentences you hear?",
    ],
    "order": [
        "{a} or {b} - which one shows up first?",
        "does {a} come up before {b}?",
        "For the lesson I need the sequence: which appears earlier on screen, {a} or {b}?",
        "which was first {a_low} or {b_low}",
        "Is it correct that the word {a} is displayed prior to the word {b}?",
        "In which order come {a} and {b}? Which one is the first?",
        "between {b} and {a}, which gets onto the screen first?",
    ],
    "shot count": [
        "how many shots r in this",
        "How many separate shots make up the video?",
        "how many cuts are there? count them for me",
        "Kindly indicate the number of distinct shots contained in the footage.",
        "How many times does the picture change to a new shot?",
        "how many different scenes does it have, like total?",
        "How many shots there are in this video, from beginning until the end?",
    ],
    "first appearance": [
        "when does {word} first pop up?",
        "At what time does the word {word} first appear on screen?",
        "timestamp for the first time {word_low} shows up pls",
        "Please state the earliest point in the video at which {word} becomes visible.",
        "{word} - when do we first see it?",
        "From which second the word {word} is appearing the first time?",
        "I want to pause for my students the moment {word} first comes on screen - what time is that?",
    ],
    "word count": [
        "how many diff words show up on screen",
        "Not counting repeats, how many distinct words are displayed in the video?",
        "How many words are written on the screen in total, different ones?",
        "quick q: number of different on-screen words?",
        "Please state how many unique words appear as text on the screen.",
        "count the different words that flash up on screen for me",
        "how many separate words do they put up on the screen?",
    ],
    "presence": [
        "does {thing} turn up anywhere in this?",
        "Does {thing} appear at any point in the video?",
        "quick check, {thing} in this video at all?",
        "Can you confirm whether {thing} is shown at any point in the footage?",
        "You see {thing} somewhere in the video or no?",
        "any sign of {thing}?",
        "Is {thing} in there? yes or no",
    ],
    "visual when": [
        "when do we see {thing}?",
        "At what point in the video is {thing} visible?",
        "skip to {thing} - what time is that at?",
        "Please specify the time span during which {thing} is on screen.",
        "In what moment is {thing} showing in the video?",
        "timestamp where {thing} is on screen?",
        "my students only need the part with {thing}. when is it?",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "For how many seconds does {thing} stay visible?",
        "how long does {thing} stay up for",
        "Please state the length of time for which {thing} is displayed.",
        "How much time is {thing} shown, in seconds?",
        "{thing} is up for how long?",
        "I'm timing things for class: how many seconds does {thing} stay on screen?",
    ],
    "people count": [
        "how many people are in this?",
        "What's the largest number of people on screen at the same time?",
        "how many ppl can u see at once, max",
        "Please state the maximum number of persons visible simultaneously in any frame.",
        "How many persons are in the picture together at one time, maximum?",
        "how many humans are in shot at once, at most",
        "Count the people on screen for me - the most at any one moment.",
    ],
    "cross said": [
        "what's being said while {thing} is on screen?",
        "During the time {thing} is displayed, what does the narrator say?",
        "what do they say when {thing} is up",
        "Please transcribe the speech that accompanies {thing}.",
        "While we see {thing}, what words are spoken?",
        "{thing} is on screen - what's the voice saying at that moment?",
        "What is said in the same time {thing} is showing?",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"?",
        "At the moment the voice says '{phrase}', what can be seen?",
        "when they say {phrase} whats showing",
        "Please describe what is displayed at the point where the words \"{phrase}\" are spoken.",
        "When is said \"{phrase}\", which thing we see on the screen?",
        "\"{phrase}\" - what's up on screen right then?",
        "What was on the screen as the speaker said '{phrase}'?",
    ],
    "unanswerable": [
        "who's the narrator? I need their full name for the credits",
        "what happens at {past_mmss}?",
        "how much did it cost to make this clip",
        "Please state the reason the creator had for making this video.",
        "what happens in the next episode after this one",
        "What is the phone number of the person who speaks?",
        "What the speaker had for breakfast on that day?",
    ],
    "open": [
        "what's this video about? what's shown and what's said",
        "Give me a quick summary of the whole video: what's on screen and what's said.",
        "tldr of this clip? visuals + audio",
        "Please provide a complete account of the video's contents, both visual and spoken.",
        "Tell me everything what happens in this video, what we see and what we hear.",
        "Describe the video start to finish for my lesson plan, including anything the narrator says.",
        "sum it up for me, pictures and talking both",
    ],
}
BLIND9_CUT_PHRASINGS = {BLIND9_TEMPLATES["shot count"][2], BLIND9_TEMPLATES["shot count"][4]}
# "yes" when {a} is shown before {b}
BLIND9_ORDER_YESNO = {BLIND9_TEMPLATES["order"][1], BLIND9_TEMPLATES["order"][4]}

# How long the whole video is (one per case, in turn).
BLIND9_VIDEO_LENGTH = [
    "how long is this whole video",
    "What's the total running time, start to finish?",
    "Please state the full duration of the recording.",
    "How many seconds the video is in total?",
]
# The on-screen word at the start / in the middle / at the end (asked only where one word clearly holds it).
BLIND9_START_WORD = "right when it begins, which word is on the screen?"
BLIND9_MIDDLE_WORD = "roughly midway through, what word can u see"
BLIND9_END_WORD = "In the final seconds, what is the word shown on screen?"
# Whether a word is ever spoken.
BLIND9_HEAR = "does anybody actually say \"{word}\" out loud in it?"

# The photos-O slideshow's own questions (truth in qa_bank_cases.py).
BLIND9_FIRST_PHOTO = "which photo does the slideshow open with"
BLIND9_HALFWAY_PHOTO = "What picture is on screen roughly halfway through?"
BLIND9_LAST_PHOTO = "in the final seconds what pic does it end on"
BLIND9_PHOTO_COUNT = "How many photos are in the slideshow altogether?"
BLIND9_MOUNTAINS = "the picture with the cows - are there mountains behind them?"
BLIND9_KITTEN_NAME = "whats the kittens name lol"
BLIND9_TREE_AGE = "Approximately how old is the tree in the final photograph?"
BLIND9_COW_OWNER = "Who owns those cows? I would like the farmer's name."
