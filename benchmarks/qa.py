"""Question answering accuracy on generated clips with known answers.

Each clip has coloured shots with hard cuts, two on-screen words at known times and one spoken
sentence ending in a known word. Five question types are asked of every clip and scored by exact
match. The two answering strategies are compared side by side in one run on the same LLM:

- generative: the model writes the answer from the transcript (focused lines for small models), with
  the grounded look-up leading the data section;
- grounded: the answer is composed from the events the question points at (what videochat does for
  small models); the model only ranks candidates.

This is the original five-shape benchmark; ``benchmarks/qa_bank.py`` is the paraphrased, held-out one.

Prints accuracy per question type and mode, seconds per answer, and transcript tokens per minute.

    python benchmarks/qa.py [--clips 6] [--model embedded] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from media import ClipSpec, make_clip  # noqa: E402

COLOURS = ["navy", "darkred", "darkgreen", "purple", "teal", "olive", "maroon", "indigo"]
WORDS = ["APPLE", "RIVER", "GUITAR", "TIGER", "WINDOW", "GARDEN", "PENCIL", "ROCKET", "CANDLE", "BRIDGE"]
SPOKEN = ["yellow", "orange", "purple", "summer", "winter", "doctor", "music", "water", "paper", "coffee"]
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
MODES = ("generative", "grounded")


@dataclass
class Question:
    kind: str
    text: str
    truth: object


def make_case(rng: random.Random, path: Path) -> tuple[ClipSpec, list[Question]]:
    n_shots = rng.randint(2, 4)
    shots = [(c, float(rng.choice([4, 5, 6]))) for c in rng.sample(COLOURS, n_shots)]
    duration = sum(d for _, d in shots)
    first, second = rng.sample(WORDS, 2)
    t1 = float(rng.randint(1, int(duration / 2) - 2))
    t2 = float(rng.randint(int(duration / 2) + 1, int(duration) - 3))
    spoken = rng.choice(SPOKEN)
    spec = ClipSpec(shots=shots, words=[(first, t1, t1 + 2.5), (second, t2, t2 + 2.5)],
                    speech=[(f"the secret word is {spoken}", rng.choice([0.5, duration / 2 - 1.5]))])
    make_clip(path, spec)
    a, b = rng.sample([first, second], 2)
    at = t2 + 1.0
    questions = [
        Question("word at time", f"What word is shown on screen at 00:{int(at):02d}?", second),
        Question("spoken word", "What is the secret word the speaker says?", spoken),
        Question("order", f"Which word appears first on screen, {a} or {b}?", first),
        Question("scene count", "How many scenes are in the video?", n_shots),
        Question("first appearance", f"When does the word {second} first appear on screen?", t2),
    ]
    return spec, questions


def _times(text: str) -> list[float]:
    return [int(m) * 60 + int(s) for m, s in re.findall(r"\b(\d{1,2}):(\d{2})\b", text)]


def correct(q: Question, answer: str) -> bool:
    low = answer.lower()
    if q.kind == "scene count":
        found = re.findall(r"\b(\d+|" + "|".join(NUMBERS) + r")\b", low)
        return bool(found) and (int(found[0]) if found[0].isdigit() else NUMBERS[found[0]]) == q.truth
    if q.kind == "first appearance":
        times = _times(answer)
        return bool(times) and abs(times[0] - float(q.truth)) <= 1.5
    if q.kind == "order":
        options = [w for w in re.findall(r"[a-z]+", low) if w.upper() in WORDS]
        return bool(options) and options[0] == str(q.truth).lower()
    return re.search(rf"\b{re.escape(str(q.truth).lower())}\b", low) is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clips", type=int, default=6)
    ap.add_argument("--model", default="embedded")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-tokens", type=int, default=64, help="reply budget for generated answers")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every answer")
    args = ap.parse_args()

    from videochat.config import load_settings
    from videochat.llm.backends import resolve_model
    from videochat.llm.chains import VideoChat
    from videochat.pipeline.runner import build_transcript

    rng = random.Random(args.seed)
    settings = load_settings(perceptors=["shots", "ocr", "asr"])
    settings.llm.max_tokens = args.max_tokens
    backend = resolve_model(args.model, settings)
    stats = {m: {} for m in MODES}
    seconds = {m: [] for m in MODES}
    tokens_per_minute = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.clips):
            path = Path(tmp) / f"qa{i}.mp4"
            spec, questions = make_case(rng, path)
            transcript = build_transcript(path, settings, progress=False)
            tokens_per_minute.append(transcript.token_count() / (transcript.duration / 60))
            chats = {mode: VideoChat(transcript, backend, strategy=mode, answer_tokens=args.max_tokens) for mode in MODES}
            for q in questions:
                for mode, chat in chats.items():
                    t0 = time.perf_counter()
                    answer = chat.ask(q.text, remember=False).answer
                    seconds[mode].append(time.perf_counter() - t0)
                    ok = correct(q, answer)
                    hit, total = stats[mode].get(q.kind, (0, 0))
                    stats[mode][q.kind] = (hit + ok, total + 1)
                    if args.verbose:
                        print(f"[{mode:>14}] {'OK ' if ok else 'BAD'} {q.text} -> {answer[:100]!r}", file=sys.stderr)
            print(f"clip {i + 1}/{args.clips} done", file=sys.stderr)

    kinds = list(stats["grounded"])
    print(f"\nmodel {args.model}; {args.clips} clips, {len(kinds)} question types, exact match")
    print(f"{'question type':<18}" + "".join(f"{m:>16}" for m in MODES))
    for kind in kinds + ["all"]:
        row = f"{kind:<18}"
        for mode in MODES:
            if kind == "all":
                hit = sum(h for h, _ in stats[mode].values())
                total = sum(t for _, t in stats[mode].values())
            else:
                hit, total = stats[mode][kind]
            row += f"{hit:>9}/{total:<3} {100 * hit / total:3.0f}%"[-16:].rjust(16)
        print(row)
    print(f"{'s per answer':<18}" + "".join(f"{sum(seconds[m]) / len(seconds[m]):>16.2f}" for m in MODES))
    print(f"transcript tokens per minute of video: {sum(tokens_per_minute) / len(tokens_per_minute):.0f}")


if __name__ == "__main__":
    main()
