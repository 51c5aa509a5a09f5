"""The videos and truth of the `blind29` split (its phrasings: qa_bank_blind29.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused; every sentence
has keywords no earlier sentence uses); the pictures are four real photographs from Debian's
lomiri-wallpapers-16.04 (usr/share/backgrounds/) that no other split uses, each of a concrete thing (a dragonfly
on a twig, a halved fig in an orange bowl, paint brushes, two cocker spaniels at a cabin window), and their truth
comes from looking at them. Importing this module adds the split's pools, seeds, photos and slideshow to
qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind29 import (
    BLIND29_BOWL_PRICE,
    BLIND29_DOG_NAMES,
    BLIND29_DOG_TONGUE,
    BLIND29_DRAGONFLY_PLACE,
    BLIND29_FIRST_PHOTO,
    BLIND29_HALFWAY_PHOTO,
    BLIND29_LAST_PHOTO,
    BLIND29_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things from a radio studio and a grandmother's kitchen and garden, in no earlier WORDS pool.
WORDS["blind29"] = ["ANTENNA", "APRICOT", "CASSETTE", "CROQUET", "GRIDDLE", "HEADPHONES", "LAVENDER", "MARZIPAN",
                    "METRONOME", "THERMOSTAT"]
# A radio producer's shift and a grandmother's week; each sentence has keywords no earlier sentence uses
# (producer, jingle, bulletin, basil, rosemary, window, presenter, traffic, helicopter, lasagn, oven, parmesan,
# listener, phone, waltz, tenor, lullaby, harvest).
SENTENCES["blind29"] = [
    ("the producer trimmed the jingle before the news bulletin", ["producer", "jingle", "bulletin"],
     "before the news bulletin"),
    ("my granddaughter planted basil and rosemary on the windowsill", ["basil", "rosemary", "window"],
     "basil and rosemary"),
    ("the presenter read the traffic report from the helicopter", ["presenter", "traffic", "helicopter"],
     "from the helicopter"),
    ("the lasagne needs another hour in the oven with extra parmesan", ["lasagn", "oven", "parmesan"],
     "with extra parmesan"),
    ("a listener phoned in to request an old waltz", ["listener", "phone", "waltz"], "to request an old waltz"),
    ("the tenor sang a lullaby at the harvest supper", ["tenor", "lullaby", "harvest"], "at the harvest supper"),
]
# A word of each sentence, for "does somebody say the word {word}" (yes if spoken, else no).
BLIND29_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind29"], ["jingle", "rosemary", "helicopter", "parmesan",
                                                                "waltz", "lullaby"])}
SEEDS["blind29"] = [3329, 3336]

_PKG, _BG = "lomiri-wallpapers-16.04", "usr/share/backgrounds/"
PHOTO.update({
    "b29_dragonfly": {"thing": "the dragonfly on the twig", "a": "a dragonfly",
                      "accept": ["dragonfly", "damselfly", "darter", "insect", "bug", "wing", "twig", "catkin"],
                      "file": (_PKG, _BG + "Dragonfly_by_Bolly.jpg")},
    "b29_fig_bowl": {"thing": "the halved fig in the orange bowl", "a": "a cut fig in a bowl",
                     "accept": ["fig", "fruit", "bowl", "dish", "halved", "seed", "pulp"],
                     "file": (_PKG, _BG + "Picture_0B_by_freespace.jpg")},
    "b29_paintbrushes": {"thing": "the paint brushes with coloured bristles", "a": "paint brushes",
                         "accept": ["paintbrush", "paint brush", "brush", "brushes", "bristle", "paint", "artist",
                                    "painter", "studio"],
                         "file": (_PKG, _BG + "Picture_1A_by_freespace.jpg")},
    "b29_spaniels": {"thing": "the two spaniels looking out of the cabin", "a": "two dogs",
                     "accept": ["spaniel", "cocker", "dog", "puppy", "pup", "canine", "pet"],
                     "file": (_PKG, _BG + "friends_by_Aitzol_Berasategi.jpg")},
})
# Truth from looking at the pictures:
# - Dragonfly_by_Bolly (a photograph, sunny, landscape): a yellow-bodied dragonfly (a darter; pale blue-grey and
#   yellow eyes, four clear veined wings spread flat, long yellow abdomen with dark edges) perched on the tip of a
#   thin brown twig that rises from the lower right, with fuzzy brown hazel catkins on the twig below it; behind,
#   out of focus, a tree of green and yellowing leaves and a deep blue sky at the upper left. Nobody in it, no text.
# - Picture_0B_by_freespace (a photograph from above, hard sunlight): half a fig, cut lengthwise, its red-pink
#   seedy flesh in a pale green-white skin and its stem pointing left, lying in the middle of a bright orange-red
#   teardrop-shaped wooden bowl with fine concentric grain, on grey cracked concrete; the bowl casts a big dark
#   shadow up to the left. Nobody in it, no text.
# - Picture_1A_by_freespace (a close photograph, warm light): a bunch of used paint brushes standing upright,
#   bristles up: a wide flat brush with bright blue bristles and a paint-spattered blue metal ferrule on the left,
#   then teal, hot-pink, yellow-green and dark blue brushes, a red-orange one at the back, and thin natural-hair
#   artist's brushes on the right; a blurred brown-beige room behind. Nobody in it, no text.
# - friends_by_Aitzol_Berasategi (a photograph, portrait, soft grey light): two golden-red cocker spaniels with
#   long curly ears look out at the camera from a weathered grey wooden cabin or mobile home: the upper one, its
#   pink tongue hanging out and a tag on its collar, pokes its head out beside a white towel or curtain hanging
#   in the doorway; the lower one rests its chin and one paw on the planks of a wooden railing below it; white
#   clapboard siding and pale wooden slats behind, a white rope on metal hooks along the fence in front.
#   Nobody (no person) in it, no text.
# No people in any picture. Each picture's main noun rejects the others; colours are in no accept list (the bowl
# is orange-red, the brushes blue and pink, the dogs golden) and "leaf"/"wood" are in no accept list (leaves are
# behind the dragonfly, wood is in the bowl, the brush handles and the cabin).
SLIDESHOWS += [
    {
        "name": "photos-B29", "split": "blind29",
        "photos": [("b29_dragonfly", 5.0), ("b29_fig_bowl", 7.0), ("b29_paintbrushes", 4.0), ("b29_spaniels", 6.0)],
        "speech": [("they are waiting patiently for their owner to come back", 16.5, ["wait", "patient", "owner"],
                    "waiting patiently for their owner")],
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND29_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b29_dragonfly"]["accept"],
                                                    "reject": ["fig", "paintbrush", "spaniel", "dog"]}),  # 0-5
            ("shown at time", BLIND29_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b29_fig_bowl"]["accept"],
                                                      "reject": ["dragonfly", "paintbrush", "spaniel", "dog"]}),  # 11 s of 22, fig 5-12
            ("shown at time", BLIND29_LAST_PHOTO, {"check": "text", "accept": PHOTO["b29_spaniels"]["accept"],
                                                   "reject": ["dragonfly", "fig", "paintbrush", "insect"]}),  # dogs 16-22
            ("shot count", BLIND29_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND29_DOG_TONGUE, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND29_DOG_NAMES, {}),
            ("unanswerable", BLIND29_BOWL_PRICE, {}),
            ("unanswerable", BLIND29_DRAGONFLY_PLACE, {}),
        ],
    },
]
