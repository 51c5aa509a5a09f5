"""The videos and truth of the `blind28` split (its phrasings: qa_bank_blind28.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the pictures are four of KDE Plasma's wallpapers (Debian's
plasma-workspace-wallpapers) that no other split uses, each of a concrete thing (a photograph of wooden boards
by a lake, a painted rocket on a meadow, a cartoon dragon, low-poly snowy mountains), and their truth comes from
looking at them. Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases'
tables.
"""

from __future__ import annotations

from qa_bank_blind28 import (
    BLIND28_BUBBLES,
    BLIND28_FIRST_PHOTO,
    BLIND28_HALFWAY_PHOTO,
    BLIND28_LAKE_NAME,
    BLIND28_LAST_PHOTO,
    BLIND28_PEAK_HEIGHT,
    BLIND28_PHOTO_COUNT,
    BLIND28_ROCKET_FARE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in an antique shop, in no earlier WORDS pool (TEAPOT, THIMBLE, HOURGLASS, LOCKET are taken, so not used).
WORDS["blind28"] = ["BAROMETER", "CANDELABRA", "GRAMOPHONE", "INKWELL", "MONOCLE", "PENDULUM", "SNUFFBOX", "SPYGLASS",
                    "TAPESTRY", "WASHBOARD"]
# An old man's week; each sentence has keywords no earlier sentence uses (grandfather and greenhouse are taken).
SENTENCES["blind28"] = [
    ("the old sailor finished the crossword before his porridge", ["sailor", "crossword", "porridge"],
     "the crossword before his porridge"),
    ("the umpire halted the cricket game for a tea interval", ["umpire", "cricket", "interval"], "for a tea interval"),
    ("she grew a prize marrow on her allotment this autumn", ["prize", "marrow", "allotment"], "a prize marrow"),
    ("the pharmacist checked the prescription and the dosage", ["pharmacist", "prescription", "dosage"],
     "the prescription and the dosage"),
    ("our budgie chirps loudly whenever the lawnmower starts", ["budgie", "chirp", "lawnmower"],
     "whenever the lawnmower starts"),
    ("he lost his slippers and his cardigan at the bingo hall", ["slipper", "cardigan", "bingo"], "at the bingo hall"),
]
# A word of each sentence, for "did I hear somebody say '{word}'" (yes if spoken, else no).
BLIND28_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind28"], ["crossword", "umpire", "marrow", "prescription",
                                                                "lawnmower", "cardigan"])}
SEEDS["blind28"] = [3228, 3235]

_KDE = "usr/share/wallpapers/"
PHOTO.update({
    "lakeside_boards": {"thing": "the wooden boards by the water", "a": "a wooden deck by a lake",
                        "accept": ["plank", "board", "deck", "jetty", "dock", "pier", "boardwalk", "wooden", "wood",
                                   "timber", "lake", "river", "water", "shore", "waterfront"],
                        "file": ("plasma-workspace-wallpapers", _KDE + "BytheWater/contents/images/2560x1600.jpg")},
    "rocket_meadow": {"thing": "the red rocket on the hill", "a": "a red rocket",
                      "accept": ["rocket", "spaceship", "space ship", "spacecraft", "astronaut", "spacesuit",
                                 "space suit", "ramp", "porthole", "launch"],
                      "file": ("plasma-workspace-wallpapers", _KDE + "SafeLanding/contents/images/5120x2880.jpg")},
    "konqi_dragon": {"thing": "the green cartoon dragon", "a": "a green dragon",
                     "accept": ["dragon", "konqi", "dinosaur", "dino", "lizard", "reptile", "mascot", "neckerchief",
                                "scarf", "bubble"],
                     "file": ("plasma-workspace-wallpapers", _KDE + "FlyingKonqui/contents/images/2560x1600.png")},
    "polygon_peaks": {"thing": "the snowy mountain range by the lake", "a": "snowy mountains",
                      "accept": ["mountain", "peak", "summit", "snow", "alps", "altai", "range", "low-poly",
                                 "low poly", "polygon", "geometric", "triangle"],
                      "file": ("plasma-workspace-wallpapers", _KDE + "Altai/contents/images/5120x2880.png")},
})
# Truth from looking at the pictures:
# - BytheWater (a photograph, warm yellow and teal "vintage" tint): the weathered grey-gold planks of a wooden deck,
#   table or jetty fill the lower half, running diagonally from the lower left to the right, with dark grooves
#   between them, sharp in the foreground; behind it, out of focus, a wide lake or river with sun glinting on it
#   in round blurry spots, a dark low line of trees on the far shore, a cloudy grey-blue sky, and the dark shape of
#   a bare tree at the top right. Nobody in it, no text.
# - SafeLanding (a painting, bright storybook colours): a tall red cone-shaped rocket with a round blue porthole
#   ringed in gold, an open door, three fins and a small purple flag on top (a white KDE "K" logo on the flag),
#   standing on a yellow-green grassy hilltop; a white ramp runs down from the door and four little astronauts in
#   white spacesuits with blue visors, backpacks and antennae are on the ramp (two) and on the grass (two);
#   behind, blue-green snowy mountain peaks, a lake, pink clouds and a pale sun; red-orange autumn trees on the
#   right, pale trees on the left, a fallen log, red rocks, blue and red flowers and ferns in front, a turquoise
#   pond at the bottom right. At most four figures (the astronauts) at once.
# - FlyingKonqui (a cartoon): Konqi, KDE's mascot, a smiling green dragon with a big round eye, a yellow "K"-shaped
#   horn and yellow spikes along its curled back, wearing a red neckerchief with a white "K", flying or swimming
#   up to the right in the upper right of a plain deep-blue background; large pale-blue translucent bubbles along
#   the bottom and three small bubbles rising towards it. Nobody in it; no words (only the two "K" shapes).
# - Altai (a low-poly illustration of triangles): a range of blue mountains with snowy white peaks under a pale
#   blue sky, the right-hand peak lit cream and yellow by the sun, green slopes at their feet, all mirrored in a
#   still blue lake across the bottom half. Nobody in it, no text.
# At most four people at once (the rocket's astronauts). Each picture's main noun rejects the others; "mountain"
# is not rejected for the rocket (its background has snowy peaks), and "lake"/"water" are in no reject list (the
# boards and the mountains both have water).
SLIDESHOWS += [
    {
        "name": "photos-AH", "split": "blind28",
        "photos": [("lakeside_boards", 5.0), ("rocket_meadow", 7.0), ("konqi_dragon", 4.0), ("polygon_peaks", 4.0)],
        "speech": [("the little explorers are strolling down the ramp", 6.0, ["explor", "stroll", "ramp"],
                    "strolling down the ramp")],
        "people": 4, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND28_FIRST_PHOTO, {"check": "text", "accept": PHOTO["lakeside_boards"]["accept"],
                                                    "reject": ["rocket", "dragon", "mountain"]}),  # boards 0-5
            ("shown at time", BLIND28_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["rocket_meadow"]["accept"],
                                                      "reject": ["plank", "jetty", "dragon", "dinosaur"]}),  # 10 s of 20, rocket 5-12
            ("shown at time", BLIND28_LAST_PHOTO, {"check": "text", "accept": PHOTO["polygon_peaks"]["accept"],
                                                   "reject": ["rocket", "astronaut", "dragon", "plank"]}),  # peaks 16-20
            ("shot count", BLIND28_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND28_BUBBLES, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND28_LAKE_NAME, {}),
            ("unanswerable", BLIND28_ROCKET_FARE, {}),
            ("unanswerable", BLIND28_PEAK_HEIGHT, {}),
        ],
    },
]
