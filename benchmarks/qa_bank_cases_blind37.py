"""The videos and truth of the `blind37` split (its phrasings: qa_bank_blind37.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused nor containing or
contained in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword);
the pictures are four real close-up photographs from Debian's mate-backgrounds (glowing orange flower petals,
water drops on a green leaf among grass, a backlit pleated bright green leaf, pale weathered wooden planks) that
no other split uses, and their truth comes from looking at them. Importing this module adds the split's pools,
seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind37 import (
    BLIND37_DROPLETS,
    BLIND37_FIRST_PHOTO,
    BLIND37_FLOWER_PRICE,
    BLIND37_HALFWAY_PHOTO,
    BLIND37_LAST_PHOTO,
    BLIND37_PHOTO_COUNT,
    BLIND37_PHOTOGRAPHER,
    BLIND37_RAIN_DATE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things an archivist keeps in a museum's store, in no earlier WORDS pool.
WORDS["blind37"] = ["MANUSCRIPT", "MICROFILM", "PORTFOLIO", "ALMANAC", "TRIPTYCH", "DIORAMA", "BROOCH", "CHALICE",
                    "SCROLL", "FIGURINE"]
# Sport and the record office; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind37"] = [
    ("the winger slipped on a banana peel at halftime", ["slipped", "banana", "peel"],
     "a banana peel at halftime"),
    ("the clerk misfiled the parish records under the wrong year", ["clerk", "misfil", "record"],
     "misfiled the parish records"),
    ("the skier crashed through the last gate on the slope", ["skier", "crash", "gate"], "through the last gate"),
    ("the scribe copied the royal charter by lamplight", ["scribe", "charter", "royal"], "copied the royal charter"),
    ("the striker curled the ball into the far corner", ["striker", "curled", "corner"], "into the far corner"),
    ("the captain shouted as the boat crossed the finish line", ["captain", "shouted", "finish"],
     "crossed the finish line"),
]
# A word of each sentence, for BLIND37_HEAR (yes if that sentence is spoken, else no).
BLIND37_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind37"], ["banana", "clerk", "skier", "scribe", "striker",
                                                                "captain"])}
SEEDS["blind37"] = [4137, 4144]

_PKG, _MN = "mate-backgrounds", "usr/share/backgrounds/mate/nature/"
PHOTO.update({
    "b37_orange_petals": {"thing": "the close view of glowing orange flower petals",
                          "a": "an orange flower",
                          "accept": ["petals", "flower", "blossom", "bloom", "orange", "chrysanthemum", "dahlia",
                                     "daisy", "gerbera", "marigold"],
                          "file": (_PKG, _MN + "FreshFlower.jpg")},
    "b37_drops_on_leaf": {"thing": "the water drops beading on a green leaf among grass",
                          "a": "raindrops on a leaf",
                          "accept": ["raindrops", "rain drops", "droplets", "drops", "dew", "water", "beads", "wet",
                                     "leaf", "leaves", "grass", "blades"],
                          "file": (_PKG, _MN + "RainDrops.jpg")},
    "b37_pleated_leaf": {"thing": "the backlit lime green pleated leaf",
                         "a": "a bright green leaf",
                         "accept": ["pleated", "pleats", "palm", "frond", "leaf", "veins", "ribs", "backlit",
                                    "foliage", "plant"],
                         "file": (_PKG, _MN + "Blinds.jpg")},
    "b37_pale_planks": {"thing": "the pale weathered wooden planks",
                        "a": "weathered wooden boards",
                        "accept": ["planks", "boards", "wood", "wooden", "timber", "grain", "deck", "decking",
                                   "floorboards", "weathered", "bench", "fence"],
                        "file": (_PKG, _MN + "Wood.jpg")},
})
# Truth from looking at the pictures (all four close-up photographs, nobody in any of them, no text at all):
# - FreshFlower (4:3): a macro of a flower head filling the whole frame: many long, narrow, slightly cupped
#   petals in glowing orange and red-orange, lit from the side so the nearer ones are bright tangerine with fine
#   lengthwise veins and the rest blur into deep red-orange; a soft yellow-green glimpse of the flower's centre
#   just left of the middle. Looks like a chrysanthemum, dahlia or gerbera; no stem, no leaves, no background.
# - RainDrops (16:10): a broad, smooth mid-green leaf (a bulb plant's leaf, like wild garlic or a tulip's)
#   crossing the frame diagonally from lower left, another leaf curling over it at the top; clear round water
#   drops, small and large, sit on its surface, with a flat wet smear near the top middle; thin dark-green grass
#   blades behind at the right and left, the corners dark.
# - Blinds (16:10): a backlit leaf so close it fills the frame: bright lime/yellow-green, with pleats (raised
#   ribs and grooves) fanning from the lower left up and across to the right like a folded fan or window
#   blinds; the translucent tissue between the ribs is mottled light and dark green. Only green, nothing else.
# - Wood (4:3): a low, shallow-focus view along pale weathered boards: two planks running diagonally from the
#   left to the lower right, a long groove (the seam between them) from the upper left, their surface a pale
#   grey-cream, almost white-green, with fine crackled wood grain sharp in the middle and blurred far away and
#   close up; a little green-grey grime in the seam. Could be a deck, bench or fence; nothing else in it.
# Nobody in any of them (people: 0). "leaf" is in two lists (the drops and the pleated leaf), so no reject list
# below names it where either could be the answer; "green" (true of three photos) is in none. The spoken sentence
# and its quote use no word of the pleated leaf's "thing", so an answer cannot score by echoing the question.
SLIDESHOWS += [
    {
        "name": "photos-B37", "split": "blind37",
        "photos": [("b37_orange_petals", 5.0), ("b37_drops_on_leaf", 6.0), ("b37_pleated_leaf", 5.0),
                   ("b37_pale_planks", 5.0)],
        "speech": [("the ribbed folds fanned out like the spokes of a carriage", 12.0, ["ribbed", "fanned", "spokes"],
                    "like the spokes of a carriage")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND37_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b37_orange_petals"]["accept"],
                                                    "reject": ["raindrop", "droplet", "wood", "plank"]}),  # flower 0-5
            ("shown at time", BLIND37_HALFWAY_PHOTO, {"check": "text",
                                                      "accept": PHOTO["b37_drops_on_leaf"]["accept"],
                                                      "reject": ["petal", "flower", "wood", "plank"]}),
            # 10.5 s of 21: the drops 5-11
            ("shown at time", BLIND37_LAST_PHOTO, {"check": "text", "accept": PHOTO["b37_pale_planks"]["accept"],
                                                   "reject": ["petal", "flower", "raindrop", "droplet"]}),
            # the planks 16-21
            ("shot count", BLIND37_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND37_DROPLETS, {"check": "yesno", "yes": True}),  # the drops on the leaf
            ("unanswerable", BLIND37_PHOTOGRAPHER, {}),
            ("unanswerable", BLIND37_FLOWER_PRICE, {}),
            ("unanswerable", BLIND37_RAIN_DATE, {}),
        ],
    },
]
