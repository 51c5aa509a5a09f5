"""Phrasings of the `blind32` split (its videos and truth: qa_bank_cases_blind32.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices ask the questions:
- someone who watches videos for a blind friend and passes the answers on: polite, careful, asks for
  descriptions, often explains why they are asking;
- an impatient commuter typing on a phone: very short, no punctuation, typos and text-speak; a little French
  slips into a few of the phrasings.

Fields of the templates:
- "word at time" / "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in "the eighth second" = 7-8 s);
- "order": {a} {b} (two on-screen words, upper case) and {a_low} {b_low} (lower case); the yes/no ones (in
  BLIND32_ORDER_YESNO) are answered yes iff {a} shows first;
- "first appearance": {word} {word_low};
- "presence": {thing} ("the word LANTERN", "a dog");
- "visual when", "duration", "cross said": {thing} (an on-screen word "the word X" or a photo's description);
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- "spoken", "shot count" (those in BLIND32_CUT_PHRASINGS ask for cuts = shots - 1), "word count",
  "people count", "unanswerable", "open": no fields.
BLIND32_HEAR has {word}; the other constants have none.
"""

from __future__ import annotations

BLIND32_TEMPLATES = {
    "word at time": [
        "My friend is blind and just asked me what word is written on the screen at {mmss}. Could you read it out "
        "for us?",
        "wat word at {s}s",
        "I'm narrating this clip for someone who can't see it. At timestamp {hhmmss}, which word appears on screen, "
        "exactly as it is written?",
        "quick - word on screen {s_words} seconds in??",
        "During the {s_ord} second of the video there's a word on the screen; please tell me what it says so I can "
        "pass it on.",
        "txt at {mmss} pls",
        "Would you mind telling me which word is displayed {s} seconds into the video? My friend wants to know "
        "what it spelled.",
        "at {s} sec c'est quoi le mot on screen",
    ],
    "shown at time": [
        "I'm describing this slideshow to a friend who is blind. What is pictured at {mmss}? Please describe it in "
        "a sentence or two.",
        "wats the pic at {s}s",
        "At {hhmmss}, what can be seen in the frame? I want to get the description right for my friend.",
        "{s_words} seconds in whats showing",
        "Could you describe the photo that is on screen during the {s_ord} second?",
        "pic @ {mmss}?? quick",
        "My friend asked what the picture looks like at {s} seconds. What is it a photo of?",
        "what's on screen at {s} seconds, the image i mean",
    ],
    "spoken": [
        "My friend can hear the audio but it's muffled on her speaker. What exactly does the voice say in this "
        "video?",
        "wat do they say",
        "Please write out the speech in this clip for me, word for word if you can.",
        "any1 talking? what they say",
        "I'd like to tell my friend what is said out loud in the video. Could you give me the spoken words?",
        "words spoken?? short version",
        "Is there a voice in this video, and if so, what does it say?",
        "ok what did the voice just say, train too loud",
    ],
    "order": [
        "My friend wants to know the order of the words. Which appears first on the screen, {a} or {b}?",
        "{a_low} or {b_low} first",
        "Does the word {a} show up before the word {b}?",
        "which came 1st {b_low} {a_low}",
        "Between {a} and {b}, could you tell me which one is displayed earlier in the video?",
        "is {a_low} b4 {b_low}",
        "I'm reading out the on-screen words in sequence. Which comes earlier: {b} or {a}?",
        "So {b} comes after {a}, right? Just checking before I tell my friend.",
    ],
    "shot count": [
        "How many separate shots are there in this video? I'd like to tell my friend how it's put together.",
        "how many scenes",
        "Could you count the number of times the picture cuts to something new?",
        "# of shots?",
        "My friend asked how many different scenes make up the clip. Do you know?",
        "how many cuts in it",
        "In total, how many distinct shots does the video contain?",
        "scene count pls, vite",
    ],
    "first appearance": [
        "When does the word {word} first come up on the screen? I want to pause it there for my friend.",
        "when {word_low} show up",
        "At what point in the video does {word} appear for the first time?",
        "timestamp for {word_low}??",
        "Could you tell me how many seconds in the word {word} is first displayed?",
        "{word_low} - when",
        "I'm trying to find the moment {word} appears; at what time is it first visible?",
        "first time u see {word_low}?",
    ],
    "word count": [
        "How many different words appear on screen over the whole video? Repeats should only count once.",
        "how many words on screen total (diff ones)",
        "Could you count the distinct words that are shown in the video for me?",
        "unique words how many",
        "My friend wants to know how many separate words she missed. How many unique words get displayed?",
        "count the diffrent words shown",
        "Not counting repeats, how many distinct on-screen words are there?",
        "how many words did it flash up, not counting doubles",
    ],
    "presence": [
        "My friend is curious: is {thing} anywhere in this video?",
        "{thing} in it? y/n",
        "Could you check whether {thing} appears at any point?",
        "got {thing} or no",
        "I'm describing the video for a friend who can't see. Does it contain {thing}?",
        "{thing} - yes or no",
        "Do we ever get to see {thing} in the clip?",
        "does it show {thing}, oui ou non",
    ],
    "visual when": [
        "When is {thing} on screen? I want to describe that part to my friend.",
        "when's {thing}",
        "At what time does {thing} appear in the video?",
        "{thing} - timestamp?",
        "Could you tell me the point in the slideshow where we can see {thing}?",
        "skip to {thing}, what time",
        "My friend asked about {thing}. How far into the video does it show up?",
        "wen do i see {thing}",
    ],
    "duration": [
        "For how long is {thing} shown? I'd like to give my friend a sense of the pacing.",
        "how long {thing} on",
        "How many seconds does {thing} stay on screen?",
        "{thing} stays up how long?",
        "Could you tell me the length of time {thing} is visible in the video?",
        "secs of {thing}?",
        "From when it appears until it goes away, how long is {thing} on the screen?",
        "is {thing} up for long? how many seconds",
    ],
    "people count": [
        "How many people are in this video? My friend wants to know who's there.",
        "how many ppl",
        "Could you tell me the largest number of people visible at the same time?",
        "ppl count?",
        "Are there any people in the clip, and if so, how many are on screen at once?",
        "hw many persons in it",
        "I'm describing the scene for my friend: how many people can be seen in it?",
        "anyone in the vid? how many",
    ],
    "cross said": [
        "While {thing} is on screen, what is being said? I'd like to describe both together.",
        "wat they say during {thing}",
        "What words are spoken at the time {thing} is shown?",
        "{thing} on screen - whats the audio",
        "Could you tell me what the voice says while we can see {thing}?",
        "speech over {thing}?",
        "My friend heard something when {thing} was up; what exactly was said then?",
        "what's said when {thing} shows",
    ],
    "cross shown": [
        "When the voice says \"{phrase}\", what is on the screen? My friend wants to picture it.",
        "wats on screen at '{phrase}'",
        "What is shown at the moment someone says \"{phrase}\"?",
        "'{phrase}' - what's showing then",
        "Could you describe what we see while the words \"{phrase}\" are spoken?",
        "screen during {phrase}?",
        "I'm matching the audio to the pictures: what appears on screen as \"{phrase}\" is said?",
        "they say {phrase}... what's on screen rn",
    ],
    "unanswerable": [
        "What is the name of the person who made this video? My friend would like to credit them.",
        "how much did this cost to make",
        "What happens right after the video ends?",
        "weather outside rn where they filmed?",
        "Which brand of camera was this recorded with?",
        "who's the voice, like their actual name",
        "What day of the week was this video recorded on?",
        "whats the creators email",
    ],
    "open": [
        "Could you describe this video for my friend who is blind? Please include what is shown and what is said.",
        "wats this vid about",
        "Give me a summary of the video.",
        "tl;dr?",
        "I'd like a careful description of this clip, from start to finish.",
        "sum it up quick",
        "What is this video about, in a few sentences?",
        "describe it, im on the train, short pls",
    ],
}

BLIND32_CUT_PHRASINGS = {
    "Could you count the number of times the picture cuts to something new?",
    "how many cuts in it",
}
BLIND32_ORDER_YESNO = {
    "Does the word {a} show up before the word {b}?",
    "is {a_low} b4 {b_low}",
    "So {b} comes after {a}, right? Just checking before I tell my friend.",
}

BLIND32_START_WORD = "What word is on the screen right at the very start of the video? My friend missed the opening."
BLIND32_MIDDLE_WORD = "wat word shows about halfway thru"
BLIND32_END_WORD = "Which word is displayed at the very end, just before the video finishes?"
BLIND32_HEAR = "Is the word \"{word}\" actually said out loud anywhere in the audio?"
BLIND32_VIDEO_LENGTH = [
    "How long is this video altogether?",
    "length?",
    "how many secs is the whole clip",
    "Could you tell me the total running time of the video, so I know how long to set aside for my friend?",
]

# The slideshow's own questions (photos-B32).
BLIND32_FIRST_PHOTO = "My friend asked what the very first picture in the slideshow shows. Could you describe it?"
BLIND32_HALFWAY_PHOTO = "wat pic is on about halfway thru"
BLIND32_LAST_PHOTO = "What does the final photo show, the one the slideshow ends on?"
BLIND32_PHOTO_COUNT = "how many photos in the slideshow"
BLIND32_SNOW = "Is there any snow in any of the pictures? My friend loves winter scenes."
BLIND32_CLOCK_PRICE = "how much is that wall clock n where can i buy it"
BLIND32_STREAM_NAME = "What is the stream in the woods called? My friend would like to look it up."
BLIND32_MOUNTAIN_DATE = "on what date was the mountain pic taken"
