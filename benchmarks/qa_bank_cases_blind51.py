"""The videos and truth of the `blind51` split (its phrasings: qa_bank_blind51.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four real photographs that no other split uses, the full "background" photos of the details.rcc
bundle of Debian's gcompris-qt-data (Tower Bridge in London at night, Eilean Donan castle on its island, a
Danish windmill on Fanoe, the chateau of Chenonceau over its river), and their truth comes from looking at them.
Importing this module adds the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind51 import (
    BLIND51_BOAT,
    BLIND51_FIRST_PHOTO,
    BLIND51_HALFWAY_PHOTO,
    BLIND51_LAST_PHOTO,
    BLIND51_MILL_YEAR,
    BLIND51_PHOTO_COUNT,
    BLIND51_PHOTOGRAPHER,
    BLIND51_TICKET_PRICE,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Museum treasures and conspiracy props, in no earlier WORDS pool (none contains, or sits in, one).
WORDS["blind51"] = ["SATELLITE", "TINFOIL", "AMULET", "GARGOYLE", "OBELISK", "GAUNTLET", "SCEPTER", "DOUBLOON",
                    "KEYCARD", "METEORITE"]
# A night guard's incidents and a conspiracy theorist's claims; each sentence's keywords are in no earlier
# keyword list (nor contain or sit in one).
SENTENCES["blind51"] = [
    ("the alarm sounded in the rotunda and then in the east corridor", ["alarm", "rotunda", "corridor"],
     "in the east corridor"),
    ("a mannequin in the armor gallery had moved during the night", ["mannequin", "armor", "gallery"],
     "in the armor gallery"),
    ("loud footsteps echoed near the vault after closing", ["footsteps", "echoed", "vault"],
     "echoed near the vault"),
    ("the government is spying on us through the toaster", ["government", "spying", "toaster"],
     "spying on us through the toaster"),
    ("the pigeons on the parliament roof are drones with batteries", ["parliament", "drones", "batteries"],
     "drones with batteries"),
    ("they staged the whole thing in a secret hangar", ["staged", "secret", "hangar"], "in a secret hangar"),
]
# A word of each sentence, for BLIND51_HEAR (yes if that sentence is spoken, else no).
BLIND51_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind51"], ["alarm", "mannequin", "vault", "toaster",
                                                                "drones", "hangar"])}
SEEDS["blind51"] = [5551, 5558]

# gcompris-qt-data ships these photos inside a Qt resource bundle: the path is the bundle's file in the package,
# a colon, then the file's path inside the bundle.
_DETAILS = ("usr/share/gcompris-qt/rcc/details.rcc:/gcompris/src/activities/details/resource/image/")
PHOTO.update({
    "b51_tower_bridge": {"thing": "Tower Bridge lit up at night over the river", "a": "Tower Bridge at night",
                         "accept": ["tower bridge", "bridge", "thames", "london", "towers", "river", "night"],
                         "file": ("gcompris-qt-data", _DETAILS + "TowerBridgeLondon_background.webp")},
    "b51_island_castle": {"thing": "the stone castle on a small island in a lake below mountains",
                          "a": "a stone castle on an island",
                          "accept": ["eilean donan", "castle", "fortress", "island", "loch", "lake", "mountains",
                                     "hills", "scotland"],
                          "file": ("gcompris-qt-data", _DETAILS + "EilanDonanCastle_background.webp")},
    "b51_windmill": {"thing": "the grey windmill with red-and-white sails on a grassy hill",
                     "a": "a windmill",
                     "accept": ["windmill", "wind mill", "mill", "sails", "blades"],
                     "file": ("gcompris-qt-data", _DETAILS + "FanoeWindmill_background.webp")},
    "b51_chateau": {"thing": "the white chateau built on arches across a river", "a": "a chateau over a river",
                    "accept": ["chenonceau", "chateau", "château", "palace", "castle", "mansion", "arches",
                               "river"],
                    "file": ("gcompris-qt-data", _DETAILS + "Chenonceau_background.webp")},
})
# Truth from looking at the pictures:
# - TowerBridgeLondon_background.webp (wide landscape, colour photograph, at night): London's Tower Bridge over the
#   dark river Thames, its two pale stone Gothic towers floodlit warm yellow, joined high up by the lit walkways,
#   the light-blue suspension chains running down to the banks at both sides, and small flags on the towers'
#   spires; deep navy sky; city buildings low at the left; the lights reflect in the water; at the bottom left a
#   small dark boat (moored, with a faint white name on it, not readable as a word) and two round red-orange
#   buoys. Nobody to be seen. No readable text.
# - EilanDonanCastle_background.webp (landscape, colour photograph, evening sun): a grey-brown stone castle
#   (Eilean Donan, Scotland) with a square keep and battlements on a small grassy rocky island in a calm loch,
#   its walls lit warm from the left; a white flagpole at the left of the island, trees and bushes; big bare brown
#   mountains behind under a pale blue-grey cloudy sky; the castle reflected in the still water. Nobody in it.
#   No text.
# - FanoeWindmill_background.webp (portrait, colour photograph): a tall dark-grey wooden smock windmill with a
#   domed cap, four dark-red sails with white lattice frames, a small red-and-white fan wheel (fantail) at the
#   back, a wooden balcony (stage) with a red railing around its middle on dark struts, a white base with a small
#   door and window; it stands on green-yellow grass under a blue sky with white clouds. Nobody in it. No text.
# - Chenonceau_background.webp (wide landscape, colour photograph): the white Renaissance chateau of Chenonceau
#   (France) with a grey slate roof and dormer windows, its long gallery built on five arches across a green
#   river, a round turreted tower at the left end, trees at both sides, a deep-blue sky with thin white clouds;
#   the building is reflected in the water. Nobody in it. No text.
# Most people at once: 0. The photos run Tower Bridge 0-6 s, island castle 6-12 s, windmill 12-17 s, chateau
# 17-22 s; the halfway point (11 s of 22) is in the island castle photo. The spoken sentence starts at 12.5 s,
# inside the windmill photo, and ends before 17 s; it names no photo. The only boat is in the Tower Bridge photo.
SLIDESHOWS += [
    {
        "name": "photos-B51", "split": "blind51",
        "photos": [("b51_tower_bridge", 6.0), ("b51_island_castle", 6.0), ("b51_windmill", 5.0),
                   ("b51_chateau", 5.0)],
        "speech": [("the elevator stalled and the sensor glitched twice", 12.5,
                    ["elevator", "sensor", "glitched"], "the sensor glitched twice")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND51_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b51_tower_bridge"]["accept"],
                                                    "reject": ["castle", "windmill", "chateau", "château",
                                                               "chenonceau", "mountains"]}),  # bridge 0-6
            ("shown at time", BLIND51_HALFWAY_PHOTO, {"check": "text",
                                                      "accept": PHOTO["b51_island_castle"]["accept"],
                                                      "reject": ["tower bridge", "windmill", "chateau", "château",
                                                                 "chenonceau"]}),  # 11 s of 22, castle 6-12
            ("shown at time", BLIND51_LAST_PHOTO, {"check": "text", "accept": PHOTO["b51_chateau"]["accept"],
                                                   "reject": ["tower bridge", "windmill", "eilean donan",
                                                              "island", "mountains"]}),  # chateau 17-22
            ("shot count", BLIND51_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND51_BOAT, {"check": "yesno", "yes": True}),  # the moored boat under Tower Bridge
            ("unanswerable", BLIND51_PHOTOGRAPHER, {}),
            ("unanswerable", BLIND51_TICKET_PRICE, {}),
            ("unanswerable", BLIND51_MILL_YEAR, {}),
        ],
    },
]
