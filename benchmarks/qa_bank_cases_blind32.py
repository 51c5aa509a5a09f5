"""The videos and truth of the `blind32` split (its phrasings: qa_bank_blind32.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; no keyword of a
sentence is, or contains, or is contained in, an earlier keyword); the pictures are four real photographs from
Debian's lomiri-wallpapers-16.04 (a white wall clock, dandelion seed heads, a rocky forest stream, a grey
mountain with snow patches) that no other split uses, and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind32 import (
    BLIND32_CLOCK_PRICE,
    BLIND32_FIRST_PHOTO,
    BLIND32_HALFWAY_PHOTO,
    BLIND32_LAST_PHOTO,
    BLIND32_MOUNTAIN_DATE,
    BLIND32_PHOTO_COUNT,
    BLIND32_SNOW,
    BLIND32_STREAM_NAME,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things on an old sailing ship, in no earlier WORDS pool (ANCHOR, RUDDER, PORTHOLE, LIFEBUOY are taken).
WORDS["blind32"] = ["BINNACLE", "BOWSPRIT", "CAPSTAN", "FOGHORN", "GANGPLANK", "HATCHWAY", "SEXTANT", "TILLER",
                    "WINDLASS", "MAINSAIL"]
# Odd small happenings; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind32"] = [
    ("the baritone rehearsed his solo in an empty chapel", ["baritone", "rehears", "chapel"],
     "his solo in an empty chapel"),
    ("a squirrel buried three walnuts under the hydrangea", ["squirrel", "buried", "hydrangea"],
     "under the hydrangea"),
    ("the cartographer traced the coastline with a quill", ["cartographer", "traced", "quill"],
     "the coastline with a quill"),
    ("the vicar misplaced his spectacles at the jumble sale", ["vicar", "spectacles", "jumble"],
     "at the jumble sale"),
    ("the acrobat twisted her wrist on the tightrope", ["acrobat", "wrist", "tightrope"], "her wrist on the tightrope"),
    ("the barista misspelled my name on the latte", ["barista", "misspel", "latte"], "my name on the latte"),
]
# A word of each sentence, for BLIND32_HEAR (yes if that sentence is spoken, else no).
BLIND32_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind32"], ["baritone", "squirrel", "cartographer", "vicar",
                                                                "acrobat", "barista"])}
SEEDS["blind32"] = [3632, 3639]

_BG = "usr/share/backgrounds/"
PHOTO.update({
    "white_wall_clock": {"thing": "the white wall clock", "a": "a wall clock",
                         "accept": ["clock", "wall clock", "clock face", "clock hands", "timepiece", "dial",
                                    "numeral"],
                         "file": ("lomiri-wallpapers-16.04", _BG + "greentock_by_Peter_Nerlich.jpg")},
    "dandelion_clocks": {"thing": "the field of fluffy dandelion seed heads", "a": "dandelion seed heads",
                         "accept": ["dandelion", "seed head", "seedhead", "blowball", "puffball", "fluffy",
                                    "wildflower", "flower", "weed"],
                         "file": ("lomiri-wallpapers-16.04", _BG + "seeding_by_Clements_Engelhardt.jpg")},
    "forest_stream": {"thing": "the stream running between rocks in a forest", "a": "a forest stream",
                      "accept": ["stream", "creek", "brook", "river", "waterfall", "cascade", "rapids", "gorge",
                                 "forest", "woods", "boulder"],
                      "file": ("lomiri-wallpapers-16.04", _BG + "life_by_Aitzol_Berasategi.jpg")},
    "snowy_crag": {"thing": "the grey rocky mountain with patches of snow", "a": "a rocky mountain",
                   "accept": ["mountain", "peak", "summit", "cliff", "crag", "massif", "alpine", "alps", "ridge",
                              "snow"],
                   "file": ("lomiri-wallpapers-16.04", _BG + "picosdeeuropa_by_Aitzol_Berasategi.jpg")},
})
# Truth from looking at the pictures (all four photographs, nobody in any of them, no readable text):
# - greentock: a close, steeply angled view of a plain white round wall clock on a white textured wall; its
#   numerals are cut out of the face (curved and straight digit shapes, hard to read at this angle), and a
#   yellow-green light behind the clock shines through the cut-outs and onto the wall at the left; a grey round
#   centre disc and thin dark hands. Mostly white and grey, with the yellow-green glow.
# - seeding: a field of dandelion "clocks" (round white fluffy seed heads on thin green stems) in long green
#   grass, one large sharp seed head at the left in front, many blurred ones behind; the low sun shines through
#   at the top centre with rays, golden evening light, dark trees faint at the top.
# - life: a small stream cascading in several little waterfalls down a rocky gully in a green forest; pale grey
#   limestone boulders and rock banks with moss on both sides, brown fallen leaves, thin tree trunks and ferns,
#   green leafy trees above; white water in the middle.
# - picosdeeuropa: a huge grey craggy limestone mountain under a deep blue sky with a big white cloud at the left,
#   white snow patches on its slopes and a snowfield at its foot at the right; a green grassy slope in front with
#   a brown eroded dirt path running up from the lower left, a few white stones on the grass.
# Nobody in any of them (people: 0). "clock" is not rejected for the dandelions (a seed head is called a clock),
# but the dandelion's accept list leaves "clock" out; "water"/"rock"/"grass" are in no list (shared by photos).
SLIDESHOWS += [
    {
        "name": "photos-B32", "split": "blind32",
        "photos": [("white_wall_clock", 5.0), ("dandelion_clocks", 6.0), ("forest_stream", 5.0), ("snowy_crag", 4.0)],
        "speech": [("the fluffy seeds drift away on the evening breeze", 6.0, ["fluff", "drift", "breeze"],
                    "drift away on the evening breeze")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND32_FIRST_PHOTO, {"check": "text", "accept": PHOTO["white_wall_clock"]["accept"],
                                                    "reject": ["dandelion", "stream", "mountain"]}),  # clock 0-5
            ("shown at time", BLIND32_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["dandelion_clocks"]["accept"],
                                                      "reject": ["wall clock", "stream", "mountain"]}),  # 10 s of 20, dandelions 5-11
            ("shown at time", BLIND32_LAST_PHOTO, {"check": "text", "accept": PHOTO["snowy_crag"]["accept"],
                                                   "reject": ["clock", "dandelion", "stream", "creek"]}),  # mountain 16-20
            ("shot count", BLIND32_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND32_SNOW, {"check": "yesno", "yes": True}),  # snow patches on the mountain
            ("unanswerable", BLIND32_CLOCK_PRICE, {}),
            ("unanswerable", BLIND32_STREAM_NAME, {}),
            ("unanswerable", BLIND32_MOUNTAIN_DATE, {}),
        ],
    },
]
