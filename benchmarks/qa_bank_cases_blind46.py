"""The videos and truth of the `blind46` split (its phrasings: qa_bank_blind46.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none containing
or contained in an earlier sentence keyword; no keyword of a sentence is, or contains, or is contained in, an
earlier keyword or on-screen word); the pictures are four real photographs from Debian's tuxpaint-stamps-default
(a brown bear walking, a clear light bulb, a red strawberry on its stalk, a sea lion sitting up), cut out on
transparent backgrounds, that no other split uses, and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind46 import (
    BLIND46_BEAR_NAME,
    BLIND46_BULB_BASE,
    BLIND46_FIRST_PHOTO,
    BLIND46_HALFWAY_PHOTO,
    BLIND46_LAST_PHOTO,
    BLIND46_PHOTO_COUNT,
    BLIND46_SEA_LION_DATE,
    BLIND46_STRAWBERRY_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Landforms and geography, in no earlier WORDS pool.
WORDS["blind46"] = ["PENINSULA", "ESTUARY", "HEADLAND", "TUNDRA", "SAVANNA", "MEANDER", "ISTHMUS", "GEYSER",
                    "CRATER", "PRAIRIE"]
# Nonsense fables; each sentence's keywords are in no earlier keyword list or WORDS pool (nor contain or sit in one).
SENTENCES["blind46"] = [
    ("the albatross hid the parsley behind a lamppost", ["albatross", "parsley", "lamppost"],
     "parsley behind a lamppost"),
    ("a hippo sewed a waistcoat for the minnow", ["hippo", "waistcoat", "minnow"], "a waistcoat for the minnow"),
    ("the wombat sold cucumbers at the opera", ["wombat", "cucumber", "opera"], "cucumbers at the opera"),
    ("the orangutan dropped toffee on the escalator", ["orangutan", "toffee", "escalator"],
     "toffee on the escalator"),
    ("a jaguar spilled gravy on the hovercraft", ["jaguar", "gravy", "hovercraft"], "gravy on the hovercraft"),
    ("the pharaoh tickled a crocodile with a spoon", ["pharaoh", "tickl", "crocodile"], "tickled a crocodile"),
]
# A word of each sentence, for BLIND46_HEAR (yes if that sentence is spoken, else no).
BLIND46_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind46"], ["albatross", "hippo", "wombat", "orangutan", "jaguar",
                                                                "pharaoh"])}
SEEDS["blind46"] = [5046, 5053]

_PKG, _TUX = "tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "b46_bear": {"thing": "the brown bear", "a": "a bear",
                 "accept": ["brown bear", "bear", "grizzly", "ursus"],
                 "file": (_PKG, _TUX + "animals/mammals/bears/european-bear.png")},
    "b46_bulb": {"thing": "the clear light bulb", "a": "a light bulb",
                 "accept": ["light bulb", "lightbulb", "bulb", "filament", "incandescent", "lamp"],
                 "file": (_PKG, _TUX + "household/Lightbulb.png")},
    "b46_strawberry": {"thing": "the red strawberry", "a": "a strawberry",
                       "accept": ["strawberry", "strawberries", "berry", "fruit"],
                       "file": (_PKG, _TUX + "food/fruit/Strawberry2.png")},
    "b46_sea_lion": {"thing": "the sea lion", "a": "a sea lion",
                     "accept": ["sea lion", "sealion", "seal", "pinniped"],
                     "file": (_PKG, _TUX + "animals/mammals/aquatic/sea_lion.png")},
})
# Truth from looking at the pictures (all four photographs of one thing each, cut out with no background; nobody
# in any of them, no readable text):
# - european-bear.png: a brown bear (Eurasian brown bear) standing on all four legs, walking towards the right,
#   head lowered and turned slightly towards the viewer, small round ears, dark nose; shaggy fur, greyish-brown
#   on the back and head, darker brown on the legs. Only one animal.
# - Lightbulb.png: a clear glass incandescent light bulb standing upright (round bulb at the top, screw base at
#   the bottom): inside, two thin lead wires and a glass stem hold a small coiled filament; a silver metal
#   threaded screw (Edison) base with a dark band and a contact at the bottom; faint marks high on the glass,
#   nothing legible. Mostly transparent with grey and white reflections, silver base.
# - Strawberry2.png: one ripe red strawberry hanging point down, covered in small yellow seeds, a ring of green
#   leaves (the calyx) at the top and a long thin green stalk curving up to the top right. Red and green.
# - sea_lion.png: a sea lion (dark brown to black, wet and shiny) sitting up on its front flippers, seen from
#   its left side, head raised and pointing up to the right, rear flippers stretched out to the left; small
#   pointed snout. Only one animal.
# Nobody in any of them (people: 0). No accept word of one photo is in another photo's reject list. The spoken
# sentence and its quote avoid the words of the photos' "thing"s, so an answer cannot score by echoing the
# question.
SLIDESHOWS += [
    {
        "name": "photos-B46", "split": "blind46",
        "photos": [("b46_bear", 6.0), ("b46_bulb", 4.0), ("b46_strawberry", 5.0), ("b46_sea_lion", 7.0)],
        "speech": [("a lemming yawned beside the harpsichord", 11.0, ["lemming", "yawn", "harpsichord"],
                    "beside the harpsichord")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND46_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b46_bear"]["accept"],
                                                    "reject": ["bulb", "strawberr", "sea lion", "seal"]}),  # bear 0-6
            ("shown at time", BLIND46_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b46_strawberry"]["accept"],
                                                      "reject": ["bear", "bulb", "sea lion",
                                                                 "seal"]}),  # 11 s of 22, strawberry 10-15
            ("shown at time", BLIND46_LAST_PHOTO, {"check": "text", "accept": PHOTO["b46_sea_lion"]["accept"],
                                                   "reject": ["bear", "bulb", "strawberr"]}),  # sea lion 15-22
            ("shot count", BLIND46_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND46_BULB_BASE, {"check": "yesno", "yes": True}),  # silver threaded screw base
            ("unanswerable", BLIND46_BEAR_NAME, {}),
            ("unanswerable", BLIND46_STRAWBERRY_PRICE, {}),
            ("unanswerable", BLIND46_SEA_LION_DATE, {}),
        ],
    },
]
