"""Phrasings of the `blind41` split of the question bank (its truth: qa_bank_cases_blind41.py).

Written blind: by one helper that did not read the answering code, its tests, or any other split's phrasings, so
that the split measures how videochat copes with questions nobody tuned it for.

The voices: a farmer (plain, practical, short on patience and punctuation, thinks in chores and livestock), and a
Japanese speaker writing in careful, polite English who mixes romanised Japanese into two phrasings of each type
(sumimasen, nan desu ka, itsu, nanbyou, kotoba, shashin, douga, onegaishimasu ...).

Fields, filled in by qa_bank.py:
- times ("word at time", "shown at time"): {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
  {s_ord} "eighth" (the eighth second = 7-8 s);
- "order": {a} {b} (two on-screen words, upper case) and {a_low} {b_low} (lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", "a dog", "the red barn" ...);
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND41_HEAR: {word}.
"""

from __future__ import annotations

BLIND41_TEMPLATES = {
    "word at time": [
        "what word is up on the screen at {mmss}",
        "at {s} seconds in theres a word showing, what is it",
        "Sumimasen, {hhmmss} no tokoro de, which kotoba is written on the screen?",
        "need the word thats on screen around second {s_words}",
        "Please could you tell me the written word that appears during the {s_ord} second of this clip?",
        "Eeto... at {mmss}, nan desu ka, the word on screen? Onegaishimasu.",
        "stopped it at {s}s. word on the screen. what is it",
        "I would like to know: when the video reaches {hhmmss}, what text is displayed?",
    ],
    "shown at time": [
        "whats on the screen at {mmss}",
        "at {s} seconds what am i looking at",
        "Sumimasen, {hhmmss} de nani ga utsutte imasu ka? What is in the picture then?",
        "tell me what the picture is at second {s_words}, i was out feeding the stock and missed it",
        "Could you kindly describe what is pictured during the {s_ord} second?",
        "At {mmss}, shashin wa nan desu ka? What does the photo show?",
        "what shows up {s} seconds in",
        "Excuse me, I wish to know what can be seen on screen at the time {hhmmss}.",
    ],
    "spoken": [
        "what does the voice say",
        "anybody talking in this, what do they say",
        "Sumimasen, nan to itte imasu ka? What words are spoken in this douga?",
        "write down whats said in it for me, i cant hear it over the tractor",
        "Could you please tell me what is said in this video?",
        "Kikoeru kotoba wa? I mean, what does the speaker say, please.",
        "give me the spoken part word for word",
        "I am sorry to trouble you, but what is the narration saying?",
    ],
    "order": [
        "which comes up first {a} or {b}",
        "does {a_low} show before {b_low}",
        "Sumimasen, {a} to {b}, dochira ga saki ni demasu ka? Which one first?",
        "i need to know the order, {b_low} and {a_low}, which one was on screen earlier",
        "Could you tell me whether the word {a} is shown before the word {b}?",
        "{a} and {b}... dotchi ga hayai desu ka? Which appears first in the video?",
        "first one on screen out of {a_low} and {b_low}?",
        "Between the words {b} and {a}, which one does the video show first, please?",
    ],
    "shot count": [
        "how many shots are in it",
        "how many times does the picture cut to something else",
        "Sumimasen, shotto wa ikutsu arimasu ka? How many shots does this video have?",
        "count the scenes for me",
        "Could you please tell me the number of separate scenes in this clip?",
        "Kono douga, how many cuts... I mean how many times does the scene change?",
        "number of shots start to finish?",
        "I would like to know how many different shots the video is made of.",
    ],
    "first appearance": [
        "when does {word} first come up",
        "at what time do we first see {word_low} on the screen",
        "Sumimasen, {word} wa itsu hajimete demasu ka? What time, please?",
        "how far in is it before the word {word_low} shows",
        "Could you tell me the moment when the word {word} appears for the first time?",
        "{word_low} to iu kotoba, itsu? When is it first on screen?",
        "first time {word} is on screen, what second",
        "Please tell me how many seconds into the video the word {word} is first displayed.",
    ],
    "word count": [
        "how many different words come up on screen",
        "count the words shown, each one once",
        "Sumimasen, gamen ni kotoba wa ikutsu demasu ka? Different words only, please.",
        "how many separate words does it put up, not counting repeats",
        "Could you tell me the number of distinct words that appear on screen in this video?",
        "Chigau kotoba, nanko? How many different written words are there?",
        "total of different words on the screen?",
        "I would be grateful to know how many unique words are displayed throughout the video.",
    ],
    "presence": [
        "is there {thing} in it",
        "any sign of {thing} anywhere in this",
        "Sumimasen, {thing} wa arimasu ka? Yes or no, please.",
        "i only care if {thing} turns up, does it",
        "Could you please tell me whether {thing} appears in this video?",
        "{thing}, miemasu ka? Is it in the video at all?",
        "yes or no: {thing}",
        "Please check for me if the video contains {thing}.",
    ],
    "visual when": [
        "when is {thing} on the screen",
        "at what point do we get {thing}",
        "Sumimasen, {thing} wa itsu utsurimasu ka? At what time?",
        "how far in do i need to skip to see {thing}",
        "Could you tell me at which time {thing} can be seen?",
        "Itsu desu ka... {thing}, when does it appear in the video?",
        "time for {thing}?",
        "I would like to find {thing}; please tell me when it is shown.",
    ],
    "duration": [
        "how long is {thing} on screen",
        "for how many seconds do we see {thing}",
        "Sumimasen, {thing} wa nanbyou gurai utsutte imasu ka? How long?",
        "{thing} stays up for how long",
        "Could you please tell me how long {thing} remains visible?",
        "Nanbyou desu ka? I mean how many seconds is {thing} shown, please.",
        "seconds of {thing}?",
        "I am curious about the length of time that {thing} is displayed in the video.",
    ],
    "people count": [
        "how many people are in it",
        "any folk in this, how many",
        "Sumimasen, hito wa nan-nin imasu ka? How many people?",
        "count the people for me, most you see at one time",
        "Could you tell me the number of people who appear in this video?",
        "Nan-nin desu ka? How many persons can be seen in the douga?",
        "number of people on screen?",
        "I would like to know how many people are shown, at the most at once.",
    ],
    "cross said": [
        "what does the voice say while {thing} is up",
        "when {thing} is showing what are they saying",
        "Sumimasen, {thing} ga utsutte iru toki, nan to itte imasu ka?",
        "whats being said at the same time as {thing} is on screen",
        "Could you tell me what is spoken during the time {thing} is shown?",
        "{thing} no aida ni... what words does the speaker say?",
        "speech over {thing}?",
        "Please tell me the words that are heard while the video shows {thing}.",
    ],
    "cross shown": [
        "whats on screen when they say {phrase}",
        "when the voice goes '{phrase}' what are we looking at",
        "Sumimasen, '{phrase}' to iu toki, gamen ni nani ga arimasu ka?",
        "somebody says {phrase}, what picture is up then",
        "Could you tell me what is being shown at the moment the words '{phrase}' are spoken?",
        "'{phrase}'... sono toki, what is on the screen, please?",
        "picture during '{phrase}'?",
        "I would like to know what can be seen while the speaker says \"{phrase}\".",
    ],
    "unanswerable": [
        "whos the farmer that owns this place",
        "what did it cost to make this video",
        "Sumimasen, kono douga o totta hito no namae wa nan desu ka? Who filmed it?",
        "what was the weather doing outside when they shot this",
        "Could you tell me what happens after the video ends?",
        "Kamera wa nan desu ka? Which brand of camera was used to record this?",
        "what day of the week was this put together",
        "Please tell me the home address of the person who made this video.",
    ],
    "open": [
        "whats this video about",
        "give me the gist of it, short",
        "Sumimasen, kono douga wa nan no douga desu ka? Please describe.",
        "tell me whats in this so i know if its worth watching",
        "Could you please describe this video for me?",
        "Naiyou o oshiete kudasai. What is in the video, generally?",
        "sum it up",
        "I would appreciate a short summary of what this video contains.",
    ],
}

# "shot count" phrasings that ask for the cuts / scene changes (the answer is shots - 1).
BLIND41_CUT_PHRASINGS = {
    "how many times does the picture cut to something else",
    "Kono douga, how many cuts... I mean how many times does the scene change?",
}
# "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND41_ORDER_YESNO = {
    "does {a_low} show before {b_low}",
    "Could you tell me whether the word {a} is shown before the word {b}?",
}

BLIND41_START_WORD = "what word is on the screen right when it starts"
BLIND41_MIDDLE_WORD = "Sumimasen, douga no mannaka gurai, which word is on the screen about halfway through?"
BLIND41_END_WORD = "Could you tell me the word that is showing at the very end of the video?"
BLIND41_HEAR = "does anybody actually say {word} out loud in this"
BLIND41_VIDEO_LENGTH = [
    "how long is it",
    "Sumimasen, kono douga wa nanbyou desu ka? How long is the whole video?",
    "Could you tell me the total length of this video, please?",
    "start to finish how many seconds",
]

# The photos-B41 slideshow's own questions (truth in qa_bank_cases_blind41.py).
BLIND41_FIRST_PHOTO = "whats the first picture it opens on"
BLIND41_HALFWAY_PHOTO = "Sumimasen, halfway through the video, nan no shashin desu ka? What is shown then?"
BLIND41_LAST_PHOTO = "Could you tell me what the last picture in this video shows?"
BLIND41_PHOTO_COUNT = "how many pictures does it go through"
BLIND41_HORNS = "is there an animal with horns in any of the pictures"
BLIND41_GOAT_PRICE = "what would that goat fetch at market, how much"
BLIND41_SHEEP_OWNER = "Could you tell me the name of the farmer who owns the sheep?"
BLIND41_HENS_DATE = "Sumimasen, the chickens' photo, itsu totta no desu ka? On what date was it taken?"
