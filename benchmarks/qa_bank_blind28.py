"""Phrasings of the `blind28` split (its videos and truth: qa_bank_cases_blind28.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices ask the questions:

- an ESL teacher preparing a quiz for a class: imperatives ("Name the...", "State...", "Give..."), tidy
  punctuation, words like "learners", "quiz", "answer key";
- an elderly man who is not used to technology: wordy, apologetic, vague about times ("or thereabouts"),
  sometimes two questions in one breath, sloppy typing now and then.

Fields the templates are filled with:

- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second = 7-8 s);
- "order": {a} {b} (on-screen words, upper case) and {a_low} {b_low} (the same, lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word LANTERN", "a dog", "the red barn");
- "cross shown": {phrase} (a few words of a spoken sentence);
- BLIND28_HEAR: {word};
- every other template has no fields.
"""

from __future__ import annotations

BLIND28_TEMPLATES = {
    "word at time": [
        "Name the word that is on the screen at {mmss}.",
        "State which written word appears during the {s_ord} second of the clip.",
        "Quiz item: at {hhmmss}, what word can the learners read on the screen?",
        "Write down the on-screen word that is visible {s} seconds in.",
        "Sorry to trouble you, my eyes are not what they were, but round about {mmss} there was a word written "
        "up over the picture. What did it say?",
        "my grandson sent me this and in the {s_ord} second there is some writing on it, what is the word please",
        "Excuse me, I am no good with these gadgets. The word that came up at {hhmmss} or thereabouts, what was "
        "it, and was it in capital letters?",
        "at {s_words} seconds in, forgive me, there is a word and it went before I could make it out. which word "
        "was that",
    ],
    "shown at time": [
        "State what is pictured at {mmss}.",
        "Describe the picture that is on the screen during the {s_ord} second.",
        "Name the thing that is shown {s} seconds into the video.",
        "Quiz question: what can the learners see in the video at {hhmmss}?",
        "I do apologise, I stopped it at {mmss} or so and could not work out what the picture was meant to be. "
        "What is it?",
        "what is that picture at {s_words} seconds, my wife says one thing and I say another",
        "Sorry, at {hhmmss} what are we looking at? And is it a proper photograph or a drawing?",
        "the picture that comes up {s} seconds along, what is in it",
    ],
    "spoken": [
        "State what the speaker says in the video.",
        "Write down the sentence that is spoken in this clip.",
        "Transcribe the spoken words of the video for a listening exercise.",
        "Give the exact words that can be heard on the audio track.",
        "There is a voice on this, one of those computer voices I think, and my hearing aid whistles. What is it "
        "saying?",
        "Sorry to be a nuisance, what does the chap say in it, and is it a man or a lady talking?",
        "could you tell me what is being said, I had the sound turned right down",
        "I would be much obliged if you told me what is said out loud on this little film.",
    ],
    "order": [
        "State which word appears first: {a} or {b}.",
        "Is {a} shown before {b}? Answer yes or no.",
        "Put these two words in the order they appear on the screen: {a_low}, {b_low}.",
        "Name the earlier of the two on-screen words, {a} and {b}.",
        "forgive me, I get muddled, was it {a_low} that came up first or was it {b_low}",
        "Now I saw {a} and I saw {b} written on it, but which one was before the other? I cannot remember.",
        "did the word {b_low} come after {a_low}, sorry if thats a silly question",
        "Of {b_low} and {a_low}, give the one that is displayed earlier.",
    ],
    "shot count": [
        "State how many shots the video has.",
        "Count the scenes in this clip and give the number.",
        "How many times does the picture cut to something new? Give a number.",
        "Give the total number of shots from the beginning to the end.",
        "I am sorry, I lost count. How many different scenes are there in the whole thing?",
        "how many times does it change over from one scene to the next one, my old television never did that",
        "Would you be so kind as to tell me how many separate shots there are? And are they all about the same "
        "length?",
        "the number of cuts in this video, how many is it",
    ],
    "first appearance": [
        "State the time when the word {word} first appears.",
        "At what second does {word_low} show up for the first time?",
        "Give the timestamp of the first appearance of the word {word}.",
        "Name the moment at which {word} is first written on the screen.",
        "I am sorry, when did the word {word_low} first come on? Was it near the start or later on?",
        "my granddaughter says the word {word} comes up somewhere in this, how far in is it the first time",
        "{word_low}, when does that come up first, forgive my typing",
        "Could you tell me, if it is not too much trouble, how many seconds along the word {word} first appears "
        "on the screen?",
    ],
    "word count": [
        "State how many different words appear on the screen.",
        "Count the distinct written words in the video. Give the number only.",
        "How many unique on-screen words are there? Do not count repeats.",
        "For the answer key: give the number of different words shown as text in this clip.",
        "there were words coming up one after the other, how many different ones were there altogether, I kept "
        "losing track",
        "Sorry, how many different words does it show? I mean written words, not the talking.",
        "I should like to know the number of separate words written up on the screen. If the same one comes "
        "twice, only count it the once, please.",
        "Name the number of different words the learners will see on the screen.",
    ],
    "presence": [
        "Is there {thing} in this video? Answer yes or no.",
        "State whether {thing} appears anywhere in the clip.",
        "Yes or no: does the video contain {thing}?",
        "Check the video for {thing}. Is it there?",
        "I am sorry if this is daft, but is {thing} in it anywhere?",
        "my eyes arent good, did I see {thing} in there or was I imagining it",
        "Tell me, does {thing} turn up at any point, and if so is it near the beginning?",
        "{thing}: is that in the video at all?",
    ],
    "visual when": [
        "State when {thing} is on the screen.",
        "Give the time at which {thing} appears.",
        "At what point in the video can you see {thing}?",
        "Name the seconds during which {thing} is visible.",
        "Sorry, when is it that {thing} comes on? I want to show my wife that bit.",
        "whereabouts in the video is {thing}, near the start or the end or what",
        "I am not very good with these things. Could you tell me at what time {thing} is shown, and for how long?",
        "{thing} - when do we see that?",
    ],
    "duration": [
        "State how long {thing} stays on the screen.",
        "For how many seconds is {thing} shown?",
        "Give the length of time that {thing} is visible.",
        "Measure how long {thing} is displayed, in seconds.",
        "how long was {thing} up on the screen for, it seemed to go by very quick",
        "Forgive me, roughly how many seconds does {thing} stay there before it goes?",
        "I would be grateful if you could tell me how long {thing} is on for. A few seconds, is it?",
        "Quiz item: the duration for which {thing} remains visible.",
    ],
    "people count": [
        "State how many people appear in the video.",
        "Count the people on the screen at one time. What is the largest number?",
        "How many persons can be seen in this clip?",
        "Give the number of people who are visible in the video.",
        "Is there anybody in this at all, and if so how many of them? Sorry.",
        "how many people are in it, I couldnt tell if there was anyone",
        "I am sorry to ask, my glasses are upstairs. How many folk can you see in the pictures?",
        "Name the number of human figures shown.",
    ],
    "cross said": [
        "State what is said while {thing} is on the screen.",
        "What words are spoken during the time {thing} is visible?",
        "Write down what the voice says when {thing} appears.",
        "While {thing} is showing, what can be heard?",
        "when {thing} came up somebody said something, what was it, I missed it",
        "Sorry to bother you again. What is being said at the same time as {thing} is there?",
        "I heard talking over {thing}. What were they saying, and is it the same voice all the way through?",
        "Give the spoken sentence that goes with {thing}.",
    ],
    "cross shown": [
        'State what is on the screen when the speaker says "{phrase}".',
        "What is shown at the moment the words '{phrase}' are spoken?",
        "Describe the picture while the voice says: {phrase}.",
        'Name what appears on the screen during "{phrase}".',
        "the voice says something like {phrase}, what was on the screen then, I was looking away",
        "Sorry, I am a bit slow with this. When he says '{phrase}', what is showing?",
        'At the bit where it goes "{phrase}", what can you see, and is it a photograph?',
        "when '{phrase}' is said what is the picture",
    ],
    "unanswerable": [
        "State the name of the person who made this video.",
        "Give the date on which this video was recorded.",
        "Describe the weather outside the room where this was recorded.",
        "State the price that was paid for the camera used here.",
        "I am sorry, but who sent me this? Do you know their name?",
        "what happened after the video finished, did they carry on",
        "Would you know what make of camera this was done on? I am thinking of buying one.",
        "how much did it cost to make this and where do the people who made it live",
    ],
    "open": [
        "Describe the video in two or three sentences.",
        "State the main topic of this video.",
        "Summarise what happens in the clip.",
        "What is this video about? Give a short description for the learners.",
        "I am sorry, I do not really understand what this is. What is it all about, then?",
        "my daughter put this on the tablet for me, could you tell me whats in it before I watch it",
        "Could you describe it for me? I cannot see the little screen very well. And is it worth watching?",
        "whats going on in this video",
    ],
}

#: "shot count" phrasings that ask for the cuts (shots - 1).
BLIND28_CUT_PHRASINGS = {
    "How many times does the picture cut to something new? Give a number.",
    "how many times does it change over from one scene to the next one, my old television never did that",
    "the number of cuts in this video, how many is it",
}
#: "order" phrasings answered yes/no: yes iff {a} is shown first.
BLIND28_ORDER_YESNO = {
    "Is {a} shown before {b}? Answer yes or no.",
    "did the word {b_low} come after {a_low}, sorry if thats a silly question",
}

BLIND28_START_WORD = "Name the word on the screen right at the very beginning of the video."
BLIND28_MIDDLE_WORD = "sorry, about halfway through there is a word up on the screen, what is it"
BLIND28_END_WORD = "State the word shown at the very end of the clip."
BLIND28_HEAR = "did I hear somebody say '{word}' in it, or am I going deaf? yes or no will do"
BLIND28_VIDEO_LENGTH = [
    "State the total length of the video.",
    "How long does the whole clip last, in seconds?",
    "how long is this whole thing, I dont want to sit through anything too long",
    "Sorry, could you tell me how many minutes or seconds it runs for, from start to finish?",
]

# The slideshow's own questions.
BLIND28_FIRST_PHOTO = "State what is pictured in the first photo of the slideshow."
BLIND28_HALFWAY_PHOTO = "about halfway through, sorry, what was the picture then"
BLIND28_LAST_PHOTO = "Name what is shown in the final picture."
BLIND28_PHOTO_COUNT = "how many pictures are there in this altogether, I counted a few but I may have missed one"
BLIND28_BUBBLES = "Were there bubbles floating about in one of them pictures, like soap bubbles? Yes or no."
BLIND28_LAKE_NAME = "What is the name of the lake in the picture with the wooden boards? I think I have been there."
BLIND28_ROCKET_FARE = "State how much a ride on the red rocket costs."
BLIND28_PEAK_HEIGHT = "Give the height in metres of the tallest mountain in the last picture."
