"""Phrasings of the `blind36` split of the question bank (its truth: qa_bank_cases_blind36.py).

Written blind, by one helper: without reading the answering code, its tests or any other split's phrasings.
Two voices ask the questions:
- a tech-support agent, who works through a video like a ticket: numbered steps, "please confirm", "for the
  log", timestamps wanted in a set format, sometimes hurried and lower case with no punctuation;
- a poet, who asks in a flowery, roundabout way, with metaphors (seconds as sand, words that bloom on the
  screen), but whose every question still has a plain answer in the clip.

Fields, by question type:
- "word at time", "shown at time": {mmss} "0:07", {s} 7, {hhmmss} "00:07", {s_words} "seven", {s_ord} "eighth"
  (the eighth second = 7-8 s);
- "order": {a} {b} (on-screen words, upper case), {a_low} {b_low} (the same, lower case);
- "first appearance": {word} {word_low};
- "presence", "visual when", "duration", "cross said": {thing};
- "cross shown": {phrase} (part of a spoken sentence);
- the other types have no fields. BLIND36_HEAR has {word}.
"""

BLIND36_TEMPLATES = {
    "word at time": [
        "Step 1: scrub the playback to {mmss}. Step 2: tell me which word appears on screen at that point.",
        "for troubleshooting purposes can you confirm the on-screen text displayed at timestamp {hhmmss}",
        "ok just to verify on my end - at second {s} what word is showing in the vid?",
        "Please report the caption word visible during the {s_ord} second of playback so I can log it in the ticket.",
        "When the clock of this little film has counted {s_words} seconds, what word blooms upon the screen?",
        "at {mmss}, as the moment hangs like a dewdrop, which written word rests on the glass",
        "Tell me, what word did the screen whisper in its {s_ord} second?",
        "O patient frame, {s} seconds into your journey, which letters have gathered into a word?",
    ],
    "shown at time": [
        "Step one, pause at {mmss}. Step two, describe the picture displayed in the frame.",
        "can u tell me whats pictured at {s} seconds in, customer says the image is wrong there",
        "For our records: what photo is on screen at timestamp {hhmmss}?",
        "Please identify the image being displayed during the {s_ord} second.",
        "At {mmss}, what scene does the video paint before the eye?",
        "When {s_words} seconds have slipped away like sand, what picture holds the stage?",
        "what vision fills the screen at {s} seconds i wonder",
        "In the {s_ord} second, what does the light unveil, be it creature, object or land?",
    ],
    "spoken": [
        "Step 1: enable audio. Step 2: transcribe what the voice says. Please provide the full spoken text.",
        "can you give me a transcript of the speech in this clip",
        "For quality assurance, what words are spoken aloud in this recording?",
        "Is anyone talking in the video? if so what exactly do they say",
        "What does the voice murmur into the air of this film?",
        "Lend me your ears: what is uttered aloud here, in the hush between the frames?",
        "the voice that drifts through this clip like smoke, what does it say",
        "Tell me the spoken words, the breath made language, that this video carries.",
    ],
    "order": [
        "Step 1 locate the word {a}. Step 2 locate the word {b}. Step 3 tell me which one appears on screen first.",
        "Quick check: does {a} show up before {b}? yes or no please",
        "to rule out a sequencing bug, which text is displayed earlier, {a_low} or {b_low}?",
        "Please confirm the order of appearance: is it {a} then {b}, or {b} then {a}?",
        "Between {a_low} and {b_low}, which word walks onto the screen first, like the earlier star at dusk?",
        "Does {a_low} bloom on the screen before {b_low} has its turn?",
        "which came first into the light, {a} or {b}",
        "Of these two words, {b} and {a}, tell me which one the video shows sooner.",
    ],
    "shot count": [
        "Step 1 play the video start to finish. Step 2 count the separate shots. How many shots in total?",
        "how many scene changes / cuts happen in this clip",
        "For the log, please state the number of distinct scenes in the video.",
        "How many times does the picture cut to something new?",
        "Into how many scenes is this small tapestry woven?",
        "count for me the panes of this window of moving pictures, how many shots are there",
        "How often does the film blink and open its eye upon a new view?",
        "How many separate shots, like beads on a string, make up this piece?",
    ],
    "first appearance": [
        "Step 1: search the on-screen text for {word}. Step 2: report the timestamp of its first appearance.",
        "at what time does the word {word_low} first pop up",
        "Please provide the earliest timestamp at which {word} is displayed.",
        "when does {word} show up for the first time? need it as mm:ss",
        "At what moment does the word {word_low} first rise upon the screen, like a moon over the hill?",
        "When is {word} first born into the light of this video?",
        "tell me the minute and the second when {word_low} first appears",
        "{word} - when does it first grace the screen?",
    ],
    "word count": [
        "Step 1 list every word that appears on screen. Step 2 remove duplicates. How many unique words remain?",
        "how many different words are shown in the video text",
        "Please confirm the count of distinct on-screen words, not counting repeats.",
        "What's the total number of unique words displayed on screen?",
        "How many different words does this video write upon its screen, each counted once like a face in a crowd?",
        "count me the distinct words the screen displays, as a gardener counts kinds of flowers and not petals",
        "Of the words written in light across this film, how many different ones are there?",
        "tell me how many separate words appear on screen, repeats set aside",
    ],
    "presence": [
        "Step 1 review the full video. Step 2 confirm yes or no: does it contain {thing}?",
        "is there {thing} anywhere in this clip",
        "For the ticket, please verify whether {thing} appears in the video. Yes/no.",
        "quick yes/no - {thing}, present or not?",
        "Does {thing} wander anywhere through this video's gallery of moments?",
        "Somewhere in these frames, does {thing} dwell?",
        "tell me true, yes or no, is {thing} to be found in this little film",
        "I seek {thing} in this video as one seeks a lost ring in the grass; is it there?",
    ],
    "visual when": [
        "Step 1 scan the video for {thing}. Step 2 note the timestamp when it is on screen.",
        "at what time is {thing} shown",
        "Please give me the time range during which {thing} is displayed.",
        "when do we see {thing}? customer needs the timestamp",
        "At what hour of this short life does {thing} come into view?",
        "When does {thing} step onto the stage of the screen?",
        "tell me the moment {thing} appears, that I may find it again",
        "{thing} - in which seconds does it linger before the eye?",
    ],
    "duration": [
        "Step 1 find when {thing} appears. Step 2 find when it disappears. How many seconds is it on screen?",
        "how long is {thing} on screen for",
        "Please report the total display duration of {thing}, in seconds.",
        "For how many seconds does the video show {thing}?",
        "How long does {thing} linger before the screen lets it go?",
        "For how long does {thing} hold its place in the light?",
        "measure for me the life of {thing} on the screen, in seconds",
        "{thing} comes and goes; how many seconds did it stay?",
    ],
    "people count": [
        "Step 1 watch the whole clip. Step 2 count the people visible at the same time. What is the maximum?",
        "how many people are in this video",
        "Please confirm the number of persons appearing on screen.",
        "how many humans can be seen, most at once",
        "How many souls walk through the frames of this film?",
        "Count for me the faces and figures of people this video holds, at its most crowded.",
        "Is the stage empty of people, or how many stand upon it?",
        "how many people, folk, human beings does the camera gather in its gaze",
    ],
    "cross said": [
        "Step 1 go to where {thing} is on screen. Step 2 listen to the audio. What is being said at that time?",
        "what is said while {thing} is showing",
        "Please transcribe the speech that plays during the display of {thing}.",
        "when {thing} is up on screen does anyone say anything? what do they say",
        "While {thing} rests before the eye, what words drift to the ear?",
        "What does the voice speak in the moments {thing} is shown?",
        "As {thing} holds the screen, tell me the words that keep it company.",
        "tell me what the voice says over {thing}",
    ],
    "cross shown": [
        "Step 1 find where the audio says \"{phrase}\". Step 2 tell me what is on screen at that moment.",
        "whats on screen when they say '{phrase}'",
        "Please identify the visual content displayed while the narration says \"{phrase}\".",
        "when the voice says {phrase} what is being shown",
        "When the voice sighs \"{phrase}\", what picture does the eye receive?",
        "As the words '{phrase}' float by, what does the screen show?",
        "what image keeps company with the words {phrase}",
        "\"{phrase}\" - and while this is spoken, what appears on screen?",
    ],
    "unanswerable": [
        "Step 1 check the recording details. Step 2 tell me the serial number of the camera that filmed this.",
        "what is the name of the person who made this video",
        "Please confirm how much this video cost to produce, in dollars.",
        "what was the weather like outside when this was filmed",
        "What happens in the world after this video's final frame fades?",
        "What was the filmmaker thinking about on the morning they made this?",
        "in what city was the editor of this born, that faraway cradle",
        "How old was the owner of the voice when these words were spoken, in years?",
    ],
    "open": [
        "Step 1 watch the video. Step 2 give me a brief summary of its content.",
        "what is this video about",
        "Please provide a description of the video for our records.",
        "can you describe whats in the clip, the whole thing",
        "What tale does this small film tell?",
        "Paint me, in words, the picture of this video entire.",
        "If this video were a poem, what would it be about? Describe it plainly.",
        "tell me of this clip, its sights and sounds, what is it",
    ],
}

#: "shot count" phrasings that ask for cuts (shots - 1).
BLIND36_CUT_PHRASINGS = {
    "how many scene changes / cuts happen in this clip",
    "How many times does the picture cut to something new?",
    "How often does the film blink and open its eye upon a new view?",
}
#: "order" phrasings answered yes/no (yes iff {a} is shown first).
BLIND36_ORDER_YESNO = {
    "Quick check: does {a} show up before {b}? yes or no please",
    "Does {a_low} bloom on the screen before {b_low} has its turn?",
}

BLIND36_START_WORD = "Step 1: go to the very beginning of the video. Step 2: which word is shown there?"
BLIND36_MIDDLE_WORD = "At the heart of this video, halfway through its span, which word is written on the screen?"
BLIND36_END_WORD = "please confirm the on-screen word visible in the final moments of the video"
BLIND36_HEAR = "is the word {word} spoken aloud anywhere, as a voice and not as text? yes or no"
BLIND36_VIDEO_LENGTH = [
    "Step 1 check the total runtime. Step 2 report the video length.",
    "how long is this clip",
    "From its first frame to its last, how long does this little film live?",
    "what is the total duration of the video in seconds",
]

# The slideshow photos-B36's own questions (truth in qa_bank_cases_blind36.py).
BLIND36_FIRST_PHOTO = "Step 1 pause on the very first frame. Step 2 describe the picture that is shown."
BLIND36_HALFWAY_PHOTO = "When this slideshow stands at its halfway point, what picture is showing?"
BLIND36_LAST_PHOTO = "please describe the last photo shown before the video ends"
BLIND36_PHOTO_COUNT = "How many photographs does this slideshow turn through, like pages of an album?"
BLIND36_DRUM = "Is there a drum anywhere in the video? yes or no"
BLIND36_WINE_PRICE = "For the order form: what did the bottle of wine on the table cost?"
BLIND36_MOUNTAIN_NAME = "What is the name of the mountain that rises above the autumn trees?"
BLIND36_BIRD_MAKER = "who carved the little green bird, what is their name"
