"""Phrasings of the `blind10` split, written blind: without reading the answering code (videochat/llm/), its
tests, or any other split's phrasings. Written in several users' voices: someone blind or deaf who needs the
video described, a QA tester filing exact checks, a polite grandparent, a social-media manager in a hurry,
a kid; typos, the subject at the end, two-part questions, imperatives, vague times where the truth fits.

Fields: {mmss} {s} {hhmmss} {s_words} {s_ord} (a time), {word} / {word_low}, {a} {b} / {a_low} {b_low},
{thing}, {phrase} (a quote of a spoken sentence), {past_mmss} {past_min} (past the end).
"""

BLIND10_TEMPLATES = {
    "word at time": [
        "I'm blind and use a screen reader - could you read me the word written on screen at {mmss}?",
        "QA check: on-screen text at t={s}s. Report the word exactly as shown.",
        "Hello, I wonder if you could tell me what word is printed on the screen at {s_words} seconds in. Thank you kindly",
        "word on screen @ {hhmmss}?? need it for the caption asap",
        "what does it say on the screen at {mmss} i cant read it fast enuf",
        "During the {s_ord} second, which word can be seen on screen?",
        "Tell me the written word (not the spoken one) showing at {s} seconds.",
    ],
    "shown at time": [
        "I can't see the screen. What picture is showing at {mmss}? Please describe it.",
        "Verify frame content at {s}s: what is depicted?",
        "Excuse me, what is the photograph at {s_words} seconds a picture of?",
        "whats on screen at {hhmmss}",
        "at {mmss} what am i looking at exactly",
        "Describe the image that is visible during the {s_ord} second.",
        "pic at {s}s - what is it? quick pls",
    ],
    "spoken": [
        "I'm deaf - can you write out what the voice in this video says?",
        "Transcribe all speech in the clip, word for word if possible.",
        "Could you kindly tell me what the person is saying? My hearing aid isn't working today.",
        "what do they actually say in it? tl;dr the audio for me",
        "wat does the voice say",
        "Is anything spoken? If so, what exactly?",
        "the narration - what does it say?",
    ],
    "order": [
        "Which shows up on screen first: {a} or {b}?",
        "Test step: confirm the display order of the words {a} and {b}. Which one is earlier?",
        "Does {a} appear on screen before {b}?",
        "my grandson wants to know which word came up first, {a_low} or {b_low}?",
        "between {a} and {b}, which word pops up earlier",
        "is {b} shown after {a}?",
        "was {a} on screen before {b}? yes or no",
    ],
    "shot count": [
        "How many different shots does this video have?",
        "Count the cuts in this video.",
        "how many scenes r there",
        "Dear, how many times does the picture change from one scene to the next?",
        "number of shots, please - for the edit log",
        "How many separate shots make up this clip?",
        "QA: total shot count?",
    ],
    "first appearance": [
        "When does the word {word} first appear on screen?",
        "timestamp of the first on-screen appearance of {word}, please",
        "at what moment do we first see {word_low} written?",
        "{word} - when does it first pop up?",
        "I'd like to know, if you'd be so kind, at what time the word {word} is first shown.",
        "how many seconds in does {word} show up on screen",
        "whens {word_low} come on screen the first time",
    ],
    "word count": [
        "How many different words are shown on screen in total?",
        "count the distinct words written on screen",
        "how many words pop up on the screen altogether? (the written ones, not the spoken ones)",
        "Number of unique words displayed as text in this video?",
        "Over the whole video, how many separate written words appear on screen?",
        "how many diffrent words get written on the screen",
        "QA: count of distinct on-screen words?",
    ],
    "presence": [
        "Is there {thing} in this video?",
        "Does {thing} show up at any point?",
        "quick yes/no: {thing} anywhere?",
        "I can't see it - could you tell me whether {thing} appears?",
        "can u see {thing} in it",
        "Verify presence of {thing}. Yes or no.",
        "Please tell me, is {thing} shown at all?",
    ],
    "visual when": [
        "When is {thing} visible?",
        "At what time can I see {thing}?",
        "give me the timestamp for {thing}",
        "Could you let me know when {thing} comes on the screen, please?",
        "{thing}: when does it appear on screen?",
        "when do we see {thing} lol",
        "At which point in the video is {thing} on screen?",
    ],
    "duration": [
        "How long is {thing} on screen?",
        "For how many seconds is {thing} visible?",
        "how long does {thing} stay up",
        "Measure the on-screen duration of {thing}.",
        "roughly how long can you see {thing} for?",
        "I need the length of time {thing} is displayed, in seconds",
        "How many seconds do we get of {thing} on screen?",
    ],
    "people count": [
        "What's the largest number of people visible at the same time?",
        "How many people can be seen at once, at most?",
        "max number of people on screen together?",
        "I'm blind: at the busiest moment, how many people are in the picture at once?",
        "how many ppl are in a single frame at most",
        "In any one shot, what's the most people you can see?",
        "QA: peak number of people visible simultaneously?",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "While {thing} is showing, what does the voice say?",
        "what do they say during {thing}",
        "When {thing} is visible, what words are spoken?",
        "I'm deaf, could you tell me what's being said at the moment {thing} is up?",
        "audio while {thing} is on screen = ?",
        "{thing} is on the screen and someone talks - what do they say?",
    ],
    "cross shown": [
        "What is on screen when someone says \"{phrase}\"?",
        "When the voice says \"{phrase}\", what can you see?",
        "right as the narrator goes \"{phrase}\", what's on the screen",
        "I heard \"{phrase}\" but couldn't look - what was shown at that moment?",
        "Describe what is displayed during the words \"{phrase}\".",
        "what do you see when \"{phrase}\" is said",
        "\"{phrase}\" - what's on screen then?",
    ],
    "unanswerable": [
        "what's the name of the person who filmed this?",
        "What happens at {past_mmss}?",
        "how much did this video cost to make",
        "What's the narrator's phone number?",
        "why was this video made? what's the real reason behind it",
        "How is the narrator feeling today, happy or sad?",
        "at minute {past_min}, what word is on the screen?",
        "what camera brand was used to shoot this?",
    ],
    "open": [
        "I'm blind. Can you describe this whole video for me, including what's said?",
        "Summarize the video: what's shown and what's said.",
        "what's this video about",
        "give me a quick rundown of everything in it, for a post caption",
        "Tell me, dear, what happens in this little video from start to finish?",
        "describe it pls",
        "QA: full description of the visual and audio content.",
    ],
}

# "shot count" phrasings that ask for the number of cuts (changes), one fewer than the shots.
BLIND10_CUT_PHRASINGS = {BLIND10_TEMPLATES["shot count"][1], BLIND10_TEMPLATES["shot count"][3]}
# "order" phrasings answered yes or no ("is {b} shown after {a}" is yes when {a} comes first).
BLIND10_ORDER_YESNO = {BLIND10_TEMPLATES["order"][2], BLIND10_TEMPLATES["order"][5], BLIND10_TEMPLATES["order"][6]}

BLIND10_VIDEO_LENGTH = [
    "how long is this video in total?",
    "What's the total running time of the clip?",
    "length of the whole thing in seconds pls",
    "How many seconds does the entire video last, start to finish?",
]

BLIND10_START_WORD = "right as the video starts, what word is on the screen?"
BLIND10_MIDDLE_WORD = "around the middle of the video, which word is written on screen?"
BLIND10_END_WORD = "close to the end what word is up on the screen"
BLIND10_HEAR = "is \"{word}\" one of the words you can hear spoken? yes/no"

# The slideshow's own questions (photos-P in qa_bank_cases.py).
BLIND10_FIRST_PHOTO = "I'm visually impaired: what's in the very first photo?"
BLIND10_HALFWAY_PHOTO = "halfway through the slideshow, what picture is up?"
BLIND10_LAST_PHOTO = "what's the last picture before it ends?"
BLIND10_PHOTO_COUNT = "how many photos are in this slideshow altogether?"
BLIND10_BALL = "is there a ball near the dog? my son is asking"
BLIND10_DOG_NAME = "what's the dog's name?"
BLIND10_AIRFIELD = "what is the name of the airfield where the glider is parked?"
BLIND10_BUS_FARE = "how much does a ride on that bus cost?"
