"""Phrasings of the `blind31` split (its videos and truth: qa_bank_cases_blind31.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices take turns: an insurance claims adjuster (formal and precise, documenting footage "for the file",
asking the assistant to "please confirm") and a game streamer (slang, abbreviations, no punctuation, chat style,
talking to or about their chat). English only.

Fields:
- "word at time", "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in "the eighth second" = 7-8 s);
- "order": {a} {b} (upper case), {a_low} {b_low} (lower case); yes/no ones are in BLIND31_ORDER_YESNO (yes iff
  {a} is first);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing};
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND31_HEAR: {word}.
"shot count" phrasings that ask for cuts (shots - 1) are in BLIND31_CUT_PHRASINGS.
"""

from __future__ import annotations

BLIND31_TEMPLATES = {
    "word at time": [
        "For the file, please confirm which word is displayed on screen at {mmss}.",
        "yo what word is up on screen at like {s} sec",
        "I am reviewing this footage as part of a claim. At timestamp {hhmmss}, what text appears in the frame?",
        "chat wants to kno the word at {mmss} lol",
        "Kindly state the on-screen word that is visible during the {s_ord} second of the recording.",
        "at {s_words} seconds in whats the word on screen",
        "Could you tell me, for my report, the word that can be read on the screen {s} seconds into the clip?",
        "pause at {mmss} n tell me what it says",
    ],
    "shown at time": [
        "Please confirm what is pictured on screen at {mmss}, for the file.",
        "wats on screen at {s}s",
        "At {hhmmss}, what does the frame depict? I require an accurate description for the claim record.",
        "what are we lookin at around {mmss} chat",
        "Describe the image that is visible during the {s_ord} second, please.",
        "{s_words} seconds in, whats showing",
        "I would like to document the visual content at the {s} second mark. What is shown there?",
        "skip to {mmss} what pic is that",
    ],
    "spoken": [
        "Please provide a verbatim account of what is said in this recording.",
        "what did they say lol",
        "For the file: is there any speech, and if so, what exactly is spoken?",
        "transcribe the voice pls",
        "I need the spoken content of this video documented. Which words can be heard?",
        "anyone talking in this?? what they sayin",
        "Kindly summarise the audio; specifically, what does the narrator say?",
        "gimme the voiceover word for word",
    ],
    "order": [
        "Please confirm the sequence: which appears first on screen, {a} or {b}?",
        "{a_low} or {b_low} which one popped up first",
        "Does the word {a} appear before the word {b}? Please confirm for the file.",
        "did {a_low} show before {b_low} or nah",
        "For the chronology in my report, which of these two words was displayed earlier: {b} or {a}?",
        "which came 1st {b_low} or {a_low}",
        "Of the words {a} and {b}, kindly state which one is shown earlier in the video.",
        "ok so {a_low} and {b_low} both show up right, which was first",
    ],
    "shot count": [
        "Please confirm the total number of distinct shots in this recording.",
        "how many scenes r in this",
        "How many times does the footage cut from one shot to another? Please give a number for the file.",
        "how many cuts tho",
        "For the purposes of my review, how many separate scenes does the video consist of?",
        "count the shots for me real quick",
        "I need the number of scene changes in this clip documented.",
        "yo how many diff shots does this vid have",
    ],
    "first appearance": [
        "At what time does the word {word} first appear on screen? Please confirm for the file.",
        "when does {word_low} first pop up",
        "For the timeline of this claim, please state the earliest timestamp at which {word} is visible.",
        "timestamp for {word_low} pls, first time it shows",
        "Kindly indicate when the text {word} is first displayed.",
        "{word_low} shows up when??",
        "I need to note in the report the moment the word {word} first becomes visible. When is that?",
        "how far in before we see {word_low}",
    ],
    "word count": [
        "Please confirm how many different words appear on screen in total.",
        "how many words show up in this vid not counting repeats",
        "For the file, state the number of distinct on-screen words in this recording.",
        "count the unique words on screen",
        "Over the course of the video, how many separate words, each one different, are displayed?",
        "hw many diff words do we get on screen",
        "I would like an exact count of the distinct words shown in the footage, please.",
        "yo total words on screen? unique ones only",
    ],
    "presence": [
        "Please confirm whether {thing} appears anywhere in this video.",
        "is there {thing} in this or nah",
        "For the file: does the footage contain {thing}? Yes or no, please.",
        "{thing} in here anywhere?",
        "Can you verify the presence of {thing} in the recording?",
        "did i miss {thing} or was it never there",
        "I need to establish, for the claim, whether {thing} is visible at any point. Is it?",
        "ngl i think i saw {thing}, was it actually in the vid",
    ],
    "visual when": [
        "At what point in the recording is {thing} on screen? Please confirm the timestamps.",
        "when do we see {thing}",
        "For the file, please state the time at which {thing} is shown.",
        "timestamp for {thing} pls",
        "I am documenting the sequence of images. When does {thing} appear?",
        "{thing} shows up at what time",
        "Kindly indicate the portion of the video in which {thing} is visible.",
        "skip to {thing}, when's that",
    ],
    "duration": [
        "Please confirm how long {thing} remains on screen.",
        "how long is {thing} up for",
        "For the file, what is the duration, in seconds, for which {thing} is displayed?",
        "{thing} stays on screen how many secs",
        "I need to record the length of time that {thing} is visible. How long is it?",
        "how many seconds do we get of {thing}",
        "Kindly state the total time {thing} is shown in the recording.",
        "yo {thing} was on for how long",
    ],
    "people count": [
        "Please confirm the number of people who appear in this recording.",
        "how many ppl in this",
        "For the file, what is the largest number of persons visible at one time?",
        "anyone in this vid? how many",
        "How many individuals can be seen in the footage at the same time, at most?",
        "count the humans lol",
        "I need to identify any witnesses in the footage. How many people are shown?",
        "is it a solo thing or is there like a whole squad, how many people",
    ],
    "cross said": [
        "Please confirm what is said while {thing} is on screen.",
        "what do they say during {thing}",
        "For the file: while {thing} is displayed, which words are spoken?",
        "whats the voice saying over {thing}",
        "I need to match the audio to the visuals. What is being said at the time {thing} is shown?",
        "when {thing} is up whats said",
        "Kindly transcribe the speech that accompanies {thing}.",
        "audio during {thing}? what was it",
    ],
    "cross shown": [
        "Please confirm what is displayed on screen when the speaker says \"{phrase}\".",
        "whats on screen when they go \"{phrase}\"",
        "For the file, what image accompanies the words \"{phrase}\"?",
        "\"{phrase}\" - what we seein at that part",
        "At the moment the narrator says '{phrase}', what is shown in the frame?",
        "wat was on screen during the '{phrase}' bit",
        "I need to cross-reference the audio with the picture. While the words {phrase} are spoken, what is visible?",
        "when u hear {phrase} whats showing",
    ],
    "unanswerable": [
        "Please confirm the full name of the person who recorded this video, for the file.",
        "whats the discord tag of whoever made this",
        "What was the replacement cost of the equipment used to film this? I need the figure for the claim.",
        "what camera did they shoot this on",
        "Kindly state the street address of the location where this was filmed.",
        "what happens right after the vid ends",
        "For the file, what was the outside temperature on the day this was filmed?",
        "how many subs does the creator of this have",
    ],
    "open": [
        "Please provide a brief summary of this video's contents for the file.",
        "whats this vid about",
        "Describe the recording in full: what is shown and what is said.",
        "give me the rundown on this clip",
        "For my report I need an overview of the footage. What does it contain?",
        "tldr this vid for chat",
        "Kindly explain what this video is about.",
        "sum up this video real quick, whats going on in it",
    ],
}

#: "shot count" phrasings that ask for the number of cuts (shots - 1).
BLIND31_CUT_PHRASINGS = {
    "How many times does the footage cut from one shot to another? Please give a number for the file.",
    "how many cuts tho",
    "I need the number of scene changes in this clip documented.",
}
#: "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND31_ORDER_YESNO = {
    "Does the word {a} appear before the word {b}? Please confirm for the file.",
    "did {a_low} show before {b_low} or nah",
}

BLIND31_START_WORD = "Please confirm which word is displayed right at the start of the recording."
BLIND31_MIDDLE_WORD = "whats the word on screen around halfway thru"
BLIND31_END_WORD = "For the file, what word appears on screen at the very end of the video?"
BLIND31_HEAR = "does anyone actually say \"{word}\" out loud in this"
BLIND31_VIDEO_LENGTH = [
    "Please confirm the total running time of this recording.",
    "how long is this vid",
    "For the file, what is the length of the video in seconds?",
    "whats the runtime on this",
]

# The slideshow's own questions (photos-B31).
BLIND31_FIRST_PHOTO = "For the file, please describe the first photograph shown in the slideshow."
BLIND31_HALFWAY_PHOTO = "what pic is on screen like halfway thru"
BLIND31_LAST_PHOTO = "What is depicted in the final image of the slideshow? Please be precise."
BLIND31_PHOTO_COUNT = "how many pics are in this slideshow"
BLIND31_SPLASH = "Please confirm whether a splash of water appears in any of the photographs."
BLIND31_GARDEN_NAME = "For the file, what is the name of the garden where the yellow flower was photographed?"
BLIND31_BOUQUET_PRICE = "how much would a bunch of those yellow flowers cost irl"
BLIND31_SPLASH_DATE = "On what date was the photograph of the water splash taken? Please confirm for the record."
