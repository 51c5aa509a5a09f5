"""The videos and truth of the `blind42` split (its phrasings: qa_bank_blind42.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none containing
or contained in an earlier sentence keyword; no keyword of a sentence is, or contains, or is contained in, an
earlier keyword or on-screen word); the pictures are four real photographs from Debian's tuxpaint-stamps-default
(a brass trumpet, a one-humped camel standing, a black stethoscope, a green iguana walking), cut out on
transparent backgrounds, that no other split uses, and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind42 import (
    BLIND42_CAMEL_HUMP,
    BLIND42_CAMEL_NAME,
    BLIND42_FIRST_PHOTO,
    BLIND42_HALFWAY_PHOTO,
    BLIND42_LAST_PHOTO,
    BLIND42_PHOTO_COUNT,
    BLIND42_STETHOSCOPE_OWNER,
    BLIND42_TRUMPET_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things of books and old libraries, in no earlier WORDS pool.
WORDS["blind42"] = ["LECTERN", "BINDING", "CATALOGUE", "ARCHIVE", "GLOSSARY", "VELLUM", "PAPYRUS", "PREFACE",
                    "ANTHOLOGY", "APPENDIX"]
# Nonsense fables; each sentence's keywords are in no earlier keyword list or WORDS pool (nor contain or sit in one).
SENTENCES["blind42"] = [
    ("the meerkat napped in the sheriff's hat", ["meerkat", "napped", "sheriff"], "in the sheriff's hat"),
    ("a chipmunk hid marmalade in the pantry", ["chipmunk", "marmalade", "pantry"], "marmalade in the pantry"),
    ("the vulture giggled at the sardine sandwich", ["vultur", "giggl", "sardine"], "at the sardine sandwich"),
    ("a gorilla played the bassoon in the canyon", ["gorilla", "bassoon", "canyon"], "the bassoon in the canyon"),
    ("the narwhal and the mermaid shared an omelette", ["narwhal", "mermaid", "omelet"], "shared an omelette"),
    ("the hermit tiptoed across the cabbage patch", ["hermit", "tiptoe", "cabbage"], "across the cabbage patch"),
]
# A word of each sentence, for BLIND42_HEAR (yes if that sentence is spoken, else no).
BLIND42_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind42"], ["meerkat", "chipmunk", "vulture", "gorilla", "narwhal",
                                                                "hermit"])}
SEEDS["blind42"] = [4642, 4649]

_PKG, _TUX = "tuxpaint-stamps-default", "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "b42_trumpet": {"thing": "the shiny brass trumpet", "a": "a trumpet",
                    "accept": ["trumpet", "cornet", "bugle", "flugelhorn", "brass", "horn", "valve", "mouthpiece"],
                    "file": (_PKG, _TUX + "hobbies/music/brass/trumpet.png")},
    "b42_dromedary": {"thing": "the camel with one hump", "a": "a camel",
                      "accept": ["dromedary", "camel", "hump"],
                      "file": (_PKG, _TUX + "animals/mammals/camel/dromedary.png")},
    "b42_stethoscope": {"thing": "the black stethoscope", "a": "a stethoscope",
                        "accept": ["stethoscope", "chest piece", "chestpiece", "earpiece", "doctor", "medical"],
                        "file": (_PKG, _TUX + "medical/stethoscope.png")},
    "b42_iguana": {"thing": "the green iguana", "a": "an iguana",
                   "accept": ["iguana", "lizard", "reptile", "chameleon", "gecko", "agama", "anole"],
                   "file": (_PKG, _TUX + "animals/lizards/iguana.png")},
})
# Truth from looking at the pictures (all four photographs of one thing each, cut out with no background; nobody
# in any of them, no readable text):
# - trumpet.png: a gold-coloured lacquered brass trumpet lying on its side, seen side on: the flared bell at the
#   left, the long lead pipe running right to a silver mouthpiece at the right end, three piston valves with
#   round silver finger buttons standing up near the middle-right, the looped tuning slide below, a small ring
#   and a thumb hook. Yellow-gold, shiny, with light reflections in the bell.
# - dromedary.png: a dromedary (one-humped Arabian camel) standing, seen from its left side, head at the left
#   on a long curved neck, one large hump on its back, four long thin legs, a thin tail hanging at the right;
#   sandy tan to golden-brown fur. Only one animal.
# - stethoscope.png: a stethoscope lying loose: two silver metal ear tubes with pale ear tips at the top, joined
#   to black rubber tubing that makes a big loop on the right and ends at a round silver chest piece (a
#   diaphragm) at the bottom right. Black and silver.
# - iguana.png: a green iguana (a lizard) walking to the right, seen from the side and slightly above: a long
#   tail curled up at the left, four splayed legs with long thin clawed toes, a head at the right with a dark
#   eye, pinkish-grey and lilac patches on its head, neck and legs; mostly bright green with faint darker bands.
# Nobody in any of them (people: 0). No accept word of one photo is in another photo's reject list. The spoken
# sentence and its quote avoid the words of the photos' "thing"s, so an answer cannot score by echoing the
# question.
SLIDESHOWS += [
    {
        "name": "photos-B42", "split": "blind42",
        "photos": [("b42_trumpet", 5.0), ("b42_dromedary", 7.0), ("b42_stethoscope", 4.0), ("b42_iguana", 6.0)],
        "speech": [("a baboon spilled custard on the bishop", 6.5, ["baboon", "custard", "bishop"],
                    "custard on the bishop")],
        "people": 0, "absent": ["a bicycle", "a pineapple"],
        "extra": [
            ("shown at time", BLIND42_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b42_trumpet"]["accept"],
                                                    "reject": ["camel", "dromedary", "stethoscope", "iguana",
                                                               "lizard"]}),  # trumpet 0-5
            ("shown at time", BLIND42_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b42_dromedary"]["accept"],
                                                      "reject": ["trumpet", "stethoscope", "iguana",
                                                                 "lizard"]}),  # 11 s of 22, camel 5-12
            ("shown at time", BLIND42_LAST_PHOTO, {"check": "text", "accept": PHOTO["b42_iguana"]["accept"],
                                                   "reject": ["trumpet", "camel", "dromedary",
                                                              "stethoscope"]}),  # iguana 16-22
            ("shot count", BLIND42_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND42_CAMEL_HUMP, {"check": "yesno", "yes": True}),  # one big hump on the camel's back
            ("unanswerable", BLIND42_TRUMPET_PRICE, {}),
            ("unanswerable", BLIND42_CAMEL_NAME, {}),
            ("unanswerable", BLIND42_STETHOSCOPE_OWNER, {}),
        ],
    },
]
