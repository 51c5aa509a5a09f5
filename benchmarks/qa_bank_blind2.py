"""Phrasings of the `blind2` split of the question bank (see qa_bank.py).

Written blind: without reading the answering code (videochat/llm/), the other splits' phrasings
(qa_bank_phrasings.py, qa_bank_blind.py), the question-wording tests or docs/answering.md; only
the field names each question type fills in were looked up. Near-copies of other splits' phrasings
were reworded afterwards by a text-similarity check. The way people type: casual, typos, slang,
vague times, long polite questions and terse ones. Run once, to report; never tune on it.

Fields: {mmss} 0:07, {hhmmss} 00:07, {s} 7, {s_words} seven, {s_ord} eighth (the second 7-8 s),
{a}/{b} two on-screen words (and {a_low}/{b_low}), {word}/{word_low}, {thing}, {phrase} a quoted
bit of the speech, {past_mmss}/{past_min} a time after the end of the video.
"""

from __future__ import annotations

BLIND2_TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "at {mmss} there's a word, which one?",
        "hey, at about {s} seconds in, what does the text on screen say",
        "in the {s_ord} second whats the caption saying",
        "Could you please tell me which word is displayed at the {mmss} mark? Thanks.",
        "text at {s}s??",
        "roughly {s_words} seconds into it theres a word flashing up, what is it",
        "at {hhmmss} which word can u see",
    ],
    "shown at time": [
        "{mmss} - what's being shown right then?",
        "at around {s} seconds what are we looking at",
        "which picture is showing during the {s_ord} second",
        "I'm curious what image is being displayed at the {mmss} mark, could you tell me?",
        "wat's in the picture at like {s}s",
        "about {s_words} seconds in, what's in the frame?",
        "describe the visuals at {hhmmss} pls",
    ],
    "spoken": [
        "the voice in this, what's it telling us?",
        "is anything narrated? what exactly",
        "can you transcribe the speech for me",
        "wht are they sayin in the audio track",
        "Would you mind writing out exactly what gets spoken in this clip?",
        "any talking in this? what's said",
        "what's audible in the voiceover",
    ],
    "order": [
        "first to appear out of {a} and {b}?",
        "{a} shows before {b}, yes?",  # yes/no
        "between {b_low} and {a_low}, which one did i see first",
        "I saw both {a} and {b} on screen; which was displayed first?",
        "did {b} only come up once {a} had already been shown",  # yes/no (yes when {a} is first)
        "order of {a} and {b}?",
        "wich one appears sooner: {a} or {b}",
    ],
    "shot count": [
        "shot count for this one?",
        "how many scene changes are there",  # counts cuts
        "how many scenes r in it",
        "Could you count the number of separate shots in the clip for me?",
        "how many jumps between shots does the edit have",  # counts cuts
        "total scenes?",
        "number of cuts between shots?",  # counts cuts
    ],
    "first appearance": [
        "{word} appears first at which moment",
        "the word {word_low}, at what time does it first get shown",
        "gimme the timestamp for {word}",
        "I'm trying to find the moment the text '{word}' comes on screen, when is it?",
        "{word_low} - when?",
        "how far into the video is {word} displayed for the first time",
        "when does the caption {word} pop up",
    ],
    "word count": [
        "total number of words that appear on screen?",
        "how many separate captions come up",
        "tally up the on-screen text for me, how many words",
        "how many bits of text flash up during the video?",
        "Over the whole clip, how many distinct words get displayed?",
        "no. of words shown?",
        "number of written words the video contains?",
    ],
    "presence": [
        "anywhere in the video where {thing} appears?",
        "do we get to see {thing} at some point",
        "does {thing} ever turn up?",
        "Quick question: is {thing} in this clip at all?",
        "any sign of {thing}?",
        "{thing} - is it in there or not",
        "can {thing} be seen in it",
    ],
    "visual when": [
        "{thing} is on screen at what time?",
        "which bit of the clip features {thing}",
        "whens {thing} come on",
        "Could you tell me the timestamp where {thing} appears?",
        "time of {thing}?",
        "how far in do they show {thing}",
        "{thing} appears when exactly",
    ],
    "duration": [
        "{thing} - visible for what length of time",
        "how many seconds of {thing} do we get",
        "how long does {thing} hang around",
        "What's the duration of {thing} being visible?",
        "length of time {thing} is shown?",
        "{thing} is displayed for how many secs",
        "roughly how much time is {thing} up for",
    ],
    "people count": [
        "how many human beings appear here?",
        "hw many ppl r there",
        "please count everyone who's on screen",
        "Is anyone on camera? How many persons in total?",
        "how many persons are visible",
        "how many different individuals do we see",
        "how many folks r in the shot",
    ],
    "cross said": [
        "while {thing} is up on screen, what's being said?",
        "narrator says what, during the part with {thing}",
        "what do we hear during {thing}",
        "Is anything spoken while {thing} is visible? If so, what?",
        "speech over {thing}?",
        "what's the voice saying at the same time as {thing}",
        "what gets said when they show {thing}",
    ],
    "cross shown": [
        "they say \"{phrase}\" at some point - what's on screen then?",
        "what can we see at the point the voice mentions {phrase}",
        "which thing is displayed as '{phrase}' gets said",
        "I hear \"{phrase}\" in the audio, what is showing at that exact moment?",
        "visual during '{phrase}'?",
        "narrator goes '{phrase}' - what's visible?",
        "at the moment '{phrase}' is said what do u see",
    ],
    "unanswerable": [
        "who's narrating, like what's their name?",
        "what's going on at {past_mmss} in the video",
        "who made this video and when was it uploaded",
        "what colour shirt is the person talking wearing",
        "Could you tell me which city this was filmed in?",
        "how does the speaker feel about it, happy or sad?",
        "anything interesting after {past_min} minutes in?",
        "what phone or camera was this shot on",
    ],
    "open": [
        "so what's the video about overall?",
        "quick summary pls",
        "tldr this for me",
        "Could you describe what happens in this video from start to finish?",
        "explain whats going on here pls",
        "sum up the video in two or three sentences",
        "what am I looking at in this clip?",
    ],
}

# "shot count" phrasings that count cuts (one fewer than shots); "order" phrasings answered yes/no.
BLIND2_CUT_PHRASINGS = {
    "how many scene changes are there",
    "how many jumps between shots does the edit have",
    "number of cuts between shots?",
}
BLIND2_ORDER_YESNO = {"{a} shows before {b}, yes?", "did {b} only come up once {a} had already been shown"}

# How long the whole video is, one per case in turn.
BLIND2_VIDEO_LENGTH = [
    "is this long? how many seconds end to end",
    "whats the total runtime",
    "total seconds of footage?",
    "Could you tell me the length of the whole video?",
    "duration of the clip?",
]

# Generated clips: words at vague times (asked only where the truth fits), and a heard word.
BLIND2_START_WORD = "what's the first word that comes up right at the beginning?"
BLIND2_MIDDLE_WORD = "midway through the clip, which word is up"
BLIND2_END_WORD = "in the final couple of seconds what word is up?"
BLIND2_HEAR = "does anyone say the word \"{word}\" out loud?"

# Photo slideshow H.
BLIND2_FIRST_PHOTO = "which photo does it open with?"
BLIND2_HALFWAY_PHOTO = "whats on screen at the halfway point"
BLIND2_LAST_PHOTO = "what do we see in the last few seconds"
BLIND2_PHOTO_COUNT = "how many pics are in the slideshow altogether"
BLIND2_PLATE = "what's the licence plate number on the car?"

# Real clip: opencv-doc's Hough-lines animation.
BLIND2_HOUGH_SOUND = "is there any sound or talking in it?"
BLIND2_HOUGH_MOVES = "does the yellow line move around?"
BLIND2_HOUGH_EQUATION = "what's the equation of the yellow line"
