"""Phrasings of the `blind39` split (its videos and truth: qa_bank_cases_blind39.py).

Written blind, by one helper: without reading the answering code, its tests, or any other split's phrasings.
Two voices ask the questions:
- a sceptical journalist fact-checking a clip: precise, pointed, wants it on the record, distrusts guesses;
- a teenage gamer: slang, abbreviations (wat, u, r, rn, pls, b4, ngl, fr), no punctuation, typos; twice mixes
  in a little Dutch ("wat zie ik", "wat kwam eerst ... of ...").

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second = 7-8 s);
{a} {b} {a_low} {b_low} two on-screen words; {word} {word_low} an on-screen word; {thing} a word ("the word X")
or a photo; {phrase} a quote of part of a spoken sentence.
"""

from __future__ import annotations

BLIND39_TEMPLATES = {
    "word at time": [
        "For the record: at {mmss}, which word is printed on the screen? I need it verbatim.",
        "yo wats the word on screen at like {s} sec",
        "I'm checking a screenshot stamped {hhmmss}. What word did the video display at that exact point?",
        "at the {s_ord} second theres some text rite? wat does it say",
        "Confirm the on-screen word at {s_words} seconds in, please.",
        "ok so i paused at {mmss} n theres a word on it, wat is it lol",
        "Which word appears on screen at second {s}? Don't guess; if you can't tell, say so.",
        "brb screenshotting... nvm just tell me the txt showing at {hhmmss}",
    ],
    "shown at time": [
        "What exactly is pictured at {mmss}? Describe only what is visible.",
        "wat pic is up at {s}s",
        "A source claims a particular image appears at {hhmmss}. What is actually on screen then?",
        "during the {s_ord} second wat am i even looking at fr",
        "At {s_words} seconds in, what does the frame show?",
        "yo wat zie ik op {mmss}?? whats in the pic",
        "Tell me what the photo at second {s} depicts.",
        "screen at {hhmmss}, whats on it? person place thing whatever just say",
    ],
    "spoken": [
        "What is said in this video? Quote it exactly if you can.",
        "does any1 talk in this or nah? wat do they say",
        "Transcribe the spoken words for me.",
        "I need the audio on the record: which words are spoken, and nothing you inferred?",
        "wats the voice sayin lol",
        "Is there narration? If so, what does it say?",
        "ngl i had it muted, wat did they say",
        "Give me every line of speech in the clip, word for word.",
    ],
    "order": [
        "Which appeared first on screen: {a} or {b}?",
        "does {a_low} come b4 {b_low}",
        "My notes say {a} was shown before {b}. Is that accurate?",
        "{a_low} or {b_low} which 1 popped up first",
        "In what order were the words {a} and {b} shown?",
        "was {a_low} on screen earlier than {b_low} y/n",
        "Between {b} and {a}, tell me which one the video showed earlier.",
        "wat kwam eerst, {a_low} of {b_low}? like which was first",
    ],
    "shot count": [
        "How many distinct shots does this video contain?",
        "how many scenes r there",
        "Count the cuts for me: how many times does the picture change?",
        "hw many times does it switch to a new pic",
        "Exactly how many separate scenes make up the clip?",
        "number of shots? just the number pls",
        "I count the edits in every clip I verify. How many cuts are in this one?",
        "the vid has how many diff scenes",
    ],
    "first appearance": [
        "When does the word {word} first appear?",
        "wen does {word_low} first pop up",
        "Give me the timestamp of the first appearance of {word}.",
        "at wat time do we first see {word_low} on screen",
        "I have to verify when {word} shows up for the first time. What's the time?",
        "{word_low} first shows at...?",
        "How far into the video is {word} first displayed?",
        "yo timestamp for {word_low} pls (1st time it shows)",
    ],
    "word count": [
        "How many different words appear on screen in total?",
        "how many diff words r shown",
        "Count the distinct on-screen words, not the repeats.",
        "ok how many unique words does it flash at u",
        "What is the number of separate words displayed in the video? A repeated word counts once.",
        "total unique words on screen??",
        "I want an exact figure: how many distinct words are written on screen?",
        "on screen text, how many different words is that altogether",
    ],
    "presence": [
        "Does {thing} appear anywhere in this video?",
        "is there {thing} in it or nah",
        "Can you confirm or deny that {thing} is shown?",
        "{thing}?? in the vid? y/n",
        "I was told the video includes {thing}. True or false?",
        "do u ever see {thing}",
        "Is {thing} visible at any point?",
        "lowkey did i see {thing} or am i trippin",
    ],
    "visual when": [
        "At what point is {thing} on screen?",
        "wen is {thing} showing",
        "Give me the time range during which {thing} is visible.",
        "skip to {thing}, wat time is that",
        "My draft says {thing} appears in the clip. When, exactly?",
        "{thing} shows up at wat time",
        "When in the video can I see {thing}?",
        "timestamp for {thing} pls i need to clip it",
    ],
    "duration": [
        "How long is {thing} shown on screen?",
        "how many secs is {thing} up for",
        "For how many seconds does {thing} stay visible?",
        "{thing} stays on screen how long",
        "Please measure the on-screen time of {thing}, in seconds.",
        "how long do we get {thing} b4 it changes",
        "What is the length of time for which {thing} is displayed?",
        "yo {thing}, how long is it on screen lol",
    ],
    "people count": [
        "How many people are in this video?",
        "how many ppl r in it",
        "What is the largest number of people visible at the same time?",
        "any humans in this? how many",
        "Count the people who appear on screen, please.",
        "like how many ppl show up max",
        "I need a headcount: how many individuals appear in the footage?",
        "number of people in the vid?",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "wat do they say when {thing} is up",
        "During the appearance of {thing}, which words are spoken?",
        "{thing} is showing n someone talks, wat do they say",
        "Quote what the narrator says as {thing} is shown.",
        "wats the audio over {thing}",
        "Is anything spoken while {thing} is visible? If so, what?",
        "I need the exact words heard at the moment {thing} is on screen.",
    ],
    "cross shown": [
        "What is on screen when someone says \"{phrase}\"?",
        "wats showing when they say {phrase}",
        "While the words '{phrase}' are spoken, what does the video show?",
        "{phrase} <- wat pic is up at that part",
        "I want to know what is pictured at the moment the line \"{phrase}\" is heard.",
        "when the voice says {phrase} what do u see",
        "Describe the image shown as \"{phrase}\" is said.",
        "ok the guy goes '{phrase}' wats on screen at that bit",
    ],
    "unanswerable": [
        "What is the name of the person who made this video?",
        "how much did this vid cost to make lol",
        "What happened right after the recording stopped?",
        "wat phone was this filmed on",
        "What was the weather like outside when this was recorded?",
        "whos the uploader irl, like their actual name",
        "On what date was this video first published?",
        "how many followers does whoever made this have",
    ],
    "open": [
        "What is this video about?",
        "tldr of the vid?",
        "Summarise the content of this video accurately, without embellishment.",
        "wat even is this lol explain",
        "Describe the video.",
        "give me the rundown of wats in it",
        "Before I cite this clip, tell me plainly what it contains.",
        "sum it up for me in like 2 lines",
    ],
}

# "shot count" phrasings that ask for the cuts / changes (= shots - 1).
BLIND39_CUT_PHRASINGS = {
    "Count the cuts for me: how many times does the picture change?",
    "hw many times does it switch to a new pic",
    "I count the edits in every clip I verify. How many cuts are in this one?",
}
# "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND39_ORDER_YESNO = {
    "does {a_low} come b4 {b_low}",
    "My notes say {a} was shown before {b}. Is that accurate?",
    "was {a_low} on screen earlier than {b_low} y/n",
}

BLIND39_START_WORD = "Which word is on screen right at the very start of the video?"
BLIND39_MIDDLE_WORD = "wat word is up around halfway thru"
BLIND39_END_WORD = "What word is displayed at the very end, as the video finishes?"
BLIND39_HEAR = "Is the word \"{word}\" actually spoken aloud anywhere in this video? Yes or no."
BLIND39_VIDEO_LENGTH = [
    "How long is this video?",
    "how long is the vid",
    "What is the total running time of this clip, start to finish?",
    "how many secs is it in total",
]

# The slideshow photos-B39's own questions.
BLIND39_FIRST_PHOTO = "wats the first pic of"
BLIND39_HALFWAY_PHOTO = "What is pictured at the halfway point of the slideshow?"
BLIND39_LAST_PHOTO = "wat's the last pic in the slideshow"
BLIND39_PHOTO_COUNT = "How many photographs are shown in total?"
BLIND39_ANTLERS = "is there an animal with antlers in any of the pics"
BLIND39_ALPACA_PRICE = "How much would the alpaca in this slideshow sell for?"
BLIND39_MOOSE_PHOTOGRAPHER = "Who took the photograph of the moose? I need a name for the credit line."
BLIND39_WINDMILL_BUILT = "wat year was that windmill built"
