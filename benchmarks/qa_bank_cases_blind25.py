"""The videos and truth of the `blind25` split (its phrasings: qa_bank_blind25.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos are four real photographs from Debian's mate-backgrounds
(its "nature" wallpapers) that no other split uses, and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind25 import (
    BLIND25_BEACH_NAME,
    BLIND25_FIRST_PHOTO,
    BLIND25_HALFWAY_PHOTO,
    BLIND25_LAST_PHOTO,
    BLIND25_MARIGOLD_PRICE,
    BLIND25_OPEN_WATER,
    BLIND25_PHOTO_COUNT,
    BLIND25_STORM_DATE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a bedroom or a sitting room, in no earlier WORDS pool (PILLOW, BLANKET, QUILT, CARPET are taken).
WORDS["blind25"] = ["BOOKSHELF", "CURTAIN", "CUSHION", "FOOTSTOOL", "HAIRBRUSH", "HATSTAND", "PINCUSHION",
                    "SLIPPER", "TEASPOON", "WARDROBE"]
# Everyday scenes in the countryside and the high street; each sentence has keywords no earlier sentence uses
# (plum, orchard, ripe, cashier, coin, pouch, kingfisher, reed, stream, shopkeeper, cheddar, wire, crust, duck,
# village, jockey, mare, meadow).
SENTENCES["blind25"] = [
    ("grandma picked ripe plums from the orchard wall", ["ripe", "plum", "orchard"], "ripe plums from the orchard"),
    ("the cashier counted coins into a canvas pouch", ["cashier", "coin", "pouch"], "coins into a canvas pouch"),
    ("a kingfisher darted over the reeds by the stream", ["kingfisher", "reed", "stream"],
     "over the reeds by the stream"),
    ("the shopkeeper sliced the cheddar with a wire cutter", ["shopkeeper", "cheddar", "wire"],
     "the cheddar with a wire cutter"),
    ("we fed crusts to the ducks at the village pond", ["crust", "duck", "village"], "the ducks at the village pond"),
    ("the jockey galloped his mare across the meadow", ["jockey", "mare", "meadow"], "his mare across the meadow"),
]
# A word of each sentence, for 'is the word "{word}" said out loud' (yes if spoken, else no).
BLIND25_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind25"], ["plums", "coins", "kingfisher", "cheddar", "ducks",
                                                                "jockey"])}
SEEDS["blind25"] = [2925, 2932]

_MN = "usr/share/backgrounds/mate/nature/"
PHOTO.update({
    "ladybird_stem": {"thing": "the ladybird on the grass stem", "a": "a ladybird",
                      "accept": ["ladybird", "ladybug", "lady beetle", "beetle", "insect", "bug", "stem",
                                 "forget-me-not"],
                      "file": ("mate-backgrounds", _MN + "LadyBird.jpg")},
    "marigold_head": {"thing": "the red and gold marigold", "a": "a marigold flower",
                      "accept": ["marigold", "flower", "petal", "bloom", "blossom", "stamen", "tagetes"],
                      "file": ("mate-backgrounds", _MN + "Garden.jpg")},
    "dune_grass": {"thing": "the tall grass by the sea", "a": "dune grass by the sea",
                   "accept": ["dune", "marram", "beach grass", "grass", "sea", "ocean", "lake", "shore", "coast",
                              "reed", "seed head", "beach"],
                   "file": ("mate-backgrounds", _MN + "Dune.jpg")},
    "storm_road": {"thing": "the storm clouds over the road", "a": "storm clouds over a road",
                   "accept": ["storm", "cloud", "road", "highway", "motorway", "guardrail", "guard rail",
                              "crash barrier", "overcast", "rain", "sky", "motion blur"],
                   "file": ("mate-backgrounds", _MN + "Storm.jpg")},
})
# Truth from looking at the photos (no text and nobody in any of them):
# - LadyBird.jpg: a red seven-spot ladybird seen almost head-on, walking down a thin green grass stem that runs
#   diagonally from the upper left to the lower right; shiny red wing cases with one black spot at the top, a black
#   head and shield with two white patches, black legs gripping the stem; a broad pale green grass blade curves
#   up from the bottom; out of focus around it small sky-blue forget-me-not flowers with yellow centres (top left,
#   bottom right), a pink one, pinkish buds and a white flower at the top right, all on a soft green background.
# - Garden.jpg: a close-up of a French marigold on the right half: deep red, velvety petals with thin golden-yellow
#   edges and a tuft of yellow-and-red tubular florets in the middle; the left half is a blur of orange and yellow
#   (other marigolds) over green, a pale green bud blurred at the bottom left.
# - Dune.jpg: tall golden-yellow dune grass (marram-like) with long thin seed heads leaning to the right in the
#   wind, filling the lower two-thirds; behind it, out of focus, a band of turquoise-blue sea (or a big lake) with
#   a green bushy shore on the right, under a pale blue cloudless sky.
# - Storm.jpg: taken from a moving car, blurred sideways: a huge dark blue-grey storm cloud bank fills the top
#   two-thirds, lighter grey-white at the right where rain seems to fall; a flat dark field and a strip of green
#   crop on the horizon; in front a long metal crash barrier (guardrail), a grass verge and dark asphalt with a
#   white edge line at the bottom.
# At most zero people at once. Each photo's first accept is the reject for the others; "flower" is only in the
# marigold's list (the ladybird photo has blurred flowers too, so it is no reject), "grass" is only in the dune's
# (the ladybird sits on a grass stem, so "grass" is no reject either); "road" is no reject ("broad").
SLIDESHOWS += [
    {
        "name": "photos-AE", "split": "blind25",
        "photos": [("ladybird_stem", 6.0), ("marigold_head", 7.0), ("dune_grass", 4.0), ("storm_road", 5.0)],
        "speech": [("look how its tiny legs grip the green stalk", 0.8, ["tiny", "leg", "grip"],
                    "its tiny legs grip the green stalk")],  # over the ladybird (0-6 s); names none of its accepts
        "people": 0, "absent": ["a cat", "a bicycle"],
        "extra": [
            ("shown at time", BLIND25_FIRST_PHOTO, {"check": "text", "accept": PHOTO["ladybird_stem"]["accept"],
                                                    "reject": ["marigold", "dune", "storm"]}),
            # the halfway photo: 11 s of 22, the marigold is on 6-13 s
            ("shown at time", BLIND25_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["marigold_head"]["accept"],
                                                      "reject": ["ladybird", "ladybug", "dune", "storm"]}),
            ("shown at time", BLIND25_LAST_PHOTO, {"check": "text", "accept": PHOTO["storm_road"]["accept"],
                                                   "reject": ["ladybird", "ladybug", "marigold", "dune"]}),  # 17-22
            ("shot count", BLIND25_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND25_OPEN_WATER, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND25_MARIGOLD_PRICE, {}),
            ("unanswerable", BLIND25_STORM_DATE, {}),
            ("unanswerable", BLIND25_BEACH_NAME, {}),
        ],
    },
]
