"""Phrasings of the `blind15` split, written blind: without reading the answering code (videochat/llm/), its
tests, its docs or any other split's phrasings (only the runner, the checkers and the truth tables were read,
to know which fields each question type gets), and never run against the answering code while written.
Voices of people who would really type these: a wedding videographer logging an edit, a claims adjuster
going through footage for a report, a language learner with simple grammar, a grumpy user who expects the tool
to fail, a librarian cataloguing a tape; typos, imperatives, the subject at the end, two-part questions,
vague times only where the truth fits (the split's own start / middle / end questions).

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND15_TEMPLATES = {
    "word at time": [
        "wedding edit here - what word is on the screen at {mmss}? need it for my caption sheet",
        "At {s} seconds, what text is written on the screen?",
        "ok so at {hhmmss} some word pops up. which word is it",
        "claims file note: the text visible at the {s_ord} second of the footage, what does it read?",
        "this thing never gets it right but fine: the caption at {mmss}, what is it",
        "tell me teh word displayed around {s_words} seconds in",
        "on screen at {mmss}, the word - what is it?",
    ],
    "shown at time": [
        "what's in the picture at {mmss}?",
        "At second {s}, what I can see in the video?",
        "describe the frame at {hhmmss} for the catalogue record, briefly",
        "whats showing at {s}s? one line pls",
        "for the claim: what object or scene is on screen at the {s_ord} second?",
        "bet you can't even tell me what's on screen {s_words} seconds in",
        "Pause it at {mmss} - what are we looking at?",
    ],
    "spoken": [
        "what does the voice say in this video?",
        "transcribe the speech for me, word for word if you can",
        "In the video somebody talk. What they say?",
        "is anything said out loud, and if so what exactly?",
        "for the ceremony highlights I need the spoken lines - what gets said?",
        "ugh. just tell me waht is spoken in the audio",
        "the narration, what words can be heard in it?",
    ],
    "order": [
        "which shows up first on screen, {a} or {b}?",
        "Does {a} appear before {b}?",
        "{b} and {a} - which one came earlier in the clip?",
        "timeline check for the report: was the word {a} displayed before the word {b}, yes or no",
        "I see {a_low} and {b_low} written. Which is first?",
        "is it true that {b} comes after {a}?",
        "put these in the order they appear on screen: {a}, {b}",
    ],
    "shot count": [
        "how many shots are in this video?",
        "How many different scenes the video have?",
        "count the cuts for me - how many times does it cut from one shot to the next?",
        "how many times does the picture change to a new shot?",
        "number of distinct shots, just the number",
        "for my edit log: how many separate shots make up this video",
        "how many separate shots or pictures is this video made of? i counted but want to check",
    ],
    "first appearance": [
        "when does {word} first appear on screen?",
        "At what time the word {word} come on the screen for the first time?",
        "timestamp of the first time {word_low} is shown, please",
        "{word} - when does that word first pop up?",
        "for the claim record: the earliest moment the text {word} is visible",
        "how many seconds in before {word} shows up on the scren?",
        "Find the point where the word {word} is first written on screen.",
    ],
    "word count": [
        "how many different words are shown on screen in total?",
        "How many words is written in the video? Different ones, I mean.",
        "count the distinct words that appear on screen",
        "over the whole clip, how many separate words flash up as text?",
        "total number of unique words that appear as text on the screen?",
        "bet it gets this wrong: how many different words show up on screen",
        "for the catalogue: number of distinct words displayed in the video",
    ],
    "presence": [
        "is there {thing} anywhere in this video?",
        "Do I see {thing} in the video at some moment?",
        "does {thing} ever show up on screen?",
        "quick yes or no: {thing}, is it in the footage?",
        "for the insurance report, confirm whether {thing} appears at any point",
        "I doubt it but... any sign of {thing}?",
        "did {thing} make it into the video at all",
    ],
    "visual when": [
        "when is {thing} visible?",
        "At what time I can see {thing}?",
        "timestamp for {thing}, please",
        "when do we get {thing} on screen?",
        "for the claim: at what point in the footage is {thing} shown",
        "{thing} shows up when exactly?",
        "jump me to the part with {thing} - what time is that?",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "How many seconds {thing} stays in the video?",
        "for the edit: duration of {thing} on screen, in seconds",
        "how long do we get to see {thing} for",
        "{thing} is visible for how long?",
        "total screen time of {thing}?",
        "measure how long {thing} stays up, please",
    ],
    "people count": [
        "what's the largest number of people visible at the same time?",
        "How many persons are in the video at once, maximum?",
        "for the claim: max number of people on screen simultaneously",
        "how many people can you see at once, at most",
        "at the busiest moment, how many people are in frame",
        "count the people for me - the most there are in any one frame",
        "peak head count on screen at any one time? not counting anyone twice",
    ],
    "cross said": [
        "what is being said while {thing} is on screen?",
        "When I see {thing}, what the voice is saying?",
        "what's the audio saying during {thing}?",
        "while {thing} is showing, what words are spoken",
        "for the highlight reel: the line spoken over {thing}, what is it",
        "{thing} is up - what does the voice say at that moment?",
        "tell me what's said at the same time as {thing} is visible",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"?",
        "When the voice say '{phrase}', what is showing?",
        "at the moment the words '{phrase}' are spoken, what can we see",
        "what's in frame during the line \"{phrase}\"",
        "for the claim: what is visible at the time '{phrase}' is heard?",
        "someone says {phrase} - what's on the screen right then",
        "show me what is visible as '{phrase}' is said",
    ],
    "unanswerable": [
        "what's the name of the person who edited this video?",
        "how much did it cost to make this video?",
        "What did the camera operator eat for lunch that day?",
        "what's shown at {past_mmss}?",
        "what happens at minute {past_min} of the video?",
        "which phone model was this recorded on",
        "how many views does this video have on youtube?",
    ],
    "open": [
        "summarize this video",
        "What is this video about? Please describe it.",
        "give me a rundown of everything that happens",
        "for the catalogue entry, write a short description of the contents",
        "ok genius, what's in this video, start to finish",
        "describe the video for someone who can't see it",
        "what goes on in this clip? pictures, text, speech, all of it",
    ],
}

#: "shot count" phrasings that ask for the number of cuts (shots - 1).
BLIND15_CUT_PHRASINGS = {
    "count the cuts for me - how many times does it cut from one shot to the next?",
    "how many times does the picture change to a new shot?",
}
#: "order" phrasings answered yes/no (yes when {a} comes first).
BLIND15_ORDER_YESNO = {
    "Does {a} appear before {b}?",
    "timeline check for the report: was the word {a} displayed before the word {b}, yes or no",
    "is it true that {b} comes after {a}?",
}

BLIND15_START_WORD = "what word is on screen right at the outset?"
BLIND15_MIDDLE_WORD = "mid-clip, which word is showing?"
BLIND15_END_WORD = "near the finish, what word is up on the screen?"
BLIND15_HEAR = "did anyone actually say the word \"{word}\" out loud in this?"
BLIND15_VIDEO_LENGTH = [
    "how long is the whole video?",
    "What is the length of this video in total?",
    "runtime of the clip, start to end?",
    "how many seconds does this thing run for altogether",
]

# The photos-U slideshow's own questions.
BLIND15_FIRST_PHOTO = "what's the very first picture in the slideshow?"
BLIND15_HALFWAY_PHOTO = "halfway through, what picture is on screen?"
BLIND15_LAST_PHOTO = "the photo it ends on - what is it of?"
BLIND15_PHOTO_COUNT = "how many photos are in this slideshow altogether?"
BLIND15_FOUNTAIN = "is there a fountain in any of the pictures?"
BLIND15_CHEETAH_NAME = "what's the cheetah called? like its name"
BLIND15_GLASS_PRICE = "how much did that wine glass cost?"
BLIND15_CANDLE_SCENT = "what does the candle smell like?"
