"""The videos and truth of the `blind49` split (its phrasings: qa_bank_blind49.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier word or keyword; no keyword of a sentence is, or contains, or is contained in, an earlier
keyword or on-screen word); the pictures are four real photographs from Debian's gcompris-qt-data that no other
split uses (a honeybee from its erase.rcc bundle, a koala from explore_world_animals.rcc, a German shepherd from
explore_farm_animals.rcc, a gorilla from erase.rcc), and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind49 import (
    BLIND49_DOG_NAME,
    BLIND49_FIRST_PHOTO,
    BLIND49_FLOWERS,
    BLIND49_GORILLA_AGE,
    BLIND49_HALFWAY_PHOTO,
    BLIND49_KOALA_ZOO,
    BLIND49_LAST_PHOTO,
    BLIND49_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# A beekeeper's things and Indian food and music, in no earlier WORDS pool (none contains, or sits in, an earlier
# word or sentence keyword).
WORDS["blind49"] = ["APIARY", "PROPOLIS", "SMOKER", "TURMERIC", "SAMOSA", "RICKSHAW", "CHAPATI", "PAKORA",
                    "JALEBI", "HARMONIUM"]
# Bees and an Indian kitchen; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind49"] = [
    ("the queen laid her eggs deep inside the brood frames", ["queen", "brood", "deep"],
     "inside the brood frames"),
    ("my aunt in nagpur boiled sugar syrup for the feeder", ["nagpur", "syrup", "feeder"],
     "sugar syrup for the feeder"),
    ("the drones gathered near the entrance in the afternoon", ["drones", "gathered", "entrance"],
     "gathered near the entrance"),
    ("a calm colony lets you inspect every comb", ["calm", "inspect", "comb"], "you inspect every comb"),
    ("the capped cells were sliced open with a warm knife", ["capped", "sliced", "knife"],
     "sliced open with a warm knife"),
    ("the swarm clustered on a low neem branch", ["swarm", "clustered", "branch"], "on a low neem branch"),
]
# A word of each sentence, for BLIND49_HEAR (yes if that sentence is spoken, else no).
BLIND49_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind49"], ["queen", "syrup", "drones", "comb", "knife",
                                                                "swarm"])}
SEEDS["blind49"] = [5349, 5356]

# gcompris-qt-data ships these photos inside Qt resource bundles: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_PKG = "gcompris-qt-data"
_RCC = "usr/share/gcompris-qt/rcc/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
_WORLD = _RCC + "explore_world_animals.rcc:/gcompris/src/activities/explore_world_animals/resource/animals/"
_FARM = _RCC + "explore_farm_animals.rcc:/gcompris/src/activities/explore_farm_animals/resource/animals/"
PHOTO.update({
    "b49_honeybee": {"thing": "the honeybee flying up to the orange flowers", "a": "a bee",
                     "accept": ["bee", "honeybee", "honey bee", "bees", "insect", "pollen"],
                     "file": (_PKG, _ERASE + "bee.webp")},
    "b49_koala": {"thing": "the koala sitting in the fork of a tree", "a": "a koala",
                  "accept": ["koala", "koala bear", "marsupial", "eucalyptus"],
                  "file": (_PKG, _WORLD + "koala.webp")},
    "b49_shepherd_dog": {"thing": "the German shepherd standing in the grass", "a": "a German shepherd dog",
                         "accept": ["german shepherd", "shepherd", "alsatian", "dog", "canine"],
                         "file": (_PKG, _FARM + "dog.webp")},
    "b49_gorilla": {"thing": "the gorilla peering out of green leaves", "a": "a gorilla",
                    "accept": ["gorilla", "ape", "primate", "silverback"],
                    "file": (_PKG, _ERASE + "gorilla.webp")},
})
# Truth from looking at the pictures:
# - bee.webp (landscape, colour): a honeybee in flight at the left, seen side-on, striped amber-and-black abdomen,
#   fuzzy golden thorax, legs hanging, antennae reaching up towards an open orange-red blossom with yellow stamens
#   at the top (flowering quince, it seems); a second closed orange bud at the top right, small green leaves at
#   the top edge; the background a soft blur of grey-beige and orange. No text, nobody in it.
# - koala.webp (portrait, colour): a grey koala with fluffy ears, a big dark nose and a cream chest sitting in the
#   fork of a pale eucalyptus tree, its left arm reaching out to a branch, looking at the camera; bare grey-brown
#   branches around, a blurred bright green leafy background, long thin leaves at the bottom left. No text, nobody.
# - dog.webp (landscape, colour): a German shepherd (black saddle, tan legs and face, upright pointed ears) standing
#   side-on on short green-and-straw grass, head turned to the camera, mouth open with its pink tongue out, a dark
#   collar with a metal ring/tag; dry reeds and bushes behind in low warm sunlight. No text, nobody.
# - gorilla.webp (landscape, colour): a close-up of a young black-haired gorilla (a mountain gorilla, long shaggy
#   fur, brown eyes) lying among green leaves and nettles, looking slightly to the right of the camera, its arms
#   folded under its chin; ferns at the left, dense green foliage all round. No text, nobody.
# Most people at once: 0. Flowers: the bee photo's orange blossoms. The photos run bee 0-6 s, koala 6-13 s,
# dog 13-18 s, gorilla 18-24 s; the halfway point (12 s of 24) is in the koala photo. The spoken sentence starts
# at 13.5 s, inside the dog photo, and ends before 18 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B49", "split": "blind49",
        "photos": [("b49_honeybee", 6.0), ("b49_koala", 7.0), ("b49_shepherd_dog", 5.0), ("b49_gorilla", 6.0)],
        "speech": [("we looked for mites on every hive before autumn", 13.5, ["looked", "mite", "autumn"],
                    "mites on every hive")],
        "people": 0, "absent": ["a horse", "a car"],
        "extra": [
            ("shown at time", BLIND49_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b49_honeybee"]["accept"],
                                                    "reject": ["koala", "shepherd", "gorilla"]}),  # 0-6
            ("shown at time", BLIND49_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b49_koala"]["accept"],
                                                      "reject": ["bee", "shepherd", "gorilla"]}),  # 12 s of 24, koala 6-13
            ("shown at time", BLIND49_LAST_PHOTO, {"check": "text", "accept": PHOTO["b49_gorilla"]["accept"],
                                                   "reject": ["bee", "koala", "shepherd"]}),  # 18-24
            ("shot count", BLIND49_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND49_FLOWERS, {"check": "yesno", "yes": True}),  # the blossoms in the bee photo
            ("unanswerable", BLIND49_DOG_NAME, {}),
            ("unanswerable", BLIND49_KOALA_ZOO, {}),
            ("unanswerable", BLIND49_GORILLA_AGE, {}),
        ],
    },
]
