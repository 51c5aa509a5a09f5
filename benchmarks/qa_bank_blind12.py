"""Phrasings of the `blind12` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings. Written in the voices of several kinds of user: a podcaster checking a
clip before posting it, a nurse on a break (short, practical), an archivist cataloguing footage (formal,
metadata-style requests), a retiree who is new to computers, and a developer testing an API ("return ...");
typos, the subject at the end, two-part questions, vague times, imperatives and negations.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND12_TEMPLATES = {
    "word at time": [
        "podcast check: what word is on screen at {mmss}?",
        "at {s} sec what does the text say",
        "Please state the on-screen word visible at timestamp {hhmmss}.",
        "return the caption text displayed at t={s}s",
        "on my break, quick one - which word is showing around {s_words} seconds?",
        "what is writen on the screen during the {s_ord} second",
        "The word that's up at {mmss}, which one is it?",
        "I paused it at {s} seconds and there are big letters on the screen. What do they spell?",
    ],
    "shown at time": [
        "what's in the picture at {mmss}?",
        "At {s} seconds, what am I looking at?",
        "Describe the subject of the frame at {hhmmss}.",
        "return a label for the image displayed at t={s}s",
        "whats on screen around {s_words} seconds in? the photo i mean",
        "I stopped the video at {mmss}. What is that a picture of?",
        "during the {s_ord} second, which picture is up",
    ],
    "spoken": [
        "what's actually said in this clip? need it for the show notes",
        "transcribe the speech pls",
        "Provide a transcript of all spoken words in this recording.",
        "return every speech segment as plain text",
        "does somebody say something in it? what exactly",
        "My hearing isn't what it was. What does the voice in this video say?",
        "the words the person speaks, what are they",
        "what did they say, word for word",
    ],
    "order": [
        "which shows up first, {a} or {b}?",
        "does {a} come up before {b}?",
        "Indicate the sequence in which the words {a} and {b} appear on screen.",
        "is {b} shown after {a}?",
        "{a} and {b} - which one did they put up first",
        "order check for my edit: is it {a} then {b}, or {b} then {a}?",
        "was {a_low} on the screen before {b_low}, or not?",
        "Which word appears earlier: {a} or {b}? Just the word please.",
    ],
    "shot count": [
        "how many shots are in this?",
        "how many cuts are there",
        "Record the number of distinct shots in this footage.",
        "return shot_count for this video",
        "how many times does the scene change?",
        "how many diffrent scenes does it have",
        "The video is made up of how many separate shots?",
        "how many transitions are there from one shot to the next",
    ],
    "first appearance": [
        "when does {word} first pop up?",
        "timestamp of the first appearance of {word}?",
        "Log the time at which the word {word} is first displayed.",
        "return first_seen time for the on-screen text '{word}'",
        "at what point do we first see {word} written on screen",
        "{word} - when does it first show up on the screen? roughly is fine",
        "I'm looking for the word {word_low}. When does it come up the first time?",
        "is {word} in the video at all? if so when does it first show",
    ],
    "word count": [
        "how many different words are shown on screen?",
        "count of distinct on-screen words?",
        "State the number of unique words that appear as on-screen text.",
        "return n_words: how many distinct words appear on screen",
        "how many words come up on the screen in total? different ones, not repeats",
        "The on-screen words - how many are there altogether?",
        "quick count pls: how many seperate words get written on the screen",
    ],
    "presence": [
        "is there {thing} in this?",
        "does {thing} appear anywhere in the video?",
        "Confirm whether {thing} is visible at any point.",
        "check: is {thing} ever shown? yes or no",
        "can you spot {thing} anywhere?",
        "{thing} - is it in the video or not",
        "I don't think I saw {thing}. Is it there?",
        "any sign of {thing} at all?",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "at what time do we see {thing}?",
        "Provide the time range during which {thing} is visible.",
        "return start and end seconds for {thing}",
        "skip to {thing} for me - what time is that at?",
        "how far in is {thing}? i want to grab a screenshot",
        "I want to show my grandson {thing}. At what minute and second does it come on?",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "for how many seconds do we see {thing}?",
        "Record the on-screen duration of {thing}.",
        "return duration_s for {thing}",
        "{thing} stays up for how long",
        "how long does {thing} last before it goes away",
        "roughly how many secs is {thing} visible for",
    ],
    "people count": [
        "how many people are in this video at the same time, at most?",
        "what's the largest number of people in frame together?",
        "State the maximum number of persons visible simultaneously.",
        "return max_people_in_frame",
        "how many people can you see at once, max",
        "at the busiest moment, how many people are on screen? could be none",
        "counting only people on screen together, what is the highest number at any one moment",
    ],
    "cross said": [
        "what's said while {thing} is on screen?",
        "what does the voice say during {thing}?",
        "Transcribe any speech that occurs while {thing} is displayed.",
        "return the speech that overlaps {thing}",
        "when {thing} is showing, what are they saying",
        "someone talks over {thing} - what do they say?",
        "what do I hear while {thing} is up",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"?",
        "what do we see while they're saying '{phrase}'",
        "Identify the visual content at the moment the words \"{phrase}\" are spoken.",
        "return the on-screen content at the time \"{phrase}\" is spoken",
        "right when the voice goes \"{phrase}\", what's showing",
        "\"{phrase}\" - what's being shown at that bit?",
        "I heard somebody say '{phrase}'. What was on the screen then?",
    ],
    "unanswerable": [
        "what's the name of the person who made this?",
        "why was this video made?",
        "Record the make and model of the camera used to film this.",
        "return the uploader's email address",
        "how was the narrator feeling when they recorded it?",
        "what happens at {past_mmss}?",
        "how much did it cost to make this video?",
        "what did they have for lunch before filming",
    ],
    "open": [
        "give me a quick rundown of what's shown and said in this",
        "summarise the video",
        "Provide a catalogue description of this item, covering visual content and audio.",
        "return a short summary (visuals + speech)",
        "what's this video about? what do you see and hear",
        "I'm not good with computers. Can you tell me in plain words what is in this video and what is said?",
        "show notes: describe the clip in two or three sentences",
    ],
}

# "shot count" phrasings that ask for the number of cuts / changes, not shots (truth: shots - 1).
BLIND12_CUT_PHRASINGS = {BLIND12_TEMPLATES["shot count"][1], BLIND12_TEMPLATES["shot count"][4],
                         BLIND12_TEMPLATES["shot count"][7]}
# "order" phrasings answered yes/no; each asks whether {a} comes before {b} (yes iff {a} is first).
BLIND12_ORDER_YESNO = {BLIND12_TEMPLATES["order"][1], BLIND12_TEMPLATES["order"][3], BLIND12_TEMPLATES["order"][6]}

# How long the whole video is (one per case in turn).
BLIND12_VIDEO_LENGTH = [
    "how long is this whole video?",
    "Record the total running time of this file.",
    "return total duration in seconds",
    "whats the length of the clip, start to finish",
]

# The on-screen word at vague times (asked only where one word clearly holds that moment).
BLIND12_START_WORD = "which word is on screen just after it begins?"
BLIND12_MIDDLE_WORD = "at about the halfway mark, what word is showing?"
BLIND12_END_WORD = "in the closing seconds, which word is up?"
# Whether a word is ever spoken (yes on some seeds, no on others).
BLIND12_HEAR = "is \"{word}\" said out loud anywhere in it?"

# The slideshow's own questions (photos-R: a parking notice, a generator, a gallery shop front, no-parking barriers).
BLIND12_FIRST_PHOTO = "what's the very first picture in the slideshow?"
BLIND12_HALFWAY_PHOTO = "about halfway through, which photo is showing?"
BLIND12_LAST_PHOTO = "which picture is the slideshow left on at the very end?"
BLIND12_PHOTO_COUNT = "how many photos are in this slideshow in total?"
BLIND12_PALM_TREE = "is there a palm tree in any of the pictures?"
BLIND12_WOMAN_NAME = "what's the name of the woman in the red top?"
BLIND12_PARKING_FINE = "how much is the fine for double parking on that street?"
BLIND12_GALLERY_OWNER = "who owns the gallery in the yellow building?"
