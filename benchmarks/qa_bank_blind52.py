"""Phrasings of the `blind52` split (its videos and truth: qa_bank_cases_blind52.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices ask the questions:

- a precise translator, who cares about exact wording ("letter for letter", "the literal text", "not
  paraphrased") and writes full, careful sentences;
- a speedrunner gamer, who talks in timestamps and splits, frames, runs and callouts, types fast in lower case
  with no punctuation, and slips a little Italian into two phrasings of most types ("allora", "quanto dura",
  "c'è", "mentre", "quante").

Fields: "word at time" and "shown at time" use {mmss} {s} {hhmmss} {s_words} {s_ord}; "order" uses {a} {b}
{a_low} {b_low}; "first appearance" uses {word} {word_low}; "presence", "visual when", "duration" and
"cross said" use {thing}; "cross shown" uses {phrase}; BLIND52_HEAR uses {word}; the other types have none.
"""

from __future__ import annotations

BLIND52_TEMPLATES = {
    "word at time": [
        "To be precise about the wording: which word is written on screen at {mmss}?",
        "at {hhmmss} what word is on screen, just the word pls",
        "I am translating the on-screen captions. Could you tell me the exact word that appears {s} seconds "
        "into the video?",
        "Which word is displayed during the {s_ord} second?",
        "ok so my split at {mmss}, whats the text on screen there",
        "allora at {mmss} che parola is up on screen? need it for my route notes",
        "The text displayed at second {s_words}: what does it say, letter for letter?",
        "frame check for me, {s}s in, what word is showing",
    ],
    "shown at time": [
        "What is pictured at {mmss}?",
        "Describe, in plain words, what can be seen during the {s_ord} second of the video.",
        "{hhmmss} timestamp whats on screen, like what object is it",
        "I need a neutral description for a subtitle note: what is shown {s_words} seconds in?",
        "tipo at {s}s what is the picture showing",
        "at exactly {mmss} what am i looking at",
        "Could you identify the thing depicted on screen at {hhmmss}? A single noun will do.",
        "cosa c'è in frame around {s} seconds? what thing",
    ],
    "spoken": [
        "What exactly is said in this video? I would like the words as spoken, not paraphrased.",
        "any voice lines in this? what do they say",
        "Transcribe the speech for me, please.",
        "What does the narrator say?",
        "dimmi what the voice says, cant hear it on stream",
        "Is anything spoken aloud, and if so, what is the precise wording?",
        "gimme the audio callout word for word",
        "For my translation I need the spoken sentence. What is it?",
    ],
    "order": [
        "Which comes first on screen, {a} or {b}?",
        "Does the word {a} appear before the word {b}?",
        "route order question: {a_low} then {b_low} or the other way round",
        "Of the two words {a} and {b}, which one is displayed earlier?",
        "{a_low} before {b_low}? yes or no",
        "quale viene prima, {a_low} o {b_low}? which one pops first",
        "Please tell me the order in which {b} and {a} appear on screen.",
        "which hits the screen sooner the word {a_low} or the word {b_low}",
    ],
    "shot count": [
        "How many shots does this video contain?",
        "how many scenes total",
        "Count the cuts in the editing for me, please.",
        "how many times does the scene change",
        "quante scene? how many distinct scenes in the run",
        "Into how many separate shots is the video edited?",
        "how many cuts are there between shots",
        "If you split the footage at every cut, how many segments do you end up with?",
    ],
    "first appearance": [
        "When does the word {word} first appear?",
        "timestamp of the first {word_low} on screen?",
        "At what point in the video is {word} shown for the first time? Please give the time.",
        "first frame where {word_low} shows up, roughly",
        "I need the earliest moment at which the term {word} is written on screen.",
        "quando appare {word_low} for the first time",
        "{word}: how many seconds in before it first pops up?",
        "how far into the vid does {word_low} show up first",
    ],
    "word count": [
        "How many different words appear on screen?",
        "count the unique words that show up as text, dupes dont count",
        "Leaving repetitions aside, how many distinct written words does the video display?",
        "how many diff words total on screen",
        "For my glossary: how many separate on-screen terms are there?",
        "quante parole diverse on screen? unique ones only",
        "How many distinct words are written in the video, counting each word once?",
        "number of different words shown?",
    ],
    "presence": [
        "Does {thing} appear anywhere in the video?",
        "is {thing} in there anywhere",
        "Yes or no: is {thing} shown at any point?",
        "I am checking a claim that the video contains {thing}. Is that true?",
        "did i miss {thing} somewhere or is it not in there",
        "c'è {thing}? yes/no",
        "Would a viewer see {thing} in this video?",
        "{thing}, in the video or not",
    ],
    "visual when": [
        "When is {thing} on screen?",
        "at what timestamp do we get {thing}",
        "Please give the time range during which {thing} is shown.",
        "{thing} shows up when exactly",
        "In which part of the video can {thing} be seen?",
        "timecode for {thing}?",
        "quando si vede {thing}? need the timestamp",
        "From which second to which second is {thing} visible?",
    ],
    "duration": [
        "How long is {thing} shown?",
        "how many seconds does {thing} stay on screen",
        "For how long, in seconds, is {thing} visible?",
        "{thing} screen time?",
        "quanto dura {thing} on screen",
        "What is the on-screen duration of {thing}?",
        "how long do we stare at {thing} before it cuts",
        "Could you tell me the length of time that {thing} remains displayed?",
    ],
    "people count": [
        "How many people are in the video?",
        "how many ppl on screen max",
        "What is the largest number of people visible at the same time?",
        "any humans in this? how many",
        "Count the persons who appear, please.",
        "quante persone? headcount",
        "At most, how many individuals can be seen at once?",
        "player count on screen, like how many people are there",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "during {thing} whats the voice line",
        "Which words are spoken at the moment {thing} is displayed?",
        "{thing} is up, what does the audio say at that point",
        "I need the speech that accompanies {thing}. What is it, word for word?",
        "mentre c'è {thing}, what do they say",
        "What does the voice say when {thing} appears?",
        "any dialogue over {thing}? what is it",
    ],
    "cross shown": [
        "What is shown when someone says \"{phrase}\"?",
        "when the line '{phrase}' plays whats on screen",
        "What appears on screen while the words \"{phrase}\" are being spoken?",
        "at the callout '{phrase}' what do we see",
        "The voice says \"{phrase}\". What is visible at that moment?",
        "cosa si vede when they say '{phrase}'",
        "Describe the picture during the phrase \"{phrase}\".",
        "'{phrase}' gets said, whats in frame then",
    ],
    "unanswerable": [
        "What is the name of the person who made this video?",
        "who holds the world record for this, whats the WR time",
        "What was the weather like outside the room where this was filmed?",
        "What brand of camera was used to record this?",
        "quanto è costato to make this video",
        "What happens after the video ends?",
        "Who translated the words into English, and from which edition?",
        "whats the uploaders username",
    ],
    "open": [
        "What is this video about?",
        "Describe the video.",
        "give me a quick tldr of the run, whats going on",
        "Could you summarise the content of this video in a sentence or two?",
        "what even is this",
        "di cosa parla? quick summary",
        "Please provide a faithful description of what the video contains, both the visuals and the audio.",
        "whats happening in this clip, overview pls",
    ],
}

# Asking for the number of cuts (shots - 1), not shots.
BLIND52_CUT_PHRASINGS = {
    "Count the cuts in the editing for me, please.",
    "how many times does the scene change",
    "how many cuts are there between shots",
}
# Yes/no order questions: yes iff {a} shows first.
BLIND52_ORDER_YESNO = {
    "Does the word {a} appear before the word {b}?",
    "{a_low} before {b_low}? yes or no",
}

BLIND52_START_WORD = "Which word is on screen right at the very start of the video, in the first frame?"
BLIND52_MIDDLE_WORD = "what word is up around the halfway point, like 50% through the run"
BLIND52_END_WORD = "The last word shown, at the very end of the video: what is it exactly?"
BLIND52_HEAR = "Is the word \"{word}\" actually spoken aloud anywhere in the audio, yes or no?"
BLIND52_VIDEO_LENGTH = [
    "How long is this video?",
    "total runtime? like whats the final time",
    "What is the overall duration of the video, in seconds?",
    "quanto dura il video in total",
]

# The slideshow photos-B52's own questions.
BLIND52_FIRST_PHOTO = "whats the first picture in the slideshow, right at 0:00"
BLIND52_HALFWAY_PHOTO = "What is pictured at the halfway point of the video?"
BLIND52_LAST_PHOTO = "What does the final picture show, the one still on screen when the video ends?"
BLIND52_PHOTO_COUNT = "How many different pictures does this slideshow go through?"
BLIND52_DUCK_BEAK = "Is there a red beak visible in any of the pictures?"
BLIND52_DUCK_NAME = "What is the rubber duck's name?"
BLIND52_BROCCOLI_PRICE = "how much does that broccoli cost at the store"
BLIND52_CAR_PHOTO_YEAR = "In which year was the photograph of the red car taken?"
