"""The videos and truth of the `blind35` split (its phrasings: qa_bank_blind35.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused or containing or
contained in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword);
the pictures are four of Debian's plasma-workspace-wallpapers that no other split uses (a painting of a little
girl by a huge autumn tree, a misty blue lake at dusk, a black-and-white photograph of curving metal bands on a
building, a wave on a sandy beach seen from above), and their truth comes from looking at them. Importing this
module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind35 import (
    BLIND35_BUILDING_CITY,
    BLIND35_FIRST_PHOTO,
    BLIND35_GIRL,
    BLIND35_GIRL_NAME,
    BLIND35_HALFWAY_PHOTO,
    BLIND35_LAKE_DATE,
    BLIND35_LAST_PHOTO,
    BLIND35_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things of a medieval castle, in no earlier WORDS pool (CASTLE, DRAGON, CANNON are taken; DRAWBRIDGE holds BRIDGE).
WORDS["blind35"] = ["BATTLEMENT", "CROSSBOW", "CHAINMAIL", "DUNGEON", "SCABBARD", "HALBERD", "PORTCULLIS", "PARAPET",
                    "TREBUCHET", "TURRET"]
# Odd small happenings; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind35"] = [
    ("the magician pulled a rabbit from his hat", ["magician", "rabbit", "pulled"], "a rabbit from his hat"),
    ("the weaver sold a woollen rug to a tourist", ["weaver", "rug", "tourist"], "sold a woollen rug"),
    ("a peacock screeched at the milkman", ["peacock", "screech", "milkman"], "screeched at the milkman"),
    ("the engraver set a sapphire into a ring for the countess", ["engraver", "sapphire", "countess"],
     "a ring for the countess"),
    ("the astronaut misplaced her toothbrush in orbit", ["astronaut", "toothbrush", "orbit"],
     "her toothbrush in orbit"),
    ("the lumberjack chopped firewood until sunrise", ["lumberjack", "firewood", "sunrise"],
     "chopped firewood until sunrise"),
]
# A word of each sentence, for BLIND35_HEAR (yes if that sentence is spoken, else no).
BLIND35_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind35"], ["magician", "weaver", "peacock", "sapphire",
                                                                "astronaut", "lumberjack"])}
SEEDS["blind35"] = [3935, 3942]

_KDE = "usr/share/wallpapers/"
PHOTO.update({
    "girl_autumn_tree": {"thing": "the painting of a little girl beside a huge autumn tree",
                         "a": "a girl by an autumn tree",
                         "accept": ["autumn tree", "tree", "autumn", "fall", "girl", "child", "foliage", "leaves",
                                    "meadow"],
                         "file": ("plasma-workspace-wallpapers", _KDE + "Autumn/contents/images/2560x1600.jpg")},
    "misty_lake_dusk": {"thing": "the misty blue lake at dusk with dark trees on the far side", "a": "a misty lake",
                        "accept": ["lake", "mist", "misty", "fog", "foggy", "reflection", "dusk", "twilight", "pond",
                                   "haze"],
                        "file": ("plasma-workspace-wallpapers", _KDE + "DarkestHour/contents/images/2560x1600.jpg")},
    "curved_facade": {"thing": "the black-and-white photo of curving metal bands on a building",
                      "a": "a building with curving metal bands",
                      "accept": ["facade", "façade", "building", "architecture", "metal", "curve", "curving",
                                 "bands", "stripes", "black and white", "black-and-white", "monochrome", "ribbons",
                                 "steel", "aluminium", "aluminum"],
                      "file": ("plasma-workspace-wallpapers", _KDE + "Grey/contents/images/2560x1600.jpg")},
    "beach_wave": {"thing": "the wave washing onto a sandy beach seen from above", "a": "a beach with a wave",
                   "accept": ["beach", "wave", "sand", "sandy", "ocean", "sea", "surf", "coast", "foam", "seashore",
                              "shore"],
                   "file": ("plasma-workspace-wallpapers", _KDE + "Volna/contents/images/5120x2880.jpg")},
})
# Truth from looking at the pictures (one person in all: the little girl in Autumn; no readable text anywhere):
# - Autumn: a digital painting made of blurred, overlapping square brush strokes. At the right a huge round tree
#   crown in rust-orange, brown and dark umber; at the lower left a small girl with reddish-brown hair and a brown
#   dress stands (or walks) on a bright green meadow, facing the tree, and a trail of little orange-red square
#   leaves blows between her and the tree. The sky is pale: pink and grey at the top, cream-yellow glowing towards
#   the horizon. One person (the girl), small, no face detail.
# - DarkestHour: a photograph of a perfectly calm lake in thick blue mist at dusk or before dawn; a low line of
#   dark tree silhouettes (small wooded islands / the far shore) across the middle, with a gap of faint pale light
#   in the centre at the horizon, and their mirror reflections in the still water below. Almost all deep blue;
#   the lower right corner is darkest. Nobody in it, no boats.
# - Grey: a black-and-white close photograph, looking up at a building's facade of long curving metal bands that
#   weave over and under each other in waves; bright white highlights and black shadows between them, the bands
#   narrowing and crowding towards the top right; small rivets and panel seams visible on the lower bands.
#   Nobody in it.
# - Volna: a rendered (low-polygon, faceted) picture of a beach from straight above: tan-orange sand at the
#   lower left, a diagonal jagged edge of white foam from top left to lower right, and turquoise to deep blue sea
#   at the upper right with a paler band of the next wave. Nobody in it.
# Accept lists keep apart the words two photos share ("water", "trees", "waves" for the facade, "shoreline");
# "shore" is accepted for the beach only.
SLIDESHOWS += [
    {
        "name": "photos-B35", "split": "blind35",
        "photos": [("girl_autumn_tree", 4.0), ("misty_lake_dusk", 7.0), ("curved_facade", 5.0), ("beach_wave", 4.0)],
        "speech": [("the swans glided silently across the misty bay", 5.0, ["swan", "glided", "misty"],
                    "across the misty bay")],
        "people": 1, "absent": ["a boat", "a cat"],
        "extra": [
            ("shown at time", BLIND35_FIRST_PHOTO, {"check": "text", "accept": PHOTO["girl_autumn_tree"]["accept"],
                                                    "reject": ["lake", "building", "beach"]}),  # tree 0-4
            ("shown at time", BLIND35_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["misty_lake_dusk"]["accept"],
                                                      "reject": ["autumn", "building", "beach", "sand"]}),  # 10 s of 20, lake 4-11
            ("shown at time", BLIND35_LAST_PHOTO, {"check": "text", "accept": PHOTO["beach_wave"]["accept"],
                                                   "reject": ["autumn", "lake", "building", "mist"]}),  # beach 16-20
            ("shot count", BLIND35_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND35_GIRL, {"check": "yesno", "yes": True}),  # the girl in the autumn painting
            ("unanswerable", BLIND35_GIRL_NAME, {}),
            ("unanswerable", BLIND35_LAKE_DATE, {}),
            ("unanswerable", BLIND35_BUILDING_CITY, {}),
        ],
    },
]
