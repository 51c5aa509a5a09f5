"""Phrasings of the `blind46` split, written blind.

One helper wrote these without reading the answering code, its tests or any other split's phrasings. Two voices
take turns: a busy chef in the middle of service (kitchen jargon, shouting in capitals, orders barked at the
assistant: "yes chef", "behind", "all day", "heard", "in the weeds"), and a very anxious person (apologetic,
hedging, over-explaining, second-guessing). English only.

Fields: "word at time" and "shown at time" take {mmss} {s} {hhmmss} {s_words} {s_ord}; "order" takes {a} {b}
{a_low} {b_low}; "first appearance" takes {word} {word_low}; "presence", "visual when", "duration" and
"cross said" take {thing}; "cross shown" takes {phrase}; BLIND46_HEAR takes {word}; the rest take none.
"""

from __future__ import annotations

BLIND46_TEMPLATES = {
    "word at time": [
        "WHAT WORD IS ON THE SCREEN AT {mmss}?? need it now, tickets are stacking up",
        "behind! ok quick one, second {s} of the clip, which word's up on the screen",
        "yes chef, the word showing at {hhmmss}, call it out",
        "whats the word at {s_words} seconds in fire it over",
        "Sorry to bother you, and I'm not totally sure I'm asking this right, but during the {s_ord} second of "
        "the video is there a word on the screen, and if so which one? Sorry.",
        "um, I think I missed it, so apologies if this is obvious... what word was written on screen at {mmss}? "
        "I just want to be sure I didn't misread it",
        "I hope this isn't a silly question. Which word is displayed at {s} seconds? I'd rather ask than guess wrong",
        "I'm so sorry, I know you're busy. Could you tell me the on-screen word at the {hhmmss} mark? I keep "
        "second-guessing myself",
    ],
    "shown at time": [
        "WHAT'S ON SCREEN AT {mmss}, what picture, tell me what we're looking at",
        "heard. now second {s}, what's the photo of",
        "picture at {hhmmss} what is it go go go",
        "at {s_words} seconds whats in the shot? dont give me a novel just the thing",
        "I'm sorry if I'm asking this badly, but what's pictured at {mmss}? I think it's a photo but I can't tell "
        "what of, and I don't want to assume",
        "Apologies in advance: in the {s_ord} second, what exactly is being shown? I might have blinked.",
        "so sorry, could you possibly describe which photo is up at {hhmmss}? even a rough idea would really help, "
        "thank you so much",
        "I don't want to be a pain but what's the picture showing at {s} seconds in? I keep thinking I saw "
        "something and now I'm doubting it",
    ],
    "spoken": [
        "WHAT ARE THEY SAYING? somebody's talking in this thing and I can't hear over the extractor fan",
        "what's said in the video, word for word if you got it",
        "Give me the speech. All of it. What gets said.",
        "somebody read me back what the voice says in this clip like you're reading a ticket",
        "Sorry, this might be a dumb question, but is anything said out loud in this video, and if so what? I had "
        "my sound low, I think, maybe",
        "I'm really sorry to ask, I just want to be sure I heard it correctly... what does the voice in the video "
        "actually say?",
        "apologies, I tend to overthink things, but could you please write out the words that are spoken in this "
        "clip? I don't trust my ears",
        "um hi sorry. whats spoken in the video? I would have listened again but I didn't want to waste your time, "
        "or mine I suppose. sorry",
    ],
    "order": [
        "{a} or {b}, which hits the screen first? quick",
        "does {a_low} come up before {b_low}? yes or no chef",
        "ORDER CHECK: {a} and {b}, which one shows up first",
        "which word was on screen first out of {a_low} and {b_low}, and dont make me ask twice",
        "Sorry, I'm trying to get the order straight in my head. Did the word {a} appear earlier than the word "
        "{b}? I think so but I'm not confident.",
        "I might be mixing them up, so sorry, but between {b_low} and {a_low}, which one appeared on the screen "
        "first?",
        "apologies if this is confusing: I saw both {a} and {b} written at some point. Which came first? I really "
        "don't want to get it backwards",
        "Is it correct that {a_low} was shown before {b_low}? Sorry, I just need to double-check, I don't want to "
        "tell someone the wrong thing",
    ],
    "shot count": [
        "HOW MANY SHOTS in this thing, count em",
        "how many scenes we got all day",
        "how many times does it cut? number only",
        "Tell me the number of different shots, I've got a pan on",
        "Sorry if this is a weird thing to ask, but how many separate scenes are there in the video? I tried "
        "counting and lost track, twice",
        "I hope I'm using the right word... how many shots does the video have? Like distinct camera shots. Sorry, "
        "I'm not a film person",
        "um, how many cuts or scene changes happen in the clip? I'm sorry, I know it's tedious",
        "would you mind counting how many shots there are? I'd do it myself but I'm worried I'll get it wrong",
    ],
    "first appearance": [
        "WHEN DOES {word} FIRST SHOW UP? timestamp, now",
        "first time {word_low} pops up on screen, when",
        "gimme the time {word} appears for the first time, yes chef",
        "at what point does the word {word_low} first come on screen im plating here hurry",
        "Sorry, when does the word {word} first appear in the video? I just need the time, if that's okay",
        "I'm so sorry to bother you again. How far into the clip is {word_low} first written on screen? I think I "
        "saw it but I couldn't tell you when",
        "apologies, could you tell me the timestamp where {word} appears for the very first time? I want to be "
        "accurate",
        "I feel silly asking, but at what time does the word {word_low} show up initially? Not later on, the "
        "first time. Sorry for over-explaining",
    ],
    "word count": [
        "HOW MANY DIFFERENT WORDS ON SCREEN, count em up",
        "how many distinct words pop up in this, dont count repeats",
        "number of different words that get shown, all day, go",
        "count the different on-screen words for me, unique ones only, heard?",
        "Sorry, I'm trying to make a list. How many different words appear written on screen in total? Repeats "
        "shouldn't count, I think",
        "I hope this makes sense: if you count each word shown on screen only once, how many different ones are "
        "there? I'm sorry, I'm bad with numbers",
        "um how many unique words show up in the video's text? I lost count and I'm kind of panicking about it",
        "Apologies for the odd question. How many different words are displayed on screen over the whole video? "
        "Not the spoken ones, just the written ones",
    ],
    "presence": [
        "is {thing} anywhere in this video? yes or no, fast",
        "{thing}, is it in the clip or not",
        "CHECK IT: does {thing} show up anywhere",
        "do I see {thing} in this or am I losing it after a double shift",
        "Sorry, this might sound odd, but is {thing} in the video at all? I thought I noticed it, but I'm not sure",
        "I don't want to assume anything. Does the video contain {thing}? Sorry if I'm wasting your time",
        "I'm probably imagining it, but was {thing} in there somewhere? Please tell me honestly, yes or no",
        "apologies, quick question, does {thing} appear in this clip? I keep going back and forth on it",
    ],
    "visual when": [
        "WHEN IS {thing} ON SCREEN? give me the times",
        "{thing}, what time's it up",
        "at what point do we see {thing}, need it for the pass",
        "timestamp for {thing} chef, from when to when",
        "Sorry, when exactly does {thing} appear in the video? I don't want to skip around and miss it",
        "I'm so sorry, I know this is fiddly, but at what time is {thing} being shown? A rough window is fine, or "
        "exact if that's easier, sorry",
        "um could you tell me when {thing} is visible? I had a feeling I saw it but honestly I couldn't say "
        "when",
        "apologies if I've described it wrong, but when do we see {thing}?",
    ],
    "duration": [
        "HOW LONG IS {thing} UP FOR? seconds",
        "how many seconds does {thing} stay on screen",
        "{thing}, how long we holding on it",
        "how long's {thing} shown, like how long does it sit there before it's gone",
        "Sorry, roughly how long is {thing} shown for? I'm trying to time something and I'm nervous I'll get it "
        "wrong",
        "I hope this isn't too picky, but for how many seconds is {thing} visible? Start to finish, I mean",
        "apologies, could you tell me how long {thing} is on screen? I wasn't watching the clock, sorry",
        "um, how much time does {thing} get in the video? is it a long stretch or just a moment? sorry, I'm "
        "overthinking this",
    ],
    "people count": [
        "HOW MANY PEOPLE IN IT, headcount",
        "how many bodies on screen at once, max",
        "count the people for me, how many folks are in this clip",
        "how many people we got in the video, tell me quick, im short staffed and curious",
        "Sorry, how many people appear in the video? If there are several at once I mean the most at one time, I "
        "think that's what I mean",
        "I'm sorry if this is a strange question, but are there any people in the video, and how many? I don't "
        "want to miss anyone",
        "um, what's the largest number of people visible at the same moment? apologies for the clunky wording",
        "would you be able to tell me how many people show up in this? sorry, I'm just nervous about getting the "
        "details right",
    ],
    "cross said": [
        "WHAT'S BEING SAID WHILE {thing} IS UP?",
        "while {thing} is on screen what does the voice say",
        "{thing} is showing, what's the audio at that point, call it",
        "what do they say during {thing}, word for word chef",
        "Sorry, I'm trying to connect the sound and the picture. What's said out loud while {thing} is on screen? "
        "If nothing, that's fine too, sorry",
        "I hope this makes sense: when {thing} is visible, what words are spoken at the same time?",
        "apologies, I'm not great with audio, but what's being said during the part with {thing}?",
        "um, so while we can see {thing}, is anyone speaking, and what are they saying? I'm sorry, I've asked a lot "
        "of questions",
    ],
    "cross shown": [
        "WHAT'S ON SCREEN WHEN THEY SAY \"{phrase}\"?",
        "someone says {phrase}, what are we looking at right then",
        "right when the voice goes \"{phrase}\" whats showing, quick",
        "what's up on the screen at the bit where you hear {phrase}",
        "Sorry, at the moment someone says \"{phrase}\", what is shown in the video? I'd like to match them up, if "
        "that's okay",
        "I'm sorry to be so specific, but during the words \"{phrase}\", what can be seen on screen?",
        "um, what's displayed while the line '{phrase}' is being spoken? I think I was looking away, sorry",
        "apologies, could you tell me what picture or text is on the screen when the speaker says {phrase}?",
    ],
    "unanswerable": [
        "WHO FILMED THIS? name, now",
        "how much did this video cost to make, ballpark, I'm doing the books",
        "what brand of camera shot this chef",
        "what was the temperature in the room where they made this, hot as my kitchen or what",
        "Sorry, I know this might not be in the video, but what's the name of the person who made it? I'd like to "
        "credit them properly",
        "I'm sorry, this is probably a silly question, but how many people have watched this video so far?",
        "apologies if this is impossible to know, but what was the weather like outside when this was recorded?",
        "um, what did the person who edited this have for lunch that day? sorry, I'm just curious and it's "
        "bugging me",
    ],
    "open": [
        "WHAT IS THIS VIDEO ABOUT, one line",
        "give me the rundown on this clip, what's in it",
        "describe the video, short, I'm in the weeds",
        "break this video down for me like a menu, what we got",
        "Sorry, could you describe what this video is about? I watched it but I'm not sure I understood it",
        "I hope it's okay to ask for this... would you summarise the video for me? Whatever's in it, pictures, "
        "words, anything",
        "um, what's going on in this video overall? apologies, I know that's vague",
        "I'm sorry to ask something so broad, but what happens in this clip, from start to finish?",
    ],
}

BLIND46_CUT_PHRASINGS = {
    "how many times does it cut? number only",
    "um, how many cuts or scene changes happen in the clip? I'm sorry, I know it's tedious",
}
BLIND46_ORDER_YESNO = {
    "does {a_low} come up before {b_low}? yes or no chef",
    "Sorry, I'm trying to get the order straight in my head. Did the word {a} appear earlier than the word "
    "{b}? I think so but I'm not confident.",
    "Is it correct that {a_low} was shown before {b_low}? Sorry, I just need to double-check, I don't want to "
    "tell someone the wrong thing",
}

BLIND46_START_WORD = "WHAT WORD IS UP RIGHT AT THE START, first thing on the screen"
BLIND46_MIDDLE_WORD = ("Sorry, which word is on the screen about halfway through the video? I might be off by a bit, "
                       "sorry")
BLIND46_END_WORD = "last word on screen at the very end what is it, closing time"
BLIND46_HEAR = ("I'm sorry, I might have misheard, but is the word \"{word}\" actually said out loud in the video? "
                "yes or no is fine")
BLIND46_VIDEO_LENGTH = [
    "HOW LONG IS THIS CLIP, total run time",
    "how long's the whole video chef, start to finish",
    "Sorry, how long is the video in total? I want to make sure I have enough time",
    "um, what's the full length of this video? apologies, I should probably know",
]

# The slideshow photos-B46's own questions.
BLIND46_FIRST_PHOTO = "first picture in the slideshow, what is it, shout it"
BLIND46_HALFWAY_PHOTO = ("Sorry, what's being shown about halfway through? I think it's a photo of something but I'm "
                         "not sure what")
BLIND46_LAST_PHOTO = "LAST PHOTO, what's it of, we're closing"
BLIND46_PHOTO_COUNT = ("I'm sorry, how many different photos are in this slideshow? I tried counting and I keep "
                       "getting different numbers")
BLIND46_BULB_BASE = ("Sorry, this is very specific, but the light bulb in the pictures, does it have a metal screw "
                     "base at the bottom? I think so? yes or no")
BLIND46_BEAR_NAME = "whats the bear called? its name, like the zoo gave it a name right"
BLIND46_STRAWBERRY_PRICE = "how much did that strawberry cost per punnet, I'm costing a dessert"
BLIND46_SEA_LION_DATE = ("Sorry, do you know on what date the sea lion picture was taken? I'm worried I'll cite it "
                         "wrong otherwise")
