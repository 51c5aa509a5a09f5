"""Phrasings of the `blind45` split (its videos and truth: qa_bank_cases_blind45.py).

Written blind, by one helper: without reading the answering code, its tests, its docs or any other split's
phrasings. Two voices share the phrasings of each type: a quiet, precise librarian (full sentences, exact
requests, "if you would", careful about seconds and about "distinct"), and a Spanish-English bilingual
teenager who types fast in lower case, drops punctuation, and code-switches in two or three phrasings of
each type ("oye", "qué palabra", "cuántas", "no sé", "porfa").

Fields:
- word at time / shown at time: {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in the eighth second, 7-8 s).
- order: {a} {b} (upper case on-screen words), {a_low} {b_low} (lower case); yes/no ones in
  BLIND45_ORDER_YESNO (yes iff {a} shows first).
- first appearance: {word} {word_low}.
- presence / visual when / duration / cross said: {thing} ("the word X", "a dog", a photo's description).
- cross shown: {phrase} (a quote of part of a spoken sentence).
- BLIND45_HEAR: {word}.
- spoken, shot count, word count, people count, unanswerable, open: no fields. Shot-count phrasings that ask
  for cuts (shots - 1) are in BLIND45_CUT_PHRASINGS.
"""

BLIND45_TEMPLATES = {
    "word at time": [
        "Could you tell me, please, which word is displayed on the screen at {mmss}?",
        "oye what word is on screen at like {s} seconds",
        "I am cataloguing this clip and need the on-screen word at timestamp {hhmmss}. What is it?",
        "qué palabra sale en la pantalla at second {s}? the written one",
        "During the {s_ord} second of the recording, what single word appears in the frame?",
        "at {s_words} seconds in theres a word showing, which one is it",
        "If you would be so kind: the text visible at {mmss}, what does it read?",
        "{mmss} what word tho",
    ],
    "shown at time": [
        "What is pictured on screen at {mmss}, if you please?",
        "wait what's in the picture at {s} seconds",
        "I would like a brief description of the image displayed at {hhmmss}.",
        "oye qué se ve at {mmss}? like what is that",
        "In the {s_ord} second, what does the frame depict?",
        "describe what u see at {s_words} seconds pls",
        "Kindly identify the subject of the photograph visible at the {s}-second mark.",
        "at {mmss} there's a photo... of what exactly",
    ],
    "spoken": [
        "Could you provide a transcript of whatever is spoken in this recording?",
        "what do they say in this video",
        "I need the spoken words only, please, not the text on screen. What is said?",
        "oye qué dicen en el video? like the voice part",
        "Is anything said aloud? If so, quote it for me exactly.",
        "someone's talking right?? what are they saying",
        "For my notes: please write down every sentence the narrator speaks.",
        "no entiendo the audio, can u tell me what the voice says",
    ],
    "order": [
        "Which appears first on screen, the word {a} or the word {b}?",
        "{a_low} or {b_low} which one shows up first",
        "Does the word {a} come before the word {b} in the video?",
        "oye cuál sale primero, {a_low} o {b_low}?",
        "Of the two on-screen words {a} and {b}, which one is displayed earlier?",
        "is {a_low} shown before {b_low} yes or no",
        "I am noting the sequence of captions. Between {b} and {a}, which precedes the other?",
        "first one on screen: {a_low}, or {b_low}? just the word",
    ],
    "shot count": [
        "How many distinct shots does this video contain?",
        "how many scenes r there",
        "Please count the number of times the picture cuts to something new. How many cuts are there?",
        "oye cuántas escenas tiene el video? like separate shots",
        "Could you tell me the total number of separate shots, from the first to the last?",
        "how many times does it switch scenes, like number of cuts",
        "For the record, into how many scenes is this clip divided?",
        "count the shots for me porfa",
    ],
    "first appearance": [
        "At what time does the word {word} first appear on screen?",
        "when does {word_low} show up first",
        "I need the timestamp of the earliest appearance of the word {word}, please.",
        "oye en qué segundo sale {word_low} por primera vez?",
        "How many seconds into the video is {word} first displayed?",
        "{word_low} first shows at what time",
        "Please note for me the moment the caption {word} is first visible.",
        "when do we first see the word {word_low} on the screen",
    ],
    "word count": [
        "How many different words are shown on screen over the whole video?",
        "how many diff words pop up on screen",
        "Please count the distinct on-screen words; repeats should be counted only once.",
        "oye cuántas palabras distintas salen? not counting repeats",
        "What is the number of unique written words that appear in this clip?",
        "count all the different words that show up on the screen",
        "For my index, how many separate words are displayed, each counted once?",
        "no repeats: how many words total appear on screen",
    ],
    "presence": [
        "Does {thing} appear anywhere in this video?",
        "is there {thing} in it",
        "I would like to confirm whether {thing} is present at any point. Is it?",
        "oye sale {thing} en el video o no?",
        "At any moment, can {thing} be seen on screen? Yes or no, please.",
        "wait do we ever see {thing}",
        "Please check the recording for {thing}. Present or absent?",
        "yes or no... {thing}, is it there",
    ],
    "visual when": [
        "At what point in the video is {thing} on screen?",
        "when do we see {thing}",
        "Kindly give me the time range during which {thing} is visible.",
        "oye en qué momento sale {thing}?",
        "From which second to which second is {thing} shown?",
        "{thing} shows up when exactly",
        "I am preparing a finding aid. When does {thing} appear?",
        "tell me the timestamp where {thing} is in the frame",
    ],
    "duration": [
        "For how long is {thing} shown on screen?",
        "how long is {thing} up for",
        "Could you tell me the number of seconds {thing} remains visible?",
        "oye cuánto tiempo se ve {thing}? like seconds",
        "What is the total duration for which {thing} is displayed?",
        "{thing} stays on screen for how many seconds",
        "Please measure, in seconds, how long {thing} is on view.",
        "how many secs do we get of {thing}",
    ],
    "people count": [
        "How many people appear in this video?",
        "how many ppl are in it",
        "At the busiest moment, how many persons are visible in the frame at once?",
        "oye cuántas personas salen? like max at one time",
        "Could you count the people on screen for me, please?",
        "are there people in this, and how many",
        "What is the greatest number of individuals shown together at any one time?",
        "number of humans in the video?",
    ],
    "cross said": [
        "What is being said while {thing} is on screen?",
        "what do they say when {thing} is showing",
        "Please quote the speech heard during the time that {thing} is displayed.",
        "oye qué dicen mientras sale {thing}?",
        "While {thing} is visible, what words are spoken aloud?",
        "whats the voice saying during {thing}",
        "I should like the spoken words that accompany {thing}. What are they?",
        "when {thing} is up, what's the audio saying",
    ],
    "cross shown": [
        "What is shown on screen when the speaker says \"{phrase}\"?",
        "what's on screen when they say {phrase}",
        "At the moment the words \"{phrase}\" are spoken, what is displayed?",
        "oye qué se ve cuando dicen \"{phrase}\"?",
        "Could you describe the picture that accompanies the line \"{phrase}\"?",
        "when the voice goes \"{phrase}\" what do we see",
        "Please identify what is visible while \"{phrase}\" is being said.",
        "\"{phrase}\" is said over what exactly",
    ],
    "unanswerable": [
        "What is the full name of the person who produced this video?",
        "how much did it cost to make this",
        "What will happen immediately after this clip ends?",
        "oye what was the weather like outside when they filmed this",
        "Which brand and model of camera was used to record this, please?",
        "who's the narrator's best friend",
        "In which year was the narrator born?",
        "what's the phone number of whoever made this, no sé, just tell me",
    ],
    "open": [
        "Could you give me a short summary of what this video is about?",
        "what is this video even about",
        "Please describe the contents of this recording in a few sentences.",
        "oye de qué se trata el video? explain it quick",
        "What is the subject matter of this clip?",
        "describe this vid for me",
        "I need an abstract for the catalogue: what does this video contain?",
        "give me the gist of it, like what happens",
    ],
}

BLIND45_CUT_PHRASINGS = {
    "Please count the number of times the picture cuts to something new. How many cuts are there?",
    "how many times does it switch scenes, like number of cuts",
}

BLIND45_ORDER_YESNO = {
    "Does the word {a} come before the word {b} in the video?",
    "is {a_low} shown before {b_low} yes or no",
}

BLIND45_START_WORD = "Which word is on the screen at the very beginning of the video, please?"
BLIND45_MIDDLE_WORD = "oye qué palabra sale like halfway through the video"
BLIND45_END_WORD = "What word is displayed in the final moments of the clip?"
BLIND45_HEAR = "does anyone actually say the word {word} out loud, yes or no"
BLIND45_VIDEO_LENGTH = [
    "What is the total running time of this video?",
    "how long is this vid",
    "oye cuánto dura el video? in seconds",
    "Could you tell me the length of the recording, from start to finish?",
]

# The slideshow photos-B45's own questions (truth in qa_bank_cases_blind45.py).
BLIND45_FIRST_PHOTO = "What does the very first photograph in the slideshow show?"
BLIND45_HALFWAY_PHOTO = "oye what picture is on screen right at the halfway point"
BLIND45_LAST_PHOTO = "Please describe the last photo, the one the slideshow ends on."
BLIND45_PHOTO_COUNT = "how many different photos are in this slideshow"
BLIND45_HORNS = "Is there an animal with horns in any of these photographs?"
BLIND45_IBEX_PLACE = "On which mountain exactly was the photo of the horned goat taken?"
BLIND45_BISON_WEIGHT = "oye cuánto pesa el bison? like exactly how many kilos"
BLIND45_MONKEY_NAME = "What name did the zookeepers give the monkey in the final picture?"
