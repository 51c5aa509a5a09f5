"""The videos and truth of the blind5-blind14 splits (qa_bank_cases.py holds the earlier ones).

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
