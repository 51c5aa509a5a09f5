"""The videos and truth of the `blind48` split (its phrasings: qa_bank_blind48.py).

Written blind, by one helper: without reading the answering code, its tests or the other splits' phrasings.
The word and sentence pools were checked against every earlier pool (no on-screen word reused, none contains or
sits in an earlier one; no keyword of a sentence is, or contains, or is contained in, an earlier keyword); the
pictures are four that no other split uses, from Debian's opencv-doc (the backs of four books with barcodes, a dim
lecture hall with a blue projection screen, a newspaper page with a giraffe photo, a printed sheet of square
markers on a wooden desk), and their truth comes from looking at them. Importing this module adds the split's
pools, seeds, photos and slideshow to qa_bank_cases' tables.
"""

from __future__ import annotations

from qa_bank_blind48 import (
    BLIND48_DESK_OWNER,
    BLIND48_FIRST_PHOTO,
    BLIND48_GIRAFFE,
    BLIND48_HALFWAY_PHOTO,
    BLIND48_HALL_SUBJECT,
    BLIND48_LAST_PHOTO,
    BLIND48_LECTURER_NAME,
    BLIND48_PHOTO_COUNT,
)
from qa_bank_cases import PHOTO, SEEDS, SENTENCES, SLIDESHOWS, WORDS

# Medical instruments and a few French-kitchen and music things, in no earlier WORDS pool (none contains, or
# sits in, one).
WORDS["blind48"] = ["TOURNIQUET", "CATHETER", "FORCEPS", "LANCET", "SPLINT", "OTOSCOPE", "GURNEY", "TRUFFLE",
                    "CAFETIERE", "MANDOLIN"]
# A hospital and France; each sentence's keywords are in no earlier keyword list (nor contain or sit in one).
SENTENCES["blind48"] = [
    ("the radiologist clipped the scan onto the lightbox", ["radiolog", "clipped", "scan"],
     "the scan onto the lightbox"),
    ("the orderly stacked clean linen in the storeroom", ["orderly", "linen", "storeroom"],
     "clean linen in the storeroom"),
    ("the baker in lyon folded butter into the pastry", ["lyon", "butter", "pastry"], "butter into the pastry"),
    ("the surgeon scrubbed her hands for five minutes", ["surgeon", "scrubbed", "minutes"],
     "her hands for five minutes"),
    ("the tram to marseille was packed with commuters", ["marseille", "packed", "commuter"],
     "packed with commuters"),
    ("the nurse measured his pulse and blood pressure", ["nurse", "pulse", "pressure"],
     "his pulse and blood pressure"),
]
# A word of each sentence, for BLIND48_HEAR (yes if that sentence is spoken, else no).
BLIND48_HEARD = {s[0]: w for s, w in zip(SENTENCES["blind48"], ["radiologist", "linen", "pastry", "surgeon",
                                                                "marseille", "pulse"])}
SEEDS["blind48"] = [5248, 5255]

_PKG = "opencv-doc"
_HTML = "usr/share/doc/opencv-doc/opencv4/html/"
PHOTO.update({
    "b48_book_barcodes": {"thing": "the backs of four books with barcodes", "a": "some books with barcodes",
                          "accept": ["barcode", "barcodes", "isbn", "books", "book", "covers", "cover", "labels",
                                     "stickers", "springer"],
                          "file": (_PKG, _HTML + "4_barcodes.jpg")},
    "b48_lecture_hall": {"thing": "the dim lecture hall with a bright blue projection screen",
                         "a": "a lecture hall",
                         "accept": ["lecture hall", "lecture theatre", "lecture", "auditorium", "amphitheatre",
                                    "hall", "projection", "projector", "classroom", "students", "theatre", "theater",
                                    "seats"],
                         "file": (_PKG, _HTML + "studentsSample_input.jpg")},
    "b48_newspaper": {"thing": "the newspaper page with a big giraffe photo", "a": "a newspaper",
                      "accept": ["newspaper", "giraffe", "front page", "paper", "headline", "headlines", "newsprint",
                                 "tabloid", "denik"],
                      "file": (_PKG, _HTML + "newspaper.jpg")},
    "b48_marker_sheet": {"thing": "the sheet of square black-and-white markers on a wooden desk",
                         "a": "a printed sheet of square markers",
                         "accept": ["markers", "marker", "aruco", "fiducial", "codes", "qr", "sheet", "squares",
                                    "grid", "pattern", "desk", "printout"],
                         "file": (_PKG, _HTML + "gboriginal.png")},
})
# Truth from looking at the pictures:
# - 4_barcodes.jpg (portrait, colour): the back covers of four books seen from above, two by two: top left navy blue
#   with a white ISBN barcode label (ISBN 978-7-5643-5084-0) and "定价: 49.00元" below it; top right glossy red-orange
#   with "Materials Science / Engineering", a barcode (ISBN 978-3-319-20006-4) and "springer.com"; bottom left
#   yellow with a honeycomb pattern, a sideways barcode (ISBN 978-7-118-08147-3), "定价: 65.00 元", "http://www.ndip.cn"
#   and a QR code at the bottom; bottom right dark red-brown with an upside-down barcode (ISBN 978-7-122-27612-4)
#   and "定价: 48.00元". Small cream labels with orange frames on two covers. Nobody in it.
# - studentsSample_input.jpg (landscape, colour, dim, bluish): a lecture hall seen from high up at the back: a large
#   glowing cyan-blue projection screen on the left, a ceiling-mounted projector, small ceiling lights, a round
#   emblem on the tan wall and the logo "IUT Annecy", a red exit sign above a wooden double door, pale desk rows
#   stepping up at the right. About five people at the bottom, dark and blurred: one seated at the lower left, a
#   group of four near the front (one in a bright blue jacket standing, one holding a white sheet). No names.
# - newspaper.jpg (landscape, colour): a Czech newspaper front page lying turned on its side (its text runs
#   vertically): the masthead "PELHŘIMOVSKÝ deník vysočina" in white on blue with "www.pelhrimovsky.denik.cz", a big
#   colour photo of a giraffe's head and long neck in a zoo enclosure, the headline "ŽIRAFÍ SAMEC ZUBERI SE PO
#   TŘECH LETECH ODVÁŽIL VEN", a large headline "Předškoláky letos na školu připravná třída nepřipraví", columns of
#   small text, a barcode; printed photos of a smiling bald man in a suit, a small portrait of a man, a woman on a
#   TV-magazine cover and a small photo near the bottom. No real person, only printed ones (fewer than five).
# - gboriginal.png (landscape, colour): a white A4 sheet lying at an angle on a light wooden desk, printed with a
#   grid of 35 black square markers (5 across, 7 down), each with a blocky white pattern inside; faint handwriting
#   at the top of the sheet; the black round base of a lamp at the top edge; a white textured wall at the right
#   and a bit of tiled floor at the bottom right. Nobody in it.
# Most people at once: 5 (the lecture hall). The photos run books 0-6 s, lecture hall 6-12 s, newspaper 12-17 s,
# markers 17-22 s; the halfway point (11 s of 22) is in the lecture hall photo. The spoken sentence starts at
# 13.0 s, inside the newspaper photo, and ends before 17 s; it names no photo.
SLIDESHOWS += [
    {
        "name": "photos-B48", "split": "blind48",
        "photos": [("b48_book_barcodes", 6.0), ("b48_lecture_hall", 6.0), ("b48_newspaper", 5.0),
                   ("b48_marker_sheet", 5.0)],
        "speech": [("please hand in your essays at the front desk", 13.0, ["essay", "front", "desk"],
                    "at the front desk")],
        "people": 5, "absent": ["a horse", "a bicycle"],
        "extra": [
            ("shown at time", BLIND48_FIRST_PHOTO, {"check": "text", "accept": PHOTO["b48_book_barcodes"]["accept"],
                                                    "reject": ["giraffe", "newspaper", "lecture", "markers"]}),  # 0-6
            ("shown at time", BLIND48_HALFWAY_PHOTO, {"check": "text", "accept": PHOTO["b48_lecture_hall"]["accept"],
                                                      "reject": ["barcode", "giraffe", "newspaper", "markers"]}),  # 11 s of 22, hall 6-12
            ("shown at time", BLIND48_LAST_PHOTO, {"check": "text", "accept": PHOTO["b48_marker_sheet"]["accept"],
                                                   "reject": ["barcode", "isbn", "giraffe", "lecture"]}),  # 17-22
            ("shot count", BLIND48_PHOTO_COUNT, {"n": 4}),
            ("presence", BLIND48_GIRAFFE, {"check": "yesno", "yes": True}),  # the giraffe photo in the newspaper
            ("unanswerable", BLIND48_LECTURER_NAME, {}),
            ("unanswerable", BLIND48_DESK_OWNER, {}),
            ("unanswerable", BLIND48_HALL_SUBJECT, {}),
        ],
    },
]
