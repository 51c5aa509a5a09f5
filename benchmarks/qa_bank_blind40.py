"""Phrasings of the `blind40` split (its videos and truth: qa_bank_cases_blind40.py).

Written blind, by one helper: without reading the answering code, its tests, or any other split's phrasings.
Two voices take turns:
- a retired engineer: technical and exact, timestamps, units and spec-sheet words, sometimes long preambles
  about how he worked in his day;
- an Arabic speaker writing English with grammar slips (dropped articles, "is there" for "are there",
  wrong tenses and plurals, "what is the word appear"), polite openers, no Arabic words.

Fields, as the bank fills them:
- "word at time" / "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second = 7-8 s);
- "order": {a} {b} (on-screen words, upper case) and {a_low} {b_low} (lower case); the yes/no ones are in
  BLIND40_ORDER_YESNO (yes iff {a} comes first);
- "first appearance": {word} {word_low}; "presence": {thing}; "visual when", "duration", "cross said": {thing};
  "cross shown": {phrase}; BLIND40_HEAR: {word};
- "shot count" phrasings that count cuts (shots - 1) are in BLIND40_CUT_PHRASINGS;
- "spoken", "word count", "people count", "unanswerable", "open" and the slideshow constants have no fields.
"""

BLIND40_TEMPLATES = {
    "word at time": [
        "At t = {hhmmss} exactly, which word is rendered on the screen?",
        "please what is the word appear on screen in second {s}",
        "I spent forty years reading oscilloscope traces, so humour me: freeze the picture at {mmss} and tell me "
        "the word displayed there.",
        "in the {s_ord} second of the video which word is written, can you read it for me",
        "Word on screen at {s} s, please. One word is sufficient.",
        "my son he ask me what word is showing around {s_words} seconds, i dont know, you can help?",
        "Kindly identify the caption text present at timestamp {mmss}.",
        "at {mmss} there is some word in the video. what it says?",
    ],
    "shown at time": [
        "What is depicted in the frame at {hhmmss}?",
        "hello, at second {s} what is the picture show?",
        "Describe the subject of the photograph on screen {s_words} seconds from the start.",
        "what we are seeing at {mmss}, is it a person or some thing?",
        "Sample the picture at t = {s} s and tell me what it is a photograph of.",
        "please describe me the image in the {s_ord} second",
        "I was looking away at {mmss}. What was being shown just then?",
        "the photo at {s} seconds, what is in it exactly",
    ],
    "spoken": [
        "Transcribe the spoken audio, please. Verbatim if you can manage it.",
        "what the voice is saying in this video?",
        "Is there any narration on the soundtrack, and if so what are the words?",
        "somebody talk in the video i think, but my english listening is not so good. what did he said",
        "My hearing aid is not what it was. Give me the speech content in plain text.",
        "please write for me all the words which is spoken",
        "What does the voice say?",
        "i want to know the sentence that is said in this clip, thank you",
    ],
    "order": [
        "Which word appears earlier in the sequence: {a} or {b}?",
        "{a_low} and {b_low}, which one is coming first in the video?",
        "Does {a} precede {b} on screen? A yes or no will do.",
        "{b_low} or {a_low}, which one is first? i am confuse",
        "Establish the order of appearance of the two captions {a} and {b}; state the earlier one.",
        "please tell me which is show first, {a_low} or maybe {b_low}",
        "Confirm for me: is {a} displayed ahead of {b}?",
        "between {a} and {b} which word we see before the other one",
    ],
    "shot count": [
        "How many distinct shots does the clip contain?",
        "how many scene is there in this video please",
        "Count the hard cuts in the edit. Number only.",
        "the picture is changing how many times? i mean the cuts",
        "I used to splice film by hand. How many separate scenes would I have had to join for this one?",
        "please count for me the different shots in the video",
        "Number of transitions between scenes, please.",
        "the video have how many parts, like separate scenes?",
    ],
    "first appearance": [
        "At what time does the word {word} first appear? Give it to the second.",
        "when i can see {word_low} for first time in the video",
        "Timestamp of the first frame in which {word} is legible, please.",
        "the word {word_low}, in which second it is coming on the screen?",
        "How far into the clip, in seconds, is {word} first shown?",
        "please tell me the time where word {word} start appearing",
        "I need the onset time of the caption {word}. When does it begin?",
        "{word_low} is shown first at what moment",
    ],
    "word count": [
        "How many different words are displayed on screen over the whole clip? Count each word once.",
        "how many word is written in this video, not counting same word two times",
        "Give me the count of unique on-screen words. Repeats do not count.",
        "please count the different words appearing in video",
        "Tally the distinct captions shown from start to finish.",
        "the video show some words one after other. how many different one there is?",
        "Number of distinct words of text that appear in the picture, please.",
        "i want to know how many kind of word is on the screen in total",
    ],
    "presence": [
        "Does {thing} appear anywhere in the video? Yes or no.",
        "is there {thing} in this video?",
        "Can you confirm whether {thing} is visible at any point?",
        "my grandson say me he saw {thing} in the video. it is true or not",
        "Is {thing} shown at all, even briefly?",
        "please check for me, the video it have {thing} or no",
        "Yes or no: {thing} is present in the footage.",
        "did you see {thing} somewhere in video",
    ],
    "visual when": [
        "At what time is {thing} on screen? Start and end, please.",
        "when is coming {thing} in the video",
        "Give me the time window during which {thing} is displayed.",
        "in which second i can see {thing}?",
        "I would like the timestamps for {thing}. From when to when?",
        "please tell me the moment of {thing}",
        "Locate {thing} on the timeline.",
        "{thing} is showing at what time exactly",
    ],
    "duration": [
        "For how many seconds is {thing} displayed?",
        "how long time {thing} stay on the screen",
        "What is the on-screen duration of {thing}, to the nearest second?",
        "{thing}, how many second it is showing?",
        "Measure how long {thing} remains visible, please.",
        "please how much time we see {thing} in the video",
        "I timed things with a stopwatch all my working life. How long does {thing} last?",
        "the duration of {thing} is what",
    ],
    "people count": [
        "How many people are in the video? Give the largest number visible at one time.",
        "how many person is there in this video",
        "Count the human beings in shot. Maximum simultaneous, please.",
        "please how much peoples we can see in the video in same time",
        "What is the greatest number of persons on screen together at any instant?",
        "there is people in the video? how many of them",
        "Headcount, please: how many individuals appear?",
        "i want to know the number of people who is appearing",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "when {thing} is showing, what the voice is saying in same time",
        "Give me the speech that coincides with {thing} being displayed.",
        "during {thing} somebody speak? what he said",
        "Quote whatever is spoken over {thing}, please.",
        "please tell me the words is spoken at time of {thing}",
        "While {thing} is up, what can be heard on the audio track?",
        "what is the sentence saying when we see {thing}",
    ],
    "cross shown": [
        "What is on screen when the narrator says \"{phrase}\"?",
        "when the voice say '{phrase}', what is the picture in this moment",
        "Identify the visual content at the instant the words '{phrase}' are spoken.",
        "somebody say \"{phrase}\". what we see when he say it?",
        "Correlate the audio with the picture: what is displayed during \"{phrase}\"?",
        "please tell me what is showing while is said {phrase}",
        "At the point in the soundtrack where you hear '{phrase}', what is being shown?",
        "\"{phrase}\" is said over which picture",
    ],
    "unanswerable": [
        "What was the ambient temperature where this was recorded, in degrees Celsius?",
        "who is the person that make this video, what is his name?",
        "What make and model of camera was used, and at what focal length?",
        "how much money they paid for this video to be made",
        "What happened immediately after the recording stopped?",
        "please tell me the phone number of the owner of this video",
        "On what date and at what hour was this filmed?",
        "what is the weather outside the room when they are filming",
    ],
    "open": [
        "Give me a concise technical summary of the content of this clip.",
        "what is this video about please",
        "Describe the video from beginning to end.",
        "can you explain me what is happening in the video",
        "In two or three sentences, what does this recording contain?",
        "please make a small description of the video for me",
        "What is the subject matter here?",
        "tell me about this video, what is inside",
    ],
}

BLIND40_CUT_PHRASINGS = {
    "Count the hard cuts in the edit. Number only.",
    "the picture is changing how many times? i mean the cuts",
    "Number of transitions between scenes, please.",
}

BLIND40_ORDER_YESNO = {
    "Does {a} precede {b} on screen? A yes or no will do.",
    "Confirm for me: is {a} displayed ahead of {b}?",
}

BLIND40_START_WORD = "what is the word on the screen at the very beginning, when video is start"
BLIND40_MIDDLE_WORD = "Which word is displayed at the midpoint of the clip, half-way through its running time?"
BLIND40_END_WORD = "please which word we see in the last moment before the video is finish"
BLIND40_HEAR = "Is the word \"{word}\" actually pronounced aloud anywhere in the audio? Yes or no."
BLIND40_VIDEO_LENGTH = [
    "What is the total running time of this clip?",
    "how long is this video, how many second",
    "State the duration of the recording from first frame to last.",
    "please the video length is how much",
]

# The photos-B40 slideshow's own questions.
BLIND40_FIRST_PHOTO = "What is the subject of the first photograph, the one shown at the very start?"
BLIND40_HALFWAY_PHOTO = "in the middle of the slideshow, at the half of the time, what photo is showing?"
BLIND40_LAST_PHOTO = "Describe the final photograph, the one on screen when the slideshow ends."
BLIND40_PHOTO_COUNT = "how many photo is there in this slideshow"
BLIND40_SHIP = "Is there a sailing ship with tall masts in any of these photographs?"
BLIND40_MAN_NAME = "the young man who is smiling, what is his name please?"
BLIND40_HOUSE_PRICE = "What would the red-brick house sell for on today's market?"
BLIND40_RIVER_DATE = "in which year and which day they took the photo of the river with the ice?"
