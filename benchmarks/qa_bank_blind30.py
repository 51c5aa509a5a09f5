"""Phrasings of the `blind30` split (its videos and truth: qa_bank_cases_blind30.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices: a primary-school teacher preparing a lesson (simple and clear, often "can you tell the class ...",
thinking of pupils, worksheets and lesson plans), and a Polish speaker who writes simple English with grammar
slips (dropped articles, wrong word order, "how much" for "how many") and puts a few Polish words into three
phrasings ("proszę" = please, "ile osób" = how many people, "o czym jest ten film" = what is this film about).

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second = 7-8 s)
in "word at time" and "shown at time"; {a} {b} {a_low} {b_low} in "order" (yes iff {a} shows first in the
phrasings of BLIND30_ORDER_YESNO); {word} {word_low} in "first appearance" and BLIND30_HEAR; {thing} in
"presence", "visual when", "duration" and "cross said"; {phrase} in "cross shown". The "shot count" phrasings
in BLIND30_CUT_PHRASINGS ask for cuts (shots - 1).
"""

from __future__ import annotations

BLIND30_TEMPLATES = {
    "word at time": [
        "Can you tell the class which word is on the screen at {mmss}?",
        "what word is written at second {s} please",
        "I am getting my lesson ready. At {hhmmss} a word comes up on the screen. What is that word?",
        "in the {s_ord} second which word you can see on screen",
        "My pupils will ask me what the screen says at {s_words} seconds. Could you give me the word?",
        "proszę, which word is show at {mmss}?",
        "Tell me the word that appears on screen when the video is {s} seconds in.",
        "At {s_words} seconds there is some writing. Read it out for me, please.",
    ],
    "shown at time": [
        "Can you tell the class what picture is on the screen at {mmss}?",
        "what is on the photo at {s} second",
        "At {hhmmss}, what can the children see?",
        "I want to stop the video at {s_words} seconds for my pupils. What will they be looking at?",
        "describe me what is showing in the {s_ord} second",
        "What is pictured at {mmss}? Please keep the answer simple for seven-year-olds.",
        "whats in the frame at {s}s",
        "Tell me, what we see at {s_words} seconds in this film?",
    ],
    "spoken": [
        "Can you tell the class what the voice in the video says?",
        "what the person is saying in this film?",
        "Please write down the words that are spoken, so I can read them to my pupils.",
        "Is someone talking in this video? If yes, what do they say?",
        "give me the speech from the video word for word",
        "I have not sound on my computer, what is said in the video",
        "What sentence do we hear?",
        "Transcribe what is being said, please.",
    ],
    "order": [
        "Can you tell the class which word comes first, {a} or {b}?",
        "Does {a} show up before {b}?",
        "which one is earlier on screen: {a_low} or {b_low}",
        "I need the right order for my lesson plan. Is {b_low} shown after {a_low}?",
        "{a} and {b} - what is first?",
        "Out of the two words {a_low} and {b_low}, which one did the children see first?",
        "Tell me which appears sooner in the video, {b} or {a}.",
        "first come {a_low} and then {b_low}, yes or no?",
    ],
    "shot count": [
        "Can you tell the class how many different scenes there are in this video?",
        "How many shots does the video have?",
        "how many times the picture changes to a new one",
        "Count the scenes for me, please.",
        "I am counting the cuts in the film. How many cuts are there?",
        "in this video are how many separate shots?",
        "Roughly how many parts or scenes is the video made of?",
        "How many scene changes happen from the start to the end?",
    ],
    "first appearance": [
        "Can you tell the class when the word {word} first comes up?",
        "At what time is {word_low} shown for the first time?",
        "when i see {word_low} first time",
        "I want to jump to the moment {word} appears. What time is that?",
        "Give me the timestamp of the first {word}.",
        "How many seconds into the video does {word_low} appear?",
        "{word} - when does it first show on the screen?",
        "Please tell me the earliest moment the word {word_low} can be seen.",
    ],
    "word count": [
        "Can you tell the class how many different words appear on the screen?",
        "How many distinct words are written in the video?",
        "how much different words is on screen",
        "Count the words shown in the video, but count each word only once.",
        "I want to make one card for every word in the video. How many cards do I need if I skip repeats?",
        "What is the number of unique on-screen words?",
        "Not counting repeats, how many words show up on the screen?",
        "tell me number of different words which appear in this film",
    ],
    "presence": [
        "Can you tell the class if there is {thing} in this video?",
        "Is {thing} anywhere in the video?",
        "do we see {thing} in this film or not",
        "My pupils asked me about {thing}. Does it appear?",
        "Yes or no: {thing} shows up at some point.",
        "Check for me please whether {thing} is in the video.",
        "is there {thing} somewhere",
        "Will the children spot {thing} if they watch the whole video?",
    ],
    "visual when": [
        "Can you tell the class when {thing} is on the screen?",
        "At what time do we see {thing}?",
        "when is {thing} showing",
        "I want to pause on {thing} for my lesson. Which second should I pause at?",
        "Give me the time when {thing} appears.",
        "{thing} - at which moment of the video is it?",
        "From what second to what second is {thing} visible?",
        "In which part of the video i can find {thing}?",
    ],
    "duration": [
        "Can you tell the class how long {thing} stays on the screen?",
        "For how many seconds is {thing} shown?",
        "how long time {thing} is visible",
        "I need to know if the children have enough time to look at it: how long is {thing} shown?",
        "Duration of {thing} on screen?",
        "How much time passes between {thing} appearing and disappearing?",
        "{thing} is on screen for how long?",
        "Tell me for how many seconds we can look at {thing}.",
    ],
    "people count": [
        "Can you tell the class how many people are in the video?",
        "How many persons can we see?",
        "ile osób is in this video? how many people i mean",
        "What is the largest number of people on screen at the same time?",
        "Are there any people in it? If so, how many?",
        "count the people in this video for me",
        "I must know how many people appear, for the permission forms. How many are there?",
        "how many humans is visible at once, at most",
    ],
    "cross said": [
        "Can you tell the class what is said while {thing} is on the screen?",
        "What do we hear during {thing}?",
        "when {thing} is showing, what the voice say?",
        "Is anything spoken while {thing} is visible? What exactly?",
        "Tell me the words spoken at the same time as {thing} appears.",
        "What is being said over {thing}?",
        "I would like to quote the narration that goes with {thing}. What is it?",
        "during {thing}, which words are said",
    ],
    "cross shown": [
        "Can you tell the class what is on the screen when the voice says \"{phrase}\"?",
        "What is shown while someone says '{phrase}'?",
        "when is said \"{phrase}\", what we see on the screen",
        "The speaker says {phrase}. What picture or word is visible at that moment?",
        "What appears on screen at the same time as the words '{phrase}'?",
        "I hear '{phrase}' - what is in the picture then?",
        "Tell me what the class will be looking at when they hear \"{phrase}\".",
        "during the words {phrase} what is visible",
    ],
    "unanswerable": [
        "Can you tell the class the name of the person who made this video?",
        "How much did it cost to make this video?",
        "What happens after the video ends?",
        "What was the weather like outside when this was filmed?",
        "which camera brand was used for this",
        "How old is the person who is speaking?",
        "in which city the video was made?",
        "What is the email address of the person who uploaded it?",
    ],
    "open": [
        "Can you tell the class what this video is about?",
        "Describe the video in a few simple sentences.",
        "o czym jest ten film? please tell me in english",
        "Give me a short summary I can read to my pupils.",
        "What happens in this video?",
        "what is this video",
        "I am planning a lesson around this clip. What is in it, from start to finish?",
        "Sum up the video for me.",
    ],
}

BLIND30_CUT_PHRASINGS = {
    "how many times the picture changes to a new one",
    "I am counting the cuts in the film. How many cuts are there?",
    "How many scene changes happen from the start to the end?",
}
BLIND30_ORDER_YESNO = {
    "Does {a} show up before {b}?",
    "I need the right order for my lesson plan. Is {b_low} shown after {a_low}?",
    "first come {a_low} and then {b_low}, yes or no?",
}

BLIND30_START_WORD = "Can you tell the class which word is on the screen right at the very start?"
BLIND30_MIDDLE_WORD = "which word is on screen in the middle of video, around half way"
BLIND30_END_WORD = "What is the last word we see at the very end of the video?"
BLIND30_HEAR = "Is the word \"{word}\" said out loud in the video?"
BLIND30_VIDEO_LENGTH = [
    "Can you tell the class how long this video is?",
    "how many seconds the video have",
    "What is the total length of the clip?",
    "I only have a short slot in my lesson. How long does the whole film last?",
]

# The slideshow photos-B30 (four animal photographs).
BLIND30_FIRST_PHOTO = "Can you tell the class what is in the first picture?"
BLIND30_HALFWAY_PHOTO = "what is showing in the middle of slideshow, at half of the time"
BLIND30_LAST_PHOTO = "What does the very last picture show?"
BLIND30_PHOTO_COUNT = "How many pictures are in this slideshow?"
BLIND30_JOEY = "Is there a baby kangaroo standing with its mum in one of the pictures?"
BLIND30_KANGAROO_NAME = "What name did the zoo keepers give to the mother kangaroo?"
BLIND30_PIGLET_PRICE = "how much money cost the little pig on the farm market"
BLIND30_BEAR_DATE = "On what date was the picture of the polar bear taken?"
