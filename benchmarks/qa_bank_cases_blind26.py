"""The videos and truth of the `blind26` split (its phrasings: qa_bank_blind26.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the photos are four illustrated wallpapers of concrete things (a
goldfish, a calla lily, a horned mouse, an armoured robot beast's head) from Debian's ukui-wallpapers, which no
other split uses, and their truth comes from looking at them. Importing this module adds the split's pools,
seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind26 import (
    BLIND26_FIRST_PHOTO,
    BLIND26_FISH_NAME,
    BLIND26_FLOWER,
    BLIND26_HALFWAY_PHOTO,
    BLIND26_LAST_PHOTO,
    BLIND26_LILY_PRICE,
    BLIND26_MOUSE_YEAR,
    BLIND26_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things on a film set or in a cinema, in no earlier WORDS pool (TICKET and VELVET are taken, so not used).
WORDS["blind26"] = ["CAMCORDER", "CURTAIN", "FILMSTRIP", "MICROPHONE", "POPCORN", "PROJECTOR", "SCREENPLAY",
                    "SPOTLIGHT", "TRIPOD", "TURNTABLE"]
# Summer in the country and small jobs; each sentence has keywords no earlier sentence uses (sailor, jetty, moss,
# grandpa, blueberr, pine, usher, glove, moose, gravel, sunset, cardamom, bun, coffee, engineer, buzz, amplifier).
SENTENCES["blind26"] = [
    ("the old sailor tied his boat to a mossy jetty", ["sailor", "moss", "jetty"], "to a mossy jetty"),
    ("grandpa picked wild blueberries in the pine woods", ["grandpa", "blueberr", "pine"],
     "wild blueberries in the pine woods"),
    ("the usher found a lost glove under the back row", ["usher", "glove", "row"], "a lost glove under the back row"),
    ("a moose wandered across the gravel road at sunset", ["moose", "gravel", "sunset"], "the gravel road at sunset"),
    ("we baked cardamom buns for the afternoon coffee break", ["cardamom", "bun", "coffee"],
     "cardamom buns for the afternoon"),
    ("the sound engineer muted the buzzing amplifier", ["engineer", "buzz", "amplifier"],
     "muted the buzzing amplifier"),
]
# A word of each sentence, for 'the word "{word}" is said aloud' (yes if spoken, else no).
BLIND26_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind26"], ["jetty", "blueberries", "glove", "moose",
                                                                "cardamom", "amplifier"])}
SEEDS["blind26"] = [3026, 3033]

_BG = "usr/share/backgrounds/"
PHOTO.update({
    "ukui_goldfish": {"thing": "the pink goldfish", "a": "a goldfish",
                      "accept": ["goldfish", "fish", "oranda", "fantail", "betta", "fins", "scales"],
                      "file": ("ukui-wallpapers", _BG + "goldfish.png")},
    "ukui_calla": {"thing": "the calla lily", "a": "a calla lily",
                   "accept": ["calla", "lily", "flower", "blossom", "bloom", "petal", "spathe"],
                   "file": ("ukui-wallpapers", _BG + "calla.png")},
    "ukui_horned_mouse": {"thing": "the mouse with horns", "a": "a horned mouse",
                          "accept": ["mouse", "rodent", "hamster", "whisker", "pink nose"],
                          "file": ("ukui-wallpapers", _BG + "the-mouse.jpg")},
    "ukui_robot_beast": {"thing": "the armoured robot lion head", "a": "a robot animal's head",
                         "accept": ["robot", "mecha", "mechanical", "armour", "armor", "cyborg", "lion", "qilin",
                                    "kylin", "dragon", "wolf", "tiger", "beast", "helmet", "mask"],
                         "file": ("ukui-wallpapers", _BG + "firstgeneration.jpg")},
})
# Truth from looking at the photos (all four are flat digital illustrations, not photographs; nobody in any):
# - goldfish.png: one pink-and-magenta fancy goldfish (an oranda: a puffy pink hood on its head, a small yellow
#   eye, a pale pink scaly body, a spiky fin on its back, long flowing veil-like tail fins trailing to the left)
#   swimming right, in the middle of the picture, on a deep blue-to-violet background of soft wavy water folds.
#   No text.
# - calla.png: a single calla lily in the middle bottom: one orange-red petal (spathe) curling over at the top,
#   yellow and a little purple where it wraps, on a long straight blue stem rising from the bottom edge; behind
#   it a big pale peach-orange circle (a sun) on a background that runs from hot pink (left) to light sky blue
#   (right) with translucent wavy bands. No text.
# - the-mouse.jpg: the glowing head of a mouse seen from the front, in the middle, on a near-black navy background
#   with blurred blue-green swirls like wings: round fluffy violet-blue head, two big round ears with peach-orange
#   insides, angry slanted cyan eyes, a pink nose, long peach-coloured whiskers each side, and two curly
#   antler-like horns (pink to pale blue, with small leaf shapes) rising from its forehead, a cyan diamond mark
#   between them. No text.
# - firstgeneration.jpg: a comic-style head of an armoured robot beast (a lion or qilin-like cat face in white
#   plates with grey shading, a big lime-green eye, a red gem on the forehead, lime-green crest spikes on top,
#   teeth along the jaw) turned to the left, right of centre, with dark navy splash dots behind it, on a royal blue
#   background with a faint checkerboard pattern at the left and top right. Tiny text "UBUNTU KYLIN" with a small
#   barcode on one of the green crest spikes (a few pixels high at full size, unreadable when scaled down).
# At most zero people at once. Each photo's first accept is the reject for the others; "colourful", "cartoon",
# "illustration", "animal" and "purple"/"blue" (in several photos) are in no accept list, nor "horn"/"antler"
# for the mouse (the sentence spoken over it says "horns" and "antlers", so an answer could echo them unseen).
SLIDESHOWS += [
    {
        "name": "photos-AF", "split": "blind26",
        "photos": [("ukui_goldfish", 5.0), ("ukui_calla", 7.0), ("ukui_horned_mouse", 5.0), ("ukui_robot_beast", 4.0)],
        "speech": [("those curly horns look like the antlers of a deer", 12.6, ["horn", "antler", "deer"],
                    "the antlers of a deer")],
        "people": 0, "absent": ["a bicycle", "a teapot"],
        "extra": [
            ("shown at time", BLIND26_FIRST_PHOTO, {"check": "text", "accept": PHOTO["ukui_goldfish"]["accept"],
                                                    "reject": ["calla", "lily", "mouse", "robot"]}),  # 0-5 s
            ("shown at time", BLIND26_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["ukui_calla"]["accept"],
                                                      "reject": ["goldfish", "mouse", "robot"]}),  # 10.5 s of 21, lily 5-12
            ("shown at time", BLIND26_LAST_PHOTO, {"check": "text", "accept": PHOTO["ukui_robot_beast"]["accept"],
                                                   "reject": ["goldfish", "calla", "lily", "mouse"]}),  # 17-21 s
            ("shot count", BLIND26_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND26_FLOWER, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND26_FISH_NAME, {}),
            ("unanswerable", BLIND26_LILY_PRICE, {}),
            ("unanswerable", BLIND26_MOUSE_YEAR, {}),
        ],
    },
]
