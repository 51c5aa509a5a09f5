"""The videos and truth of the `blind19` split (its phrasings: qa_bank_blind19.py).

Phrasings and truth were written by one helper, blind: without reading the answering code, its tests or the
other splits' phrasings. Importing this module adds the split's word and sentence pools, seeds, photos and
slideshow to qa_bank_cases' tables (qa_bank.py imports it by name). On-screen words: things at the seaside or
on a boat; sentences: school and work, each with a keyword no other pool's sentence uses.
"""

from __future__ import annotations

from qa_bank_blind19 import (
    BLIND19_BABY_BIRDS,
    BLIND19_CAMEL_PRICE,
    BLIND19_CRAB_BEACH,
    BLIND19_FIRST_PHOTO,
    BLIND19_HALFWAY_PHOTO,
    BLIND19_LAST_PHOTO,
    BLIND19_PANDA_NAME,
    BLIND19_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

WORDS["blind19"] = ["LIFEBUOY", "SEAWEED", "DECKCHAIR", "PORTHOLE", "SURFBOARD", "RUDDER", "BARNACLE", "STARFISH",
                    "WINDBREAK", "LIFEJACKET"]
SENTENCES["blind19"] = [
    ("the janitor waxed the gym floor before the assembly", ["wax", "gym", "assembl"], "waxed the gym floor"),
    ("our chemistry teacher spilled vinegar on my homework", ["chemistry", "vinegar", "homework"],
     "spilled vinegar on my homework"),
    ("the intern photocopied the budget report upside down", ["intern", "budget", "upside"],
     "the budget report upside down"),
    ("the headmaster postponed the spelling test until friday", ["postpone", "spelling", "friday"],
     "the spelling test until friday"),
    ("a welder repaired the shelves in the staff canteen", ["welder", "shel", "canteen"], "in the staff canteen"),
    ("the pupils built a paper volcano for the science fair", ["pupil", "volcano", "science"],
     "for the science fair"),
]
# A word of each sentence, for 'does anyone actualy say the word "{word}" out loud' (yes if spoken, else no).
BLIND19_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind19"], ["assembly", "vinegar", "budget", "spelling",
                                                                "canteen", "volcano"])}
SEEDS["blind19"] = [2319, 2326]

# Photos no other split uses: real photographs (Wikimedia Commons, CC licences) from GCompris' "erase" activity.
# gcompris-qt-data ships them inside a Qt resource bundle, not as plain files: the path is the bundle's file in
# the package, a colon, then the photo's path inside the bundle (Qt's ":/..." resource notation).
_ERASE = "usr/share/gcompris-qt/rcc/erase.rcc:/gcompris/src/activities/erase/resource/"
PHOTO.update({
    "swan_family": {"thing": "the swan family", "a": "a family of swans",
                    "accept": ["swan", "cygnet", "bird", "chick", "waterfowl", "goose", "geese", "water", "lake",
                               "pond", "reflection", "swimming"],
                    "file": ("gcompris-qt-data", _ERASE + "swans.webp")},
    "sally_crab": {"thing": "the red crab", "a": "a crab",
                   "accept": ["crab", "claw", "pincer", "crustacean", "shellfish", "sally lightfoot", "sand",
                              "beach", "shore"],
                   "file": ("gcompris-qt-data", _ERASE + "crab.webp")},
    "camel_calf": {"thing": "the camel with its calf", "a": "a camel",
                   "accept": ["camel", "bactrian", "hump", "calf", "dromedary", "steppe", "grassland", "desert",
                              "prairie", "woolly", "wool"],
                   "file": ("gcompris-qt-data", _ERASE + "camels.webp")},
    "red_panda_branch": {"thing": "the red panda", "a": "a red panda",
                         "accept": ["red panda", "panda", "ailurus", "whisker", "branch", "mammal", "furry"],
                         "file": ("gcompris-qt-data", _ERASE + "red_panda.webp")},
})
# Truth from looking at the photos (all 1920x1080, no text, nobody in any of them):
# - swans.webp: two adult white mute swans (orange-red beaks with black knobs) swimming on very dark, almost black
#   water, one at each side, with six fluffy grey-white cygnets between them; their white reflections below,
#   pale specks of light sparkling on the black water.
# - crab.webp: one Sally Lightfoot crab facing the camera, standing on grey sand/volcanic grit, bright red-orange
#   legs and claws, a blue-grey and yellow shell, pink eye stalks; the background blurred grey.
# - camels.webp: two shaggy Bactrian (two-humped) camels walking right across dry steppe grass under a pale blue-grey
#   sky: a big tan adult moulting its woolly coat and a small cream-white calf behind it at the left.
# - red_panda.webp: close-up of a red panda's head and shoulder, rust-red fur, white ears, cheeks and muzzle, black
#   nose and long white whiskers, brown eyes, a dark paw on a mossy branch at the lower left, green leaves blurred
#   behind.
# The slideshow: swans 0-5 s, crab 5-12 s (halfway, 11 s of 22), camels 12-17 s, red panda 17-22 s.
# "video", "image", "picture", "photo" and "animal" are in no accept list (any answer would use them).
SLIDESHOWS += [
    {
        "name": "photos-Y", "split": "blind19",
        "photos": [("swan_family", 5.0), ("sally_crab", 7.0), ("camel_calf", 5.0), ("red_panda_branch", 5.0)],
        "speech": [("my nephew took these pictures on a school outing last spring", 6.0,
                    ["nephew", "outing", "spring"], "on a school outing")],
        "people": 0, "absent": ["a bicycle", "a laptop"],
        "extra": [
            ("shown at time", BLIND19_FIRST_PHOTO, {"check": "text", "accept": PHOTO["swan_family"]["accept"],
                                                    "reject": ["crab", "camel", "panda"]}),
            ("shown at time", BLIND19_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["sally_crab"]["accept"],
                                                      "reject": ["swan", "camel", "panda"]}),  # 11 s of 22, crab 5-12
            ("shown at time", BLIND19_LAST_PHOTO, {"check": "text", "accept": PHOTO["red_panda_branch"]["accept"],
                                                   "reject": ["swan", "crab", "camel"]}),  # red panda 17-22
            ("shot count", BLIND19_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND19_BABY_BIRDS, {"check": "yesno", "yes": True}),  # the six cygnets
            ("unanswerable", BLIND19_PANDA_NAME, {}),
            ("unanswerable", BLIND19_CRAB_BEACH, {}),
            ("unanswerable", BLIND19_CAMEL_PRICE, {}),
        ],
    },
]
