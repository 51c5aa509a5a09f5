"""Phrasings of the `blind33` split (its videos and truth: qa_bank_cases_blind33.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices take turns. One is a zookeeper answering visitors' emails between feeding rounds: friendly, chatty,
exclamation marks, lower case, small typos, and a little Spanish in two phrasings ("oye", "por favor", "gracias").
The other is an academic researcher annotating footage: hedged, long, precise sentences with qualifications.

Fields: "word at time" and "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
{s_ord} "eighth" (the eighth second is 7-8 s). "order": {a} {b} {a_low} {b_low} (two on-screen words).
"first appearance": {word} {word_low}. "presence", "visual when", "duration", "cross said": {thing}.
"cross shown": {phrase} (part of a spoken sentence). BLIND33_HEAR: {word}. The rest have no fields.
"""

BLIND33_TEMPLATES = {
    "word at time": [
        "hiya! quick one before the penguin feed, which word is up on the screen at {mmss}?",
        "Would it be possible to identify, with reasonable confidence, the written word that is visible in the frame at approximately {s} seconds into the recording?",
        "so a visitor emailed asking about the word on screen at {hhmmss} and honestly i cant remember, what was it",
        "At the {s_ord} second of the clip, which on-screen word, if any, can be read?",
        "word at {s} sec??",
        "I should be grateful if you could tell me what text appears on screen roughly {s_words} seconds in; a single word is expected.",
        "oye, at {mmss} there's a word written across the picture, which one is it? gracias!",
        "Reading the on-screen text at the timestamp {hhmmss}, which word does one find there?",
    ],
    "shown at time": [
        "what's in the picture at {mmss}? one of our volunteers swears it's an animal lol",
        "Could you describe, as precisely as the footage permits, what is depicted on screen at around {s} seconds?",
        "at {s_words} seconds in what am i looking at",
        "Please identify the subject of the photograph that occupies the frame during the {s_ord} second.",
        "hey there, the pic showing at {hhmmss}, what is it of?",
        "It would be helpful to know what the image displayed at {mmss} represents, insofar as this can be determined.",
        "{s}s - whats on screen",
        "Tell me what the slide at {s} seconds shows, please, I'm writing the caption for our newsletter.",
    ],
    "spoken": [
        "does anyone actually say anything in this one? what do they say?",
        "Could you provide a transcription, however approximate, of the speech that can be heard in the recording?",
        "what are the words spoken in the video",
        "I'd like to know what the narrator says; please reproduce the spoken content as closely as you can.",
        "a family emailed asking what the voice in the clip is saying, can you tell me so i can reply?",
        "Is there any audible speech and, if there is, what is its content?",
        "tell me everything thats said out loud",
        "What, in substance, is said aloud over the course of the video?",
    ],
    "order": [
        "which came up first, {a} or {b}?",
        "In the sequence of on-screen words, does {a} precede {b}?",
        "ok so both {a_low} and {b_low} appear at some point, which one shows up earlier",
        "Would you be able to establish whether the word {b} appears before or after the word {a}?",
        "is {a_low} shown before {b_low}? yes or no is fine",
        "Of the two words {a} and {b}, which is the first to be displayed?",
        "first one on screen: {b_low} or {a_low}?",
        "Kindly confirm the order in which {a} and {b} appear on screen.",
    ],
    "shot count": [
        "how many different scenes are there? my boss wants to know before we post it",
        "Could you estimate the number of distinct shots of which the video is composed?",
        "how many times does the picture cut to something new",
        "What is the total number of cuts, that is, transitions between shots, in the recording?",
        "number of shots?",
        "I am attempting to segment the footage; into how many separate shots would you say it divides?",
        "hey, count the scenes for me? each different view is one scene",
        "How often does the video change from one shot to the next?",
    ],
    "first appearance": [
        "when does {word} first pop up on screen?",
        "At what point in the recording does the word {word} become visible for the first time?",
        "timestamp where {word_low} first shows",
        "I would like to determine the earliest moment at which {word} is displayed; could you give the time?",
        "how many seconds in does the word {word_low} appear, the first time i mean",
        "Please indicate when {word} is first seen.",
        "{word_low}, when does it show up",
        "Roughly how far into the video is it that one first encounters the word {word}?",
    ],
    "word count": [
        "how many different words get shown on the screen altogether?",
        "Could you count the distinct written words that appear on screen over the whole recording, disregarding any repetitions?",
        "number of unique on screen words",
        "How many separate words, as text in the picture, does the video display in total?",
        "hi!! a schoolteacher is doing a quiz with this clip, how many different words flash up during it?",
        "Excluding duplicates, what is the number of different words shown?",
        "count the words on screen for me (each different word once)",
        "I would be interested to know how many distinct words the on-screen text comprises.",
    ],
    "presence": [
        "is there {thing} anywhere in this?",
        "Does {thing} appear at any point in the recording, as far as you can tell?",
        "{thing}?? yes or no",
        "Would it be accurate to say that the video contains {thing}?",
        "a kid is convinced she saw {thing} in this video, was she right?",
        "Can {thing} be seen or found anywhere in the footage?",
        "do we get {thing} at all",
        "Please confirm whether or not {thing} is present.",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "At what point in the video, approximately, is {thing} visible?",
        "at what time do we see {thing}",
        "Could you specify the interval during which {thing} appears in the frame?",
        "ooh i love that one, when does {thing} come up?",
        "Where in the timeline would one find {thing}?",
        "{thing} - what time",
        "I would appreciate the timestamp at which {thing} is shown, if it can be established.",
    ],
    "duration": [
        "how long is {thing} on screen for?",
        "For what length of time, in seconds, does {thing} remain visible?",
        "how many seconds do we get of {thing}",
        "Could you estimate the duration for which {thing} is displayed?",
        "is {thing} up for long? how many seconds roughly",
        "What is the total time that {thing} stays in view?",
        "duration of {thing}",
        "I am measuring screen time; how long, approximately, does {thing} last on screen?",
    ],
    "people count": [
        "how many people are in the video?",
        "What is the largest number of persons visible in the frame at any one time?",
        "are there any people in it? how many",
        "Could you count the human beings who appear in the footage, taking the maximum seen simultaneously?",
        "does anybody show up in this, like staff or visitors? how many of them?",
        "How many individuals can be seen, at most, at once?",
        "number of ppl on screen",
        "I should like to know how many people, if any, the recording shows.",
    ],
    "cross said": [
        "what does the voice say while {thing} is showing?",
        "Could you tell me what is spoken during the portion of the video in which {thing} is visible?",
        "when {thing} is up, whats being said",
        "Is anything said while {thing} is on screen, and if so, what exactly?",
        "por favor, what's the narrator saying over {thing}? need it for a caption",
        "What speech accompanies {thing}?",
        "words spoken during {thing}",
        "I am interested in the relation between image and sound: what does one hear at the moment {thing} is displayed?",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"?",
        "At the moment the words \"{phrase}\" are spoken, what is being shown?",
        "when they say '{phrase}' what do we see",
        "Could you describe the image that is visible while the phrase \"{phrase}\" can be heard?",
        "there's a bit where the voice goes \"{phrase}\", what picture is up then?",
        "What does the video display as \"{phrase}\" is said?",
        "\"{phrase}\" - what's shown",
        "I would like to know which picture accompanies the spoken words \"{phrase}\".",
    ],
    "unanswerable": [
        "what's the name of the person who filmed this? want to send them a thank you card",
        "Could you tell me the make and model of the camera with which this footage was recorded?",
        "how much did it cost to make this video",
        "What was the weather like outside, beyond what the frame shows, on the day this was recorded?",
        "what happens right after the video ends?",
        "Is it known how many people have watched this video to date?",
        "whats the phone number of whoever made this",
        "Please state the home address of the person who edited this recording.",
    ],
    "open": [
        "what's this video about?",
        "Could you provide a concise but reasonably complete description of the content of this recording?",
        "describe the video for me pls",
        "In general terms, what does this footage consist of?",
        "hi! someone sent us this clip, can you give me a quick rundown of what's in it?",
        "Summarise the video.",
        "whats going on in this",
        "I would be grateful for an overview of what is shown and said in this video.",
    ],
}

BLIND33_CUT_PHRASINGS = {
    "how many times does the picture cut to something new",
    "What is the total number of cuts, that is, transitions between shots, in the recording?",
    "How often does the video change from one shot to the next?",
}

BLIND33_ORDER_YESNO = {
    "In the sequence of on-screen words, does {a} precede {b}?",
    "is {a_low} shown before {b_low}? yes or no is fine",
}

BLIND33_START_WORD = "what word is on screen right at the very start, before anything else happens?"
BLIND33_MIDDLE_WORD = ("Which on-screen word is visible at approximately the midpoint of the recording, that is, "
                       "about halfway through?")
BLIND33_END_WORD = "what's the word showing at the very end of the clip, just before it finishes?"
BLIND33_HEAR = "Is the word \"{word}\" actually spoken aloud at any point in the recording? A yes or no would suffice."
BLIND33_VIDEO_LENGTH = [
    "how long is this video?",
    "What is the total running time of the recording, in seconds?",
    "hey how many seconds does the whole clip go for",
    "Could you tell me the overall duration of the footage from start to finish?",
]

# The photos-B33 slideshow's own questions (truth in qa_bank_cases_blind33.py).
BLIND33_FIRST_PHOTO = "what's the very first picture in the slideshow? a visitor asked and i forgot to check"
BLIND33_HALFWAY_PHOTO = ("At approximately the halfway point of the slideshow, what is the subject of the photograph "
                         "on screen?")
BLIND33_LAST_PHOTO = "which photo do we end on, the last one before it stops?"
BLIND33_PHOTO_COUNT = "How many separate photographs does the slideshow contain?"
BLIND33_AUTUMN_LEAVES = "are there any red or orange autumn leaves in any of the pictures?"
BLIND33_PIKA_NAME = "aww the little furry one on the rock is adorable, what's its name??"
BLIND33_BUCKET_PRICE = ("Is it possible to determine, from the footage, what the wooden bucket was sold for or what "
                        "it would cost to buy?")
BLIND33_BAT_DATE = "On what date was the photograph of the bat in flight taken?"
