"""The videos and truth of the `blind38` split (its phrasings: qa_bank_blind38.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; no keyword of a
sentence is, or contains, or is contained in, an earlier keyword); the pictures are four real photographs from
Debian's tuxpaint-stamps-default (a spiny lobster seen from above, a capybara lying asleep, a muddy tractor tyre
on its wheel, an inukshuk of stacked stone slabs), cut out on transparent backgrounds, that no other split uses,
and their truth comes from looking at them. Importing this module adds the split's pools, seeds, photos and
slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind38 import (
    BLIND38_CAPYBARA_NAME,
    BLIND38_FIRST_PHOTO,
    BLIND38_HALFWAY_PHOTO,
    BLIND38_LAST_PHOTO,
    BLIND38_LOBSTER_PRICE,
    BLIND38_PHOTO_COUNT,
    BLIND38_STONES_BUILDER,
    BLIND38_WHEEL_BOLTS,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things of an old harbour and its sailing ships, in no earlier WORDS pool.
WORDS["blind38"] = ["GALLEON", "BOLLARD", "SCHOONER", "BOATHOOK", "RIGGING", "MOORING", "LIFEBOAT", "FOREMAST",
                    "HAWSER", "SLIPWAY"]
# Storybook scenes; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind38"] = [
    ("the pirate hid his treasure under a palm tree", ["pirate", "treasure", "palm"], "under a palm tree"),
    ("a spaniel barked at a zeppelin drifting overhead", ["spaniel", "zeppelin", "overhead"],
     "a zeppelin drifting overhead"),
    ("the armadillo curled up beside a prickly bush", ["armadillo", "curled", "prickly"], "beside a prickly bush"),
    ("the goblin sold porcelain dolls at the bazaar", ["goblin", "porcelain", "bazaar"], "dolls at the bazaar"),
    ("the shepherd could yodel louder than an avalanche", ["yodel", "louder", "avalanche"],
     "louder than an avalanche"),
    ("a platypus wriggled through the murky lagoon", ["platypus", "wriggl", "lagoon"], "through the murky lagoon"),
]
# A word of each sentence, for BLIND38_HEAR (yes if that sentence is spoken, else no).
BLIND38_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind38"], ["pirate", "spaniel", "armadillo", "goblin", "yodel",
                                                                "platypus"])}
SEEDS["blind38"] = [4238, 4245]

_PKG, _TUX = "tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "b38_spiny_lobster": {"thing": "the spiny lobster with its long antennae", "a": "a lobster",
                          "accept": ["spiny lobster", "lobster", "crayfish", "crawfish", "rock lobster",
                                     "crustacean", "shellfish", "antenna", "langouste"],
                          "file": (_PKG, _TUX + "animals/fish/lobster.png")},
    "b38_capybara": {"thing": "the brown capybara lying asleep", "a": "a capybara",
                     "accept": ["capybara", "rodent", "guinea pig", "cavy", "beaver", "marmot", "wombat", "furry"],
                     "file": (_PKG, _TUX + "animals/mammals/rodents/capybara.png")},
    "b38_tractor_wheel": {"thing": "the muddy tractor tyre on its wheel", "a": "a tractor wheel",
                          "accept": ["tractor", "tyre", "tire", "wheel", "tread", "rubber", "muddy", "lug nut",
                                     "wheel nut", "hubcap"],
                          "file": (_PKG, _TUX + "vehicles/wheel_tractor.png")},
    "b38_inukshuk": {"thing": "the inukshuk built of stacked stone slabs", "a": "a stone inukshuk",
                     "accept": ["inukshuk", "inuksuk", "cairn", "stacked stones", "stone", "rock", "slab",
                                "stone figure", "monument"],
                     "file": (_PKG, _TUX + "town/monuments/inukshuk-photo.png")},
})
# Truth from looking at the pictures (all four photographs of one thing each, cut out with no background; nobody
# in any of them, no readable text):
# - lobster.png: a spiny (rock) lobster seen from straight above, lying sideways: dark fan tail at the left, a
#   banded dark red-brown segmented tail, a knobbly spotted reddish-purple carapace with small pale spines, ten
#   thin dark jointed legs (no big claws), and two very long thin antennae, one reaching up to the top right
#   corner and one down to the bottom right, with thin pale feelers between them. Mostly dark maroon and black.
# - capybara.png: a capybara lying flat on its belly, seen from the side with its blunt head at the left resting
#   on the ground, eyes closed (asleep or dozing), a small rounded dark ear, coarse shaggy light-brown to
#   grey-brown fur; a few green grass blades under its chin. No legs visible.
# - wheel_tractor.png: a single big tractor wheel seen face on: a grey rubber tyre with deep chunky tread lugs,
#   caked with brown mud and dirt, around a dull grey-green dished steel wheel; in its middle a round hub cap
#   ringed by eight wheel nuts (two shiny silver at the top, six rusty brown). Through gaps round the rim the
#   white background shows.
# - inukshuk-photo.png: an inukshuk (Inuit stone figure): two upright grey stone pillars as legs, a long flat
#   grey slab across them as arms, above it a stack of flat brown and grey stones (the body), another wide flat
#   slab as shoulders, two more brownish stones and a small round grey stone with blue-grey lichen on top as the
#   head. Grey, brown and slate colours.
# Nobody in any of them (people: 0). No accept word of one photo is in another photo's reject list. The spoken
# sentence and its quote avoid the words of the photos' "thing"s, so an answer cannot score by echoing the
# question.
SLIDESHOWS += [
    {
        "name": "photos-B38", "split": "blind38",
        "photos": [("b38_spiny_lobster", 5.0), ("b38_capybara", 7.0), ("b38_tractor_wheel", 4.0),
                   ("b38_inukshuk", 6.0)],
        "speech": [("the scruffy poodle wore a plaid kilt to school", 17.0, ["poodle", "plaid", "kilt"],
                    "wore a plaid kilt")],
        "people": 0, "absent": ["a bicycle", "a teapot"],
        "extra": [
            ("shown at time", BLIND38_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b38_spiny_lobster"]["accept"],
                                                    "reject": ["capybara", "tractor", "tyre", "inukshuk", "cairn"]}),  # lobster 0-5
            ("shown at time", BLIND38_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b38_capybara"]["accept"],
                                                      "reject": ["lobster", "tractor", "tyre", "inukshuk", "cairn"]}),  # 11 s of 22, capybara 5-12
            ("shown at time", BLIND38_LAST_PHOTO, {"check": "text", "accept": PHOTO["b38_inukshuk"]["accept"],
                                                   "reject": ["lobster", "capybara", "tractor", "tyre"]}),  # inukshuk 16-22
            ("shot count", BLIND38_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND38_WHEEL_BOLTS, {"check": "yesno", "yes": True}),  # eight nuts round the wheel's hub
            ("unanswerable", BLIND38_LOBSTER_PRICE, {}),
            ("unanswerable", BLIND38_CAPYBARA_NAME, {}),
            ("unanswerable", BLIND38_STONES_BUILDER, {}),
        ],
    },
]
