"""Speaker turns: how often speech goes to the wrong speaker, whether the count is right, and how fast.

Conversations of 1-3 speakers, 8-10 utterances each, 0.3-0.8 s apart, in random order (a speaker may
go on after themself): espeak-ng voices and recorded voices from Debian packages (``apt-get
download`` into ``--cache``): the two main fish of Fish Fillets NG in Dutch (``fillets-ng-data-nl``)
and in Czech (``fillets-ng-data-cs``), voice actors, and the LibriVox reader of pocketsphinx's test
data (``pocketsphinx-testdata``).

* ``dev``: espeak ``en-us+m3``, ``en+f4``, ``en+m1``, ``en+f2`` and the Dutch fish. The clustering
  threshold and minimum cluster size in ``perceptors/speakers.py`` were chosen on this set.
* ``heldout``: espeak ``en-gb+m7``, ``en-us+f5``, ``en+m4``, the Czech fish and the LibriVox reader,
  never looked at while tuning.

Scores (see ``tests/media.py:speaker_error``): ``wrong`` = share of speech time attributed to the
wrong speaker after mapping found speakers onto true ones, ``DER`` = wrong + missed + false alarm;
count = clips whose number of speakers was found exactly. Speed: seconds of diarization (embedding
and clustering, the model loaded) per minute of speech, torch limited to ``--threads`` (2).

Run::

    python benchmarks/speakers.py [--set dev|heldout|both] [--clips 6] [--threads 2] [--cache DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from media import RATE, conversation, debian_files, speaker_error  # noqa: E402

SENTENCES = [
    "the meeting starts at nine tomorrow morning", "I think we should take the train instead",
    "could you send me the report before lunch", "the weather has been lovely all week",
    "let us talk about the budget for next year", "my sister lives near the old harbour",
    "that sounds like a very good idea to me", "we lost the key to the garden shed",
    "please remember to water the plants", "the concert was cancelled because of rain",
    "how many people are coming to dinner", "the bakery on the corner sells fresh bread",
]
ESPEAK = {"dev": ["en-us+m3", "en+f4", "en+m1", "en+f2"], "heldout": ["en-gb+m7", "en-us+f5", "en+m4"]}


def recorded_voices(cache: Path, which: str) -> dict[str, list[Path]]:
    """Recorded speakers -> their utterance files (at least 1.2 s long), for one set."""
    voices: dict[str, list[Path]] = {}
    lang = {"dev": "nl", "heldout": "cs"}[which]
    fillets = debian_files(f"fillets-ng-data-{lang}", cache)
    if fillets is None:
        print(f"(fillets-ng-data-{lang} unavailable: scoring without it)")
    else:
        for fish in ("m", "v"):
            files = sorted(p for p in fillets.rglob(f"*/{lang}/*-{fish}-*.ogg") if p.stat().st_size > 12000)
            voices[f"fish-{fish}-{lang}"] = files
    if which == "heldout":
        sphinx = debian_files("pocketsphinx-testdata", cache)
        if sphinx is None:
            print("(pocketsphinx-testdata unavailable: scoring without it)")
        else:
            voices["librivox"] = sorted(sphinx.rglob("librivox/*.wav"))
    return {k: v for k, v in voices.items() if v}


def utterance(voice: str, rng: random.Random, recorded: dict[str, list[Path]]) -> str:
    return str(rng.choice(recorded[voice])) if voice in recorded else f"espeak:{voice}"


def make_set(which: str, clips: int, cache: Path, seed: int = 0) -> list[tuple]:
    """(name, audio, truth) conversations: ``clips`` with 2 speakers, ``clips // 2`` with 1 and with 3."""
    rng = random.Random(f"{which}-{seed}")
    recorded = recorded_voices(cache, which)
    pool = ESPEAK[which] + sorted(recorded)
    out = []
    for n_speakers, count in ((1, clips // 2), (2, clips), (3, clips // 2)):
        for c in range(count):
            voices = rng.sample(pool, n_speakers)
            order = [voices[i % n_speakers] for i in range(n_speakers)]  # everyone speaks
            order += [rng.choice(voices) for _ in range(rng.randint(8, 10) - n_speakers)]
            rng.shuffle(order)
            utterances = [(v, utterance(v, rng, recorded), rng.choice(SENTENCES)) for v in order]
            audio, truth = conversation(utterances, gap=rng.uniform(0.3, 0.8))
            out.append((f"{n_speakers}spk-{c}: {'+'.join(voices)}", audio, truth))
    return out


def run(which: str, clips: int, cache: Path, model) -> tuple[float, float]:
    from videochat.perceptors.speakers import diarize

    rows, speech_s, spent = [], 0.0, 0.0
    for name, audio, truth in make_set(which, clips, cache):
        started = time.perf_counter()
        turns = diarize(model, audio, RATE, [(0.0, len(audio) / RATE)])
        spent += time.perf_counter() - started
        speech_s += sum(e - s for s, e, _ in truth)
        score = speaker_error(truth, turns)
        rows.append(score)
        print(f"  {name:<48} speakers {score['count']}/{score['true_count']}  wrong {score['wrong']:6.1%}  "
              f"DER {score['der']:6.1%}")
    two = [r for r in rows if r["true_count"] == 2]
    counted = sum(r["count"] == r["true_count"] for r in rows)
    print(f"{which}: wrong speaker {sum(r['wrong'] for r in two) / max(1, len(two)):.1%} of speech on 2-speaker clips "
          f"(DER {sum(r['der'] for r in two) / max(1, len(two)):.1%}); all clips: wrong "
          f"{sum(r['wrong'] for r in rows) / len(rows):.1%}, DER {sum(r['der'] for r in rows) / len(rows):.1%}; "
          f"count right {counted}/{len(rows)} "
          + " ".join(f"({sum(r['count'] == k for r in rows if r['true_count'] == k)}/"
                     f"{sum(r['true_count'] == k for r in rows)} with {k})" for k in (1, 2, 3)))
    return spent, speech_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    parser.add_argument("--clips", type=int, default=6, help="two-speaker clips per set (half as many with 1 and 3)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path("~/.cache/videochat/bench").expanduser())
    args = parser.parse_args()
    import torch

    from videochat.models import store
    from videochat.perceptors import ge2e

    torch.set_num_threads(args.threads)
    model = ge2e.load(store().resolve("ge2e-speaker"))
    spent = speech = 0.0
    for which in (["dev", "heldout"] if args.set == "both" else [args.set]):
        s, m = run(which, args.clips, args.cache, model)
        spent, speech = spent + s, speech + m
    print(f"speed: {spent / max(speech / 60, 1e-9):.2f} s per minute of speech on {args.threads} threads "
          f"({speech:.0f} s of speech, {spent:.1f} s)")


if __name__ == "__main__":
    main()
