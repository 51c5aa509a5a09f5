"""The videos and truth of the `blind36` split (its phrasings: qa_bank_blind36.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; no keyword of a
sentence is, or contains, or is contained in, an earlier keyword); the pictures are four real photographs from
Debian's lomiri-wallpapers-16.04 (a small carved green bird hanging under round ceiling lamps, a djembe drum on a
beanbag before a wine bottle and a coffee grinder, an orange autumn larch wood under a grey mountain ridge, the
sun low over hazy mountains behind a stone sundial) that no other split uses, and their truth comes from looking
at them. Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind36 import (
    BLIND36_BIRD_MAKER,
    BLIND36_DRUM,
    BLIND36_FIRST_PHOTO,
    BLIND36_HALFWAY_PHOTO,
    BLIND36_LAST_PHOTO,
    BLIND36_MOUNTAIN_NAME,
    BLIND36_PHOTO_COUNT,
    BLIND36_WINE_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things on an old apothecary's shelves, in no earlier WORDS pool.
WORDS["blind36"] = ["MORTAR", "PESTLE", "TINCTURE", "POULTICE", "OINTMENT", "CAPSULE", "DROPPER", "LEDGER",
                    "BEAKER", "ALEMBIC"]
# Small mishaps and crafts; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind36"] = [
    ("the juror nodded off during the lengthy testimony", ["juror", "nodded", "testimony"],
     "during the lengthy testimony"),
    ("a ferret stole a sock from the washing line", ["ferret", "sock", "washing"], "from the washing line"),
    ("the tuba player tripped over a music stand", ["tuba", "tripped", "stand"], "over a music stand"),
    ("the woodcutter whittled a flute from a willow branch", ["woodcutter", "flute", "willow"],
     "from a willow branch"),
    ("the monk brewed dark ale in the cloister", ["monk", "brewed", "cloister"], "dark ale in the cloister"),
    ("the geologist chipped a crystal off the boulder", ["geolog", "crystal", "boulder"],
     "a crystal off the boulder"),
]
# A word of each sentence, for BLIND36_HEAR (yes if that sentence is spoken, else no).
BLIND36_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind36"], ["juror", "ferret", "tuba", "woodcutter", "monk",
                                                                "geologist"])}
SEEDS["blind36"] = [4036, 4043]

_PKG, _BG = "lomiri-wallpapers-16.04", "usr/share/backgrounds/"
PHOTO.update({
    "b36_hanging_bird": {"thing": "the little carved green bird hanging below round ceiling lamps",
                         "a": "a small carved bird hanging from a lamp",
                         "accept": ["bird", "figurine", "ornament", "wings", "carved", "wooden", "lamp",
                                    "ceiling light", "light fixture", "mobile"],
                         "file": (_PKG, _BG + "free_by_Peter_Nerlich.jpg")},
    "b36_djembe_wine": {"thing": "the djembe drum on a beanbag with a wine bottle and coffee grinder behind",
                        "a": "a drum on a beanbag",
                        "accept": ["djembe", "drum", "beanbag", "bean bag", "wine", "bottle", "wine glass",
                                   "coffee grinder", "grinder", "pallet", "table", "loudspeaker"],
                        "file": (_PKG, _BG + "Wine_by_Jakkub_Mede.jpg")},
    "b36_autumn_larches": {"thing": "the orange autumn woods on a hillside below a grey mountain ridge",
                           "a": "an autumn forest below a mountain",
                           "accept": ["autumn", "larch", "fall colours", "fall colors", "foliage", "forest",
                                      "woods", "trees", "meadow", "grassy slope", "mountain", "ridge"],
                           "file": (_PKG, _BG + "aitzgorri_by_Aitzol_Berasategi.jpg")},
    "b36_summit_sun": {"thing": "the low sun over hazy mountains behind a stone sundial on a summit",
                       "a": "a sunset over mountains",
                       "accept": ["sunset", "sunrise", "sun", "sundial", "dial", "summit", "mountains", "hills",
                                  "horizon", "dusk", "lens flare", "sunlight"],
                       "file": (_PKG, _BG + "sunset_by_Aitzol_Berasategi.jpg")},
})
# Truth from looking at the pictures (all four photographs, nobody in any of them, no readable text):
# - free_by_Peter_Nerlich: looking up at a ceiling light: two big glowing white round (globe/disc) lamps on thin
#   curved silver metal arms, a bit of a third at the top right; from a coiled spring under the arms hangs a
#   small carved, faceted bird figurine, yellow-green body shading to teal, a small pink-brown beak, two black
#   dot eyes, spread pale cream wings. Grey ceiling behind. Mostly grey, white and green.
# - Wine_by_Jakkub_Mede (portrait): a room with a cork-like golden-brown floor; in front a djembe drum (white
#   skin head, brown wooden body, rope lacing) lying tilted on a pale beige beanbag; behind it a small dark
#   wooden table made of pallets with a green wine bottle (cream label with an "M", unreadable small script), a
#   glass of red wine, and an old box-shaped wooden coffee grinder with a copper bowl and crank; a tall wooden
#   loudspeaker cabinet at the left, a white wall with a glass-block window above, a wooden post at the right.
# - aitzgorri_by_Aitzol_Berasategi: a bright green grassy meadow slope in front with fallen brown leaves; behind
#   it a wood of orange-gold autumn trees (larches) on the left and centre, a dark green conifer and more
#   orange-brown trees at the right; a long grey rocky limestone mountain ridge with a pale scree slope rises
#   behind under a pale overcast sky.
# - sunset_by_Aitzol_Berasategi: from a grassy, stony summit with patches of snow, the sun low and blazing just
#   above layers of hazy blue-grey mountain ranges, with rays and lens-flare spots; clear pale blue sky; at the
#   right front a round stone table on a stone pillar (a sundial / orientation table with a metal pointer and
#   engraved rim); at the far left edge a small red-and-white post with a little round dish.
# Nobody in any of them (people: 0). "mountain" is in two lists (the autumn ridge and the summit view), so no
# reject list below names it where either photo could be the answer. The spoken sentence and its quote avoid the
# words of the autumn photo's "thing", so an answer cannot score by echoing the question.
SLIDESHOWS += [
    {
        "name": "photos-B36", "split": "blind36",
        "photos": [("b36_hanging_bird", 4.0), ("b36_djembe_wine", 7.0), ("b36_autumn_larches", 5.0),
                   ("b36_summit_sun", 5.0)],
        "speech": [("the larches blaze like copper before the first frost", 12.0, ["larch", "blaze", "frost"],
                    "before the first frost")],
        "people": 0, "absent": ["a cat", "a car"],
        "extra": [
            ("shown at time", BLIND36_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b36_hanging_bird"]["accept"],
                                                    "reject": ["drum", "wine", "autumn", "sunset"]}),  # bird 0-4
            ("shown at time", BLIND36_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b36_djembe_wine"]["accept"],
                                                      "reject": ["bird", "autumn", "sunset", "sundial"]}),  # 10.5 s of 21, drum 4-11
            ("shown at time", BLIND36_LAST_PHOTO, {"check": "text", "accept": PHOTO["b36_summit_sun"]["accept"],
                                                   "reject": ["bird", "drum", "wine", "autumn", "larch"]}),  # sun 16-21
            ("shot count", BLIND36_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND36_DRUM, {"check": "yesno", "yes": True}),  # the djembe on the beanbag
            ("unanswerable", BLIND36_WINE_PRICE, {}),
            ("unanswerable", BLIND36_MOUNTAIN_NAME, {}),
            ("unanswerable", BLIND36_BIRD_MAKER, {}),
        ],
    },
]
