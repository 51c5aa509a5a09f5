"""The videos and truth of the `blind39` split (its phrasings: qa_bank_blind39.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier word; no keyword of a sentence is, contains or is contained in an earlier keyword); the
pictures are four real photographs from Debian's gcompris-qt-data (a bull moose lying in heather from its
explore_world_animals.rcc bundle, an alpaca's head and a gosling from its erase.rcc bundle, a wooden post
windmill from its categorization.rcc bundle) that no other split uses, and their truth comes from looking at
them. Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind39 import (
    BLIND39_ALPACA_PRICE,
    BLIND39_ANTLERS,
    BLIND39_FIRST_PHOTO,
    BLIND39_HALFWAY_PHOTO,
    BLIND39_LAST_PHOTO,
    BLIND39_MOOSE_PHOTOGRAPHER,
    BLIND39_PHOTO_COUNT,
    BLIND39_WINDMILL_BUILT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things of a newspaper office, in no earlier WORDS pool.
WORDS["blind39"] = ["HEADLINE", "BYLINE", "DATELINE", "NEWSPRINT", "CAPTION", "TABLOID", "MASTHEAD", "ERRATUM",
                    "GALLEY", "PAMPHLET"]
# Odd little scenes; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind39"] = [
    ("the editor spiked the rumour about the mayor", ["editor", "spiked", "mayor"], "the rumour about the mayor"),
    ("a pirate parrot squawked through the whole podcast", ["pirate", "squawk", "podcast"],
     "through the whole podcast"),
    ("the scuba diver photographed a sleepy manatee", ["scuba", "diver", "manatee"], "a sleepy manatee"),
    ("the archivist misplaced a box of wartime letters", ["archivist", "wartime", "letters"],
     "a box of wartime letters"),
    ("the toddler splattered banana smoothie across the fridge", ["toddler", "smoothie", "fridge"],
     "smoothie across the fridge"),
    ("the hairdresser dyed her fringe bright turquoise", ["hairdresser", "fringe", "turquoise"],
     "her fringe bright turquoise"),
]
# A word of each sentence, for BLIND39_HEAR (yes if that sentence is spoken, else no).
BLIND39_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind39"], ["editor", "podcast", "manatee", "archivist",
                                                                "toddler", "hairdresser"])}
SEEDS["blind39"] = [4339, 4346]

# gcompris-qt-data ships these photos inside Qt resource bundles: the path is the bundle's file in the package,
# a colon, then the photo's path inside the bundle.
_RCC = "usr/share/gcompris-qt/rcc/"
_ERASE = _RCC + "erase.rcc:/gcompris/src/activities/erase/resource/"
_WORLD = _RCC + "explore_world_animals.rcc:/gcompris/src/activities/explore_world_animals/resource/animals/"
_RENEW = _RCC + "categorization.rcc:/gcompris/src/activities/categorization/resource/images/renewable/"
PHOTO.update({
    "b39_resting_moose": {"thing": "the moose lying in the heather", "a": "a moose",
                          "accept": ["moose", "elk", "antler", "deer", "heather", "bull moose"],
                          "file": ("gcompris-qt-data", _WORLD + "moose.webp")},
    "b39_alpaca_head": {"thing": "the white alpaca with a brown tuft on its head", "a": "an alpaca",
                        "accept": ["alpaca", "llama", "vicuna", "fleece", "woolly", "wool"],
                        "file": ("gcompris-qt-data", _ERASE + "alpaca.webp")},
    "b39_gosling_step": {"thing": "the fluffy yellow gosling on a path", "a": "a gosling",
                         "accept": ["gosling", "duckling", "chick", "goose", "webbed", "downy"],
                         "file": ("gcompris-qt-data", _ERASE + "gosling.webp")},
    "b39_post_windmill": {"thing": "the old wooden windmill", "a": "a windmill",
                          "accept": ["windmill", "post mill", "mill", "sails", "blades"],
                          "file": ("gcompris-qt-data", _RENEW + "windmill5.webp")},
})
# Truth from looking at the photos (no text and nobody in any of them):
# - moose.webp (1024x683): a big bull moose lying down, facing the camera slightly to the right, in low reddish-
#   brown heather / heath with tiny orange flowers and a few pale grass stalks; very wide palmate antlers, rusty
#   brown with paler inner parts; dark grey-brown coat, long drooping muzzle; behind it a blurred wall of green
#   spruce / conifer forest. Possibly light drizzle. Colours: green, dark brown, rust.
# - alpaca.webp (1920x1080): close-up profile of an alpaca's head and long neck, facing left; cream-white curly
#   fleece, a rust-brown tuft of fleece on top of the head, grey-ish pointed ears, black eye and dark muzzle with
#   whiskers; part of its white woolly back at the lower right; blurred background of a grey wooden fence, a dark
#   tree trunk at the right and green grass below.
# - gosling.webp (1920x1080): a fluffy yellow gosling (a baby goose) mid-step on a sandy dirt path, standing on
#   one grey leg with the other orange-brown webbed foot raised behind, little wings held out, grey-black beak,
#   dark eye; green grass blades in the foreground, a sunny, blurred green-yellow background with bokeh.
# - windmill5.webp (240x320, small, portrait): a traditional wooden post mill: a dark brown weatherboarded box body
#   with a pitched shingled roof and a small weathervane, on a wooden trestle base; four lattice sails (two have
#   white slats); a long pole/ladder slopes down to the right; a rustic wooden rail fence and green grass in
#   front; bare trees and bushes behind; white clouds in a pale blue sky.
# Nobody in any of them (people: 0). The spoken sentence (over the gosling) names none of the photos' things.
# Timeline: moose 0-5, alpaca 5-12, gosling 12-17, windmill 17-22; the halfway moment (11 s of 22) is the alpaca.
SLIDESHOWS += [
    {
        "name": "photos-B39", "split": "blind39",
        "photos": [("b39_resting_moose", 5.0), ("b39_alpaca_head", 7.0), ("b39_gosling_step", 5.0),
                   ("b39_post_windmill", 5.0)],
        "speech": [("believe it or not this little one posed for the camera", 12.5, ["believe", "posed", "camera"],
                    "posed for the camera")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND39_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b39_resting_moose"]["accept"],
                                                    "reject": ["alpaca", "gosling", "windmill"]}),  # moose 0-5
            ("shown at time", BLIND39_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b39_alpaca_head"]["accept"],
                                                      "reject": ["moose", "antler", "gosling", "windmill"]}),  # 11 s of 22
            ("shown at time", BLIND39_LAST_PHOTO, {"check": "text", "accept": PHOTO["b39_post_windmill"]["accept"],
                                                   "reject": ["moose", "alpaca", "gosling"]}),  # windmill 17-22
            ("shot count", BLIND39_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND39_ANTLERS, {"check": "yesno", "yes": True}),  # the moose's antlers
            ("unanswerable", BLIND39_ALPACA_PRICE, {}),
            ("unanswerable", BLIND39_MOOSE_PHOTOGRAPHER, {}),
            ("unanswerable", BLIND39_WINDMILL_BUILT, {}),
        ],
    },
]
