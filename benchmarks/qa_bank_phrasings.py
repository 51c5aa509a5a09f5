"""The question bank's phrasings: every question type in the words of each split.

Phrasing split: ``TEMPLATES`` has 8 phrasings per type; even positions (0, 2, 4, 6) are the
development half, odd positions (1, 3, 5, 7) the held-out half. ``FRESH_TEMPLATES``,
``FINAL_TEMPLATES`` and ``LAST_TEMPLATES`` belong to later splits, each written before its author
read the earlier ones. The videos and their truth are in ``qa_bank_cases.py``.
"""

from __future__ import annotations

# {mmss} "0:07", {s} "7"; {word} as shown (upper case), {word_low} lower case; {thing} with article.
TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "What word is shown on screen at {mmss}?",
        "what text appears at second {s}",
        "Which word can I read {s} s in?",
        "around the {s} second mark, what does the screen say?",
        "What's written on the screen at {s} seconds?",
        "At {mmss}, what word is displayed?",
        "what does the text say at {s}s",
        "Tell me the word that is visible at the {s}-second point.",
    ],
    "shown at time": [
        "What is shown at {mmss}?",
        "what do we see at second {s}",
        "What's on screen {s} s in?",
        "around the {s} second mark, what is in the picture?",
        "What can be seen at {s} seconds?",
        "At {mmss}, what is on screen?",
        "what's in the frame at {s}s",
        "Describe what is visible at the {s}-second point.",
    ],
    "spoken": [
        "What does the speaker say?",
        "what is said in the video",
        "What words are spoken in this clip?",
        "Transcribe the speech, please.",
        "Does anyone say anything? What?",
        "what does the voice say",
        "Quote what the narrator says.",
        "What sentence can be heard in the video?",
    ],
    "order": [
        "Which word appears first on screen, {a} or {b}?",
        "{a_low} or {b_low} - which one shows up earlier?",
        "which comes first: {a} or {b}",
        "Between {a} and {b}, which word do we see first?",
        "What's displayed earlier in the video, {a} or {b}?",
        "which of {a_low} and {b_low} is on screen first?",
        "Of the words {a} and {b}, which one appears earlier?",
        "first on screen: {a} or {b}?",
    ],
    "shot count": [
        "How many scenes are in the video?",
        "how many shots does this clip have",
        "How many times does the video cut to a new shot?",  # truth: cuts = shots - 1
        "How many different shots are there?",
        "How many separate scenes does this video consist of?",
        "how many cuts are in this video",  # truth: cuts = shots - 1
        "Into how many shots is the video edited?",
        "number of scenes?",
    ],
    "first appearance": [
        "When does the word {word} first appear on screen?",
        "at what time do we first see {word}",
        "When is {word} shown?",
        "How far into the video does the text {word} show up?",
        "what second does {word_low} appear",
        "Timestamp of the first appearance of {word}?",
        "When does '{word}' come up on screen?",
        "At what point is the word {word_low} displayed?",
    ],
    "word count": [
        "How many different words are shown on screen?",
        "how many words appear in the video",
        "Count the words that appear on screen.",
        "How many pieces of text are displayed?",
        "How many distinct words can be read on screen during the clip?",
        "number of words shown on screen?",
        "How many different captions pop up?",
        "How many words are written on the screen in total?",
    ],
    "presence": [
        "Is there {thing} in the video?",
        "does {thing} appear",
        "Do we ever see {thing}?",
        "Is {thing} shown at any point?",
        "any sign of {thing} in this clip?",
        "Does the video show {thing}?",
        "Can you spot {thing} anywhere in the video?",
        "{thing} in the video - yes or no?",
    ],
    "visual when": [
        "When do we see {thing}?",
        "at what time is {thing} shown",
        "When does {thing} appear?",
        "Give me the timestamp where {thing} is on screen.",
        "how far in does {thing} show up",
        "At which point in the video can I see {thing}?",
        "when is {thing} visible",
        "What time does {thing} come on screen?",
    ],
    "duration": [
        "How long is {thing} shown?",
        "for how many seconds is {thing} on screen",
        "How long does {thing} stay on screen?",
        "What's the duration of {thing} on screen?",
        "how many seconds do we see {thing} for",
        "How long is {thing} visible?",
        "{thing}: how long is it displayed?",
        "For how long can {thing} be seen?",
    ],
    "people count": [
        "How many people are in the video?",
        "how many people are visible at most",
        "How many persons can be seen?",
        "What is the largest number of people on screen at once?",
        "how many people appear",
        "Count the people shown.",
        "How many humans are in this clip?",
        "How many people are on screen at the same time, at most?",
    ],
    "cross said": [
        "What is said while {thing} is on screen?",
        "what does the speaker say when {thing} is showing",
        "While {thing} is displayed, what can be heard?",
        "Is anything said during {thing}? What?",
        "What's spoken at the same time as {thing} appears?",
        "when {thing} is on the screen what is the voice saying",
        "Which sentence is heard while {thing} is visible?",
        "What do we hear while {thing} is shown?",
    ],
    "cross shown": [
        "What is on screen when the speaker says '{phrase}'?",
        "what's shown when they say {phrase}",
        'When the voice says "{phrase}", what is displayed?',
        "What do we see while someone says {phrase}?",
        "what's visible at the moment the narrator says '{phrase}'",
        "What is shown as '{phrase}' is spoken?",
        "Which image or text is on screen during the line '{phrase}'?",
        "What appears on screen when you hear '{phrase}'?",
    ],
    "unanswerable": [
        "what happens at {past_mmss}",
        "what is said at minute {past_min}",
        "What is the name of the person who made this video?",
        "Which city was this filmed in?",
        "What colour is the dog's collar?",
        "what colour is the parrot's beak",
        "Why did the speaker decide to quit their job?",
        "why does the woman start crying?",
    ],
    "open": [
        "What happens in this video?",
        "describe the video",
        "Can you summarise this clip?",
        "what is this video about",
        "Give me a short overview of the video.",
        "tell me what's in this video",
        "What's going on here?",
        "Briefly, what does the video show?",
    ],
}

# Phrasings whose truth is the number of cuts (shots - 1) rather than the number of shots.
CUT_PHRASINGS = {TEMPLATES["shot count"][2], TEMPLATES["shot count"][5]}


# ---------------------------------------------------------------------------------------------
# The `fresh` split: a third half added after the held-out half had been looked at while tuning.
# Its phrasings were written (in a scratch file) before this file was opened, by someone who has
# not read the answering code; its videos are new seeds with new pools, new photos and new real
# footage. Run it once to report; never tune against it.
# {hhmmss} "00:07", {s_words} "seven" (besides {mmss} and {s} as above).
FRESH_TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "what word is on screen at {mmss}",
        "at the {s} second mark, which word is displayed?",
        "word showing around {s_words} seconds in",
        "tell me the word visible at {s}s",
        "What word can I read on the screen {s} seconds into the video?",
        "which word pops up at {hhmmss}?",
    ],
    "shown at time": [
        "what's on screen at {mmss}",
        "describe what i'm looking at around {s} seconds in",
        "what do we see at {s_words} seconds",
        "At the {s}s mark what is visible in the frame?",
        "what's happening at {hhmmss} — what's in the picture",
        "what is displayed {s} sec into the clip",
    ],
    "spoken": [
        "transcribe the narration",
        "what is being said in this video?",
        "Can you tell me what the speaker says, word for word if possible?",
        "any speech? what's spoken",
        "repeat what the narrator said",
        "what do you hear in the audio?",
    ],
    "order": [
        "which shows up first, {a} or {b}",
        "does {a} come before {b}?",  # yes/no: yes iff {a} is first
        "Which appears earlier in the video: {b} or {a}?",
        "{a_low} vs {b_low} — which one is first",
        "is {b} shown after {a}",  # yes/no: yes iff {a} is first
        "In what order do {a} and {b} appear?",
    ],
    "shot count": [
        "how many shots are there",
        "count the scene changes",  # truth: cuts = shots - 1
        "How many distinct scenes does this clip have?",
        "number of cuts in the video?",  # truth: cuts = shots - 1
        "how many different shots are shown in total",
        "tell me how many separate shots make up this video",
    ],
    "first appearance": [
        "when does {word} first show up",
        "at what time do we first see the word {word_low}?",
        "first time {word} is on screen",
        "When is the text {word} shown for the first time in the video?",
        "how many seconds in before {word} appears",
        "earliest timestamp with {word_low} on screen",
    ],
    "word count": [
        "how many words are shown on screen",
        "count the on-screen words",
        "How many different words appear as text in the video?",
        "number of words displayed?",
        "total words that flash up on screen — how many",
        "how many text words do we get to see",
    ],
    "presence": [
        "is {thing} in there somewhere",
        "have we got {thing} in this video?",
        "Does {thing} appear at any point?",
        "{thing} — anywhere in this clip?",
        "did i see {thing} in there or not",
        "Is {thing} shown anywhere in the footage?",
        "is there {thing} anywhere",
        "do you see {thing} at all?",
        "Does the footage include {thing}?",
        "see {thing} anywhere?",
        "was {thing} ever on screen",
        "Is there {thing} somewhere in the clip, yes or no?",
    ],
    "visual when": [
        "when is {thing} shown",
        "at what point do we see {thing}?",
        "what time does {thing} appear",
        "When does {thing} come up on screen?",
        "timestamp for {thing}",
        "around when is {thing} on screen",
    ],
    "duration": [
        "how long is {thing} on screen",
        "for how many seconds do we see {thing}?",
        "duration of {thing}?",
        "How many seconds does {thing} stay visible for?",
        "how long does {thing} last",
        "tell me the total time {thing} is shown",
    ],
    "people count": [
        "how many people show up in the video",
        "how many persons do we see?",
        "count the people on screen",
        "How many humans appear in this clip?",
        "number of people shown",
        "are there several people or just one — how many",
    ],
    "cross said": [
        "what's said while {thing} is up",
        "what does the narrator say when {thing} is shown?",
        "When we see {thing}, what's being spoken?",
        "what's the voice saying during {thing}",
        "spoken words while {thing} is visible",
        "what do they say over the shot of {thing}",
    ],
    "cross shown": [
        'what is on screen when they say "{phrase}"',
        "what do we see while the narrator says {phrase}?",
        'When the speaker says "{phrase}", what is shown?',
        "what's visible during \"{phrase}\"",
        'what picture goes with the line "{phrase}"',
        "show me what's on screen as {phrase} is spoken",
    ],
    "unanswerable": [
        "what is the narrator's name",
        "what city was this filmed in?",
        "Who directed this video?",
        "what's on screen at the {past_min} minute mark",
        "what brand of camera was used",
        "how old is the speaker?",
    ],
    "open": [
        "summarize the video",
        "what is this clip about?",
        "Give me a short description of the video.",
        "describe this video in a couple of sentences",
        "tl;dr of the clip?",
        "what happens in this video, briefly",
    ],
}
CUT_PHRASINGS |= {FRESH_TEMPLATES["shot count"][1], FRESH_TEMPLATES["shot count"][3]}
# Order phrasings asked as yes/no; the answer is yes iff {a} is shown first.
ORDER_YESNO = {FRESH_TEMPLATES["order"][1], FRESH_TEMPLATES["order"][4]}
# Whole-video length ("duration" questions about the clip itself), one per fresh case, rotated.
VIDEO_LENGTH = [
    "how long is the video",
    "what's the length of this clip?",
    "How many seconds does the video run for?",
    "tell me the total runtime",
    "duration?",
    "how long does it last",
]
# Vague times, asked only where the truth fits (the target is at the very start or the very end).
OPENING_WORD = "In the opening seconds, what word can I read on the screen?"
OPENING_SHOWN = "what is displayed in the opening seconds of the clip"
ENDING_SHOWN = "what do we see near the end"


# ---------------------------------------------------------------------------------------------
# The `final` split: a fourth half, added after both the held-out and the fresh halves had been
# looked at while tuning. Its phrasings were written (in a scratch file) before this file was opened,
# by someone who has not read the answering code or any result; exact duplicates of earlier phrasings
# (ignoring case and punctuation) and close near-duplicates were replaced with other ones of their own.
# New seeds with new word and sentence pools, new photos, new real footage. Run it once, to report.
# {s_ord} "ninth" (besides the placeholders above).
FINAL_TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "yo what word pops up at {mmss}",
        "word on screen {s} secs in?",
        "Kindly state the word displayed at the {s_ord} second of the clip.",
        "after about {s} seconds, which word is written on the screen",
        "tell me the text that's showing at the {s_words}-second mark",
        "right at {mmss} there's a word on screen - what is it",
    ],
    "shown at time": [
        "at {mmss} what's in the shot",
        "describe the frame at {mmss} for me",
        "At approximately {s} seconds into the video, what is being displayed?",
        "show me what's visible after about {s} seconds",
        "what am i looking at in the {s_ord} second",
        "i skipped to {mmss}. what's there on the screen",
    ],
    "spoken": [
        "so what's the voice actually saying",
        "write out the spoken words for me please",
        "Could you tell me what is spoken in this recording?",
        "anyone talking? what do they say",
        "the audio - what are the words",
        "what does the voiceover say, exactly",
    ],
    "order": [
        "which one was on screen earlier, {a} or {b}",
        "was {a_low} on screen before {b_low}",  # yes/no: yes iff {a} is first
        "Please state which of the two words, {a} or {b}, is displayed first.",
        "{b} then {a}, or {a} then {b}?",
        "put {a_low} and {b_low} in the order they're shown",
        "{a_low} appears before {b_low}, right?",  # yes/no: yes iff {a} is first
    ],
    "shot count": [
        "how many different scenes are there",
        "number of shots?",
        "Please count the distinct camera shots in this video.",
        "how many times does the picture cut to something new",  # truth: cuts = shots - 1
        "count the cuts for me",  # truth: cuts = shots - 1
        "so how many shots in total?",
    ],
    "first appearance": [
        "when do we first see {word}",
        "{word_low}: first on screen when?",
        "At what timestamp does the word {word} initially appear?",
        "how early does {word} show up",
        "{word} - when does it appear for the first time",
        "at which second is {word_low} first displayed",
    ],
    "word count": [
        "yo how many words pop up on screen",
        "on-screen word count?",
        "Kindly state how many distinct words are displayed over the course of the video.",
        "words on screen - how many in total",
        "number of separate words that come up on screen",
        "tell me how many words i'll see written on the screen",
    ],
    "presence": [
        "is {thing} ever on screen",
        "does {thing} show up at all",
        "Is there a frame in which {thing} appears?",
        "quick q: {thing}, is it in the video or not?",
        "tell me if {thing} ever appears",
        "would i see {thing} if i watched this",
    ],
    "visual when": [
        "when can i see {thing}",
        "at what point is {thing} on screen",
        "During which portion of the video is {thing} visible?",
        "{thing} - what timestamps",
        "timestamps where {thing} appears pls",
        "from when to when is {thing} showing",
    ],
    "duration": [
        "how long is {thing} up for",
        "{thing} stays on screen for how many seconds?",
        "Please state for how long {thing} remains visible.",
        "how many secs do we get {thing}",
        "time {thing} is on screen?",
        "for how long does the video show {thing}",
    ],
    "people count": [
        "how many people are in it",
        "number of persons visible?",
        "How many individuals appear in the footage?",
        "count the humans on screen",
        "are there any people, and if so how many",
        "how many folks show up in the video",
    ],
    "cross said": [
        "what's being said while {thing} is on screen",
        "when {thing} shows up, what does the voice say",
        "What is spoken during the time {thing} is displayed?",
        "audio during {thing}?",
        "what do they say over {thing}",
        "what's the narration when {thing} is shown",
    ],
    "cross shown": [
        "they say {phrase} - what's on screen right then",
        "when the speaker says '{phrase}', what is visible",
        'What is displayed at the moment the narrator says "{phrase}"?',
        "while {phrase} is spoken what are we looking at",
        "which picture or word is up when the voice says {phrase}",
        "as they say '{phrase}', what's showing",
    ],
    "unanswerable": [
        "who is doing the voiceover, by name",
        "what lens was this filmed with",
        "Who is the copyright holder of this footage?",
        "how much did it cost to make this video",
        "where was the speaker born",
        "what's the title of the song in the background, and who sang it",
    ],
    "open": [
        "so what's going on in this one",
        "summarise it",
        "Please provide a brief overview of the content of this video.",
        "give me the gist in a sentence or two",
        "describe what happens, start to finish",
        "tldr pls",
    ],
}
CUT_PHRASINGS |= {FINAL_TEMPLATES["shot count"][3], FINAL_TEMPLATES["shot count"][4]}
ORDER_YESNO |= {FINAL_TEMPLATES["order"][1], FINAL_TEMPLATES["order"][5]}
# Whole-video length, one per final case, rotated.
FINAL_VIDEO_LENGTH = [
    "how long is this",
    "length of the video?",
    "What is the total running time of this clip?",
    "how many seconds does it go for",
    "runtime pls",
]
# Vague times for the final half, asked only where the truth fits.
FINAL_START_WORD = "right at the start there's a word on screen - what is it"
FINAL_HALFWAY_WORD = "roughly halfway through, which word is written on the screen"
FINAL_END_WORD = "tell me the text that's showing a few seconds before the end"
FINAL_START_SHOWN = "what am i looking at right at the start of this video"
FINAL_HALFWAY_SHOWN = "At approximately the midpoint of the video, what is being displayed?"
FINAL_END_SHOWN = "i skipped to a few seconds before the end. what's there on the screen"
FINAL_MENTION = "do they ever mention {topic}"  # spoken presence, yes/no
FINAL_TIMES_SHOWN = "how many times is {word} shown"  # every generated word is shown once


# ---------------------------------------------------------------------------------------------
# The `last` split: a fifth half, added after the held-out, fresh and final halves had all been
# looked at while tuning. Its phrasings were written (in a scratch file) before this file was opened,
# by someone who has not read the answering code or any result; duplicates and close
# near-duplicates of earlier phrasings were replaced with other ones of their own. Two new seeds with
# new word and sentence pools, and a slideshow of four scikit-image photos in a new order and timing
# with a new sentence. Compact (about 70 questions); run it once, to report.
LAST_TEMPLATES: dict[str, list[str]] = {
    "word at time": [
        "yo which word flashes up at {mmss}",
        "Kindly state the text displayed on screen {s} seconds in.",
        "in the {s_ord} second of the video, what does the text read",
        "Which word can be read in the frame at t={s}s?",
    ],
    "shown at time": [
        "what picture is up at {mmss}?",
        "Describe the image visible {s} seconds into the video.",
        "whats the photo on screen in the {s_ord} second",
        "Could you identify what is pictured at the {s_words} second point?",
    ],
    "spoken": [
        "any idea what the narrator says?",
        "Please transcribe the spoken words in this clip.",
        "what's the guy on the audio saying lol",
        "What phrase is uttered in the audio track?",
    ],
    "order": [
        "which comes up earlier, {a} or {b}?",
        "Of the words {a} and {b}, which one is displayed first?",
        "did {a_low} show before {b_low}? yes or no",  # yes/no: yes iff {a} is first
        "Is {a} displayed prior to {b}?",  # yes/no: yes iff {a} is first
    ],
    "shot count": [
        "how many different camera setups or scenes does it have",
        "How many distinct shots does the video consist of?",
        "number of camera cuts?",  # truth: cuts = shots - 1
        "count the shots for me pls",
    ],
    "first appearance": [
        "{word} first pops up at what second?",
        "When does the word {word} initially become visible?",
        "timestamp where {word_low} first shows up?",
        "How far into the clip is {word} first displayed?",
    ],
    "word count": [
        "how many words show up on screen in total",
        "What is the total number of distinct on-screen words?",
        "count of text overlays?",
        "How many different words are displayed throughout the video?",
    ],
    "presence": [
        "got {thing} somewhere in this one?",
        "Does the video at any point contain {thing}?",
        "{thing}? in the vid or nah",
        "Can one see {thing} in the video, yes or no?",
    ],
    "visual when": [
        "{thing} - when's that on screen",
        "At what time does the picture of {thing} appear?",
        "which stretch of the video has {thing} in it",
        "During which seconds is {thing} visible?",
    ],
    "duration": [
        "{thing} sticks around for how many seconds",
        "For how many seconds is {thing} displayed?",
        "{thing} on screen for how long?",
        "What is the on-screen duration of {thing}?",
    ],
    "people count": [
        "ppl count?",
        "How many individuals can be seen in the video?",
        "are there any humans in it, and how many?",
        "What is the number of people shown?",
    ],
    "cross said": [
        "any words spoken while {thing} is up? which ones",
        "What does the speaker say during the display of {thing}?",
        "when {thing} is showing, what's the audio saying",
        "Which line of speech coincides with {thing} being on screen?",
    ],
    "cross shown": [
        "right when they go \"{phrase}\", what's on the screen",
        "What is visible on screen at the point where '{phrase}' is heard?",
        "as the voice says {phrase}, what do we see?",
        "Which text or image is visible during the phrase \"{phrase}\"?",
    ],
    "unanswerable": [
        "what word is up at {past_mmss}",
        "What is the speaker's surname?",
        "why did they pick those colours",
        "what colour is the car's roof",
    ],
    "open": [
        "so what's this vid even about, in short",
        "Provide a brief summary of the video.",
        "give me the gist, and is anyone in it?",
        "What occurs over the course of this clip?",
    ],
}
CUT_PHRASINGS |= {LAST_TEMPLATES["shot count"][2]}
ORDER_YESNO |= {LAST_TEMPLATES["order"][2], LAST_TEMPLATES["order"][3]}
# Whole-video length, one per last case, rotated.
LAST_VIDEO_LENGTH = [
    "how long is the whole thing",
    "What is the total length of this video in seconds?",
    "video length?",
]
# Vague times for the last half's generated clips, asked only where the truth fits.
LAST_START_WORD = "just after the start, what word is on the screen?"
LAST_MIDDLE_WORD = "what's written on screen around the middle of the video"
LAST_END_WORD = "which word is showing right near the end"
LAST_MULTI = "is {word} shown, and if so at what time does it first appear?"  # truth: the start time
