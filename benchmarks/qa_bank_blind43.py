"""Phrasings of the `blind43` split (its videos and truth: qa_bank_cases_blind43.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices ask the questions, taking turns: a gentle, polite nun (long courteous sentences, "dear", "if you
please", a little unsure of machines) and a terse software developer (clipped, lower case, code-like notation
such as "t=5s", "ts?", "len?", "y/n"). English only.

Fields, per type: "word at time" and "shown at time": {mmss} {s} {hhmmss} {s_words} {s_ord}; "order": {a} {b}
{a_low} {b_low}; "first appearance": {word} {word_low}; "presence", "visual when", "duration", "cross said":
{thing}; "cross shown": {phrase}; BLIND43_HEAR: {word}. The other types take no fields.
"""

from __future__ import annotations

BLIND43_TEMPLATES = {
    "word at time": [
        "Good afternoon, dear. Could you kindly tell me which word is written on the screen at {mmss}?",
        "word @ t={s}s?",
        "Forgive me for troubling you, but what word appears during the {s_ord} second of the film",
        "ocr text at {hhmmss}. just the word",
        "At {s_words} seconds in, which word was shown, if you please?",
        "{mmss} -> on-screen word?",
        "i am not very clever with these machines. there is a word on the screen around {s} seconds, what does it say",
        "need the caption word visible at ts {hhmmss}, nothing else",
    ],
    "shown at time": [
        "Bless you for helping. What picture is on the screen at {mmss}?",
        "frame @ {s}s: what's in it?",
        "Would you describe for me what is pictured during the {s_ord} second?",
        "t={hhmmss} what image is displayed",
        "At about {s_words} seconds, what photograph is being shown, please",
        "describe visual content at {mmss}. one line",
        "One of the sisters asked me what was in the photo {s} seconds into the video and I could not remember. "
        "Could you tell me?",
        "whats on screen at {s} sec",
    ],
    "spoken": [
        "What does the voice in this video say? I could not hear it well.",
        "transcript?",
        "Might you write out for me the words that are spoken aloud?",
        "dump speech to text",
        "my hearing is not what it was, is anybody talking in this and what do they say",
        "what's said in the audio track. verbatim pls",
        "Kindly tell me what was said in this little clip, so that I may share it with the others.",
        "spoken words? list em",
    ],
    "order": [
        "Which came first on the screen, dear, the word {a} or the word {b}?",
        "{a} vs {b}: which appears first",
        "Does {a_low} appear before {b_low}?",
        "{a} before {b}? y/n",
        "I saw {a_low} and {b_low} written somewhere in this. In what order did they come?",
        "first_of({a_low}, {b_low}) = ?",
        "Is it true that the word {b} was shown only after {a} had been?",
        "which is earlier in the clip: {b_low} or {a_low}",
    ],
    "shot count": [
        "How many different scenes are there in this video, please?",
        "shot count?",
        "How many times does the picture change to something new, dear?",
        "num of cuts?",
        "Could you count for me the separate shots in this film?",
        "how many shots total. int only",
        "How often does the scene switch from one to the next?",
        "segment the video into scenes and give me the count",
    ],
    "first appearance": [
        "When does the word {word} first come up on the screen?",
        "first ts of '{word_low}'?",
        "At what moment is {word_low} written for the first time, dear?",
        "t_first({word}) = ?",
        "I am looking for the part where {word} is first shown. How far into the video is that?",
        "{word_low} first appearance timestamp",
        "Please, how many seconds in does one first see the word {word}?",
        "when does {word} show up first. mm:ss",
    ],
    "word count": [
        "How many different words are written on the screen in this video?",
        "len(set(onscreen_words))?",
        "Could you count, please, the distinct words that appear as text? A repeated word need not be counted twice.",
        "unique ocr words count",
        "I tried counting the words shown in the video but I lost my place. How many different ones are there?",
        "how many distinct words appear on screen",
        "Kindly tell me the number of separate words displayed, each one counted only once.",
        "count of different text words in frames?",
    ],
    "presence": [
        "Is there {thing} anywhere in this video?",
        "contains {thing}? bool",
        "Forgive my poor eyes, did I see {thing} in this, or was I mistaken?",
        "{thing} present y/n",
        "Would you be so kind as to check whether {thing} appears at any point?",
        "grep video for {thing}. found?",
        "does {thing} ever show up",
        "is {thing} in there at all",
    ],
    "visual when": [
        "At what time is {thing} shown?",
        "ts of {thing}?",
        "When in the video may I see {thing}, please?",
        "{thing}: start/end time",
        "I should like to show {thing} to the other sisters. At which point in the video does it appear?",
        "find {thing} in timeline",
        "how far into the clip does {thing} come up",
        "when is {thing} on screen? secs",
    ],
    "duration": [
        "For how long is {thing} shown?",
        "duration of {thing}?",
        "How many seconds does {thing} stay on the screen, dear?",
        "{thing} on screen for how long. s",
        "Is {thing} up for a long while or only briefly? How long exactly?",
        "how long is {thing} visible, end minus start",
        "Please tell me the length of time that {thing} remains visible.",
        "screen time of {thing}?",
    ],
    "people count": [
        "How many people are in this video?",
        "n_people?",
        "Could you tell me how many persons can be seen, at the most, at any one time?",
        "max concurrent persons in frame",
        "Are there many folk in this film, or only a few? How many?",
        "people count. int",
        "I would like to know how many human beings appear in it, if that is not too much trouble.",
        "how many ppl visible",
    ],
    "cross said": [
        "What is being said while {thing} is on the screen?",
        "speech during {thing}?",
        "When {thing} appears, what words does the speaker say?",
        "audio overlapping {thing}: transcript",
        "I could not catch the words spoken at the time {thing} was shown. Would you tell me?",
        "what's said while {thing} is visible",
        "While one sees {thing}, what is one hearing?",
        "{thing} on screen -> what's spoken",
    ],
    "cross shown": [
        "What is on the screen when the voice says \"{phrase}\"?",
        "frame at '{phrase}'?",
        "At the moment someone says {phrase}, what is shown, please?",
        "visual during utterance \"{phrase}\"",
        "I heard the words \"{phrase}\". What picture was there while they were said?",
        "whats displayed when audio = '{phrase}'",
        "Kindly tell me what one sees as the words \"{phrase}\" are spoken.",
        "on '{phrase}' what's on screen",
    ],
    "unanswerable": [
        "What is the name of the person who made this video?",
        "camera model used?",
        "What was the weather like outside while this was being filmed?",
        "how much did it cost to produce this. usd",
        "What happens after the video ends, dear?",
        "recording device serial number?",
        "Could you tell me what the maker of this film had for breakfast that morning?",
        "author's email address?",
    ],
    "open": [
        "What is this video about, dear?",
        "summary?",
        "Would you be so kind as to describe this video for me?",
        "tl;dr of the clip",
        "I have not watched it yet. What will I find in it?",
        "describe content. brief",
        "Please give me a short account of what happens in this film.",
        "whats this video",
    ],
}

#: Those of the shot-count phrasings that ask for the cuts (changes), i.e. shots - 1.
BLIND43_CUT_PHRASINGS = {
    "How many times does the picture change to something new, dear?",
    "num of cuts?",
    "How often does the scene switch from one to the next?",
}
#: The order phrasings that ask yes or no (yes iff {a} comes first).
BLIND43_ORDER_YESNO = {
    "Does {a_low} appear before {b_low}?",
    "{a} before {b}? y/n",
    "Is it true that the word {b} was shown only after {a} had been?",
}

BLIND43_START_WORD = "Which word is written on the screen right at the very beginning, please?"
BLIND43_MIDDLE_WORD = "word shown at ~50% of runtime?"
BLIND43_END_WORD = "And what word is left on the screen at the very end of the video, dear?"
BLIND43_HEAR = "is '{word}' said out loud? y/n"
BLIND43_VIDEO_LENGTH = [
    "How long is this video, please?",
    "total duration?",
    "How many minutes and seconds does the whole film last, from start to finish?",
    "video len in s?",
]

# The photos-B43 slideshow's own questions (truth in qa_bank_cases_blind43.py).
BLIND43_FIRST_PHOTO = "What is in the very first picture, please?"
BLIND43_HALFWAY_PHOTO = "photo shown at the halfway point?"
BLIND43_LAST_PHOTO = "Could you tell me what the final photograph shows, dear?"
BLIND43_PHOTO_COUNT = "how many photos in total"
BLIND43_WHITE_VAN = "Is there a white van parked somewhere in these pictures?"
BLIND43_DOG_NAME = "What is the little dog called? It has such a sweet face."
BLIND43_PEPPER_PRICE = "price per kg of the peppers?"
BLIND43_TOWN_DATE = "On what day was the picture of the town from the air taken, if I may ask?"
