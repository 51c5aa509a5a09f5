"""The videos and truth of the `blind24` split (its phrasings: qa_bank_blind24.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos are four real photographs from GCompris' "erase" activity
(Debian's gcompris-qt-data, inside its erase.rcc bundle) that no other split uses, and their truth comes from
looking at them. Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases'
tables.
"""

from __future__ import annotations

from qa_bank_blind24 import (
    BLIND24_BRANCH,
    BLIND24_FIRST_PHOTO,
    BLIND24_HALFWAY_PHOTO,
    BLIND24_LAST_PHOTO,
    BLIND24_MEERKAT_NAMES,
    BLIND24_PHOTO_COUNT,
    BLIND24_RHINO_TICKET,
    BLIND24_SPOONBILL_DATE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a toy shop or a playground, in no earlier WORDS pool (MARBLE and DOMINO are taken, so not used).
WORDS["blind24"] = ["BOOMERANG", "CAROUSEL", "DOLLHOUSE", "HOPSCOTCH", "PUPPET", "SANDPIT", "SEESAW", "SKATEBOARD",
                    "TRAMPOLINE", "TRICYCLE"]
# Jobs around the house and repairs; each sentence has keywords no earlier sentence uses (washer, drip, grout,
# tile, wallpaper, filler, fuse, radiator, cellar, squeak, hinge, gutter, ladder, wobbly ...).
SENTENCES["blind24"] = [
    ("the handyman replaced the washer in the dripping tap", ["washer", "drip", "tap"], "the washer in the dripping tap"),
    ("we scraped the old grout from between the kitchen tiles", ["scrap", "grout", "tile"], "the old grout from between"),
    ("she sanded the filler and hung fresh wallpaper", ["sand", "filler", "wallpaper"], "and hung fresh wallpaper"),
    ("dad changed a fuse and bled the radiators in the cellar", ["fuse", "radiator", "cellar"],
     "bled the radiators in the cellar"),
    ("he oiled the squeaky hinges on the shed door", ["oil", "squeak", "hinge"], "the squeaky hinges on the shed door"),
    ("my neighbour cleared the blocked gutter from a wobbly ladder", ["gutter", "wobbl", "ladder"],
     "from a wobbly ladder"),
]
# A word of each sentence, for 'the word "{word}" is spoken aloud' (yes if spoken, else no).
BLIND24_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind24"], ["washer", "grout", "wallpaper", "radiators", "hinges",
                                                                "gutter"])}
SEEDS["blind24"] = [2824, 2831]

# gcompris-qt-data ships these photos inside a Qt resource bundle: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_ERASE = "usr/share/gcompris-qt/rcc/erase.rcc:/gcompris/src/activities/erase/resource/"
PHOTO.update({
    "meerkat_trio": {"thing": "the three meerkats", "a": "three meerkats",
                     "accept": ["meerkat", "suricate", "mongoose", "prairie dog", "standing upright", "red sand",
                                "upright"],
                     "file": ("gcompris-qt-data", _ERASE + "meerkats.webp")},
    "river_rhino": {"thing": "the rhinoceros", "a": "a rhinoceros",
                    "accept": ["rhinoceros", "rhino", "one-horned", "horn", "pachyderm", "armour", "armor",
                               "riverbank", "river"],
                    "file": ("gcompris-qt-data", _ERASE + "rhinoceros.webp")},
    "aracari_branch": {"thing": "the toucan on the branch", "a": "a toucan",
                       "accept": ["toucan", "aracari", "beak", "bill", "branch", "perched", "bird", "moss"],
                       "file": ("gcompris-qt-data", _ERASE + "toucan.webp")},
    "spoonbill_pair": {"thing": "the two spoonbills", "a": "two spoonbills",
                       "accept": ["spoonbill", "egret", "heron", "ibis", "stork", "crane", "wading", "wader", "bird",
                                  "shallow water", "reflection"],
                       "file": ("gcompris-qt-data", _ERASE + "spoonbills.webp")},
})
# Truth from looking at the photos (no text and nobody in any of them):
# - meerkats.webp: three meerkats standing upright on their hind legs side by side, sandy-tan fur lit warm by low
#   sun, dark eye patches, front paws hanging; the left one and the right one look to the left, the middle one
#   turns its nose towards the left one; red-orange sand at the bottom, blurred dry grass (olive, brown) behind.
# - rhinoceros.webp: a greater one-horned (Indian) rhinoceros standing in profile facing right on a sandy riverbank,
#   grey-brown skin in heavy armour-like folds with bumpy knobs, a short stubby horn on the snout, mouth a little
#   open; a few dry sticks at its feet, tufts of dry grass; a wide pale grey-blue river and a hazy white sky behind,
#   a faint line of trees at the far left.
# - toucan.webp: a collared aracari (a small toucan) perched at the left end of a long mossy branch that crosses the
#   picture, small round green leaves growing on it; black head and back, yellow eye, long pale yellow-and-black
#   bill, yellow belly with a red band and a black spot, its tail hanging below the branch; a blurred green forest
#   background with round bokeh lights.
# - spoonbills.webp: two white Eurasian spoonbills wading in still shallow water (a low sandbar or film of pink-lit
#   water under their feet), black legs, long spoon-tipped bills; the left one stands facing right with a shaggy
#   crest, bill pointing down-right; the right one stretches its neck and bill out to the left towards it; their
#   reflections in the blue-grey water; blurred blue-green background.
# At most zero people at once. Each photo's first accept is the reject for the others; "animal" and "wildlife"
# are in no accept list (all four photos are animals), nor "picture" or "photo"; "bird" is in both birds' lists.
SLIDESHOWS += [
    {
        "name": "photos-AD", "split": "blind24",
        "photos": [("meerkat_trio", 6.0), ("river_rhino", 6.0), ("aracari_branch", 4.0), ("spoonbill_pair", 5.0)],
        "speech": [("look at the folds of skin on its shoulders", 6.8, ["fold", "skin", "shoulder"],
                    "folds of skin on its shoulders")],
        "people": 0, "absent": ["a horse", "an umbrella"],
        "extra": [
            ("shown at time", BLIND24_FIRST_PHOTO, {"check": "text", "accept": PHOTO["meerkat_trio"]["accept"],
                                                    "reject": ["rhinoceros", "rhino", "toucan", "spoonbill"]}),
            ("shown at time", BLIND24_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["river_rhino"]["accept"],
                                                      "reject": ["meerkat", "toucan", "spoonbill"]}),  # 10.5 s of 21, rhino 6-12
            ("shown at time", BLIND24_LAST_PHOTO, {"check": "text", "accept": PHOTO["spoonbill_pair"]["accept"],
                                                   "reject": ["meerkat", "rhinoceros", "rhino", "toucan"]}),  # 16-21
            ("shot count", BLIND24_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND24_BRANCH, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND24_MEERKAT_NAMES, {}),
            ("unanswerable", BLIND24_RHINO_TICKET, {}),
            ("unanswerable", BLIND24_SPOONBILL_DATE, {}),
        ],
    },
]
