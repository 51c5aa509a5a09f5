"""The videos and truth of the `blind21` split (its phrasings: qa_bank_blind21.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses: cellist, encore, drummer, conductor, baton, soprano, clap, jazz, festival,
guitarist, lonely); the photos are four real photographs from Debian's gcompris-qt-data, read out of its
explore_world_animals and explore_monuments resource bundles (no other split uses them; erase.rcc's are used
elsewhere), and their truth from looking at them. Importing this module adds the split's pools, seeds, photos
and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind21 import (
    BLIND21_ABBEY_DATE,
    BLIND21_FIRST_PHOTO,
    BLIND21_GIRAFFE_NAMES,
    BLIND21_HALFWAY_PHOTO,
    BLIND21_LAST_PHOTO,
    BLIND21_PARROT_PRICE,
    BLIND21_PHOTO_COUNT,
    BLIND21_TREES,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a hospital or a pharmacy, in no earlier WORDS pool.
WORDS["blind21"] = ["SYRINGE", "STRETCHER", "INHALER", "WHEELCHAIR", "SCALPEL", "CRUTCHES", "LOZENGE", "VACCINE",
                    "TWEEZERS", "PIPETTE"]
# Music and concerts; each sentence has keywords no earlier sentence uses (cellist, encore, drummer, conductor,
# baton, soprano, clap, jazz, festival ...).
SENTENCES["blind21"] = [
    ("the cellist tuned her strings just before the encore", ["cellist", "string", "encore"], "just before the encore"),
    ("the drummer broke a stick during the opening song", ["drummer", "stick", "song"], "broke a stick"),
    ("the conductor raised his baton and the hall went quiet", ["conductor", "baton", "quiet"], "raised his baton"),
    ("the soprano held the last note for ten seconds", ["soprano", "note", "second"], "held the last note"),
    ("the audience clapped until the band played one more tune", ["audience", "clap", "band"], "one more tune"),
    ("we queued for hours to buy tickets for the jazz festival", ["ticket", "jazz", "festival"], "the jazz festival"),
]
# A word of each sentence, for 'is the word "{word}" actually said out loud' (yes if spoken, else no).
BLIND21_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind21"], ["cellist", "drummer", "conductor", "soprano", "audience",
                                                                "festival"])}
SEEDS["blind21"] = [2521, 2528]

_RCC = "usr/share/gcompris-qt/rcc/"
_ANIMALS = _RCC + "explore_world_animals.rcc:/gcompris/src/activities/explore_world_animals/resource/animals/"
_MONUMENTS = _RCC + "explore_monuments.rcc:/gcompris/src/activities/explore_monuments/resource/"
PHOTO.update({
    "two_giraffes": {"thing": "the pair of giraffes", "a": "a giraffe",
                     "accept": ["giraffe", "giraffes", "savanna", "savannah", "safari", "animal"],
                     "file": ("gcompris-qt-data", _ANIMALS + "giraffe.webp")},
    "hedgehog_grass": {"thing": "the hedgehog in the grass", "a": "a hedgehog",
                       "accept": ["hedgehog", "spines", "spiny", "prickly", "quills", "animal"],
                       "file": ("gcompris-qt-data", _ANIMALS + "hedgehog.webp")},
    "scarlet_macaw": {"thing": "the red macaw", "a": "a red parrot",
                      "accept": ["macaw", "scarlet macaw", "parrot", "bird", "feathers", "perch"],
                      "file": ("gcompris-qt-data", _ANIMALS + "scarlet_macaw.webp")},
    "island_abbey": {"thing": "the abbey on its rocky island", "a": "an abbey on an island",
                     "accept": ["mont saint-michel", "mont-saint-michel", "mont saint michel", "mont st michel",
                                "mont st. michel", "abbey", "monastery", "castle", "church", "cathedral", "spire",
                                "fortress", "island", "tidal", "medieval", "monument", "landmark", "building"],
                     "file": ("gcompris-qt-data", _MONUMENTS + "france/montStMichel.webp")},
})
# Truth from looking at the photos:
# - two_giraffes: two adult giraffes (brown patches on cream) standing side by side facing left, heads up, the
#   right one taller, among leafy green and bare grey-branched trees and bushes; a pale blue cloudless sky above,
#   dry grass and reddish earth below, a broken branch on the ground. No person, no text.
# - hedgehog_grass: a close-up of a brown hedgehog facing right, spines tipped pale, a black shiny eye and a black
#   snout, sitting in green grass mixed with dry straw-coloured grass. No person, no text.
# - scarlet_macaw: a scarlet macaw (red body and head, white bare face patch, pale upper beak and black lower
#   beak, yellow, green and blue on the wing, blue at the tail) perched facing left on a light wooden post or plank,
#   grey claws gripping it; a blurred white-and-grey rocky background. No person, no text.
# - island_abbey: Mont-Saint-Michel seen from across the flat land: a rocky island rising to a Gothic abbey with a
#   tall pointed spire, stone houses and ramparts at its foot, some trees on the rock; a grey overcast sky, a
#   strip of water and wet sand (tidal flats) in the middle, a green-brown salt meadow with a low wire fence in
#   the foreground. No visible person, no text.
# At most zero people at once. "animal" is shared by three photos' accept lists, so it is in no reject list; the
# rejects are each other photo's specific words. "red", "green", "grass" and "picture"/"photo" are in no accept.
SLIDESHOWS += [
    {
        "name": "photos-AA", "split": "blind21",
        "photos": [("two_giraffes", 5.0), ("hedgehog_grass", 7.0), ("scarlet_macaw", 4.0), ("island_abbey", 4.0)],
        "speech": [("the guitarist wrote a song about a lonely hedgehog", 5.8, ["guitarist", "lonely", "hedgehog"],
                    "about a lonely hedgehog")],
        "people": 0, "absent": ["a bicycle", "a snowman"],
        "extra": [
            ("shown at time", BLIND21_FIRST_PHOTO, {"check": "text", "accept": PHOTO["two_giraffes"]["accept"],
                                                    "reject": ["hedgehog", "macaw", "parrot", "abbey"]}),  # 0-5 s
            ("shown at time", BLIND21_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["hedgehog_grass"]["accept"],
                                                      "reject": ["giraffe", "macaw", "parrot", "abbey"]}),  # 10 s of 20, hedgehog 5-12
            ("shown at time", BLIND21_LAST_PHOTO, {"check": "text", "accept": PHOTO["island_abbey"]["accept"],
                                                   "reject": ["giraffe", "hedgehog", "macaw", "parrot"]}),  # 16-20 s
            ("shot count", BLIND21_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND21_TREES, {"check": "yesno", "yes": True}),  # the giraffes' trees, trees on the rock
            ("unanswerable", BLIND21_GIRAFFE_NAMES, {}),
            ("unanswerable", BLIND21_PARROT_PRICE, {}),
            ("unanswerable", BLIND21_ABBEY_DATE, {}),
        ],
    },
]
