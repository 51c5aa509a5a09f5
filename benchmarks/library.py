"""Library scale: index N synthetic transcripts (real MiniLM vectors) and time word and meaning searches.

    python benchmarks/library.py [--videos 1000] [--lines 30] [--queries 100]

Prints index time, store size, and p50/p95 latency of word (FTS5) and meaning (MiniLM query
embedding + one matrix product) searches, measured side by side in one run. Goals on 2 CPU cores:
p95 < 100 ms for words, < 300 ms for meaning.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from videochat.contracts.events import Event, Transcript  # noqa: E402
from videochat.library.search import search  # noqa: E402
from videochat.library.store import SEARCHABLE, LibraryStore  # noqa: E402
from videochat.llm.context import minilm_embedder  # noqa: E402

NOUNS = ("dog cat car bicycle boat harbour storm garden rose kitchen guitar piano beach mountain train bus street "
         "market child teacher doctor river bridge forest snow rain sunset city tower castle horse bird").split()
VERBS = "runs sings cooks drives swims talks laughs waits walks jumps paints reads builds opens closes".split()


def transcript(i: int, lines: int, rng: random.Random) -> Transcript:
    events, t = [], 0.0
    for _ in range(lines):
        kind = rng.choice(("speech", "text", "tags", "people", "subtitle"))
        if kind in ("speech", "subtitle"):
            text = f"the {rng.choice(NOUNS)} {rng.choice(VERBS)} near the {rng.choice(NOUNS)}"
        elif kind == "text":
            text = rng.choice(NOUNS).upper()
        elif kind == "tags":
            text = f"a {rng.choice(NOUNS)}"
        else:
            text = f"{rng.randint(1, 4)} people"
        events.append(Event(t, t + 4, kind, "bench", text))
        t += rng.uniform(2, 8)
    return Transcript(f"/videos/clip{i:04d}.mp4", t + 4, events, {}, {}, [])


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--videos", type=int, default=1000)
    ap.add_argument("--lines", type=int, default=30)
    ap.add_argument("--queries", type=int, default=100)
    args = ap.parse_args()
    rng = random.Random(7)
    embed = minilm_embedder()
    if embed is None:
        sys.exit("MiniLM is not available (videochat models pull all-minilm-l6-v2)")
    with tempfile.TemporaryDirectory() as tmp:
        store = LibraryStore(Path(tmp) / "library.sqlite")
        t0 = time.perf_counter()
        embed_s = 0.0
        for i in range(args.videos):
            tr = transcript(i, args.lines, rng)
            texts = [ev.text for ev in tr.events if ev.kind in SEARCHABLE]
            e0 = time.perf_counter()
            vectors = embed(texts)
            embed_s += time.perf_counter() - e0
            store.put(tr.video, f"h{i}", 1, 0.0, tr, vectors)
        index_s = time.perf_counter() - t0
        stats = store.stats()
        queries = [f"{rng.choice(NOUNS)} {rng.choice(VERBS)}" for _ in range(args.queries)]
        search(store, "warm up", mode="meaning")  # the matrix is read once, then kept
        words, meaning = [], []
        for q in queries:  # interleaved, so both see the same machine noise
            s0 = time.perf_counter()
            search(store, q, mode="words")
            words.append((time.perf_counter() - s0) * 1000)
            s0 = time.perf_counter()
            search(store, q, mode="meaning")
            meaning.append((time.perf_counter() - s0) * 1000)
    print(f"videos {stats['videos']}, lines {stats['lines']}, store {stats['bytes'] / 1e6:.1f} MB "
          f"({stats['bytes'] / max(1, stats['lines']):.0f} B/line)")
    print(f"index: {index_s:.1f} s ({embed_s:.1f} s of it MiniLM), {args.videos / index_s:.1f} videos/s")
    print(f"words   search: p50 {statistics.median(words):6.1f} ms  p95 {pct(words, 0.95):6.1f} ms  (goal < 100)")
    print(f"meaning search: p50 {statistics.median(meaning):6.1f} ms  p95 {pct(meaning, 0.95):6.1f} ms  (goal < 300)")
    print(f"meaning / words p95 ratio: {pct(meaning, 0.95) / pct(words, 0.95):.1f}x")


if __name__ == "__main__":
    main()
