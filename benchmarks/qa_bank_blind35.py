"""The `blind35` split's phrasings: written blind, by one helper, without reading the answering code, its tests,
the other splits' phrasings or any transcript (its truth: qa_bank_cases_blind35.py).

Two voices ask, about half each:
- a lawyer reviewing a video exhibit: formal, long-winded, "please state for the record", exact timestamps,
  "the exhibit", "the footage";
- an eight-year-old child: short simple words, misspellings, no capitals or punctuation, very excited.

Fields: {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth" (the eighth second = 7-8 s);
{a} {b} {a_low} {b_low} two on-screen words; {word} {word_low} an on-screen word; {thing} a word ("the word X")
or a picture's description; {phrase} part of a spoken sentence.
"""

BLIND35_TEMPLATES = {
    "word at time": [
        "For the record, which word is displayed on the screen at timestamp {hhmmss} of the exhibit?",
        "what word is on the scren at {s} seconds",
        "Counsel would like you to identify the written word visible at precisely {mmss} in this footage.",
        "at second number {s_words} there is a big word what is it!!",
        "Please state for the record the text shown in the frame during the {s_ord} second of the recording.",
        "whats the word that pops up at {mmss} i cant read it fast enuf",
        "I direct your attention to {mmss}. What word appears on screen at that moment?",
        "tell me the word at {s} secs plz plz",
    ],
    "shown at time": [
        "Please describe, for the record, what is depicted on screen at timestamp {hhmmss}.",
        "what is the pitcher at {s} seconds",
        "At exactly {mmss} into the exhibit, what image is being displayed to the viewer?",
        "ooh what do u see at {mmss} is it cool",
        "Kindly identify the subject of the picture visible during the {s_ord} second of this video.",
        "at {s_words} seconds what is in the pictur",
        "Referring to the frame at {s} seconds, what does that image portray?",
        "i skiped to {mmss} what is that",
    ],
    "spoken": [
        "Please state for the record every word spoken aloud in this recording.",
        "what does the voice say",
        "Is there any audible speech in the exhibit, and if so, what exactly is said?",
        "somebody is talking in it what are they sayin",
        "I would ask you to transcribe, as precisely as possible, the spoken words in this footage.",
        "tell me what the talking part says!!!",
        "What statements, if any, are made verbally over the course of the video?",
        "can u say what the voice said i didnt hear it good",
    ],
    "order": [
        "For the record: does the word {a} appear on screen before the word {b}?",
        "which came first {a_low} or {b_low}",
        "Of the two words {a} and {b}, please identify which one is displayed earlier in the exhibit.",
        "did {a_low} come befor {b_low} yes or no",
        "In what sequence do the words {a} and {b} appear in this footage?",
        "i saw {a_low} and {b_low} which one was frist",
        "Is it correct that {a} was shown prior to {b}? Please answer yes or no.",
        "{b_low} and {a_low} wich one did i see first",
    ],
    "shot count": [
        "Please state for the record the total number of distinct shots in the exhibit.",
        "how many difrent scenes are there",
        "How many times does the footage cut from one shot to another?",
        "how many times does it change to a new part",
        "Could you count, precisely, the separate scenes that make up this recording?",
        "count the scenes for me pleeeease",
        "Over its full length, how many transitions between scenes does the video contain?",
        "is it lots of scenes or just one how many",
    ],
    "first appearance": [
        "Please state for the record the exact timestamp at which the word {word} first appears.",
        "when does {word_low} come on",
        "At what point in the exhibit is the word {word} first displayed?",
        "what time does it say {word_low} the first time",
        "I would like the earliest moment, to the second, at which {word} is visible on screen.",
        "{word_low} when does it show up",
        "How far into the footage, in seconds, does the text {word} initially appear?",
        "i want to see {word_low} what time do i skip to",
    ],
    "word count": [
        "Please state for the record how many different words are shown on screen in total.",
        "how many words are in it",
        "Excluding repetitions, how many distinct written words does the exhibit display?",
        "count all the difrent words on the screen",
        "What is the number of unique on-screen words over the course of this recording?",
        "i counted the words can u count them too how many",
        "How many separate words, each counted once, appear as text in the video?",
        "how many words do u see not the same ones twice",
    ],
    "presence": [
        "For the record, does {thing} appear at any point in this exhibit?",
        "is there {thing} in it",
        "Please confirm or deny: is {thing} present in the footage?",
        "did u see {thing} anywere",
        "At any time during the recording, is {thing} visible? Yes or no.",
        "{thing} is it in the video or not",
        "I must ask whether {thing} can be seen anywhere in this video.",
        "i hope theres {thing} is there",
    ],
    "visual when": [
        "Please state for the record the time at which {thing} is on screen.",
        "when is {thing}",
        "At what timestamps does the exhibit show {thing}?",
        "what time can i see {thing}",
        "Identify, to the second, when {thing} appears in the footage.",
        "{thing} when does it come",
        "During which portion of the recording is {thing} visible to the viewer?",
        "i want to see {thing} again when is it",
    ],
    "duration": [
        "Please state for the record the length of time {thing} remains on screen.",
        "how long is {thing} there",
        "For how many seconds, precisely, is {thing} displayed in the exhibit?",
        "how many secunds do u see {thing}",
        "What is the total duration for which {thing} is visible in this footage?",
        "{thing} is it there for a long time or short how long",
        "From its appearance to its disappearance, how long is {thing} shown?",
        "does {thing} stay a long time how many seconds",
    ],
    "people count": [
        "Please state for the record how many individuals are visible in this exhibit.",
        "how many peeple are in it",
        "What is the greatest number of persons seen on screen at any one time?",
        "are there any people how many",
        "Kindly count the people who appear in the footage.",
        "how many people can u see at the same time",
        "Are any persons depicted in the recording, and if so, how many at most?",
        "count the people for me",
    ],
    "cross said": [
        "Please state for the record what is said aloud while {thing} is on screen.",
        "what does the voice say when {thing} is there",
        "During the portion of the exhibit showing {thing}, what words are spoken?",
        "when i see {thing} what do they say",
        "Is anything said while {thing} is displayed? If so, what exactly?",
        "{thing} is on and someone talks what do they say",
        "I direct your attention to the moment {thing} is visible. What is heard at that time?",
        "wat is the talking when {thing} is showing",
    ],
    "cross shown": [
        "Please state for the record what is on screen when the words \"{phrase}\" are spoken.",
        "what is the pitcher when it says {phrase}",
        "At the moment the narrator says \"{phrase}\", what is being displayed?",
        "when the voice says {phrase} what do u see",
        "What image accompanies the spoken words \"{phrase}\" in this exhibit?",
        "{phrase} thats what they say what is on the screen then",
        "Identify the visual content shown while the phrase \"{phrase}\" is heard.",
        "what was there when he said {phrase}",
    ],
    "unanswerable": [
        "Please state for the record the full legal name of the person who made this recording.",
        "how much did this video cost to make",
        "What was the weather like outside the frame on the day this was filmed?",
        "what happens after the video ends does it keep going",
        "Which make and model of camera was used to capture this footage?",
        "what is the name of the persons dog who made this",
        "On what date and at what time of day was this exhibit originally recorded?",
        "how old is the person who made it",
    ],
    "open": [
        "Please summarise, for the record, the contents of this exhibit from beginning to end.",
        "what is this video about",
        "Describe the footage in detail, including what is shown and what is said.",
        "tell me everything in the video!!",
        "In plain terms, what does this recording consist of?",
        "is it a fun video what is in it",
        "Give a complete account of what a viewer would see and hear in this exhibit.",
        "explane the video to me like im little",
    ],
}

#: "shot count" phrasings that ask for cuts / changes (= shots - 1).
BLIND35_CUT_PHRASINGS = {
    "How many times does the footage cut from one shot to another?",
    "how many times does it change to a new part",
    "Over its full length, how many transitions between scenes does the video contain?",
}
#: "order" phrasings answered yes/no (yes iff {a} comes first).
BLIND35_ORDER_YESNO = {
    "For the record: does the word {a} appear on screen before the word {b}?",
    "did {a_low} come befor {b_low} yes or no",
    "Is it correct that {a} was shown prior to {b}? Please answer yes or no.",
}

BLIND35_START_WORD = "what word is there right at the very begining when it starts"
BLIND35_MIDDLE_WORD = "Please state for the record which word is on screen at approximately the midpoint of the exhibit."
BLIND35_END_WORD = "whats the last word at the very end of the video"
BLIND35_HEAR = "For the record, is the word \"{word}\" spoken aloud at any point in this recording? Yes or no."
BLIND35_VIDEO_LENGTH = [
    "Please state for the record the total running time of this exhibit.",
    "how long is the video",
    "What is the duration of the footage, from the first frame to the last, in seconds?",
    "is the video long or short how many seconds",
]

# The slideshow photos-B35's own questions (truth in qa_bank_cases_blind35.py).
BLIND35_FIRST_PHOTO = "what is the very first pitcher when it starts"
BLIND35_HALFWAY_PHOTO = "Please describe for the record the image displayed at the halfway point of the exhibit."
BLIND35_LAST_PHOTO = "what is the last picture at the end"
BLIND35_PHOTO_COUNT = "For the record, how many separate pictures are shown in the course of this exhibit?"
BLIND35_GIRL = "is there a little girl in one of the pictures"
BLIND35_GIRL_NAME = "whats the name of the little girl by the big tree"
BLIND35_LAKE_DATE = "On what date was the photograph of the misty lake taken? Please state it for the record."
BLIND35_BUILDING_CITY = "In which city is the building with the curved metal bands located?"
