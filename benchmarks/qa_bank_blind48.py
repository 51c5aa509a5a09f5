"""Phrasings of the `blind48` split (its videos and truth: qa_bank_cases_blind48.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices type these questions to a video assistant:
- a doctor: clinical, precise, writes like a case note or a referral ("please confirm", "onset", "duration");
- a French speaker writing English with French word order ("the word X, when it appears?"), who slips a few
  French words ("le mot", "combien", "s'il vous plaît", "à quel moment") into two phrasings of each type.

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second = 7-8 s);
{a} {b} {a_low} {b_low} two on-screen words (upper / lower case); {word} {word_low} an on-screen word;
{thing} "the word X", a thing or a photo's description; {phrase} a quote of part of a spoken sentence.
"""

from __future__ import annotations

BLIND48_TEMPLATES = {
    "word at time": [
        "Please report the on-screen word visible at {mmss}.",
        "at {s} seconds the word written on the screen it is which one",
        "Le mot à l'écran at {hhmmss}, what is it please?",
        "For my notes: which printed word is displayed at timestamp {mmss}, exactly?",
        "during the {s_ord} second of the clip what word do we see written",
        "I need to know the word on the screen at {s_words} seconds in, can you read it for me",
        "The text, at {s} s, what does it say? only one word I think",
        "wich word is on scren at {mmss} s'il vous plaît",
    ],
    "shown at time": [
        "Describe the image on screen at {mmss}.",
        "at {s} seconds what is it that we see in the picture",
        "Qu'est-ce qu'on voit at {hhmmss}? the photo, what is on it",
        "Clinically speaking, what is pictured at the {s_ord} second? Brief description only.",
        "what photo is up at {s_words} seconds",
        "Could you tell me what the frame at {mmss} contains",
        "The picture at {s} s, it shows what exactly?",
        "{hhmmss} - voilà, what is in the image at this moment",
    ],
    "spoken": [
        "Transcribe what is said in this video.",
        "what the voice says, in the video, can you write it",
        "Qu'est-ce qu'il dit, the voice? I did not understand the English",
        "Please summarise the verbal content of the recording, verbatim if possible.",
        "is anyone talking? what do they say",
        "For the record, state every sentence that is spoken aloud.",
        "the words pronounced in this clip, which are they",
        "tell me wat is spoken, s'il vous plaît, all of it",
    ],
    "order": [
        "Which appears first on screen: {a} or {b}?",
        "{a_low} and {b_low}, which one comes before the other?",
        "Does {a} precede {b} in the sequence of on-screen words?",
        "Entre {a} et {b}, lequel first? on the screen I mean",
        "in what order do we see the words {a_low} and {b_low}",
        "Is {a} displayed before {b}? Yes or no, please.",
        "first we see {b_low} or first {a_low}, which is it",
        "Please establish the chronology: {a} versus {b}, which is shown earlier?",
    ],
    "shot count": [
        "How many distinct shots does this video contain?",
        "the scenes in this video, how many there are",
        "Combien de plans in the video? the different images",
        "Please count the cuts between scenes.",
        "how many times does the picture change to a new one",
        "Give me the number of separate scenes, as an integer.",
        "how many shots total, i want a number",
        "Les transitions, how many are there between the shots?",
    ],
    "first appearance": [
        "At what time does the word {word} first appear?",
        "the word {word_low}, when it appears for the first time?",
        "Onset of the word {word} on screen: please give the timestamp.",
        "À quel moment we see {word_low} the first time?",
        "when do i first see {word_low} written",
        "Please indicate the earliest moment the text {word} is visible.",
        "{word} - first appearance, at which second",
        "how far into the video before le mot {word_low} shows up",
    ],
    "word count": [
        "How many different words are displayed on screen in total?",
        "the words written in the video, how many different ones there are",
        "Combien de mots différents on the screen? not counting twice the same",
        "Please give a count of the unique on-screen words.",
        "how many distinct words appear as text",
        "Count, please, the different words that are shown written. Repeats count once.",
        "number of unique words on screen?",
        "the text on the screen, how many words different, s'il vous plaît",
    ],
    "presence": [
        "Is {thing} present anywhere in this video?",
        "{thing}, it appears in the video or not?",
        "Please confirm or exclude: {thing}. Is it seen at any point?",
        "Est-ce qu'il y a {thing} in this video? yes or no",
        "did you spot {thing} anywhere",
        "Do we see {thing} at some moment in the clip?",
        "is there {thing} in it",
        "{thing} - visible in the recording, oui ou non?",
    ],
    "visual when": [
        "At what time is {thing} on screen?",
        "{thing}, when we see it in the video?",
        "Please give the time interval during which {thing} is visible.",
        "À quel moment is {thing} shown?",
        "when does {thing} come up",
        "I would like the timestamps for {thing}, start and end.",
        "at which second do we see {thing}",
        "{thing} appears when exactly, s'il vous plaît?",
    ],
    "duration": [
        "For how long is {thing} shown?",
        "{thing}, it stays on the screen how many seconds?",
        "Please state the duration of {thing} on screen, in seconds.",
        "Combien de temps {thing} is visible?",
        "how long is {thing} up for",
        "What is the total on-screen time of {thing}?",
        "how many seconds do we see {thing}",
        "{thing} - la durée, how long it lasts on the screen?",
    ],
    "people count": [
        "How many people are visible in this video?",
        "the persons in the video, how many there are at the maximum?",
        "Please give a headcount: the largest number of people seen at one time.",
        "Combien de personnes in the video? at the same time",
        "how many ppl are in it",
        "What is the maximum number of individuals on screen simultaneously?",
        "count the people you can see, most at once",
        "the people, how many we see together at most, s'il vous plaît",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "when we see {thing}, the voice says what?",
        "Please report any speech that coincides with {thing} being visible.",
        "Pendant {thing}, qu'est-ce qu'on entend? the words spoken",
        "what does the narrator say during {thing}",
        "While {thing} is displayed, is anything spoken, and if so what?",
        "{thing} is showing - what are they saying at that moment",
        "the speech during {thing}, what it is, s'il vous plaît",
    ],
    "cross shown": [
        "What is on screen when the voice says \"{phrase}\"?",
        "when it is said \"{phrase}\", we see what?",
        "Please describe the visual content at the moment the words \"{phrase}\" are spoken.",
        "Au moment où on entend \"{phrase}\", what is on the screen?",
        "what's showing while someone says {phrase}",
        "During the phrase \"{phrase}\", what image or word is visible?",
        "\"{phrase}\" - at that moment what do we see",
        "the picture, when the voice pronounces \"{phrase}\", it is what, s'il vous plaît",
    ],
    "unanswerable": [
        "What is the full name of the person who made this video?",
        "the camera used for this, it is which brand?",
        "Please state the patient's blood type as documented in this recording.",
        "Combien ça coûte, this video, to buy it?",
        "what happens right after the video ends",
        "What was the weather outside while this was being filmed?",
        "whats the phone number of whoever uploaded it",
        "the author of this video, where he lives, s'il vous plaît",
    ],
    "open": [
        "What is this video about?",
        "this video, it is about what?",
        "Please provide a brief clinical-style summary of the video's content.",
        "Décrivez la vidéo for me, what happens in it",
        "describe it",
        "Give me an overview of what the clip contains.",
        "so whats going on in this one",
        "the content of the video, in a few sentences, s'il vous plaît",
    ],
}

BLIND48_CUT_PHRASINGS = {
    "Please count the cuts between scenes.",
    "how many times does the picture change to a new one",
    "Les transitions, how many are there between the shots?",
}
BLIND48_ORDER_YESNO = {
    "Does {a} precede {b} in the sequence of on-screen words?",
    "Is {a} displayed before {b}? Yes or no, please.",
}

BLIND48_START_WORD = "The very first word on the screen, at the start, which is it?"
BLIND48_MIDDLE_WORD = "Please identify the on-screen word at approximately the midpoint of the video."
BLIND48_END_WORD = "le dernier mot, at the very end of the video, what is it"
BLIND48_HEAR = "Is the word {word} pronounced aloud at any point? Please answer yes or no."
BLIND48_VIDEO_LENGTH = [
    "What is the total duration of this video?",
    "the video, how long it is?",
    "Combien de secondes dure la vidéo? in total",
    "how long is this clip start to finish",
]

# The slideshow photos-B48's own questions (truth in qa_bank_cases_blind48.py).
BLIND48_FIRST_PHOTO = "The first photo, at the very beginning, what is on it?"
BLIND48_HALFWAY_PHOTO = "Please describe the image shown at about the halfway point of the video."
BLIND48_LAST_PHOTO = "la dernière photo, at the end, it shows what?"
BLIND48_PHOTO_COUNT = "How many separate photographs are shown in total?"
BLIND48_GIRAFFE = "Is there a giraffe anywhere in the pictures?"
BLIND48_LECTURER_NAME = "the man in the blue jacket in the lecture hall, what is his name?"
BLIND48_DESK_OWNER = "Whose desk is the sheet of square markers lying on? Please give the owner's name."
BLIND48_HALL_SUBJECT = "In the lecture hall, which course is being taught that day, and by which professor?"
