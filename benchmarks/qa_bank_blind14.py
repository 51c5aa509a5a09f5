"""Phrasings of the `blind14` split, written blind: by someone who had not read the answering code
(videochat/llm/), its tests, or any other split's phrasings, and who did not run the bank's answering on this
split while writing it. Voices of people who would really type into the box: a radio producer timing cues, a
farmer, a birdwatcher, an anxious first-time user who explains too much, a coder typing terse lowercase, and
someone dictating through speech-to-text (no punctuation, homophones); typos, the subject at the end, two-part
questions, vague times, imperatives.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND14_TEMPLATES = {
    "word at time": [
        "radio producer here, I need the on-screen word at {mmss} for my cue sheet",
        "what word is written up on the screen at {s} seconds",
        "wots the word showing at {hhmmss}",
        "at {s_words} seconds in theres a word on the screen what does it say",
        "during the {s_ord} second, which word can be read on screen?",
        "I'm new to this so sorry if it's a silly question, but could you tell me which word is displayed "
        "about {s} seconds into the video?",
        "word on screen @ {mmss}",
    ],
    "shown at time": [
        "what's the picture at {mmss}",
        "birdwatcher here - at {s} seconds, what am I actually looking at in the frame?",
        "describe whats showing at {s_words} seconds",
        "image at {hhmmss}?",
        "so at about {s} sec, what's up on screen",
        "tell me what's in the shot during the {s_ord} second",
        "at {mmss} on the timeline what can you see? just the main thing please",
    ],
    "spoken": [
        "what does the voice say",
        "can u write down the words spoken in this clip",
        "give me the spoken line word for word, it's for a radio transcript",
        "is anyone talking? and if so what do they say",
        "transcribe the audio for me",
        "i couldnt here it properly what was said",
        "what's the narration, if there is any? I'm not sure the sound even works on my laptop",
    ],
    "order": [
        "which shows up first, {a} or {b}",
        "does {a} come up before {b}?",
        "{b_low} or {a_low} which one appears earlier",
        "put these in order of appearance: {a}, {b}",
        "was {a} on screen before {b} was",
        "I'm trying to work out the sequence. The word {a} and the word {b} both appear, which one was first?",
        "first on screen - {a} or {b}?",
    ],
    "shot count": [
        "how many shots are there",
        "how many times does it cut to something new",
        "count the scenes for me",
        "how many different camera shots in total?",
        "number of cuts?",
        "radio producer, not a video person: how many separate shots does this thing have?",
        "how many times does the picture change",
        "hw many shots r in it",
    ],
    "first appearance": [
        "when does {word} first show up",
        "at what time does the word {word} appear for the first time?",
        "{word_low} - when do i first see it",
        "timestamp of the first appearance of {word}, please",
        "how far into the video before {word} pops up on screen",
        "when is the word {word_low} first written on the screen",
        "sorry, beginner question: at what point in the video does {word} appear? I only need the first time",
    ],
    "word count": [
        "how many different words are shown on screen?",
        "count the distinct on-screen words",
        "how many words appear as text on the screen, not counting repeats",
        "number of unique words displayed",
        "hw many seperate words come up on screen",
        "ignoring the audio, how many different words does the video put up on screen?",
        "how many words of on-screen writing are there (each different word counted once)",
    ],
    "presence": [
        "is there {thing} in this video?",
        "do we ever see {thing}",
        "{thing} - does that appear at all?",
        "farmer here, did you spot {thing} anywhere in it?",
        "check whether {thing} shows up on screen",
        "is {thing} visible at any point? yes or no",
        "cant see the screen well is there {thing} in it",
    ],
    "visual when": [
        "when do we see {thing}",
        "at what time is {thing} on screen",
        "birdwatcher question: at what point does {thing} come into view?",
        "{thing}, when is that shown",
        "timestamps for {thing} pls",
        "whens {thing} on",
        "I'd like to jump straight to {thing}. What time should I skip to?",
    ],
    "duration": [
        "how long is {thing} on screen",
        "for how many seconds does {thing} stay up?",
        "how long do we get to look at {thing}",
        "duration of {thing} on screen?",
        "how much screen time does {thing} get",
        "I'm timing segments for radio: how long is {thing} visible, in seconds?",
        "{thing} stays on for how long",
    ],
    "people count": [
        "what's the most people you can see at one time",
        "how many people are in shot at once, max?",
        "at the busiest moment how many people are visible",
        "how many humans on screen at the same time at most",
        "largest number of people in a single frame?",
        "farmer here not great with tech. how many people can be seen together at any one moment",
        "max ppl visible simultaneously",
    ],
    "cross said": [
        "what's being said while {thing} is on screen",
        "when {thing} is shown, what does the voice say?",
        "what do we hear while {thing} is up",
        "whats the audio over {thing}",
        "while {thing} is visible, is anything spoken? what exactly?",
        "tell me the words spoken as {thing} is displayed",
        "{thing} is up - what's the narrator saying at that moment",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"",
        "when the voice says '{phrase}', what are we looking at?",
        "what is shown right as \"{phrase}\" is spoken",
        "at the bit where they say {phrase} whats on the screen",
        "what can you see while the line \"{phrase}\" is being said",
        "\"{phrase}\" - what's on screen at that point",
        "someone says '{phrase}' at some point. what's displayed then?",
    ],
    "unanswerable": [
        "who made this video?",
        "what's the name of the person speaking",
        "how many views has this had online",
        "what camera was this recorded on",
        "why was this video made",
        "how old is the narrator",
        "what happens right after the video ends?",
    ],
    "open": [
        "what's this video about",
        "give me a quick summary of the clip",
        "describe the video in a couple of sentences",
        "I'm a radio producer deciding whether this is worth using. What's in it, broadly?",
        "tldr of this video",
        "what happens in this",
        "could you explain to me what the video shows? I haven't watched it and I'm not sure what it is",
    ],
}

BLIND14_CUT_PHRASINGS = {BLIND14_TEMPLATES["shot count"][1], BLIND14_TEMPLATES["shot count"][4],
                         BLIND14_TEMPLATES["shot count"][6]}
# "does {a} come up before {b}" and "was {a} on screen before {b} was": yes exactly when {a} is first.
BLIND14_ORDER_YESNO = {BLIND14_TEMPLATES["order"][1], BLIND14_TEMPLATES["order"][4]}

BLIND14_VIDEO_LENGTH = [
    "how long is the whole thing",
    "total running time?",
    "whats the length of this video start to end",
    "radio producer: what's the full duration of the clip, in seconds?",
]

BLIND14_START_WORD = "what word is up at the very beginning"
BLIND14_MIDDLE_WORD = "in the middle bit of the video which word is on screen"
BLIND14_END_WORD = "towards the finish what word can you read on screen"
BLIND14_HEAR = "i think i heard {word} in the audio - was that word actually spoken or did i imagine it"

# photos-T's own questions.
BLIND14_FIRST_PHOTO = "the very first picture, what does it show?"
BLIND14_HALFWAY_PHOTO = "whats up on screen in the middle bit of the slideshow"
BLIND14_LAST_PHOTO = "towards the finish, which picture are we looking at"
BLIND14_PHOTO_COUNT = "farmer here, how many photographs are in this slideshow all told"
BLIND14_FORK = "is there a fork on the plate?"
BLIND14_WOMAN_NAME = "the lady in red walking under the copy centre sign, whats her name"
BLIND14_SPORTS_DISTANCE = "how many miles is it to the sports centre from that signpost"
BLIND14_BANANA_PRICE = "how much did that banana cost?"
