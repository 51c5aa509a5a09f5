"""What the offline seeing perceptors can name: the ImageNet-1k classes with their everyday nouns
(the ``tags`` perceptor) and the COCO classes (``detect``).

A contract-level module (it imports nothing from the package): the tagger reads its labels here,
and the answering strategy asks it whether "no" is a fair answer to "is there a hand?" — a tagger
that has no word for hands never reports one, so its silence proves nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

LABELS = Path(__file__).parent / "data" / "imagenet_labels.tsv"

COCO = (
    "person bicycle car motorcycle airplane bus train truck boat traffic-light fire-hydrant stop-sign parking-meter "
    "bench bird cat dog horse sheep cow elephant bear zebra giraffe backpack umbrella handbag tie suitcase frisbee "
    "skis snowboard sports-ball kite baseball-bat baseball-glove skateboard surfboard tennis-racket bottle wine-glass "
    "cup fork knife spoon bowl banana apple sandwich orange broccoli carrot hot-dog pizza donut cake chair couch "
    "potted-plant bed dining-table toilet tv laptop mouse remote keyboard cell-phone microwave oven toaster sink "
    "refrigerator book clock vase scissors teddy-bear hair-drier toothbrush"
).replace("-", " ").split(" ")


@dataclass(frozen=True)
class ImageNetLabels:
    """The 1000 classes in model output order, and the everyday noun of each."""

    wnids: tuple[str, ...]
    classes: tuple[str, ...]
    nouns: tuple[str, ...]  # per class
    others: tuple[tuple[str, ...], ...] = ()  # per class: its other common names ("hedgehog" of porcupine)


@functools.lru_cache(maxsize=1)
def imagenet() -> ImageNetLabels:
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    others = tuple(tuple(n.strip() for n in r[3].split(",") if n.strip()) if len(r) > 3 else () for r in rows)
    return ImageNetLabels(tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(r[2].strip() for r in rows), others)


@functools.lru_cache(maxsize=1)
def imagenet_words() -> frozenset[str]:
    """Every noun, class name and other name of a class, and the head word of each multi-word class
    ("car" of "sports car")."""
    labels = imagenet()
    words = {w.lower() for w in (*labels.nouns, *labels.classes)}
    words |= {w.split()[-1] for w in words if " " in w}
    words |= {w.lower() for names in labels.others for w in names}
    return frozenset(words)


#: ImageNet-1k lists its 398 animal classes first (0 tench ... 397 puffer; 398 is abacus).
ANIMALS = 398
#: Head words of animals' other names that name no kind of animal ("king of beasts", "oyster catcher", "sea star").
_NOT_KINDS = {"beasts", "catcher", "doctor", "feeder", "jack", "longlegs", "needle", "pussy", "shell", "star", "worm"}


@functools.lru_cache(maxsize=1)
def also_called() -> dict[str, frozenset[str]]:
    """Each other name of a class (lower case) and the class names it stands for: a hedgehog in a photo is
    reported as the class "porcupine, hedgehog", under its first name."""
    out: dict[str, set[str]] = {}
    labels = imagenet()
    known = {w.lower() for w in (*labels.classes, *labels.nouns)}
    heads: dict[str, set[str]] = {}
    for index, (cls, names) in enumerate(zip(labels.classes, labels.others)):
        for name in names:
            out.setdefault(name.lower(), set()).add(cls.lower())
            if " " in name and index < ANIMALS and name.islower():  # "brush kangaroo" (a wallaby): a kangaroo
                heads.setdefault(name.lower().split()[-1], set()).add(cls.lower())
    for head, classes in heads.items():  # an animal's head word of one class, not "case" or "light" of a thing
        if head not in known and head not in out and len(classes) == 1 and head not in _NOT_KINDS:
            out[head] = classes
    return {name: frozenset(classes) for name, classes in out.items()}


def can_name(word: str, perceptors: set[str]) -> bool:
    """Whether one of the seeing ``perceptors`` that ran could have reported ``word`` (lower case).
    Captioners describe freely, so with one of them anything could have been said."""
    if perceptors & {"caption", "dense"}:
        return True
    if "tags" in perceptors and word in imagenet_words():
        return True
    return "detect" in perceptors and word in COCO


@functools.lru_cache(maxsize=1)
def _broader() -> dict[str, str]:
    """Fine ImageNet class names, and the head words shared by several multi-word ones, mapped to their
    everyday noun where that differs ("robin" -> bird, "retriever" -> dog); a head word of classes of
    different nouns, or itself a noun, is left out ("cap" is its own label)."""
    labels = imagenet()
    nouns = set(labels.nouns)
    out: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for cls, noun in zip(labels.classes, labels.nouns):
        low = cls.lower()
        if low != noun.lower() and low not in nouns:
            out[low] = noun
        if " " in low and low != noun.lower():  # "golden retriever" -> dog; "comic book" is its own noun
            heads.setdefault(low.split()[-1], []).append(noun)
    for head, of in heads.items():  # a head word of one class only may mean something else ("shepherd")
        if len(of) > 1 and len(set(of)) == 1 and head not in nouns and head not in out:
            out[head] = of[0]
    by_class = {cls.lower(): noun for cls, noun in zip(labels.classes, labels.nouns)}
    for name, classes in also_called().items():  # "iguana" (the class "common iguana, iguana") -> lizard
        found = {by_class[c] for c in classes if c in by_class}
        if len(found) == 1 and name not in nouns and name not in out and found != {name}:
            out[name] = found.pop()
    return out


def broader(word: str) -> str | None:
    """The everyday noun the tagger reports for ``word`` when ``word`` is one of its finer classes
    ("robin" -> "bird": the tagger says "bird" for a robin), else None."""
    return _broader().get(word.lower())
