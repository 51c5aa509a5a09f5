"""Phrasings of the `blind25` split (its videos and truth: qa_bank_cases_blind25.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices ask the questions:

- a hospice nurse recording video notes for patients' families: formal, polite, often with a long preamble
  about why she is asking;
- a 15-year-old on a phone: lowercase, no punctuation, slang, typos, and a little Spanish in three phrasings.

Fields the templates fill in:

- "word at time", "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in "the eighth second", 7-8 s);
- "order": {a} {b} (two on-screen words, upper case), {a_low} {b_low} (the same, lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", "a dog", "the red barn" ...);
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND25_HEAR: {word} (a word that may or may not be spoken).

The other types take no fields.
"""

from __future__ import annotations

BLIND25_TEMPLATES = {
    "word at time": [
        ("Good afternoon. I am preparing a short note for a family and would be most grateful for your help: "
         "could you tell me which word appears on the screen at {mmss}?"),
        "wat word is on the screen at {s} seconds",
        ("If it is not too much trouble, I should like to know the written word that is displayed at the "
         "timestamp {hhmmss}."),
        "yo at like {s_words} seconds in theres a word on the screen what is it",
        ("Kindly tell me, with my thanks in advance, what word one can read during the {s_ord} second of the "
         "recording."),
        "ok so {mmss} what does it say on screen",
        ("Forgive the interruption; a relative asked me about the moment {s} seconds in. Which word was written on "
         "the screen at that point?"),
        "que palabra sale at {mmss} i missed it lol",
    ],
    "shown at time": [
        ("Good morning. For the family's video notes I need to describe each picture accurately. What is pictured "
         "on the screen at {mmss}, please?"),
        "wats in the pic at {s} sec",
        "I would be grateful if you could describe for me the photograph that is being shown at {hhmmss}.",
        "at {s_words} seconds whats that supposed to be a picture of",
        "With apologies for the bother, could you kindly tell me what the image during the {s_ord} second depicts?",
        "bro what am i even looking at at {mmss}",
        ("One of the relatives has asked what the scene was {s} seconds into the recording. Might you describe "
         "what was visible then?"),
        "describe the thing on screen at {hhmmss} pls",
    ],
    "spoken": [
        ("Good evening. Some of our families are hard of hearing, so I would like a written account of everything "
         "that is said aloud in this recording. Could you provide that?"),
        "what do they say in this vid",
        "Please tell me what words are spoken in the video.",
        "is anyone talking in it and if so wat are they saying",
        ("Before I send this to a patient's daughter I must check the audio carefully. What exactly does the voice "
         "in it say?"),
        "cant hear nothing on my phone rn whats being said",
        "Would you be so kind as to transcribe the spoken words for me?",
        "what does the voice say like word for word",
    ],
    "order": [
        ("Good afternoon. I am putting my notes in the proper order and need to know: which word appears on the "
         "screen earlier, {a} or {b}?"),
        "which came first {a_low} or {b_low}",
        "Does the word {a} appear before the word {b}?",
        "{b_low} or {a_low} wich one shows up first",
        "If you would be so kind, please tell me whether {a} is shown ahead of {b} in the video.",
        "did {a_low} come b4 {b_low} or nah",
        "Of the two words {a} and {b}, which one was displayed first?",
        "i need the order real quick {a_low} {b_low} which one pops up first",
    ],
    "shot count": [
        "Good morning. For my records, how many separate shots does this video contain?",
        "how many scenes r there",
        "Could you please count for me the number of times the picture cuts to something new?",
        "how many times does it switch",
        ("I would appreciate knowing how many distinct scenes the recording is made up of, if you are able to count "
         "them."),
        "cuantas escenas hay in this video",
        "With many thanks for your patience, how many cuts or transitions occur between scenes?",
        "count the shots for me",
    ],
    "first appearance": [
        "Good afternoon. At what moment does the word {word} first become visible on the screen?",
        "when does {word_low} show up",
        ("A family member is looking for the point where {word} is first written. Could you tell me the time, "
         "please?"),
        "wat time does it first say {word_low}",
        "I should be most grateful if you would give me the timestamp of the first appearance of {word}.",
        "{word_low} when",
        "Please let me know how many seconds into the video the word {word} appears for the first time.",
        "yo when do we first see the word {word_low} on screen",
    ],
    "word count": [
        ("Good morning. Could you tell me how many different words are written on the screen over the course of "
         "the video?"),
        "how many diff words show up",
        ("I would like to count the distinct words that appear as text on the screen; how many are there "
         "altogether?"),
        "how many words total do they put on the screen not counting repeats",
        "Excuse me; in preparing a caption list I need the number of different on-screen words. What is it?",
        "ok but like how many different words do u see written in it",
        "If you would be so good, count the separate written words the video displays, each one only once.",
        "quick q how many seperate words pop up on screen",
    ],
    "presence": [
        ("Good afternoon. Before I share this with a family, might you confirm whether {thing} appears anywhere in "
         "the video?"),
        "does it have {thing}",
        "Is {thing} in this video at all?",
        "{thing} anywhere?? yes or no",
        "I wonder if you could check for me: does the recording at any point contain {thing}?",
        "did i miss {thing} or is it just not there",
        "Please answer yes or no: is {thing} to be seen in the video?",
        "hay {thing} en el video o no",
    ],
    "visual when": [
        "Good morning. Could you kindly tell me at what point in the video {thing} is on the screen?",
        "when is {thing} shown",
        "A relative would like to skip straight to {thing}. At what time does it appear?",
        "wat time do they show {thing}",
        "I would be very grateful to know the timestamps during which {thing} can be seen.",
        "skip to {thing} for me what time is that",
        "Please, at which second does the video show {thing}?",
        "{thing} when does that come up",
    ],
    "duration": [
        "Good afternoon. For how long is {thing} kept on the screen?",
        "how long is {thing} up for",
        "Could you please tell me how many seconds {thing} remains visible?",
        "{thing} stays on screen how long",
        "I am timing the segments for a family; what is the length of time that {thing} is displayed?",
        "how many secs do we get of {thing}",
        "If it is no trouble, would you measure for me how long the video shows {thing}?",
        "is {thing} on for long or just a sec how long exactly",
    ],
    "people count": [
        "Good morning. How many people appear in this video?",
        "how many ppl r in it",
        "Could you tell me the largest number of people that are visible at the same time?",
        "is anybody even in this how many people",
        "So that I may prepare the family, I would like to know how many persons can be seen in the recording.",
        "how many humans show up at once",
        "Please count the people on the screen, taking the moment when the most of them are visible.",
        "people count pls",
    ],
    "cross said": [
        "Good afternoon. While {thing} is on the screen, what is being said?",
        "what do they say when {thing} is showing",
        "I would be grateful if you could tell me the words spoken during the time {thing} is displayed.",
        "during {thing} wat does the voice say",
        "A family member asked what the narration was over {thing}. Could you let me know?",
        "{thing} is up and someone talks what do they say",
        "Kindly transcribe what is said aloud at the same time as {thing} is visible.",
        "whats the audio over {thing}",
    ],
    "cross shown": [
        "Good morning. When the words \"{phrase}\" are spoken, what is shown on the screen?",
        "whats on screen when they say {phrase}",
        "I should like to know what picture or text is visible at the moment someone says \"{phrase}\".",
        "when the voice goes {phrase} what are we looking at",
        "Could you please describe what can be seen while the speaker is saying \"{phrase}\"?",
        "{phrase} <- what shows on screen during that part",
        "At the point where one hears \"{phrase}\", what does the screen display, if you would be so kind?",
        "they say {phrase} at some point wat do u see then",
    ],
    "unanswerable": [
        "Good afternoon. Could you tell me the full name of the person who made this video?",
        "how much did it cost to make this",
        "I would like to know what the weather was like outside on the day this was recorded.",
        "what camera did they film it on lol",
        "Please tell me what happens immediately after the video ends.",
        "whats the creators insta",
        "For the family's records, may I ask on what date and at what address this was filmed?",
        "how old is whoever made this",
    ],
    "open": [
        ("Good morning. Before I send this along to a patient's family, could you give me a brief summary of what "
         "the video is about?"),
        "whats this vid about",
        "Please describe the video for me.",
        "give me the tldr of this video",
        ("I would be most grateful for a short description of the contents of this recording, so that I may "
         "explain it over the telephone."),
        "ok what even is this video",
        "Kindly outline what one sees and hears in this video.",
        "sum it up for me in like two sentences",
    ],
}

#: "shot count" phrasings that ask for cuts (shots - 1).
BLIND25_CUT_PHRASINGS = {
    "Could you please count for me the number of times the picture cuts to something new?",
    "how many times does it switch",
    "With many thanks for your patience, how many cuts or transitions occur between scenes?",
}
#: "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND25_ORDER_YESNO = {
    "Does the word {a} appear before the word {b}?",
    "If you would be so kind, please tell me whether {a} is shown ahead of {b} in the video.",
    "did {a_low} come b4 {b_low} or nah",
}

BLIND25_START_WORD = "Good afternoon. Which word is on the screen right at the very beginning of the video?"
BLIND25_MIDDLE_WORD = "wat word is up around the middle of the vid"
BLIND25_END_WORD = "Could you please tell me which word is shown at the very end of the recording?"
BLIND25_HEAR = "is the word {word} actually said out loud or nah"
BLIND25_VIDEO_LENGTH = [
    "How long is this video, please?",
    "how long is it",
    "Good morning. Could you tell me the total running time of this recording?",
    "how many mins is this thing",
]

# The slideshow's own questions (photos-AE: a ladybird, a marigold, dune grass by the sea, storm clouds over a road).
BLIND25_FIRST_PHOTO = "Good afternoon. What is pictured in the very first photograph of the slideshow?"
BLIND25_HALFWAY_PHOTO = "wat pic is on at like halfway thru"
BLIND25_LAST_PHOTO = "Could you kindly describe the final picture shown before the video ends?"
BLIND25_PHOTO_COUNT = "how many pics are in this slideshow"
BLIND25_OPEN_WATER = "Is there a stretch of open water, such as the sea, in any of the photographs?"
BLIND25_MARIGOLD_PRICE = "how much does that red flower cost at the garden center"
BLIND25_STORM_DATE = "On what date was the photograph of the storm clouds taken, if you know?"
BLIND25_BEACH_NAME = "wats the name of the beach with the tall grass"
