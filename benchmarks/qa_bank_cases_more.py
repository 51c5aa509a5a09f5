"""The videos and truth of the blind11-blind16 splits (qa_bank_cases.py and qa_bank_cases_late.py hold the earlier ones).

Each split's phrasings and its truth were written by one helper, blind: without reading the answering
code, its tests or the other splits' phrasings. Importing this module adds the splits' word and sentence
pools, seeds, photos and slideshows to qa_bank_cases' tables (qa_bank.py imports it right after them).
"""

from __future__ import annotations

from qa_bank_blind11 import (
    BLIND11_BABY_ANIMAL,
    BLIND11_FIRST_PHOTO,
    BLIND11_HALFWAY_PHOTO,
    BLIND11_HOUSE_TOWN,
    BLIND11_LAST_PHOTO,
    BLIND11_PHOTO_COUNT,
    BLIND11_WOMAN_NAME,
    BLIND11_WOMAN_WHY,
)
from qa_bank_blind12 import (
    BLIND12_FIRST_PHOTO,
    BLIND12_GALLERY_OWNER,
    BLIND12_HALFWAY_PHOTO,
    BLIND12_LAST_PHOTO,
    BLIND12_PALM_TREE,
    BLIND12_PARKING_FINE,
    BLIND12_PHOTO_COUNT,
    BLIND12_WOMAN_NAME,
)
from qa_bank_blind13 import (
    BLIND13_BUILDING_CITY,
    BLIND13_CAP_BRAND,
    BLIND13_FIRST_PHOTO,
    BLIND13_HALFWAY_PHOTO,
    BLIND13_LAKE_DEPTH,
    BLIND13_LAST_PHOTO,
    BLIND13_PERSON_NAME,
    BLIND13_PHOTO_COUNT,
)
from qa_bank_blind14 import (
    BLIND14_BANANA_PRICE,
    BLIND14_FIRST_PHOTO,
    BLIND14_FORK,
    BLIND14_HALFWAY_PHOTO,
    BLIND14_LAST_PHOTO,
    BLIND14_PHOTO_COUNT,
    BLIND14_SPORTS_DISTANCE,
    BLIND14_WOMAN_NAME,
)
from qa_bank_blind15 import (
    BLIND15_CANDLE_SCENT,
    BLIND15_CHEETAH_NAME,
    BLIND15_FIRST_PHOTO,
    BLIND15_FOUNTAIN,
    BLIND15_GLASS_PRICE,
    BLIND15_HALFWAY_PHOTO,
    BLIND15_LAST_PHOTO,
    BLIND15_PHOTO_COUNT,
)
from qa_bank_blind16 import (
    BLIND16_BARN_YEAR,
    BLIND16_CAP_COLOUR,
    BLIND16_CHINESE,
    BLIND16_FIRST_PHOTO,
    BLIND16_HALFWAY_PHOTO,
    BLIND16_LAST_PHOTO,
    BLIND16_MAN_NAME,
    BLIND16_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS
from qa_bank_cases_late import _OCV_HFS, _OCV_HTML

# The `blind11` split's videos and truth; its phrasings (qa_bank_blind11.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind11"] = ["ABACUS", "BANJO", "CORKSCREW", "DOORBELL", "GRATER", "HAZELNUT", "MANGO", "PINECONE", "SCARECROW", "WHISK"]
SENTENCES["blind11"] = [
    ("the vet bandaged the pony's sore leg", ["vet", "bandag", "pony"], "bandaged the pony"),
    ("a badger dug up all our carrots overnight", ["badger", "carrot", "overnight"], "dug up all our carrots"),
    ("the optician says I need stronger lenses", ["optician", "stronger", "lens"], "stronger lenses"),
    ("my flatmate baked a rhubarb tart for the party", ["flatmate", "rhubarb", "tart"], "a rhubarb tart"),
    ("the lorry lost its trailer on the motorway", ["lorry", "trailer", "motorway"], "on the motorway"),
    ("the harpist tuned every string before the recital", ["harpist", "tuned", "recital"], "before the recital"),
]
# A word of each sentence, for 'does the word "{word}" ever come up' in the audio (yes if spoken, else no).
BLIND11_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind11"], ["pony", "badger", "optician", "rhubarb", "lorry", "harpist"])}
SEEDS["blind11"] = [1511, 1518]

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "balloons": {"thing": "the picture of the hot-air balloons", "a": "a hot-air balloon",
                 "accept": ["balloon", "hot-air", "hot air", "ballooning", "aerostat"],
                 "file": ("opencv-doc", _OCV_HTML + "Bounding_Rects_Circles_Source_Image.jpg")},
    "timber_house": {"thing": "the half-timbered house", "a": "a half-timbered house",
                     "accept": ["half-timbered", "half timbered", "timber", "timbered", "house", "building", "facade", "façade",
                                "tudor", "fachwerk", "apartment"],
                     "file": ("opencv-doc", _OCV_HTML + "Canny_Detector_Tutorial_Original_Image.jpg")},
    "cow_calf": {"thing": "the photo of the cow and her calf", "a": "a cow",
                 "accept": ["cow", "calf", "calves", "cattle", "livestock", "nursing", "suckling"],
                 "file": ("opencv-doc", _OCV_HTML + "Laplace_Operator_Tutorial_Original_Image.jpg")},
    "chin_woman": {"thing": "the woman with her chin on her hand", "a": "a woman",
                   "accept": ["woman", "girl", "lady", "person", "face", "selfie", "webcam"],
                   "file": ("opencv-doc", _OCV_HTML + "Cascade_Classifier_Tutorial_Result_Haar.jpg")},
})
# Truth from looking at the images: four striped hot-air balloons (red, orange, yellow and dark bands) floating in
# a pale evening sky over a low hazy ridge, one big and near at the top right, two at the left, a small one low on
# the right, inside a grey "Source" window with a "Threshold: 136" slider above; a tall half-timbered house seen
# from below (white plaster between dark green-painted beams, rows of small white-framed windows, a red-tiled roof
# edge at the top), a slice of blue sky at the top left, on a beige image-viewer background with a status bar
# ("300 x 225 pixels 75.8 KB 100% 13/18"); a grey-brown cow standing under tall tree trunks on green grass while
# her pale fawn calf drinks from her udder, a fallen branch and bushes around, a status bar ("512 x 384 pixels 55.8
# KB 100% 12/17") below; a webcam capture ("Capture - Face detection" window title) of a smiling young woman with
# long straight black hair and a white sleeveless top, her chin resting on her hand, a magenta circle drawn round
# her face and blue circles round her eyes, a dim room behind (a door, a noticeboard with a CD and cards). One
# person in all (nobody is visible in the balloons' baskets). The house's "half-timbered" comes first in its
# accept list: it is the reject for the others, so the woman's room or the cow's farm is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-Q", "split": "blind11",
        "photos": [("balloons", 5.0), ("timber_house", 4.0), ("cow_calf", 7.0), ("chin_woman", 4.0)],
        "speech": [("the little one was born only two weeks ago", 10.0, ["little", "born", "week"], "born only two weeks ago")],
        "people": 1, "absent": ["a horse", "an umbrella"],
        "extra": [
            ("shown at time", BLIND11_FIRST_PHOTO, {"check": "text", "accept": PHOTO["balloons"]["accept"],
                                                    "reject": ["half-timbered", "house", "cow", "woman"]}),
            ("shown at time", BLIND11_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["cow_calf"]["accept"],
                                                      "reject": ["balloon", "half-timbered", "woman"]}),  # 10 s of 20, cow 9-16
            ("shown at time", BLIND11_LAST_PHOTO, {"check": "text", "accept": PHOTO["chin_woman"]["accept"],
                                                   "reject": ["balloon", "half-timbered", "cow"]}),
            ("shot count", BLIND11_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND11_BABY_ANIMAL, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND11_WOMAN_NAME, {}),
            ("unanswerable", BLIND11_HOUSE_TOWN, {}),
            ("unanswerable", BLIND11_WOMAN_WHY, {}),
        ],
    },
]


# The `blind12` split's videos and truth; its phrasings (qa_bank_blind12.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind12"] = ["ABACUS", "BEEHIVE", "CORKSCREW", "DOORMAT", "GONDOLA", "PINWHEEL", "SEASHELL", "SUNDIAL", "THERMOS",
                    "TRELLIS"]
SENTENCES["blind12"] = [
    ("the locksmith opened the shed with a hairpin", ["locksmith", "shed", "hairpin"], "with a hairpin"),
    ("a badger dug under the vegetable patch", ["badger", "dug", "vegetable"], "under the vegetable patch"),
    ("the harpist tuned every string before the wedding", ["harpist", "tuned", "wedding"], "before the wedding"),
    ("my grandmother swam across the lake at eighty", ["grandmother", "swam", "lake"], "across the lake"),
    ("the caretaker found a wasp nest behind the boiler", ["caretaker", "wasp", "boiler"], "a wasp nest"),
    ("the astronomer spotted a comet from the hilltop", ["astronom", "comet", "hilltop"], "from the hilltop"),
]
# A word of each sentence, for 'is "{word}" said out loud anywhere in it' (yes if spoken, else no).
BLIND12_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind12"], ["locksmith", "badger", "harpist", "grandmother", "caretaker",
                                                                "comet"])}
SEEDS["blind12"] = [1612, 1619]  # 3 shots, 3 words, 1 sentence; 4 shots, 2 words, 2 sentences

# Photos no other half uses, all from opencv-doc's scene-text samples (street photos with writing in them).
_OCV_TEXT = "usr/share/doc/opencv-doc/examples/text/"
PHOTO.update({
    "parking_notice": {"thing": "the double-parking notice", "a": "a parking sign",
                       "accept": ["double parking", "notice", "parking sign", "prohibited", "sign", "washington post",
                                  "newspaper", "pole"],
                       "file": ("opencv-doc", _OCV_TEXT + "scenetext01.jpg")},
    "generator": {"thing": "the yellow generator", "a": "a generator",
                  "accept": ["generator", "genset", "gmmco", "gm 125", "diesel", "power unit", "machine", "palm"],
                  "file": ("opencv-doc", _OCV_TEXT + "scenetext04.jpg")},
    "gallery_shop": {"thing": "the Priory Galleries shop", "a": "a shop",
                     "accept": ["priory", "galleries", "gallery", "shop", "storefront", "shopfront", "shop front", "store",
                                "building", "pub", "inn", "ship"],
                     "file": ("opencv-doc", _OCV_TEXT + "scenetext06.jpg")},
    "parking_barrier": {"thing": "the no-parking barriers", "a": "a no-parking barrier",
                        "accept": ["barrier", "barricade", "no parking", "railing", "fence", "gate", "pavement",
                                   "sidewalk", "kerb", "curb"],
                        "file": ("opencv-doc", _OCV_TEXT + "scenetext05.jpg")},
})
# Truth from looking at the images: a street-corner pole with an orange-and-white sign "NOTICE / DOUBLE
# PARKING PROHIBITED / AT ALL TIMES", a blue "The Washington Post" newspaper box below it, a silver estate car
# parked behind, a hedge, trees and a stone building; a man in a white printed T-shirt and shorts (from behind,
# cut off at the left edge) and a woman in a red top (right edge): two people. A big mustard-yellow generator
# cabinet ("GM 125", "Gmmco" on it, a black vent grille) behind a wall of grey concrete blocks, a white
# concrete building with barred windows behind it, coconut palms and scrub, a pale cloudy sky; nobody. A
# yellow-painted corner shop with dark-blue window frames and fascia, "priory galleries at the ship" on the
# fascia and on a hanging sign, a white house with a red-tiled roof and chimneys beside it, a no-entry sign on
# a post, a small red hatchback with its driver inside, a dark-haired woman's head at the bottom right: two
# people. Two yellow metal barriers on castors with red-on-white "NO PARKING" plates on a red-tiled pavement
# beside an empty grey road with white lane markings, a white van far behind; nobody. At most two people at
# once. Each photo's first accept is the reject for the others: all four have writing, two have parking
# signs and three something yellow, so only the distinctive words are used as rejects.
SLIDESHOWS += [
    {
        "name": "photos-R", "split": "blind12",
        "photos": [("parking_notice", 4.0), ("generator", 5.0), ("gallery_shop", 6.0), ("parking_barrier", 5.0)],
        "speech": [("it hums all night whenever the power goes out", 4.4, ["hums", "night", "power"], "whenever the power goes out")],
        "people": 2, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND12_FIRST_PHOTO, {"check": "text", "accept": PHOTO["parking_notice"]["accept"],
                                                    "reject": ["generator", "priory", "barrier"]}),
            ("shown at time", BLIND12_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["gallery_shop"]["accept"],
                                                      "reject": ["double parking", "generator", "barrier"]}),  # 10 s of 20, shop 9-15
            ("shown at time", BLIND12_LAST_PHOTO, {"check": "text", "accept": PHOTO["parking_barrier"]["accept"],
                                                   "reject": ["double parking", "generator", "priory"]}),
            ("shot count", BLIND12_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND12_PALM_TREE, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND12_WOMAN_NAME, {}),
            ("unanswerable", BLIND12_PARKING_FINE, {}),
            ("unanswerable", BLIND12_GALLERY_OWNER, {}),
        ],
    },
]


# The `blind13` split's videos and truth; its phrasings (qa_bank_blind13.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind13"] = ["BEETROOT", "CHANDELIER", "DOMINO", "GAZEBO", "HARMONICA", "ICEBERG", "KIMONO", "LOLLIPOP", "PARASOL",
                    "SAXOPHONE"]
SENTENCES["blind13"] = [
    ("the shepherd counted ninety sheep at dusk", ["shepherd", "sheep", "dusk"], "ninety sheep at dusk"),
    ("a weasel stole eggs from the henhouse", ["weasel", "egg", "henhouse"], "eggs from the henhouse"),
    ("the firefighter rescued a llama from the quarry", ["firefight", "llama", "quarry"], "a llama from the quarry"),
    ("my stepfather collects antique typewriters", ["stepfather", "antique", "typewriter"], "antique typewriters"),
    ("the hailstorm dented every car in the car park", ["hailstorm", "dent", "park"], "dented every car"),
    ("the translator missed the night bus to vienna", ["translator", "night", "vienna"], "the night bus to vienna"),
]
# A word of each sentence, for 'i think i heard "{word}"... is that word actually spoken' (yes if spoken, else no).
BLIND13_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind13"], ["shepherd", "weasel", "llama", "stepfather", "hailstorm",
                                                                "vienna"])}
SEEDS["blind13"] = [1713, 1720]

# Photos no other half uses, all from opencv-doc: one of its hfs sample photos and three tutorial images.
PHOTO.update({
    "lake": {"thing": "the lake", "a": "a lake",
             "accept": ["lake", "water", "reservoir", "pond", "river", "shore", "forest", "wood", "hill", "tree", "landscape",
                        "nature", "scenery"],
             "file": ("opencv-doc", _OCV_HFS + "001.jpg")},
    "ochre_building": {"thing": "the tall old building", "a": "a tall building",
                       "accept": ["building", "apartment", "facade", "façade", "window", "block", "tenement", "flats",
                                  "architecture", "house", "shutter"],
                       "file": ("opencv-doc", _OCV_HTML + "Hough_Lines_Tutorial_Original_Image.jpg")},
    "lens_cap": {"thing": "the lens cap", "a": "a lens cap",
                 "accept": ["cap", "lens", "canon", "lid", "cover", "camera"],
                 "file": ("opencv-doc", _OCV_HTML + "detect_test1.jpg")},
    "dotted_face": {"thing": "the person with red dots on their face", "a": "a person",
                    "accept": ["face", "person", "man", "woman", "guy", "girl", "lady", "boy", "portrait", "ponytail",
                               "landmark", "dots"],
                    "file": ("opencv-doc", _OCV_HTML + "ab.jpg")},
})
# Truth from looking at the images: a calm dark-blue lake under a blue sky with thin white clouds, a long low hill
# covered in green forest across the water, a clump of trees on a point at the left and tall dark trees on the right
# shore (a tiny jetty at their foot), nobody; an old ochre-brown plastered apartment block photographed from below
# against a pale hazy sky, six storeys of tall windows with green shutters, some open, a cornice along the top, a
# drainpipe down the middle, nobody; a black Canon lens cap lying on a glass table, the white word "Canon" on it
# framed by a thin green box and repeated in red letters beside it (a text detector's drawing), a ribbed grey hose
# curling behind it and a bright light reflected in the glass below it, nobody; head and shoulders of a young person
# with long dark hair pulled back, looking down, a small earring, in a black polo shirt with an "Irish&Co" logo,
# a blurred blue-and-brown background, the face covered in red dots (facial landmarks) inside a thin blue square.
# One person in all. The person's "face" comes first in its accept list: it is the reject for the others, and
# "man"/"woman" are both accepted because the photo does not settle which.
SLIDESHOWS += [
    {
        "name": "photos-S", "split": "blind13",
        "photos": [("lake", 4.0), ("ochre_building", 8.0), ("lens_cap", 4.0), ("dotted_face", 4.0)],
        "speech": [("my grandparents lived on the fourth floor for fifty years", 5.0, ["grandparent", "floor", "fifty"],
                    "on the fourth floor")],
        "people": 1, "absent": ["a cat", "a guitar"],
        "extra": [
            ("shown at time", BLIND13_FIRST_PHOTO, {"check": "text", "accept": PHOTO["lake"]["accept"],
                                                    "reject": ["building", "cap", "face"]}),
            ("shown at time", BLIND13_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["ochre_building"]["accept"],
                                                      "reject": ["lake", "cap", "face"]}),  # 10 s of 20, building 4-12
            ("shown at time", BLIND13_LAST_PHOTO, {"check": "text", "accept": PHOTO["dotted_face"]["accept"],
                                                   "reject": ["lake", "building", "cap"]}),
            ("shot count", BLIND13_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND13_CAP_BRAND, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND13_PERSON_NAME, {}),
            ("unanswerable", BLIND13_BUILDING_CITY, {}),
            ("unanswerable", BLIND13_LAKE_DEPTH, {}),
        ],
    },
]


# The `blind14` split's videos and truth; its phrasings (qa_bank_blind14.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind14"] = ["CHISEL", "GAZEBO", "JELLYFISH", "KITE", "MEGAPHONE", "OSTRICH", "RATTLE", "SAXOPHONE", "YACHT",
                    "WREATH"]
SENTENCES["blind14"] = [
    ("the shepherd counted ninety sheep at dusk", ["shepherd", "sheep", "dusk"], "ninety sheep at dusk"),
    ("a woodpecker drilled holes in the old barn door", ["woodpecker", "drill", "barn"], "the old barn door"),
    ("the midwife cycled through the snow to the farm", ["midwife", "cycl", "snow"], "through the snow"),
    ("my stepfather restored a rusty steam engine", ["stepfather", "rust", "steam"], "a rusty steam engine"),
    ("the porter carried our luggage up the cliff path", ["porter", "luggage", "cliff"], "up the cliff path"),
    ("the organist played the wrong hymn at the christening", ["organist", "hymn", "christening"], "the wrong hymn"),
]
# A word of each sentence, for 'i think i heard {word} in the audio - was that word actually spoken' (yes if
# spoken, else no).
BLIND14_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind14"], ["shepherd", "woodpecker", "midwife", "stepfather", "porter",
                                                                "organist"])}
SEEDS["blind14"] = [1814, 1821]  # 4 shots, 2 words, 1 sentence; 2 shots, 3 words, 2 sentences

# Photos no other half uses, all from opencv-doc: two scene-text samples, one hfs sample and one tutorial image.
PHOTO.update({
    "signpost": {"thing": "the green signpost", "a": "a road sign",
                 "accept": ["signpost", "sign", "sports centre", "sports center", "wivenhoe", "conference centre",
                            "conference center", "car park", "direction"],
                 "file": ("opencv-doc", _OCV_TEXT + "scenetext02.jpg")},
    "breakfast": {"thing": "the breakfast table", "a": "a banana",
                  "accept": ["banana", "breakfast", "orange", "mug", "cup", "plate", "fork", "knife", "phone", "smartphone",
                             "iphone", "bottle", "tablecloth", "table", "fruit", "cutlery"],
                  "file": ("opencv-doc", _OCV_HTML + "yolo.jpg")},
    "lake_t": {"thing": "the lake", "a": "a lake",
             "accept": ["lake", "water", "reservoir", "river", "loch", "pond", "forest", "wood", "hill", "landscape",
                        "shore", "nature"],
             "file": ("opencv-doc", _OCV_HFS + "001.jpg")},
    "copy_centre": {"thing": "the copy centre sign", "a": "a copy centre",
                    "accept": ["copy centre", "copy center", "copy shop", "copy", "arcade", "colonnade", "walkway",
                               "concrete", "pillar", "column", "hanging basket", "flower", "shop", "building"],
                    "file": ("opencv-doc", _OCV_TEXT + "scenetext03.jpg")},
})
# Truth from looking at the images: a dark-green direction sign with white letters and arrows ("Sports Centre" with
# an up-right arrow, "Wivenhoe Park" (partly flaked off), "Conference Centre", "Car Parks" under an up arrow) on a
# grey post, in front of a big tree trunk and dark leafy trees in dim light, a reddish glare at the top right;
# nobody. A breakfast table seen from above in an object detector's window ("detections" title bar, green boxes
# with labels "DININGTABLE", "CUP", "ORANGE", "BANANA", "FORK", "CELL PHONE" and scores): a white tablecloth with
# gold ribbons and blue flowers, a white octagonal plate with a ripe spotted banana, a knife and a fork on it, an
# orange, a white mug with a cartoon of a bald man in a brown jacket, a dark brown bottle, a black smartphone
# (iPhone home screen); no real person (only the mug's cartoon). A calm blue lake under a pale blue sky, a long
# low wooded hill across the water, leafy trees on both banks at the sides; nobody. Under a concrete colonnade
# (beams, square pillars), a white hanging sign "the copy centre" (a teal circle round "the"), pink and yellow
# flowers in hanging baskets on the pillars, a block with yellow window bands behind, a young woman with dark hair
# in a red top at the bottom edge: one person. At most one person at once (the woman; counting the mug's cartoon
# man would not change that). Each photo's first accept is the reject for the others ("sign" is not, as the copy
# centre's sign is one too).
SLIDESHOWS += [
    {
        "name": "photos-T", "split": "blind14",
        "photos": [("signpost", 5.0), ("breakfast", 7.0), ("lake_t", 4.0), ("copy_centre", 4.0)],
        "speech": [("my dad eats exactly this every single morning", 6.0, ["dad", "exactly", "morning"], "every single morning")],
        "people": 1, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND14_FIRST_PHOTO, {"check": "text", "accept": PHOTO["signpost"]["accept"],
                                                    "reject": ["banana", "lake", "copy centre"]}),
            ("shown at time", BLIND14_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["breakfast"]["accept"],
                                                      "reject": ["signpost", "lake", "copy centre"]}),  # 10 s of 20, breakfast 5-12
            ("shown at time", BLIND14_LAST_PHOTO, {"check": "text", "accept": PHOTO["copy_centre"]["accept"],
                                                   "reject": ["signpost", "banana", "lake"]}),  # copy centre 16-20
            ("shot count", BLIND14_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND14_FORK, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND14_WOMAN_NAME, {}),
            ("unanswerable", BLIND14_SPORTS_DISTANCE, {}),
            ("unanswerable", BLIND14_BANANA_PRICE, {}),
        ],
    },
]


# The `blind15` split's videos and truth; its phrasings (qa_bank_blind15.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind15"] = ["ACCORDION", "BROOM", "CHESTNUT", "DUSTPAN", "HOURGLASS", "MAILBOX", "PORCUPINE", "STAPLER",
                    "TROMBONE", "WHEELBARROW"]
SENTENCES["blind15"] = [
    ("the chimney sweep found a kestrel nest on the roof", ["sweep", "kestrel", "roof"], "a kestrel nest"),
    ("our accountant juggles oranges at the office party", ["accountant", "juggl", "orange"], "at the office party"),
    ("the saddler stitched a harness for the carthorse", ["saddler", "harness", "carthorse"], "a harness for the carthorse"),
    ("my niece built a sandcastle with a moat", ["niece", "sandcastle", "moat"], "a sandcastle with a moat"),
    ("the ranger spotted a lynx near the waterfall", ["ranger", "lynx", "waterfall"], "near the waterfall"),
    ("the stonemason carved a gargoyle for the abbey", ["stonemason", "gargoyle", "abbey"], "a gargoyle for the abbey"),
]
# A word of each sentence, for 'did anyone actually say the word "{word}" out loud in this?' (yes if spoken, else no).
BLIND15_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind15"], ["kestrel", "accountant", "harness", "sandcastle",
                                                                "waterfall", "gargoyle"])}
SEEDS["blind15"] = [1915, 1922]

# Photos no other half uses: one of gradio's sample photos and three opencv-doc tutorial images.
PHOTO.update({
    "cheetah_face": {"thing": "the cheetah", "a": "a cheetah",
                     "accept": ["cheetah", "leopard", "big cat", "wild cat", "wildcat", "cat", "feline", "animal"],
                     "file": ("gradio", "images/cheetah1.jpg")},
    "gateway_arch": {"thing": "the big silver arch", "a": "an arch",
                     "accept": ["arch", "gateway", "courthouse", "dome", "capitol", "st. louis", "st louis", "saint louis",
                                "fountain", "monument", "skyline", "city", "building", "statue"],
                     "file": ("opencv-doc", _OCV_HTML + "fusion_mertens.jpg")},
    "candle_glass": {"thing": "the candle and the wine glass", "a": "a candle",
                     "accept": ["candle", "wine glass", "wineglass", "glass", "goblet", "flame", "candlelight"],
                     "file": ("opencv-doc", _OCV_HTML + "HDRtoneMapping_candleSample.jpg")},
    "mona_lisa": {"thing": "the Mona Lisa", "a": "the Mona Lisa",
                  "accept": ["mona lisa", "gioconda", "da vinci", "leonardo", "painting", "portrait", "woman", "lady",
                             "face"],
                  "file": ("opencv-doc", _OCV_HTML + "julia_facedetect_sample.jpg")},
})
# Truth from looking at the images: a head-and-shoulders close-up of a cheetah looking straight at the camera,
# amber eyes, black tear lines from the eyes to the mouth, spotted tawny fur, a soft blurred grey-brown background;
# no person. St. Louis at night: the tall stainless-steel Gateway Arch lit up behind the white Old Courthouse with its
# green-blue dome and a spire, a round fountain with two jets and a dark statue of a figure in the middle in front, a
# hotel block with a red-lit "HYATT" sign on the left, a tall tan office tower and lower buildings on the right,
# trees, lawns, benches and lamp posts, a dark blue cloudy sky; nobody (only the statue). Two side-by-side versions of
# one photo (white captions "Original image (luminance range cropped to 8bit gamma=2.2)" and "Retina processed image
# tone mapped to 8bit"): a lit cream pillar candle next to an empty stemmed wine glass on a black background, the
# right one brighter; no person. The Mona Lisa (Leonardo's painting, in black and white: a woman with long hair and
# folded hands before a hazy landscape) in a window titled "detections", a green box round her face labelled
# "face: 0.9994531"; one (painted) person. At most one person at once, the painted woman (the statue is not one).
# Each photo's first accept is the reject for the others.
SLIDESHOWS += [
    {
        "name": "photos-U", "split": "blind15",
        "photos": [("cheetah_face", 5.0), ("gateway_arch", 6.0), ("candle_glass", 5.0), ("mona_lisa", 4.0)],
        "speech": [("my grandpa lit one of these every time the electricity failed", 11.5,
                    ["grandpa", "electricity", "fail"], "every time the electricity failed")],
        "people": 1, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND15_FIRST_PHOTO, {"check": "text", "accept": PHOTO["cheetah_face"]["accept"],
                                                    "reject": ["arch", "candle", "mona lisa"]}),
            ("shown at time", BLIND15_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["gateway_arch"]["accept"],
                                                      "reject": ["cheetah", "candle", "mona lisa"]}),  # 10 s of 20, arch 5-11
            ("shown at time", BLIND15_LAST_PHOTO, {"check": "text", "accept": PHOTO["mona_lisa"]["accept"],
                                                   "reject": ["cheetah", "arch", "candle"]}),  # Mona Lisa 16-20
            ("shot count", BLIND15_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND15_FOUNTAIN, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND15_CHEETAH_NAME, {}),
            ("unanswerable", BLIND15_GLASS_PRICE, {}),
            ("unanswerable", BLIND15_CANDLE_SCENT, {}),
        ],
    },
]


# The `blind16` split's videos and truth; its phrasings (qa_bank_blind16.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind16"] = ["CAULDRON", "PORCUPINE", "TAMBOURINE", "TELESCOPE", "LANTERN", "ACCORDION", "BLOWTORCH", "SNOWSHOE",
                    "CHOPSTICK", "TOBOGGAN"]
SENTENCES["blind16"] = [
    ("the chimney sweep found a pigeon nest in the flue", ["sweep", "pigeon", "nest"], "a pigeon nest in the flue"),
    ("a walrus sunbathed on the harbour steps", ["walrus", "sunbath", "harbour"], "on the harbour steps"),
    ("the dressmaker sewed sequins onto forty costumes", ["dressmaker", "sequin", "costume"], "onto forty costumes"),
    ("my stepsister taught her parakeet to sneeze", ["taught", "parakeet", "sneez"], "her parakeet to sneeze"),
    ("the trawler came back with a net full of squid", ["trawler", "squid", "net"], "a net full of squid"),
    ("the bell ringer overslept on easter morning", ["bell", "overslept", "easter"], "on easter morning"),
]
# A word of each sentence, for 'does anybody actually say the word "{word}" out loud in the audio' (yes if spoken,
# else no).
BLIND16_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind16"], ["pigeon", "walrus", "costumes", "sneeze", "squid",
                                                                "easter"])}
SEEDS["blind16"] = [2016, 2023]  # 2 shots, 2 words, 1 sentence; 3 shots, 3 words, 2 sentences

# Photos no other half uses, all from opencv-doc's tutorial images (names in the second half of the alphabet).
PHOTO.update({
    "cctv_sign": {"thing": "the video surveillance sign", "a": "a sign with a camera symbol",
                  "accept": ["sign", "cctv", "surveillance", "security camera", "camera", "chinese", "plaque", "monitoring",
                             "signage"],
                  "file": ("opencv-doc", _OCV_HTML + "text_det_test_results.jpg")},
    "red_barn": {"thing": "the red barn", "a": "a barn",
                 "accept": ["barn", "farm", "farmhouse", "silo", "pond", "reflection", "countryside", "rural",
                            "farm building", "woodpile"],
                 "file": ("opencv-doc", _OCV_HTML + "originalVSdistorted.jpg")},
    "halftone_man": {"thing": "the black-and-white picture of a man", "a": "a man in a cap",
                     "accept": ["man", "person", "face", "head", "cap", "hat", "profile", "portrait", "halftone",
                                "newspaper", "black and white", "black-and-white", "grayscale", "greyscale", "guy",
                                "boy", "ear"],
                     "file": ("opencv-doc", _OCV_HTML + "period_input.jpg")},
    "brass_coins": {"thing": "the coins", "a": "some coins",
                    "accept": ["coin", "money", "penny", "pennies", "cent", "currency", "brass", "bronze",
                               "copper", "paisa", "rupee", "token"],
                    "file": ("opencv-doc", _OCV_HTML + "water_coins.jpg")},
})
# Truth from looking at the images: a grey metal sign photographed at a slant, a blue square with a white CCTV
# camera icon at the left, the black Chinese characters "图像采集区域" and the word "Video" beside it, each framed by a
# thin green box (a text detector's drawing), a glass balustrade and dark railings around it; nobody. A red wooden
# barn with a white-trimmed grey roof, a cupola and a round red silo, a smaller red shed and a lean-to with stacked
# firewood at the left, young trees, a fence and a rusty red trailer, all reflected in a still pond in front, tall
# grass and a wooden post in the water, a grey stormy sky; the same photo is shown twice side by side, the right
# copy riddled with black rectangular holes; nobody. A grainy black-and-white halftone print (newspaper dots) of a
# man's head in profile, looking down to the right, a dark flat cap on his head, his ear and cheek large in the
# frame, a thin white line across it: one person, and no colour to tell. About two dozen worn brown-bronze coins
# with a large "1" on them scattered on white paper; nobody. At most one person at once. Each photo's first accept
# is the reject for the others ("video", "notice" and "change" are in no accept list: "the video shows...", "you'll
# notice...", "the picture changes..." would match them).
SLIDESHOWS += [
    {
        "name": "photos-V", "split": "blind16",
        "photos": [("cctv_sign", 5.0), ("red_barn", 7.0), ("halftone_man", 4.0), ("brass_coins", 5.0)],
        "speech": [("we used to swim in that pond every summer", 6.0, ["swim", "pond", "summer"], "swim in that pond")],
        "people": 1, "absent": ["a horse", "an umbrella"],
        "extra": [
            ("shown at time", BLIND16_FIRST_PHOTO, {"check": "text", "accept": PHOTO["cctv_sign"]["accept"],
                                                    "reject": ["barn", "man", "coin"]}),
            ("shown at time", BLIND16_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["red_barn"]["accept"],
                                                      "reject": ["sign", "man", "coin"]}),  # 10.5 s of 21, barn 5-12
            ("shown at time", BLIND16_LAST_PHOTO, {"check": "text", "accept": PHOTO["brass_coins"]["accept"],
                                                   "reject": ["sign", "barn", "man"]}),  # coins 16-21
            ("shot count", BLIND16_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND16_CHINESE, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND16_MAN_NAME, {}),
            ("unanswerable", BLIND16_CAP_COLOUR, {}),
            ("unanswerable", BLIND16_BARN_YEAR, {}),
        ],
    },
]
