"""Phrasings of the `blind42` split (its videos and truth: qa_bank_cases_blind42.py).

Written blind: without reading the answering code, its tests, the answering docs or any other split's
phrasings; the truth comes from looking at the photos and from what the generated clips put on screen and say.

Two voices take turns: a suspicious detective (interrogating, pointed, treats the assistant like a witness)
and a radio DJ (slang, hype, talks to "the listeners", drops punctuation and letters). English only.

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second = 7-8 s);
{a} {b} {a_low} {b_low} two on-screen words (upper / lower case); {word} {word_low} an on-screen word;
{thing} an on-screen word ("the word X") or a photo's description; {phrase} a quote of a spoken sentence.
"""

BLIND42_TEMPLATES = {
    "word at time": [
        "Let's get one thing straight. At {mmss} there was a word on that screen. Which word was it?",
        "yooo what word is poppin up on the screen at {s} seconds, spill it",
        "I'm asking you once. The word on screen at timestamp {hhmmss}. Name it.",
        "ok the listeners wanna know, second number {s_words}, which word is up on screen rn??",
        "Somebody put a word up on the screen during the {s_ord} second and I want to know what it said.",
        "drop me the word that hits the scren at {mmss} no cap",
        "don't give me the runaround... what text was showing at the {s}s mark",
        "real quick fam, {mmss} in, whats the word on screen? need it for the show",
    ],
    "shown at time": [
        "At {mmss}, what exactly was in the picture? Describe it and don't leave anything out.",
        "yo what pic is on screen at {s} seconds, what are we lookin at",
        "the frame at {hhmmss}, what does it show. I want the object, not a guess",
        "at second {s_words} whats the picture of homie",
        "I've got a witness who says something was pictured on screen in the {s_ord} second. What was it?",
        "{mmss} mark... what's bein shown there, hit me",
        "What was on display in this footage at {s} sec? Think before you answer.",
        "peep the screen at {hhmmss} and tell the crew whats in the shot",
    ],
    "spoken": [
        "What was said in this video? Word for word, if you please.",
        "yo what they sayin in this clip",
        "There's a voice on this recording. What did it say?",
        "gimme the spoken lines from the vid, the whole thing, listeners are waitin",
        "I want a transcript of every word spoken out loud in here.",
        "any talkin in this joint?? what was said",
        "don't play dumb with me, what words does the voice on the tape speak",
        "run back the audio for me and tell me waht gets said",
    ],
    "order": [
        "Which came first on the screen, {a} or {b}? Think carefully.",
        "yo did {a_low} drop before {b_low}?",
        "So {a} shows up before {b}. Is that right, or are you lying to me?",
        "{a_low} vs {b_low}, who hit the screen first",
        "Establish the sequence for me: of {b} and {a}, which one appeared earlier?",
        "between the words {a} and {b} which one came up on screen first fam",
        "was the word {a_low} on screen earlier than the word {b_low}",
        "what came first in the vid... {a_low} or {b_low}? no cap",
    ],
    "shot count": [
        "How many separate shots are in this video? Count them.",
        "yo how many scenes we got in this clip",
        "How many times does the picture cut to something else?",
        "count the shots for me real quick, how many",
        "I want the number of scene changes in this footage. The exact number.",
        "how many diff scenes is this vid made of",
        "tell me how many cuts the editor made in here",
        "number of shots in this thing? hit me with it",
    ],
    "first appearance": [
        "When did the word {word} first show up on screen?",
        "yo at what time does {word_low} first pop up",
        "Give me the exact moment {word} made its first appearance.",
        "when do we first see {word_low} on the screen",
        "timestamp of the first time the word {word_low} appears, and don't round it off",
        "how far into the vid before {word} shows up?",
        "{word}. When was it first seen in this video?",
        "fam what second does the word {word_low} first come on",
    ],
    "word count": [
        "How many different words appear on screen in this video?",
        "how many diff words flash up on screen total",
        "Count the distinct words written on the screen. Not the repeats, the different ones.",
        "yo how many unique words we got showin in this clip",
        "I need a number: how many separate words were displayed in the video?",
        "count up all the different words on screen for the listeners",
        "What's the total of different on-screen words, each one counted once?",
        "number of different words that show up in the vid?",
    ],
    "presence": [
        "Is {thing} anywhere in this video? Yes or no.",
        "yo do we see {thing} in this clip",
        "Somebody told me {thing} shows up in this footage. Is that true?",
        "{thing} in the vid or nah",
        "Does this video contain {thing}?",
        "quick one, did you spot {thing} anywhere in here",
        "I'm going to ask you straight: did {thing} appear at any point",
        "any sign of {thing} in this joint?",
    ],
    "visual when": [
        "When is {thing} on screen?",
        "yo what time does {thing} show up",
        "At what point in the video do we see {thing}? I want times.",
        "{thing}, when's that on screen fam",
        "Tell me when {thing} appears, from start to finish.",
        "whens {thing} in the vid",
        "I need to know exactly when {thing} was visible in this footage.",
        "at what second do we catch {thing}",
    ],
    "duration": [
        "How long is {thing} shown on screen?",
        "yo for how many seconds is {thing} up there",
        "How much time does {thing} spend on screen? Be precise.",
        "{thing} stays on screen how long",
        "For how long was {thing} visible. In seconds.",
        "how long we lookin at {thing}",
        "I want the duration of {thing} on screen, nothing else.",
        "how many secs does {thing} last in the clip",
    ],
    "people count": [
        "How many people are in this video?",
        "how many peeps we got in the vid",
        "Count the persons you see in this footage. What's the most at one time?",
        "yo how many folks show up on screen",
        "How many individuals appear in this recording? Don't leave anyone out.",
        "number of people in this clip?",
        "what's the headcount in this video",
        "any humans in here? how many",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "yo what's bein said when {thing} is showin",
        "While {thing} was visible, somebody spoke. What did they say?",
        "what do we hear during {thing}",
        "Tell me the words spoken at the time {thing} is displayed.",
        "{thing} up on screen, what's the voice sayin",
        "what words were said out loud when {thing} was shown",
        "gimme the audio over {thing}",
    ],
    "cross shown": [
        "What is on screen when someone says \"{phrase}\"?",
        "yo when they say {phrase} what's on the screen",
        "At the moment the voice says '{phrase}', what is shown?",
        "what we lookin at when we hear {phrase}",
        "Someone said \"{phrase}\". What was on the screen at that moment?",
        "{phrase}... what's showin when that gets said",
        "what was pictured while the words '{phrase}' were spoken",
        "when the line {phrase} drops whats on screen fam",
    ],
    "unanswerable": [
        "What is the name of the person who made this video?",
        "yo what's the weather like outside where this was shot",
        "What camera was this filmed with? Brand and model.",
        "how much did this vid cost to make",
        "What happens right after the video ends?",
        "who's the editor of this clip, gimme their name",
        "What's the home address of whoever uploaded this?",
        "what day of the week was this recorded",
    ],
    "open": [
        "What is this video about?",
        "give me the rundown on this clip",
        "Describe this video to me. All of it.",
        "yo what's this vid about",
        "I need a summary of what goes on in this footage.",
        "break it down for the listeners, what's in this thing",
        "Walk me through what this video shows.",
        "whats the deal with this clip, sum it up",
    ],
}

BLIND42_CUT_PHRASINGS = {
    "How many times does the picture cut to something else?",
    "I want the number of scene changes in this footage. The exact number.",
    "tell me how many cuts the editor made in here",
}

BLIND42_ORDER_YESNO = {
    "yo did {a_low} drop before {b_low}?",
    "So {a} shows up before {b}. Is that right, or are you lying to me?",
    "was the word {a_low} on screen earlier than the word {b_low}",
}

BLIND42_START_WORD = "What word is on the screen right at the very start? Don't stall."
BLIND42_MIDDLE_WORD = "yo what word is up on screen about halfway thru"
BLIND42_END_WORD = "The very end of the video. What word is on the screen then?"
BLIND42_HEAR = "did somebody actually say the word {word} out loud in this clip or am i trippin"
BLIND42_VIDEO_LENGTH = [
    "How long is this video?",
    "yo how long is this clip",
    "What's the total running time of this footage?",
    "how many seconds does the vid run for",
]

# The photos-B42 slideshow's own questions (truth in qa_bank_cases_blind42.py).
BLIND42_FIRST_PHOTO = "What is pictured in the very first photo? Be specific."
BLIND42_HALFWAY_PHOTO = "yo what pic is on screen halfway thru the slideshow"
BLIND42_LAST_PHOTO = "And the last photo before it ends. What does it show?"
BLIND42_PHOTO_COUNT = "how many diff photos we get in this slideshow"
BLIND42_CAMEL_HUMP = "The camel in that slideshow. Does it have a hump on its back, yes or no?"
BLIND42_TRUMPET_PRICE = "yo how much that trumpet cost, whats the price tag"
BLIND42_CAMEL_NAME = "What's the camel's name? I know you know."
BLIND42_STETHOSCOPE_OWNER = "whose stethoscope is that, like which doctor owns it"
