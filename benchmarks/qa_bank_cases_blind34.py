"""The videos and truth of the `blind34` split (its phrasings: qa_bank_blind34.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; no keyword of a
sentence is, or contains, or is contained in, an earlier keyword, nor an earlier on-screen word); the pictures
are four real photographs of monuments and places from Debian's gcompris-qt-data (its explore_monuments.rcc
bundle: the rock-cut monastery at Petra, the Great Wall of China, the cliff village of Rocamadour, Machu Picchu)
that no other split uses, and their truth comes from looking at them. Importing this module adds the split's
pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind34 import (
    BLIND34_FIRST_PHOTO,
    BLIND34_HALFWAY_PHOTO,
    BLIND34_HIKER_NAME,
    BLIND34_HOTEL_PRICE,
    BLIND34_LAST_PHOTO,
    BLIND34_PHOTO_COUNT,
    BLIND34_WALL_DATE,
    BLIND34_WATCHTOWER,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things a traveller packs or collects, in no earlier WORDS pool (BACKPACK, TICKET, COMPASS are taken).
WORDS["blind34"] = ["PASSPORT", "ITINERARY", "SOUVENIR", "BINOCULARS", "KEYRING", "SUNHAT", "FLIPFLOPS",
                    "PHRASEBOOK", "DUFFLEBAG", "HOSTEL"]
# Small scenes from old towns; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind34"] = [
    ("the mapmaker smudged the ink on the parchment", ["mapmaker", "smudg", "parchment"], "the ink on the parchment"),
    ("a peacock wandered across the sunny courtyard", ["peacock", "wander", "courtyard"], "across the sunny courtyard"),
    ("the gondolier sang loudly under the stone arch", ["gondolier", "sang", "loudly"], "sang loudly under the stone"),
    ("the innkeeper lit a lamp for the weary pilgrims", ["innkeeper", "weary", "pilgrim"], "for the weary pilgrims"),
    ("a cheeky monkey grabbed my map at the shrine", ["monkey", "grabbed", "shrine"], "grabbed my map at the shrine"),
    ("the magician twirled his cape beneath the crystal dome", ["magician", "twirl", "crystal"],
     "beneath the crystal dome"),
]
# A word of each sentence, for BLIND34_HEAR (yes if that sentence is spoken, else no).
BLIND34_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind34"], ["parchment", "peacock", "gondolier", "innkeeper",
                                                                "monkey", "magician"])}
SEEDS["blind34"] = [3834, 3841]

# gcompris-qt-data ships these photos inside a Qt resource bundle: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_MONUMENTS = ("usr/share/gcompris-qt/rcc/explore_monuments.rcc:"
              "/gcompris/src/activities/explore_monuments/resource/")
PHOTO.update({
    "petra_monastery": {"thing": "the temple front carved into the sandstone cliff", "a": "a temple carved into rock",
                        "accept": ["petra", "monastery", "ad deir", "el deir", "rock-cut", "carved", "facade",
                                   "temple", "tomb", "sandstone", "column", "pillar"],
                        "file": ("gcompris-qt-data", _MONUMENTS + "wonders/petra.webp")},
    "great_wall": {"thing": "the Great Wall winding over the green hills", "a": "the Great Wall of China",
                   "accept": ["great wall", "wall of china", "china", "chinese", "watchtower", "watch tower",
                              "battlement", "rampart", "fortification", "wall"],
                   "file": ("gcompris-qt-data", _MONUMENTS + "wonders/greatWallofChina.webp")},
    "rocamadour_cliff": {"thing": "the village built up the side of a cliff", "a": "a cliffside village",
                         "accept": ["rocamadour", "village", "cliffside", "clifftop", "hillside", "town", "church",
                                    "chapel", "sanctuary", "medieval", "houses", "roofs"],
                         "file": ("gcompris-qt-data", _MONUMENTS + "france/rocamadour.webp")},
    "machu_picchu": {"thing": "the Inca ruins below the steep green peak", "a": "an ancient mountain citadel",
                     "accept": ["machu picchu", "inca", "huayna picchu", "peru", "andes", "terrace", "ruins",
                                "citadel", "peak", "mountain"],
                     "file": ("gcompris-qt-data", _MONUMENTS + "wonders/machuPicchu.webp")},
})
# Truth from looking at the pictures (all four photographs, no readable text in any):
# - petra: the monastery (Ad Deir) at Petra seen straight on: a huge two-storey temple front cut into a tan-pink
#   sandstone cliff, with columns, two broken triangular pediments, a round drum with a conical roof and an urn on
#   top in the middle, a dark rectangular doorway at the bottom centre; rough weathered rock on both sides, a deep
#   blue cloudless sky, sandy ground in front. One person: a tiny figure in a white T-shirt, dark shorts and a
#   backpack walking towards the doorway (at the bottom centre).
# - greatWallofChina: the Great Wall with crenellated battlements snaking up a ridge from the lower left to a
#   square stone watchtower in the middle, and on along the far green mountains to more towers at the right;
#   everything else is thick green trees and forested hills, blue sky with white puffy clouds. Nobody visible.
# - rocamadour: the village of Rocamadour on a pale limestone cliff above a wooded valley: a big church/sanctuary
#   of pale stone with tall arched windows built against the cliff in the middle, a castle-like building with a
#   small spire on the clifftop, stone houses with brown-red tiled roofs stacked below; dense green trees all
#   around, green leaves in the foreground at the right, hazy hills and a pale sky. Nobody visible.
# - machuPicchu: the grey stone ruins and green grass terraces of Machu Picchu on a ridge in the lower middle,
#   the steep pointed green-and-grey peak of Huayna Picchu behind them, deep green valleys and mountains all
#   around, their tops in white and grey clouds; green bushes and dry grass in front at the right. Nobody visible.
# At most one person at once (the hiker at Petra). "mountain" and "peak" are in Machu Picchu's accept list only
# and are in no reject list (the Great Wall runs over mountains too); "cliff" is in no list (Petra and Rocamadour
# both stand against cliffs); "stone", "ruins" and "ancient" are left out of the rejects for the same reason.
SLIDESHOWS += [
    {
        "name": "photos-B34", "split": "blind34",
        "photos": [("petra_monastery", 6.0), ("great_wall", 5.0), ("rocamadour_cliff", 5.0), ("machu_picchu", 4.0)],
        "speech": [("a lone traveller gazes up at the enormous tomb", 1.0, ["travell", "enormous", "tomb"],
                    "up at the enormous tomb")],
        "people": 1, "absent": ["a camel", "a boat"],
        "extra": [
            ("shown at time", BLIND34_FIRST_PHOTO, {"check": "text", "accept": PHOTO["petra_monastery"]["accept"],
                                                    "reject": ["great wall", "village", "machu picchu", "inca"]}),
            # Petra 0-6
            ("shown at time", BLIND34_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["great_wall"]["accept"],
                                                      "reject": ["petra", "monastery", "village", "machu picchu",
                                                                 "inca"]}),  # 10 s of 20, the wall 6-11
            ("shown at time", BLIND34_LAST_PHOTO, {"check": "text", "accept": PHOTO["machu_picchu"]["accept"],
                                                   "reject": ["petra", "monastery", "great wall",
                                                              "rocamadour"]}),  # Machu Picchu 16-20
            ("shot count", BLIND34_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND34_WATCHTOWER, {"check": "yesno", "yes": True}),  # the square tower on the Great Wall
            ("unanswerable", BLIND34_HIKER_NAME, {}),
            ("unanswerable", BLIND34_HOTEL_PRICE, {}),
            ("unanswerable", BLIND34_WALL_DATE, {}),
        ],
    },
]
