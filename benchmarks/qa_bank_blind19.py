"""Phrasings of the `blind19` split, written blind.

Whoever wrote them had not read the answering code, its tests, the answering docs or any other split's
phrasings; the truth (qa_bank_cases_blind19.py) comes from looking at the photos and from what the
generated clips put on screen and say.

The voices: a film student (shots, cuts, frames, timecodes), a busy parent typing between chores, a blind
user who relies on a screen reader and asks for things to be read or described, someone on a phone whose
autocorrect mangles words ("wird", "scream", "vidoe"), and a Hindi-English code-switcher.

Fields: "word at time" and "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
{s_ord} "eighth" (the eighth second, 7-8 s). "order": {a} {b} (upper case) and {a_low} {b_low}.
"first appearance": {word} {word_low}. "presence", "visual when", "duration", "cross said": {thing}.
"cross shown": {phrase}. The other types have no fields; BLIND19_HEAR has {word}.
"""

from __future__ import annotations

BLIND19_TEMPLATES = {
    "word at time": [
        "at timecode {hhmmss}, which word is burned into the frame?",
        "quick one, my kid wants to know what word was on the screen at {mmss} can u tell me",
        "I use a screen reader and can't see the video. Could you please read me the on-screen text that appears at {s} seconds?",
        "what wird is on the scream at {mmss}",
        "{s_words} seconds pe screen pe kaunsa word likha hai?",
        "During the {s_ord} second of the clip, what word is displayed?",
        "the word up at {s}s, what is it",
        "I'm cutting a trailer from this and need the exact caption text at {hhmmss}. What does it say?",
    ],
    "shown at time": [
        "what's in frame at {hhmmss}? describe the shot for me",
        "my son keeps asking what picture is up at {mmss}, what is it",
        "Please describe the image that is on screen at {s} seconds. I am blind, so I rely on your description.",
        "wat is the picture shoeing at {mmss}",
        "{s_words} second par kya dikh raha hai, kis cheez ki photo hai?",
        "In the {s_ord} second, what is pictured?",
        "At {s} seconds in, which photo fills the screen",
        "something is on screen around {mmss} and I missed it, a photo of what?",
    ],
    "spoken": [
        "Is there any dialogue in this? What's the line delivered in the voiceover?",
        "what does the voice say, I had the sound off while cooking",
        "Please transcribe the speech in this video for me.",
        "what dies the narrator say",
        "audio mein kya bola ja raha hai? exact words batao",
        "Tell me what is said out loud.",
        "someone talks in this one, what do they say?",
        "I'd like to know the spoken words in this clip, if there are any.",
    ],
    "order": [
        "Which title card comes first in the edit, {a} or {b}?",
        "did {a_low} show up before {b_low}? just yes or no pls, in a hurry",
        "Could you tell me which of these on-screen words appears earlier: {a} or {b}?",
        "{a_low} or {b_low} wich came frist",
        "{a} pehle aata hai ya {b}? kaunsa first hai",
        "Does the word {a} appear before the word {b}?",
        "between {b_low} and {a_low}, which one is on screen earlier",
        "I need the sequence here: is it {a} then {b}, or {b} then {a}?",
    ],
    "shot count": [
        "How many shots are in this sequence?",
        "how many cuts does the editor make in this?",
        "Please tell me how many separate scenes the video has.",
        "how many seens are there",
        "is video mein kitne shots hain?",
        "Count the changes of picture for me: how many times does it cut to something new?",
        "quick: number of scenes?",
        "From start to finish, how many distinct shots would you say there are",
    ],
    "first appearance": [
        "At what timecode does {word} first hit the screen?",
        "when does {word_low} first pop up, I want to skip straight to it",
        "Could you tell me the time at which the word {word} first appears?",
        "wen dose {word_low} first apear",
        "{word} pehli baar kab aata hai screen pe?",
        "The word {word}: when is it first shown?",
        "how many seconds in before we first see {word}",
        "Give me the moment {word_low} is first on screen.",
    ],
    "word count": [
        "How many different words get superimposed over the footage?",
        "how many different words were on screen? my daughter is counting them",
        "Could you count how many distinct words are shown as on-screen text?",
        "how many diffrent words apear on the screem",
        "screen pe kitne alag alag words dikhaye gaye?",
        "Count the unique on-screen words.",
        "Not counting repeats, how many words show up in the video",
        "What's the number of distinct words displayed over the course of the clip?",
    ],
    "presence": [
        "Does {thing} appear anywhere in the footage?",
        "is there {thing} in it? yes/no",
        "I cannot see the screen. Is {thing} visible at any point in this video?",
        "is thete {thing} in the vidoe",
        "kya is video mein {thing} hai?",
        "Check for me whether {thing} shows up.",
        "{thing}: in the video or not?",
        "Would I come across {thing} if I watched this all the way through?",
    ],
    "visual when": [
        "At what point in the cut do we see {thing}?",
        "when is {thing} on? want to show my little one",
        "Please tell me the time when {thing} is on screen.",
        "wen is {thing} shoen",
        "{thing} kab dikhta hai video mein?",
        "Timestamp for {thing}?",
        "Roughly how far into the video does {thing} come up",
        "I'd like to know when {thing} appears; the start time, please.",
    ],
    "duration": [
        "How long does {thing} hold on screen?",
        "how many seconds is {thing} up for",
        "Could you tell me for how long {thing} stays visible?",
        "how lomg is {thing} on the screen",
        "{thing} kitni der tak screen pe rehta hai?",
        "Duration of {thing}?",
        "For how many seconds can you see {thing} before it goes away",
        "Tell me how long {thing} is displayed, from when it comes on to when it goes.",
    ],
    "people count": [
        "How many people are in frame at most?",
        "how many ppl are in this",
        "Please tell me how many people appear in the video.",
        "how many peopel can you see",
        "video mein kitne log hain?",
        "Count the people on screen, the most at any one time.",
        "Is anyone in it, and if so, how many people?",
        "What's the largest number of people visible together",
    ],
    "cross said": [
        "What's on the audio track over {thing}? Which line plays while it's on screen?",
        "what does the voice say while {thing} is showing",
        "While {thing} is visible, what is being said? Please tell me the words.",
        "what is sed during {thing}",
        "jab {thing} screen pe hai tab kya bola ja raha hai?",
        "Tell me the speech that goes with {thing}.",
        "{thing} is on screen and someone talks. Saying what?",
        "I'd like to know what is spoken at the same time as {thing} is shown.",
    ],
    "cross shown": [
        "What's in frame when the voiceover says \"{phrase}\"?",
        "when they say '{phrase}' what's on the screen",
        "Someone says \"{phrase}\". What is shown at that moment? I can't see it.",
        "what is shoen when they say {phrase}",
        "jab \"{phrase}\" bolte hain tab screen pe kya dikh raha hai?",
        "Describe the picture during the words \"{phrase}\".",
        "\"{phrase}\": what do we see while that line is said?",
        "While '{phrase}' is being spoken, what's on the screen?",
    ],
    "unanswerable": [
        "What camera body and lens was this shot on?",
        "what's the name of the person who made this, need to credit them for my son's school project",
        "What will the weather be like tomorrow where this was filmed?",
        "how mich did this vidoe cost to make",
        "yeh video kisne banaya aur uska phone number kya hai?",
        "What happens right after the video ends?",
        "In which city was the editor of this born?",
        "On what date was this uploaded, and by whom?",
    ],
    "open": [
        "Give me a logline for this: what's it about?",
        "what is this video about, in one line, got two minutes",
        "Please describe this video for me; I am blind and use a screen reader.",
        "whats thus video abiut",
        "yeh video kis baare mein hai? short mein batao",
        "Describe the video.",
        "Summarise what happens from beginning to end",
        "Could you walk me through the content of this clip?",
    ],
}

# "shot count" phrasings that ask for cuts (shots - 1), and "order" phrasings answered yes/no ({a} first: yes).
BLIND19_CUT_PHRASINGS = {
    "how many cuts does the editor make in this?",
    "Count the changes of picture for me: how many times does it cut to something new?",
}
BLIND19_ORDER_YESNO = {
    "did {a_low} show up before {b_low}? just yes or no pls, in a hurry",
    "Does the word {a} appear before the word {b}?",
}

BLIND19_START_WORD = "which word shows up right at the start, the first thing on screen?"
BLIND19_MIDDLE_WORD = "video ke beech mein, around halfway, kaunsa word dikhta hai?"
BLIND19_END_WORD = "What word is displayed at the very end of the video, please?"
BLIND19_HEAR = "does anyone actualy say the word \"{word}\" out loud? yes or no"
BLIND19_VIDEO_LENGTH = [
    "What's the total runtime?",
    "how long is this video",
    "Could you tell me the length of the whole video?",
    "video kitna lamba hai, kitne seconds ka?",
]

# The photos-Y slideshow's own questions.
BLIND19_FIRST_PHOTO = "what's the very first picture in the slideshow? opening image"
BLIND19_HALFWAY_PHOTO = "halfway through, jo photo screen pe hai, woh kis cheez ki hai?"
BLIND19_LAST_PHOTO = "Please describe the final photo of the video for me."
BLIND19_PHOTO_COUNT = "how many difrent photos are in this slidshow"
BLIND19_BABY_BIRDS = "Are there any baby birds swimming in one of the photos?"
BLIND19_PANDA_NAME = "what's the red panda called? like its name at the zoo"
BLIND19_CRAB_BEACH = "On which beach, in which country, was the crab photographed?"
BLIND19_CAMEL_PRICE = "baby camel ki price kya hogi agar kharidna ho?"
