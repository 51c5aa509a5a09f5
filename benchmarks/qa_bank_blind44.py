"""Phrasings of the `blind44` split (its videos and truth: qa_bank_cases_blind44.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices: an excited wedding planner (exclamation marks, "omg", pet names, lower case, talk of the vows, the
toast slideshow and the cue sheet) and an airline pilot using radio phraseology ("say again", "affirm",
"confirm", "request", "over", "readback"). Fields: "word at time" and "shown at time": {mmss} {s} {hhmmss}
{s_words} {s_ord}; "order": {a} {b} {a_low} {b_low}; "first appearance": {word} {word_low}; "presence",
"visual when", "duration", "cross said": {thing}; "cross shown": {phrase}; BLIND44_HEAR: {word}.
"""

from __future__ import annotations

BLIND44_TEMPLATES = {
    "word at time": [
        "omg quick question!! what word is up on the screen at {mmss}? i need it for the save-the-date",
        "Tower, confirm the word displayed at time {hhmmss}, over.",
        "so at {s} seconds in there's some text on screen, which word is it exactly",
        "Say again the on-screen word during the {s_ord} second, how do you read.",
        "I'm putting together the reception slides and I need to know the word showing at {s_words} seconds "
        "in, could you tell me pretty please?",
        "word on screen at {mmss}, request readback",
        "Okay okay okay, at the {mmss} mark what does the writing say??",
        "Please advise which word appears on the display at {s} seconds in. I say again, {s} seconds.",
    ],
    "shown at time": [
        "what's pictured at {mmss}?? is it pretty enough for the wedding album",
        "Confirm what is shown on screen at {hhmmss}.",
        "at {s} seconds what photo is up",
        "Request description of the picture displayed during the {s_ord} second, over.",
        "tell me what we're looking at {s_words} seconds in, darling, the bride is dying to know!",
        "Picture at {mmss}, what is it? Say again, what is it.",
        "I'm sooo curious which image is on screen right at {s} seconds",
        "At time {mmss} what does the frame show, go ahead when ready.",
    ],
    "spoken": [
        "what does the voice actually say in this one? tell me everything!!",
        "Say again all spoken words in the recording, over.",
        "can u write out what's being said",
        "Request full readback of the audio.",
        "Is anybody talking in here, and if so what are they saying?",
        "Give me the transcript of the speech, I'll copy.",
        "Oh my gosh I need the exact words spoken for the toast slideshow, what are they",
        "What was said on the frequency, er, in the video I mean?",
    ],
    "order": [
        "which comes up first on screen, {a} or {b}??",
        "Confirm: does {a} appear before {b}? Affirm or negative.",
        "{a_low} and {b_low} both show up at some point. which one was first",
        "Request sequence on {b} and {a}: which was displayed earlier, over.",
        "is {a_low} shown before {b_low} is? just yes or no sweetie",
        "For the run of show I need the order, so tell me whether {a} or {b} appears earlier.",
        "Say again which word came first, {a_low} or {b_low}.",
        "did the word {a} get on screen ahead of the word {b}",
    ],
    "shot count": [
        "how many different shots are there in this clip?",
        "Confirm number of scenes in the video, over.",
        "how many times does the picture cut to something new",
        "Count the cuts for me, how many total?",
        "I'm planning the photo booth loop and need to know how many scenes this has!!",
        "Request shot count.",
        "how many separate scenes do we go thru from start to finish",
        "Say again the number of transitions between shots.",
    ],
    "first appearance": [
        "when does {word} first pop up on screen?",
        "Request time of first appearance of the word {word}, over.",
        "at what point do we first see {word_low}",
        "Confirm the timestamp where {word} is first displayed.",
        "omg i need the exact second {word_low} first shows up for the cue sheet",
        "{word}, first sighting: what time?",
        "How far into the video is it before the word {word_low} appears for the first time?",
        "Say again when {word} comes up the first time.",
    ],
    "word count": [
        "how many different words show up on screen altogether?",
        "Request count of distinct words displayed, over.",
        "count the unique on-screen words for me please, no repeats",
        "So how many separate words appear written on the screen? I'm putting them all on the place cards!",
        "Confirm total number of different words shown.",
        "number of distinct words that appear on the screen?",
        "If you listed every different word that's written on screen how many would there be",
        "How many different words did we see written during the whole thing? Say again the number.",
    ],
    "presence": [
        "is there {thing} anywhere in this video?",
        "Confirm {thing} appears in the video, affirm or negative.",
        "do we ever see {thing}? yes or no",
        "Quick check for the mood board: does {thing} show up at all???",
        "Request visual on {thing}. Is it in there?",
        "Anywhere in the clip, {thing}: present or not?",
        "Would I spot {thing} if I watched the whole video?",
        "Say again, is {thing} in the footage.",
    ],
    "visual when": [
        "when is {thing} on screen?",
        "Request time window for {thing}, over.",
        "at what point in the video do we see {thing}",
        "Confirm timestamps when {thing} is displayed.",
        "ooh I love {thing}! when does it come up?",
        "{thing}: from when to when?",
        "Tell me the moment {thing} shows up, please, I'll cue the string quartet right there",
        "Say again the time {thing} was visible.",
    ],
    "duration": [
        "how long is {thing} shown for?",
        "Request duration of {thing} on screen, over.",
        "for how many seconds does {thing} stay up",
        "Confirm how long {thing} remains visible.",
        "I'm timing the first dance to the slides, so how long do we get {thing}?",
        "{thing}, on screen for how long?",
        "What's the length of time that {thing} is displayed",
        "Say again how long {thing} holds on screen, in seconds.",
    ],
    "people count": [
        "how many people are in this video?",
        "Confirm number of persons visible, over.",
        "how many ppl can you see at once, max",
        "Headcount please!! how many people appear in the video at the same time, at most?",
        "Request a headcount of people visible in the footage.",
        "are there any people in it, and how many",
        "What's the largest number of people on screen together?",
        "Say again how many people show up.",
    ],
    "cross said": [
        "what is being said while {thing} is on screen?",
        "Request readback of speech during {thing}, over.",
        "while we're looking at {thing}, what does the voice say",
        "Confirm what's spoken while {thing} is showing.",
        "omg what do they say during {thing}?? i want it for the vows",
        "{thing} on screen: any words spoken at that time?",
        "Tell me the words heard at the same time as {thing}",
        "Say again the audio while {thing} was displayed.",
    ],
    "cross shown": [
        "what's on screen when someone says \"{phrase}\"?",
        "Request visual at the moment of the call \"{phrase}\", over.",
        "when the voice says '{phrase}' what are we looking at",
        "Confirm what is displayed while \"{phrase}\" is spoken.",
        "right when they say {phrase} what's showing?? need to match the flowers lol",
        "\"{phrase}\": what was in the picture then?",
        "What picture goes along with the words '{phrase}'?",
        "Say again what's on the screen during '{phrase}'.",
    ],
    "unanswerable": [
        "what's the name of the person who made this video?",
        "Confirm the weather at the location outside the frame, over.",
        "how much did it cost to make this",
        "What happens right after the video ends?",
        "Request the make and model of the camera this was filmed with.",
        "Who is getting married, what are the couple's names?!",
        "Say again the flight number the filmmaker flew in on.",
        "what's the phone number of whoever edited this",
    ],
    "open": [
        "what is this video about?",
        "Request a brief description of the video, over.",
        "describe it for me, every little detail, I'm so excited!!",
        "give me the gist of this clip",
        "Confirm the overall content of the footage.",
        "Sum it up for me: what happens in this video?",
        "okay so what's going on in here, tell me like you're telling the bride",
        "Say again, what is this recording showing, in general?",
    ],
}

#: "shot count" phrasings that count cuts (shots - 1).
BLIND44_CUT_PHRASINGS = {
    "how many times does the picture cut to something new",
    "Count the cuts for me, how many total?",
    "Say again the number of transitions between shots.",
}
#: "order" phrasings answered yes/no (yes iff {a} is first).
BLIND44_ORDER_YESNO = {
    "Confirm: does {a} appear before {b}? Affirm or negative.",
    "is {a_low} shown before {b_low} is? just yes or no sweetie",
    "did the word {a} get on screen ahead of the word {b}",
}

BLIND44_START_WORD = "which word is on screen right at the very beginning, before anything else?"
BLIND44_MIDDLE_WORD = "Confirm the word displayed around the halfway point of the video, over."
BLIND44_END_WORD = "omg and what's the word showing at the very end, the final one??"
BLIND44_HEAR = "Did anyone say the word \"{word}\" out loud? Affirm or negative."
BLIND44_VIDEO_LENGTH = [
    "how long is this video in total?",
    "Request total run time of the recording, over.",
    "what's the full length of the clip, minutes and seconds",
    "I need the exact duration of the whole thing for the printed program!",
]

# The slideshow photos-B44's own questions.
BLIND44_FIRST_PHOTO = "what's the very first picture in the slideshow? describe it for me!!"
BLIND44_HALFWAY_PHOTO = "Confirm what picture is on screen at the halfway point of the slideshow, over."
BLIND44_LAST_PHOTO = "and the last photo before it ends, what's in it?"
BLIND44_PHOTO_COUNT = "Request count of photos in the slideshow: how many different pictures?"
BLIND44_BIRD = "is there a bird anywhere in these pictures? yes or no"
BLIND44_BIRD_PARK = "Which park was that little bird photographed in?"
BLIND44_STRIPES_PRICE = "how much would the striped painting cost to buy for the venue?"
BLIND44_SKY_DATE = "Say again the date the night-sky photo over the water was taken."
