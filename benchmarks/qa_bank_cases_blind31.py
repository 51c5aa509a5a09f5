"""The videos and truth of the `blind31` split (its phrasings: qa_bank_blind31.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier truth file uses); the photos are four real close-up photographs from Debian's
mate-backgrounds that no other split uses (blind25 has LadyBird, Garden, Dune and Storm): a water drop's crown
splash, two dandelion seeds, a yellow flower and a patch of young grass, and their truth comes from looking at
them. Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind31 import (
    BLIND31_BOUQUET_PRICE,
    BLIND31_FIRST_PHOTO,
    BLIND31_GARDEN_NAME,
    BLIND31_HALFWAY_PHOTO,
    BLIND31_LAST_PHOTO,
    BLIND31_PHOTO_COUNT,
    BLIND31_SPLASH,
    BLIND31_SPLASH_DATE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things on a house-and-car damage claim, in no earlier WORDS pool (GUTTER, RADIATOR, TAILLIGHT and SHINGLE are
# used elsewhere in earlier truth, so not used).
WORDS["blind31"] = ["BUMPER", "CARPORT", "DOORFRAME", "DRAINPIPE", "FENDER", "FLOORBOARD", "HAILSTONE", "HUBCAP",
                    "SKYLIGHT", "WINDSCREEN"]
# Claims and streaming; each sentence's keywords are in no earlier truth file (squirrel, gale, knock, raccoon,
# cellar, pizza and hailstorm are taken).
SENTENCES["blind31"] = [
    ("the adjuster measured the water stain on the ceiling", ["adjust", "stain", "ceiling"],
     "the water stain on the ceiling"),
    ("the streamer won the final round with a lucky headshot", ["streamer", "lucky", "headshot"],
     "with a lucky headshot"),
    ("a sudden gust ripped the awning from the patio", ["gust", "awning", "patio"], "the awning from the patio"),
    ("a rat chewed through the cable behind the freezer", ["chew", "cable", "freezer"],
     "the cable behind the freezer"),
    ("the tenant filed a claim for a broken dishwasher", ["tenant", "claim", "dishwasher"],
     "for a broken dishwasher"),
    ("he spilt his soda on the controller during the boss fight", ["soda", "controller", "boss"],
     "during the boss fight"),
]
# A word of each sentence, for 'does anyone actually say "{word}" out loud' (yes if spoken, else no).
BLIND31_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind31"], ["ceiling", "headshot", "awning", "freezer",
                                                                "dishwasher", "controller"])}
SEEDS["blind31"] = [3531, 3538]

_MN = "usr/share/backgrounds/mate/nature/"
PHOTO.update({
    "water_crown": {"thing": "the splash of water", "a": "a water splash",
                    "accept": ["splash", "crown", "droplet", "drop", "drip", "water", "ripple", "liquid", "puddle"],
                    "file": ("mate-backgrounds", _MN + "Aqua.jpg")},
    "dandelion_pair": {"thing": "the pair of dandelion seeds", "a": "dandelion seeds",
                       "accept": ["dandelion", "seed", "pappus", "parachute", "dandelion clock", "achene",
                                  "thistledown"],
                       "file": ("mate-backgrounds", _MN + "TwoWings.jpg")},
    "yellow_bloom": {"thing": "the yellow flower", "a": "a yellow flower",
                     "accept": ["sunflower", "flower", "daisy", "heliopsis", "oxeye", "petal", "bloom", "blossom",
                                "stamen", "coneflower", "chrysanthemum"],
                     "file": ("mate-backgrounds", _MN + "YellowFlower.jpg")},
    "grass_blades": {"thing": "the green grass", "a": "green grass",
                     "accept": ["wheatgrass", "grass", "lawn", "meadow", "blade", "turf", "sprout", "sod"],
                     "file": ("mate-backgrounds", _MN + "GreenMeadow.jpg")},
})
# Truth from looking at the photos (no text and nobody in any of them):
# - Aqua.jpg: a macro of a water surface in cold blue-grey and white tones: on the right a drop has just hit it
#   and thrown up a round "crown" splash, a ring of water with little beads on its rim around a dark hollow, with
#   faint orange glints at its foot; a few tiny droplets hang in the air above it; the rest is smooth, blurred
#   water, darker at the left.
# - TwoWings.jpg: two dandelion seeds (white, feathery umbrella-shaped pappus tufts on thin stalks, brown seeds at
#   their feet) still standing on a pale green, pitted dandelion seed head at the bottom centre, the rest of the
#   seeds gone; behind them a soft blur of orange, yellow and red flowers, green leaves and a blue-violet patch at
#   the top.
# - YellowFlower.jpg: a close-up of a bright yellow daisy-like flower (a heliopsis / small sunflower kind) filling
#   the right two-thirds: long golden-yellow petals fanning to the left and up, the edge of its green-and-orange
#   disc with dark brown-black stamens at the bottom right, all against a plain black background.
# - GreenMeadow.jpg: a dense carpet of young bright-green grass blades (like wheatgrass) standing upright, sharp
#   in a band across the middle and blurred in front and behind, filling the whole frame; no sky, no soil.
# At most zero people at once. Each photo's first accept is the reject for the others ("sunflower", not "flower":
# the dandelion's background is blurred flowers; "wheatgrass", not "grass": that background is green too);
# "water"/"drop" are in no reject list.
SLIDESHOWS += [
    {
        "name": "photos-B31", "split": "blind31",
        "photos": [("water_crown", 5.0), ("dandelion_pair", 7.0), ("yellow_bloom", 4.0), ("grass_blades", 5.0)],
        "speech": [("the fluffy tufts drift away on a gentle breeze", 6.0, ["fluffy", "drift", "breeze"],
                    "on a gentle breeze")],  # over the dandelion seeds (5-12 s); names none of its accepts
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND31_FIRST_PHOTO, {"check": "text", "accept": PHOTO["water_crown"]["accept"],
                                                    "reject": ["dandelion", "flower", "grass"]}),  # splash 0-5
            ("shown at time", BLIND31_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["dandelion_pair"]["accept"],
                                                      "reject": ["splash", "sunflower", "wheatgrass"]}),  # 10.5 s of 21, seeds 5-12
            ("shown at time", BLIND31_LAST_PHOTO, {"check": "text", "accept": PHOTO["grass_blades"]["accept"],
                                                   "reject": ["splash", "dandelion", "flower", "petal"]}),  # grass 16-21
            ("shot count", BLIND31_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND31_SPLASH, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND31_GARDEN_NAME, {}),
            ("unanswerable", BLIND31_BOUQUET_PRICE, {}),
            ("unanswerable", BLIND31_SPLASH_DATE, {}),
        ],
    },
]
