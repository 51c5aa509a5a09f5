"""Live watch: how long after something happens its event appears, per perceptor, and memory over time.

Replays a generated clip (a cut, a word on screen and a spoken sentence every 8 s) at real speed
through `Watch`, the way `videochat watch --realtime` does, with the chosen profile. Latency is from
the moment a thing starts in the stream to the moment its event is found (so a sentence counts its
own length too). Prints p50/p95/max per perceptor, the resident memory after each minute, and
chunks dropped because perception fell behind.

    python benchmarks/live.py [--minutes 3] [--chunk 5] [--profile lite] [--speed 1]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from media import ClipSpec, make_clip  # noqa: E402

from videochat.config import load_settings  # noqa: E402
from videochat.live.watch import Watch, WatchOptions  # noqa: E402

WORDS = ["GARDEN", "PLANET", "RIVER", "CASTLE", "ORANGE", "WINDOW", "BRIDGE", "FOREST"]
SENTENCES = ["the train leaves at noon", "please close the door", "we will meet by the river",
             "the cat sleeps on the mat", "bring two cups of coffee", "turn left at the bridge"]  # fmt: skip
COLOURS = ["navy", "darkred", "darkgreen", "purple", "teal", "olive"]


def clip(minutes: float, folder: Path) -> Path:
    n = max(1, int(minutes * 60 // 8))
    spec = ClipSpec(shots=[(COLOURS[i % len(COLOURS)], 8.0) for i in range(n)],
                    words=[(WORDS[i % len(WORDS)], i * 8 + 1.0, i * 8 + 5.0) for i in range(n)],
                    speech=[(SENTENCES[i % len(SENTENCES)], i * 8 + 3.0) for i in range(0, n, 2)])  # fmt: skip
    path = folder / f"live-{minutes:g}m.mp4"
    make_clip(path, spec)
    return path


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=3.0)
    ap.add_argument("--chunk", type=float, default=5.0)
    ap.add_argument("--profile", default="lite")
    ap.add_argument("--speed", type=float, default=1.0)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="vc-live-bench-"))
    print(f"building a {args.minutes:g}-minute clip ...", file=sys.stderr)
    video = clip(args.minutes, folder)
    settings = load_settings(profile=args.profile)
    watch = Watch(str(video), settings, WatchOptions(chunk_s=args.chunk, realtime=True, speed=args.speed,
                                                     folder=folder / "out"))  # fmt: skip
    dropped = []
    watch.listeners.append(lambda r: dropped.append(r) if r["type"] == "event" and r["event"]["kind"] == "gap" else None)
    memory = [(0.0, rss_mb())]
    t0 = time.time()
    watch.start()
    next_minute = 60.0
    while not watch.wait(1.0):
        if watch.now >= next_minute:
            memory.append((watch.now, rss_mb()))
            next_minute += 60.0
    memory.append((watch.now, rss_mb()))
    wall = time.time() - t0
    print(f"\n{args.profile} profile, {args.chunk:g} s chunks, {watch.now:.0f} s of stream in {wall:.0f} s "
          f"(speed {args.speed:g}), {os.cpu_count()} CPUs")  # fmt: skip
    print(f"{'perceptor':<10} {'events':>6} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'busy s':>7}")
    for name, lat in sorted(watch.latency.items()):
        a = np.array(lat)
        busy = watch.runs[name].seconds if name in watch.runs else 0.0
        print(f"{name:<10} {len(a):>6} {np.percentile(a, 50):>7.1f} {np.percentile(a, 95):>7.1f} {a.max():>7.1f} {busy:>7.1f}")
    print(f"chunks dropped (perception behind): {len(dropped)}")
    print("memory (stream s -> RSS MB): " + ", ".join(f"{t:.0f}->{m:.0f}" for t, m in memory))
    for name, run in watch.runs.items():
        if run.status != "ok":
            print(f"  {name}: {run.status} {run.error or ''}")


if __name__ == "__main__":
    main()
