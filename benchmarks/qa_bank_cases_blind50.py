"""The videos and truth of the `blind50` split (its phrasings: qa_bank_blind50.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none containing
or contained in an earlier sentence keyword; no keyword of a sentence is, or contains, or is contained in, an
earlier keyword or on-screen word); the pictures are four real photographs of animals from Debian's
tuxpaint-stamps-default (a white pelican flying, an orange seahorse, a pink flamingo on one leg, a giraffe
walking) that no other split uses, and their truth comes from looking at them as the slideshow shows them (RGB
only: the bank drops the stamps' alpha channel). Importing this module adds the split's pools, seeds, photos
and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind50 import (
    BLIND50_FIRST_PHOTO,
    BLIND50_GIRAFFE_PRICE,
    BLIND50_HALFWAY_PHOTO,
    BLIND50_LAST_PHOTO,
    BLIND50_ONE_LEG,
    BLIND50_PELICAN_DATE,
    BLIND50_PHOTO_COUNT,
    BLIND50_SEAHORSE_NAME,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Fabrics, in no earlier WORDS pool.
WORDS["blind50"] = ["CORDUROY", "GINGHAM", "CHIFFON", "TAFFETA", "MUSLIN", "CALICO", "FLANNEL", "CASHMERE",
                    "SEERSUCKER", "BROCADE"]
# Nonsense sea tales; each sentence's keywords are in no earlier keyword list or WORDS pool (nor contain or sit
# in one).
SENTENCES["blind50"] = [
    ("the quartermaster swapped a kumquat for some plankton", ["quartermaster", "kumquat", "plankton"],
     "a kumquat for some plankton"),
    ("a cormorant taught the shipwright to dance the polka", ["cormorant", "shipwright", "polka"],
     "the shipwright to dance the polka"),
    ("the cuttlefish hid a bagel inside the dinghy", ["cuttlefish", "bagel", "dinghy"], "a bagel inside the dinghy"),
    ("a halibut sang a shanty to the tangerine", ["halibut", "shanty", "tangerine"], "a shanty to the tangerine"),
    ("the stingray threw a lasso around the tugboat", ["stingray", "lasso", "tugboat"],
     "a lasso around the tugboat"),
    ("an anchovy read semaphore flags to the mackerel", ["anchovy", "semaphore", "mackerel"],
     "semaphore flags to the mackerel"),
]
# A word of each sentence, for BLIND50_HEAR (yes if that sentence is spoken, else no).
BLIND50_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind50"], ["kumquat", "cormorant", "cuttlefish", "halibut",
                                                                "stingray", "anchovy"])}
SEEDS["blind50"] = [5450, 5457]

_PKG, _TUX = "tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "b50_pelican": {"thing": "the flying pelican", "a": "a pelican",
                    "accept": ["pelican", "white pelican", "seabird", "bird"],
                    "file": (_PKG, _TUX + "animals/birds/pelican.png")},
    "b50_seahorse": {"thing": "the orange seahorse", "a": "a seahorse",
                     "accept": ["seahorse", "sea horse", "sea-horse", "hippocampus"],
                     "file": (_PKG, _TUX + "animals/fish/seahorse.png")},
    "b50_flamingo": {"thing": "the pink flamingo", "a": "a flamingo",
                     "accept": ["flamingo", "flamingos", "flamingoes", "wading bird"],
                     "file": (_PKG, _TUX + "animals/birds/pink_flamingo.png")},
    "b50_giraffe": {"thing": "the giraffe", "a": "a giraffe",
                    "accept": ["giraffe", "giraffes"],
                    "file": (_PKG, _TUX + "animals/mammals/giraffe.png")},
})
# Truth from looking at the pictures as the slideshow shows them (the alpha channel dropped; each a photograph
# of one animal; nobody in any of them, no readable text):
# - pelican.png: a white pelican (American white pelican) in flight, flying to the right, both wings raised
#   high, white with black flight feathers at the wing edges, a long orange-yellow bill, orange legs and feet
#   hanging below; behind it flat pale grey water (or ice) filling the whole frame. One bird.
# - seahorse.png: a seahorse, upright, snout pointing up to the left, body orange-yellow with pale spots and
#   small spines along its back, the tail curled into a spiral at the bottom; plain black background.
# - pink_flamingo.png: a pink flamingo standing on one long thin leg, the other leg tucked up under its body,
#   its head and neck folded back and tucked into the feathers of its back (sleeping/resting pose), pink webbed
#   foot at the bottom; plain white background. One bird.
# - giraffe.png: a giraffe (reticulated: brown patches separated by pale lines) walking to the right, neck
#   stretched forward and up, small horns, long legs; plain white background. One animal.
# Nobody in any of them (people: 0). The photos' reject lists name only the other animals, so no accept word of
# one photo is in another photo's reject list. The spoken sentence and its quote avoid the words of the photos'
# "thing"s, so an answer cannot score by echoing the question.
SLIDESHOWS += [
    {
        "name": "photos-B50", "split": "blind50",
        "photos": [("b50_pelican", 5.0), ("b50_seahorse", 7.0), ("b50_flamingo", 4.0), ("b50_giraffe", 6.0)],
        "speech": [("a haddock balanced scallops beside the krill", 16.5, ["haddock", "scallop", "krill"],
                    "scallops beside the krill")],
        "people": 0, "absent": ["a dog", "a lighthouse"],
        "extra": [
            ("shown at time", BLIND50_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b50_pelican"]["accept"],
                                                    "reject": ["seahorse", "sea horse", "flamingo",
                                                               "giraffe"]}),  # pelican 0-5
            ("shown at time", BLIND50_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b50_seahorse"]["accept"],
                                                      "reject": ["pelican", "flamingo",
                                                                 "giraffe"]}),  # 11 s of 22, seahorse 5-12
            ("shown at time", BLIND50_LAST_PHOTO, {"check": "text", "accept": PHOTO["b50_giraffe"]["accept"],
                                                   "reject": ["pelican", "seahorse", "sea horse",
                                                              "flamingo"]}),  # giraffe 16-22
            ("shot count", BLIND50_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND50_ONE_LEG, {"check": "yesno", "yes": True}),  # the flamingo stands on one leg
            ("unanswerable", BLIND50_SEAHORSE_NAME, {}),
            ("unanswerable", BLIND50_GIRAFFE_PRICE, {}),
            ("unanswerable", BLIND50_PELICAN_DATE, {}),
        ],
    },
]
