"""The videos and truth of the blind5-blind10 splits (qa_bank_cases.py holds the earlier ones, qa_bank_cases_more.py
the later ones).

Each split's phrasings and its truth were written by one helper, blind: without reading the answering
code, its tests or the other splits' phrasings. Importing this module adds the splits' word and sentence
pools, seeds, photos and slideshows to qa_bank_cases' tables (qa_bank.py imports it right after them).
"""

from __future__ import annotations

from qa_bank_blind5 import (
    BLIND5_ALOE_AGE,
    BLIND5_BEARD,
    BLIND5_FIRST_PHOTO,
    BLIND5_HALFWAY_PHOTO,
    BLIND5_LAST_PHOTO,
    BLIND5_MAN_NAME,
    BLIND5_NOTEBOOK_INSIDE,
    BLIND5_PHOTO_COUNT,
)
from qa_bank_blind6 import (
    BLIND6_FIRST_PHOTO,
    BLIND6_GIFT_INSIDE,
    BLIND6_HALFWAY_PHOTO,
    BLIND6_HOLDER_NAME,
    BLIND6_KEYBOARD,
    BLIND6_LAST_PHOTO,
    BLIND6_PHOTO_COUNT,
    BLIND6_SHIRT_COLOUR,
)
from qa_bank_blind7 import (
    BLIND7_FIRST_PHOTO,
    BLIND7_HALFWAY_PHOTO,
    BLIND7_LAST_PHOTO,
    BLIND7_MAN_JOB,
    BLIND7_PEPPER_PRICE,
    BLIND7_PHOTO_COUNT,
    BLIND7_PUMPKIN_WEIGHT,
    BLIND7_STUMP,
)
from qa_bank_blind8 import (
    BLIND8_FIRST_PHOTO,
    BLIND8_HALFWAY_PHOTO,
    BLIND8_LAST_PHOTO,
    BLIND8_PEG,
    BLIND8_PHOTO_COUNT,
    BLIND8_PHOTOGRAPHER,
    BLIND8_PLANT_HEIGHT,
    BLIND8_WEBCAM_PRICE,
)
from qa_bank_blind9 import (
    BLIND9_COW_OWNER,
    BLIND9_FIRST_PHOTO,
    BLIND9_HALFWAY_PHOTO,
    BLIND9_KITTEN_NAME,
    BLIND9_LAST_PHOTO,
    BLIND9_MOUNTAINS,
    BLIND9_PHOTO_COUNT,
    BLIND9_TREE_AGE,
)
from qa_bank_blind10 import (
    BLIND10_AIRFIELD,
    BLIND10_BALL,
    BLIND10_BUS_FARE,
    BLIND10_DOG_NAME,
    BLIND10_FIRST_PHOTO,
    BLIND10_HALFWAY_PHOTO,
    BLIND10_LAST_PHOTO,
    BLIND10_PHOTO_COUNT,
)
from qa_bank_cases import _OCV, PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# The `blind5` split's videos and truth; its phrasings (qa_bank_blind5.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind5"] = ["TRUMPET", "SPATULA", "HAMSTER", "MARBLE", "PRETZEL", "THIMBLE", "LOBSTER", "COCONUT", "TRACTOR", "SCOOTER"]
SENTENCES["blind5"] = [
    ("the locksmith arrived two hours late", ["locksmith", "arriv", "late"], "two hours late"),
    ("a seagull stole my sandwich at the pier", ["seagull", "sandwich", "pier"], "stole my sandwich"),
    ("the librarian stamped forty overdue novels", ["librarian", "stamp", "overdue"], "forty overdue novels"),
    ("my grandmother won the chess tournament", ["grandmother", "chess", "tournament"], "the chess tournament"),
    ("the ferris wheel got stuck in the wind", ["ferris", "wheel", "stuck"], "stuck in the wind"),
    ("the carpenter built a treehouse for the twins", ["carpenter", "treehouse", "twin"], "a treehouse for the twins"),
]
# A word of each sentence, for "does anyone say {word}" (yes if spoken, else no).
BLIND5_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind5"], ["locksmith", "seagull", "librarian", "tournament", "ferris", "treehouse"])}
SEEDS["blind5"] = [905, 912]

# Photos no other half uses, all from opencv-doc (two sample images, two tutorial images).
_OCV_HTML = "usr/share/doc/opencv-doc/opencv4/html/"
PHOTO.update({
    "notebook": {"thing": "the black notebook", "a": "a notebook",
                 "accept": ["notebook", "notepad", "journal", "diary", "planner", "sketchbook", "moleskine", "elastic", "strap"],
                 "file": ("opencv-doc", _OCV + "ela_original.jpg")},
    "bearded_man": {"thing": "the man in the white T-shirt", "a": "a man",
                    "accept": ["man", "guy", "person", "male", "portrait", "face", "beard", "t-shirt", "shirt"],
                    "file": ("opencv-doc", _OCV_HTML + "face_swapped.jpg")},
    "aloe": {"thing": "the aloe plant", "a": "a potted plant",
             "accept": ["plant", "aloe", "succulent", "houseplant", "agave", "pot", "flowerpot"],
             "file": ("opencv-doc", _OCV + "aloeL.jpg")},
    "books": {"thing": "the photo of the books", "a": "a book",
              "accept": ["book", "textbook", "let us c", "electronics"],
              "file": ("opencv-doc", _OCV + "left.jpg")},
})
# Truth from looking at the images: close-up of the corner of a closed black hardback notebook with a
# lime-green elastic band round it, the white page edges showing, on a blue surface; head and shoulders of a
# young man with swept-back light-brown hair, blue eyes, a moustache and goatee beard, smiling slightly, in a
# white V-neck T-shirt with a pendant on a cord, a dark background; a big aloe (long spiky grey-green leaves)
# in a terracotta pot in front of a green, cream and red patterned cloth; two paperback textbooks standing on
# a dim stone floor, "Let Us C" (white cover, a colourful abstract face) and "Basic Electronics" (blue), a
# folded magazine, clothes and a basket behind. One person in all (the man), never more than one at once.
SLIDESHOWS += [
    {
        "name": "photos-K", "split": "blind5",
        "photos": [("notebook", 4.0), ("bearded_man", 4.0), ("aloe", 6.0), ("books", 5.0)],
        "speech": [("I water it once a week and it never complains", 9.0, ["water", "week", "complain"], "it never complains")],
        "people": 1, "absent": ["a dog", "a car"],
        "extra": [
            ("shown at time", BLIND5_FIRST_PHOTO, {"check": "text", "accept": PHOTO["notebook"]["accept"],
                                                   "reject": ["man", "plant", "book"]}),
            ("shown at time", BLIND5_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["aloe"]["accept"],
                                                     "reject": ["notebook", "man", "book"]}),  # 9.5 s of 19, aloe 8-14
            ("shown at time", BLIND5_LAST_PHOTO, {"check": "text", "accept": PHOTO["books"]["accept"],
                                                  "reject": ["notebook", "man", "plant"]}),
            ("shot count", BLIND5_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND5_BEARD, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND5_MAN_NAME, {}),
            ("unanswerable", BLIND5_ALOE_AGE, {}),
            ("unanswerable", BLIND5_NOTEBOOK_INSIDE, {}),  # the notebook is closed
        ],
    },
]


# The `blind6` split's videos and truth; its phrasings (qa_bank_blind6.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind6"] = ["KAYAK", "TRUMPET", "PUMPKIN", "LOBSTER", "HAMSTER", "SCOOTER", "IGLOO", "PARSNIP", "MAGPIE", "WHISTLE"]
SENTENCES["blind6"] = [
    ("the librarian stamped forty overdue books", ["librarian", "stamp", "overdue"], "forty overdue books"),
    ("a raccoon knocked over the recycling bin", ["raccoon", "knock", "recycl"], "the recycling bin"),
    ("the astronomer counted meteors until dawn", ["astronomer", "meteor", "dawn"], "counted meteors"),
    ("the barber trimmed my beard far too short", ["barber", "beard", "short"], "trimmed my beard"),
    ("the jeweller polished a silver necklace", ["jewel", "polish", "necklace"], "a silver necklace"),
    ("our neighbour's goose chased the postman", ["goose", "chase", "postman"], "chased the postman"),
]
# A word of each sentence, for "does anyone say the word {word}" (yes if spoken, else no).
BLIND6_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind6"], ["librarian", "raccoon", "meteors", "barber", "necklace", "postman"])}
SEEDS["blind6"] = [1006, 1013]  # 3 shots, 3 words, 1 sentence; 4 shots, 2 words, 2 sentences

# Photos no other half uses: two opencv-doc samples, one of scikit-image's and one of matplotlib's.
PHOTO.update({
    "gift_box": {"thing": "the blue gift box", "a": "a gift box",
                 "accept": ["gift", "present", "box", "parcel", "package", "ribbon", "bow"],
                 "file": ("matplotlib", "sample_data/Minduka_Present_Blue_Pack.png")},
    "checkerboard": {"thing": "the person holding up a checkerboard", "a": "a checkerboard",
                     "accept": ["checkerboard", "chessboard", "chess board", "checker", "checkered", "chequerboard", "board",
                                "calibration", "person", "office", "cubicle"],
                     "file": ("opencv-doc", _OCV + "right01.jpg")},
    "moon": {"thing": "the picture of the moon's surface", "a": "a crater", "accept": ["moon", "lunar", "crater"]},  # skimage.data.moon
    "robot_grad": {"thing": "the robot in the graduation cap", "a": "a robot",
                   "accept": ["robot", "android", "humanoid", "cyborg", "graduate", "graduation", "diploma", "mortarboard"],
                   "file": ("opencv-doc", _OCV + "ml.png")},
})
# Truth from looking at the images: clip art of a shiny blue gift box tied with a silver ribbon and bow, on
# white (its drop shadow renders black); black-and-white, an office cubicle: one person (face hidden) in a
# horizontally striped shirt holds a black-and-white checkerboard up in front of their face, an old CRT
# monitor and a keyboard on the desk on the left with a hand on the mouse, a whiteboard with handwriting
# behind on the right; greyscale, a close-up of the moon's surface, grey dust dotted with small craters, one
# bright round crater top left and dark patches down the middle; a 3D-rendered white humanoid robot in a black
# graduation cap with a tassel, holding a rolled diploma with a red ribbon and an armful of coloured folders,
# on white. One person, in the second photo (the robot is not a person).
SLIDESHOWS += [
    {
        "name": "photos-L", "split": "blind6",
        "photos": [("gift_box", 4.0), ("checkerboard", 7.0), ("moon", 5.0), ("robot_grad", 4.0)],
        "speech": [("my dad took this one through his backyard telescope", 11.5, ["dad", "telescope", "backyard"],
                    "through his backyard telescope")],
        "people": 1, "absent": ["a horse", "a banana"],
        "extra": [
            ("shown at time", BLIND6_FIRST_PHOTO, {"check": "text", "accept": PHOTO["gift_box"]["accept"],
                                                   "reject": ["checkerboard", "moon", "robot"]}),
            ("shown at time", BLIND6_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["checkerboard"]["accept"],
                                                     "reject": ["gift", "moon", "robot"]}),  # 10 s of 20, checkerboard 4-11
            ("shown at time", BLIND6_LAST_PHOTO, {"check": "text", "accept": PHOTO["robot_grad"]["accept"],
                                                  "reject": ["gift", "checkerboard", "moon"]}),
            ("shot count", BLIND6_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND6_KEYBOARD, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND6_GIFT_INSIDE, {}),
            ("unanswerable", BLIND6_HOLDER_NAME, {}),
            ("unanswerable", BLIND6_SHIRT_COLOUR, {}),  # the photo is black-and-white
        ],
    },
]


# The `blind7` split's videos and truth; its phrasings (qa_bank_blind7.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind7"] = ["ACORN", "BAGPIPE", "CHIMNEY", "FLAMINGO", "JUKEBOX", "MUSTARD", "PADDLE", "QUILT", "RAVIOLI", "WAFFLE"]
SENTENCES["blind7"] = [
    ("the butcher wrapped two lamb chops", ["butcher", "wrap", "lamb"], "two lamb chops"),
    ("a fox dug a hole under the shed", ["fox", "dug", "hole"], "under the shed"),
    ("the referee sent off the goalkeeper", ["referee", "sent", "goalkeeper"], "sent off the goalkeeper"),
    ("the fisherman mended his torn nets", ["fisherman", "mend", "net"], "his torn nets"),
    ("the cyclist fixed a puncture by the roadside", ["cyclist", "puncture", "roadside"], "by the roadside"),
    ("our landlord finally repaired the heating", ["landlord", "repair", "heating"], "finally repaired the heating"),
]
# A word of each sentence, for "does anyone say the word {word}" (yes if spoken, else no).
BLIND7_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind7"], ["butcher", "fox", "referee", "fisherman", "cyclist", "landlord"])}
SEEDS["blind7"] = [1107, 1114]

# Photos no other half uses: two opencv-doc samples and two images of its html tutorials.
PHOTO.update({
    "open_hand": {"thing": "the open hand", "a": "a hand", "accept": ["hand", "palm", "finger"],
                  "file": ("opencv-doc", _OCV_HTML + "handSrc.jpg")},
    "pumpkin": {"thing": "the pumpkin", "a": "a pumpkin",
                "accept": ["pumpkin", "squash", "gourd", "plant", "pot", "stump", "log", "wallpaper"],
                "file": ("opencv-doc", _OCV_HTML + "astra_color.jpg")},
    "peppers": {"thing": "the pile of peppers", "a": "a pepper",
                "accept": ["pepper", "capsicum", "paprika", "chili", "chilli", "vegetable"],
                "file": ("opencv-doc", _OCV_HTML + "input.jpg")},
    "goatee_man": {"thing": "the man in the khaki jacket", "a": "a man",
                   "accept": ["beard", "goatee", "man", "guy", "person", "male", "face", "portrait", "jacket"],
                   "file": ("opencv-doc", _OCV_HTML + "230501201_1.jpg")},
})
# Truth from looking at the images: a bare open hand, palm up and fingers spread, lying on a plain white
# table, nothing else in the frame; an orange pumpkin (a round red-kuri squash) on a pale wooden floor in
# front of a beige ribbed plant pot holding a leafy green plant and a tall log with its bark on, against
# wallpaper of big green leaves and white blossom; a pile of bell peppers and long peppers, red, green and
# yellow, filling the frame (the classic "peppers" test picture, low resolution); head and shoulders of a
# young man with short dark spiky hair, blue eyes and a brown goatee beard and moustache, smiling slightly,
# in a khaki jacket with buttoned shoulder tabs over a grey T-shirt, blurred green trees behind. One person
# at most in any photo (the man; the hand is someone's but the only thing in its photo). The man's "beard"
# comes first in his accept list: it is the reject for the others, so "a man's hand" is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-M", "split": "blind7",
        "photos": [("open_hand", 5.0), ("pumpkin", 4.0), ("peppers", 6.0), ("goatee_man", 5.0)],
        "speech": [("we grew all of these in the greenhouse last summer", 10.0, ["grew", "greenhouse", "summer"],
                    "in the greenhouse")],
        "people": 1, "absent": ["a dog", "a bicycle"],
        "extra": [
            ("shown at time", BLIND7_FIRST_PHOTO, {"check": "text", "accept": PHOTO["open_hand"]["accept"],
                                                   "reject": ["pumpkin", "pepper", "beard"]}),
            ("shown at time", BLIND7_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["peppers"]["accept"],
                                                     "reject": ["hand", "pumpkin", "beard"]}),  # 10-11 s of 20, peppers 9-15
            ("shown at time", BLIND7_LAST_PHOTO, {"check": "text", "accept": PHOTO["goatee_man"]["accept"],
                                                  "reject": ["hand", "pumpkin", "pepper"]}),
            ("shot count", BLIND7_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND7_STUMP, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND7_MAN_JOB, {}),
            ("unanswerable", BLIND7_PEPPER_PRICE, {}),
            ("unanswerable", BLIND7_PUMPKIN_WEIGHT, {}),
        ],
    },
]


# The `blind8` split's videos and truth; its phrasings (qa_bank_blind8.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind8"] = ["ANVIL", "PELICAN", "NUTMEG", "VOLCANO", "ZEBRA", "MOSAIC", "TULIP", "QUIVER", "SPROCKET", "TEACUP"]
SENTENCES["blind8"] = [
    ("the electrician rewired the whole basement", ["electrician", "rewir", "basement"], "rewired the whole basement"),
    ("a beekeeper sold us honey by the roadside", ["beekeeper", "honey", "roadside"], "honey by the roadside"),
    ("the referee stopped the match because of fog", ["referee", "match", "fog"], "because of fog"),
    ("my godmother adopted two kittens from the shelter", ["godmother", "kitten", "shelter"], "two kittens from the shelter"),
    ("the submarine surfaced right next to the lighthouse", ["submarine", "surfac", "lighthouse"], "next to the lighthouse"),
    ("the surveyor sketched a bridge on the back of a receipt", ["surveyor", "sketch", "receipt"], "on the back of a receipt"),
]
# A word of each sentence, for 'does anyone say "{word}" out loud' (yes if spoken, else no).
BLIND8_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind8"], ["electrician", "beekeeper", "referee", "kittens", "submarine", "surveyor"])}
SEEDS["blind8"] = [1208, 1215]  # 4 shots, 2 words, 1 sentence; 2 shots, 3 words, 2 sentences

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "pot_plant": {"thing": "the potted plant", "a": "a potted plant",
                  "accept": ["plant", "pot", "potted", "houseplant", "flowerpot", "leaves", "bamboo", "palm", "grass", "fern"],
                  "file": ("opencv-doc", _OCV_HTML + "plant.jpg")},
    "buran": {"thing": "the space shuttle", "a": "a space shuttle",
              "accept": ["shuttle", "buran", "spacecraft", "space plane", "spaceplane", "orbiter", "aircraft", "plane"],
              "file": ("opencv-doc", _OCV_HTML + "space_shuttle.jpg")},
    "webcams": {"thing": "the table of webcams", "a": "a webcam",
                "accept": ["webcam", "camera", "realsense", "depth", "sensor", "creative", "opencv", "device", "gadget"],
                "file": ("opencv-doc", _OCV_HTML + "realsense.jpg")},
    "heath_trees": {"thing": "the trees on the moor", "a": "a landscape with trees",
                    "accept": ["landscape", "tree", "field", "heath", "moor", "shrub", "bush", "scrub", "grassland", "meadow",
                               "countryside", "hill", "pine", "cypress", "nature", "overcast"],
                    "file": ("opencv-doc", _OCV_HTML + "retina_TreeHdr_small.jpg")},
})
# Truth from looking at the images: a potted plant with many narrow bright-green leaves in a brown speckled
# pot with a white barcode label, a blue plastic clothes peg clipped to the leaves, a dark-blue glass, a brown
# hooded top hanging behind and cardboard boxes ("Image Universal", "5x 500") around it; the white Soviet
# Buran space shuttle (black underside, "Буран" on its side, tail fin up) on display on a stone embankment by
# a river, autumn trees and a few buildings behind, blue sky, white vans parked under it (nobody clearly
# visible); four webcams / depth cameras on a white table (a big black Creative webcam in front, a long black
# Creative bar camera behind, a small black box camera, a silver-and-black one on the right), the OpenCV logo
# and the word "OpenCV" printed on the table, a black cable; a heath of grey-green scrub under a grey overcast
# sky, a row of tall windswept pine-like trees silhouetted on the right, a small clump of trees on the left,
# misty hills behind. Nobody in any.
SLIDESHOWS += [
    {
        "name": "photos-N", "split": "blind8",
        "photos": [("pot_plant", 4.0), ("buran", 8.0), ("webcams", 4.0), ("heath_trees", 4.0)],
        "speech": [("this one only ever went to space once, with nobody on board", 5.0, ["space", "once", "board"],
                    "only ever went to space once")],
        "people": 0, "absent": ["a horse", "a laptop"],
        "extra": [
            ("shown at time", BLIND8_FIRST_PHOTO, {"check": "text", "accept": PHOTO["pot_plant"]["accept"],
                                                   "reject": ["shuttle", "webcam", "landscape"]}),
            ("shown at time", BLIND8_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["buran"]["accept"],
                                                     "reject": ["plant", "webcam", "landscape"]}),  # 10 s of 20, shuttle 4-12
            ("shown at time", BLIND8_LAST_PHOTO, {"check": "text", "accept": PHOTO["heath_trees"]["accept"],
                                                  "reject": ["plant", "shuttle", "webcam"]}),
            ("shot count", BLIND8_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND8_PEG, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND8_PLANT_HEIGHT, {}),
            ("unanswerable", BLIND8_WEBCAM_PRICE, {}),
            ("unanswerable", BLIND8_PHOTOGRAPHER, {}),
        ],
    },
]


# The `blind9` split's videos and truth; its phrasings (qa_bank_blind9.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind9"] = ["BISON", "CROISSANT", "HAMMOCK", "HARPOON", "KAZOO", "OCTOPUS", "PADLOCK", "SNORKEL", "TORTOISE", "UKULELE"]
SENTENCES["blind9"] = [
    ("the plasterer patched a crack above the fireplace", ["plaster", "crack", "fireplace"], "a crack above the fireplace"),
    ("a heron swallowed a frog beside the canal", ["heron", "frog", "canal"], "beside the canal"),
    ("the auctioneer sold a grandfather clock for a fortune", ["auction", "clock", "fortune"], "a grandfather clock"),
    ("my landlady keeps seven canaries in the attic", ["landlady", "canar", "attic"], "seven canaries in the attic"),
    ("the glassblower shaped a purple vase", ["glass", "purple", "vase"], "a purple vase"),
    ("the cobbler stitched new soles onto my hiking boots", ["cobbler", "sole", "boot"], "my hiking boots"),
]
# A word of each sentence, for 'does anybody actually say "{word}" out loud' (yes if spoken, else no).
BLIND9_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind9"], ["fireplace", "heron", "auctioneer", "attic", "vase", "cobbler"])}
SEEDS["blind9"] = [1309, 1316]

# Photos no other half uses, all from opencv-doc: two of its hfs sample photos and two tutorial images.
_OCV_HFS = "usr/share/doc/opencv-doc/examples/hfs/data/"
PHOTO.update({
    "robin": {"thing": "the robin", "accept": ["robin", "bird", "redbreast", "songbird"],
              "file": ("opencv-doc", _OCV_HFS + "000.jpg")},
    "cows": {"thing": "the picture of the cows", "a": "a cow",
             "accept": ["cow", "cattle", "bull", "calf", "calves", "yak", "livestock", "herd", "grazing", "pasture"],
             "file": ("opencv-doc", _OCV_HTML + "Histogram_Calculation_Original_Image.jpg")},
    "kitten": {"thing": "the kitten", "accept": ["kitten", "cat", "kitty", "tabby"],
               "file": ("opencv-doc", _OCV_HTML + "cat_det.jpg")},
    "lone_tree": {"thing": "the lone tree", "a": "a tree",
                  "accept": ["lone tree", "tree", "oak", "field", "meadow", "grass", "lawn", "countryside"],
                  "file": ("opencv-doc", _OCV_HFS + "002.jpg")},
})
# Truth from looking at the images: a European robin (orange breast and face, grey-brown back, white belly)
# perched on a dark grey rubber-gripped handle, a soft green and pink blurred background; cattle grazing a
# rough green mountain pasture (a grey-white cow and a shaggy dark-brown one in front, a black cow, a dark cow
# with a pale calf on the right, a few tiny animals further off), green mountains, a dark wood and a few white
# specks (buildings) behind, blue sky with big white clouds, nobody clearly visible; a fluffy grey-brown
# striped tabby kitten with white paws and chest sitting on a honey-coloured wooden floor, head bowed, eyes
# half shut, a little twig-and-string toy by its paw, a thin blue rectangle (a detector's box) drawn round its
# head; a single broad tree, nearly bare (thin early leaves), standing alone on a bright green grassy field
# dotted with yellow flowers under a blue sky with white clouds. Nobody in any. The tree's "lone tree" comes
# first in its accept list: it is the reject for the others, so "cows grazing by some trees" is not marked wrong.
SLIDESHOWS += [
    {
        "name": "photos-O", "split": "blind9",
        "photos": [("robin", 4.0), ("cows", 4.0), ("kitten", 7.0), ("lone_tree", 5.0)],
        "speech": [("she chased that bit of string around all afternoon", 9.0, ["chas", "string", "afternoon"],
                    "that bit of string")],
        "people": 0, "absent": ["a boat", "a bicycle"],
        "extra": [
            ("shown at time", BLIND9_FIRST_PHOTO, {"check": "text", "accept": PHOTO["robin"]["accept"],
                                                   "reject": ["cow", "kitten", "cat", "lone tree"]}),
            ("shown at time", BLIND9_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["kitten"]["accept"],
                                                     "reject": ["robin", "bird", "cow", "lone tree"]}),  # 10 s of 20, kitten 8-15
            ("shown at time", BLIND9_LAST_PHOTO, {"check": "text", "accept": PHOTO["lone_tree"]["accept"],
                                                  "reject": ["robin", "bird", "cow", "kitten", "cat"]}),
            ("shot count", BLIND9_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND9_MOUNTAINS, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND9_KITTEN_NAME, {}),
            ("unanswerable", BLIND9_TREE_AGE, {}),
            ("unanswerable", BLIND9_COW_OWNER, {}),
        ],
    },
]


# The `blind10` split's videos and truth; its phrasings (qa_bank_blind10.py) were written without reading the
# answering code, its tests or the other splits' phrasings. Words and sentences unused by every other pool.
WORDS["blind10"] = ["PENGUIN", "HARPOON", "SKILLET", "LANYARD", "RAISIN", "CARAVAN", "BUCKLE", "TORTOISE", "JAVELIN", "OATMEAL"]
SENTENCES["blind10"] = [
    ("the blacksmith forged a horseshoe before breakfast", ["blacksmith", "horseshoe", "breakfast"], "before breakfast"),
    ("an owl hooted outside our tent all night", ["owl", "hoot", "tent"], "outside our tent"),
    ("the florist wrapped twelve sunflowers in brown paper", ["florist", "sunflower", "wrapp"], "twelve sunflowers"),
    ("the tram broke down right outside the cathedral", ["tram", "broke", "cathedral"], "outside the cathedral"),
    ("the potter glazed six blue bowls", ["potter", "glaz", "bowl"], "six blue bowls"),
    ("the zookeeper weighed the baby giraffe this morning", ["zookeeper", "weigh", "giraffe"], "the baby giraffe"),
]
# A word of each sentence, for 'is "{word}" one of the words you can hear spoken' (yes if spoken, else no).
BLIND10_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind10"], ["blacksmith", "owl", "sunflowers", "tram", "potter", "giraffe"])}
SEEDS["blind10"] = [1410, 1417]  # 2 shots, 3 words, 1 sentence; 3 shots, 4 words, 2 sentences

# Photos no other half uses, all from opencv-doc's tutorial images.
PHOTO.update({
    "glider": {"thing": "the photo of two men in a glider", "a": "a man wearing glasses",
               "accept": ["glider", "sailplane", "plane", "aircraft", "airplane", "aeroplane", "cockpit", "pilot", "men", "man",
                          "people", "person"],
               "file": ("opencv-doc", _OCV_HTML + "Template_Matching_Original_Image.jpg")},
    "double_decker": {"thing": "the red double-decker bus", "a": "a double-decker bus",
                      "accept": ["bus", "double-decker", "double decker", "routemaster", "london"],
                      "file": ("opencv-doc", _OCV_HTML + "pexels_double_decker_bus.jpg")},
    "shepherd_dog": {"thing": "the dog on the grass", "a": "a dog",
                     "accept": ["dog", "german shepherd", "alsatian", "shepherd", "puppy", "canine"],
                     "file": ("opencv-doc", _OCV_HTML + "Remap_Tutorial_Original_Image.jpg")},
    "clock_holder": {"thing": "the person holding up a clock", "a": "a clock",
                     "accept": ["red clock", "clock", "timepiece"],
                     "file": ("opencv-doc", _OCV_HTML + "Threshold_inRange_Tutorial_Result_input.jpeg")},
})
# Truth from looking at the images: black-and-white, two smiling middle-aged men with glasses side by side in
# the open cockpit of a white glider (the canopy swung up, a long slender wing behind them), the one on the left
# with a white beard and a pale bucket hat, the one on the right with dark curly hair and a dark vest, a flat
# desert airfield, low buildings, a white pickup and bare hills behind; a red London double-decker bus (route
# 453 to Marylebone, a "Can someone get me a ticket? The Book of Mormon" advert on its side) in front of the
# Houses of Parliament, the base of Big Ben's tower on the left, a white SUV behind it and a silver London taxi
# beside it, one pedestrian in red, tiny, far right; a German shepherd lying on green grass, tongue out, a
# worn multicoloured ball by its front paws (an image viewer's grey status bar along the bottom: "666 x 400
# pixels 74.6 KB 100% 4/33"); a young man in a white T-shirt with dark piping holds a square red clock (white
# face, black numbers 1-12) up in front of his face with one hand, a pale wall and a net-curtained window
# behind. At most two people at once (the glider). The clock's first accept is "red clock": it is the reject
# for the other photos, and the bus photo's tower may be called a clock tower.
SLIDESHOWS += [
    {
        "name": "photos-P", "split": "blind10",
        "photos": [("glider", 5.0), ("double_decker", 6.0), ("shepherd_dog", 5.0), ("clock_holder", 4.0)],
        "speech": [("she fetched that ball a hundred times today", 11.5, ["fetch", "hundred", "today"], "a hundred times")],
        "people": 2, "absent": ["a cat", "a bicycle"],
        "extra": [
            ("shown at time", BLIND10_FIRST_PHOTO, {"check": "text", "accept": PHOTO["glider"]["accept"],
                                                    "reject": ["bus", "dog", "clock"]}),
            ("shown at time", BLIND10_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["double_decker"]["accept"],
                                                      "reject": ["glider", "dog", "red clock"]}),  # 10 s of 20, bus 5-11
            ("shown at time", BLIND10_LAST_PHOTO, {"check": "text", "accept": PHOTO["clock_holder"]["accept"],
                                                   "reject": ["glider", "bus", "dog"]}),
            ("shot count", BLIND10_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND10_BALL, {"check": "yesno", "yes": True}),
            ("unanswerable", BLIND10_DOG_NAME, {}),
            ("unanswerable", BLIND10_AIRFIELD, {}),
            ("unanswerable", BLIND10_BUS_FARE, {}),
        ],
    },
]
