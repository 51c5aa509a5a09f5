"""Phrasings of the `blind38` split (its videos and truth: qa_bank_cases_blind38.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices type them: a tired night-shift nurse on a break (short, terse, lower case, few question marks, a
typo now and then) and a children's book author (whimsical but clear, full sentences, storybook images; two
phrasings mix in a little Portuguese).

Fields:
- "word at time" / "shown at time": {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words} ("seven"),
  {s_ord} ("eighth", as in the eighth second = 7-8 s).
- "order": {a} {b} (upper case on-screen words), {a_low} {b_low} (the same, lower case); the ones in
  BLIND38_ORDER_YESNO are yes/no questions, yes iff {a} shows first.
- "first appearance": {word} {word_low}.
- "presence", "visual when", "duration", "cross said": {thing}.
- "cross shown": {phrase} (part of a spoken sentence).
- BLIND38_HEAR: {word}.
- "spoken", "shot count", "word count", "people count", "unanswerable", "open" and the constants: no fields.
  The "shot count" ones in BLIND38_CUT_PHRASINGS ask for cuts (shots - 1).
"""

from __future__ import annotations

BLIND38_TEMPLATES = {
    "word at time": [
        "need the word showing at {mmss}",
        "quick one. what word is up at {s} sec",
        "At the {s_ord} second, which word is written on the screen? I'd love to know what it says.",
        "pls what does the text say around {hhmmss}",
        "Once upon a time, {s_words} seconds into the video, a word appeared on the screen. Which word was it?",
        "Could you read me the word that's displayed when the clip reaches {s} seconds",
        "{mmss} on screen text?? which word",
        "Qual é a palavra na tela at {mmss}? I mean which word is written there at that moment",
    ],
    "shown at time": [
        "whats on screen at {mmss}",
        "{s} seconds in. what's the picture",
        "Tell me, dear assistant, what picture is showing during the {s_ord} second?",
        "what am i looking at around {hhmmss}",
        "At {s_words} seconds, what does the photo show? Please describe the thing in it.",
        "pic at {s}s?",
        "I'm dreaming up a story about this slideshow. Which creature or object is pictured at {mmss}?",
        "what's in the frame when the timer hits {hhmmss}",
    ],
    "spoken": [
        "what do they say",
        "anything said? what",
        "What words are spoken aloud in this little video?",
        "transcribe the speech pls",
        "If I closed my eyes and only listened, what would I hear the voice say?",
        "whats the narrator saying, short version",
        "Could you tell me what is said in the video, word for word if you can?",
        "need the spoken part, what is it",
    ],
    "order": [
        "{a} or {b} first?",
        "does {a_low} come up before {b_low}",
        "Which word makes its entrance first, {a} or {b}?",
        "between {a_low} and {b_low} which one shows up earlier on screen",
        "Is it true that {a} appears before {b}? Yes or no, please.",
        "first to appear: {a_low} / {b_low}?",
        "I spotted both {a} and {b} on the screen. Which of the two came first in the video?",
        "which shows earlier, {b_low} or {a_low}",
    ],
    "shot count": [
        "how many shots",
        "# of scenes?",
        "How many different scenes are there, like the pages of a picture book?",
        "how many times does it cut",
        "Count the scene changes for me, please. How many are there?",
        "number of shots in this clip",
        "Into how many separate shots is this video divided?",
        "how many camera cuts r there",
    ],
    "first appearance": [
        "when does {word} first show up",
        "{word_low} first appears at what time",
        "At what moment does the word {word} first peek onto the screen?",
        "timestamp of first {word}?",
        "I'm looking for the earliest point where {word_low} is written on screen. When is that?",
        "first time {word} is on screen, when",
        "Quando aparece {word} pela primeira vez? The word, I mean, on the screen. What time?",
        "how many seconds in before {word_low} appears",
    ],
    "word count": [
        "how many diff words on screen",
        "How many different words appear on the screen altogether?",
        "count of unique words shown?",
        "If I gathered every different word that shows up on screen into a basket, how many would I have?",
        "number of distinct on-screen words",
        "how many separate words does the video show as text, not counting repeats",
        "Tell me how many different words get written on the screen during the video.",
        "words on screen. how many different ones",
    ],
    "presence": [
        "is there {thing}",
        "{thing} in it? y/n",
        "Does {thing} ever make an appearance in this video?",
        "did i see {thing} or am i just tired",
        "Please check for me: is {thing} anywhere in the video?",
        "any sign of {thing}",
        "I'm wondering whether {thing} shows up at any point. Does it?",
        "yes or no, {thing} in the clip",
    ],
    "visual when": [
        "when is {thing} on screen",
        "time for {thing}?",
        "At what point in the video do we get to see {thing}?",
        "{thing} shows up when",
        "Could you tell me the moment {thing} appears on screen, from when to when?",
        "need timestamp: {thing}",
        "When, in our little slideshow, does {thing} take the stage?",
        "what time do they show {thing}",
    ],
    "duration": [
        "how long is {thing} up",
        "For how many seconds is {thing} shown?",
        "{thing}, on screen how long",
        "How long does {thing} stay on the screen before it goes away?",
        "duration of {thing}?",
        "I'd like to know how much time {thing} spends on screen, please.",
        "how many secs does {thing} last",
        "Is {thing} on screen for a long time or a short time? How many seconds, exactly?",
    ],
    "people count": [
        "how many people",
        "How many people are in the video?",
        "people on screen, how many max",
        "What is the largest number of people that can be seen at once?",
        "headcount?",
        "Are there any people in it, and if so, how many?",
        "count the humans in this clip",
        "How many people turn up in the pictures, all together at the same time?",
    ],
    "cross said": [
        "whats said while {thing} is up",
        "What does the voice say during the part with {thing}?",
        "anything spoken when {thing} is showing? what",
        "When {thing} is on the screen, which words are being spoken?",
        "audio during {thing}?",
        "What is the narrator saying at the time {thing} is visible?",
        "while {thing} was on i missed the audio, what was said",
        "Tell me what we hear while we're looking at {thing}.",
    ],
    "cross shown": [
        "whats on screen when they say \"{phrase}\"",
        "When the voice says '{phrase}', what is shown?",
        "{phrase} -- what's showing then",
        "What picture is on the screen at the moment someone says \"{phrase}\"?",
        "during the bit \"{phrase}\" what do we see",
        "Right as the words '{phrase}' are spoken, what's in the picture?",
        "what's visible while '{phrase}' is being said",
        "I heard \"{phrase}\" somewhere in there. What was on the screen right then?",
    ],
    "unanswerable": [
        "name of the person who made this?",
        "What's the weather like outside the place this was filmed, right now?",
        "how much did the camera cost",
        "What happens after the video ends? Does the story go on?",
        "whats the filmmakers phone number",
        "What was the photographer's favourite colour when they were a child?",
        "which hospital was this made in",
        "How old is the person who put this slideshow together?",
    ],
    "open": [
        "what's this video about",
        "Describe the video, please.",
        "summary. short",
        "If this video were a picture book, what would its story be about?",
        "give me the gist",
        "Could you tell me what happens in this video, from beginning to end?",
        "what am i watching here",
        "Describe what is in this clip in a few sentences.",
    ],
}

BLIND38_CUT_PHRASINGS = {
    "how many times does it cut",
    "Count the scene changes for me, please. How many are there?",
    "how many camera cuts r there",
}

BLIND38_ORDER_YESNO = {
    "does {a_low} come up before {b_low}",
    "Is it true that {a} appears before {b}? Yes or no, please.",
}

BLIND38_START_WORD = "word on screen right at the start?"
BLIND38_MIDDLE_WORD = "Which word is on the screen when we're about halfway through the story?"
BLIND38_END_WORD = "last word showing at the very end, what is it"
BLIND38_HEAR = "Does anyone say the word \"{word}\" out loud in this video?"
BLIND38_VIDEO_LENGTH = [
    "how long is the video",
    "Total length of this clip?",
    "How many seconds does this little video last, from the first moment to the last?",
    "runtime?",
]

# The slideshow's own questions (photos-B38).
BLIND38_FIRST_PHOTO = "first pic, what is it"
BLIND38_HALFWAY_PHOTO = "What is pictured about halfway through the slideshow?"
BLIND38_LAST_PHOTO = "And the very last photo of the slideshow, what does it show?"
BLIND38_PHOTO_COUNT = "how many photos in the slideshow"
BLIND38_WHEEL_BOLTS = "any wheel nuts or bolts visible in the pics?"
BLIND38_LOBSTER_PRICE = "How much would the lobster in the photo sell for at the fish market?"
BLIND38_CAPYBARA_NAME = "whats the capybaras name"
BLIND38_STONES_BUILDER = "Who stacked up the stones of that stone figure, and in what year did they do it?"
