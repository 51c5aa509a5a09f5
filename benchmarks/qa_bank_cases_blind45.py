"""The videos and truth of the `blind45` split (its phrasings: qa_bank_blind45.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four photos that no other split uses, from Debian's gcompris-qt-data (erase.rcc: a young Nubian ibex
on a rocky ledge, a swallowtail caterpillar on a stem, a bonnet macaque's face; explore_world_animals.rcc: an
American bison grazing), and their truth comes from looking at them. Importing this module adds the split's
pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind45 import (
    BLIND45_BISON_WEIGHT,
    BLIND45_FIRST_PHOTO,
    BLIND45_HALFWAY_PHOTO,
    BLIND45_HORNS,
    BLIND45_IBEX_PLACE,
    BLIND45_LAST_PHOTO,
    BLIND45_MONKEY_NAME,
    BLIND45_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Assorted objects and fruit, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind45"] = ["MANDOLIN", "HERBARIUM", "PERISCOPE", "TAMARIND", "SNOWGLOBE", "MONOGRAM", "FLYWHEEL",
                    "SPINNAKER", "BOOKPLATE", "AVOCADO"]
# Everyday scenes; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind45"] = [
    ("the archaeologist dusted the sand off a clay jar", ["archaeolog", "dusted", "clay"], "off a clay jar"),
    ("the neighbours rolled tamales in corn husks", ["rolled", "tamales", "husks"], "tamales in corn husks"),
    ("the skater chipped his front tooth on the railing", ["skater", "chipped", "railing"], "on the railing"),
    ("the reading room shuts early on wednesdays", ["reading", "shuts", "wednesday"], "shuts early on wednesdays"),
    ("the trumpeter played a serenade beneath the arches", ["trumpeter", "serenade", "arches"],
     "a serenade beneath the arches"),
    ("cold horchata dribbled onto the velvet sofa", ["orchat", "dribbl", "sofa"], "dribbled onto the velvet sofa"),
]
# A word of each sentence, for BLIND45_HEAR (yes if that sentence is spoken, else no).
BLIND45_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind45"], ["clay", "husks", "skater", "shuts", "trumpeter",
                                                                "sofa"])}
SEEDS["blind45"] = [4945, 4952]

_PKG, _RCC = "gcompris-qt-data", "usr/share/gcompris-qt/rcc/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
_WORLD = _RCC + "explore_world_animals.rcc:/gcompris/src/activities/explore_world_animals/resource/animals/"
PHOTO.update({
    "b45_ibex": {"thing": "the young ibex standing on a rocky ledge", "a": "a young ibex on a rock",
                 "accept": ["ibex", "wild goat", "goat", "horns", "horned", "ledge", "rock", "rocky",
                            "cliff", "crater", "desert"],
                 "file": (_PKG, _ERASE + "nubian_ibex.webp")},
    "b45_bison": {"thing": "the bison grazing in a green meadow", "a": "a bison in a grassy field",
                  "accept": ["bison", "buffalo", "herd", "grazing", "meadow", "prairie", "grassland", "pasture",
                             "grass", "field"],
                  "file": (_PKG, _WORLD + "bison.webp")},
    "b45_caterpillar": {"thing": "the green caterpillar with black stripes on a plant stem",
                        "a": "a striped caterpillar on a stem",
                        "accept": ["caterpillar", "swallowtail", "larva", "stem", "stalk", "leaf", "leaves",
                                   "stripes", "striped", "insect", "plant"],
                        "file": (_PKG, _ERASE + "caterpillar.webp")},
    "b45_macaque": {"thing": "the close-up of a monkey's face", "a": "a monkey's face",
                    "accept": ["macaque", "monkey", "primate", "face", "fur", "tuft"],
                    "file": (_PKG, _ERASE + "macaque.webp")},
})
# Truth from looking at the pictures:
# - nubian_ibex.webp (1920x1080, colour photograph): a young Nubian ibex (a wild goat; short ridged horns curving
#   back, big ears, sandy-tan shaggy coat, black-and-white marks at the hooves, short dark tail) standing side-on,
#   facing left and looking back at the camera, on pale cream limestone rocks along the bottom edge; behind it a
#   hazy blurred desert crater in dusty pink, mauve and tan, under a pale blue-violet sky. One animal. Nobody in
#   it. No text.
# - bison.webp (1024x768, colour photograph): a big dark-brown American bison (shaggy almost black head and
#   forelegs, short curved pale horns, lighter brown hind part) grazing towards the left front in tall bright-green
#   grass; a herd of about twenty more brown bison small in the distance across the green meadow, and the rear of
#   another bison (tail raised) cut off at the right edge. Nobody in it. No text.
# - caterpillar.webp (1920x1080, colour photograph): a plump swallowtail caterpillar lying along a thin green plant
#   stem (feathery leaves at the right end of the stem), lime-green body ringed with black bands dotted with orange
#   spots; blurred background blue at the left and olive green at the right. Nobody in it. No text.
# - macaque.webp (1920x1080, colour photograph): close-up of a bonnet macaque's head and shoulder in profile,
#   facing left, at the right of the frame: tan-grey fur, a tuft of hair parted on top of the head, pinkish bare
#   face, dark eyes, pink ear; the rest is a blurred dark-green background. Nobody in it (a monkey, not a person).
#   No text.
# Most people at once: 0. The photos run ibex 0-6 s, bison 6-12 s, caterpillar 12-17 s, macaque 17-22 s; the
# halfway point (11 s of 22) is in the bison photo. The spoken sentence starts at 13.0 s, inside the caterpillar
# photo, and ends before 17 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B45", "split": "blind45",
        "photos": [("b45_ibex", 6.0), ("b45_bison", 6.0), ("b45_caterpillar", 5.0), ("b45_macaque", 5.0)],
        "speech": [("kindly lower your voices near the study tables", 13.0, ["kindly", "voices", "tables"],
                    "lower your voices near")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND45_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b45_ibex"]["accept"],
                                                    "reject": ["bison", "buffalo", "caterpillar", "monkey",
                                                               "macaque"]}),  # ibex 0-6
            ("shown at time", BLIND45_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b45_bison"]["accept"],
                                                      "reject": ["ibex", "caterpillar", "monkey",
                                                                 "macaque"]}),  # 11 s of 22, bison 6-12
            ("shown at time", BLIND45_LAST_PHOTO, {"check": "text", "accept": PHOTO["b45_macaque"]["accept"],
                                                   "reject": ["ibex", "bison", "buffalo",
                                                              "caterpillar"]}),  # macaque 17-22
            ("shot count", BLIND45_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND45_HORNS, {"check": "yesno", "yes": True}),  # the ibex and the bison have horns
            ("unanswerable", BLIND45_IBEX_PLACE, {}),
            ("unanswerable", BLIND45_BISON_WEIGHT, {}),
            ("unanswerable", BLIND45_MONKEY_NAME, {}),
        ],
    },
]
