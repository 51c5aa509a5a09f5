"""Phrasings of the `blind13` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings, and not run while they were written. Typed in several voices of its own:
a museum guide, a teenager texting fast, a translator whose English is formal and a little literal, a sleepy
night-shift worker, a detective asking pointed questions; typos, subject-last questions, two-part questions,
vague times, imperatives and negations.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND13_TEMPLATES = {
    "word at time": [
        "Excuse me, which word is displayed on the screen at {mmss}?",
        "yo wat word is up at {s}s",
        "At the {s_ord} second, please tell me the word that is written there.",
        "ok so about {s_words} seconds in theres a word on screen... what is it",
        "And here, at {hhmmss}, which word do we find written on the screen?",
        "{mmss}. The word on screen. What was it?",
        "too tired to squint, whats the word showing at {mmss}",
    ],
    "shown at time": [
        "what picture is up at {mmss}?",
        "At {s} seconds, what exactly is in the frame? Describe the image.",
        "what am i even looking at at {hhmmss}",
        "Kindly describe the photograph which is visible at the moment {mmss}.",
        "{s_words} seconds in - whats in the pic",
        "At the {s_ord} second, what is being shown?",
        "Tell me in a few words what the image at {mmss} shows.",
    ],
    "spoken": [
        "what does the voice say?",
        "Could you please transcribe what is pronounced aloud in this video?",
        "any1 talking?? what do they say",
        "Write down the spoken words for me.",
        "had the sound off on my shift. what did the narrator say",
        "What is being said in the audio? Word for word, if you can.",
        "Tell me exactly what the speaker said.",
    ],
    "order": [
        "which came first on screen, {a} or {b}?",
        "Does {a} appear before {b}?",
        "{a_low} and {b_low}... what order do they show up in",
        "Was the word {b} shown later than {a}?",
        "Put these in their order of appearance: {b}, {a}.",
        "first to pop up: {a} or {b}? which one",
        "I need the sequence. {a} then {b}, or the other way round? Name them in order.",
    ],
    "shot count": [
        "how many shots are there in this video?",
        "How many times does the picture cut to something else?",
        "count the scenes for me pls",
        "Of how many separate shots is this video composed?",
        "number of shots?? need it quick",
        "How many cuts are there in the whole thing?",
        "Is it one continuous shot? If not, how many shots are there?",
    ],
    "first appearance": [
        "when does {word} first show up?",
        "At what moment does the word {word} become visible for the first time?",
        "{word_low} - when's the first time it's on screen",
        "Timestamp of the first appearance of {word}, please.",
        "How far into the video before we first see {word}?",
        "when did {word} pop up first",
        "Tell me the moment the text {word} appears on screen for the first time.",
    ],
    "word count": [
        "how many different words appear on screen?",
        "How many distinct words are written on the screen in the whole video?",
        "count the on-screen words for me, the written ones",
        "What is the number of different words that are displayed in the video?",
        "how many words flash up on screen, all told? not the spoken ones",
        "Number of unique words shown on screen?",
        "I'm counting the words written on screen. How many different ones do you get?",
    ],
    "presence": [
        "does {thing} appear anywhere in the video?",
        "Do we ever see {thing}?",
        "{thing} - does it appear at all?",
        "does {thing} show up at any point or not",
        "Is {thing} visible in this video, yes or no?",
        "be honest, any sign of {thing} in there?",
        "Could you confirm whether {thing} appears in the video?",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "At what time can {thing} be seen?",
        "{thing} - what timestamp",
        "when do we get to {thing}?",
        "Skip me to {thing}: at what point in the video is it?",
        "From which second is {thing} visible?",
        "whens {thing} showing",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "For how many seconds does {thing} stay visible?",
        "{thing} stays up for how long",
        "How long do we get to see {thing} for?",
        "What is the duration during which {thing} is displayed?",
        "how many secs is {thing} visible",
        "Tell me how long {thing} lasts on screen.",
    ],
    "people count": [
        "how many people are in the video?",
        "What is the largest number of persons visible at the same time?",
        "how many ppl on screen at once, max",
        "Are there people in it? How many at most in one frame?",
        "Count the humans you can see at any one moment. What's the highest?",
        "how many people in frame at the same time, tops",
        "Number of people visible together at once?",
    ],
    "cross said": [
        "what is said while {thing} is on screen?",
        "While {thing} is visible, what does the voice say?",
        "what do they say during {thing}",
        "When we see {thing}, what is spoken at that moment?",
        "{thing} is up - what's the narrator saying then?",
        "Kindly report the words pronounced during the display of {thing}.",
        "what's being talked about when {thing} is showing",
    ],
    "cross shown": [
        "what is on screen when someone says \"{phrase}\"?",
        "When the voice says '{phrase}', what do we see?",
        "whats showing at the '{phrase}' part",
        "Right as \"{phrase}\" is spoken, what is displayed?",
        "{phrase} -- what's visible at that moment?",
        "At the moment the narrator says \"{phrase}\", tell me what is shown.",
        "they say \"{phrase}\" at some point. what's on screen right then",
    ],
    "unanswerable": [
        "what's the name of the person talking?",
        "Why did the author make this video?",
        "what happens at {past_mmss}?",
        "How much did it cost to make this video?",
        "how old is the person speaking",
        "What is said at minute {past_min}?",
        "what did whoever made this eat for breakfast lol",
    ],
    "open": [
        "what's this video about?",
        "Give me a summary of the entire video.",
        "describe everything that happens, start to finish",
        "tl;dr of this vid?",
        "Please, a short description of the contents of this video.",
        "too tired to watch it. what's in it",
        "Walk me through the video.",
    ],
}

BLIND13_CUT_PHRASINGS = {BLIND13_TEMPLATES["shot count"][1], BLIND13_TEMPLATES["shot count"][5]}
# "Was {b} shown later than {a}?" is yes exactly when {a} comes first, as the yes/no order truth expects.
BLIND13_ORDER_YESNO = {BLIND13_TEMPLATES["order"][1], BLIND13_TEMPLATES["order"][3]}

BLIND13_VIDEO_LENGTH = [
    "how long is this video?",
    "What is the total running time?",
    "length of the vid?",
    "how many seconds does the whole thing last",
]
BLIND13_START_WORD = "which word is on screen straight away, right at the start?"
BLIND13_MIDDLE_WORD = "around the halfway mark, what word is showing"
BLIND13_END_WORD = "In the last moments of the video, which word is written on the screen?"
BLIND13_HEAR = "i think i heard \"{word}\"... is that word actually spoken in it?"

# The photos-S slideshow's own questions (truth in qa_bank_cases.py).
BLIND13_FIRST_PHOTO = "what's the very first picture, the one it opens with?"
BLIND13_HALFWAY_PHOTO = "around halfway through, what photo is on screen"
BLIND13_LAST_PHOTO = "Which image closes the slideshow?"
BLIND13_PHOTO_COUNT = "how many photos does this slideshow have in total"
BLIND13_CAP_BRAND = "the black lens cap: is there a brand name written on it?"
BLIND13_PERSON_NAME = "who is the young person with the dots on their face? give me a name"
BLIND13_BUILDING_CITY = "In which city does this old apartment building stand?"
BLIND13_LAKE_DEPTH = "how deep is that lake"
