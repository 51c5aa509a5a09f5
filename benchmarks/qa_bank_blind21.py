"""Phrasings of the `blind21` split (its videos and truth: qa_bank_cases_blind21.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
The voices, mixed through every type:
- a nurse on a night shift (tired, apologetic, typing between rounds, little punctuation);
- a museum curator (formal, precise, full sentences, "kindly", "for the record");
- a sports fan (excited, slang, "yo", "bro", "ppl", doubled question marks);
- an Italian speaker (Italian mixed with English: "scusa", "cosa si vede", "quante");
- a person who types very short commands without verbs ("word at 00:07.", "headcount?").

Fields: "word at time" and "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
{s_ord} "eighth" (the eighth second = 7-8 s); "order": {a} {b} {a_low} {b_low}; "first appearance":
{word} {word_low}; "presence", "visual when", "duration", "cross said": {thing}; "cross shown": {phrase};
BLIND21_HEAR: {word}. The other types and constants have no fields.
"""

from __future__ import annotations

BLIND21_TEMPLATES = {
    "word at time": [
        "sorry its 3am and my eyes are going, what word is on the screen at {mmss}",
        "For the catalogue record, could you state precisely which word is displayed during the {s_ord} second of "
        "the recording?",
        "yo at {s} seconds what word pops up on screen",
        "scusa, al minuto {mmss} che parola c'è scritta? which word is it",
        "word at {hhmmss}.",
        "between patients here.. the text showing {s_words} seconds in, what does it say",
        "I would be grateful to learn the on-screen word visible at the timestamp {hhmmss}.",
        "on-screen text, second {s}?",
    ],
    "shown at time": [
        "quick one before rounds: whats pictured at {mmss}?",
        "Kindly describe the image on display at {hhmmss}. What is its subject?",
        "what are we looking at {s} seconds in?? cant tell on my phone",
        "cosa si vede a {mmss}? what is in the picture in that moment",
        "picture at {s} s?",
        "During the {s_ord} second of the sequence, which photograph occupies the screen?",
        "my patients grandson sent me this one, at {s_words} seconds what is the photo of",
        "subject of the image, {hhmmss}",
    ],
    "spoken": [
        "cant put the sound on, the whole ward is asleep. whats being said in this video?",
        "Could you provide me with a transcript of the narration, please?",
        "what does the voice say in this clip",
        "cosa dice la voce? what are the words spoken",
        "speech, word for word",
        "Is anything spoken aloud in this piece? If so, I would like the exact wording.",
        "bro the talking bit, what's it saying",
        "the audio, in plain text",
    ],
    "order": [
        "which shows up first, {a} or {b}?",
        "As a matter of sequence, does the word {a} precede the word {b}?",
        "{a_low} vs {b_low} who comes out first",
        "prima {a_low} o prima {b_low}? which one appears before",
        "{a} or {b}: first?",
        "did {b_low} come up after {a_low}? trying to remember from earlier",
        "Of the two words {a} and {b}, which one is displayed earlier in the film?",
        "order of {a_low} and {b_low}",
    ],
    "shot count": [
        "how many different scenes are in this",
        "How many distinct shots does the piece comprise?",
        "how many times does it cut to something new",
        "quante scene ci sono? how many scenes",
        "number of shots",
        "Please count the transitions from one shot to the next for me.",
        "how many separate clips is it made of? roughly is fine",
        "scene changes, total?",
    ],
    "first appearance": [
        "when does {word} first come up",
        "At what timestamp does the word {word} make its first appearance?",
        "how far in till we see {word_low}??",
        "quando appare {word} per la prima volta? the time please",
        "{word}: first time on screen?",
        "i need the moment the word {word_low} is first on the screen, sorry to bother",
        "Could you indicate the earliest point at which {word} is visible?",
        "earliest {word_low} timestamp",
    ],
    "word count": [
        "how many different words come up on screen in total",
        "What is the number of distinct words displayed over the course of the video?",
        "how many words do they flash up, not counting repeats",
        "quante parole diverse si vedono? how many different words on the screen",
        "count of distinct on-screen words",
        "Excluding repetitions, how many separate words appear as text?",
        "count the unique words on the screen for me pls",
        "different words shown: how many",
    ],
    "presence": [
        "is there {thing} anywhere in it",
        "Does {thing} feature at any point in the footage?",
        "did i miss {thing} or was it never there",
        "c'è {thing}? yes or no",
        "{thing}: yes or no?",
        "I am checking the footage for {thing}. Does it appear?",
        "one of the night staff swears she saw {thing} in this, is she right",
        "presence of {thing}?",
    ],
    "visual when": [
        "when is {thing} on screen",
        "At what point in the sequence is {thing} displayed?",
        "what time do they show {thing}",
        "in che momento si vede {thing}? what time",
        "time of {thing}?",
        "Please give me the time range during which {thing} is visible.",
        "im trying to skip straight to {thing}, what second is that at",
        "{thing}, timestamp",
    ],
    "duration": [
        "how long is {thing} up on screen for",
        "For what length of time does {thing} remain visible?",
        "how many seconds do they give {thing}",
        "per quanto tempo si vede {thing}? how many seconds",
        "duration of {thing}",
        "I should like to know the duration of the display of {thing}, in seconds.",
        "{thing} - how long does it stay on the screen?",
        "{thing}: seconds on screen?",
    ],
    "people count": [
        "how many people are in this video",
        "What is the greatest number of people visible at any one time?",
        "how many ppl in the shot max",
        "quante persone ci sono? how many people",
        "headcount?",
        "Could you tell me how many individuals appear on screen together, at most?",
        "any people in it? how many, if so",
        "number of people, most at once",
    ],
    "cross said": [
        "whats being said while {thing} is on",
        "What is spoken during the time that {thing} is displayed?",
        "what's the voice saying when they show {thing}",
        "cosa si dice mentre si vede {thing}? the words",
        "speech during {thing}?",
        "While {thing} is visible, which words can be heard?",
        "the bit with {thing}, what does the voice say there",
        "{thing}: accompanying words",
    ],
    "cross shown": [
        'whats on screen when someone says "{phrase}"',
        'When the narrator says "{phrase}", what is shown?',
        'at the "{phrase}" part what do we see',
        'quando dice "{phrase}", cosa c\'è sullo schermo?',
        'picture during "{phrase}"?',
        'Please identify what is displayed at the moment the words "{phrase}" are spoken.',
        "someone says {phrase} - what's showing right then",
        "screen at '{phrase}'",
    ],
    "unanswerable": [
        "whats the name of the person who made this video",
        "Which camera model was used to record this footage?",
        "whats the final score of the game they played after this",
        "quanto è costato? how much did this video cost to make",
        "filming date?",
        "What was the weather like outside the frame when this was recorded?",
        "what happened right after the recording stopped",
        "creator's home address",
    ],
    "open": [
        "what is this video about, in a nutshell",
        "Please provide a brief description of the contents of this piece.",
        "give me the rundown on this clip",
        "di cosa parla questo video? what is it about",
        "summary.",
        "How would you describe this video to someone who has not seen it?",
        "tell me what goes on in this, im on my break and cant watch it",
        "contents, briefly",
    ],
}
BLIND21_CUT_PHRASINGS = {
    "how many times does it cut to something new",
    "Please count the transitions from one shot to the next for me.",
    "scene changes, total?",
}
BLIND21_ORDER_YESNO = {
    "As a matter of sequence, does the word {a} precede the word {b}?",
    "did {b_low} come up after {a_low}? trying to remember from earlier",
}
BLIND21_START_WORD = "which word is on screen right at the very beginning? sorry if thats obvious"
BLIND21_MIDDLE_WORD = "quale parola c'è a metà del video? the word about halfway through"
BLIND21_END_WORD = "word at the very end?"
BLIND21_HEAR = 'yo is the word "{word}" actually said out loud in this or nah'
BLIND21_VIDEO_LENGTH = [
    "how long is this video, roughly",
    "What is the overall duration of the recording, from start to finish?",
    "quanto dura il video? the total length",
    "total running time?",
]
# The slideshow's own questions (photos-AA).
BLIND21_FIRST_PHOTO = "whats the first picture that comes up"
BLIND21_HALFWAY_PHOTO = "Which photograph is on display at the midpoint of the slideshow?"
BLIND21_LAST_PHOTO = "ultima foto? what is in the last picture"
BLIND21_PHOTO_COUNT = "number of photos?"
BLIND21_TREES = "are there any trees in any of the pictures??"
BLIND21_GIRAFFE_NAMES = "What names were the two giraffes given by their keepers?"
BLIND21_PARROT_PRICE = "quanto costa un pappagallo così? how much does that parrot cost to buy"
BLIND21_ABBEY_DATE = "abbey photo: date taken?"
