"""Phrasings of the `blind51` split (its videos and truth: qa_bank_cases_blind51.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices type these to a video assistant: a museum security guard writing up an incident report from the
camera footage (formal, report words like "at approx.", "subject", "observed", "for the record"), and a
suspicious, conspiracy-minded viewer who thinks the clip was doctored (casual, typos, no punctuation, caps).
English only.

Fields: "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord}
"eighth" (the eighth second = 7-8 s); "order": {a} {b} {a_low} {b_low} (two on-screen words); "first
appearance": {word} {word_low}; "presence", "visual when", "duration", "cross said": {thing}; "cross shown":
{phrase} (a quote of a spoken sentence). The other types have no fields.
"""

from __future__ import annotations

BLIND51_TEMPLATES = {
    "word at time": [
        "For the incident report: what word was displayed on the screen at {mmss}?",
        "what word is on screen at {s} seconds dont tell me its random",
        "At timestamp {hhmmss} the footage shows a word. Please state the word for the log.",
        "I need the on-screen text at the {s_ord} second of the recording, for my write-up.",
        "ok so at {s_words} seconds in theres a word flashed up what is it",
        "Reviewing the tape, approx. {mmss}: which word appears in frame at that point?",
        "they put a word up at {s} sec and i want to know exactly which one",
        "Please confirm the word visible on the monitor at {hhmmss}, as I have to enter it on the form.",
    ],
    "shown at time": [
        "For the record, what does the footage show at {mmss}?",
        "what picture is up at {s} seconds and dont say nothing",
        "At {hhmmss} on the recording, describe what is on the screen, please.",
        "what are we looking at during the {s_ord} second, is that even a real place",
        "Officer's note: image on screen at {s_words} seconds. What is it a picture of?",
        "at {mmss} what photo is that supposed to be",
        "I have to describe the scene at {s} seconds in my report. What is pictured there?",
        "{hhmmss} — whats in the frame right then, be honest",
    ],
    "spoken": [
        "For the incident report, what is said on the audio of this recording?",
        "what are they saying in this video word for word",
        "Please transcribe any speech heard on the footage.",
        "somebody talks in it right? what do they actually say",
        "I need the spoken content of the clip for the file. What was said?",
        "whats the voice saying, i think theres a hidden message",
        "Was anything said out loud on this tape? If so, what exactly?",
        "tell me what gets said in the audio, all of it",
    ],
    "order": [
        "For the timeline: which appeared first on the screen, {a} or {b}?",
        "{a_low} or {b_low} which one did they show first",
        "does {a} come up before {b}",
        "Please confirm the sequence: was the word {a} displayed earlier than {b}?",
        "i need to know the order, {b_low} and {a_low}, whichever showed up first",
        "Of the two words {a} and {b}, which one is observed first in the recording?",
        "was {a_low} on screen before {b_low} yes or no",
        "In my report I have {a} and {b}. Which of those came first in the footage?",
    ],
    "shot count": [
        "For the incident log, how many separate shots does this recording contain?",
        "how many scenes is this thing cut into",
        "How many times does the camera view cut to something else?",
        "count the shots for me, i think they spliced it",
        "Please state the number of distinct scenes in the clip.",
        "how many cuts are there, like edits where it changes",
        "In total, how many different shots make up this footage?",
        "how many times does the picture switch over, they edited it didnt they",
    ],
    "first appearance": [
        "At what time does the word {word} first appear on screen? I need it for the report.",
        "when does {word_low} show up first",
        "Please give the timestamp of the first sighting of {word} in the footage.",
        "{word} — when do they first flash that one",
        "For the log, how far into the recording is {word} first displayed?",
        "what second does the word {word_low} first come on",
        "I need the earliest time the word {word} can be seen. When is that?",
        "how many seconds in before {word_low} pops up the first time",
    ],
    "word count": [
        "For the record, how many different words are displayed in this recording?",
        "how many different words do they put on screen",
        "Please count the distinct words shown on the screen across the whole clip.",
        "not counting repeats how many words show up",
        "How many unique on-screen words did the footage contain, in total?",
        "count every different word they flash i want the number",
        "I have to list every word that appeared. How many different ones were there?",
        "number of distinct words on screen in this thing?",
    ],
    "presence": [
        "For the incident report: does {thing} appear anywhere in the recording?",
        "is there {thing} in this video or not",
        "Please confirm whether {thing} can be seen at any point in the footage.",
        "did they show {thing} at all, yes or no",
        "Was {thing} observed on camera during this clip?",
        "i swear i saw {thing} in it, is it there",
        "Can you tell me if {thing} is visible anywhere in the tape?",
        "{thing} - in the video or not",
    ],
    "visual when": [
        "For the timeline, at what time is {thing} on screen?",
        "when do they show {thing}",
        "Please give the time range during which {thing} is visible in the footage.",
        "at what point in the video does {thing} come up",
        "I need the timestamps for {thing}. When does it appear?",
        "{thing} is in there somewhere, what second",
        "At what point during the recording was {thing} observed?",
        "tell me when {thing} is up on the screen",
    ],
    "duration": [
        "For the report: for how long is {thing} shown on screen?",
        "how long do they keep {thing} up",
        "Please state the duration, in seconds, that {thing} remains visible.",
        "how many seconds is {thing} on for",
        "What was the total time {thing} was displayed in the footage?",
        "{thing} stays up how long exactly",
        "I need to know how long {thing} could be seen on camera.",
        "how long is {thing} visible, they cut it short didnt they",
    ],
    "people count": [
        "For the incident report, how many people appear in this recording?",
        "how many people are in the video",
        "Please state the largest number of persons visible on screen at one time.",
        "is anybody actually in this, how many people",
        "How many individuals were observed in the footage at most?",
        "count the people for me, most at once",
        "At the busiest moment, how many people can be seen in frame?",
        "how many ppl show up in it",
    ],
    "cross said": [
        "For the record, what is said while {thing} is on screen?",
        "what are they saying when {thing} is showing",
        "Please transcribe the speech heard during {thing}.",
        "while {thing} is up what does the voice say",
        "What was spoken on the audio at the time {thing} was visible?",
        "{thing} is on screen and somebody talks, what do they say",
        "I need the words heard over {thing} for the file. What were they?",
        "whats being said during {thing}, theres a message in it",
    ],
    "cross shown": [
        "For the report, what is on the screen when the voice says \"{phrase}\"?",
        "what are they showing when they say {phrase}",
        "Please describe what was visible at the moment \"{phrase}\" is heard.",
        "when it says {phrase} what is up on screen",
        "What appears in the footage while the words \"{phrase}\" are spoken?",
        "{phrase} — what's in frame when thats said",
        "I need to note what was displayed while someone said \"{phrase}\". What was it?",
        "right when the voice goes {phrase} what do they show",
    ],
    "unanswerable": [
        "For the incident report, what is the full name of the person who filmed this?",
        "how much did they pay to make this video",
        "What was the weather like outside the building when this was recorded?",
        "who is really behind this video and what do they want",
        "Please state the make and model of the camera used for this footage.",
        "what happened right after the recording stopped",
        "What is the home address of the person who uploaded this clip?",
        "what's the phone number of whoever edited this",
    ],
    "open": [
        "For the incident report, please give a short description of this recording.",
        "what is this video even about",
        "Summarise the contents of the footage, please.",
        "describe whats in this clip, all of it",
        "What is this recording about?",
        "tell me what happens in this video, no spin",
        "I need an overview of the clip for my supervisor. What does it contain?",
        "whats the point of this video really",
    ],
}

BLIND51_CUT_PHRASINGS = {
    "How many times does the camera view cut to something else?",
    "how many cuts are there, like edits where it changes",
    "how many times does the picture switch over, they edited it didnt they",
}
BLIND51_ORDER_YESNO = {
    "does {a} come up before {b}",
    "Please confirm the sequence: was the word {a} displayed earlier than {b}?",
    "was {a_low} on screen before {b_low} yes or no",
}

BLIND51_START_WORD = "For the report, which word is on the screen at the very start of the recording?"
BLIND51_MIDDLE_WORD = "what word is up about halfway through the video"
BLIND51_END_WORD = "Please state the word displayed at the very end of the footage."
BLIND51_HEAR = "does anybody say the word {word} out loud in this, yes or no"
BLIND51_VIDEO_LENGTH = [
    "For the incident log, what is the total length of this recording?",
    "how long is this video",
    "Please state the running time of the footage in seconds.",
    "how many seconds does the whole clip last",
]

# The photos-B51 slideshow's own questions (truth in qa_bank_cases_blind51.py).
BLIND51_FIRST_PHOTO = "For the report: what is pictured in the very first image of the slideshow?"
BLIND51_HALFWAY_PHOTO = "what photo is up at the halfway point of the video"
BLIND51_LAST_PHOTO = "Please describe the final picture shown before the recording ends."
BLIND51_PHOTO_COUNT = "how many different pictures do they show in this, count them"
BLIND51_BOAT = "Is there a boat visible on the water in any of the pictures?"
BLIND51_PHOTOGRAPHER = "who took the photo of the bridge, whats the photographer's name"
BLIND51_TICKET_PRICE = "What is the price of an entry ticket to the castle in the pictures?"
BLIND51_MILL_YEAR = "what year was that windmill built, they never say do they"
