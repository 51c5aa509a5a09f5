"""The videos and truth of the `blind22` split (its phrasings: qa_bank_blind22.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings, and
without running anything on the clips or photos. On-screen words: things in a garden shed or on a farm, in no
earlier WORDS pool. Sentences: holidays and family events, each with keywords no earlier sentence uses. The photos
are four photographic stamps of Debian's tuxpaint-stamps-default (none from the categories another split took),
their truth from looking at them as the slideshow shows them: the bank drops the stamps' alpha channel, so their
transparent parts come out as whatever colour is left under them (described below). Importing this module adds
the split's pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind22 import (
    BLIND22_FIRST_PHOTO,
    BLIND22_FLOWER_COUNTRY,
    BLIND22_GINGER_PRICE,
    BLIND22_HALFWAY_PHOTO,
    BLIND22_JUMPER_NAME,
    BLIND22_LAST_PHOTO,
    BLIND22_PHOTO_COUNT,
    BLIND22_SKY,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Things in a garden shed or on a farm, in no earlier WORDS pool.
WORDS["blind22"] = ["COMPOST", "HAYLOFT", "HAYSTACK", "HOSEPIPE", "PITCHFORK", "PLOUGH", "SCYTHE", "SECATEURS", "SICKLE",
                    "SPRINKLER"]
# Holidays and family events; each sentence has keywords no earlier sentence uses (vows, anniversary, birthday,
# sparklers, promenade, bride, dancing, cottage, seaside, holidays, reunion).
SENTENCES["blind22"] = [
    ("my grandparents renewed their vows on their golden anniversary", ["vow", "golden", "anniversar"],
     "on their golden anniversary"),
    ("the twins blew out the candles on their birthday cake", ["blew", "candle", "birthday"], "blew out the candles"),
    ("we waved sparklers on the promenade for the new year", ["sparkler", "promenade", "year"], "sparklers on the promenade"),
    ("the bride's uncle kept dancing until the band packed up", ["bride", "danc", "band"], "until the band packed up"),
    ("we rented a cottage by the seaside for the school holidays", ["cottage", "seaside", "holiday"],
     "a cottage by the seaside"),
    ("my nan carved the turkey at the family reunion", ["carv", "family", "reunion"], "at the family reunion"),
]
# A word of each sentence, for 'is "{word}" spoken out loud anywhere in the audio' (yes if spoken, else no).
BLIND22_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind22"], ["anniversary", "birthday", "sparklers", "bride", "cottage",
                                                                "reunion"])}
SEEDS["blind22"] = [2622, 2629]

_TUX = "usr/share/tuxpaint/stamps/"
PHOTO.update({
    "red_anemone": {"thing": "the red flower", "a": "a red flower",
                    "accept": ["flower", "anemone", "poppy", "petal", "bloom", "blossom"],
                    "file": ("tuxpaint-stamps-default", _TUX + "plants/flowers/anemone_red.png")},
    "paratrooper": {"thing": "the parachutist", "a": "a parachute",
                    "accept": ["parachut", "paratrooper", "skydiv", "paraglid", "canopy", "soldier", "person"],
                    "file": ("tuxpaint-stamps-default", _TUX + "military/paratrooper.png")},
    "guineafowl": {"thing": "the spotted bird", "a": "a bird",
                   "accept": ["bird", "guinea fowl", "guineafowl", "guinea", "fowl", "poultry", "spotted", "speckled"],
                   "file": ("tuxpaint-stamps-default", _TUX + "animals/birds/helmeted_guineafowl.png")},
    "ginger_root": {"thing": "the ginger root", "a": "a piece of ginger",
                    "accept": ["ginger", "root", "rhizome", "spice", "tuber"],
                    "file": ("tuxpaint-stamps-default", _TUX + "food/spices/ginger.png")},
})
# Truth from looking at the images as the slideshow shows them (alpha dropped):
# - red_anemone: a close-up photo of one red anemone flower seen from above, wide overlapping scarlet petals, a
#   cream-white ring with fine pink veins round a big black centre of stamens; a plain black background. No person,
#   no text. ("flower" comes first in its accept list: it is the reject for the others; hardly anyone says anemone.)
# - paratrooper: a photo of a parachutist under a big white ram-air canopy (rectangular, cells, seen from below at
#   a slant), a dark figure in a helmet hanging from the harness below it, at the bottom left; the space under the
#   canopy between its lines comes out as a dark brown-black smear with speckled lines, the rest a pale blue-grey
#   sky. One person, no text.
# - guineafowl: a photo of a helmeted guinea fowl walking to the left in profile: a round dark slate-blue body
#   covered in small white spots, a bare blue-grey neck, a red-and-white face and a horny casque on its head, grey
#   legs, a few dry grass stalks across it; a plain black background. No person, no text.
# - ginger_root: a photo of a knobbly piece of fresh ginger root, pale yellow-brown skin, several fingers; a plain
#   mid-grey background. No person, no text.
# At most one person at once (the parachutist). "red", "white" and "black" are in no accept list (several photos
# share them), nor "picture", "photo" or "image".
SLIDESHOWS += [
    {
        "name": "photos-AB", "split": "blind22",
        "photos": [("red_anemone", 5.0), ("paratrooper", 7.0), ("guineafowl", 4.0), ("ginger_root", 5.0)],
        "speech": [("my grandad jumped out of planes like this in the army", 6.0, ["jump", "plane", "army"],
                    "jumped out of planes")],
        "people": 1, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND22_FIRST_PHOTO, {"check": "text", "accept": PHOTO["red_anemone"]["accept"],
                                                    "reject": ["parachut", "bird", "ginger"]}),  # flower 0-5
            ("shown at time", BLIND22_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["paratrooper"]["accept"],
                                                      "reject": ["flower", "bird", "ginger"]}),  # 10.5 s of 21, parachute 5-12
            ("shown at time", BLIND22_LAST_PHOTO, {"check": "text", "accept": PHOTO["ginger_root"]["accept"],
                                                   "reject": ["flower", "parachut", "bird"]}),  # ginger 16-21
            ("shot count", BLIND22_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND22_SKY, {"check": "yesno", "yes": True}),  # behind the parachute
            ("unanswerable", BLIND22_JUMPER_NAME, {}),
            ("unanswerable", BLIND22_GINGER_PRICE, {}),
            ("unanswerable", BLIND22_FLOWER_COUNTRY, {}),
        ],
    },
]
