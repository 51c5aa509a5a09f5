"""Phrasings of the `blind11` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings (only the attribute names a split module defines were looked up). In
voices of their own: a film student with editing words, a support agent checking a customer's upload, someone
typing with one thumb on a bus, polite Indian-English and Nigerian-English speakers, a skeptic who doubts the
video; typos, the subject at the end, two-part questions, imperatives, vague times where the truth fits.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND11_TEMPLATES = {
    "word at time": [
        "film student here - at {mmss}, which word is superimposed over the frame?",
        "Hi, I'm checking a customer's upload. Which word is displayed on screen at the {s}-second mark?",
        "wat word is up at {s}s",
        "Kindly tell me which word is appearing on the screen at {hhmmss}.",
        "Please, at {s_words} seconds, which word is showing on the screen?",
        "the text on screen during the {s_ord} second, what does it read",
        "I bet nothing is written on screen at {mmss}. Prove me wrong: what word is there?",
        "{mmss} - on-screen word?",
    ],
    "shown at time": [
        "what's the subject of the shot at {mmss}?",
        "The customer says the picture at {s} seconds is the wrong one. What does that picture actually show?",
        "wats on the screen at {s} sec",
        "Could you please tell me what image is being displayed at {hhmmss}?",
        "At {s_words} seconds into the video, which picture is on the screen, please?",
        "in the {s_ord} second what are we looking at",
        "describe the photo that's up at {mmss}",
    ],
    "spoken": [
        "Is there any dialogue or voiceover? Give me the exact line, word for word.",
        "The customer wants a transcript of the audio. What is said in the video?",
        "wat does the voice say",
        "Please tell me what all is being spoken in this video.",
        "What is the person talking saying? Please tell me.",
        "write down everything that is said out loud",
        "what do they say, the voice on the soundtrack?",
        "I doubt anyone even talks in this. What's said, if anything?",
    ],
    "order": [
        "which caption appears earlier in the edit, {a} or {b}?",
        "Does {a} appear on screen before {b}?",
        "{a_low} or {b_low} which one shows up 1st",
        "Kindly confirm the sequence: is {a} coming before {b}, or is it the other way round?",
        "Of the two words {a} and {b}, which did the video show first?",
        "did {b_low} come after {a_low}?",
        "Put these in the order they appear on screen: {b}, {a}.",
        "Between {a} and {b}, which one was on screen first, please?",
    ],
    "shot count": [
        "How many cuts are there in this edit?",
        "how many separate shots does the video contain?",
        "how many scenes r there",
        "Please tell me the number of shots in this video.",
        "How many times does the picture change to a different shot?",
        "count the shots for me",
        "The customer insists nothing was edited. How many shots does it really have?",
        "number of distinct shots, from start to finish?",
    ],
    "first appearance": [
        "At what timecode does {word} first appear on screen?",
        "The customer is asking: when does the word {word} first show up?",
        "when does {word_low} come on first",
        "Please tell me at which second the word {word} is first appearing.",
        "{word} - when is the first time it shows on the screen?",
        "find the moment {word} first pops up",
        "how far into the video before we first see the word {word}?",
    ],
    "word count": [
        "How many different words are superimposed over the footage in total?",
        "how many diffrent words show up on screen",
        "Please count the distinct words written on the screen throughout the video.",
        "Total number of different on-screen words, please?",
        "The customer says there are loads of words on screen. How many different ones are actually shown?",
        "words on screen: how many different ones?",
        "how many unique words appear as text in this video",
    ],
    "presence": [
        "Is {thing} visible at any point in the video?",
        "Quick check for a support ticket: does {thing} appear anywhere?",
        "is there {thing} in it",
        "Please confirm whether {thing} is present in this video or not.",
        "Do we ever get to see {thing}?",
        "i doubt there's {thing} in this. is there?",
        "anywhere in the clip, {thing} - yes or no?",
        "Does {thing} show up in any frame?",
    ],
    "visual when": [
        "At what timecode is {thing} on screen?",
        "When can {thing} be seen? I need the timestamp for a customer.",
        "when do u see {thing}",
        "Please tell me at what time {thing} is appearing in the video.",
        "{thing}: at what point in the video does that show?",
        "give me the time range where {thing} is visible",
        "Roughly when does {thing} come on screen?",
    ],
    "duration": [
        "How long does {thing} stay in frame?",
        "For how many seconds is {thing} on screen?",
        "how long is {thing} up for",
        "Kindly tell me the duration for which {thing} is displayed.",
        "{thing} - how many seconds does it remain visible?",
        "time how long {thing} is shown",
        "Is {thing} shown for long? How many seconds exactly?",
    ],
    "people count": [
        "How many people are in frame at the same time, at most?",
        "What's the largest number of people visible together in any one shot?",
        "max number of ppl on screen at once?",
        "Please tell me the maximum number of persons seen together at one time.",
        "At the busiest moment, how many people can be seen?",
        "how many people appear at once, at the most",
        "Count the people - the most that are on screen at any one moment.",
    ],
    "cross said": [
        "What's said on the soundtrack while {thing} is on screen?",
        "While {thing} is showing, what does the voice say?",
        "wat do they say when {thing} is up",
        "Please tell me what is being spoken at the time {thing} is displayed.",
        "During {thing}, what words are spoken aloud?",
        "tell me the line of speech heard over {thing}",
        "{thing} is on the screen and someone talks. What do they say?",
    ],
    "cross shown": [
        "What's on screen at the moment the voice says \"{phrase}\"?",
        "When the speaker says '{phrase}', what is shown?",
        "wats on screen when they say {phrase}",
        "Please tell me what is visible on the screen when \"{phrase}\" is being said.",
        "Someone says \"{phrase}\" - what's showing on screen right then?",
        "describe what's on screen during the line \"{phrase}\"",
        "the bit where you hear \"{phrase}\": what do we see?",
    ],
    "unanswerable": [
        "Who was the cinematographer on this?",
        "What's the name of the person who uploaded this video?",
        "wats the name of whoever is talking",
        "Please tell me what happens at {past_mmss} in the video.",
        "How old is the person whose voice we hear?",
        "Why did the creator make this video?",
        "How much did it cost to produce this video?",
        "what's the narrator's email address",
    ],
    "open": [
        "Give me a shot-by-shot rundown of the video.",
        "Summarise this video for a support ticket.",
        "wats this video about",
        "Kindly give me a brief description of what this video contains.",
        "Tell me everything in this video: what is shown and what is said.",
        "I haven't watched it yet. What's in it?",
        "describe the video from start to end",
    ],
}

# "shot count" phrasings that ask for the cuts between shots (shots - 1), not the shots.
BLIND11_CUT_PHRASINGS = {BLIND11_TEMPLATES["shot count"][0], BLIND11_TEMPLATES["shot count"][4]}
# "order" phrasings answered yes/no (yes when {a} comes first).
BLIND11_ORDER_YESNO = {BLIND11_TEMPLATES["order"][1], BLIND11_TEMPLATES["order"][5]}

BLIND11_VIDEO_LENGTH = [
    "what's the total running time?",
    "how long is this vid",
    "Please tell me the full duration of the video.",
    "How many seconds long is the whole clip, start to end?",
]

BLIND11_START_WORD = "as soon as it starts, which word is on the screen?"
BLIND11_MIDDLE_WORD = "midway through the video, what word is written on screen?"
BLIND11_END_WORD = "right before the video ends, which word is up on screen?"
BLIND11_HEAR = "Listening only to the audio: does the word \"{word}\" ever come up?"

# The photos-Q slideshow's own questions (qa_bank_cases.py).
BLIND11_FIRST_PHOTO = "the opening image - what is it a photo of?"
BLIND11_HALFWAY_PHOTO = "what picture is on screen exactly midway through?"
BLIND11_LAST_PHOTO = "Which photo closes the slideshow, the very last one?"
BLIND11_PHOTO_COUNT = "how many pics r in this slideshow"
BLIND11_BABY_ANIMAL = "Is there a baby animal in any of the photos?"
BLIND11_WOMAN_NAME = "What is the name of the lady resting her chin on her hand?"
BLIND11_HOUSE_TOWN = "which town is that half-timbered house in"
BLIND11_WOMAN_WHY = "Why is the woman smiling?"
