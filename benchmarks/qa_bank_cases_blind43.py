"""The videos and truth of the `blind43` split (its phrasings: qa_bank_blind43.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four real photographs from Debian's opencv-doc (a shaggy little dog with its tongue out, people
walking across a campus by a lamp post, an aerial view of a town by the water, a heap of red, green and yellow
peppers) that no other split uses, and their truth comes from looking at them. Importing this module adds the
split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind43 import (
    BLIND43_DOG_NAME,
    BLIND43_FIRST_PHOTO,
    BLIND43_HALFWAY_PHOTO,
    BLIND43_LAST_PHOTO,
    BLIND43_PEPPER_PRICE,
    BLIND43_PHOTO_COUNT,
    BLIND43_TOWN_DATE,
    BLIND43_WHITE_VAN,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things of a convent and of a programmer's desk, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind43"] = ["CLOISTER", "ROSARY", "BREVIARY", "CHAPLET", "VESPERS", "REFECTORY", "SCAPULAR", "ABBESS",
                    "COMPILER", "DEBUGGER"]
# Everyday scenes; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind43"] = [
    ("the novice carried a brass lantern down the stairs", ["novice", "lantern", "brass"],
     "carried a brass lantern"),
    ("the sexton swept the steps of the old tower", ["sexton", "swept", "tower"], "the steps of the old tower"),
    ("the courier left a parcel beside the doormat", ["courier", "parcel", "doormat"], "a parcel beside the doormat"),
    ("the hermit dozed under a patchwork quilt", ["hermit", "dozed", "quilt"], "under a patchwork quilt"),
    ("the build server stalled after the friday deploy", ["server", "stalled", "deploy"],
     "after the friday deploy"),
    ("the quince jam bubbled in a copper kettle", ["quince", "jam", "copper"], "in a copper kettle"),
]
# A word of each sentence, for BLIND43_HEAR (yes if that sentence is spoken, else no).
BLIND43_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind43"], ["lantern", "sexton", "parcel", "quilt", "server",
                                                                "quince"])}
SEEDS["blind43"] = [4743, 4750]

_PKG = "opencv-doc"
_OCV_HTML = "usr/share/doc/opencv-doc/opencv4/html/"
_OCV_EX = "usr/share/doc/opencv-doc/examples/"
PHOTO.update({
    "b43_shaggy_dog": {"thing": "the shaggy little dog with its tongue out", "a": "a shaggy little dog",
                       "accept": ["dog", "pekingese", "shih tzu", "puppy", "tongue", "shaggy", "furry", "canine"],
                       "file": (_PKG, _OCV_HTML + "Threshold_Tutorial_Original_Image.jpg")},
    "b43_campus_walkers": {"thing": "the people walking across a campus by a lamp post",
                           "a": "a group of people walking on a campus",
                           "accept": ["pedestrians", "walking", "people", "campus", "lawn", "grass", "path",
                                      "footpath", "walkway", "lamp", "lamppost", "tripod", "cones",
                                      "students", "courtyard"],
                           "file": (_PKG, _OCV_HTML + "Background_Subtraction_Tutorial_frame.jpg")},
    "b43_aerial_town": {"thing": "the aerial view of a town by the water", "a": "an aerial view of a town",
                        "accept": ["aerial", "town", "city", "from above", "bird's-eye", "birds eye", "buildings",
                                   "apartment", "blocks", "suburb", "coast", "shore", "lake", "forest",
                                   "road", "highway", "landscape"],
                        "file": (_PKG, _OCV_EX + "data/aero3.jpg")},
    "b43_peppers": {"thing": "the heap of red, green and yellow peppers", "a": "a heap of peppers",
                    "accept": ["peppers", "pepper", "capsicum", "paprika", "chili", "chilli", "bell pepper",
                               "vegetables", "vegetable", "produce"],
                    "file": (_PKG, _OCV_HTML + "bicubicOutput.jpg")},
})
# Truth from looking at the pictures (all four photographs, colour):
# - Threshold_Tutorial_Original_Image.jpg (almost square): close-up of a small long-haired dog (Pekingese or
#   similar), brown-and-black brindle fur, dark face, big round eyes, mouth open with a pink tongue out, lying on
#   a blue patterned cushion or seat; a grey image-viewer status bar along the bottom with small text
#   "512 x 512 pixels 545.7 KB 100% 5/8". No person.
# - Background_Subtraction_Tutorial_frame.jpg (4:3): seen from above, a university-like campus: a big green lawn
#   in front, grey tarmac paths crossing it, a tall street lamp with a green "Fire assembly point" sign, a black
#   camera tripod standing on the grass and another by orange traffic cones and red-and-white tape, tan brick
#   buildings behind, a white van and a light blue car parked at the top right, a yellow cloth lying on the lawn.
#   Seven people walking (two together at the top right, one with a pale hoodie and a bag at the left); a small
#   box at the top left reads "200.0".
# - data/aero3.jpg (4:3): aerial photo from a plane of a town: white and cream tower blocks, a long straight
#   multi-lane road running from the bottom up into the town, dark green forest at the lower left and around,
#   smaller houses among trees at the right, a car park with many cars at the left, a hazy wide stretch of water
#   (sea or a large lake) with a sandy shore across the top. No person can be made out. No text.
# - bicubicOutput.jpg (square): a close heap of peppers filling the frame: a large green bell pepper in the middle,
#   a long pale yellow-green chili pepper at the left, a large red bell pepper at the top, more red, green and
#   yellow peppers all around. No person. No text.
# Most people at once: 7 (the campus). The spoken sentence starts at 6 s, inside the campus photo (5-12 s), and
# ends before 12 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B43", "split": "blind43",
        "photos": [("b43_shaggy_dog", 5.0), ("b43_campus_walkers", 7.0), ("b43_aerial_town", 4.0),
                   ("b43_peppers", 4.0)],
        "speech": [("an old abbot mailed these prints from his vineyard", 6.0, ["abbot", "mailed", "vineyard"],
                    "from his vineyard")],
        "people": 7, "absent": ["a horse", "a guitar"],
        "extra": [
            ("shown at time", BLIND43_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b43_shaggy_dog"]["accept"],
                                                    "reject": ["pepper", "aerial", "campus", "van", "tripod"]}),  # dog 0-5
            ("shown at time", BLIND43_HALFWAY_PHOTO, {"check": "text",
                                                      "accept": PHOTO["b43_campus_walkers"]["accept"],
                                                      "reject": ["dog", "pepper", "aerial"]}),  # 10 s of 20, campus 5-12
            ("shown at time", BLIND43_LAST_PHOTO, {"check": "text", "accept": PHOTO["b43_peppers"]["accept"],
                                                   "reject": ["dog", "aerial", "campus", "walking"]}),  # peppers 16-20
            ("shot count", BLIND43_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND43_WHITE_VAN, {"check": "yesno", "yes": True}),  # the white van at the campus's top right
            ("unanswerable", BLIND43_DOG_NAME, {}),
            ("unanswerable", BLIND43_PEPPER_PRICE, {}),
            ("unanswerable", BLIND43_TOWN_DATE, {}),
        ],
    },
]
