"""Phrasings of the `blind26` split (its videos and truth: qa_bank_cases_blind26.py).

Written blind, by one helper: without reading the answering code, its tests, its docs or any other split's
phrasings. Two voices share every question type, about half each:

- a Swedish film student, typing casual English in lower case: film-school words (shot, cut, frame, the edit,
  timecode), a few typos, and a handful of Swedish words (hej, typ, tack) in three of the phrasings;
- a court stenographer: precise and formal, numbered sub-clauses, "for the record", exact times.

Fields, by question type (filled in by qa_bank.py):

- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second is 7-8 s);
- "order": {a} {b} two on-screen words in upper case, {a_low} {b_low} the same in lower case;
- "first appearance": {word} {word_low};
- "presence": {thing} ("the word LANTERN", "a dog");
- "visual when", "duration", "cross said": {thing} (an on-screen word "the word X" or a photo "the red barn");
- "cross shown": {phrase} (a few words quoted from a spoken sentence);
- "spoken", "shot count", "word count", "people count", "unanswerable", "open": no fields.

BLIND26_CUT_PHRASINGS are the "shot count" phrasings that ask for cuts (shots - 1); BLIND26_ORDER_YESNO the
"order" phrasings answered yes or no (yes iff {a} shows first). The constants after them are the split's own
questions: the word at the start, halfway and the end, whether a word is heard ({word}), the length of the
video, and the slideshow's questions (first, halfway and last photo, the number of photos, a thing in one
photo, and three that the photos cannot answer).
"""

from __future__ import annotations

BLIND26_TEMPLATES = {
    "word at time": [
        "hej! quick one for my editing class, what word is on screen at {mmss}?",
        "For the record, please state: (1) the timestamp under review is {hhmmss}; (2) the word displayed on screen at that moment.",
        "at like {s} seconds in theres a word in the frame, which one is it",
        "Identify the written word that is visible at exactly {s_words} seconds into the recording.",
        "during the {s_ord} second of the clip what does the text on screen say",
        "The court requests the on-screen word visible at the {s_ord} second, stated verbatim.",
        "scrubbing to {mmss} on the timeline... which word do i see there",
        "At {s} seconds precisely, which single word appears in the picture? Please answer with that word alone.",
    ],
    "shown at time": [
        "what's in the frame at {mmss}, like what is actually pictured there",
        "For the record: (1) at the timestamp {hhmmss}, (2) describe what is depicted on screen.",
        "freeze frame at {s} sec, what am i looking at",
        "Kindly describe the image displayed at {s_words} seconds into the recording.",
        "the {s_ord} second, what picture is up on screen then?",
        "Please state, with precision, what is shown in the video during its {s_ord} second.",
        "i paused at {hhmmss} but my screen is tiny, what is that picture of",
        "What subject does the picture on screen at {s} seconds depict?",
    ],
    "spoken": [
        "what does the voice say? i had my sound off in the library",
        "Please provide a verbatim transcription of all speech audible in this recording.",
        "is anyone talking in it, and if so what exactly do they say",
        "For the record: (1) is any speech present; (2) if so, state the words spoken.",
        "give me the dialogue, i need it for subtitles",
        "Kindly report what is said aloud over the course of the video.",
        "whats the narration in this clip",
        "State the spoken words, in the order in which they are uttered.",
    ],
    "order": [
        "which comes first in the edit, {a_low} or {b_low}?",
        "For the record, state which of the two on-screen words, {a} or {b}, is displayed earlier in the recording.",
        "does {a_low} show up before {b_low}",
        "Is it correct that the word {a} appears on screen prior to the word {b}? Answer yes or no.",
        "{a} and {b} both pop up at some point, which one is earlier",
        "Of the words {a} and {b}, which is the first to be displayed?",
        "so is {a_low} on screen earlier than {b_low} or is it the other way around... yes or no is fine",
        "Please indicate the order of appearance of the following: (1) {a}; (2) {b}.",
    ],
    "shot count": [
        "how many shots is this cut into?",
        "For the record, state the total number of distinct scenes contained in the recording.",
        "how many cuts are there in the edit, typ roughly is fine but exact is better",
        "Please state how many times the picture changes from one scene to the next.",
        "count the shots for me pls, i'm doing a shot list",
        "How many separate shots make up this video?",
        "how many scene changes happen in this",
        "The court asks that the following be stated: (1) the number of separate scenes in the recording; (2) as a single figure.",
    ],
    "first appearance": [
        "when do we first see {word_low}? timecode pls",
        "State, to the nearest second, the time at which the word {word} first appears on screen.",
        "at what point does the word {word} turn up for the first time",
        "For the record: (1) the word under inquiry is {word}; (2) state the time of its first appearance.",
        "{word_low} - when does it show up first",
        "Please indicate the earliest moment in the recording at which {word} is visible.",
        "i need the in-point for the word {word}, when does it first come on screen",
        "How many seconds into the video does the word {word} first become visible?",
    ],
    "word count": [
        "how many different words show up on screen in total",
        "For the record, state the number of distinct words displayed on screen during the recording.",
        "count the unique words in the titles, not repeats",
        "How many separate on-screen words are there, each counted only once?",
        "how many words flash up in this thing (different ones)",
        "Please enumerate the number of different written words that appear in the video.",
        "if i made a list of every word that appears on screen, how long would that list be",
        "The court requests: (1) a count of the distinct on-screen words; (2) stated as a number.",
    ],
    "presence": [
        "is there {thing} anywhere in this?",
        "For the record, does {thing} appear at any point in the recording? Answer yes or no.",
        "did i miss {thing} or is it not in the video at all",
        "Please confirm or deny the presence of {thing} in this video.",
        "{thing} - in there or not?",
        "Is {thing} to be found anywhere in the footage?",
        "quick yes/no: do we ever get {thing} in the clip",
        "State whether the following appears in the recording: {thing}.",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "For the record, state the time interval during which {thing} is visible.",
        "at what timecode do we get {thing}",
        "Please indicate at which point in the recording {thing} is shown.",
        "i want to grab a still of {thing}, when should i pause",
        "During which seconds of the video does {thing} appear?",
        "{thing}, when does that come up",
        "The court requests: (1) the start time and (2) the end time of the display of {thing}.",
    ],
    "duration": [
        "how long is {thing} on screen for?",
        "For the record, state the duration, in seconds, for which {thing} is displayed.",
        "how many seconds do we hold on {thing}",
        "Please state the length of time that {thing} remains visible.",
        "{thing} stays up for how long",
        "What is the total screen time of {thing}?",
        "is {thing} a long shot or a short one, like how many secs",
        "The court asks: (1) for how many seconds in total {thing} is displayed; (2) stated as a number.",
    ],
    "people count": [
        "how many people are in this video",
        "For the record, state the greatest number of persons visible on screen at any one time.",
        "how many actors do we see, max at once",
        "Please state how many individuals appear in the recording.",
        "is it a crowd or like one person, how many ppl",
        "What is the largest number of people shown together in a single frame?",
        "count the people in frame for me",
        "State, as a number, how many human beings are depicted in the video.",
    ],
    "cross said": [
        "what's being said while {thing} is on screen",
        "For the record: (1) during the display of {thing}, (2) state the words spoken.",
        "when {thing} is up, what does the voice say over it",
        "Please transcribe any speech that is audible while {thing} is shown.",
        "is there any dialogue over {thing}? what is it",
        "What words are uttered during the time {thing} is visible?",
        "the audio under {thing}, what is it saying",
        "State the speech that coincides with the appearance of {thing}.",
    ],
    "cross shown": [
        "what's on screen when the voice says \"{phrase}\"",
        "For the record, state what is displayed at the moment the words \"{phrase}\" are spoken.",
        "someone says {phrase} - what are we looking at then",
        "Please describe the picture shown while the phrase \"{phrase}\" is being said.",
        "during the line \"{phrase}\" what's in the frame",
        "What appears on screen at the point where the speaker says \"{phrase}\"?",
        "i hear \"{phrase}\" in the audio, what's the image over that bit",
        "The court requests: (1) the time the words \"{phrase}\" are uttered; (2) what is visible at that time.",
    ],
    "unanswerable": [
        "what camera was this shot on? i want the same one",
        "For the record, state the full legal name of the person who produced this recording.",
        "what happens right after the video ends",
        "Please state the price paid for the licence to use this footage.",
        "what was the weather like outside where they filmed",
        "What is the home address of the person who edited this video?",
        "how much did the whole production cost, ballpark",
        "State the date of birth of the individual who operated the camera.",
    ],
    "open": [
        "what is this video about?",
        "For the record, provide a summary of the contents of this recording.",
        "describe the clip for me like you're writing a logline, tack!",
        "Please describe, in order, what is seen and heard in the video.",
        "give me the gist of it",
        "What is the subject matter of this recording?",
        "tell me what happens in this, start to finish",
        "The court requests a description of: (1) what is shown; (2) what is said.",
    ],
}

BLIND26_CUT_PHRASINGS = {
    "how many cuts are there in the edit, typ roughly is fine but exact is better",
    "Please state how many times the picture changes from one scene to the next.",
    "how many scene changes happen in this",
}

BLIND26_ORDER_YESNO = {
    "does {a_low} show up before {b_low}",
    "Is it correct that the word {a} appears on screen prior to the word {b}? Answer yes or no.",
    "so is {a_low} on screen earlier than {b_low} or is it the other way around... yes or no is fine",
}

BLIND26_START_WORD = "what word is up on screen right when the clip starts"
BLIND26_MIDDLE_WORD = "For the record, state the word displayed on screen at the midpoint of the recording."
BLIND26_END_WORD = "which word is in the very last frame, right before it ends?"
BLIND26_HEAR = "Does the speaker at any point say the word \"{word}\" aloud? Answer yes or no."
BLIND26_VIDEO_LENGTH = [
    "how long is this clip?",
    "For the record, state the total running time of the recording, in seconds.",
    "whats the runtime, in seconds",
    "Please state the duration of the video from its first frame to its last.",
]

# The slideshow's own questions (their truth: qa_bank_cases_blind26.py).
BLIND26_FIRST_PHOTO = "what's the very first picture we see, the opening shot?"
BLIND26_HALFWAY_PHOTO = "For the record, describe the picture that is on screen at the halfway point of the recording."
BLIND26_LAST_PHOTO = "Please state what is depicted in the final picture of the video."
BLIND26_PHOTO_COUNT = "how many different pictures are in this slideshow"
BLIND26_FLOWER = "Does a flower appear in any of the pictures? Answer yes or no."
BLIND26_FISH_NAME = "what's the fish called, like does it have a name?"
BLIND26_LILY_PRICE = "For the record, state the price at which the lily shown in the video was sold."
BLIND26_MOUSE_YEAR = "in what year was the mouse with the horns drawn"
