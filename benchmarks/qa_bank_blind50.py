"""Phrasings of the `blind50` split (its videos and truth: qa_bank_cases_blind50.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
The voices are two people typing to a video assistant:
- an old sailor who talks like he is still aboard (aye, matey, shipmate, the reel, the log, heave into sight,
  spy, aye or nay), dropping letters and punctuation;
- a busy parent dictating while looking after a toddler, whose sentences break off for the child (dashes,
  shouted asides in capitals, "sorry", a question restarted halfway).
No foreign languages.

Fields: "word at time" and "shown at time" take {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words}
("seven") and {s_ord} ("eighth", as in the eighth second = 7-8 s); "order" takes {a} {b} (upper case) and
{a_low} {b_low} (lower case); "first appearance" takes {word} {word_low}; "presence", "visual when",
"duration" and "cross said" take {thing}; "cross shown" takes {phrase}; BLIND50_HEAR takes {word}. The other
types take no fields.
"""

from __future__ import annotations

BLIND50_TEMPLATES = {
    "word at time": [
        "ahoy, what word be showin on the screen at {mmss} matey",
        "what word is up on screen at {s} seconds - no sweetie not in your mouth - sorry, at {s} seconds what's the word",
        "Aye, I'd be obliged if ye'd log for me the word written across the picture in the {s_ord} second.",
        "ok quick one while she naps. timestamp {hhmmss}, what does the text on the screen say",
        "{s_words} seconds in, what word's painted up there shipmate",
        "can you tell me the on screen word at {mmss} please. hang on. LEO PUT THE CAT DOWN. ok so the word at {mmss}?",
        "by the ship's clock it were {hhmmss} - which word was hoisted on the screen then",
        "I need the word that's written on screen at {s} sec for the sheet im fil- sorry. for the sheet im filling in",
    ],
    "shown at time": [
        "what's pictured on the screen at {mmss}, an old sailor wants to know",
        "at {s} seconds what are we looking at - NOT the crayons on the wall - sorry, what's shown at {s} seconds",
        "what picture be up at {hhmmss} in this reel",
        "Could you describe what is being shown in the {s_ord} second of the video?",
        "{s_words} seconds into it, what's on the screen",
        "quick - what is in the picture at {mmss}? he's pulling my sleeve so just a few words",
        "tell me what ye spy on screen at the {s} second mark, shipmate",
        "at timestamp {hhmmss} what does the video show",
    ],
    "spoken": [
        "what be the words spoken aloud in this here reel",
        "can you type out what the voice says - mommy's on the computer, two minutes - what's said in the video",
        "what does the narrator say",
        "somebody's talkin in this one, what are they sayin matey",
        "I couldn't hear it over the crying, what is said out loud in the clip?",
        "Please transcribe the speech in this video.",
        "tell an old salt what was said, me ears ain't what they were",
        "is anyone speaking and if so - BEN GET DOWN FROM THERE - sorry, if so what do they say",
    ],
    "order": [
        "which word hove into view first, {a} or {b}",
        "does {a_low} come up before {b_low}? yes or no, quick, he's climbing the stairs",
        "between the words {a} and {b}, which one showed up on the screen first",
        "is {a} on screen earlier than {b}",
        "{a_low} and {b_low}... which came first, I lost track wiping up juice",
        "aye, tell me which one crossed the bow first: {a} or {b}?",
        "Of {a} and {b}, which appeared earlier in the video?",
        "was {a_low} ahead of {b_low} in the running order, aye or nay",
    ],
    "shot count": [
        "how many shots be in this reel",
        "how many scenes are there in total? counting with her on my lap, sorry",
        "how many times does the picture cut to something new",
        "count me the separate shots, shipmate",
        "How many different shots does the video have?",
        "how many cuts are there - stop that - how many cuts in the clip",
        "number of scenes in this one matey?",
        "how many times does the scene change",
    ],
    "first appearance": [
        "when does the word {word} first heave into sight",
        "at what time does {word_low} appear for the first time",
        "what second does {word} first show up - sorry, first show up on screen",
        "give me the timestamp where {word} first appears",
        "how far into the video before we first see {word_low}",
        "first sighting of the word {word}, what time would that go in the log",
        "when is {word} on screen the earliest? he's tugging at me so short answer pls",
        "{word_low}: at what point does it first come up",
    ],
    "word count": [
        "how many different words show up on the screen",
        "count the distinct words written on screen for me please",
        "how many separate words does the video put up, not counting repeats",
        "How many unique on-screen words are there?",
        "aye, tally up the different words shown, each one counted the once",
        "how many words in all appear written - no honey that's mommy's - sorry, different ones only",
        "number of distinct words displayed?",
        "how many kinds o words flash up on the screen matey",
    ],
    "presence": [
        "is there {thing} anywhere in this video",
        "d'ye spy {thing} in this reel at all",
        "does {thing} appear at any point? yes or no",
        "quick check - she's finally asleep - is {thing} in the video",
        "any sign of {thing} in the footage",
        "I want to know whether {thing} shows up in this clip.",
        "{thing} - is that in the video somewhere or not",
        "has this reel got {thing} in it, aye or nay",
    ],
    "visual when": [
        "when is {thing} on screen",
        "at what time does {thing} show up",
        "tell me when we get a look at {thing} matey, what time",
        "At which point in the video is {thing} shown?",
        "what timestamp has {thing}, sorry typing one handed",
        "when does {thing} come into view",
        "during which seconds can you see {thing}",
        "{thing}, when was that on the screen? - NO BITING - sorry",
    ],
    "duration": [
        "how long is {thing} on screen",
        "for how many seconds do we see {thing}",
        "how long does {thing} stay up - he's got the remote - how long does it stay on screen",
        "how much time is {thing} shown for",
        "how many seconds did {thing} stay in sight, shipmate",
        "What is the duration for which {thing} is visible?",
        "{thing} stays on the screen for how long",
        "tell me how long {thing} lasts in the reel",
    ],
    "people count": [
        "how many people are in the video",
        "how many souls be aboard this reel",
        "What is the largest number of people visible at one time?",
        "how many people show up on screen at once, max",
        "count the people in it for me please - SHOES ON - sorry, count the people",
        "are there any people in it and if so how many",
        "how many folk can ye see in this clip matey",
        "number of people in the video?",
    ],
    "cross said": [
        "what is said while {thing} is on screen",
        "what be spoken while {thing} is showin",
        "while {thing} is shown, what does the voice say",
        "What words are spoken during the part with {thing}?",
        "when {thing} is up, what's being said? couldn't hear over the screaming",
        "what does the narrator say at the time {thing} appears",
        "tell me the talk that plays over {thing}, shipmate",
        "{thing} is on screen and someone talks - what do they say",
    ],
    "cross shown": [
        "what is on the screen when someone says \"{phrase}\"",
        "what's shown while the voice says {phrase}",
        "when the words '{phrase}' are spoken, what be on the screen",
        "what can you see at the moment they say {phrase}",
        "What is pictured during \"{phrase}\"?",
        "right when it says {phrase} - no, that's hot - what's on screen then",
        "which picture or word is up while \"{phrase}\" is being said",
        "what shows on screen as the line '{phrase}' is heard, matey",
    ],
    "unanswerable": [
        "what's the name of the person who made this video",
        "how much did it cost to make this",
        "what happens right after the video ends",
        "what was the weather like the day this reel was put together, a gale blowin or flat calm",
        "What brand of camera was this shot with?",
        "what day of the week was it recorded - PUT IT BACK - sorry, which day",
        "how old is the fella doin the talkin",
        "what will whoever made this post next",
    ],
    "open": [
        "what is this video about",
        "describe this video for me",
        "give an old sailor the gist of what goes on in this reel",
        "can you tell me what's in this - quick, before she wakes up",
        "what's the clip about in a nutshell",
        "Please summarize the video.",
        "what happens in this reel, stem to stern",
        "tell me what this is - he wants his snack - just a couple of sentences",
    ],
}

BLIND50_CUT_PHRASINGS = {
    "how many times does the picture cut to something new",
    "how many cuts are there - stop that - how many cuts in the clip",
    "how many times does the scene change",
}
BLIND50_ORDER_YESNO = {
    "does {a_low} come up before {b_low}? yes or no, quick, he's climbing the stairs",
    "is {a} on screen earlier than {b}",
    "was {a_low} ahead of {b_low} in the running order, aye or nay",
}

BLIND50_START_WORD = "what word be on the screen right as the reel starts, the very first moment"
BLIND50_MIDDLE_WORD = "which word's up on screen about halfway - sorry - halfway through the video"
BLIND50_END_WORD = "what's the word showing at the very end of the clip, the last thing before it stops"
BLIND50_HEAR = "is the word {word} said out loud anywhere in it, aye or nay"
BLIND50_VIDEO_LENGTH = [
    "how long is this reel from start to finish",
    "what's the total length of the video - he's got five minutes of patience left - how long is it",
    "How many seconds does the whole video last?",
    "what be the running time o this clip, matey",
]

# The photos-B50 slideshow's own questions (truth in qa_bank_cases_blind50.py).
BLIND50_FIRST_PHOTO = "what's the first picture that comes up in the slideshow, matey"
BLIND50_HALFWAY_PHOTO = "about halfway through - sorry she dropped her cup - halfway through, what picture is on screen"
BLIND50_LAST_PHOTO = "what be the last photo in the reel before it ends"
BLIND50_PHOTO_COUNT = "how many different photos are there in this slideshow"
BLIND50_ONE_LEG = "is there a bird standing on just one leg in any of the pictures, aye or nay"
BLIND50_SEAHORSE_NAME = "what's the seahorse's name - the one in the photo - he wants to know"
BLIND50_GIRAFFE_PRICE = "how much would a giraffe like the one in that picture cost to buy, shipmate"
BLIND50_PELICAN_DATE = "on what date was the photo of the flying pelican taken"
