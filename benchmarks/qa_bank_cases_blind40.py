"""The videos and truth of the `blind40` split (its phrasings: qa_bank_blind40.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four real photographs from Debian's opencv-doc (a smiling young man in a white T-shirt, a panorama of
a wide river with floating ice and a three-masted ship, a red-brick house with a tall chimney, grey geometric
blocks on a table) that no other split uses, and their truth comes from looking at them. Importing this module
adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind40 import (
    BLIND40_FIRST_PHOTO,
    BLIND40_HALFWAY_PHOTO,
    BLIND40_HOUSE_PRICE,
    BLIND40_LAST_PHOTO,
    BLIND40_MAN_NAME,
    BLIND40_PHOTO_COUNT,
    BLIND40_RIVER_DATE,
    BLIND40_SHIP,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# A retired engineer's instruments and machine parts, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind40"] = ["CALIPER", "VERNIER", "GASKET", "SOLENOID", "CRANKSHAFT", "THEODOLITE", "TRANSISTOR", "PULLEY",
                    "RHEOSTAT", "GYROSCOPE"]
# Railways, deserts, docks and workshops; each sentence's keywords are in no earlier keyword list (nor contain or
# sit in one).
SENTENCES["blind40"] = [
    ("the old locomotive hissed as it left the depot", ["locomotive", "hiss", "depot"], "as it left the depot"),
    ("the camel knelt down beside the dune", ["camel", "knelt", "dune"], "knelt down beside the dune"),
    ("the falafel vendor ran out of pita bread", ["falafel", "vendor", "pita"], "ran out of pita bread"),
    ("the crane lowered a crate onto the barge", ["crane", "lowered", "barge"], "onto the barge"),
    ("the apprentice calibrated the pressure gauge twice", ["apprentice", "calibrat", "gauge"],
     "the pressure gauge twice"),
    ("the date palms swayed in the desert wind", ["palm", "swayed", "desert"], "in the desert wind"),
]
# A word of each sentence, for BLIND40_HEAR (yes if that sentence is spoken, else no).
BLIND40_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind40"], ["locomotive", "camel", "falafel", "barge",
                                                                "apprentice", "desert"])}
SEEDS["blind40"] = [4440, 4447]

_PKG = "opencv-doc"
_OCV_HTML = "usr/share/doc/opencv-doc/opencv4/html/"
_OCV_EX = "usr/share/doc/opencv-doc/examples/"
PHOTO.update({
    "b40_smiling_man": {"thing": "the smiling young man in a white T-shirt", "a": "a smiling young man",
                        "accept": ["young man", "man", "smiling", "smile", "guy", "portrait", "face", "person",
                                   "t-shirt", "curly", "pendant", "necklace"],
                        "file": (_PKG, _OCV_HTML + "227943776_1.jpg")},
    "b40_icy_river": {"thing": "the river panorama with floating ice and a tall ship",
                      "a": "a wide river with floating ice",
                      "accept": ["river", "ice", "ship", "spire", "waterfront", "embankment", "panorama",
                                 "reflection", "sailing", "masts", "water", "city", "skyline"],
                      "file": (_PKG, _OCV_HTML + "boat.jpg")},
    "b40_brick_house": {"thing": "the red-brick house with a tall chimney", "a": "a red-brick house",
                        "accept": ["house", "brick", "chimney", "home", "roof", "gable", "building"],
                        "file": (_PKG, _OCV_EX + "reg/home.png")},
    "b40_grey_blocks": {"thing": "the grey geometric blocks on a table", "a": "some geometric blocks",
                        "accept": ["blocks", "block", "cube", "cubes", "geometric", "shapes", "prism", "hexagon",
                                   "wooden", "toy"],
                        "file": (_PKG, _OCV_EX + "data/blox.jpg")},
})
# Truth from looking at the pictures (all four photographs):
# - 227943776_1.jpg (square, colour): head and shoulders of a smiling young man, looking to the left of the
#   camera, curly light-brown hair tied back, short stubble beard, white V-neck T-shirt, a pendant on a thin red
#   cord round his neck; a dark blurred background with a pale wall at the right. One person. No text.
# - boat.jpg (very wide panorama, colour): a broad calm river with scattered white ice floes, reflecting a blue sky
#   with white clouds; at the left a three-masted tall ship moored by an embankment and a grey building; in the
#   middle a long low island with bare trees and a tall thin golden spire; a long row of palace-like buildings
#   along the far bank at the right, and a red column at the far right edge. Dark curved borders top and bottom
#   from the stitching. Nobody visible. No text.
# - reg/home.png (small square, colour): the upper part of a red-brick house against a pale blue sky: a tall brick
#   chimney at the left, dark brown shingle roofs, white eaves and trim, a white-framed sash window, a tall white
#   door or window panel, a white drainpipe; a lower roof across the bottom. Nobody in it. No text.
# - data/blox.jpg (small square, black and white): plain grey geometric blocks on a wooden table: a big flat
#   hexagonal slab with a pale flat plate, a long block and a small cube on it; around it on the table a cube, an
#   upright rectangular block, a triangular wedge, a flat square tile and a lying block; a plain pale wall behind.
#   Nobody in it. No text.
# Most people at once: 1 (the man). The spoken sentence starts at 6 s, inside the river photo (5-11 s), and ends
# before 11 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B40", "split": "blind40",
        "photos": [("b40_smiling_man", 5.0), ("b40_icy_river", 6.0), ("b40_brick_house", 4.0),
                   ("b40_grey_blocks", 5.0)],
        "speech": [("I found these old slides in a shoebox inside the drawer", 6.0, ["slides", "shoebox", "drawer"],
                    "in a shoebox inside the drawer")],
        "people": 1, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND40_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b40_smiling_man"]["accept"],
                                                    "reject": ["river", "ship", "brick", "chimney", "cube"]}),  # man 0-5
            ("shown at time", BLIND40_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b40_icy_river"]["accept"],
                                                      "reject": ["smiling", "brick", "chimney", "cube"]}),  # 10 s of 20, river 5-11
            ("shown at time", BLIND40_LAST_PHOTO, {"check": "text", "accept": PHOTO["b40_grey_blocks"]["accept"],
                                                   "reject": ["smiling", "river", "ship", "brick", "chimney"]}),  # blocks 15-20
            ("shot count", BLIND40_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND40_SHIP, {"check": "yesno", "yes": True}),  # the three-masted ship in the river panorama
            ("unanswerable", BLIND40_MAN_NAME, {}),
            ("unanswerable", BLIND40_HOUSE_PRICE, {}),
            ("unanswerable", BLIND40_RIVER_DATE, {}),
        ],
    },
]
