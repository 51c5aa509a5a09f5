"""The videos and truth of the `blind52` split (its phrasings: qa_bank_blind52.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none containing
or contained in an earlier sentence keyword; no keyword of a sentence is, or contains, or is contained in, an
earlier keyword or on-screen word); the pictures are four real photographs from Debian's tuxpaint-stamps-default
(a pair of black binoculars, a stalk of broccoli, a red Volkswagen Beetle, a yellow rubber duck), cut out on
transparent backgrounds, that no other split uses, and their truth comes from looking at them as the slideshow
shows them (alpha dropped: the cut-out background comes out black). Importing this module adds the split's
pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind52 import (
    BLIND52_BROCCOLI_PRICE,
    BLIND52_CAR_PHOTO_YEAR,
    BLIND52_DUCK_BEAK,
    BLIND52_DUCK_NAME,
    BLIND52_FIRST_PHOTO,
    BLIND52_HALFWAY_PHOTO,
    BLIND52_LAST_PHOTO,
    BLIND52_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Weather words, in no earlier WORDS pool (and none containing or inside an earlier keyword).
WORDS["blind52"] = ["TORNADO", "ICICLE", "DOWNPOUR", "TSUNAMI", "FLURRY", "MISTRAL", "SIROCCO", "SUNBEAM",
                    "DEWPOINT", "OVERCAST"]
# Nonsense fables; each sentence's keywords are in no earlier keyword list or WORDS pool (nor contain or sit in one).
SENTENCES["blind52"] = [
    ("the gecko spilled pudding on the tandem", ["gecko", "pudding", "tandem"], "pudding on the tandem"),
    ("a toucan wore a sombrero to the kiosk", ["toucan", "sombrero", "kiosk"], "a sombrero to the kiosk"),
    ("the marmot played the oboe in a wigwam", ["marmot", "oboe", "wigwam"], "the oboe in a wigwam"),
    ("a caribou dipped a kumquat in the fondue", ["caribou", "kumquat", "fondue"], "a kumquat in the fondue"),
    ("the pangolin jogged on a treadmill with a puffin", ["pangolin", "treadmill", "puffin"],
     "a treadmill with a puffin"),
    ("a cockatoo hid the tiramisu under the mattress", ["cockatoo", "tiramisu", "mattress"],
     "the tiramisu under the mattress"),
]
# A word of each sentence, for BLIND52_HEAR (yes if that sentence is spoken, else no).
BLIND52_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind52"], ["gecko", "toucan", "marmot", "caribou", "pangolin",
                                                                "cockatoo"])}
SEEDS["blind52"] = [5552, 5559]

_PKG, _TUX = "tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "b52_binoculars": {"thing": "the black binoculars", "a": "a pair of binoculars",
                       "accept": ["binocular", "field glass", "field-glass", "opera glass"],
                       "file": (_PKG, _TUX + "hobbies/binoculars.png")},
    "b52_broccoli": {"thing": "the stalk of broccoli", "a": "broccoli",
                     "accept": ["broccoli", "brocoli", "brocolli", "floret", "vegetable", "veggie"],
                     "file": (_PKG, _TUX + "food/vegetables/broccoli.png")},
    "b52_beetle": {"thing": "the red Volkswagen Beetle", "a": "a car",
                   "accept": ["volkswagen", "beetle", "vw", "car", "automobile", "vehicle"],
                   "file": (_PKG, _TUX + "vehicles/auto/beetle.png")},
    "b52_duck": {"thing": "the yellow rubber duck", "a": "a rubber duck",
                 "accept": ["rubber duck", "duck", "ducky", "duckie", "duckling", "bath toy"],
                 "file": (_PKG, _TUX + "household/rubberduck.png")},
})
# Truth from looking at the pictures as the slideshow shows them (alpha dropped, so each stands on black; all
# four are small photographs scaled up, slightly soft; nobody in any of them, no readable text):
# - binoculars.png: a pair of black porro-prism binoculars seen from the front and a little above, the two big
#   objective lenses at the bottom (silver-rimmed, glinting), the two eyecups at the top, the central focus
#   wheel and hinge between them; pebbled black leatherette covering, black metal. Nothing legible on them.
# - broccoli.png: one stalk of fresh green broccoli lying on its side, thick pale-green stems at the lower left
#   branching into dark-green bumpy florets at the upper right; a few pale specks (leftover background) under it.
# - beetle.png: a red Volkswagen Beetle (the classic rounded "bug" car) seen from its left side, front to the
#   left; rounded wings over the wheels, silver hubcaps, a chrome running-board strip, side windows that show a
#   pale, blurry inside (no person visible). No number plate visible.
# - rubberduck.png: a yellow rubber (bath) duck seen from its left side, facing right: round yellow head, a
#   small blue-and-white painted eye, a red-orange beak, moulded wing feathers on its side. Only one duck.
# Nobody in any of them (people: 0). No accept word of one photo is in another photo's reject list. The spoken
# sentence and its quote avoid the words of the photos' "thing"s, so an answer cannot score by echoing the
# question.
SLIDESHOWS += [
    {
        "name": "photos-B52", "split": "blind52",
        "photos": [("b52_binoculars", 6.0), ("b52_broccoli", 7.0), ("b52_beetle", 4.0), ("b52_duck", 5.0)],
        "speech": [("the chinchilla tuned a dulcimer beside an artichoke", 8.0, ["chinchilla", "dulcim", "artichoke"],
                    "a dulcimer beside an artichoke")],
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND52_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b52_binoculars"]["accept"],
                                                    "reject": ["broccoli", "volkswagen", "beetle",
                                                               "duck"]}),  # binoculars 0-6
            ("shown at time", BLIND52_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b52_broccoli"]["accept"],
                                                      "reject": ["binocular", "volkswagen", "beetle",
                                                                 "duck"]}),  # 11 s of 22, broccoli 6-13
            ("shown at time", BLIND52_LAST_PHOTO, {"check": "text", "accept": PHOTO["b52_duck"]["accept"],
                                                   "reject": ["binocular", "broccoli", "volkswagen",
                                                              "beetle"]}),  # duck 17-22
            ("shot count", BLIND52_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND52_DUCK_BEAK, {"check": "yesno", "yes": True}),  # the duck's red-orange beak
            ("unanswerable", BLIND52_DUCK_NAME, {}),
            ("unanswerable", BLIND52_BROCCOLI_PRICE, {}),
            ("unanswerable", BLIND52_CAR_PHOTO_YEAR, {}),
        ],
    },
]
