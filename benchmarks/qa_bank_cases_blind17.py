"""The videos and truth of the `blind17` split (its phrasings are in qa_bank_blind17.py).

Written blind by one helper: without reading the answering code, its tests or the other splits' phrasings.
Importing this module (qa_bank.py does, by name) adds the split's word and sentence pools, seeds, photos and
slideshow to qa_bank_cases' tables. On-screen words: things in a kitchen, in no other pool. Sentences: weather
and travel, each with a keyword no other sentence of the bank uses.

The photos come from Debian's gnome-backgrounds. Its only version in the archive (43.1-1, bookworm) holds no
real photographs: every wallpaper is rendered art (webp and svg). The four used here are the ones with a clear,
nameable subject (blue hexagons, wooden slats, layered blocks with cylinders, pixel-art app icons); the truth
below is what a person sees in them.
"""

from __future__ import annotations

from qa_bank_blind17 import (
    BLIND17_BLOCKS_YEAR,
    BLIND17_FIRST_PHOTO,
    BLIND17_HALFWAY_PHOTO,
    BLIND17_ICON_ARTIST,
    BLIND17_LAST_PHOTO,
    BLIND17_PANEL_PRICE,
    BLIND17_PHOTO_COUNT,
    BLIND17_WOOD,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

WORDS["blind17"] = ["COLANDER", "SAUCEPAN", "STRAINER", "BLENDER", "CASSEROLE", "MICROWAVE", "DISHCLOTH", "TUREEN",
                    "CARAFE", "CLEAVER"]
SENTENCES["blind17"] = [
    ("the monsoon flooded the runway so our flight was delayed", ["monsoon", "runway", "flight"], "flooded the runway"),
    ("a blizzard stranded our coach on the mountain pass", ["blizzard", "strand", "coach"], "on the mountain pass"),
    ("we sheltered from the drizzle in a tiny cafe", ["shelter", "drizzle", "cafe"], "from the drizzle"),
    ("the hiker got sunburnt crossing the salt flats", ["hiker", "sunburn", "salt"], "crossing the salt flats"),
    ("a heatwave melted the tarmac outside the station", ["heatwave", "tarmac", "melt"], "melted the tarmac"),
    ("the cruise ship turned back when the typhoon arrived", ["cruise", "typhoon", "turned"], "when the typhoon arrived"),
]
# A word of each sentence, for 'does anyone actually say the word "{word}" out loud' (yes if spoken, else no).
BLIND17_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind17"], ["monsoon", "blizzard", "drizzle", "hiker", "heatwave",
                                                                "typhoon"])}
SEEDS["blind17"] = [2117, 2124]  # 4 shots, 2 words, 2 sentences; 2 shots, 1 sentence

_GB = "usr/share/backgrounds/gnome/"
# Four wallpapers no other split uses, all from gnome-backgrounds (the light variants).
PHOTO.update({
    "blue_hexagons": {"thing": "the blue hexagon pattern", "a": "a blue hexagon pattern",
                      "accept": ["hexagon", "hexagonal", "honeycomb", "blue", "prism", "crystal", "polygon",
                                 "triangle", "translucent", "cube"],
                      "file": ("gnome-backgrounds", _GB + "adwaita-l.webp")},
    "wood_slats": {"thing": "the wooden slat panel", "a": "a wooden panel",
                   "accept": ["wood", "wooden", "slat", "plank", "panel", "panelling", "paneling", "timber", "grain", "board",
                              "fluted", "groove", "vertical stripe", "oak", "pine"],
                   "file": ("gnome-backgrounds", _GB + "wood-l.webp")},
    "licorice_blocks": {"thing": "the black-and-white layered blocks", "a": "a pattern of black and white blocks",
                        "accept": ["cylinder", "cylindrical", "block", "layer", "layered", "isometric", "tile",
                                   "licorice", "liquorice", "allsorts", "stack", "stacked", "tower", "step", "stair",
                                   "checker", "checkered", "zigzag", "magenta"],
                        "file": ("gnome-backgrounds", _GB + "licorice-l.webp")},
    "pixel_icons": {"thing": "the picture of pixel-art icons", "a": "a little pixel-art icon",
                    "accept": ["icon", "pixel", "pixelated", "pixel art", "pixel-art", "app", "application", "symbol",
                               "logo", "emoji", "sticker", "sprite", "8-bit", "retro", "globe", "balloon", "gear",
                               "calculator", "scattered"],
                    "file": ("gnome-backgrounds", _GB + "pixels-l.webp")},
})
# Truth from looking at the images (all square 4096 x 4096, shown letterboxed in the 640 x 360 frame; rendered art,
# no photographs; nobody in any of them, no readable text):
# - adwaita-l: overlapping translucent hexagons and cube-like facets in many shades of blue, lighter lilac-blue
#   towards the middle, a soft light spot on the left; nothing else.
# - wood-l: a wall of vertical light-beige wooden slats (fluted panelling) with fine grain, lit in the middle and
#   darker at the top corners; nothing else.
# - licorice-l: an isometric 3D field of layered square tiles, white on top with black and white layers between
#   (like liquorice allsorts), a few coloured tiles (magenta, purple, blue, orange, green), and black, white and
#   green cylinders (some with holes, one twisted) standing on it.
# - pixels-l: a tan, finely striped surface with about sixty small pixelated GNOME-style app icons scattered in a
#   loose diagonal band: a large blue-green globe with a black foot-print patch, a sun behind a cloud, a
#   hot-air balloon, a lifebuoy, a gear, a wrench, a calculator, a terminal, a green phone handset, an orange
#   radio, a colour wheel, a rainbow flower, a clock, a cassette tape, a magnifying glass, a piano keyboard,
#   a cluster of yellow flower-like cogs on a grey base at the far left; all of them tiny at 360 px.
# At most zero people at once. Each photo's first accept is the reject for the others ("video", "image",
# "pattern", "abstract", "colour" and "shows" are in no accept list: any answer could use them).
SLIDESHOWS += [
    {
        "name": "photos-W", "split": "blind17",
        "photos": [("blue_hexagons", 4.0), ("wood_slats", 7.0), ("licorice_blocks", 4.0), ("pixel_icons", 5.0)],
        "speech": [("our sleeper train was cancelled because of the gale", 4.5, ["sleeper", "cancel", "gale"],
                    "because of the gale")],
        "people": 0, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND17_FIRST_PHOTO, {"check": "text", "accept": PHOTO["blue_hexagons"]["accept"],
                                                    "reject": ["wood", "wooden", "cylinder", "icon"]}),  # hexagons 0-4
            ("shown at time", BLIND17_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["wood_slats"]["accept"],
                                                      "reject": ["hexagon", "cylinder", "icon"]}),  # 10 s of 20, wood 4-11
            ("shown at time", BLIND17_LAST_PHOTO, {"check": "text", "accept": PHOTO["pixel_icons"]["accept"],
                                                   "reject": ["hexagon", "wood", "wooden", "cylinder"]}),  # icons 15-20
            ("shot count", BLIND17_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND17_WOOD, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND17_ICON_ARTIST, {}),
            ("unanswerable", BLIND17_PANEL_PRICE, {}),
            ("unanswerable", BLIND17_BLOCKS_YEAR, {}),
        ],
    },
]
