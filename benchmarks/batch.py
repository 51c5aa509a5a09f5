"""Batch throughput: videos/min for N generated clips, local process pool vs. one video at a time.

Both runs use the same clips and settings (no result cache), side by side in one process, so the
ratio is meaningful on a noisy machine.

    python benchmarks/batch.py [--clips 20] [--perceptors shots,ocr,asr] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from media import ClipSpec, make_clip  # noqa: E402

COLOURS = ["navy", "darkred", "darkgreen", "purple", "teal", "olive"]
WORDS = ["APPLE", "RIVER", "GUITAR", "TIGER", "WINDOW", "GARDEN"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clips", type=int, default=20)
    ap.add_argument("--perceptors", default="shots,ocr,asr")
    ap.add_argument("--workers", type=int, help="pool size (default: CPUs / per-video concurrency)")
    args = ap.parse_args()

    from videochat.config import load_settings
    from videochat.frontends.batch import BatchSpec, default_workers, run_batch

    with tempfile.TemporaryDirectory() as tmp:
        clips = Path(tmp) / "clips"
        clips.mkdir()
        for i in range(args.clips):
            spec = ClipSpec(shots=[(COLOURS[i % 6], 3.0), (COLOURS[(i + 1) % 6], 3.0)],
                            words=[(WORDS[i % 6], 1.0, 4.0)], speech=[("hello number " + str(i), 2.0)])  # fmt: skip
            make_clip(clips / f"clip{i:02d}.mp4", spec)
        settings = load_settings(perceptors=args.perceptors.split(","), cache=False, concurrency=1)
        dump = settings.model_dump(mode="json")
        workers = args.workers or default_workers(dump)
        rates = {}
        for label, n in (("sequential", 1), (f"pool of {workers}", workers)):
            out = Path(tmp) / label.replace(" ", "-")
            t0 = time.perf_counter()
            counts = run_batch([str(clips)], BatchSpec(out, dump), workers=n, progress=False)
            seconds = time.perf_counter() - t0
            assert counts["ok"] == args.clips, counts
            rates[label] = args.clips / seconds * 60
            print(f"{label:<14} {seconds:7.1f} s  {rates[label]:6.1f} videos/min")
        seq, pool = rates["sequential"], rates[f"pool of {workers}"]
        print(f"pool / sequential: {pool / seq:.2f}x  ({args.clips} clips of 6 s, perceptors {args.perceptors})")


if __name__ == "__main__":
    main()
