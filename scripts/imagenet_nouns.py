"""Generate videochat/data/imagenet_labels.tsv: each ImageNet-1k class with the common noun people use.

ImageNet's 1000 classes are WordNet 3.0 noun synsets (class id ``n02123045`` = noun offset 02123045), and
most are too fine for a transcript ("Staffordshire bullterrier", "ringlet"). This walks each class's
hypernyms (nearest first) up to the first synset in :data:`BASIC`, a curated list of basic-level nouns,
and falls back to the class's own first lemma. Run once by developers, not at install time:

    apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wn
    pip download --no-deps timm -d /tmp/timm        # its wheel carries the ImageNet-1k wnid list
    python scripts/imagenet_nouns.py --wordnet /tmp/wn/usr/share/wordnet --synsets /tmp/timm/timm-*.whl

Fix a wrong mapping by editing :data:`BASIC` (synsets are named ``lemma.n.NN`` like NLTK: the NN-th sense
in WordNet's index.noun) and running the script again; ``--show`` prints the table grouped by noun.
"""

from __future__ import annotations

import argparse
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "videochat" / "data" / "imagenet_labels.tsv"

# noun -> synsets whose descendants take that noun; the nearest listed ancestor wins, so specific
# entries (shark) beat general ones (fish). Order matters only between ancestors at the same distance.
BASIC: dict[str, list[str]] = {
    # animals
    "dog": ["dog.n.01"], "wolf": ["wolf.n.01", "coyote.n.01"], "fox": ["fox.n.01"], "hyena": ["hyena.n.01"],
    "wild dog": ["wild_dog.n.01"], "cat": ["domestic_cat.n.01"], "bear": ["bear.n.01"],
    "panda": ["giant_panda.n.01", "lesser_panda.n.01"], "monkey": ["monkey.n.01"], "ape": ["lesser_ape.n.01"],
    "lemur": ["lemur.n.01"], "horse": ["horse.n.01"], "zebra": ["zebra.n.01"], "cow": ["cattle.n.01", "ox.n.02"],
    "pig": ["swine.n.01"], "sheep": ["sheep.n.01"], "goat": ["goat.n.01"], "antelope": ["antelope.n.01"],
    "camel": ["camel.n.01"], "elephant": ["elephant.n.01", "mammoth.n.01", "n01871265"],  # tusker
    "rabbit": ["rabbit.n.01", "hare.n.01"], "squirrel": ["squirrel.n.01"], "whale": ["whale.n.02"],
    "seal": ["seal.n.09"],
    "bird": ["bird.n.01"], "chicken": ["chicken.n.02", "n01514668", "n01514859"],  # WordNet's cock, hen: any bird
    "peacock": ["peafowl.n.01"], "duck": ["duck.n.01"], "goose": ["goose.n.01"], "swan": ["swan.n.01"],
    "owl": ["owl.n.01"], "eagle": ["eagle.n.01"], "parrot": ["parrot.n.01"], "penguin": ["penguin.n.01"],
    "hummingbird": ["hummingbird.n.01"], "flamingo": ["flamingo.n.01"], "pelican": ["pelican.n.01"],
    "ostrich": ["ostrich.n.02"], "stork": ["stork.n.01"], "toucan": ["toucan.n.01"],
    "fish": ["fish.n.01"], "shark": ["shark.n.01"], "ray": ["ray.n.07"], "eel": ["eel.n.02"],
    "snake": ["snake.n.01"], "lizard": ["lizard.n.01"], "turtle": ["turtle.n.02"],
    "crocodile": ["crocodilian_reptile.n.01"], "dinosaur": ["dinosaur.n.01"],
    "frog": ["frog.n.01"], "salamander": ["salamander.n.01"],
    "insect": ["insect.n.01"], "butterfly": ["butterfly.n.01"], "moth": ["moth.n.01"], "bee": ["bee.n.01"],
    "ant": ["ant.n.01"], "beetle": ["beetle.n.01"], "fly": ["fly.n.01"], "cockroach": ["cockroach.n.01"],
    "grasshopper": ["grasshopper.n.01", "cricket.n.01"], "dragonfly": ["dragonfly.n.01", "damselfly.n.01"],
    "spider": ["spider.n.01"], "scorpion": ["scorpion.n.03"], "crab": ["crab.n.01", "hermit_crab.n.01"],
    "lobster": ["lobster.n.02", "spiny_lobster.n.02"], "snail": ["snail.n.01", "slug.n.07"],
    "jellyfish": ["jellyfish.n.02"], "coral": ["coral.n.04"],
    # people
    "person": ["person.n.01"],
    # vehicles
    "car": ["car.n.01", "ambulance.n.01"], "truck": ["truck.n.01"], "bus": ["bus.n.01"], "van": ["van.n.05"],
    "bicycle": ["bicycle.n.01"], "motorcycle": ["motorcycle.n.01", "moped.n.01", "motor_scooter.n.01"],
    "train": ["train.n.01", "locomotive.n.01", "passenger_car.n.01", "freight_car.n.01"], "tram": ["streetcar.n.01"],
    "boat": ["boat.n.01", "sailing_vessel.n.01"], "ship": ["ship.n.01"], "submarine": ["submarine.n.01"],
    "airplane": ["airplane.n.01", "warplane.n.01"], "rocket": ["rocket.n.01", "missile.n.01", "projectile.n.01"],
    "spacecraft": ["spacecraft.n.01"], "cart": ["cart.n.01", "handcart.n.01"], "shopping cart": ["shopping_cart.n.01"],
    "rickshaw": ["jinrikisha.n.01"], "carriage": ["carriage.n.02"], "tank": ["tank.n.01"],
    # structures and places: most ImageNet buildings (barn, mosque, library, ...) are basic-level already
    "church": ["church.n.02"], "castle": ["castle.n.02"], "lighthouse": ["beacon.n.03"], "bridge": ["bridge.n.01"],
    "fence": ["fence.n.01"], "wall": ["stone_wall.n.01"], "mountain": ["mountain.n.01"], "volcano": ["n09472597"], "shop": ["shop.n.01"],
    "tent": ["tent.n.01"],
    # food
    "apple": ["apple.n.01"], "banana": ["banana.n.02"], "orange": ["orange.n.01"], "lemon": ["lemon.n.01"],
    "strawberry": ["strawberry.n.01"], "pineapple": ["pineapple.n.02"], "squash": ["squash.n.02"],
    "mushroom": ["fungus.n.01", "n07734744"], "bread": ["french_loaf.n.01"], "pizza": ["pizza.n.01"],
    "cake": ["cake.n.03"], "ice cream": ["ice_cream.n.01"], "coffee": ["coffee.n.01"], "wine": ["wine.n.01"],
    # household things
    "chair": ["chair.n.01"], "table": ["table.n.02", "n03201208"], "pool table": ["pool_table.n.01"],
    "bench": ["park_bench.n.01"], "bed": ["bed.n.01"], "crib": ["crib.n.01", "cradle.n.01", "n02804414"],
    "box": ["box.n.01"], "mailbox": ["mailbox.n.01"], "safe": ["safe.n.01"], "sofa": ["sofa.n.01"], "cabinet": ["cabinet.n.01"], "dresser": ["chest_of_drawers.n.01"], "toilet": ["toilet_seat.n.01"],
    "cup": ["cup.n.01", "mug.n.04", "n07930864"],  # ImageNet's "cup" is WordNet's punch-cup drink; the photos show cups
    "bottle": ["bottle.n.01", "jug.n.01"], "glass": ["glass.n.02"], "bowl": ["bowl.n.01"], "pot": ["pot.n.01"],
    "teapot": ["teapot.n.01", "coffeepot.n.01"], "pan": ["pan.n.01"], "knife": ["knife.n.01"], "spoon": ["spoon.n.01"],
    "lamp": ["lamp.n.02"], "clock": ["clock.n.01"], "watch": ["watch.n.01"], "phone": ["telephone.n.01"],
    "computer": ["personal_computer.n.01", "portable_computer.n.01"], "computer mouse": ["mouse.n.04"],
    "screen": ["screen.n.03", "monitor.n.04", "n03782006", "television_receiver.n.01"],
    "keyboard": ["keyboard.n.01"], "camera": ["camera.n.01"], "bag": ["bag.n.01", "bag.n.04", "bag.n.06"],
    "backpack": ["backpack.n.01"], "sleeping bag": ["sleeping_bag.n.01"], "punching bag": ["n04023962"],
    "basket": ["basket.n.01"], "ball": ["ball.n.01"], "toy": ["toy.n.03"], "book": ["book.n.02", "book.n.01"],
    "gun": ["gun.n.01"], "sword": ["sword.n.01"], "sign": ["sign.n.02"], "boot": ["boot.n.01"],
    "shoe": ["shoe.n.01", "sandal.n.01", "clog.n.01"], "hat": ["hat.n.01", "cap.n.01"],
    "helmet": ["helmet.n.02", "helmet.n.01"], "shirt": ["shirt.n.01", "jersey.n.03"], "coat": ["coat.n.01"],
    "dress": ["dress.n.01"], "swimsuit": ["swimsuit.n.01"], "glasses": ["spectacles.n.01", "sunglass.n.01"],
    "guitar": ["guitar.n.01"], "piano": ["piano.n.01"], "drum": ["drum.n.01"], "flower": ["flower.n.01"],
    "tree": ["tree.n.01"],
}


class WordNet:
    """The few parts of WordNet 3.0's noun database this script needs: lemmas, hypernyms, sense keys."""

    def __init__(self, folder: Path) -> None:
        self.lemmas: dict[str, list[str]] = {}
        self.parents: dict[str, list[str]] = {}
        self.glosses: dict[str, str] = {}
        for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):  # the licence header
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            offset, count = fields[0], int(fields[3], 16)
            self.glosses[offset] = gloss.strip()
            self.lemmas[offset] = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
            at = 4 + 2 * count
            pointers = int(fields[at])
            ptrs = [fields[at + 1 + 4 * i: at + 5 + 4 * i] for i in range(pointers)]
            self.parents[offset] = [p[1] for p in ptrs if p[0] in ("@", "@i") and p[2] == "n"]
        self.senses: dict[str, list[str]] = {}
        for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            synsets = int(fields[2])
            self.senses[fields[0]] = fields[-synsets:]

    def synset(self, name: str) -> str:
        """The offset of ``lemma.n.NN`` (the NN-th sense listed in index.noun) or of a wnid ``n01234567``."""
        if name[0] == "n" and name[1:].isdigit():
            return name[1:]
        lemma, pos, number = name.rsplit(".", 2)
        assert pos == "n", name
        try:
            return self.senses[lemma][int(number) - 1]
        except (KeyError, IndexError):
            raise SystemExit(f"no WordNet noun synset {name}") from None

    def ancestors(self, offset: str) -> list[str]:
        """``offset`` and its hypernyms, breadth-first: nearest ancestors first."""
        seen, order, frontier = {offset}, [offset], [offset]
        while frontier:
            frontier = [p for o in frontier for p in self.parents.get(o, []) if not (p in seen or seen.add(p))]
            order += frontier
        return order


def read_wnids(source: Path) -> list[str]:
    """The 1000 ImageNet-1k class ids in model output order, from a text file or timm's wheel."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            text = whl.read("timm/data/_info/imagenet_synsets.txt").decode()
    else:
        text = source.read_text()
    wnids = text.split()
    assert len(wnids) == 1000 and wnids == sorted(wnids), "expected the 1000 sorted ImageNet-1k wnids"
    return wnids


def _other_names(wn: WordNet, offset: str) -> list[str]:
    """A class's other WordNet lemmas that people say for it ("hedgehog" of "porcupine, hedgehog"): not Latin
    names ("Erinaceus europaeus"), and only where the class is one of the lemma's two commonest senses
    (index.noun lists senses by frequency), so that "drop" (a cliff's) or "board" (a dining table's) is left out."""
    lemmas = wn.lemmas[offset]

    def latin(lemma: str) -> bool:
        words = lemma.split()
        return len(words) == 2 and words[0][:1].isupper() and words[1].islower()

    def common(lemma: str) -> bool:
        return offset in wn.senses.get(lemma.lower().replace(" ", "_"), [])[:2]

    return [lemma for lemma in lemmas[1:]
            if len(lemma) >= 4 and not latin(lemma) and lemma.lower() != lemmas[0].lower() and common(lemma)]


def table(wn: WordNet, wnids: list[str]) -> list[tuple[str, str, str, str]]:
    """(wnid, class name, common noun, other names) for each class."""
    basic = {wn.synset(s): noun for noun, synsets in BASIC.items() for s in synsets}
    rows = []
    for wnid in wnids:
        offset = wnid[1:]
        noun = next((basic[o] for o in wn.ancestors(offset) if o in basic), wn.lemmas[offset][0])
        rows.append((wnid, wn.lemmas[offset][0], noun, ", ".join(_other_names(wn, offset))))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="folder with data.noun, index.noun")
    parser.add_argument("--synsets", type=Path, required=True, help="imagenet_synsets.txt or a timm wheel")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--show", action="store_true", help="print the classes grouped by noun")
    parser.add_argument("--check", action="store_true", help="print the synset each BASIC entry names, to check senses")
    args = parser.parse_args()
    wn = WordNet(args.wordnet)
    if args.check:
        for noun, synsets in BASIC.items():
            for name in synsets:
                offset = wn.synset(name)
                print(f"{noun:16} {name:26} {', '.join(wn.lemmas[offset][:3])}: {wn.glosses[offset][:60]}")
    rows = table(wn, read_wnids(args.synsets))
    header = "# ImageNet-1k classes in model output order: wnid, class name (first WordNet lemma), common noun,\n" \
             "# the class's other WordNet lemmas (comma-separated; Latin names left out).\n" \
             "# Generated by scripts/imagenet_nouns.py from WordNet 3.0; edit BASIC there, not this file.\n"  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "".join(f"{w}\t{c}\t{n}\t{o}\n" for w, c, n, o in rows))
    if args.show:
        groups: dict[str, list[str]] = defaultdict(list)
        for _, name, noun, _ in rows:
            groups[noun].append(name)
        for noun, names in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f"{noun} ({len(names)}): {', '.join(names)}")
    print(f"wrote {len(rows)} classes, {len({n for _, _, n, _ in rows})} nouns to {args.out}")


if __name__ == "__main__":
    main()
