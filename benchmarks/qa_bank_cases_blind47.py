"""The videos and truth of the `blind47` split (its phrasings: qa_bank_blind47.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four that no other split uses, from the categorization.rcc bundle of Debian's gcompris-qt-data (a
striped angelfish, a white porcelain teacup on its saucer, an old wooden-handled hammer, a cast-iron frying
pan), and their truth comes from looking at them. Importing this module adds the split's pools, seeds, photos
and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind47 import (
    BLIND47_CUP_YEAR,
    BLIND47_FIRST_PHOTO,
    BLIND47_FISH_NAME,
    BLIND47_HALFWAY_PHOTO,
    BLIND47_LAST_PHOTO,
    BLIND47_PAN_PRICE,
    BLIND47_PHOTO_COUNT,
    BLIND47_SAUCER,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Police kit and old household things, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind47"] = ["HANDCUFFS", "TRUNCHEON", "NIGHTSTICK", "HOLSTER", "CRUISER", "STOPWATCH", "SUSPENDERS",
                    "PHONOGRAPH", "MOUSETRAP", "HORSESHOE"]
# Police calls and a grandfather's memories; each sentence's keywords are in no earlier keyword list (nor
# contain or sit in one).
SENTENCES["blind47"] = [
    ("the deputy towed a stolen tractor out of the ditch", ["deputy", "tractor", "ditch"],
     "a stolen tractor out of the ditch"),
    ("a patrol unit found loose cattle on the bypass", ["patrol", "cattle", "bypass"], "loose cattle on the bypass"),
    ("my granddad whittled a walking stick from hazel", ["granddad", "whittled", "hazel"],
     "a walking stick from hazel"),
    ("we skated on the millpond and fed the foal", ["skated", "millpond", "foal"], "skated on the millpond"),
    ("the dispatcher sent an ambulance to the junction", ["dispatcher", "ambulance", "junction"],
     "an ambulance to the junction"),
    ("the sergeant caught a burglar behind the pharmacy", ["sergeant", "burglar", "pharmacy"],
     "behind the pharmacy"),
]
# A word of each sentence, for BLIND47_HEAR (yes if that sentence is spoken, else no).
BLIND47_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind47"], ["tractor", "cattle", "hazel", "millpond",
                                                                "ambulance", "burglar"])}
SEEDS["blind47"] = [5147, 5154]

_CAT = ("usr/share/gcompris-qt/rcc/categorization.rcc:/gcompris/src/activities/categorization/resource/images/")
PHOTO.update({
    "b47_angelfish": {"thing": "the dark angelfish with pale curved stripes", "a": "a striped angelfish",
                      "accept": ["angelfish", "angel fish", "fish", "reef", "aquarium", "stripes", "striped",
                                 "fins", "tropical", "coral", "underwater"],
                      "file": ("gcompris-qt-data", _CAT + "fishes/fish1.webp")},
    "b47_teacup": {"thing": "the white porcelain teacup on its saucer", "a": "a white teacup on a saucer",
                   "accept": ["teacup", "tea cup", "cup", "saucer", "porcelain", "china", "ceramic", "coffee cup"],
                   "file": ("gcompris-qt-data", _CAT + "others/cup.webp")},
    "b47_hammer": {"thing": "the old hammer with a wooden handle on a blue background",
                   "a": "a wooden-handled hammer",
                   "accept": ["hammer", "mallet", "peen", "tool"],
                   "file": ("gcompris-qt-data", _CAT + "tools/hammer1.webp")},
    "b47_frying_pan": {"thing": "the black cast-iron frying pan on a steel counter", "a": "a frying pan",
                       "accept": ["frying pan", "frypan", "skillet", "cast iron", "cast-iron", "pan",
                                  "cookware"],
                       "file": ("gcompris-qt-data", _CAT + "others/pan.webp")},
})
# Truth from looking at the pictures:
# - fishes/fish1.webp (landscape, colour photograph): one angelfish seen side-on facing right, filling most of the
#   frame: a dark navy-black body with fine pale speckles, broad curved white-to-pale-yellow vertical bands (one
#   behind the head, two across the body, one at the tail), a yellow ring round the eye; behind it pale pebbles
#   and coral rubble at the bottom and a bright blue patch of water at the right. Nobody in it. No text.
# - others/cup.webp (landscape, colour photograph, a museum display): a white (cream) porcelain teacup with
#   octagonal, finely ribbed sides and an angular, geometric open handle at the right, standing on a matching
#   white octagonal saucer, on a glass shelf; soft grey-green background. Nobody in it. No text.
# - tools/hammer1.webp (landscape, colour photograph): an old hammer lying diagonally from upper left to lower
#   right on a bright blue cloth: a long worn light-brown wooden handle and a dark rusty-grey iron head with a
#   wedge-shaped (peen) end at the lower right. Nobody in it. No text.
# - others/pan.webp (landscape, colour photograph, a kitchen): a round black cast-iron frying pan on a brushed
#   stainless-steel counter, with a long light wooden handle pointing to the upper right and a small metal loop
#   handle at the left; white square wall tiles behind. Nobody in it. No text.
# Most people at once: 0. The photos run angelfish 0-6 s, teacup 6-12 s, hammer 12-17 s, frying pan 17-22 s; the
# halfway point (11 s of 22) is in the teacup photo. The spoken sentence starts at 12.5 s, inside the hammer
# photo, and ends before 17 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B47", "split": "blind47",
        "photos": [("b47_angelfish", 6.0), ("b47_teacup", 6.0), ("b47_hammer", 5.0), ("b47_frying_pan", 5.0)],
        "speech": [("suspect vehicle was last seen northbound near the warehouse", 12.5,
                    ["suspect", "vehicle", "warehouse"], "last seen northbound")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND47_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b47_angelfish"]["accept"],
                                                    "reject": ["teacup", "saucer", "hammer", "frying pan",
                                                               "skillet"]}),  # angelfish 0-6
            ("shown at time", BLIND47_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b47_teacup"]["accept"],
                                                      "reject": ["angelfish", "fish", "hammer", "frying pan",
                                                                 "skillet"]}),  # 11 s of 22, teacup 6-12
            ("shown at time", BLIND47_LAST_PHOTO, {"check": "text", "accept": PHOTO["b47_frying_pan"]["accept"],
                                                   "reject": ["angelfish", "fish", "teacup", "saucer",
                                                              "hammer"]}),  # frying pan 17-22
            ("shot count", BLIND47_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND47_SAUCER, {"check": "yesno", "yes": True}),  # the teacup on its saucer, 6-12 s
            ("unanswerable", BLIND47_FISH_NAME, {}),
            ("unanswerable", BLIND47_PAN_PRICE, {}),
            ("unanswerable", BLIND47_CUP_YEAR, {}),
        ],
    },
]
