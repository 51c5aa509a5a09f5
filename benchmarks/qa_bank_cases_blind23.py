"""The videos and truth of the `blind23` split (its phrasings: qa_bank_blind23.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos are four real photographs from Debian's
plasma-workspace-wallpapers that no other split uses, and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind23 import (
    BLIND23_FIRST_PHOTO,
    BLIND23_HALFWAY_PHOTO,
    BLIND23_KITE_FLYER,
    BLIND23_KITE_PRICE,
    BLIND23_LAST_PHOTO,
    BLIND23_PHOTO_COUNT,
    BLIND23_PIER_DATE,
    BLIND23_REEDS,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a bakery or a cafe, in no earlier WORDS pool (CROISSANT, MUFFIN, PRETZEL, WAFFLE, TEACUP ... are taken).
WORDS["blind23"] = ["BAGUETTE", "BRIOCHE", "CINNAMON", "CRUMPET", "DOUGHNUT", "ECLAIR", "ESPRESSO", "MACARON",
                    "SAUCER", "STRUDEL"]
# Science and nature; each sentence has keywords no earlier sentence uses (glacier, nectar, tide, fertile, octopus,
# lightning ...).
SENTENCES["blind23"] = [
    ("the glacier carved a deep valley over thousands of years", ["glacier", "valley", "thousand"],
     "carved a deep valley"),
    ("honeybees dance to show their sisters where the nectar is", ["dance", "sister", "nectar"],
     "where the nectar is"),
    ("the moon pulls on the oceans and makes the tides rise", ["moon", "ocean", "tide"], "makes the tides rise"),
    ("volcanic ash makes the soil on the slopes very fertile", ["volcan", "soil", "fertile"],
     "the soil on the slopes"),
    ("an octopus can change the colour of its skin in a second", ["octopus", "colo", "skin"],
     "the colour of its skin"),
    ("thunder rumbles because lightning heats the air so quickly", ["rumble", "lightning", "quickly"],
     "heats the air so quickly"),
]
# A word of each sentence, for 'is the word "{word}" actually spoken aloud' (yes if spoken, else no).
BLIND23_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind23"], ["glacier", "nectar", "tides", "fertile", "octopus",
                                                                "lightning"])}
SEEDS["blind23"] = [2723, 2730]

_KDE = "usr/share/wallpapers/"
PHOTO.update({
    "kite_sky": {"thing": "the rainbow kite", "a": "a kite",
                 "accept": ["kite", "rainbow", "flying", "string", "cloud"],
                 "file": ("plasma-workspace-wallpapers", _KDE + "Kite/contents/images/2560x1600.jpg")},
    "foggy_pier": {"thing": "the wooden pier in the fog", "a": "a wooden pier",
                   "accept": ["pier", "jetty", "dock", "boardwalk", "wharf", "landing stage", "platform", "planks",
                              "fog", "mist", "black and white", "monochrome", "wooden"],
                   "file": ("plasma-workspace-wallpapers", _KDE + "ColdRipple/contents/images/2560x1600.jpg")},
    "star_moss": {"thing": "the green moss", "a": "a patch of moss",
                  "accept": ["moss", "plant", "spiky", "star-shaped", "star shaped", "foliage", "vegetation",
                             "leaves", "seedling", "greenery", "green"],
                  "file": ("plasma-workspace-wallpapers", _KDE + "OneStandsOut/contents/images/2560x1600.jpg")},
    "twilight_lake": {"thing": "the calm lake at twilight", "a": "a calm lake at twilight",
                      "accept": ["lake", "reed", "reflection", "horizon", "shoreline", "twilight", "dusk", "dawn",
                                 "sunset", "sunrise", "purple", "violet", "pink"],
                      "file": ("plasma-workspace-wallpapers", _KDE + "summer_1am/contents/images/2560x1600.jpg")},
})
# Truth from looking at the photos:
# - kite_sky: a low-angle photo of a single triangular (delta) kite in rainbow colours (purple, blue, green, yellow,
#   orange, red panels) flying high in a deep blue sky, a thin white string running from it to the top-left corner;
#   white cumulus clouds at the left edge and at the upper and lower right, wisps of thin cloud across the blue.
#   No person, no bird, no text.
# - foggy_pier: a black-and-white photo of a wooden pier (jetty) of dark planks running straight out from the
#   bottom of the frame to a wider T-shaped platform, with the two metal handrails of a swimming ladder sticking
#   up at its far edge; still water and thick grey fog all around, no horizon visible. No person, no boat, no text.
# - star_moss: a close-up from above of a carpet of green haircap moss, each shoot a small spiky star; one single
#   orange-brown star right of centre stands out; a patch of dark soil with a few pebbles at the bottom centre.
#   No person, no text.
# - twilight_lake: a wide, mirror-calm lake at twilight (the file is named "summer 1 am"): a purple-blue sky
#   fading to pink at the horizon, a low dark line of wooded shore and islands across the middle, tall thin reeds
#   sticking out of the water in the lower right (a few at the left), the sky's colours reflected in the water.
#   No person, no boat, no text.
# At most zero people at once. Each photo's first accept is the reject for the others; "water" (pier and lake),
# "sky" (kite and lake) and "blue" (kite, lake) are in no accept list, nor "picture" or "photo".
SLIDESHOWS += [
    {
        "name": "photos-AC", "split": "blind23",
        "photos": [("kite_sky", 5.0), ("foggy_pier", 6.0), ("star_moss", 4.0), ("twilight_lake", 5.0)],
        "speech": [("the wind lifted it far above the treetops", 1.0, ["wind", "lift", "treetop"],
                    "far above the treetops")],
        "people": 0, "absent": ["a horse", "a boat"],
        "extra": [
            ("shown at time", BLIND23_FIRST_PHOTO, {"check": "text", "accept": PHOTO["kite_sky"]["accept"],
                                                    "reject": ["pier", "jetty", "moss", "lake"]}),  # 0-5 s
            ("shown at time", BLIND23_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["foggy_pier"]["accept"],
                                                      "reject": ["kite", "moss", "lake"]}),  # 10 s of 20, pier 5-11
            ("shown at time", BLIND23_LAST_PHOTO, {"check": "text", "accept": PHOTO["twilight_lake"]["accept"],
                                                   "reject": ["kite", "pier", "jetty", "moss"]}),  # 15-20
            ("shot count", BLIND23_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND23_REEDS, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND23_KITE_FLYER, {}),
            ("unanswerable", BLIND23_KITE_PRICE, {}),
            ("unanswerable", BLIND23_PIER_DATE, {}),
        ],
    },
]
