"""Phrasings of the `blind17` split, written blind: without reading the answering code, its tests, its docs
or any other split's phrasings;
only qa_bank.py, qa_bank_score.py's word-matching rule and the truth tables (qa_bank_cases*.py) were read.

The voices (each type has 8 phrasings, mixed across them, each built differently):
- a retired man who writes long, courteous messages with a greeting, an apology and a thank-you;
- a French speaker, half of his questions in French and half in a French-flavoured English;
- a journalist on deadline: clipped, imperative, "need this now", sometimes two questions in one;
- a nervous first-time computer user who apologises, is unsure of the words and rambles a little;
- a teenager texting in lowercase with abbreviations (u, rn, pls, idk, ngl, wat, tho) and no punctuation.

Fields (filled in by qa_bank.Case.ask):
- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
  {s_ord} "eighth" (the eighth second = 7-8 s);
- "order": {a} {b} {a_low} {b_low} (two on-screen words); the yes/no ones are in BLIND17_ORDER_YESNO;
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", a photo, or an object);
- "cross shown": {phrase} (a quote of part of a spoken sentence);
- BLIND17_HEAR: {word}.
"""

BLIND17_TEMPLATES = {
    "word at time": [
        "Good afternoon. I hope you will forgive an old man's curiosity, but I should very much like to know which "
        "word was written on the screen at {mmss}. Many thanks in advance.",
        "Quel mot est écrit à l'écran à {s} secondes ?",
        "word on screen at {hhmmss}? need it for the caption, quick",
        "sorry if this is a silly question, I'm new to all this... there was a word on the screen at about {s} "
        "seconds, could you tell me what it said?",
        "wat word is up at {mmss} lol",
        "Please, at the {s_ord} second of the video, which word is appearing?",
        "At {s_words} seconds into the recording, if I may ask, what word was displayed?",
        "i think theres a word around {s} sec but i cant read it fast enough wat does it say",
    ],
    "shown at time": [
        "Dear assistant, I was watching the slideshow my nephew sent and wondered what picture was on the screen "
        "at {mmss}. Would you be so kind as to describe it for me?",
        "Qu'est-ce qu'on voit à l'image à {s} secondes ?",
        "describe the frame at {hhmmss}. one line",
        "Um, hello, at {s_words} seconds there's a picture and I'm not sure what it's of. What is it please?",
        "wats the pic at {mmss}",
        "What is shown in the image during the {s_ord} second, please?",
        "At the {s}-second mark what exactly is pictured, and what colour is it mostly?",
        "ok so at like {s} secs wat am i looking at",
    ],
    "spoken": [
        "Good morning. My hearing is not what it once was, so I wonder whether you could tell me, in your own "
        "words, what is being said in this recording. I would be most grateful.",
        "Qu'est-ce qu'on entend dans la vidéo ? Qu'est-ce qui est dit ?",
        "need the quote. what's said in the audio, verbatim if possible",
        "I'm sorry, I can't get the sound to work on this computer. Is anybody talking in the video, and what do "
        "they say?",
        "wat do they say in it",
        "Somebody is speaking in the video, no? What are the words?",
        "Transcribe the speech for me. Whatever is said out loud, all of it.",
        "idk if my speakers r broken but is there talking? wat did they say",
    ],
    "order": [
        "I beg your pardon for the trouble, but between the words {a} and {b}, which one was put on the screen "
        "first? I lost track rather quickly.",
        "Le mot {a} apparaît-il avant le mot {b} ?",
        "{a} or {b}: which came up first. confirm",
        "Sorry, I saw two words, {a} and {b} I think, but I don't remember which one came first. Could you "
        "tell me?",
        "did {a_low} come b4 {b_low}",
        "Which word is first on the screen, {a} or {b}?",
        "Kindly settle a small dispute for me: was it {b} that appeared ahead of {a}, or the other way around?",
        "{a_low} then {b_low} or {b_low} then {a_low}??",
    ],
    "shot count": [
        "Hello there. I am putting together a little album and should like to know, if it is not too much "
        "bother, how many separate scenes this video is made up of.",
        "Combien de fois l'image change-t-elle dans cette vidéo ?",
        "shot count. number only",
        "I'm not very good with these things, sorry. How many different parts, or pictures, is the video made of? "
        "I tried to count but I think I got it wrong.",
        "how many cuts r there",
        "How many shots does this video have in total, please?",
        "Would you count the scenes for me? I mean the distinct shots from beginning to end.",
        "how many diff scenes is it ngl i lost count",
    ],
    "first appearance": [
        "Forgive me for asking, but at what moment does the word {word} first make its appearance on the screen? "
        "I should like to pause the recording there.",
        "À quel moment le mot {word} apparaît-il pour la première fois ?",
        "timestamp for {word}, first appearance",
        "I'm sorry to bother you, when does the word {word} come up? The first time, I mean. I need to find it "
        "again and I don't know how to skip around.",
        "when does {word_low} pop up",
        "The word {word} — when do we see it the first time?",
        "Tell me the exact time {word} is first written on screen, and whether it's near the start or the end.",
        "at wat time does it first say {word_low}",
    ],
    "word count": [
        "Good evening. Would you be able to tell me how many different words appear written on the screen over "
        "the course of this video? Repeats need not be counted twice.",
        "Combien de mots différents sont écrits à l'écran ?",
        "how many distinct on-screen words total. need the number",
        "Sorry, this is probably obvious, but how many words come up on the screen? Different ones, I mean, not "
        "counting the same word again.",
        "how many words show up on screen",
        "How many different words we can read in the video?",
        "Count the distinct words written across the whole clip for me, if you would.",
        "like how many diff words is it in total",
    ],
    "presence": [
        "I do apologise if I missed it myself, but does {thing} appear anywhere in this video? A simple yes or no "
        "would be perfectly sufficient.",
        "« {thing} » : est-ce que ça apparaît dans la vidéo, oui ou non ?",
        "{thing}: in the video or not? yes/no",
        "Sorry, I'm not sure I saw properly. Did {thing} come up in it at any point?",
        "does {thing} show up in it or nah",
        "Can you confirm me if {thing} appears in this video?",
        "Does this recording contain {thing} at all?",
        "ok random q but do u see {thing} anywhere",
    ],
    "visual when": [
        "If it is not too much trouble, I wonder whether you might tell me at what point in the slideshow "
        "{thing} can be seen. I should like to show it to my wife.",
        "À quel moment on voit « {thing} » à l'écran ?",
        "when's {thing} on screen. timecode",
        "Um, I'm looking for the part with {thing}. When is it? I'm sorry, I can't find it.",
        "when do u see {thing}",
        "{thing} is on the screen between which seconds?",
        "From when until when is {thing} being shown, roughly?",
        "wat time is {thing} on",
    ],
    "duration": [
        "Good day. For my records, could you tell me for how many seconds {thing} remains visible on the screen? "
        "I thank you kindly for your help.",
        "Pendant combien de temps reste « {thing} » à l'écran ?",
        "how long is {thing} up. seconds",
        "Sorry, how long does {thing} stay on the screen? It went by before I could look properly.",
        "how long is {thing} on for",
        "For how many seconds is {thing} shown, please?",
        "Give me the on-screen duration of {thing}, start to finish.",
        "{thing} stays on how long tho",
    ],
    "people count": [
        "Hello. I am trying to work out who is who in this video. Could you kindly tell me how many people can be "
        "seen in it?",
        "Combien de personnes il y a dans la vidéo ?",
        "headcount: how many people on camera",
        "I hope this isn't a strange question, but are there people in this? How many of them? I worry I'm "
        "missing someone.",
        "how many ppl r in it",
        "How many persons we can see in this video, at the most at the same time?",
        "Count the people who appear, the most in frame at once.",
        "is it just like 1 person or wat, how many ppl",
    ],
    "cross said": [
        "Pardon my asking, but while {thing} was on the screen, was anything said? If so, I should be glad to "
        "know what the words were.",
        "Quand « {thing} » est à l'écran, qu'est-ce qui est dit ?",
        "what's being said while {thing} is up? exact words",
        "When {thing} is showing, I think someone says something but I didn't catch it. What was it, please?",
        "wat do they say when {thing} is on",
        "During the moment of {thing}, what is the voice saying?",
        "What's spoken over {thing}, if anything?",
        "someone talks during {thing} right? wat did they say",
    ],
    "cross shown": [
        "When the voice says \"{phrase}\", I was not looking at the screen. Would you be good enough to tell me "
        "what was shown at that moment?",
        "Qu'est-ce qu'on voit quand la voix dit « {phrase} » ?",
        "visual under the line '{phrase}'? describe",
        "Sorry, when they say \"{phrase}\", what is on the screen then? I looked away for a second.",
        "wats on screen when they go \"{phrase}\"",
        "What do we see at the moment the person says \"{phrase}\"?",
        "Tell me what's on screen while \"{phrase}\" is being said.",
        "\"{phrase}\" <- wat's showing rn at that bit",
    ],
    "unanswerable": [
        "Good afternoon. I am sorry to trouble you with this, but could you tell me the full name of the person "
        "who made this video? I should like to write to them and say thank you.",
        "Combien a coûté la caméra qui a filmé cette vidéo ?",
        "who commissioned this clip and what did they pay for it? need it for the story",
        "I'm sorry, this might be a dumb question, but how old is the person who made this? Are they about my "
        "age?",
        "wat happens after the video ends",
        "What is the brand of the computer that was used to make this?",
        "Which city was the person who uploaded this living in at the time?",
        "whats the creators phone number lol",
    ],
    "open": [
        "Good morning. My grandson sent me this and I am afraid I cannot make head or tail of it. Would you be so "
        "kind as to describe, in plain terms, what it is about?",
        "De quoi parle cette vidéo ?",
        "summary of the clip, 2 sentences max, on deadline",
        "Hello, I'm sorry, I'm still learning how to use this. Could you tell me what this video is, what's in "
        "it? I don't want to click the wrong thing.",
        "wat is this vid even",
        "Please, can you describe me everything we see and hear in this video?",
        "Walk me through the whole thing: the pictures, the words and whatever's said.",
        "tldr of this pls",
    ],
}

BLIND17_CUT_PHRASINGS = {
    "Combien de fois l'image change-t-elle dans cette vidéo ?",
    "how many cuts r there",
}

BLIND17_ORDER_YESNO = {
    "Le mot {a} apparaît-il avant le mot {b} ?",
    "did {a_low} come b4 {b_low}",
}

BLIND17_START_WORD = ("Excuse me for troubling you once more, but which word is on the screen right at the "
                      "very beginning, as soon as the video starts?")
BLIND17_MIDDLE_WORD = "Quel mot est à l'écran à peu près au milieu de la vidéo ?"
BLIND17_END_WORD = "wat word is on screen at the very end rn"
BLIND17_HEAR = "Sorry, I couldn't hear well. Does anyone actually say the word \"{word}\" out loud in this video?"

BLIND17_VIDEO_LENGTH = [
    "Would you kindly tell me how long this video lasts altogether? I like to know before I start watching.",
    "Quelle est la durée totale de la vidéo ?",
    "runtime? seconds",
    "how long is this vid",
]

# Slideshow photos-W's own questions (truth in qa_bank_cases_blind17.py).
BLIND17_FIRST_PHOTO = ("Sorry, I'm new to this. What is the very first picture that comes up when the slideshow "
                       "starts? What does it look like?")
BLIND17_HALFWAY_PHOTO = "Qu'est-ce qu'on voit à l'image vers la moitié de la vidéo ?"
BLIND17_LAST_PHOTO = "last pic b4 it ends, wat is it"
BLIND17_PHOTO_COUNT = "Count the pictures in the slideshow. How many, total?"
BLIND17_WOOD = ("I am a retired carpenter, so forgive the question, but is there anything made of wood, or "
                "looking like wood, in any of these pictures?")
BLIND17_ICON_ARTIST = "who drew all those tiny icons, need the artist's name for the credit line"
BLIND17_PANEL_PRICE = "Combien coûte un mur de lattes en bois comme celui de la photo, au mètre ?"
BLIND17_BLOCKS_YEAR = "wat year was the pic with the black n white blocks made"
