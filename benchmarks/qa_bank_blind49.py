"""Phrasings of the `blind49` split (its videos and truth: qa_bank_cases_blind49.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices type these. One is a beekeeper: calm, practical, unhurried, often explains why she is asking, speaks
of frames, hives and inspections, sometimes lower case with no punctuation. The other speaks Hindi and English
and mixes romanised Hindi ("kya", "kitne", "bata do", "kab", "kaun sa", "dikh raha hai") into two phrasings of
each type, the rest of the question in English.

Fields, filled in by qa_bank.py:
- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second = 7-8 s).
- "order": {a} {b} two on-screen words in upper case, {a_low} {b_low} the same in lower case; the ones in
  BLIND49_ORDER_YESNO are yes/no (yes iff {a} shows first).
- "first appearance": {word} {word_low}.
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", "a dog", a photo's description).
- "cross shown": {phrase} (a few words of a spoken sentence).
- "spoken", "shot count", "word count", "people count", "unanswerable", "open": no fields. The "shot count"
  phrasings in BLIND49_CUT_PHRASINGS ask for cuts (shots - 1).
- BLIND49_HEAR: {word}. The photos-B49 slideshow's own questions are the constants at the end.
"""

from __future__ import annotations

BLIND49_TEMPLATES = {
    "word at time": [
        "what word is on the screen at {mmss}",
        "I was going through this slowly, like checking frames one by one. At {s} seconds, which word is written on screen?",
        "{hhmmss} pe screen par kaun sa word likha hai?",
        "could you tell me the word that's showing around the {s_ord} second please",
        "at {s_words} seconds in there's a word up, what does it say",
        "bhai {mmss} par kya likha aa raha hai, just the word",
        "Read out the on-screen text at {s}s for me.",
        "which word sits on the screen at the {mmss} mark? one word is fine",
    ],
    "shown at time": [
        "what is shown at {mmss}",
        "I paused it at {s} seconds but my screen is tiny, what's the picture there?",
        "{mmss} pe kya dikh raha hai?",
        "describe what's on screen during the {s_ord} second",
        "at {hhmmss} what am I looking at",
        "yaar at {s_words} seconds ye photo kis cheez ki hai, bata do",
        "Tell me what is pictured at {s} s, briefly.",
        "what's in the frame at the {mmss} point, animal or thing or whatever it is",
    ],
    "spoken": [
        "what is said in the video",
        "I had the sound low while I was out by the hives. Could you tell me what the voice says?",
        "video mein kya bola gaya hai?",
        "transcribe the speech for me please",
        "is anyone talking and if so what are they saying",
        "audio mein jo bol rahe hain woh kya hai, thoda bata do",
        "Give me the spoken words, as close to exact as you can.",
        "what does the narrator say",
    ],
    "order": [
        "which comes first, {a} or {b}",
        "Does {a} appear before {b}?",
        "pehle kaun aata hai, {a_low} ya {b_low}?",
        "I want to note these down in the right order like my hive records: {a} and {b}, which one showed up earlier?",
        "is {b_low} shown after {a_low}",
        "{a} aur {b} mein se screen par pehle kya aaya",
        "Of the words {a} and {b}, tell me which was on screen first.",
        "{a_low} then {b_low}, or the other way round?",
    ],
    "shot count": [
        "how many shots are in this video",
        "How many times does the picture cut to something new?",
        "is video mein kitne scenes hain?",
        "count the scenes for me please, just a number",
        "I like to count things, frames, boxes, so how many separate shots did this have",
        "kitni baar scene change hota hai, bata do",
        "Number of distinct shots in the clip?",
        "how many cuts are there between shots",
    ],
    "first appearance": [
        "when does the word {word} first appear",
        "At what time do I first see {word_low} on screen?",
        "{word} pehli baar kab aata hai?",
        "how far in is it when {word_low} shows up the first time",
        "I'm writing notes. Could you give me the timestamp where {word} is first written on the screen?",
        "{word_low} kab dikha pehli baar, time bata do",
        "first time the text {word} comes up, what second is that",
        "Tell me the moment {word} first appears.",
    ],
    "word count": [
        "how many different words are shown on screen",
        "Counting each word once, how many distinct words appear in the video?",
        "screen par kitne alag alag words aaye?",
        "how many unique words show up written in this clip",
        "I tried to tally them like I tally frames and lost count. How many different on-screen words are there?",
        "total kitne words dikhaye gaye, repeats nahi ginna",
        "Give me a count of the separate words that are displayed.",
        "number of different words that appear as text, roughly is fine but exact is better",
    ],
    "presence": [
        "is there {thing} in the video",
        "Does {thing} appear anywhere in this clip?",
        "kya video mein {thing} hai?",
        "I'm only interested in one thing: do you see {thing} at any point? yes or no",
        "any sign of {thing}",
        "{thing} dikha kya kahin bhi?",
        "Tell me whether {thing} shows up.",
        "did i miss {thing} or was it never there",
    ],
    "visual when": [
        "when is {thing} on screen",
        "At what point in the video do we see {thing}?",
        "{thing} kab dikhta hai?",
        "give me the time for {thing} please",
        "I'd like to go back to {thing}. Where in the video is it, roughly?",
        "video mein {thing} wala part kis time pe hai",
        "Timestamp of {thing}?",
        "how far into the clip does {thing} come up",
    ],
    "duration": [
        "how long is {thing} shown",
        "For how many seconds does {thing} stay on the screen?",
        "{thing} kitni der tak dikhta hai?",
        "how much time does the video spend on {thing}",
        "I time everything, even my smoker. So, how long is {thing} up there for?",
        "{thing} screen par kitne seconds rehta hai, bata do",
        "Duration of {thing}, please.",
        "is {thing} on for long or just a quick flash, how many seconds",
    ],
    "people count": [
        "how many people are in the video",
        "What is the largest number of people visible at the same time?",
        "video mein kitne log hain?",
        "count the people for me",
        "I might have missed someone at the edge of the frame. How many people appear, most at once?",
        "ek saath sabse zyada kitne log dikhte hain",
        "Are there any people in this, and how many?",
        "number of humans on screen at once",
    ],
    "cross said": [
        "what is said while {thing} is shown",
        "While {thing} is on the screen, what does the voice say?",
        "jab {thing} dikh raha hai tab kya bola ja raha hai?",
        "any talking during {thing}? what's said",
        "I had my veil on and couldn't hear well. What words are spoken over {thing}?",
        "{thing} ke time pe audio mein kya hai",
        "Tell me the speech that goes with {thing}.",
        "what do they say at the same time as {thing} is up",
    ],
    "cross shown": [
        "what is shown when someone says \"{phrase}\"",
        "While the voice says '{phrase}', what is on the screen?",
        "jab \"{phrase}\" bolte hain tab screen pe kya hai?",
        "what picture is up during the words {phrase}",
        "I heard \"{phrase}\" and looked away for a second. What was being shown right then?",
        "'{phrase}' wali line ke saath kya dikh raha tha",
        "Describe the screen at the moment '{phrase}' is spoken.",
        "what am i seeing as the speaker gets to {phrase}",
    ],
    "unanswerable": [
        "what is the name of the person who made this video",
        "How much did it cost to make this clip?",
        "ye video kisne banaya, uska naam kya hai?",
        "what was the weather like outside while this was recorded",
        "I know it's an odd one, but what did the person filming have for breakfast that day?",
        "is video ke baad kya hota hai, aage ki kahani bata do",
        "Which brand of camera was used to shoot this?",
        "what's the phone number of whoever uploaded it",
    ],
    "open": [
        "what is this video about",
        "Could you describe the video for me?",
        "ye video kis baare mein hai?",
        "give me a short summary of the clip",
        "I'm deciding whether to show this at our beekeeping club. What's in it, roughly?",
        "thoda describe karo video mein kya kya hai",
        "Summarise the content, please.",
        "tell me whats going on in this one",
    ],
}

BLIND49_CUT_PHRASINGS = {
    "How many times does the picture cut to something new?",
    "kitni baar scene change hota hai, bata do",
    "how many cuts are there between shots",
}

BLIND49_ORDER_YESNO = {
    "Does {a} appear before {b}?",
    "is {b_low} shown after {a_low}",
}

BLIND49_START_WORD = "which word is on screen right at the very start"
BLIND49_MIDDLE_WORD = "video ke beech mein, about halfway, kaun sa word dikh raha hai?"
BLIND49_END_WORD = "What word is showing at the very end, in the last moment of the video?"
BLIND49_HEAR = "is the word {word} said out loud anywhere in the audio"
BLIND49_VIDEO_LENGTH = [
    "how long is the video",
    "What is the total length of this clip, in seconds?",
    "video kitna lamba hai?",
    "I want to know if I have time to watch it before I check the hives. How long does it run?",
]

# The photos-B49 slideshow's own questions (truth in qa_bank_cases_blind49.py).
BLIND49_FIRST_PHOTO = "what is in the very first picture of the slideshow"
BLIND49_HALFWAY_PHOTO = "halfway through the video kya dikh raha hai, which picture?"
BLIND49_LAST_PHOTO = "What is the last photo shown before the video ends?"
BLIND49_PHOTO_COUNT = "how many different photos are in this slideshow"
BLIND49_FLOWERS = "are there any flowers in any of the pictures"
BLIND49_DOG_NAME = "what is the dog in the photo called"
BLIND49_KOALA_ZOO = "Which zoo or park was the koala photographed in?"
BLIND49_GORILLA_AGE = "gorilla kitne saal ka hai, how old is it?"
