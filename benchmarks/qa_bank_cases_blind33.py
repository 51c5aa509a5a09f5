"""The videos and truth of the `blind33` split (its phrasings: qa_bank_blind33.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, nor containing or
contained in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword);
the pictures are four real photographs from Debian's gcompris-qt-data (a purple heron in flight, a pika on a rock
holding a leafy twig, an old wooden bucket, a flying fox in flight), read out of its Qt resource bundles, that no
other split uses, and their truth comes from looking at them. Importing this module adds the split's pools,
seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind33 import (
    BLIND33_AUTUMN_LEAVES,
    BLIND33_BAT_DATE,
    BLIND33_BUCKET_PRICE,
    BLIND33_FIRST_PHOTO,
    BLIND33_HALFWAY_PHOTO,
    BLIND33_LAST_PHOTO,
    BLIND33_PHOTO_COUNT,
    BLIND33_PIKA_NAME,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Old farmhouse and tavern things, in no earlier WORDS pool (none contains, or sits in, an earlier word).
WORDS["blind33"] = ["BOBBIN", "SPINDLE", "TRIVET", "PESTLE", "TANKARD", "BELLOWS", "COWBELL", "FLAGON",
                    "GRINDSTONE", "PLUMBLINE"]
# A zookeeper's day; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind33"] = [
    ("a gibbon swung across the enclosure to steal a pear", ["gibbon", "swung", "enclosure"],
     "across the enclosure to steal"),
    ("the iguana ignored the volunteer holding its lettuce", ["iguana", "ignored", "volunteer"],
     "the volunteer holding its lettuce"),
    ("two capybaras soaked together in a wooden tub", ["capybara", "soak", "tub"], "together in a wooden tub"),
    ("the peacock spread his tail for a shy schoolgirl", ["peacock", "spread", "schoolgirl"],
     "for a shy schoolgirl"),
    ("a curious emu pecked at the shoelace of my boot", ["emu", "pecked", "shoelace"], "pecked at the shoelace"),
    ("the koala snoozed all afternoon in a eucalyptus fork", ["koala", "snooz", "eucalyptus"],
     "in a eucalyptus fork"),
]
# A word of each sentence, for BLIND33_HEAR (yes if that sentence is spoken, else no).
BLIND33_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind33"], ["gibbon", "iguana", "capybara", "peacock",
                                                                "shoelace", "koala"])}
SEEDS["blind33"] = [3733, 3740]

_RCC = "usr/share/gcompris-qt/rcc/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
_OTHERS = _RCC + "categorization.rcc:/gcompris/src/activities/categorization/resource/images/others/"
PHOTO.update({
    "purple_heron": {"thing": "the heron flying with its wings spread", "a": "a heron",
                     "accept": ["heron", "purple heron", "bird", "wading bird", "egret", "beak", "feathers"],
                     "file": ("gcompris-qt-data", _ERASE + "heron.webp")},
    "pika_twig": {"thing": "the small furry pika on a rock holding a leafy twig", "a": "a pika",
                  "accept": ["pika", "rodent", "hamster", "mouse", "gerbil", "chinchilla", "whiskers", "furry"],
                  "file": ("gcompris-qt-data", _ERASE + "pika.webp")},
    "wooden_bucket": {"thing": "the old wooden bucket with a curved handle", "a": "a wooden bucket",
                      "accept": ["bucket", "pail", "wooden", "handle", "barrel", "basket"],
                      "file": ("gcompris-qt-data", _OTHERS + "bucket.webp")},
    "flying_fox": {"thing": "the bat flying with its brown wings spread", "a": "a bat",
                   "accept": ["flying fox", "fruit bat", "bat", "megabat", "membrane"],
                   "file": ("gcompris-qt-data", _ERASE + "flying_fox.webp")},
})
# Truth from looking at the pictures (all four photographs, nobody in any of them, no text in any):
# - heron (1920x1080): a purple heron flying to the right across a blurred green-and-yellow background, seen from
#   the side; wings raised, the upper wing grey-blue with an orange patch at the shoulder, the lower wing dark
#   grey-brown; rusty orange neck with black stripes, yellow eye, long yellow-orange dagger bill, long orange
#   legs trailing behind with clawed toes at the lower left.
# - pika (1920x1080): a small round tan-brown furry pika with big whiskers, small rounded ears and black eyes,
#   sitting behind a grey lichen-spotted rock (yellow-green lichen), facing the camera and holding in its mouth a
#   twig of lobed leaves, some green and some turned red and orange (autumn); a second rock at the right edge;
#   blurred green and brown background.
# - bucket (245x320, small): an old wooden bucket (a pail of bent thin wood bands, held by dark nails or rivets),
#   pale honey-coloured wood, darker rim, white-painted inside, a curved bent-wood handle fixed with small metal
#   fittings on each side; it stands on a clear acrylic block, in front of a plain off-white wall (a museum piece).
# - flying_fox (1920x1080): a flying fox (fruit bat) gliding to the left in sunlight, its large brown leathery
#   wing membrane lit from behind and showing the veins and finger bones, small furry brown head with a fox-like
#   snout, dark body, clawed feet at the right; blurred green trees and a pale sky behind, a yellow glow at the
#   upper right.
# Nobody in any of them (people: 0). "wings" is in no accept list (the heron and the bat both have them);
# "leaves"/"rock" are left out of the pika's list, "wood" out of the bucket's (too easily said of other things).
SLIDESHOWS += [
    {
        "name": "photos-B33", "split": "blind33",
        "photos": [("purple_heron", 5.0), ("pika_twig", 6.0), ("wooden_bucket", 4.0), ("flying_fox", 5.0)],
        "speech": [("the feeding talk begins beside the otter pool", 6.0, ["feeding", "talk", "begin"],
                    "begins beside the otter pool")],
        "people": 0, "absent": ["an elephant", "a teapot"],
        "extra": [
            ("shown at time", BLIND33_FIRST_PHOTO, {"check": "text", "accept": PHOTO["purple_heron"]["accept"],
                                                    "reject": ["pika", "bucket", "flying fox", "fruit bat"]}),  # heron 0-5
            ("shown at time", BLIND33_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["pika_twig"]["accept"],
                                                      "reject": ["heron", "bucket", "flying fox", "fruit bat"]}),  # 10 s of 20, pika 5-11
            ("shown at time", BLIND33_LAST_PHOTO, {"check": "text", "accept": PHOTO["flying_fox"]["accept"],
                                                   "reject": ["heron", "pika", "bucket"]}),  # bat 15-20
            ("shot count", BLIND33_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND33_AUTUMN_LEAVES, {"check": "yesno", "yes": True}),  # red/orange leaves on the pika's twig
            ("unanswerable", BLIND33_PIKA_NAME, {}),
            ("unanswerable", BLIND33_BUCKET_PRICE, {}),
            ("unanswerable", BLIND33_BAT_DATE, {}),
        ],
    },
]
