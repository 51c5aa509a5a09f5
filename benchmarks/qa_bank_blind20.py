"""Phrasings of the `blind20` split, written blind.

Written without reading the answering code (videochat/llm/, videochat/session.py), its tests, its docs or any
other split's phrasings; the truth (qa_bank_cases_blind20.py) comes from looking at the photos and from what
the generated clips are told to show and say.

The voices, mixed within every question type:
- a data labeller working fast through a queue (lower case, abbreviations, typos, no punctuation);
- an impatient boss (imperatives, "just", "now", no greetings);
- a ten-year-old child (chatty, excited, homework and teacher talk, loose spelling);
- an elderly woman unsure of technology (long polite preambles, apologies, the grandson who sent the video);
- a Portuguese-English speaker (English with Portuguese words and whole Portuguese clauses mixed in).

Fields, filled in by qa_bank.py:
- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven",
  {s_ord} "eighth" (as in "the eighth second" = 7-8 s);
- "order": {a} {b} (on-screen words, upper case) and {a_low} {b_low}; the yes/no ones are in BLIND20_ORDER_YESNO
  (yes iff {a} shows first);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing} ("the word X", "a dog", "the red fire truck");
- "cross shown": {phrase} (part of a spoken sentence);
- "shot count": the ones counting cuts (shots - 1) are in BLIND20_CUT_PHRASINGS;
- the others have no fields. BLIND20_HEAR has {word}.
"""

from __future__ import annotations

BLIND20_TEMPLATES = {
    "word at time": [
        "word on screen @ {mmss}?? need it for the label",
        "What word is on the screen at {s} seconds. Just the word.",
        "at {s_words} seconds there is a word on the screen what is it, i have to write it in my homework",
        "Good afternoon. My grandson sent me this and I'm not sure I'm looking at it properly. At {hhmmss} there "
        "seems to be a word written across the picture, could you please tell me what it says?",
        "qual é a palavra que aparece at {mmss}? the word on screen, por favor",
        "txt visible during the {s_ord} second = ?",
        "I paused it at {mmss} and I need that word typed out for the report, read it for me",
        "ok so like {s} seconds in theres a big word what word is it??",
    ],
    "shown at time": [
        "what's in the frame at {mmss}, quick desc",
        "Tell me what picture is up at {s} seconds.",
        "whats the picture at {s_words} seconds i cant see it properly",
        "Excuse me, I'd like to know what the photograph is at {hhmmss}. I'm afraid the screen is small on my "
        "tablet and I can't make it out.",
        "o que está na imagem aos {s} segundos? what is shown there",
        "At {mmss} what is being shown, one line please",
        "image @ {s}s -> subject?",
        "during the {s_ord} second of the video what are we looking at",
    ],
    "spoken": [
        "transcribe the speech, whatever is said",
        "What does the voice say? Give it to me word for word.",
        "somebody talks in the video what do they say",
        "I heard a gentleman, or perhaps a lady, speaking in this little film but the sound on my computer is "
        "very quiet. Would you be so kind as to write down what they said?",
        "o que é dito no vídeo? what do they say exactly",
        "any audio? if yes what's being said",
        "Someone narrates this, right? I need the words, not a summary.",
        "what are the words the person says out loud",
    ],
    "order": [
        "{a_low} before {b_low}? y/n",
        "Which comes up first, {a} or {b}? I don't need anything else.",
        "my teacher asked which word comes first in the video {a} or {b} what do i put",
        "Forgive me if this is a silly question, but I saw the words {a} and {b} in the video my grandson sent. "
        "Which of the two came first?",
        "a palavra {a} aparece antes de {b}? does {a} come first",
        "order of appearance: {b_low} / {a_low}",
        "Is {a} shown earlier than {b}? Yes or no.",
        "did i see {b} first or was it {a} first, which one",
    ],
    "shot count": [
        "# of shots in clip",
        "How many scenes are there in total? A number, please.",
        "how many different pictures or scenes are there in the video",
        "I'm trying to understand how this video is put together. How many separate parts or scenes does it "
        "have, if you don't mind counting them for me?",
        "quantas cenas tem o vídeo? how many shots",
        "count the cuts between shots",
        "Give me the number of distinct shots. Now.",
        "how many different bits is this video made of like with different backgrounds",
    ],
    "first appearance": [
        "first frame w/ {word} - timestamp",
        "When does {word} first show up? Give me the time.",
        "at what time does the word {word_low} come on the screen the first time",
        "I noticed the word {word} somewhere in this video. Could you tell me at what point it first appears, "
        "so I can show my friend?",
        "em que momento aparece {word} pela primeira vez? the first time, in seconds",
        "{word_low} first appears at?",
        "Find the first appearance of {word} and give me the exact second.",
        "how many seconds until i can see {word}",
    ],
    "word count": [
        "total distinct words on screen?",
        "How many different words appear on screen? Just the count.",
        "how many words pop up in the video if you dont count the same one twice",
        "I keep seeing words come and go on the screen and I lose track. How many different ones are there "
        "altogether, dear?",
        "quantas palavras diferentes aparecem? how many different words",
        "count of unique on-screen words pls",
        "Number of different written words shown in this clip. Go.",
        "i counted the words on the screen but i think i got it wrong how many different ones are there",
    ],
    "presence": [
        "{thing} in clip? y/n",
        "Is {thing} in this video or not?",
        "can you find {thing} anywhere in the video",
        "My eyesight isn't what it used to be. Is {thing} anywhere in this video?",
        "tem {thing} no vídeo? is it there",
        "confirm presence: {thing}",
        "Does {thing} appear at any point? Yes or no, don't explain.",
        "my sister says {thing} isnt in the video but i think it is, is it?",
    ],
    "visual when": [
        "timestamp for {thing}",
        "When is {thing} on screen? Give me the times.",
        "when does {thing} come on",
        "I would very much like to see {thing} again. Could you tell me at what time in the video it is, "
        "so I can find it?",
        "em que parte do vídeo aparece {thing}? when, in seconds",
        "{thing} visible from when to when",
        "At what point in the video do we see {thing}?",
        "what time do i skip to for {thing}",
    ],
    "duration": [
        "{thing} on screen how many sec",
        "How long is {thing} shown? Seconds.",
        "how long does {thing} stay there before it goes away",
        "I wonder, for how many seconds is {thing} shown? It seemed to go by so quickly.",
        "quanto tempo fica {thing} na tela? how long",
        "duration of {thing} in the clip",
        "Tell me how many seconds we spend on {thing}.",
        "is {thing} on for a long time or short time like how many seconds",
    ],
    "people count": [
        "people count (max in one frame)",
        "How many people are in this video? A number.",
        "how many people are in the video",
        "Could you tell me how many people appear in this? I'd like to know if I know any of them.",
        "quantas pessoas aparecem? how many persons at the same time",
        "num persons visible at once?",
        "Count the people on screen. The most at any one time.",
        "are there any people in it and how many",
    ],
    "cross said": [
        "speech during {thing}?",
        "What is said while {thing} is on screen?",
        "when {thing} is there what does the voice say",
        "While {thing} was showing, I think somebody said something, but I missed it. What did they say?",
        "o que falam enquanto aparece {thing}? what is said then",
        "audio that overlaps {thing}, transcribe",
        "Give me the words spoken during {thing}. Exactly.",
        "what do they talk about when we see {thing}",
    ],
    "cross shown": [
        "visual while '{phrase}' is said?",
        "What's on screen when someone says \"{phrase}\"?",
        "when the voice says {phrase} what is on the screen",
        "Somebody says \"{phrase}\" in this video. Can you tell me what the picture was at that moment? I "
        "didn't look up in time.",
        "o que aparece na tela quando dizem \"{phrase}\"? what is shown",
        "frame content at the line \"{phrase}\"",
        "Tell me what we're looking at while the words '{phrase}' are spoken.",
        "what can you see right when they say {phrase}",
    ],
    "unanswerable": [
        "who uploaded this? username",
        "What did it cost to make this video? Give me the figure.",
        "what is the name of the person who made this video",
        "Could you tell me what the weather was like outside on the day this was filmed? My grandson said it "
        "was raining.",
        "qual é a marca da câmera usada? what camera brand",
        "what happens right after the clip ends",
        "Who's the client on this and when's the deadline?",
        "what is the phone number of the people who made this",
    ],
    "open": [
        "summarise clip content, 1-2 lines",
        "What is this video about? Short answer.",
        "can you tell me what happens in the video",
        "I'm not sure what this is that my grandson has sent me. Could you describe it for me in plain words?",
        "sobre o que é este vídeo? describe it please",
        "desc of the whole vid pls, visuals + audio",
        "Describe this video. Everything relevant, no fluff.",
        "whats this video i dont get it explain it",
    ],
}

#: "shot count" phrasings that count cuts (shots - 1) rather than shots.
BLIND20_CUT_PHRASINGS = {
    "count the cuts between shots",
}

#: "order" phrasings answered yes/no: yes iff {a} is shown first.
BLIND20_ORDER_YESNO = {
    "{a_low} before {b_low}? y/n",
    "a palavra {a} aparece antes de {b}? does {a} come first",
    "Is {a} shown earlier than {b}? Yes or no.",
}

BLIND20_START_WORD = "whats the word right at the very start of the video when it begins"
BLIND20_MIDDLE_WORD = "Which word is on screen about halfway through? Just the word."
BLIND20_END_WORD = "e no final do vídeo, qual palavra aparece? the word at the very end"
BLIND20_HEAR = "Pardon me, but does anyone actually say the word \"{word}\" out loud in this video? I thought I heard it."
BLIND20_VIDEO_LENGTH = [
    "clip length?",
    "How long is this video? Total.",
    "how long is the video in seconds",
    "quanto tempo dura o vídeo? how long is it",
]

# The photos-Z slideshow's own questions (truth in qa_bank_cases_blind20.py).
BLIND20_FIRST_PHOTO = "first pic in the slideshow = ? one word"
BLIND20_HALFWAY_PHOTO = "What's the picture halfway through the video? Just tell me."
BLIND20_LAST_PHOTO = "what is the last picture at the end of the video"
BLIND20_PHOTO_COUNT = "quantas fotos diferentes tem? how many different photos are in it"
BLIND20_GRASS = "I wonder, dear, is there any green grass to be seen in any of these pictures?"
BLIND20_TIGER_NAME = "what is the tigers name"
BLIND20_TRUCK_PRICE = "How much did that fire truck cost? Ballpark figure, now."
BLIND20_MIXER_YEAR = "em que ano foi comprada a betoneira? the cement mixer, what year was it bought"
