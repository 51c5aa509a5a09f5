"""Phrasings of the `blind16` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings (only the field list of blind4's docstring and the attribute names a split
defines were looked at). Voices of people who would really type these: a school principal checking a student's
upload, a bored teenager doing homework, a sound engineer ("the VO", "the audio track"), a tourist, a platform
moderator reviewing uploads, someone whose first language is Spanish (half-Spanish, half-English questions);
typos, the subject at the end, two-part questions, vague times, imperatives, negations.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND16_TEMPLATES = {
    "word at time": [
        "Principal here. A student handed this in. What word is displayed at {mmss}?",
        "ugh homework. wat word is on the screen at like {s} seconds",
        "At {hhmmss} there is some text over the picture - which word is it?",
        "which word is written on screen during the {s_ord} second?",
        "hola, I need the word that is in the screen at the second {s}, please",
        "{mmss}: what's the on-screen word right there?",
        "tell me the word showing around {s_words} seconds in",
        "moderator check - the text on screen at {mmss}, what does it say? just the word",
    ],
    "shown at time": [
        "what's in the picture at {mmss}?",
        "tourist here, at {s} seconds what am I looking at?",
        "Describe the frame at {hhmmss} for me.",
        "moderator review: what is visible on screen in the {s_ord} second?",
        "en el segundo {s}, what is the image showing?",
        "whats on screen {s_words} seconds in, quick",
        "Pause at {mmss}. What does the image show?",
        "i skipped to {mmss}, what photo is up",
    ],
    "spoken": [
        "can you transcribe the VO for me",
        "What does the voice on the audio track actually say? word for word if you can",
        "Principal here - is anything said out loud in this, and what exactly?",
        "what r they even saying in this",
        "dime qué dice la voz... what words does the narrator say?",
        "Spoken content please: everything the narrator says.",
        "i cant play sound rn, what's being said?",
        "As a moderator I need the speech in this clip written out.",
    ],
    "order": [
        "which comes up first on screen, {a} or {b}?",
        "does {a} show up before {b}?",
        "{a} and {b} both appear in the video. Which one is earlier?",
        "is {b_low} shown after {a_low}? yes or no",
        "on-screen words {b} and {a}: which do we see first?",
        "in what order do {a} and {b} appear",
        "primero {a} o {b}? which word is shown first",
        "Tell me which of the two words, {a_low} or {b_low}, is on screen earlier.",
    ],
    "shot count": [
        "how many shots are in this video?",
        "editor here, how many cuts are there in total?",
        "how many different scenes does the video have",
        "count the shots for me pls",
        "how many times does the picture change to a new shot?",
        "cuántas tomas? how many separate shots does it have",
        "Number of shots, as a single number.",
        "How many distinct shots make up this clip, start to finish?",
    ],
    "first appearance": [
        "when does {word} first appear on screen?",
        "at what time do we first see the word {word}?",
        "{word_low} - when does that word pop up first?",
        "timestamp of the first time {word} is on screen pls",
        "Is {word} on screen at some point, and if so when does it first show up?",
        "en qué momento aparece {word} por primera vez? the time please",
        "moderator: I need the earliest timestamp where the text {word} is visible",
        "how far into the video before {word} shows up?",
    ],
    "word count": [
        "how many different words appear on screen?",
        "Count the distinct words written on the screen.",
        "Principal here: how many separate words are shown in the on-screen text of this video?",
        "how many unique words pop up on screen in total, not counting repeats",
        "cuántas palabras distintas... how many different words show on the screen?",
        "number of distinct on-screen words?",
        "bored. just tell me how many diff words show up on the screen",
    ],
    "presence": [
        "is there {thing} anywhere in this video?",
        "does {thing} show up at any point? yes or no",
        "moderator check: do we ever see {thing}?",
        "I'm looking for {thing}. Is it in there?",
        "hay {thing} en el video? I mean, does it appear",
        "{thing}: present in the video or not?",
        "quick q, can you spot {thing} in the video",
        "Does the video contain {thing}, or doesn't it?",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "at what point in the video can you see {thing}?",
        "tourist here, when do they show {thing}?",
        "give me a timestamp where {thing} is visible",
        "{thing} - what time does it appear?",
        "en qué momento se ve {thing}? when exactly",
        "moderator: I need the time range when {thing} is visible",
        "whens {thing} in this",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "for how many seconds can you see {thing}?",
        "sound guy here, I need to time it: how long does {thing} stay up?",
        "{thing} stays visible for how long?",
        "cuánto tiempo está {thing} en pantalla? in seconds",
        "what's the on-screen duration of {thing}",
        "how many seconds is {thing} visible for, roughly",
    ],
    "people count": [
        "what is the largest number of people on screen at the same time?",
        "whats the max number of people visible at once",
        "how many ppl can u see on screen at the same time, max",
        "moderator: highest number of people on screen simultaneously?",
        "cuántas personas se ven a la vez? the most at once",
        "At the busiest moment, how many people are on screen?",
        "Principal here. Counting only people visible in the same frame, what's the biggest number?",
    ],
    "cross said": [
        "what is said while {thing} is on screen?",
        "while {thing} is showing, what does the narrator say?",
        "sound engineer: what's on the VO during {thing}?",
        "what are they saying when {thing} is up",
        "mientras se ve {thing}, qué dice la voz? what's said",
        "During {thing}, is anything spoken, and what is it?",
        "{thing} is on screen - what words are spoken at that moment?",
    ],
    "cross shown": [
        "what's on screen when the voice says \"{phrase}\"?",
        "right when they say '{phrase}', what are we looking at",
        "At the moment the narrator says \"{phrase}\", what is shown?",
        "sound engineer: the VO line \"{phrase}\" - what's the picture under it?",
        "cuando dice \"{phrase}\", qué se ve en la pantalla?",
        "what do we see during the line \"{phrase}\"",
        "someone says \"{phrase}\". What's visible then?",
    ],
    "unanswerable": [
        "who is doing the voiceover? I need their full name for the credits",
        "how many views has this video got so far",
        "was the person who made this happy or sad while making it?",
        "why did they make this video in the first place",
        "what happens in it at {past_mmss}?",
        "cuánto costó hacer este video? how much money did it cost to make",
        "whats the phone number of whoever is talking",
        "what town does the narrator live in?",
    ],
    "open": [
        "give me a quick rundown of this video",
        "Principal here. Summarize what this video shows and says.",
        "what's this video about? both what's on screen and what's said",
        "tl;dr of the video pls",
        "Describe the whole video, start to finish.",
        "de qué se trata el video? a short summary please",
        "moderator review: describe everything in this upload",
    ],
}

# "shot count" phrasings that ask for the number of cuts / changes (shots - 1), not shots.
BLIND16_CUT_PHRASINGS = {
    "editor here, how many cuts are there in total?",
    "how many times does the picture change to a new shot?",
}
# "order" phrasings answered yes/no: yes exactly when {a} comes first ("is b shown after a" asks the same).
BLIND16_ORDER_YESNO = {
    "does {a} show up before {b}?",
    "is {b_low} shown after {a_low}? yes or no",
}

BLIND16_START_WORD = "what word is on screen right off the bat?"
BLIND16_MIDDLE_WORD = "about halfway through, which word is showing?"
BLIND16_END_WORD = "as it wraps up, what word is on the screen?"
BLIND16_HEAR = "does anybody actually say the word \"{word}\" out loud in the audio?"
BLIND16_VIDEO_LENGTH = [
    "how long is the whole video?",
    "whats the total runtime",
    "sound engineer here: how long does the video run overall, start to end?",
    "cuánto dura el video completo? the total length please",
]

# The photos-V slideshow's own questions.
BLIND16_FIRST_PHOTO = "tourist here - right at the start, what's the very first picture of?"
BLIND16_HALFWAY_PHOTO = "about halfway through the slideshow, which photo is up?"
BLIND16_LAST_PHOTO = "as it wraps up, what is the last photo showing?"
BLIND16_PHOTO_COUNT = "how many photos are in this slideshow altogether"
BLIND16_CHINESE = "is there any chinese writing in any of the pictures?"
BLIND16_MAN_NAME = "who is the man in the black and white photo? his name please"
BLIND16_CAP_COLOUR = "what colour is the cap the man is wearing in the old photo?"
BLIND16_BARN_YEAR = "what year was that red barn built?"
