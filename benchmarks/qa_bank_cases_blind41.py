"""The videos and truth of the `blind41` split (its phrasings: qa_bank_blind41.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier word; no keyword of a sentence is, contains or is contained in an earlier keyword); the
pictures are four real photographs of farm animals from Debian's gcompris-qt-data (Holstein cows, a sheep and
brown hens from its explore_farm_animals.rcc bundle, a long-haired goat from its erase.rcc bundle) that no other
split uses, and their truth comes from looking at them. Importing this module adds the split's pools, seeds,
photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind41 import (
    BLIND41_FIRST_PHOTO,
    BLIND41_GOAT_PRICE,
    BLIND41_HALFWAY_PHOTO,
    BLIND41_HENS_DATE,
    BLIND41_HORNS,
    BLIND41_LAST_PHOTO,
    BLIND41_PHOTO_COUNT,
    BLIND41_SHEEP_OWNER,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Farm gear and farm places, in no earlier WORDS pool (none contains or sits in an earlier word).
WORDS["blind41"] = ["HARROW", "SILAGE", "TROUGH", "GRANARY", "THRESHER", "MILKCHURN", "CULTIVATOR", "STANCHION",
                    "PADDOCK", "GATEPOST"]
# Farmyard news; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind41"] = [
    ("the farrier shod the grumpy old mule", ["farrier", "grumpy", "mule"], "the grumpy old mule"),
    ("the heifer calved in the sleet on sunday", ["heifer", "calved", "sleet"], "calved in the sleet"),
    ("a skunk escaped into the pantry last night", ["skunk", "escaped", "pantry"], "escaped into the pantry"),
    ("the drought has nearly emptied the reservoir", ["drought", "emptied", "reservoir"],
     "nearly emptied the reservoir"),
    ("my aunt won a ribbon for her walnut chutney", ["ribbon", "walnut", "chutney"], "her walnut chutney"),
    ("the bishop tasted yoghurt from the local dairy", ["bishop", "yoghurt", "dairy"],
     "yoghurt from the local dairy"),
]
# A word of each sentence, for BLIND41_HEAR (yes if that sentence is spoken, else no).
BLIND41_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind41"], ["farrier", "sleet", "skunk", "drought",
                                                                "chutney", "bishop"])}
SEEDS["blind41"] = [4541, 4548]

# gcompris-qt-data ships these photos inside Qt resource bundles: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_RCC = "usr/share/gcompris-qt/rcc/"
_FARM = _RCC + "explore_farm_animals.rcc:/gcompris/src/activities/explore_farm_animals/resource/animals/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
PHOTO.update({
    "b41_holstein_cows": {"thing": "the black and white cow standing in the pasture", "a": "a cow",
                          "accept": ["cow", "cows", "holstein", "friesian", "cattle", "bovine"],
                          "file": ("gcompris-qt-data", _FARM + "cow.webp")},
    "b41_woolly_sheep": {"thing": "the woolly white sheep on the grass", "a": "a sheep",
                         "accept": ["sheep", "ewe", "lamb", "ram", "wool", "fleece"],
                         "file": ("gcompris-qt-data", _FARM + "sheep.webp")},
    "b41_brown_hens": {"thing": "the four brown hens pecking in the grass", "a": "a hen",
                       "accept": ["hen", "hens", "chicken", "chickens", "poultry", "fowl"],
                       "file": ("gcompris-qt-data", _FARM + "chicken.webp")},
    "b41_mountain_goat": {"thing": "the long-haired goat standing on a rock in the mountains", "a": "a goat",
                          "accept": ["goat", "billy goat", "horns", "horned", "blackneck"],
                          "file": ("gcompris-qt-data", _ERASE + "goat.webp")},
})
# Truth from looking at the photos (no text and nobody in any of them):
# - cow.webp (1024x768): a black-and-white Holstein-Friesian cow standing side-on, facing left, in the front of a
#   green grass pasture, a black collar and a yellow ear tag; two more black (mostly black, white legs/belly) cows
#   grazing farther back, behind a thin white electric-fence wire on posts; a row of tall green maize / corn
#   behind them, then a line of green deciduous trees under a pale blue sky. No horns visible.
# - sheep.webp (1024x742): one woolly white/cream sheep standing on short green grass, facing the camera, looking
#   at it; white face with a dark nose, pinkish ears, thick dirty-cream fleece, darker muddy wool under its
#   chest, grey-spotted knees; a few droppings and pale stones on the grass. No horns.
# - chicken.webp (1024x683): four reddish-brown hens (ISA Brown-like) on green grass, three of them pecking with
#   heads down, one at the left standing upright in profile facing left; red combs and wattles, pale tail tips;
#   a path of pale square paving stones with moss at the top right.
# - goat.webp (1920x1080): a long-haired goat (a Valais blackneck: front half black/dark brown, back half white)
#   standing side-on, facing right, on a grey lichen-spotted rock; long curved backswept horns, a wide leather
#   collar with a brass buckle, a yellow ear tag; behind it green-brown alpine slopes, a dark forested hillside
#   and blue-grey snow-capped mountains under white clouds.
# Nobody in any of them (people: 0). The spoken sentence (over the hens) names none of the photos' things.
# Timeline: cows 0-5, sheep 5-12, hens 12-17, goat 17-22; the halfway moment (11 s of 22) is the sheep.
SLIDESHOWS += [
    {
        "name": "photos-B41", "split": "blind41",
        "photos": [("b41_holstein_cows", 5.0), ("b41_woolly_sheep", 7.0), ("b41_brown_hens", 5.0),
                   ("b41_mountain_goat", 5.0)],
        "speech": [("the tractor axle snapped again this week", 12.5, ["tractor", "axle", "snapped"],
                    "the tractor axle snapped")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND41_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b41_holstein_cows"]["accept"],
                                                    "reject": ["sheep", "hen", "chicken", "goat"]}),  # cows 0-5
            ("shown at time", BLIND41_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b41_woolly_sheep"]["accept"],
                                                      "reject": ["cow", "hen", "chicken", "goat"]}),  # 11 s of 22
            ("shown at time", BLIND41_LAST_PHOTO, {"check": "text", "accept": PHOTO["b41_mountain_goat"]["accept"],
                                                   "reject": ["cow", "sheep", "hen", "chicken"]}),  # goat 17-22
            ("shot count", BLIND41_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND41_HORNS, {"check": "yesno", "yes": True}),  # the goat's curved horns
            ("unanswerable", BLIND41_GOAT_PRICE, {}),
            ("unanswerable", BLIND41_SHEEP_OWNER, {}),
            ("unanswerable", BLIND41_HENS_DATE, {}),
        ],
    },
]
