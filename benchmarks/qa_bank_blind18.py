"""The `blind18` split's phrasings, written blind: without reading the answering code, its tests, its docs or
any other split's phrasings.

Voices: a primary-school teacher preparing a lesson from the clip (polite, long preambles, mentions the class),
a lawyer who wants exact answers (formal, "state precisely", "for the record"), a gamer (lower case, slang,
abbreviations, typos), someone dictating by voice (no punctuation, run-on, spelled-out numbers), and a German
speaker (German words and whole German questions mixed with English).

Fields, by type: "word at time" and "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"),
{s_words} ("seven"), {s_ord} ("eighth", the second from 7 to 8 s); "order": {a} {b} {a_low} {b_low};
"first appearance": {word} {word_low}; "presence", "visual when", "duration", "cross said": {thing};
"cross shown": {phrase}; the rest none. BLIND18_HEAR has {word}.
"""

BLIND18_TEMPLATES = {
    "word at time": [
        "I'm putting together a spelling lesson for my Year 3 class from this clip. Could you tell me which word "
        "is written on the screen at {mmss}?",
        "For the record, state precisely the word displayed on screen at timestamp {hhmmss}. Nothing else.",
        "yo whats the word on screen at {s}s",
        "okay so at {s_words} seconds in there is a word written on the screen what word is that exactly",
        "Welches Wort steht bei Sekunde {s} auf dem Bildschirm? sorry, my English... the written word at {s} seconds",
        "During the {s_ord} second of the clip, what word can be read on screen?",
        "{mmss} - word on screen??",
        "Is any word visible at {mmss}, and if so, what is it exactly? Please spell it out.",
    ],
    "shown at time": [
        "What's in the picture at {mmss}? I'd like to describe it to my pupils before we watch.",
        "Describe, accurately and without speculation, the image on screen at {hhmmss}.",
        "wat pic is up at {s} sec",
        "at {s_words} seconds what is the photo showing can you describe it for me",
        "Was sieht man bei {mmss}? What is in the photo there?",
        "In the {s_ord} second, which photograph is on screen and what does it depict?",
        "Tell me what I'd be looking at if I paused the video at {s} seconds.",
        "{hhmmss}: what is pictured at that moment?",
    ],
    "spoken": [
        "What does the voice in the video say? I need the words for my lesson notes, please.",
        "Provide a verbatim account of every word spoken in this recording.",
        "any1 talking in this?? what do they say",
        "can you tell me what is being said in the video the words that somebody speaks out loud",
        "Was wird gesagt? What is the speaker saying in the clip?",
        "Is there any speech, and if there is, what exactly is said?",
        "Summarise what the narrator says, please.",
        "I've got my sound turned off - what would I hear someone saying?",
    ],
    "order": [
        "Which comes up first on the screen, {a} or {b}? I want to teach them to the children in the same order.",
        "Does the word {a} appear before the word {b}? Answer yes or no.",
        "{a_low} or {b_low} first??",
        "which word shows up earlier in the video {a_low} or the word {b_low} i need to know which one is first",
        "Kommt {a} vor {b}? I mean, does {a} come on screen before {b}?",
        "Of the two words {a} and {b}, state which one was displayed earlier.",
        "Is it correct that {b} is shown only after {a} has already appeared?",
        "In what order do {a_low} and {b_low} turn up?",
    ],
    "shot count": [
        "How many different scenes are there in this clip? I'm planning one worksheet per scene.",
        "State the exact number of shots of which this video consists.",
        "how many cuts in this vid",
        "how many times does the picture change to a new scene in the video",
        "Wie viele Szenen gibt es? How many scenes, please?",
        "Count the camera shots for me, please.",
        "Exactly how many transitions between shots occur in the recording?",
        "The video is made up of how many separate shots?",
    ],
    "first appearance": [
        "When does the word {word} first come up on screen? I'd like to pause it there for the class.",
        "At what precise time does {word} initially appear in the footage?",
        "when does {word_low} pop up",
        "at what point in the video does the word {word_low} show up for the first time give me the time",
        "Wann erscheint {word} zum ersten Mal? When does it first appear?",
        "{word}: timestamp of its first appearance?",
        "How far into the clip do we first see the word {word}?",
        "I'm looking for the moment {word_low} is first written on the screen - when is that?",
    ],
    "word count": [
        "How many different words are written on screen during the video? I want enough of them for a spelling test.",
        "State the total number of distinct words displayed on screen. A word shown twice counts once.",
        "how many diff words show up on screen",
        "count the different words that appear written in the video how many are there altogether",
        "Wie viele verschiedene Wörter sind auf dem Bildschirm? How many different words?",
        "Not counting repeats, how many on-screen words does this clip contain?",
        "What's the number of unique words that appear as text on the screen?",
        "If I listed every different word that appears on screen, how long would my list be?",
    ],
    "presence": [
        "Does {thing} appear anywhere in the video? Just checking before I show it to my class.",
        "Answer yes or no: is {thing} present at any point in this video?",
        "is there {thing} in this or nah",
        "i want to know if {thing} is in the video at all yes or no",
        "Ist {thing} im Video zu sehen? I mean, can you see {thing} in it?",
        "Can {thing} be seen at some point?",
        "Somewhere in the clip, is there {thing}?",
        "Would I be right in saying that the video includes {thing}?",
    ],
    "visual when": [
        "At what point is {thing} on screen? I'd like to pause there during the lesson.",
        "Specify the time interval during which {thing} is visible.",
        "when do we see {thing}",
        "tell me when {thing} shows up in the video what time is it at",
        "Wann sieht man {thing}? At what time, bitte?",
        "{thing} - when is it shown?",
        "How many seconds in does {thing} come on screen?",
        "Give me the timestamps where {thing} is displayed.",
    ],
    "duration": [
        "How long is {thing} on screen for? I need to know whether the children will have time to look at it.",
        "State the exact duration for which {thing} is displayed.",
        "how long is {thing} up for",
        "for how many seconds is {thing} shown in the video",
        "Wie lange sieht man {thing}? How many seconds?",
        "What is the on-screen time of {thing}, in seconds?",
        "{thing} stays visible for how long?",
        "Roughly how long does the video keep {thing} in view?",
    ],
    "people count": [
        "How many people are in this video? I need to check before sharing it with my class.",
        "State the maximum number of persons visible at the same time.",
        "how many ppl in it",
        "how many people can you see in the video at most at the same time",
        "Wie viele Personen sind zu sehen? How many people?",
        "Count the people who appear on screen, please.",
        "Is anyone in this, and if so, how many people at once?",
        "What is the largest number of people on screen together?",
    ],
    "cross said": [
        "While {thing} is on screen, what is being said? I want to match the words to the picture for my pupils.",
        "Identify precisely what is spoken during the period when {thing} is shown.",
        "what do they say when {thing} is up",
        "what words are spoken at the same time as {thing} is on the screen",
        "Was hört man, while {thing} is shown? What is said then?",
        "Is anything said while {thing} is displayed? If so, what?",
        "{thing} is on screen - what's the voice saying at that point?",
        "Tell me the spoken words that go with {thing}.",
    ],
    "cross shown": [
        "When the voice says \"{phrase}\", what is on the screen? I want to pause there for the class.",
        "Describe exactly what is displayed at the moment the words \"{phrase}\" are spoken.",
        "wats on screen when they say {phrase}",
        "what can you see in the video when someone says {phrase}",
        "Was ist zu sehen, wenn jemand \"{phrase}\" sagt? What is shown then?",
        "At the point where \"{phrase}\" is said, what appears on screen?",
        "\"{phrase}\" - what's shown while that's being said?",
        "Which picture or word is visible during the line \"{phrase}\"?",
    ],
    "unanswerable": [
        "What is the name of the person who made this video? I'd like to credit them in my lesson.",
        "State the purchase price of the camera with which this footage was recorded.",
        "whats the weather like rn outside where this was filmed",
        "what happens right after the video ends what comes next",
        "Wie heißt der Regisseur? Who directed this?",
        "On what date was this video uploaded?",
        "How much did the person who made it get paid for it?",
        "Which phone model was this recorded on?",
    ],
    "open": [
        "What is this video about? I want a short summary for my lesson plan.",
        "Provide a complete and accurate description of the contents of this video.",
        "tldr of the vid?",
        "can you describe what happens in the video from start to finish",
        "Worum geht es in dem Video? Please describe it.",
        "Give me an overview of the clip.",
        "What would someone see and hear if they watched this?",
        "Describe the video in a few sentences.",
    ],
}

# "shot count" phrasings that ask for cuts or changes (the answer is shots - 1).
BLIND18_CUT_PHRASINGS = {
    "how many cuts in this vid",
    "how many times does the picture change to a new scene in the video",
    "Exactly how many transitions between shots occur in the recording?",
}
# "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND18_ORDER_YESNO = {
    "Does the word {a} appear before the word {b}? Answer yes or no.",
    "Kommt {a} vor {b}? I mean, does {a} come on screen before {b}?",
    "Is it correct that {b} is shown only after {a} has already appeared?",
}

BLIND18_START_WORD = "Which word is on the screen right at the very beginning? I'd like to start my lesson with it."
BLIND18_MIDDLE_WORD = "what word is up about halfway thru"
BLIND18_END_WORD = "Welches Wort ist ganz am Ende zu sehen? The word at the very end, please."
BLIND18_HEAR = "does anyone actually say the word {word} out loud in the video yes or no"
BLIND18_VIDEO_LENGTH = [
    "How long is the video altogether? I have to fit it into a twenty-minute lesson.",
    "State the total running time of this recording.",
    "how long is this vid",
    "Wie lang ist das Video? How many seconds?",
]

# The slideshow's own questions (photos-X).
BLIND18_FIRST_PHOTO = "What's the very first picture in the slideshow? I'd like to introduce it to the class."
BLIND18_HALFWAY_PHOTO = "what photo is on the screen halfway through the video"
BLIND18_LAST_PHOTO = "Describe precisely the final photograph shown before the video ends."
BLIND18_PHOTO_COUNT = "how many pics r in this slideshow"
BLIND18_OARS = "Sind Ruder in den Booten? I mean, can you see any oars lying in the boats?"
BLIND18_BOAT_PRICE = "How much does it cost to hire one of those rowing boats for an hour?"
BLIND18_FOREST_DATE = "On what exact date was the photograph of the forest taken?"
BLIND18_PHOTOGRAPHER = "who took these photos whats the name of the photographer"
