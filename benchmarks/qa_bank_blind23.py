"""Phrasings of the `blind23` split (its videos and truth: qa_bank_cases_blind23.py).

Written blind, by one helper: without reading the answering code, its tests, its docs or any other split's
phrasings. Five voices ask the questions, mixed through every type:
- a birdwatcher, who logs the video like a field sighting (times, counts, "first sighting");
- an accessibility tester, formal and precise, checking what a screen-reader user would be told;
- a bored commuter typing on a phone: lower case, no punctuation, abbreviations and typos;
- a Japanese speaker writing careful English with some romaji Japanese mixed in;
- a skeptic who doubts the video shows or says anything at all.

Fields: "word at time" and "shown at time": {mmss} {s} {hhmmss} {s_words} {s_ord}; "order": {a} {b} {a_low}
{b_low} (yes/no ones in BLIND23_ORDER_YESNO: yes iff {a} is first); "first appearance": {word} {word_low};
"presence", "visual when", "duration", "cross said": {thing}; "cross shown": {phrase}; BLIND23_HEAR: {word}.
"shot count" phrasings that count cuts are in BLIND23_CUT_PHRASINGS.
"""

from __future__ import annotations

BLIND23_TEMPLATES = {
    "word at time": [
        "logging this like a sighting so I need it exact: at {mmss} what word was up on the screen?",
        "For a screen reader user, please state the on-screen text that is visible at {hhmmss}.",
        "ugh train delayed again. wat word is on the screen at {s} sec",
        "Sumimasen, at {s_words} seconds, which word is written on the screen? Oshiete kudasai.",
        "I bet there is no word at all at {mmss}. Prove me wrong, what does the text say?",
        "During the {s_ord} second of the clip, what word can be read?",
        "Tell me the word displayed {s} seconds in.",
        "if i pause it at {hhmmss} which text am i looking at",
    ],
    "shown at time": [
        "At {mmss}, what is in the picture? I'm noting habitats so please be specific.",
        "Describe the image that appears on screen at {hhmmss}; I am writing alt text for it.",
        "wats the pic at {s}s",
        "{s_words} seconds no toki, nani ga utsutte imasu ka? What is shown in the video then?",
        "Supposedly there's a photo at {mmss}. What is actually pictured there, if anything?",
        "What can be seen during the {s_ord} second?",
        "Give me a short description of what the viewer sees {s} seconds into the video.",
        "picture at {mmss}... what is it of",
    ],
    "spoken": [
        "I was listening out for bird calls but heard a voice instead. What does it say?",
        "Please provide a transcript of all speech in this video.",
        "what r they saying cant turn the sound on on the bus",
        "Nani wo itte imasu ka? What words does the voice say in this video?",
        "The voice sounds fake to me. What does it actually claim?",
        "Summarise the spoken content, please.",
        "Is anyone talking, and if so, what do they say?",
        "i need the words someone speaks out loud in it",
    ],
    "order": [
        "Which showed up first on screen, {a} or {b}?",
        "For the reading-order check: does the text {a} appear before {b}?",
        "{a_low} or {b_low} which one came first lol",
        "{a} to {b}, dochira ga saki desu ka? Which word is shown earlier?",
        "I doubt the order is what they claim. Does {a} really come earlier than {b}, or not?",
        "In what order do the words {a} and {b} appear?",
        "Between the words {b} and {a}, tell me which one is on screen sooner.",
        "quick q, {a_low} first or {b_low} first",
    ],
    "shot count": [
        "How many separate scenes are in this clip? Give me a number, like a tally of birds.",
        "How many times does the picture cut to a new shot?",
        "how many shots is this thing",
        "Shotto wa ikutsu arimasu ka? How many different shots does the video have?",
        "They say it's edited, I say it's one take. Count the camera shots for me, how many are there?",
        "Please report the number of scene changes in the video.",
        "What's the total shot count?",
        "Count how many distinct scenes you see from beginning to end.",
    ],
    "first appearance": [
        "When did the word {word} first appear? I note first sighting times.",
        "At what timestamp is the text {word} first displayed?",
        "when does {word_low} pop up",
        "{word} to iu kotoba wa itsu hajimete demasu ka? When does it appear the first time?",
        "If {word} is even in there, at which second does it show up first?",
        "Give the earliest time at which {word} is visible.",
        "How far into the video before I first see {word_low}?",
        "first time {word} shows up on screen, what time is that",
    ],
    "word count": [
        "How many different words appear on screen in total? Tally them like a species list.",
        "Please count the distinct on-screen text items shown in the video.",
        "how many diff words show up",
        "Gamen ni kotoba wa nanko arimasu ka? How many different words are written on the screen?",
        "Don't just guess. How many unique words actually appear in the video?",
        "What's the number of distinct words displayed over the whole clip?",
        "Count the different words shown in this video for me.",
        "Number of unique on-screen words?",
    ],
    "presence": [
        "Did {thing} make an appearance anywhere? I'd log it if so.",
        "Please confirm whether {thing} is present in the video.",
        "is there {thing} in it",
        "{thing} wa arimasu ka? Is it in the video?",
        "I don't believe {thing} is in this video. Is it?",
        "Can {thing} be seen at any point?",
        "Does the video contain {thing}, yes or no?",
        "any sign of {thing}?",
    ],
    "visual when": [
        "When does {thing} appear? I want to note the time of the sighting.",
        "Provide the time range during which {thing} is on screen.",
        "when is {thing} on",
        "{thing} wa itsu utsurimasu ka? At what time is it shown?",
        "At which point, if ever, do we actually see {thing}?",
        "Tell me when {thing} shows up.",
        "From when to when is {thing} visible?",
        "timestamp for {thing} pls",
    ],
    "duration": [
        "How long does {thing} stay in view? Sightings have durations too.",
        "For how many seconds is {thing} displayed?",
        "how long is {thing} up for",
        "{thing} wa nanbyou kan miemasu ka? How many seconds is it shown?",
        "Is {thing} on screen for long at all? How many seconds exactly?",
        "What is the on-screen duration of {thing}?",
        "Tell me how much time {thing} is visible.",
        "{thing}, how long on screen",
    ],
    "people count": [
        "How many people are in the video? Birds don't count.",
        "Please state the maximum number of people visible at the same time.",
        "how many ppl r in this",
        "Hito wa nannin imasu ka? How many persons appear?",
        "Is there really anyone in this? How many people do we actually see?",
        "Count the people on screen.",
        "What's the largest number of people shown at once?",
        "are there people in it and how many",
    ],
    "cross said": [
        "While {thing} is on screen, what is being said?",
        "Please provide the speech that accompanies {thing}.",
        "wat do they say when {thing} is up",
        "{thing} ga utsutte iru aida, nan to itte imasu ka? What is said at that time?",
        "The audio probably doesn't match {thing}. What is actually spoken while it is shown?",
        "What words are heard during {thing}?",
        "Tell me the narration that plays over {thing}.",
        "when {thing} is showing any talking? what is it",
    ],
    "cross shown": [
        "When the voice says \"{phrase}\", what's on the screen?",
        "Describe the visual content displayed while the narrator says '{phrase}'.",
        "whats on screen at the part where it goes {phrase}",
        "\"{phrase}\" to iu toki, gamen ni nani ga arimasu ka? What is shown?",
        "I heard '{phrase}' and I doubt the picture matches. What is shown at that moment?",
        "What appears during the words \"{phrase}\"?",
        "Tell me what the viewer sees as '{phrase}' is spoken.",
        "{phrase} <- what is shown while that is said",
    ],
    "unanswerable": [
        "Who filmed this, and what brand of binoculars were they using?",
        "What is the name of the person who made this video?",
        "how much did this cost to make",
        "Kono bideo wa doko no machi de torimashita ka? In which city was it recorded?",
        "What happens right after the video ends? Surely they cut something out.",
        "What was the temperature outside when it was recorded?",
        "Which phone model recorded this clip?",
        "What is the creator's email address?",
    ],
    "open": [
        "Give me an overview of the video, like a field note.",
        "Please describe this video in detail for a blind user.",
        "wats this vid even about",
        "Kono bideo ni tsuite setsumei shite kudasai. What is it about?",
        "What's this supposedly about? Summarise what it actually contains.",
        "Describe the video.",
        "Could you tell me what happens in this clip?",
        "summary pls",
    ],
}

#: "shot count" phrasings that ask for cuts (shots - 1).
BLIND23_CUT_PHRASINGS = {
    "How many times does the picture cut to a new shot?",
    "Please report the number of scene changes in the video.",
}
#: "order" phrasings answered yes/no (yes iff {a} is first).
BLIND23_ORDER_YESNO = {
    "For the reading-order check: does the text {a} appear before {b}?",
    "I doubt the order is what they claim. Does {a} really come earlier than {b}, or not?",
}

BLIND23_START_WORD = "Which word do you see right at the very beginning of the clip?"
BLIND23_MIDDLE_WORD = "about halfway thru what word is on screen"
BLIND23_END_WORD = "Saigo ni, at the very end of the video, which word is written on the screen?"
BLIND23_HEAR = "Skeptic here: is the word {word} actually spoken aloud anywhere in the audio?"
BLIND23_VIDEO_LENGTH = [
    "How long is the whole video? I log the length of every recording.",
    "total runtime pls",
    "Zenbu de nanbyou desu ka? How many seconds is the video in total?",
    "What is the length of this clip from start to finish?",
]

# The slideshow photos-AC (its truth: qa_bank_cases_blind23.py).
BLIND23_FIRST_PHOTO = "What's the very first picture in the slideshow? I'm hoping for a bird."
BLIND23_HALFWAY_PHOTO = "halfway thru the slideshow what photo is up"
BLIND23_LAST_PHOTO = "For the alt text of the final slide: what does the last photo show?"
BLIND23_PHOTO_COUNT = "Shashin wa nanmai arimasu ka? How many photos are in this slideshow?"
BLIND23_REEDS = "Reeds are where the warblers hide. Do any of the photos have reeds sticking out of the water?"
BLIND23_KITE_FLYER = "Who is flying that kite? What is their name?"
BLIND23_KITE_PRICE = "how much did that rainbow kite cost"
BLIND23_PIER_DATE = "I doubt that foggy pier photo is recent. On what date was it taken?"
