"""Whisper tiny.en alone, Whisper base alone, and the two voted (the ASR default): how often each hears
a sentence well enough to find its key words, the word error rate on recorded speech, and the time, run
side by side on the same audio through the ASR perceptor (``asr.model`` / ``asr.second_model``).

Speech:
- synthetic: every sentence of the question bank (espeak-ng, 140 wpm, one clip each), scored by the
  bank's own check: at least two of a sentence's three keyword stems in what was heard;
- recorded: Debian's pocketsphinx-testdata (five LibriVox sentences and five card-game utterances with
  their transcripts), scored by word error rate after writing digits as words.

    python benchmarks/asr_vote.py [--limit N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

CONFIGS = {"tiny.en": {"second_model": ""}, "base": {"model": "whisper-base", "second_model": "", "language": "en"},
           "voted (default)": {}}
DIGITS = "zero one two three four five six seven eight nine".split()


def bank_sentences() -> list[tuple[str, list[str]]]:
    import qa_bank  # noqa: F401  (imports every split's truth into qa_bank_cases' tables)
    import qa_bank_cases as C

    return sorted({s[0]: s[1] for pool in C.SENTENCES.values() for s in pool}.items())


def recorded(cache: Path) -> list[tuple[Path, list[str]]]:
    from media import debian_files

    root = debian_files("pocketsphinx-testdata", cache)
    if root is None:
        print("pocketsphinx-testdata unavailable: recorded speech skipped", file=sys.stderr)
        return []
    data = next(root.rglob("librivox")).parent
    out = []
    for listing, pattern in [("librivox/transcription", "librivox/{}.wav"), ("cards/cards.transcription", "cards/{}.wav")]:
        for line in (data / listing).read_text().splitlines():
            m = re.match(r"<s>(.*)</s>\s*\((.*)\)", line.strip())
            if m:
                out.append((data / pattern.format(m.group(2)), m.group(1).split()))
    return out


def hear(perceptor, options, wav: Path) -> str:
    """What the ASR perceptor hears in ``wav`` (16 kHz mono, as the pipeline decodes it)."""
    from videochat.contracts.media import SAMPLE_RATE

    return " ".join(ev.text for ev in perceptor(_Audio(_read(wav), SAMPLE_RATE), options) if ev.kind == "speech")


def _read(wav: Path):
    import numpy as np

    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(wav), "-f", "s16le", "-ac", "1", "-ar", "16000", "-"],
                         check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768.0


class _Audio:
    """The part of the pipeline's Inputs the ASR perceptor reads."""

    def __init__(self, audio, rate: int) -> None:
        self.audio, self.sample_rate, self.carry = audio, rate, None

    def progress(self, fraction: float) -> None:
        pass


def words(text: str) -> list[str]:
    """Lower-case words, digits written out ("10" -> ten) and "mr" as "mister", as the references spell them."""
    text = re.sub(r"\d", lambda m: f" {DIGITS[int(m.group(0))]} ", text.lower().replace("10", " ten "))
    return ["mister" if w == "mr" else w for w in re.findall(r"[a-z']+", text)]


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="only the first N bank sentences")
    ap.add_argument("--cache-dir", type=Path, default=Path("~/.cache/videochat-bench"))
    args = ap.parse_args()
    from media import speak

    from videochat.perceptors.asr import ASROptions, ASRPerceptor

    sentences = bank_sentences()[: args.limit or None]
    cache = args.cache_dir.expanduser() / "media"
    cache.mkdir(parents=True, exist_ok=True)
    speech = recorded(cache)
    with tempfile.TemporaryDirectory() as tmp:
        clips = []
        for i, (text, keys) in enumerate(sentences):
            wav = Path(tmp) / f"{i}.wav"
            speak(text, wav)
            clips.append((wav, keys))
        print(f"{len(clips)} synthetic sentences, {len(speech)} recorded utterances")
        print(f"{'':<16}{'key words heard':>16}{'WER recorded':>14}{'seconds':>9}{'x tiny':>8}")
        base_time = None
        for name, extra in CONFIGS.items():
            perceptor, options = ASRPerceptor(), ASROptions(speakers=0, **extra)
            hear(perceptor, options, clips[0][0])  # load the models before timing
            t0 = time.perf_counter()
            hits = sum(sum(re.search(rf"\b{re.escape(k)}", hear(perceptor, options, wav).lower()) is not None
                           for k in keys) >= min(2, len(keys)) for wav, keys in clips)
            errors = total = 0
            for wav, ref in speech:
                errors += edit_distance(ref, words(hear(perceptor, options, wav)))
                total += len(ref)
            seconds = time.perf_counter() - t0
            base_time = base_time or seconds
            wer = f"{errors / total:.3f}" if total else "-"
            print(f"{name:<16}{f'{hits}/{len(clips)}':>16}{wer:>14}{seconds:>9.1f}{seconds / base_time:>8.2f}")


if __name__ == "__main__":
    main()
