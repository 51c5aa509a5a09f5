"""The videos and truth of the `blind30` split (its phrasings: qa_bank_blind30.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; no keyword of a
sentence is, contains or is contained in an earlier sentence's keyword); the pictures are four real photographs
from Debian's gcompris-qt-data (a piglet and an owl from its explore_farm_animals.rcc bundle, a kangaroo with
her joey and a polar bear from its explore_world_animals.rcc bundle) that no other split uses, and their truth
comes from looking at them. Importing this module adds the split's pools, seeds, photos and slideshow to
qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind30 import (
    BLIND30_BEAR_DATE,
    BLIND30_FIRST_PHOTO,
    BLIND30_HALFWAY_PHOTO,
    BLIND30_JOEY,
    BLIND30_KANGAROO_NAME,
    BLIND30_LAST_PHOTO,
    BLIND30_PHOTO_COUNT,
    BLIND30_PIGLET_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a primary-school classroom, in no earlier WORDS pool (PENCIL, ERASER, CRAYON, STAPLER are taken).
WORDS["blind30"] = ["CHALKBOARD", "SATCHEL", "SCRAPBOOK", "BEANBAG", "LUNCHBOX", "TIMETABLE", "XYLOPHONE",
                    "BOOKMARK", "GLUESTICK", "STICKER"]
# A term at a primary school; keywords are stems a transcript keeps however it splits compound words
# ("mistress" for head mistress/headmistress, "cloak" for cloak room/cloakroom).
SENTENCES["blind30"] = [
    ("the caterpillar spun a silky cocoon under a leaf", ["caterpillar", "cocoon", "silky"], "spun a silky cocoon"),
    ("our class grew bean sprouts on damp cotton wool", ["bean", "sprout", "cotton"], "on damp cotton wool"),
    ("the tadpoles in the classroom aquarium are growing fast", ["tadpole", "classroom", "aquarium"],
     "the classroom aquarium"),
    ("the headmistress praised everyone for the tidy cloakroom", ["mistress", "praise", "cloak"],
     "for the tidy cloakroom"),
    ("every child brought a shiny pebble for the nature display", ["pebble", "shiny", "display"],
     "for the nature display"),
    ("we spotted twelve beetles during the playground safari", ["twelve", "beetle", "safari"],
     "during the playground safari"),
]
# A word of each sentence, for "is the word '{word}' said out loud" (yes if spoken, else no).
BLIND30_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind30"], ["cocoon", "cotton", "tadpoles", "praised",
                                                                "pebble", "beetles"])}
SEEDS["blind30"] = [3430, 3437]

_RCC = "usr/share/gcompris-qt/rcc/"
_FARM = _RCC + "explore_farm_animals.rcc:/gcompris/src/activities/explore_farm_animals/resource/animals/"
_WORLD = _RCC + "explore_world_animals.rcc:/gcompris/src/activities/explore_world_animals/resource/animals/"
PHOTO.update({
    "kangaroo_joey": {"thing": "the kangaroo with her joey", "a": "a kangaroo and her baby",
                      "accept": ["kangaroo", "joey", "wallaby", "wallaroo", "marsupial"],
                      "file": ("gcompris-qt-data", _WORLD + "kangaroo.webp")},
    "spotted_piglet": {"thing": "the spotted piglet on the grass", "a": "a piglet",
                       "accept": ["piglet", "pig", "piggy", "hog", "swine", "boar"],
                       "file": ("gcompris-qt-data", _FARM + "pig.webp")},
    "tawny_owl": {"thing": "the brown owl on a branch", "a": "an owl",
                  "accept": ["owl", "owlet", "tawny"],
                  "file": ("gcompris-qt-data", _FARM + "owl.webp")},
    "polar_bear_snow": {"thing": "the polar bear walking in the snow", "a": "a polar bear",
                        "accept": ["polar bear", "polar", "bear", "ice bear"],
                        "file": ("gcompris-qt-data", _WORLD + "polar_bear.webp")},
})
# Truth from looking at the pictures (all four are photographs; nobody and no text in any of them):
# - kangaroo.webp: a tall grey-brown adult kangaroo standing upright on a pale paved path in dappled sunlight,
#   side-on, head turned to the left, its long thick tail lying along the path to the lower left; beside its legs,
#   lower right of centre, a small light-brown joey (a young kangaroo, out of the pouch) with big ears, head down,
#   nibbling or sniffing at the ground; grey rocks at the bottom right, a bank of dry brown leaf litter and green
#   bushes and thin tree trunks behind, a white lamp post at the top left.
# - pig.webp: a young pig (a piglet) walking to the left across short bright-green grass, seen from the side;
#   greyish-brown bristly coat with black patches on its back, side and legs, upright pointed ears, a pink-grey
#   snout near the bottom left; a patch of bare pale earth in the grass at the top left. Only the one animal.
# - owl.webp: a tawny owl, rusty brown with white and dark streaks, big dark eyes, perched on a thick mossy,
#   pale green-grey branch that runs from the lower left to the right, its tail hanging below; lit from the right;
#   a soft blurred grey-blue and mauve background of pale bare branches.
# - polar_bear.webp: a big creamy-white polar bear walking to the right across snowy ground, side-on, backlit by a
#   low sun that gives its fur a glowing edge, black nose and eye; low bare reddish-brown shrubs behind it and
#   sticking out of the snow in front, a few dark grey rocks at the bottom left, a misty white-blue background.
# No people in any of them (people: 0). "bear" is rejected for the piglet and the kangaroo; "baby" is in no list
# (the joey is a baby and so, arguably, is the piglet).
SLIDESHOWS += [
    {
        "name": "photos-B30", "split": "blind30",
        "photos": [("kangaroo_joey", 5.0), ("spotted_piglet", 7.0), ("tawny_owl", 4.0), ("polar_bear_snow", 4.0)],
        "speech": [("the spotted piglet is sniffing the fresh grass", 6.0, ["piglet", "sniff", "grass"],
                    "sniffing the fresh grass")],
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND30_FIRST_PHOTO, {"check": "text", "accept": PHOTO["kangaroo_joey"]["accept"],
                                                    "reject": ["pig", "owl", "bear"]}),  # kangaroo 0-5
            ("shown at time", BLIND30_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["spotted_piglet"]["accept"],
                                                      "reject": ["kangaroo", "owl", "bear"]}),  # 10 s of 20, piglet 5-12
            ("shown at time", BLIND30_LAST_PHOTO, {"check": "text", "accept": PHOTO["polar_bear_snow"]["accept"],
                                                   "reject": ["kangaroo", "pig", "owl"]}),  # bear 16-20
            ("shot count", BLIND30_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND30_JOEY, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND30_KANGAROO_NAME, {}),
            ("unanswerable", BLIND30_PIGLET_PRICE, {}),
            ("unanswerable", BLIND30_BEAR_DATE, {}),
        ],
    },
]
