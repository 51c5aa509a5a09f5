"""Phrasings of the `blind7` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings, and never run while they were written. Voices of their own: a student
taking notes, an older user who writes whole formal sentences, a gamer typing fragments and abbreviations, a
video editor's jargon (timecodes, cuts, in and out points, VO, in frame); typos, imperatives, two-part
questions, negations, the subject last, vague times.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND7_TEMPLATES = {
    "word at time": [
        "at {mmss}, what word is written on the screen?",
        "Could you kindly tell me which word is displayed on the screen at {s} seconds?",
        "wat txt is on screen @ {mmss}",
        "what does the on-screen text read at timecode {hhmmss}?",
        "{s_words} seconds in there's a word up on screen, which one is it",
        "During the {s_ord} second, which word can be read on the screen?",
        "Tell me the word that's showing at {mmss}.",
        "need it for my notes: the word on screen around {s}s?",
    ],
    "shown at time": [
        "what picture is up at {mmss}?",
        "I would like to know what is being shown at {s} seconds into the video.",
        "@ {mmss} wat pic is that",
        "what's in frame at {hhmmss}?",
        "Describe the image that is on the screen during the {s_ord} second.",
        "freeze it at {s_words} seconds - what am I looking at?",
        "at about {s}s in, which photo is on screen",
        "for my notes, what's showing at {mmss} and what's in it?",
    ],
    "spoken": [
        "what does the voice say?",
        "Would you please write out everything that is spoken in this video?",
        "any1 talking? wat do they say",
        "pull the dialogue for me, word for word",
        "what's being said in this? I can't make it out",
        "Tell me what the narrator says.",
        "the audio - what words are spoken in it?",
        "I need a quote for my notes: what exactly gets said out loud?",
    ],
    "order": [
        "which comes first on screen, {a} or {b}?",
        "Does the word {a} appear before the word {b}?",
        "{a_low} or {b_low} first??",
        "in the edit, which title lands earlier: {a} or {b}?",
        "Of the two words {a} and {b}, which one is shown earlier in the video?",
        "is {b} shown after {a}? yes or no",
        "put these in the order they come up on screen: {b}, {a}",
        "I keep mixing them up - {a} and {b}, which one did I see first?",
    ],
    "shot count": [
        "how many shots are in this video?",
        "How many separate scenes does the video contain, please?",
        "how many cuts are there?",
        "# of shots?",
        "how many times does the picture change to a new shot?",
        "shot count for this one? it's for my edit log",
        "How many distinct shots would you say there are from beginning to end?",
        "gimme the number of scenes in it",
    ],
    "first appearance": [
        "when does {word} first show up?",
        "At what time does the word {word} first appear on the screen?",
        "{word_low} pops up when",
        "timecode of the first frame with {word} on it?",
        "how far into the video before I first see the word {word}?",
        "Find the moment the word {word} comes on screen for the first time.",
        "first appearance of {word} on screen - what's the timestamp",
        "roughly when is {word} written on screen the first time?",
    ],
    "word count": [
        "how many different words appear on screen?",
        "Please count the distinct words that are displayed in the video.",
        "how many diff words flash up on screen total",
        "how many different words come up as on-screen text?",
        "how many words get shown? not said, shown",
        "Count the words written on the screen, each word only once.",
        "on-screen words: how many distinct ones?",
        "for my notes - how many separate words are displayed over the whole video?",
    ],
    "presence": [
        "is there {thing} anywhere in the video?",
        "Can {thing} be seen at any point in this video?",
        "{thing} in it? y/n",
        "do we ever get {thing} in frame?",
        "I don't think I saw {thing} - is it in there at all?",
        "Check whether {thing} appears on screen.",
        "does {thing} show up at some point, and if so roughly when?",
        "any sign of {thing}?",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "At what point in the video is {thing} shown?",
        "{thing} shows up when?",
        "give me the in and out points for {thing}",
        "Whereabouts in the video do we see {thing}?",
        "tell me the timestamp where I can see {thing}",
        "skip to {thing} - what time is that?",
        "at what time does it appear on screen, {thing}?",
    ],
    "duration": [
        "how long is {thing} on screen?",
        "For how many seconds is {thing} displayed?",
        "{thing} stays up how long",
        "what's the screen time of {thing}, in seconds?",
        "How long does {thing} remain visible before it goes away?",
        "how many secs do we get of {thing}",
        "tell me how long {thing} is on screen for",
        "roughly how long is it visible, {thing}?",
    ],
    "people count": [
        "what's the most people on screen at the same time?",
        "How many people can be seen together in a single frame, at most?",
        "max ppl on screen at once?",
        "how many people are in frame at the busiest moment?",
        "Are there any people in it, and if so, how many appear at one time?",
        "how many folks show up together in one shot, max?",
        "Count the people visible at the same time - what is the highest number?",
        "biggest group of people on screen at once - how many?",
    ],
    "cross said": [
        "what is said while {thing} is on screen?",
        "What does the speaker say during the time {thing} is displayed?",
        "wat do they say when {thing} is up",
        "what's the VO over {thing}?",
        "While {thing} is showing, which words are spoken?",
        "tell me the line someone says as {thing} is visible",
        "over {thing}, what's the audio saying?",
        "{thing} is on screen and somebody talks - what do they say?",
    ],
    "cross shown": [
        "what's on screen when they say \"{phrase}\"?",
        "What is shown at the moment someone says \"{phrase}\"?",
        "when \"{phrase}\" gets said whats showing",
        "what's in frame under the line \"{phrase}\"?",
        "Someone says \"{phrase}\". What can be seen on the screen at that point?",
        "at the bit where you hear '{phrase}', what's being shown?",
        "tell me what's visible while the words '{phrase}' are spoken",
        "right as the voice goes \"{phrase}\", what am I looking at?",
    ],
    "unanswerable": [
        "what's the name of the person speaking?",
        "Why was this video made?",
        "wat happens at {past_mmss}",
        "what camera and lens was this shot on?",
        "How was the speaker feeling when this was recorded?",
        "who is the speaker talking to?",
        "what gets said at minute {past_min}?",
        "How much did it cost to make this video?",
    ],
    "open": [
        "what's this video about?",
        "Could you please give me a summary of this video, including what is shown and what is said?",
        "tldr of the vid?",
        "break this clip down for me: what's shown and what's said",
        "Describe the video from start to finish.",
        "sum it up in a couple of sentences, visuals and audio",
        "what happens in it? walk me through",
        "quick overview for my notes - what you see and what you hear",
    ],
}

# "shot count" phrasings that ask for the cuts or changes between shots (one fewer than the shots).
BLIND7_CUT_PHRASINGS = {BLIND7_TEMPLATES["shot count"][2], BLIND7_TEMPLATES["shot count"][4]}
# "order" phrasings answered yes or no: yes exactly when {a} comes before {b}.
BLIND7_ORDER_YESNO = {BLIND7_TEMPLATES["order"][1], BLIND7_TEMPLATES["order"][5]}

# How long the whole video is, one per case in turn.
BLIND7_VIDEO_LENGTH = [
    "how long is the whole video?",
    "What is the total running time of this video, please?",
    "vid length?",
    "total runtime, first frame to last?",
]

# The on-screen word at a vague moment (asked only where one word clearly holds it).
BLIND7_START_WORD = "right at the start, which word is on screen?"
BLIND7_MIDDLE_WORD = "just about halfway through - what word is showing?"
BLIND7_END_WORD = "in the last couple of seconds, what word is up on screen?"
# Whether a word is ever spoken.
BLIND7_HEAR = "does anyone actually say the word \"{word}\" out loud?"

# The slideshow photos-M's own questions.
BLIND7_FIRST_PHOTO = "first image in the sequence - what is it?"
BLIND7_HALFWAY_PHOTO = "just past the middle, what photo is up?"
BLIND7_LAST_PHOTO = "wats the last pic b4 it ends"
BLIND7_PHOTO_COUNT = "How many photographs are in this slideshow altogether?"
BLIND7_STUMP = "is there a log or a tree stump next to the plant pot?"
BLIND7_MAN_JOB = "what does the guy in the jacket do for a living"
BLIND7_PEPPER_PRICE = "how much did those peppers cost at the shop?"
BLIND7_PUMPKIN_WEIGHT = "How heavy is the pumpkin?"
