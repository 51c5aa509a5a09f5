"""Phrasings of the `blind47` split (its videos and truth: qa_bank_cases_blind47.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
Two voices ask the questions:
- a police dispatcher: clipped, radio talk, codes ("10-4", "over", "copy that", "be advised", "requesting");
- a long-winded grandfather who tells a little story of the old days before he gets to his question.
All in English.

Fields: "word at time" and "shown at time" use {mmss} ("0:07"), {s} (7), {hhmmss} ("00:07"), {s_words}
("seven") and {s_ord} ("eighth", the eighth second = 7-8 s); "order" uses {a} {b} (upper case) and {a_low}
{b_low} (lower case), yes iff {a} shows first for those in BLIND47_ORDER_YESNO; "first appearance" uses {word}
and {word_low}; "presence", "visual when", "duration" and "cross said" use {thing}; "cross shown" uses {phrase}
(a quote of part of a spoken sentence); BLIND47_HEAR uses {word}. The shot-count phrasings in
BLIND47_CUT_PHRASINGS ask for cuts (shots - 1).
"""

from __future__ import annotations

BLIND47_TEMPLATES = {
    "word at time": [
        "Dispatch to unit, need the on-screen word at {mmss}, copy?",
        "10-4, requesting readout of the text displayed at timestamp {hhmmss}. Over.",
        "when i was a lad we had no moving pictures at all, just the wireless and my fathers newspaper on a "
        "sunday. anyway, what word is written on the screen at {s} seconds?",
        "Identify the word visible on screen during the {s_ord} second.",
        "now your grandmother always said I never read the small print, and she was right, so tell me, at "
        "{s_words} seconds in, what word comes up on the screen there",
        "unit 12 be advised, text on display at {mmss}, what does it say",
        "My eyes aren't what they were since my years in the shipyard, so I'll ask you plainly: which word is "
        "printed up there in the {s_ord} second of this thing?",
        "Word on screen, t equals {s} sec. Go ahead.",
    ],
    "shown at time": [
        "Dispatch requesting visual at {mmss}. What's on screen? Over.",
        "whats pictured at {hhmmss}, copy that",
        "I remember the old slide projector in the church hall, the vicar clicking through his holidays in "
        "Cornwall for two hours. So what picture is up at {s} seconds, would you say?",
        "Describe the image during the {s_ord} second. Keep it brief.",
        "be advised need ID on the picture at {s_words} seconds",
        "Back when your mother was small she'd point at everything and ask what it was. I'm doing the same now, "
        "what is shown on the screen at {mmss}?",
        "at {s} s whats in frame, over",
        "Tell an old man what he's looking at, if you would. Around the {s_ord} second of the video, what's being "
        "shown?",
    ],
    "spoken": [
        "Copy, need a transcript of the audio. What's being said? Over.",
        "what did the voice say, repeat the audio traffic for me",
        "My hearing aid whistles something terrible, the doctor says it's the battery but I've changed it twice "
        "this week. What words are spoken in this video?",
        "Report all speech content in the clip.",
        "Somebody's talking on this tape and I couldn't make head nor tail of it, the way folks mumble nowadays... "
        "can you tell me what they say?",
        "audio check, whats the speaker saying",
        "Be advised, need spoken content verbatim, copy that",
        "Tell me now, what is it the fella in this video says out loud? My granddaughter sent it and I want to "
        "know before she phones on Sunday.",
    ],
    "order": [
        "{a} or {b}, which hit the screen first? Over.",
        "Confirm: does {a} display before {b}? Affirmative or negative.",
        "When I was learning my letters at the village school we'd put words in order on a slate. Which came "
        "first in this video, the word {a_low} or the word {b_low}?",
        "Sequence check. {a}, {b}. Which appears earlier?",
        "did {a_low} show up ahead of {b_low}, copy",
        "Now don't rush me. Between {b_low} and {a_low}, which one turned up on the screen first?",
        "requesting order of appearance for words {a} and {b}",
        "I'd wager a shilling that {a_low} came on before {b_low}. Was I right or was I wrong?",
    ],
    "shot count": [
        "How many shots in the clip? Over.",
        "Requesting scene count, copy",
        "In my day a film was one long take from a camera on a tripod, none of this chopping about. How many "
        "different scenes does this one have?",
        "number of cuts in the footage, over",
        "Count the camera changes and report.",
        "Tell me, how many separate shots is this little film put together from?",
        "Dispatch needs total shot count, 10-4",
        "I lost track after the second one, my mind wanders you see, I start thinking of the farm. How many times "
        "does the picture cut to something else?",
    ],
    "first appearance": [
        "Timestamp for first sighting of {word}? Over.",
        "when does the word {word_low} first come up",
        "My old friend Albert, God rest him, was always first to the pub of a Friday. Speaking of first, at what "
        "point does {word_low} first appear on the screen?",
        "Requesting initial appearance time, word {word}, copy that",
        "At what second is {word} shown for the first time?",
        "first time {word_low} is on screen, give me the time",
        "I want to know exactly when the word {word} turns up first, as near as you can tell me, minutes and "
        "seconds.",
        "be advised, need earliest time code for {word}",
    ],
    "word count": [
        "How many different words appear on screen? Over.",
        "requesting count of distinct on-screen words, copy",
        "Your grandmother did the crossword every morning for sixty years and she'd count the letters with her "
        "pencil. Let's count words instead: how many different ones are written on the screen in this?",
        "Count unique text items displayed. Report number.",
        "how many seperate words get shown, not counting repeats",
        "Tally of distinct words in the on-screen text, 10-4",
        "Now if you'd be so kind, tell me the number of different words that come up in writing during the video.",
        "total unique words displayed, over",
    ],
    "presence": [
        "Be advised, is {thing} anywhere in the footage? Affirmative or negative.",
        "any sign of {thing} in this, copy",
        "We used to go looking for things in the hedgerows as boys, you never knew what you'd find. Does {thing} "
        "turn up anywhere in this video?",
        "Confirm presence of {thing}.",
        "is there {thing} in the video yes or no",
        "Scan the clip for {thing} and report back. Over.",
        "I'm sure I saw {thing} in it but my memory plays tricks on me these days. Is it in there?",
        "Does the video contain {thing} at any point?",
    ],
    "visual when": [
        "Timestamp on {thing}, over",
        "when is {thing} on screen",
        "Now we had one just like that, back before the flood took the kitchen in sixty-eight. When does {thing} "
        "come on the screen?",
        "Requesting time window for {thing}, copy that",
        "At what point in the video do we see {thing}?",
        "give me the time code when {thing} is visible",
        "Tell me, if you can, at what minute and second {thing} shows up, for I want to show my neighbour.",
        "Dispatch needs the time {thing} appears. 10-4.",
    ],
    "duration": [
        "How long is {thing} on screen? Over.",
        "duration of {thing}, copy",
        "I've always said a good thing shouldn't be rushed, like a Sunday roast. How long does {thing} stay up on "
        "the screen?",
        "Requesting on-screen time for {thing} in seconds.",
        "for how many seconds can you see {thing}",
        "Report how long {thing} stays visible.",
        "My grandson says it flashes by too quick for an old man. How many seconds is {thing} actually shown for?",
        "{thing}, length of display? 10-4",
    ],
    "people count": [
        "Headcount of persons in the video? Over.",
        "how many people in this, copy",
        "We had eleven round the table every Christmas when I was young, all my aunties and uncles. How many "
        "people are in this video, then?",
        "Report number of individuals visible at one time.",
        "How many persons can be seen, most at once?",
        "any people on scene, how many, 10-4",
        "Now count the folk for me, would you: how many people appear in this film?",
        "Requesting count of subjects on camera.",
    ],
    "cross said": [
        "What's said while {thing} is on screen? Over.",
        "audio during {thing}, copy that",
        "When I see {thing} I always think of my brother Walter, he'd have had something to say about it. What "
        "does the voice say while it's showing?",
        "Report speech heard while {thing} is displayed.",
        "while {thing} is up what are they saying",
        "Requesting transcript of audio concurrent with {thing}. 10-4.",
        "Tell an old fellow what's spoken at the time {thing} is on the screen, I missed it putting the kettle on.",
        "What words are spoken when {thing} appears?",
    ],
    "cross shown": [
        "Visual on screen during \"{phrase}\"? Over.",
        "whats showing when they say {phrase}, copy",
        "There's a bit where the fellow says \"{phrase}\", which reminded me of something my father used to tell "
        "us. What is on the screen when that's said?",
        "Report what is displayed while the words \"{phrase}\" are spoken.",
        "when you hear '{phrase}' what do you see",
        "Requesting picture ID at the moment audio says {phrase}. 10-4.",
        "I'd like to know, if it isn't too much trouble, what's being shown just as the voice says \"{phrase}\".",
        "\"{phrase}\" - what's in frame at that point?",
    ],
    "unanswerable": [
        "Requesting name of the individual who filmed this. Over.",
        "what was the weather like outside where this was recorded, copy",
        "My late wife used to say you could tell a man's wages by his shoes. How much money did the person who "
        "made this earn last year?",
        "Identify make and model of the camera used. Report.",
        "what happens after the video ends",
        "Be advised, need the home address of whoever uploaded this, 10-4",
        "What's the name of the dog belonging to the man who recorded this? I always like to know a dog's name, "
        "we had a collie called Bess.",
        "How old was the person who recorded this on the day they recorded it?",
    ],
    "open": [
        "Summary of video content. Over.",
        "whats this clip about, copy",
        "My granddaughter sends me these things on the tablet and I never know what I'm looking at. Could you "
        "tell me what this video is all about?",
        "Give a brief description of the footage.",
        "describe the video for me",
        "Requesting full rundown of the clip, 10-4.",
        "Now before I ring your uncle, tell me in your own words what goes on in this video from start to finish.",
        "Quick sitrep on the video contents, what have we got?",
    ],
}

BLIND47_CUT_PHRASINGS = {
    "number of cuts in the footage, over",
    "Count the camera changes and report.",
    "I lost track after the second one, my mind wanders you see, I start thinking of the farm. How many times "
    "does the picture cut to something else?",
}

BLIND47_ORDER_YESNO = {
    "Confirm: does {a} display before {b}? Affirmative or negative.",
    "did {a_low} show up ahead of {b_low}, copy",
    "I'd wager a shilling that {a_low} came on before {b_low}. Was I right or was I wrong?",
}

BLIND47_START_WORD = "Opening frame, what word is on screen at the very start? Over."
BLIND47_MIDDLE_WORD = ("My father always said the middle of a thing tells you the most. What word is written on the "
                       "screen about halfway through this video?")
BLIND47_END_WORD = "Final word displayed at the very end of the clip, copy that"
BLIND47_HEAR = ("I could swear somebody said \"{word}\" in this, but my ears are seventy-nine years old. Is the "
                "word {word} spoken out loud in it, yes or no?")
BLIND47_VIDEO_LENGTH = [
    "Total run time of the clip? Over.",
    "how long is this video",
    "The reels at the picture house used to run twenty minutes each, the projectionist would swap them over. How "
    "long does this whole video last from beginning to end?",
    "Requesting duration of the full recording in seconds, 10-4",
]

# The slideshow's own questions (photos-B47).
BLIND47_FIRST_PHOTO = "First image on screen when the clip opens, what is it? Over."
BLIND47_HALFWAY_PHOTO = ("I dozed off in my chair about halfway through, the way I do after lunch. What picture was "
                         "on the screen at the halfway point?")
BLIND47_LAST_PHOTO = "what is the final picture before it ends, copy"
BLIND47_PHOTO_COUNT = ("Your grandmother kept hundreds of photographs in an old biscuit tin under the stairs. How "
                       "many different photographs are there in this slideshow?")
BLIND47_SAUCER = "Be advised, is there a teacup on a saucer in any of these pictures? Affirmative or negative."
BLIND47_FISH_NAME = ("We had a goldfish at the farm called Nelson that lived nine years in a bowl. What name did "
                     "the owner give the fish in this one?")
BLIND47_PAN_PRICE = "Requesting purchase price of the frying pan in the pictures, 10-4"
BLIND47_CUP_YEAR = ("That cup looks like the good china my mother kept for the vicar. What year was it made, "
                    "would you know?")
