"""Phrasings of the `blind37` split (its videos and truth: qa_bank_cases_blind37.py).

Written blind, by one helper: without reading the answering code, its tests, its docs or any other split's
phrasings. Two voices, alternating through every list:

- a museum archivist: formal, full sentences, catalogue vocabulary (item, accession, finding aid, recording,
  for the record, kindly);
- a sports commentator: energetic run-on sentences, no punctuation, "folks", "on the board", the odd typo.

Fields the bank fills in:
- "word at time", "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in "the eighth second" = 7-8 s);
- "order": {a} {b} (two on-screen words, upper case) and {a_low} {b_low} (lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing};
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND37_HEAR: {word}.
The other types and constants take no fields.
"""

from __future__ import annotations

BLIND37_TEMPLATES = {
    "word at time": [
        "For the catalogue record, kindly state which word is displayed on screen at {mmss}.",
        "and at {s} seconds folks whats the word up on the scren right there tell me tell me",
        "At timestamp {hhmmss} of this accession, which word appears in the frame? Please transcribe it exactly.",
        "ok rewind to the {s_ord} second of the clip theres a word flashing up big on the board what word is it",
        "I must enter it in the finding aid, so: which word is visible {s_words} seconds into the recording?",
        "{mmss} on the clock and theres a word on screen what does it say come on",
        "Regarding the on-screen text at second {s}: what is the word, if you would be so kind?",
        "{s_words} seconds gone and a word lights up on the screen wich word is that",
    ],
    "shown at time": [
        "Please describe the subject of the photograph displayed at {mmss}, as one would for a catalogue entry.",
        "what are we looking at at {s} seconds whats in the picture there",
        "At {hhmmss}, what does the image on screen depict?",
        "jump to the {s_ord} second and tell me whats pictured on screen because i missed it grabbing a drink",
        "I require a brief description of whatever is pictured {s_words} seconds into the recording.",
        "{mmss} on the clock and whats up on the screen right now tell the folks at home",
        "Kindly identify what is shown at second {s} of the item.",
        "what picture have they got up at {s_words} seconds in",
    ],
    "spoken": [
        "Please provide a transcript of any speech in this recording.",
        "whats the voice saying in this one give me the words",
        "For the accession notes: what, if anything, is said aloud?",
        "and theres somebody talking over the top of all this what are they saying",
        "Kindly summarise the spoken content of the clip.",
        "tell me what got said in the video every word if you can",
        "Is there narration? If so, what does the speaker say?",
        "what do we hear them say in there",
    ],
    "order": [
        "Of the two words {a} and {b}, which is displayed earlier in the sequence?",
        "{a_low} or {b_low} who gets on the screen first",
        "Does the word {a} appear before the word {b}?",
        "its {a} versus {b} on the board folks which one shows up first",
        "Kindly establish the order of appearance of {a_low} and {b_low}: which precedes the other?",
        "did {a_low} come up ahead of {b_low} yes or no",
        "For sequencing purposes, is {b} preceded by {a} in the recording?",
        "which came first on screen {a_low} or {b_low}",
    ],
    "shot count": [
        "How many distinct shots does this recording comprise?",
        "how many scenes we got in this thing count em up",
        "Please record the number of cuts in the footage.",
        "how many times does the picture change in there",
        "Kindly enumerate the separate scenes in the item.",
        "count the shots for me how many are there start to finish",
        "What is the total number of camera shots in this video?",
        "how many cuts does the editor make in this clip",
    ],
    "first appearance": [
        "At what timestamp does the word {word} first appear on screen?",
        "when does {word_low} first pop up on the board",
        "Please note the earliest time at which {word} is visible.",
        "{word_low} when do we first see it",
        "Kindly state when the term {word_low} is first displayed.",
        "how far in does {word} show up for the first time",
        "The first occurrence of {word}: at what point in the recording does it fall?",
        "what second does {word_low} make its first apperance on screen",
    ],
    "word count": [
        "How many different words are displayed on screen across the recording?",
        "how many different words flash up in this whole thing",
        "For the catalogue, please count the distinct on-screen words, not counting repeats.",
        "count up the unique words we see on screen give me the number",
        "What is the number of distinct words shown in the item?",
        "how many seperate words appear on the screen over the clip",
        "Kindly tally the different words of on-screen text.",
        "number of different words on the screen whats the total",
    ],
    "presence": [
        "Does the recording contain {thing}?",
        "is there {thing} anywhere in this one yes or no",
        "Please confirm whether {thing} appears at any point.",
        "do we get {thing} in there at all",
        "For the inventory: is {thing} present in the item?",
        "any sign of {thing} in the clip",
        "Can {thing} be seen in this video? A yes or no will suffice.",
        "{thing} is it in there or not",
    ],
    "visual when": [
        "At what point in the recording is {thing} on screen?",
        "when do we get {thing} up on the screen",
        "Please give the time range during which {thing} is displayed.",
        "{thing} when does that show up",
        "Kindly indicate when {thing} appears in the sequence.",
        "whats the time on {thing} when is it on",
        "I should like to know the timestamp at which {thing} can be seen.",
        "tell me when {thing} comes on screen",
    ],
    "duration": [
        "For how long is {thing} displayed?",
        "how long does {thing} stay up there on screen",
        "Please record the duration for which {thing} remains visible, in seconds.",
        "{thing} how many seconds does it get",
        "What is the on-screen duration of {thing}?",
        "how long do we see {thing} for",
        "Kindly state how many seconds {thing} is shown.",
        "{thing} on screen for how long exactly",
    ],
    "people count": [
        "How many people appear in this recording?",
        "how many people we got in this one",
        "Please note the number of persons visible at most at any one time.",
        "count the people on screen for me",
        "What is the largest number of individuals visible in a single frame?",
        "is it a crowd or what how many people are in the video",
        "Kindly record how many human subjects appear in the footage.",
        "how many folks show up on screen",
    ],
    "cross said": [
        "What is spoken while {thing} is on screen?",
        "while {thing} is up what are they saying",
        "Please transcribe any speech that coincides with {thing}.",
        "whats the voice say during {thing}",
        "Kindly note the words spoken during the display of {thing}.",
        "{thing} is on and someone is talking what do they say",
        "During {thing}, is anything said, and if so what?",
        "what do we hear said over {thing}",
    ],
    "cross shown": [
        'What is displayed on screen when the speaker says "{phrase}"?',
        "right when they say {phrase} whats on the screen",
        "Please describe the image visible during the words '{phrase}'.",
        "{phrase} gets said and what are we looking at right then",
        'Kindly identify what is shown at the moment the phrase "{phrase}" is spoken.',
        "whats up on screen as the voice says {phrase}",
        "While '{phrase}' is being said, what does the frame contain?",
        "they go {phrase} and what do we see",
    ],
    "unanswerable": [
        "Who is the donor of this item, by name?",
        "how much did it cost to make this thing",
        "What happens immediately after the recording ends?",
        "whats the weather doing outside wherever they filmed this",
        "Please state the make and model of the camera used.",
        "whos the director of this one whats their name",
        "In which year was this material acquired by its present owner?",
        "what did the person filming have for breakfast that day",
    ],
    "open": [
        "Please provide a catalogue description of this recording.",
        "whats this video all about give me the rundown",
        "What is the subject matter of the item?",
        "describe the whole thing start to finish",
        "Kindly summarise the content of this video for the finding aid.",
        "what are we watching here",
        "I should be grateful for a brief account of what this clip contains.",
        "sum it up for the folks at home what is this",
    ],
}

BLIND37_CUT_PHRASINGS = {
    "Please record the number of cuts in the footage.",
    "how many times does the picture change in there",
    "how many cuts does the editor make in this clip",
}
BLIND37_ORDER_YESNO = {
    "Does the word {a} appear before the word {b}?",
    "did {a_low} come up ahead of {b_low} yes or no",
    "For sequencing purposes, is {b} preceded by {a} in the recording?",
}

BLIND37_START_WORD = "Which word is displayed on screen at the very beginning of the recording?"
BLIND37_MIDDLE_WORD = "about halfway through whats the word on the screen"
BLIND37_END_WORD = "and at the final whistle what word is left up on screen at the very end"
BLIND37_HEAR = "Is the word '{word}' spoken aloud at any point in the recording?"
BLIND37_VIDEO_LENGTH = [
    "What is the total running time of this recording?",
    "how long does this clip go for start to finish",
    "Please state the duration of the item in full.",
    "how many seconds long is the whole video",
]

# The slideshow's own questions (photos-B37).
BLIND37_FIRST_PHOTO = "Please describe the first photograph in the sequence."
BLIND37_HALFWAY_PHOTO = "halfway through the slideshow what picture are we on"
BLIND37_LAST_PHOTO = "What does the final photograph depict?"
BLIND37_PHOTO_COUNT = "how many photos do they run through in this one"
BLIND37_DROPLETS = "Are droplets of water visible on any of the leaves?"
BLIND37_PHOTOGRAPHER = "Who photographed the orange flower? Please give the photographer's name."
BLIND37_FLOWER_PRICE = "how much would that orange flower set you back at the florist"
BLIND37_RAIN_DATE = "On what date did the rain fall on those leaves?"
