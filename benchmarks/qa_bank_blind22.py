"""Phrasings of the `blind22` split (its videos and truth: qa_bank_cases_blind22.py).

Written blind, by one helper: without reading the answering code, its tests, the docs about answering or any
other split's phrasings, and without running anything on the clips or photos. The questions are typed the way
five people would type them to a video assistant:

- a marketing intern (casual, abbreviations, "for the deck / the insta post", lower case, no punctuation),
- a retired pilot (radio talk: "over", "roger", "souls on board", "debrief", cockpit stories),
- a student writing an essay (formal, long preambles, "for my essay", "please provide"),
- a Dutch speaker (a Dutch question, then the same thing again half in English),
- a person who asks two things at once (a second, harmless question tacked on).

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second is
7-8 s) for times; {a} {b} {a_low} {b_low} two on-screen words; {word} {word_low} one on-screen word; {thing}
"the word X", a thing or a photo's description; {phrase} a quote of part of a spoken sentence.
"""

from __future__ import annotations

BLIND22_TEMPLATES = {
    "word at time": [
        "hey so for the campaign deck i need to know which word pops up on screen at {mmss}, can u check",
        "At {s} seconds into the clip, what text is displayed? Over.",
        "For my essay I am analysing the on-screen text. Which word appears at the timestamp {hhmmss}?",
        "welk woord staat er in beeld op {mmss}? the word on the screen i mean",
        "what word is showing around {s_words} seconds in, and is it written in capitals?",
        "during the {s_ord} second, which word can be read on the screen",
        "word on screen @ {s}s pls",
        "Roger that. Requesting the written word visible at time {mmss}, if you please.",
    ],
    "shown at time": [
        "whats pictured at {mmss}? need it for a social post lol",
        "At {s} seconds, what photograph is on the screen?",
        "In the {s_ord} second of the slideshow, what does the image depict? I require a precise description for my essay.",
        "wat zie je op {mmss}? what is in the picture at that moment",
        "what's the photo at {hhmmss} and which colour is most of it?",
        "Back when I flew we'd call it a visual fix. What's in view at {s_words} seconds?",
        "describe the image on screen at around {mmss}",
        "{s} sec in... what am i looking at",
    ],
    "spoken": [
        "can u pull the exact words said in the video? want a quote for our newsletter",
        "What is being said in this video? Give me the transcript, please.",
        "For the citations in my essay, could you report verbatim what the speaker says?",
        "wat wordt er gezegd? what does the voice say",
        "does anybody talk in this and if so what do they say",
        "Any chatter on the audio channel? Read it back to me.",
        "whats the narration",
        "I couldn't hear the sound properly on my laptop, what was spoken in it?",
    ],
    "order": [
        "quick q for the storyboard: {a} or {b}, which one shows up first",
        "Does {a} come before {b} on screen?",
        "In the sequence of on-screen words, which precedes the other: {a_low} or {b_low}?",
        "komt {a_low} eerst of {b_low}? which word is first",
        "which appears earlier, {a} or {b}, and does the other one come straight after it?",
        "Is {b_low} shown after {a_low}?",
        "tell me the order the words {a} and {b} appear in",
        "Say, of the two words {a} and {b}, which one did we see earlier?",
    ],
    "shot count": [
        "how many scenes r in this? making a cut-down for insta",
        "How many separate shots does this video contain?",
        "For my analysis of the editing, how many times does the video cut from one shot to another?",
        "hoeveel shots zitten erin? how many shots is it",
        "how many shots does it have, and do they all look alike?",
        "Count the scene changes for me, would you?",
        "number of different shots in the clip",
        "I lost count: how many times does the picture switch over to a new scene",
    ],
    "first appearance": [
        "when does {word} first pop up? need the timestamp for a caption",
        "At what time does the word {word} first appear?",
        "Could you identify the timestamp at which '{word_low}' is first displayed?",
        "wanneer verschijnt {word_low} voor het eerst? when does it show up",
        "when does {word} appear and what colour is the lettering?",
        "What's the earliest point the word {word} comes into view?",
        "{word_low} first appears at what time",
        "I'm trying to find the moment {word} turns up for the very first time",
    ],
    "word count": [
        "how many different words show on screen? counting them for a brand audit",
        "How many distinct words are displayed in the video in total?",
        "For my essay I need a count of the unique on-screen words. How many are there?",
        "hoeveel verschillende woorden staan er in beeld? how many different words",
        "how many different words appear and are any of them repeated?",
        "Tally up the different words written on the screen for me.",
        "number of unique words shown",
        "Tell me how many separate words get flashed up on the screen",
    ],
    "presence": [
        "is there {thing} anywhere in this? asking for the content calendar",
        "Does {thing} appear in this video?",
        "Can you confirm whether {thing} is present at any point in the footage?",
        "is er ergens {thing} te zien? i mean is it in the video at all",
        "is {thing} in the video, and if it is, roughly when?",
        "Did you spot {thing} in there at all?",
        "{thing} in this clip y/n",
        "I'd like to know if we ever get to see {thing}",
    ],
    "visual when": [
        "when's {thing} on screen? need the timestamp for a thumbnail",
        "At what time is {thing} shown?",
        "At which point in the video does {thing} appear? Please state the time.",
        "wanneer is {thing} in beeld? at what time is it there",
        "when is {thing} on screen, and is it in colour?",
        "Give me the time {thing} comes into view.",
        "timestamp for {thing}",
        "I'm looking for the bit with {thing}, when is that",
    ],
    "duration": [
        "how long is {thing} on screen for? trying to time our ad",
        "For how many seconds is {thing} displayed?",
        "How long does {thing} stay visible, in seconds? It is for the timeline in my essay.",
        "hoe lang is {thing} te zien? how long",
        "how long does {thing} last and does it fade out or just cut?",
        "In the cockpit we timed everything. How long is {thing} up there?",
        "{thing} screen time?",
        "Tell me the length of time {thing} is shown",
    ],
    "people count": [
        "how many ppl are in the video? for the talent release forms",
        "How many people appear in this video?",
        "What is the maximum number of people visible at the same time?",
        "hoeveel mensen zie je? how many people are in it",
        "how many people are in it and are any of them looking at the camera?",
        "Any souls on board? How many people do we see?",
        "count the people",
        "I'd like a headcount of everyone who shows up in the footage",
    ],
    "cross said": [
        "whats being said while {thing} is up? want to pair it with the copy",
        "What is said while {thing} is on screen?",
        "Which words are spoken during the time {thing} is visible? I need to quote them accurately.",
        "wat wordt er gezegd terwijl {thing} in beeld is? what's said at that time",
        "while {thing} is shown, does someone speak and what do they say?",
        "Read me back what's said over {thing}.",
        "audio during {thing}?",
        "When {thing} is up, what can you hear the voice say",
    ],
    "cross shown": [
        "what's on screen when they say \"{phrase}\"? need the visual for a clip",
        "What is shown when the words '{phrase}' are spoken?",
        "What is visible on screen at the moment the speaker says \"{phrase}\"?",
        "wat staat er in beeld als iemand \"{phrase}\" zegt?",
        "someone says '{phrase}', what's on screen then and is it moving?",
        "Right about when the voice goes '{phrase}', what are we looking at?",
        "visual during \"{phrase}\"",
        "I heard '{phrase}' - what was showing at that point",
    ],
    "unanswerable": [
        "what's the name of the person who made this video? want to tag them",
        "How much did this video cost to produce?",
        "What camera model was this filmed with?",
        "wat voor weer was het buiten toen dit gemaakt werd? what was the weather outside",
        "who edited this and what did they have for lunch that day?",
        "What altitude was the crew flying at when this was recorded?",
        "what happens after the video ends",
        "What is the home address of the person who uploaded this?",
    ],
    "open": [
        "give me a one line summary of this vid for a caption",
        "What is this video about?",
        "Please provide a detailed description of the video's content for my essay.",
        "waar gaat deze video over? what is it about",
        "what happens in this video and what's the mood of it?",
        "Give me a debrief of what this clip shows.",
        "describe the video",
        "Tell me everything that happens in this, start to finish",
    ],
}
# "shot count" phrasings that ask for cuts / changes (the answer is shots - 1).
BLIND22_CUT_PHRASINGS = {
    "For my analysis of the editing, how many times does the video cut from one shot to another?",
    "Count the scene changes for me, would you?",
    "I lost count: how many times does the picture switch over to a new scene",
}
# "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND22_ORDER_YESNO = {
    "Does {a} come before {b} on screen?",
    "Is {b_low} shown after {a_low}?",
}
BLIND22_START_WORD = "what word is on screen right as the video starts?"
BLIND22_MIDDLE_WORD = "Which word is displayed at roughly the halfway point of the video? Over."
BLIND22_END_WORD = "welk woord staat er helemaal aan het einde in beeld? the word at the very end"
BLIND22_HEAR = "is \"{word}\" spoken out loud anywhere in the audio, or did i imagine it?"
BLIND22_VIDEO_LENGTH = [
    "how long is this vid",
    "What's the total running time of the clip?",
    "hoe lang duurt deze video? the total length",
    "For the methodology section of my essay, what is the full duration of the video?",
]

# The photos-AB slideshow's own questions.
BLIND22_FIRST_PHOTO = "whats the very first picture in the slideshow"
BLIND22_HALFWAY_PHOTO = "Halfway through the slideshow, what photograph is on the screen?"
BLIND22_LAST_PHOTO = "wat is de laatste foto? the last picture, what is on it"
BLIND22_PHOTO_COUNT = "In total, how many photographs are shown in this slideshow?"
BLIND22_SKY = "is there blue sky in any of the pictures, and which one?"
BLIND22_JUMPER_NAME = "What's the name of the parachutist? Over."
BLIND22_GINGER_PRICE = "how much did that ginger cost at the shop"
BLIND22_FLOWER_COUNTRY = "For my essay, in which country was the red flower photographed?"
