"""The videos and truth of the `blind27` split (its phrasings: qa_bank_blind27.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos are four real photographs from Debian's gcompris-qt-data
(a castle from its explore_monuments.rcc bundle, three animals from its erase.rcc bundle) that no other split
uses, and their truth comes from looking at them. Importing this module adds the split's pools, seeds, photos and
slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind27 import (
    BLIND27_CASTLE_ENTRY,
    BLIND27_DOLPHIN_DATE,
    BLIND27_FIRST_PHOTO,
    BLIND27_HALFWAY_PHOTO,
    BLIND27_LAST_PHOTO,
    BLIND27_PENGUIN_NAME,
    BLIND27_PHOTO_COUNT,
    BLIND27_TOWER,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things from a museum's halls and from a truck's cab and load, in no earlier WORDS pool.
WORDS["blind27"] = ["AMPHORA", "DIPSTICK", "FLASHLIGHT", "FOSSIL", "MUDFLAP", "PEDESTAL", "SIGNPOST", "TAPESTRY",
                    "TARPAULIN", "TURNSTILE"]
# A museum guide's day and a trucker's day; each sentence has keywords no earlier sentence uses (curator, bronze,
# cabinet, haul, turkey, border, guide, faded, windmill, diesel, pump, tanker, visitor, ancient, coin, trucker,
# noisy, highway).
SENTENCES["blind27"] = [
    ("the curator dusted the bronze statue inside the locked cabinet", ["curator", "bronze", "cabinet"],
     "inside the locked cabinet"),
    ("we hauled a load of frozen turkeys across the border", ["haul", "turkey", "border"],
     "frozen turkeys across the border"),
    ("the tour guide pointed at a faded painting of a windmill", ["guide", "faded", "windmill"],
     "painting of a windmill"),
    ("we waited two hours at the diesel pump behind a tanker", ["diesel", "pump", "tanker"],
     "diesel pump behind a tanker"),
    ("visitors must not touch the ancient coins behind the rope", ["visitor", "ancient", "coin"],
     "ancient coins behind the rope"),
    ("the tired trucker napped beside a noisy highway", ["trucker", "noisy", "highway"], "beside a noisy highway"),
]
# A word of each sentence, for 'does anybody say the word {word} out loud' (yes if spoken, else no).
BLIND27_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind27"], ["cabinet", "border", "windmill", "diesel", "coins",
                                                                "highway"])}
SEEDS["blind27"] = [3127, 3134]

# gcompris-qt-data ships these photos inside Qt resource bundles: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_RCC = "usr/share/gcompris-qt/rcc/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
_MONUMENTS = _RCC + "explore_monuments.rcc:/gcompris/src/activities/explore_monuments/resource/"
PHOTO.update({
    "alpine_castle": {"thing": "the white castle on the hill", "a": "a white castle",
                      "accept": ["castle", "neuschwanstein", "schloss", "palace", "fortress", "chateau", "turret",
                                 "tower", "spire"],
                      "file": ("gcompris-qt-data", _MONUMENTS + "germany/neuschwansteinCastle.webp")},
    "chinstrap_walk": {"thing": "the penguin", "a": "a penguin",
                       "accept": ["penguin", "chinstrap", "flipper", "waddl", "bird"],
                       "file": ("gcompris-qt-data", _ERASE + "penguin.webp")},
    "dolphin_deep": {"thing": "the dolphin under water", "a": "a dolphin",
                     "accept": ["dolphin", "porpoise", "underwater", "under water", "whale", "ocean"],
                     "file": ("gcompris-qt-data", _ERASE + "dolphin.webp")},
    "kingfisher_perch": {"thing": "the kingfisher on the branch", "a": "a kingfisher",
                         "accept": ["kingfisher", "bird", "beak", "perched", "branch", "lichen"],
                         "file": ("gcompris-qt-data", _ERASE + "kingfisher.webp")},
})
# Truth from looking at the photos (no text and nobody visible in any of them):
# - neuschwansteinCastle.webp: Neuschwanstein Castle in Bavaria seen from above and to the side, a white palace
#   with grey-blue slate roofs, rows of arched windows, a tall slim turret with a pointed green-grey spire, a tall
#   square tower with a crenellated top on the right and further small towers; it stands on a rocky ridge over a
#   thick dark green forest of conifers; behind it a flat green valley with fields, a red-roofed village at the
#   far left, two blue lakes and low hills; bright blue sky with a few white clouds at the top left.
# - penguin.webp: a chinstrap penguin walking straight towards the camera on a bright green mossy ground strewn
#   with small white feathers; white front and face, black cap with a thin black line under the chin, black
#   back, both flippers held out from its sides, pink feet, one foot lifted mid-step; the background is the same
#   green ground, blurred.
# - dolphin.webp: a grey bottlenose dolphin swimming under water, seen from slightly below, head and beak up
#   towards the surface at the top left, where sunlight breaks through bright turquoise; the rest of the water is
#   deep blue going to near black at the bottom; its pectoral fin and dorsal fin visible, tail fading into the dark.
# - kingfisher.webp: a common kingfisher perched on a bare branch covered in yellow-green lichen that runs from
#   the bottom left to the right edge; bright cobalt-blue head, wings and back, orange chest and belly, a white
#   patch at the throat and by the neck, a long pointed black beak, small red-orange feet; plain blurred beige
#   and pale green background.
# At most zero people at once. Each photo's first accept is the reject for the others; "animal" and "wildlife"
# are in no accept list (three of the four photos are animals), nor "picture" or "photo"; "bird" is in both birds'
# lists; "water" is in none (the castle photo has lakes in the distance).
SLIDESHOWS += [
    {
        "name": "photos-B27", "split": "blind27",
        "photos": [("alpine_castle", 6.0), ("chinstrap_walk", 6.0), ("dolphin_deep", 4.0), ("kingfisher_perch", 5.0)],
        "speech": [("look how the little bird grips that mossy twig", 16.4, ["grip", "moss", "twig"],
                    "grips that mossy twig")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND27_FIRST_PHOTO, {"check": "text", "accept": PHOTO["alpine_castle"]["accept"],
                                                    "reject": ["penguin", "dolphin", "kingfisher"]}),  # 0-6 s
            ("shown at time", BLIND27_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["chinstrap_walk"]["accept"],
                                                      "reject": ["castle", "dolphin", "kingfisher"]}),  # 10.5 s of 21, penguin 6-12
            ("shown at time", BLIND27_LAST_PHOTO, {"check": "text", "accept": PHOTO["kingfisher_perch"]["accept"],
                                                   "reject": ["castle", "penguin", "dolphin"]}),  # 16-21 s
            ("shot count", BLIND27_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND27_TOWER, {"check": "yesno", "yes": True}),  # the castle's towers
            ("unanswerable", BLIND27_PENGUIN_NAME, {}),
            ("unanswerable", BLIND27_CASTLE_ENTRY, {}),
            ("unanswerable", BLIND27_DOLPHIN_DATE, {}),
        ],
    },
]
