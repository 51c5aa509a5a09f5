"""Phrasings of the `blind4` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings; those were compared only afterwards, by text similarity, to reword
near-copies. Casual, typed the way people type: typos, slang, filler, vague times, terse and long.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND4_TEMPLATES = {
    "word at time": [
        "tiny question, the word flashing on screen near {mmss}?",
        "at about {s_words} seconds in theres some writing, what does it say?",
        "{s}s in - what's written on screen",
        "hi! I'd love to know the word written up there at roughly {s} seconds in, if you can",
        "text on the screen at {hhmmss}??",
        "what did the caption read during the {s_ord} second",
        "around the {s} sec mark, wich word do i see",
        "word showing at {mmss}, what is it",
    ],
    "shown at time": [
        "{mmss} -- describe the frame",
        "{s} seconds in, what am i looking at?",
        "can u describe the picture that's up around {s_words} seconds",
        "in the {s_ord} second the slide shows what",
        "at {hhmmss} what's being shown exactly",
        "hey, roughly at the {s}s point, what's in the frame",
        "paused it at {mmss}, no idea what im looking at, help",
    ],
    "spoken": [
        "tell me what the voiceover is",
        "is there talking? quote it",
        "can you write down the words the narrator speaks",
        "I had my sound off, what was said in it?",
        "wat r they sayin",
        "give me the spoken bits word for word pls",
        "so what's the guy talking about",
    ],
    "order": [
        "{a} vs {b}: who wins the race to the screen",
        "was it {b} then {a}, or the other way round",
        "tell me the order: {a_low}, {b_low}",
        "am i right that {a} is earlier than {b}",
        "out of {b} and {a}, what appeared on screen sooner",
        "is {a} shown ahead of {b}",
        "I saw {a} and {b} at some point but which was first??",
    ],
    "shot count": [
        "scene count??",
        "how many hard cuts does the editor make",
        "number of separate shots in this?",
        "count the different backgrounds for me",
        "how often does it switch scenes",
        "roughly how many distinct segments does the footage have, visually speaking",
        "shots total?",
    ],
    "first appearance": [
        "{word} first pops in when",
        "earliest moment {word_low} is visible?",
        "{word} - timestamp pls",
        "how far into the video before {word} shows up on screen",
        "whens the first time i can see {word_low}",
        "could you find the moment where {word} is written, the earliest one",
        "'{word}' - which second does that land on screen",
    ],
    "word count": [
        "how many words show up altogether",
        "tally up the words that get shown",
        "how many diffrent words flash by",
        "total number of captions in the clip?",
        "how many words get flashed on the screen during this",
        "what's the count of written words shown, start to finish",
    ],
    "presence": [
        "is {thing} anywhere in here",
        "does {thing} feature in this at all?",
        "{thing}: present or absent?",
        "quick q: {thing}, yes or no?",
        "I'm looking for {thing}, does this video have it",
        "was there {thing} at any point or not",
        "can i see {thing} in this one",
    ],
    "visual when": [
        "{thing} appears at which timestamp",
        "gimme the time {thing} is visible",
        "{thing} is on screen from when to when?",
        "skip me to {thing} - what time is it at",
        "how many seconds in until {thing}",
        "looking for the part w/ {thing}, what time",
        "whereabouts in the clip can I find {thing}",
    ],
    "duration": [
        "the bit with {thing}, how long before it goes away",
        "number of seconds {thing} is visible?",
        "{thing}: how many seconds total",
        "does {thing} hang around a while? give me seconds",
        "ballpark figure on the seconds {thing} gets",
        "{thing} gets how much airtime",
        "tell me the duration of {thing} pls",
    ],
    "people count": [
        "tell me how many humans I'd spot",
        "number of humans shown?",
        "does anyone appear, and how many if so",
        "how many ppl can you see",
        "headcount in this video?",
        "count the persons visible pls",
        "how many individuals are pictured",
    ],
    "cross said": [
        "while {thing} is visible, whats the speech",
        "during {thing}, what does the voice say",
        "any talking over {thing}? what",
        "when {thing} is on screen what do i hear",
        "what's the narration at the part with {thing}",
        "someone speaks around {thing} right? what did they say",
        "{thing} is showing and someone talks - what do they say",
    ],
    "cross shown": [
        "the moment i hear \"{phrase}\", what is the picture",
        "right as someone says {phrase}, what can I see",
        "at the bit where the voice goes '{phrase}', what's showing",
        "what was visible when \"{phrase}\" was spoken",
        "they say {phrase} - what's in the picture then",
        "what's being displayed while the line \"{phrase}\" is heard",
        "{phrase} <- what's visible as that's said",
    ],
    "unanswerable": [
        "the narrator - do we know who they are by name",
        "was this shot on an iphone or a proper camera",
        "the person speaking, what are they wearing",
        "how is the person talking feeling, are they happy?",
        "was it raining the day this got recorded",
        "describe the scene at minute {past_min}",
        "who composed the background music",
        "what did they have for breakfast before making this",
    ],
    "open": [
        "whats the video even about lol",
        "summarise it for me",
        "give me the gist",
        "can you walk me through what happens, start to end",
        "tl;dr?",
        "describe the clip pls, I can't watch it rn",
        "quick rundown of the content?",
        "explain what i'd see and hear if i played it",
    ],
}

# "shot count" phrasings that count cuts (the answer is shots - 1).
BLIND4_CUT_PHRASINGS = {BLIND4_TEMPLATES["shot count"][1], BLIND4_TEMPLATES["shot count"][4]}
# "order" phrasings answered yes/no ("did {a} come before {b}": yes when {a} is first).
BLIND4_ORDER_YESNO = {BLIND4_TEMPLATES["order"][3], BLIND4_TEMPLATES["order"][5]}

# The whole video's length, one phrasing per case in turn.
BLIND4_VIDEO_LENGTH = [
    "total length of this thing?",
    "and the clip runs for how many seconds in total",
    "whats the runtime on this clip, in seconds",
]

# Generated clips: vague times, and whether a word is heard.
BLIND4_START_WORD = "what word is there right when it starts"
BLIND4_MIDDLE_WORD = "halfway thru, which word is on screen"
BLIND4_END_WORD = "the word just before it ends - what is it"
BLIND4_HEAR = "is the word \"{word}\" ever spoken, or not"

# Photo slideshow J.
BLIND4_FIRST_PHOTO = "first picture, what is it"
BLIND4_HALFWAY_PHOTO = "what's the photo at the halfway point"
BLIND4_LAST_PHOTO = "what's the final image before it finishes"
BLIND4_PHOTO_COUNT = "so the slideshow has how many pics"
BLIND4_LIGHTER = "is there a lighter on the table"
BLIND4_PLAYER_NAME = "whats the name of the guy catching the ball"
BLIND4_SHIRT_COLOUR = "what colour is the flowery shirt"
