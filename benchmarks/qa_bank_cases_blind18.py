"""The videos and truth of the `blind18` split; its phrasings (qa_bank_blind18.py) were written blind, without
reading the answering code, its tests or the other splits' phrasings.

Importing this module adds the split's word and sentence pools, seeds, photos and slideshow to qa_bank_cases'
tables (qa_bank.py finds it by name). Words (things on a building site or in a workshop) and sentences (sport
and hobbies) are unused by every other pool; each sentence has keywords no other sentence uses.
"""

from __future__ import annotations

from qa_bank_blind18 import (
    BLIND18_BOAT_PRICE,
    BLIND18_FIRST_PHOTO,
    BLIND18_FOREST_DATE,
    BLIND18_HALFWAY_PHOTO,
    BLIND18_LAST_PHOTO,
    BLIND18_OARS,
    BLIND18_PHOTO_COUNT,
    BLIND18_PHOTOGRAPHER,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

WORDS["blind18"] = ["TROWEL", "CROWBAR", "BULLDOZER", "SCAFFOLD", "SAWHORSE", "SPANNER", "MALLET", "GIRDER",
                    "WORKBENCH", "SANDPAPER"]
SENTENCES["blind18"] = [
    ("the keeper dived to stop the penalty kick", ["dived", "penalty", "kick"], "to stop the penalty kick"),
    ("my uncle builds model railways in his garage", ["builds", "model", "railway"], "model railways in his garage"),
    ("the relay runners sprinted uphill in the drizzle", ["relay", "sprint", "drizzle"], "sprinted uphill in the drizzle"),
    ("our bowling team beat the champions at last", ["bowling", "team", "champion"], "beat the champions at last"),
    ("he spent the weekend gluing tiny toy soldiers", ["weekend", "glu", "soldier"], "gluing tiny toy soldiers"),
    ("the archery club meets on tuesday evenings", ["archery", "club", "tuesday"], "meets on tuesday evenings"),
]
# A word of each sentence, for "does anyone actually say the word {word} out loud" (yes if spoken, else no).
BLIND18_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind18"], ["penalty", "railways", "relay", "bowling",
                                                                "soldiers", "archery"])}
SEEDS["blind18"] = [2218, 2225]  # 3 shots, 3 words, 1 sentence; 4 shots, 2 words, 2 sentences

_KDE = "usr/share/wallpapers/"
# Photos no other split uses, real photographs among KDE Plasma's wallpapers (plasma-workspace-wallpapers).
PHOTO.update({
    "rowing_boats": {"thing": "the picture of the rowing boats", "a": "some rowing boats",
                     "accept": ["boat", "rowboat", "canoe", "dinghy", "oar", "lake", "shore", "pebble", "shingle", "dusk",
                                "jetty"],
                     "file": ("plasma-workspace-wallpapers", _KDE + "EveningGlow/contents/images/2560x1600.jpg")},
    "coloured_cups": {"thing": "the picture of the coloured cups", "a": "a lot of cups",
                      "accept": ["cup", "mug", "beaker", "tumbler", "container"],
                      "file": ("plasma-workspace-wallpapers", _KDE + "ColorfulCups/contents/images/2560x1600.jpg")},
    "maple_leaf": {"thing": "the fallen maple leaf", "a": "an autumn leaf",
                   "accept": ["maple", "leaf", "leaves", "autumn", "foliage"],
                   "file": ("plasma-workspace-wallpapers", _KDE + "FallenLeaf/contents/images/2560x1600.jpg")},
    "forest_path": {"thing": "the path through the forest", "a": "a forest",
                    "accept": ["forest", "woods", "woodland", "path", "trail", "tree", "pine", "spruce", "fir",
                               "conifer", "moss", "fern", "footpath"],
                    "file": ("plasma-workspace-wallpapers", _KDE + "Path/contents/images/2560x1600.jpg")},
})
# Truth from looking at the photos:
# - rowing_boats (EveningGlow): about a dozen varnished wooden rowing boats, orange-brown with red keels, pulled up
#   side by side on a grey pebble shore of a lake, oars lying inside them, a white label "27 to Carry 4" on the
#   nearest one's bow, a narrow wooden plank between two boats; calm water, a row of wooden posts in the water at
#   the right, a low green field and a stone wall far right, dark wooded shore and mountains behind, a dramatic
#   sunset sky (orange, yellow and blue, dark clouds); nobody.
# - coloured_cups (ColorfulCups): seen from above at an angle, rows of plastic cups or mugs standing close together,
#   open ends up: pale blue inside and dark blue outside at the left, mauve/pink inside and dark purple outside in
#   the middle, red outside at the top right; no text; nobody.
# - maple_leaf (FallenLeaf): close-up of a dry golden-brown maple leaf standing up among fallen autumn leaves in
#   short green grass, a blurred red leaf behind it at the left, warm bokeh background (orange, yellow); nobody.
# - forest_path (Path): a dense dark-green conifer (spruce/pine) forest, tall straight thin trunks, the floor covered
#   in bright green moss, ferns and small plants, a narrow brown dirt footpath winding from the bottom left into the
#   trees; grey-white sky through the canopy; nobody.
# No people in any photo (people: 0). The first accept of each is the reject for the others ("video", "image",
# "photo" and "colour" are in no accept list, nor "rowing" and "sunset": they are said in the speech).
SLIDESHOWS += [
    {
        "name": "photos-X", "split": "blind18",
        "photos": [("rowing_boats", 6.0), ("coloured_cups", 7.0), ("maple_leaf", 4.0), ("forest_path", 5.0)],
        "speech": [("we went rowing at sunset and caught a trout", 1.0, ["rowing", "sunset", "trout"],
                    "caught a trout")],
        "people": 0, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND18_FIRST_PHOTO, {"check": "text", "accept": PHOTO["rowing_boats"]["accept"],
                                                    "reject": ["cup", "maple", "forest"]}),  # boats 0-6
            ("shown at time", BLIND18_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["coloured_cups"]["accept"],
                                                      "reject": ["boat", "maple", "forest"]}),  # 11 s of 22, cups 6-13
            ("shown at time", BLIND18_LAST_PHOTO, {"check": "text", "accept": PHOTO["forest_path"]["accept"],
                                                   "reject": ["boat", "cup", "maple"]}),  # forest 17-22
            ("shot count", BLIND18_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND18_OARS, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND18_BOAT_PRICE, {}),
            ("unanswerable", BLIND18_FOREST_DATE, {}),
            ("unanswerable", BLIND18_PHOTOGRAPHER, {}),
        ],
    },
]
