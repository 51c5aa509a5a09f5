"""Phrasings of the `blind29` split (its videos and truth: qa_bank_cases_blind29.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices take turns:
- a radio producer checking clips in a hurry: terse, clipped, studio jargon (VO, b-roll, TC, in/out, sting,
  TRT, EDL, talent, the log);
- a grandmother dictating by voice-to-text: no punctuation, run-on sentences, homophones the dictation got
  wrong (here/hear, no/know, there/their, threw/through, wile/while, hole/whole), and a little Italian in three
  phrasings (scusa, cosa dice, allora).

Fields: "word at time" and "shown at time" take a time as {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"),
{s_words} ("seven") or {s_ord} ("eighth", the eighth second = 7-8 s); "order" takes {a} {b} {a_low} {b_low}
(two on-screen words, upper and lower case; the yes/no ones, in BLIND29_ORDER_YESNO, are yes iff {a} is first);
"first appearance" takes {word} {word_low}; "presence" takes {thing} ("the word X", "a dog"); "visual when",
"duration" and "cross said" take {thing} (an on-screen word or a photo's description); "cross shown" takes
{phrase} (a quote of a spoken sentence); BLIND29_HEAR takes {word}. The other types take no fields. The
"shot count" phrasings in BLIND29_CUT_PHRASINGS ask for cuts or changes (shots - 1).
"""

from __future__ import annotations

BLIND29_TEMPLATES = {
    "word at time": [
        "word on screen at TC {mmss}?",
        "what word is up at {s} sec, need it for the log",
        "ok so at the {s_ord} second there is a word on the screen what word is it",
        "my grandson says theres writing at {s_words} seconds in can you tell me what it says",
        "TC {hhmmss} - which caption word is on screen?",
        "at {mmss} what does the writing on the screen say please tell me dear",
        "Need the on-screen text at {s}s. Just the word.",
        "scusa what is the word wrote on the screen when its {s_words} seconds",
    ],
    "shown at time": [
        "whats in frame at {mmss}",
        "TC {hhmmss}, describe the picture that's up. quick",
        "what is the picture at {s} seconds i cant see it good on my phone",
        "at the {s_ord} second what are we looking at",
        "Picture at {s_words} seconds: what's in it?",
        "can you tell me what there showing at {mmss} my eyes arent what they used to be",
        "need a visual desc for {s}s in, for the b-roll sheet",
        "what do you see at {hhmmss} describe it for me",
    ],
    "spoken": [
        "VO transcript pls",
        "what are they saying in this one",
        "What's said on the audio? Verbatim if you can.",
        "the voice in the video what is it saying i couldnt here it",
        "Any dialogue? Give me the lines.",
        "tell me the words that are spoken out loud in this clip please",
        "cosa dice the voice what is it telling us in the video",
        "Pull the spoken lines for me - what do we hear?",
    ],
    "order": [
        "{a} or {b}, which is up first",
        "does {a} come up before {b}",
        "which one came first on the screen the word {a_low} or the word {b_low}",
        "Sequence check: {a} before {b}? Y/N",
        "i saw {a_low} and {b_low} written which was the first one",
        "In what order do {a} and {b} appear?",
        "was {b_low} shown after {a_low}",
        "first on screen - {b} or {a}?",
    ],
    "shot count": [
        "how many shots in this",
        "Number of cuts?",
        "how many different scenes are there in the video i lost count",
        "Shot count please, for the EDL.",
        "how many times does the picture change to a new one",
        "count the scenes for me would you",
        "How many edits are in the clip?",
        "how many scenes is it made up of altogether",
    ],
    "first appearance": [
        "TC where {word} first pops",
        "when does the word {word_low} first come up on the screen",
        "First in-point for {word}?",
        "at what time do i first see {word_low} written",
        "How far in does {word} show up for the first time?",
        "i want to no when {word_low} first shows up",
        "Earliest timestamp with {word} on screen.",
        "the word {word_low} when is the first time its on there",
    ],
    "word count": [
        "how many unique words on screen",
        "count of distinct on-screen words?",
        "how many different words are written in the video not counting the same one twice",
        "Total number of different caption words - go.",
        "how many words do they show me all together different ones i mean",
        "How many separate words appear as text, ignoring repeats?",
        "number of different words on screen, need it for the log",
        "can you count up all the different words that come on the screen",
    ],
    "presence": [
        "{thing} in it? y/n",
        "is there {thing} in this video",
        "Do we have {thing} anywhere in the clip?",
        "my friend says she saw {thing} is it in there",
        "Check for {thing}. Yes or no.",
        "does {thing} show up at any point",
        "i am looking for {thing} is it in the video or not",
        "Any sign of {thing}?",
    ],
    "visual when": [
        "when's {thing} up",
        "at what time do we see {thing}",
        "TC for {thing}?",
        "when does {thing} come on i want to show my sister",
        "Give me the in and out for {thing}.",
        "{thing} what time is that on",
        "How far into the video does {thing} appear?",
        "i remember {thing} being in there somewhere when was it",
    ],
    "duration": [
        "how long is {thing} up",
        "Duration on {thing}?",
        "for how many seconds is {thing} on the screen",
        "how long do they keep {thing} on there before it goes away",
        "Run time of {thing}, in seconds.",
        "{thing} how long does it stay",
        "How many seconds does {thing} hold for?",
        "is {thing} on for a long time or a short time how many seconds",
    ],
    "people count": [
        "how many people in frame",
        "Headcount? Max on screen at once.",
        "how many persons are in the video at the same time the most",
        "how many folks do you see in it",
        "Number of people visible?",
        "are there people in it and how many",
        "count the people for me please dear",
        "Talent count - how many people on camera?",
    ],
    "cross said": [
        "what's the VO over {thing}",
        "while {thing} is on screen what is being said",
        "What's said during {thing}?",
        "somebody was talking when {thing} came on what did they say",
        "Audio under {thing} - what are the words?",
        "what do they say at the same time as {thing}",
        "Give me the line that plays over {thing}.",
        "what are the words spoken wile {thing} is up there",
    ],
    "cross shown": [
        "what's on screen when the VO says \"{phrase}\"",
        "when the voice says {phrase} what is on the screen",
        "Visual during the line '{phrase}'?",
        "what picture is showing when somebody says {phrase}",
        "B-roll under '{phrase}' - what is it?",
        "at the part where they say {phrase} what do you see",
        "What's shown while '{phrase}' is being said?",
        "i heard {phrase} and i want to no what was on the screen right then",
    ],
    "unanswerable": [
        "who's the talent, name?",
        "how much did it cost to make this video",
        "What mic was the VO recorded on?",
        "what happens after the video ends",
        "whats the weather like outside where they filmed it",
        "Which station is this airing on next week?",
        "who is the person who made this video is it somebody famous",
        "What camera shot this? Brand and model.",
    ],
    "open": [
        "quick summary of the clip",
        "what is this video about",
        "Describe this clip in two lines for the rundown.",
        "tell me whats going on in this video from the start to the end",
        "Log note for this sting: what's in it?",
        "allora what is this one about my grandson sent it",
        "What's the gist?",
        "can you describe the video for me i dont see so good",
    ],
}

BLIND29_CUT_PHRASINGS = {
    "Number of cuts?",
    "how many times does the picture change to a new one",
    "How many edits are in the clip?",
}
BLIND29_ORDER_YESNO = {
    "does {a} come up before {b}",
    "Sequence check: {a} before {b}? Y/N",
    "was {b_low} shown after {a_low}",
}

BLIND29_START_WORD = "what word is on screen right at the top of the clip"
BLIND29_MIDDLE_WORD = "Word on screen at about the halfway mark?"
BLIND29_END_WORD = "what is the last word they put on the screen at the very end"
BLIND29_HEAR = "does somebody say the word {word} out loud in it"
BLIND29_VIDEO_LENGTH = [
    "TRT on this clip?",
    "how long is this video all together",
    "What's the total duration of the clip?",
    "how many minutes and seconds does the hole video last",
]

# The slideshow photos-B29 (a dragonfly, a halved fig in a bowl, paint brushes, two spaniels).
BLIND29_FIRST_PHOTO = "Opening shot - what's in it?"
BLIND29_HALFWAY_PHOTO = "what is the picture about half way threw the video"
BLIND29_LAST_PHOTO = "Closing shot: what's pictured?"
BLIND29_PHOTO_COUNT = "how many different pictures do they show in the slide show"
BLIND29_DOG_TONGUE = "is there a dog with his tongue hanging out"
BLIND29_DOG_NAMES = "what are the names of the two dogs"
BLIND29_BOWL_PRICE = "Price on that orange bowl?"
BLIND29_DRAGONFLY_PLACE = "where was the dragonfly picture took what country is it"
