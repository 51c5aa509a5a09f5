"""Phrasings of the `blind24` split (its videos and truth: qa_bank_cases_blind24.py).

Written blind, by one helper: without reading the answering code, its tests, its docs or any other split's
phrasings. The voices are five people asking a video assistant about a clip:
- a video editor in a hurry (terse, lower case, typos, "quick", "asap", timecodes),
- a grandfather (long polite preambles, old-fashioned words, "my boy", a story before the question),
- a quiz-show fan who phrases things as trivia ("true or false", "for ten points", "final answer"),
- a Spanish speaker (English mixed with Spanish: "por favor", "cuántas", "la palabra", "¿qué dicen?"),
- someone asking on behalf of a blind relative ("my aunt can't see the screen", "for my blind brother").

Fields, per question type:
- word at time / shown at time: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second = 7-8 s);
- order: {a} {b} (two on-screen words as shown, upper case) and {a_low} {b_low} (lower case); the yes/no ones,
  listed in BLIND24_ORDER_YESNO, are true iff {a} shows first;
- first appearance: {word} {word_low};
- presence: {thing} ("the word LANTERN", "a dog");
- visual when / duration / cross said: {thing} (an on-screen word "the word X" or a photo "the red barn");
- cross shown: {phrase} (part of a spoken sentence);
- BLIND24_HEAR: {word};
- spoken, shot count, word count, people count, unanswerable, open and the slideshow's own questions: none.
The shot count phrasings that ask for cuts (shots - 1) are in BLIND24_CUT_PHRASINGS.
"""

from __future__ import annotations

BLIND24_TEMPLATES = {
    "word at time": [
        "quick what word is on screen at {mmss}",
        "My granddaughter sent me this little film and I'm curious, what word is written up there at {s} seconds?",
        "For ten points: name the word displayed at exactly the {s_ord} second of this clip.",
        "¿Qué palabra aparece en la pantalla at {hhmmss}? gracias",
        "my brother is blind and wants to know which word is on the screen at second {s}, could you read it for him",
        "at tc {hhmmss} theres a word up, what is it",
        "Around {s_words} seconds in, which word can be seen?",
        "True or false is easy, so here is a harder one, what word flashes up at {mmss}?",
    ],
    "shown at time": [
        "what's in frame at {mmss} need it for the log",
        "Could you describe for an old man what picture is on at {s} seconds? My eyes are not what they were.",
        "Trivia time: what is pictured at the {s_ord} second?",
        "Por favor, ¿qué se ve en el video at {hhmmss}?",
        "I'm describing this clip to my aunt who can't see, what's showing at {s_words} seconds",
        "at {s}s what image is up",
        "Tell me what the screen shows {s_words} seconds into the video.",
        "Which picture is on display at {mmss} -- final answer please",
    ],
    "spoken": [
        "whats the vo saying, need a transcript fast",
        "I couldn't quite catch the voice in this one, could you tell me what is being said?",
        "Quiz question: what words does the narrator speak in this clip?",
        "¿Qué dicen en el video? what do they say",
        "My grandmother is blind, please tell her what the voice in the video says",
        "transcribe the speech",
        "Is anybody talking in it, and if so what exactly do they say?",
        "Spoken line in this video, what is it word for word",
    ],
    "order": [
        "which comes first {a} or {b}",
        "Now tell me, my dear, did the word {a_low} appear before {b_low} or the other way round?",
        "True or false: {a} shows up on screen before {b}.",
        "¿Cuál aparece primero, la palabra {a_low} o la palabra {b_low}?",
        "for my blind dad: of the two words {a} and {b}, which was on the screen earlier",
        "does {a_low} come before {b_low}",
        "In what order do {a} and {b} appear?",
        "{b} and {a} both show up at some point -- which one is shown first?",
    ],
    "shot count": [
        "how many shots in this, need it for the edl",
        "Forgive an old man's question, but how many different scenes are there in this little film?",
        "For the bonus round: how many separate shots make up this video?",
        "¿Cuántas escenas hay en el video? how many scenes",
        "how many cuts are there",
        "My sister can't see the screen, she wants to know how many times the picture changes to a new scene",
        "Count the number of shots for me please.",
        "number of edits/cuts between shots in this clip?",
    ],
    "first appearance": [
        "when does {word} first come up, tc pls",
        "At what time did the word {word_low} first show itself, if you would be so kind?",
        "Trivia: at what second does {word} make its first appearance on screen?",
        "¿En qué momento aparece por primera vez la palabra {word_low}?",
        "my aunt who is blind asks when the word {word_low} first appears in this clip",
        "first time {word} is visible?",
        "How far into the video do we first see {word}?",
        "{word_low} -- when does it appear for the first time",
    ],
    "word count": [
        "how many different words show on screen total",
        "I counted the words that pop up but lost track, how many distinct words are written in it?",
        "For ten points: how many unique on-screen words does this clip contain?",
        "¿Cuántas palabras diferentes aparecen en la pantalla?",
        "For my blind grandson, how many different words get shown in the video?",
        "count of distinct words on screen?",
        "Not counting repeats, how many words appear in the video?",
        "how many separate words are displayed, each one counted once",
    ],
    "presence": [
        "{thing} anywhere in this? y/n",
        "A neighbour told me {thing} turns up somewhere in this video, is that so?",
        "True or false: {thing} appears in the video.",
        "¿Hay {thing} en el video? yes or no",
        "my blind uncle wants to know if {thing} is in the video at all",
        "does {thing} show up",
        "Can you see {thing} at any point?",
        "Somewhere in this clip, do we get {thing} or not",
    ],
    "visual when": [
        "tc for {thing}?",
        "Could you tell me when {thing} comes on the screen? I'd like to show it to my wife.",
        "Trivia round: at what time is {thing} on screen?",
        "¿Cuándo sale {thing} en el video?",
        "my mother can't see the picture, at what point in the video is {thing} shown",
        "when is {thing} visible",
        "At which moment do we see {thing}?",
        "{thing} -- what time does that come up",
    ],
    "duration": [
        "how long is {thing} up for, need the duration",
        "For how many seconds does {thing} stay on the screen, would you know?",
        "For the jackpot: how long is {thing} shown?",
        "¿Cuánto tiempo se ve {thing}? how many seconds",
        "my blind cousin asks how long {thing} stays on screen",
        "duration of {thing}?",
        "How much time does {thing} spend on screen?",
        "{thing} is on screen for how long",
    ],
    "people count": [
        "how many people in shot",
        "How many folks appear in this video, at the most at one time?",
        "Quiz question: what is the largest number of people seen on screen together?",
        "¿Cuántas personas salen en el video?",
        "my blind sister wants to know how many people are in this video",
        "headcount?",
        "Are there any people in it, and how many?",
        "number of persons visible at once, max",
    ],
    "cross said": [
        "what's said over {thing}",
        "While {thing} was on the screen, what did the voice say? I missed it, I'm afraid.",
        "Trivia: what words are spoken during {thing}?",
        "¿Qué se dice mientras aparece {thing}?",
        "For my blind grandpa: what is being said at the time {thing} is showing?",
        "audio under {thing}?",
        "When {thing} is on screen, what can you hear someone say?",
        "{thing} is showing -- what's the voice saying at that point",
    ],
    "cross shown": [
        "what's on screen when they say \"{phrase}\"",
        "When the voice says '{phrase}', what picture or word is on the screen, please?",
        "Trivia: what is shown at the moment someone says \"{phrase}\"?",
        "¿Qué se ve cuando dicen \"{phrase}\"?",
        "my blind aunt heard \"{phrase}\" and wants to know what was on the screen right then",
        "visual under the line \"{phrase}\"?",
        "At the point where \"{phrase}\" is spoken, what's displayed?",
        "\"{phrase}\" -- what's in frame while that's being said",
    ],
    "unanswerable": [
        "who shot this, need the camera op's name for credits",
        "What was the weather like outside on the day they made this, do you suppose?",
        "For a hundred points: what brand of camera recorded this clip?",
        "¿Cuánto costó hacer este video? how much did it cost",
        "my blind brother wants to know what happens after the video ends",
        "what's the editor's phone number",
        "In which year was this video first uploaded to the internet?",
        "How many people have watched this video so far",
    ],
    "open": [
        "give me a one line summary of this clip asap",
        "Would you be so good as to tell an old man what this video is all about?",
        "Quiz question: in a few words, what is this clip about?",
        "¿De qué trata el video? describe it please",
        "Please describe this video for my blind mother, as if she were watching it",
        "whats in it",
        "Describe the video.",
        "So what happens in this one, from start to finish",
    ],
}

BLIND24_CUT_PHRASINGS = {
    "how many cuts are there",
    "number of edits/cuts between shots in this clip?",
}
BLIND24_ORDER_YESNO = {
    "True or false: {a} shows up on screen before {b}.",
    "does {a_low} come before {b_low}",
}

BLIND24_START_WORD = "right at the top of the clip, what's the very first word on screen"
BLIND24_MIDDLE_WORD = "¿Qué palabra se ve a la mitad del video? the word about halfway through"
BLIND24_END_WORD = "My granddaughter wants to know, which word is on the screen at the very end of the video?"
BLIND24_HEAR = "True or false: the word \"{word}\" is spoken aloud somewhere in this clip."
BLIND24_VIDEO_LENGTH = [
    "total runtime of this clip?",
    "How long does this little film last, from beginning to end?",
    "¿Cuánto dura el video? how long is it",
    "my blind nephew wants to know how many seconds the whole video runs",
]

# The slideshow's own questions (photos-AD: four animal photographs).
BLIND24_FIRST_PHOTO = "What animals are pictured in the very first photo? It's for my blind grandmother."
BLIND24_HALFWAY_PHOTO = "trivia: what animal is on screen exactly halfway through the slideshow"
BLIND24_LAST_PHOTO = "¿Qué animal sale en la última foto? the last picture"
BLIND24_PHOTO_COUNT = "how many photos in the slideshow, quick"
BLIND24_BRANCH = "In one of the pictures, is there a bird sitting on a branch?"
BLIND24_MEERKAT_NAMES = "What are the names of the meerkats in the first picture?"
BLIND24_RHINO_TICKET = "how much does a ticket cost to go see that rhino"
BLIND24_SPOONBILL_DATE = "For ten points: on what date was the photo of the spoonbills taken?"
