"""Phrasings of the `blind27` split (its videos and truth: qa_bank_cases_blind27.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices type (or speak) these questions to a video assistant:

- a German-speaking museum guide: careful, slightly formal English with German word order now and then, who
  slips whole German sentences into two or three phrasings of each type (with an English gloss after them);
- a long-haul truck driver using voice dictation in the cab: no punctuation, no apostrophes, run-on sentences,
  and the homophones dictation produces ("seen" for "scene", "pitcher" for "picture", "there" for "their").

Fields (filled in by qa_bank.py):
- "word at time" / "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (as in "the eighth second", 7-8 s);
- "order": {a} {b} (two on-screen words, upper case) and {a_low} {b_low} (lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", "a dog", "the red barn");
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND27_HEAR: {word}; every other type and constant has no fields.
"""

from __future__ import annotations

BLIND27_TEMPLATES = {
    "word at time": [
        "Excuse me, which word is written on the screen at {mmss}? I need it for my tour notes.",
        "ok so at {s_words} seconds in what word is up on the screen i mean right at that point",
        "Welches Wort steht bei {mmss} im Bild? Which word is it, bitte?",
        "at the {s_ord} second there is a word showing on there what does it say",
        "Please tell me the word that one can read in the video at the timestamp {hhmmss}.",
        "need the word thats wrote on the screen at {s} seconds over",
        "The visitors asked me what the text on the screen is at second {s}. Ich weiß es nicht mehr, can you help?",
        "word on screen at {mmss} go ahead",
    ],
    "shown at time": [
        "What can one see in the picture at {mmss}, please?",
        "whats on the screen at {s_words} seconds like what is the picture of",
        "Bei {mmss}, was ist da zu sehen? What is pictured there?",
        "describe for me what the image is during the {s_ord} second",
        "I am preparing a label for the exhibit. Which object or animal appears in the photo at {hhmmss}?",
        "at {s} seconds what am i looking at there is a photo up i think",
        "Tell me what is being shown at {mmss} in this video.",
        "whats the pitcher at {s} seconds of",
    ],
    "spoken": [
        "What does the speaker say in this video?",
        "what are they saying in there i cant hear it over the engine",
        "Was wird hier gesagt? Please give me the spoken words.",
        "Could you write out for me the sentence that is spoken aloud?",
        "is anybody talking in this and if so what did they say",
        "Transcribe the speech for me, bitte, word for word.",
        "tell me what the voice says",
        "My English is not so perfect, so I would like to know: which words are heard in the audio?",
    ],
    "order": [
        "Which appears first on the screen, {a} or {b}?",
        "did {a_low} show up before {b_low}",
        "{a} und {b}: welches Wort kommt zuerst? Which one is first?",
        "of the words {a_low} and {b_low} which one did i see first",
        "Please put these two words in the order they appear: {a}, {b}.",
        "Is it correct that the word {a} is shown earlier than the word {b}?",
        "which came up earlier {a_low} or {b_low} i couldnt tell while driving",
        "Kommt {a} vor {b}? I mean, is {a} shown before {b}?",
    ],
    "shot count": [
        "How many shots does this video have?",
        "how many different seens are in this thing",
        "Wie viele Einstellungen hat das Video? How many shots, I mean.",
        "how many times does the picture cut to something else",
        "Please count the scenes for me; how many are there in total?",
        "How many cuts are there between the scenes?",
        "count the shots for me would ya",
        "I would like to know into how many separate shots the film is divided.",
    ],
    "first appearance": [
        "When does the word {word} appear for the first time?",
        "what time does {word_low} first pop up on the screen",
        "Ab wann sieht man das Wort {word}? At what time does it first appear?",
        "At which moment is {word} shown first? Please give the timestamp.",
        "how far in is it when i first see {word_low}",
        "tell me the first time {word_low} is on there",
        "The word {word} - from which second on is it visible?",
        "when do we first get {word} on screen",
    ],
    "word count": [
        "How many different words appear on the screen in this video?",
        "how many words total show up on screen not counting repeats",
        "Wie viele verschiedene Wörter werden gezeigt? How many distinct words?",
        "Please count the distinct words that are written in the video.",
        "how many different words did they put up in this clip",
        "Could you tell me the number of unique words one can read on the screen?",
        "count up the words on screen each one only once",
        "I need the number of different written words for the visitor sheet.",
    ],
    "presence": [
        "Is {thing} in this video?",
        "do you see {thing} anywhere in there",
        "Gibt es {thing} in dem Video? Yes or no, bitte.",
        "Does {thing} appear at any point?",
        "was there {thing} in it at all",
        "Please check whether {thing} can be seen or not.",
        "i think i seen {thing} in this am i write",
        "Tell me yes or no: {thing}, is it in the film?",
    ],
    "visual when": [
        "When is {thing} on screen?",
        "what time do you see {thing}",
        "Wann sieht man {thing}? At what time, please?",
        "At which part of the video does {thing} appear?",
        "how far in do they show {thing}",
        "Tell me the moment when {thing} is visible.",
        "i wanna skip to {thing} what time is that",
        "For my tour I must know: from when to when is {thing} shown?",
    ],
    "duration": [
        "How long is {thing} shown?",
        "how many seconds is {thing} up on the screen for",
        "Wie lange bleibt {thing} im Bild? How long, in seconds?",
        "For how much time can one see {thing}?",
        "how long do they keep {thing} on there",
        "Please tell me the duration that {thing} stays visible.",
        "{thing} how long is it on screen",
        "Is {thing} shown for long? Give me the number of seconds.",
    ],
    "people count": [
        "How many people are in this video?",
        "how many folks do you see in it at the most",
        "Wie viele Personen sind zu sehen? How many people?",
        "What is the largest number of people visible at one time?",
        "are there any people in this and how many",
        "Please count the persons who appear in the video.",
        "how many people are on screen at once max",
        "I count the visitors in every picture. How many humans are in this one?",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "when {thing} is up what are they saying",
        "Was hört man, während {thing} gezeigt wird? What is spoken then?",
        "Which words are spoken during the time that {thing} is visible?",
        "what does the voice say over {thing}",
        "Please tell me the speech that goes with {thing}.",
        "while {thing} is showing is anybody talking and what do they say",
        "During {thing}, what does the narrator say?",
    ],
    "cross shown": [
        "What is on screen when someone says \"{phrase}\"?",
        "when they say {phrase} whats showing",
        "Was sieht man, wenn \"{phrase}\" gesagt wird? What is shown at that moment?",
        "Which picture or word is visible while the words \"{phrase}\" are spoken?",
        "right when the voice says {phrase} what do i see on there",
        "Please describe what is shown as the voice says '{phrase}'.",
        "whats on the screen during the part {phrase}",
        "At the words \"{phrase}\", what does the video show?",
    ],
    "unanswerable": [
        "What is the name of the person who made this video?",
        "how much did it cost to make this",
        "In welcher Stadt wohnt der Sprecher? In what city does the speaker live?",
        "What camera was used to record this video?",
        "what happens after the video ends",
        "Who paid for this film, and how much money did they receive?",
        "what day of the week was this recorded on",
        "How old is the narrator, please?",
    ],
    "open": [
        "What is this video about?",
        "give me a quick rundown of whats in this",
        "Worum geht es in diesem Video? Please describe it in a few sentences.",
        "Describe the video for me, please.",
        "whats going on in this clip",
        "Could you summarize the content of this film for my museum visitors?",
        "tell me about this video",
        "I have not watched it yet. What happens in it?",
    ],
}

#: "shot count" phrasings that ask for cuts (= shots - 1).
BLIND27_CUT_PHRASINGS = {
    "how many times does the picture cut to something else",
    "How many cuts are there between the scenes?",
}
#: "order" phrasings answered yes/no (yes iff {a} shows first).
BLIND27_ORDER_YESNO = {
    "did {a_low} show up before {b_low}",
    "Is it correct that the word {a} is shown earlier than the word {b}?",
    "Kommt {a} vor {b}? I mean, is {a} shown before {b}?",
}

BLIND27_START_WORD = "what word is on the screen right at the beginning"
BLIND27_MIDDLE_WORD = "Welches Wort steht etwa in der Mitte des Videos? Which word is shown about halfway through?"
BLIND27_END_WORD = "which word do you see at the very end of the video just before it stops"
BLIND27_HEAR = "does anybody say the word {word} out loud in there"
BLIND27_VIDEO_LENGTH = [
    "How long is this video?",
    "how many minutes and seconds does this thing run",
    "Wie lang ist das Video insgesamt? The total length, please.",
    "whats the total run time of the clip",
]

# The slideshow's own questions (truth in qa_bank_cases_blind27.py).
BLIND27_FIRST_PHOTO = "What is in the very first photograph of this slideshow, please?"
BLIND27_HALFWAY_PHOTO = "what picture is up about halfway through"
BLIND27_LAST_PHOTO = "Und das letzte Bild? What does the last photo show?"
BLIND27_PHOTO_COUNT = "how many photos they got in this slide show"
BLIND27_TOWER = "Gibt es einen Turm in den Bildern? Is there a tower anywhere in the pictures?"
BLIND27_PENGUIN_NAME = "whats the penguins name"
BLIND27_CASTLE_ENTRY = "How many euros must one pay to go inside the castle?"
BLIND27_DOLPHIN_DATE = "what year was that dolphin photo took"
