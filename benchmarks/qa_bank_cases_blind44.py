"""The videos and truth of the `blind44` split (its phrasings: qa_bank_blind44.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four that no other split uses, from Debian's lomiri-wallpapers-20.04 (a nuthatch head-down on a tree
trunk, the Milky Way over a calm sea, wavy diagonal colour stripes) and plasma-workspace-wallpapers (pastel
low-poly hills), and their truth comes from looking at them. Importing this module adds the split's pools, seeds,
photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind44 import (
    BLIND44_BIRD,
    BLIND44_BIRD_PARK,
    BLIND44_FIRST_PHOTO,
    BLIND44_HALFWAY_PHOTO,
    BLIND44_LAST_PHOTO,
    BLIND44_PHOTO_COUNT,
    BLIND44_SKY_DATE,
    BLIND44_STRIPES_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Wedding and aircraft things, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind44"] = ["BOUQUET", "CORSAGE", "CONFETTI", "TUXEDO", "GARTER", "ALTIMETER", "AILERON", "PROPELLER",
                    "FUSELAGE", "WINDSOCK"]
# Weddings and flying; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind44"] = [
    ("the caterer stacked seven tiers of almond cake", ["caterer", "tiers", "almond"], "seven tiers of almond cake"),
    ("the navigator plotted a detour around the squall", ["navigator", "detour", "squall"],
     "a detour around the squall"),
    ("the planner lined the pews with white peonies", ["planner", "pews", "peonies"], "with white peonies"),
    ("the hostess poured warm cider for every guest", ["hostess", "cider", "guest"], "warm cider for every guest"),
    ("the ground staff sprayed the wings before departure", ["staff", "sprayed", "wings"],
     "sprayed the wings before departure"),
    ("the chauffeur hired a vintage convertible for the couple", ["chauffeur", "vintage", "convertible"],
     "a vintage convertible"),
]
# A word of each sentence, for BLIND44_HEAR (yes if that sentence is spoken, else no).
BLIND44_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind44"], ["caterer", "navigator", "peonies", "cider", "wings",
                                                                "convertible"])}
SEEDS["blind44"] = [4844, 4851]

_LOM, _BG = "lomiri-wallpapers-20.04", "usr/share/backgrounds/"
_KDE = "usr/share/wallpapers/"
PHOTO.update({
    "b44_nuthatch": {"thing": "the nuthatch clinging head-down to a tree trunk", "a": "a small bird on a tree trunk",
                     "accept": ["nuthatch", "bird", "songbird", "tree trunk", "trunk", "bark", "tree", "beak",
                                "feathers", "perched", "clinging"],
                     "file": (_LOM, _BG + "Kleiber_by_Lukas_Baubkus.jpg")},
    "b44_starry_sea": {"thing": "the Milky Way over a calm sea", "a": "a starry night sky over the sea",
                       "accept": ["milky way", "galaxy", "stars", "starry", "night sky", "sea", "ocean", "horizon",
                                  "reflection", "cosmos", "water"],
                       "file": (_LOM, _BG + "Infinite-Sea_by_Aury88.jpg")},
    "b44_paint_stripes": {"thing": "the pattern of wavy diagonal stripes in pink, red and blue",
                          "a": "a pattern of wavy coloured stripes",
                          "accept": ["stripes", "striped", "stripe", "bands", "wavy", "diagonal", "paint", "ribbons",
                                     "streaks"],
                          "file": (_LOM, _BG + "Painting-Colors_by__herobrine7gamer.jpg")},
    "b44_pastel_hills": {"thing": "the landscape of pastel low-poly hills",
                         "a": "a pastel landscape of triangular facets",
                         "accept": ["hills", "low-poly", "low poly", "pastel", "hill", "mountains", "mountain",
                                    "polygons", "polygonal", "triangles", "triangular", "facets", "geometric"],
                         "file": ("plasma-workspace-wallpapers", _KDE + "PastelHills/contents/images/1920x1080.jpg")},
})
# Truth from looking at the pictures:
# - Kleiber_by_Lukas_Baubkus.jpg (wide photograph, colour): a Eurasian nuthatch, blue-grey back and wings,
#   orange-rust flanks and belly, white cheek, black eye stripe, long pointed dark beak, clinging head-down to
#   the right side of a thick grey tree trunk with deeply furrowed bark that fills the left third; the rest is a
#   blurred pale background (a pale ground, a soft blue vertical blur at the top middle, a dark post at the
#   right). No recognisable person (the blue blur is too soft to tell what it is). No text.
# - Infinite-Sea_by_Aury88.jpg (square, colour): the bright band of the Milky Way running diagonally up from the
#   horizon through a starry sky graded from deep blue-violet (left, top) to magenta and orange-red (right); faint
#   large triangles overlaid on the sky; below the horizon a calm rippled sea in violet and purple reflecting the
#   galaxy's glow. Nobody in it. No boats, no land. No text.
# - Painting-Colors_by__herobrine7gamer.jpg (landscape, colour, flat illustration): broad wavy bands with rough
#   edges running diagonally from upper left to lower right: dark grey, steel blue, mauve, pale pink, raspberry
#   red, dark maroon, light sky blue, blue-grey and dark navy. Nobody in it. No text.
# - PastelHills 1920x1080.jpg (landscape, colour, computer graphic): a low-poly landscape of triangular facets
#   like rolling hills or peaks, thin white edges between facets, soft pastel colours: peach and salmon at the
#   left and bottom, yellow-green and mint in the middle, teal at the top right, grey-mauve at the bottom right.
#   Nobody in it. No text.
# Most people at once: 0. The photos run nuthatch 0-6 s, sea 6-12 s, stripes 12-17 s, hills 17-22 s; the halfway
# point (11 s of 22) is in the sea photo. The spoken sentence starts at 12.5 s, inside the stripes photo, and ends
# before 17 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B44", "split": "blind44",
        "photos": [("b44_nuthatch", 6.0), ("b44_starry_sea", 6.0), ("b44_paint_stripes", 5.0),
                   ("b44_pastel_hills", 5.0)],
        "speech": [("ladies and gentlemen we have now begun our descent", 12.5, ["ladies", "gentlemen", "descen"],
                    "we have now begun our descent")],
        "people": 0, "absent": ["a horse", "a car"],
        "extra": [
            ("shown at time", BLIND44_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b44_nuthatch"]["accept"],
                                                    "reject": ["galaxy", "milky way", "stripes", "hills"]}),  # bird 0-6
            ("shown at time", BLIND44_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b44_starry_sea"]["accept"],
                                                      "reject": ["nuthatch", "bird", "stripes", "hills"]}),  # 11 s of 22, sea 6-12
            ("shown at time", BLIND44_LAST_PHOTO, {"check": "text", "accept": PHOTO["b44_pastel_hills"]["accept"],
                                                   "reject": ["nuthatch", "bird", "galaxy", "milky way", "stripes"]}),  # hills 17-22
            ("shot count", BLIND44_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND44_BIRD, {"check": "yesno", "yes": True}),  # the nuthatch in the first photo
            ("unanswerable", BLIND44_BIRD_PARK, {}),
            ("unanswerable", BLIND44_STRIPES_PRICE, {}),
            ("unanswerable", BLIND44_SKY_DATE, {}),
        ],
    },
]
