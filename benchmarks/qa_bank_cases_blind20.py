"""The videos and truth of the `blind20` split (its phrasings: qa_bank_blind20.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos come from Debian's tuxpaint-stamps-default, which no other
split uses, and their truth from looking at them as the slideshow shows them (RGB only: the stamps' transparent
parts come out white, black or smeared, as described below). Importing this module adds the split's pools,
seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind20 import (
    BLIND20_FIRST_PHOTO,
    BLIND20_GRASS,
    BLIND20_HALFWAY_PHOTO,
    BLIND20_LAST_PHOTO,
    BLIND20_MIXER_YEAR,
    BLIND20_PHOTO_COUNT,
    BLIND20_TIGER_NAME,
    BLIND20_TRUCK_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a school or an office, in no earlier WORDS pool.
WORDS["blind20"] = ["BACKPACK", "CALCULATOR", "CLIPBOARD", "ENVELOPE", "ERASER", "NOTEBOOK", "PAPERCLIP", "PROTRACTOR",
                    "SCISSORS", "SHARPENER"]
# Food and cooking; each sentence has keywords no earlier sentence uses (lentils, saffron, sourdough, caramel,
# meringue, aubergine, skewer, sausages, vinegar ...).
SENTENCES["blind20"] = [
    ("the cook simmered lentils with saffron for an hour", ["simmer", "lentil", "saffron"], "lentils with saffron"),
    ("my brother kneaded the sourdough before breakfast", ["brother", "sourdough", "breakfast"], "the sourdough before breakfast"),
    ("the caramel scorched while we chopped the onions", ["caramel", "scorch", "onion"], "while we chopped the onions"),
    ("she whisked the meringue until it stood in peaks", ["whisk", "meringue", "peak"], "until it stood in peaks"),
    ("the waiter brought a skewer of grilled aubergine", ["skewer", "grill", "aubergine"], "a skewer of grilled aubergine"),
    ("we marinated the sausages in cider vinegar overnight", ["marinat", "sausage", "vinegar"], "in cider vinegar overnight"),
]
# A word of each sentence, for 'does anyone actually say the word "{word}" out loud' (yes if spoken, else no).
BLIND20_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind20"], ["lentils", "sourdough", "caramel", "meringue", "aubergine",
                                                                "sausages"])}
SEEDS["blind20"] = [2420, 2427]

_TUX = "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "tiger_walk": {"thing": "the tiger", "a": "a tiger",
                   "accept": ["tiger", "big cat", "wild cat", "wildcat", "feline", "striped", "stripes", "cat", "animal"],
                   "file": ("tuxpaint-stamps-default", _TUX + "animals/mammals/cats/tiger_sumatran.png")},
    "fire_truck": {"thing": "the red fire truck", "a": "a fire truck",
                   "accept": ["fire truck", "fire engine", "firetruck", "fire-truck", "fire rescue", "fire-rescue",
                              "palm beach", "truck", "lorry", "engine", "vehicle"],
                   "file": ("tuxpaint-stamps-default", _TUX + "vehicles/emergency/firetruck.png")},
    "roast_turkey": {"thing": "the roast turkey", "a": "a roast turkey",
                     "accept": ["turkey", "roast", "chicken", "poultry", "bird", "meat", "thanksgiving", "food", "dinner"],
                     "file": ("tuxpaint-stamps-default", _TUX + "seasonal/christmas/Roast_turkey.png")},
    "cement_mixer": {"thing": "the cement mixer", "a": "a cement mixer",
                     "accept": ["cement mixer", "concrete mixer", "mixer", "cement", "concrete", "drum", "construction",
                                "machine", "equipment"],
                     "file": ("tuxpaint-stamps-default", _TUX + "household/tools/cementmixer.png")},
})
# Truth from looking at the images as the slideshow shows them (their alpha dropped):
# - tiger_walk: a photo of a big orange tiger with black stripes, white belly and cheeks, walking to the right in
#   profile, mouth a little open, long striped tail curled up at the left; tufts of green grass under its paws; a
#   plain white background. No person, no text.
# - fire_truck: a photo of a red-and-white fire engine seen from the front left (chrome bumper, grille and wheels, a
#   light bar on the roof, hose compartments and a chrome pump panel on the side, a white zigzag stripe along the red
#   body), gold lettering "PALM BEACH COUNTY" above the windscreen and "PALM BEACH COUNTY FIRE-RESCUE" on the cab
#   door, "28" on the rear side; a plain black background. The cab is empty (seats seen through the windows):
#   no person.
# - roast_turkey: a whole roasted turkey, golden brown, crisp skin, wings and legs tucked, a small white pop-up timer
#   in the breast; a plain black background. No person, no text.
# - cement_mixer: a photo of an old, battered yellow cement mixer: a grey tilted drum with its open mouth towards the
#   top, a yellow engine housing with vents at the left, two small black wheels, a yellow leg and handle at the
#   right, splashes of dried concrete all over; the background is a smear of the cut-out's leftover colours (dark
#   red, blue, grey, white patches). No person, no text.
# At most zero people at once. Each photo's first accept is the reject for the others; "red", "yellow" and "orange"
# are in no accept list (three photos share them), nor "picture" or "photo".
SLIDESHOWS += [
    {
        "name": "photos-Z", "split": "blind20",
        "photos": [("tiger_walk", 5.0), ("fire_truck", 6.0), ("roast_turkey", 4.0), ("cement_mixer", 5.0)],
        "speech": [("my uncle roasted one this big for ten people", 11.2, ["uncle", "roast", "people"],
                    "roasted one this big")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND20_FIRST_PHOTO, {"check": "text", "accept": PHOTO["tiger_walk"]["accept"],
                                                    "reject": ["fire truck", "fire engine", "turkey", "mixer"]}),
            ("shown at time", BLIND20_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["fire_truck"]["accept"],
                                                      "reject": ["tiger", "turkey", "mixer"]}),  # 10 s of 20, truck 5-11
            ("shown at time", BLIND20_LAST_PHOTO, {"check": "text", "accept": PHOTO["cement_mixer"]["accept"],
                                                   "reject": ["tiger", "fire truck", "fire engine", "turkey"]}),  # 15-20
            ("shot count", BLIND20_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND20_GRASS, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND20_TIGER_NAME, {}),
            ("unanswerable", BLIND20_TRUCK_PRICE, {}),
            ("unanswerable", BLIND20_MIXER_YEAR, {}),
        ],
    },
]
