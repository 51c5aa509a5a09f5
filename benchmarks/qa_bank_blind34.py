"""Phrasings of the `blind34` split (its videos and truth: qa_bank_cases_blind34.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices take turns. One is an enthusiastic travel blogger (exclamation marks, superlatives, "OMG", a long
story before the question; two of the phrasings drop into a little German). The other is an elderly woman with
shaky typing: typos, doubled letters, missing spaces, polite forms of address ("dear", "please").

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} in "word at time" and "shown at time" (a time such as "0:07", 7,
"00:07", "seven", "eighth" as in the eighth second); {a} {b} {a_low} {b_low} in "order" (two on-screen words,
upper and lower case; BLIND34_ORDER_YESNO holds the yes/no ones, yes iff {a} shows first); {word} {word_low} in
"first appearance" and BLIND34_HEAR; {thing} in "presence", "visual when", "duration" and "cross said";
{phrase} (a quote of part of a spoken sentence) in "cross shown". The phrasings in BLIND34_CUT_PHRASINGS ask for
cuts (shots - 1). The BLIND34_* constants after the templates belong to the slideshow photos-B34.
"""

from __future__ import annotations

BLIND34_TEMPLATES = {
    "word at time": [
        "OMG okay quick one!! Which word is popping up on screen at {mmss}?? Need it for my caption!",
        "deaar, what word iss written on the screen at {s} seconds pleas",
        "Wow, what a clip! Tell me the word that's showing at exactly {hhmmss}!",
        "at {s_words} seconds in there is a word on the screenn , what does it say",
        "In the {s_ord} second of this amazing little video, which word is up?!",
        "i cant see so well anymore,could you read me the word that is on at {mmss}",
        "Word at {s} s? Go!",
        "Sorry to bother, my grandson sent this. Around the {s_ord} second some writing comes up, what word is it",
    ],
    "shown at time": [
        "Okay this is the BEST part I think, what's in the picture at {mmss}??",
        "what isshown at {s} seconds dear, my eyes are not good",
        "Was sieht man bei {s} Sekunden? Like, what's actually on screen at that moment!",
        "could you describe what is on the screen at {hhmmss} please",
        "At {s_words} seconds, what are we looking at? Spill!",
        "whatt picture is there in the {s_ord} second",
        "Pause it at {mmss} in your head and tell me what's pictured there, I'm dying to know!",
        "my daughter asked me what was on at {s} seconds andi did not know, what was it",
    ],
    "spoken": [
        "Is anyone talking in this?! What do they actually say?",
        "what does the voice saay in the video please",
        "Give me the narration word for word, I want to quote it on the blog!",
        "somebody is speaking i think but my hearing aid is off, what are they saying",
        "Transcribe the audio for me!",
        "i would like to know what is said,,, thank you kindly",
        "So what's the voiceover telling us? The whole thing, please!",
        "whatis being said out loud in this one dear",
    ],
    "order": [
        "Which comes up first, {a} or {b}?!",
        "doess the word {a_low} come before {b_low} or after it",
        "Quick sanity check for my post: is {a} shown before {b}?",
        "i saw {a_low} and {b_low} on the screen but which one was first please",
        "{a} then {b}, or {b} then {a}? Which order!",
        "was {a_low} on screen earlier than {b_low} , yes or no dear",
        "Of the two words {a} and {b}, tell me the one that appears earliest!",
        "please tell me which i saw sooner, the word {a_low} or the word {b_low}",
    ],
    "shot count": [
        "How many different shots are in this gorgeous clip?!",
        "how many scenes are there alltogether",
        "Count the cuts for me! How many times does it switch?",
        "dear how many timess does the picture change to a new one",
        "Number of scenes, please, I'm doing a breakdown of the edit!",
        "how manny separate shots did they put in this",
        "Okay nerd question: how many edits (cuts) are in it from start to finish?",
        "can you count the shots in the video for me, i lost count",
    ],
    "first appearance": [
        "When does {word} first show up?! I need the timestamp!",
        "at what time does the word {word_low} come on the screen the first time",
        "First appearance of {word}: what second?",
        "i am looking for {word_low}, when can i first see it please",
        "How far into the video do we first get the word {word}? Best moment ever!",
        "whenn is {word_low} first shown dear",
        "Tell me the exact moment the word {word} appears for the very first time!",
        "{word_low} , what time does it start being on the screen",
    ],
    "word count": [
        "How many different words pop up on screen in total?!",
        "how many diferent words are written in this video",
        "Count the unique on-screen words for me, I love a good stat!",
        "i think there are many words on the screen, how many different ones are there dear",
        "Total number of distinct words shown?",
        "how many words doo they show, not counting the same one twice",
        "Okay so word count! How many separate words appear on the screen over the whole clip?",
        "please count the different words that come up",
    ],
    "presence": [
        "Is there {thing} anywhere in this?!",
        "do you see {thing} in the video dear",
        "Quick! {thing}: yes or no, is it in there?",
        "i was told there is {thing} in this, is that true",
        "Does {thing} appear at any point? That would be the coolest!",
        "isthere {thing} in it",
        "Be honest with me, is {thing} in the video at all? I might have blinked!",
        "please can you check if {thing} is in this one",
    ],
    "visual when": [
        "When do we see {thing}?! Timestamp please!",
        "at what time is {thing} on the screen",
        "Wann sieht man {thing}? I mean, at what point is it on screen!",
        "i want to see {thing} again, when does it come",
        "How far in is {thing} shown? I want to screenshot it!",
        "when iss {thing} shown dear",
        "Give me the moment {thing} is on screen, it's the most stunning bit!",
        "{thing} , at what second is that",
    ],
    "duration": [
        "How long is {thing} on screen?! Feels like forever haha",
        "for how many seconds is {thing} shown",
        "Duration of {thing}, please! Seconds are fine!",
        "how long do they keep {thing} up , i could not tell",
        "For how long can we see {thing}? Not long enough, surely!",
        "how lonng is {thing} visible dear",
        "Tell me the number of seconds {thing} stays on screen!",
        "{thing} is shown for how long please",
    ],
    "people count": [
        "How many people are in this?! Any fellow travellers?",
        "how many persons are in the video",
        "Count the humans for me! Most at one time!",
        "are there people in it, how many at the most dear",
        "What's the highest number of people on screen at once?",
        "how manny people can i see",
        "Headcount please: how many people show up in it?",
        "i would like to know the number of people in this one thank you",
    ],
    "cross said": [
        "What is said while {thing} is on screen?!",
        "what does the voice say when {thing} is shown",
        "During {thing}, what's the narration? I want to match it up!",
        "when {thing} was there somebody talked, what did they say",
        "Tell me the words spoken at the same time as {thing}!",
        "whatis said during {thing} dear",
        "While we're looking at {thing}, what do we hear? Most amazing combo!",
        "{thing} , what is being said then please",
    ],
    "cross shown": [
        "What's on screen when they say \"{phrase}\"?!",
        "what is shown when the voice says {phrase}",
        "Right at the line \"{phrase}\", what are we seeing? Best line ever!",
        "when they said {phrase} what picture was on dear",
        "At \"{phrase}\", what is pictured?",
        "what do i see while someone sayss \"{phrase}\"",
        "Tell me what's being shown at the exact moment the words \"{phrase}\" are spoken!",
        "{phrase} ... what is on the screen then please",
    ],
    "unanswerable": [
        "What's the name of the person who filmed this?! I want to tag them!",
        "how much did it cost to make this video dear",
        "What was the weather like just outside the frame? Sunny, I bet!",
        "what happenned right after the video ended",
        "Which camera brand was this shot on? Best camera ever?",
        "who is the owner of this video, what is there name",
        "What will the creator post next week? Tell me!",
        "what was the phone number of the man who made it",
    ],
    "open": [
        "What's this video all about?! Give me the vibe!",
        "what is this video about please",
        "Describe it for me, I want to write the most epic summary!",
        "can you tell me whats in this one dear, i cant see it well",
        "Summarise the clip!",
        "please describe the video for an old lady",
        "Sum it up for my followers: what happens in this video?",
        "what iss this",
    ],
}

BLIND34_CUT_PHRASINGS = {
    "Count the cuts for me! How many times does it switch?",
    "dear how many timess does the picture change to a new one",
    "Okay nerd question: how many edits (cuts) are in it from start to finish?",
}
BLIND34_ORDER_YESNO = {
    "Quick sanity check for my post: is {a} shown before {b}?",
    "was {a_low} on screen earlier than {b_low} , yes or no dear",
}
assert BLIND34_CUT_PHRASINGS <= set(BLIND34_TEMPLATES["shot count"])
assert BLIND34_ORDER_YESNO <= set(BLIND34_TEMPLATES["order"])
assert all(len(v) == 8 and len(set(v)) == 8 for v in BLIND34_TEMPLATES.values())

BLIND34_START_WORD = "what word is on the screen right at the beginingg"
BLIND34_MIDDLE_WORD = "Halfway through, which word is on screen? The very middle!"
BLIND34_END_WORD = "which word is there at the very end dear"
BLIND34_HEAR = "Does anyone actually say the word {word} out loud?!"
BLIND34_VIDEO_LENGTH = [
    "How long is this video?! Total runtime please!",
    "how many seconds does this video last",
    "Start to finish, what is the runtime of this beauty?!",
    "is this a long one dear, how long does it go on for",
]

# The slideshow photos-B34 (the Petra monastery, the Great Wall, Rocamadour, Machu Picchu).
BLIND34_FIRST_PHOTO = "Which amazing place do we see first?!"
BLIND34_HALFWAY_PHOTO = "what picture is on about half way throughh"
BLIND34_LAST_PHOTO = "And the grand finale, what's the last picture it ends on?!"
BLIND34_PHOTO_COUNT = "how many diffrent pictures are there in this"
BLIND34_WATCHTOWER = "is there a watch tower on that wall , i think i saw one"
BLIND34_HIKER_NAME = "What's the name of the hiker walking up to that huge stone building?!"
BLIND34_HOTEL_PRICE = "how much does a room cost in that village on the cliff dear"
BLIND34_WALL_DATE = "On what date was the photo of the wall taken? I need it for my timeline!"
