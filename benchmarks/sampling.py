"""Benchmark videochat's one-pass sampler against plain ffmpeg, side by side in one run.

What it measures, on a synthetic clip (default 60 s, 1280x720, 30 fps H.264 + AAC, with two hard cuts):

* ``ffmpeg -f null`` full decode of video and audio (the floor any decoder pays),
* ``open_media`` in-process: probe + one ffmpeg pass yielding 1 fps frames, scene scores and 16 kHz audio,
* per-frame input seeking (one ``ffmpeg -ss t`` per sampled second) plus one audio extraction pass,
* the ``videochat transcript`` CLI cold (fresh cache) and cached, with each perceptor's seconds.

The variants are interleaved in every repetition (order rotated) and the median of ``--repeat`` runs is
reported, so ratios printed together were measured under the same machine load.

Run::

    .venv/bin/python benchmarks/sampling.py [--duration 60] [--repeat 3] [--keep DIR] [--skip-transcript]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VENV_BIN = Path(sys.executable).parent
SOURCES = ["testsrc2=s=1280x720:r=30", "smptehdbars=s=1280x720:r=30", "testsrc=s=1280x720:r=30"]


def make_clip(path: Path, duration: float) -> None:
    """Three equal segments from different lavfi sources (two hard cuts), a sine tone as audio."""
    seg = duration / len(SOURCES)
    args = ["ffmpeg", "-v", "error", "-y"]
    for src in SOURCES:
        args += ["-f", "lavfi", "-t", f"{seg:.3f}", "-i", src]
    args += ["-f", "lavfi", "-t", f"{duration:.3f}", "-i", "sine=frequency=440:sample_rate=44100"]
    chain = "".join(f"[{i}:v]" for i in range(len(SOURCES))) + f"concat=n={len(SOURCES)}:v=1:a=0[v]"
    args += ["-filter_complex", chain, "-map", "[v]", "-map", f"{len(SOURCES)}:a"]
    args += ["-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path)]
    subprocess.run(args, check=True)


def run_quiet(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} ... failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return proc


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ffmpeg_null(path: Path) -> None:
    run_quiet(["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"])


def seek_frames_and_audio(path: Path, duration: float) -> None:
    for t in range(int(duration)):
        out = run_quiet(["ffmpeg", "-v", "error", "-ss", str(t), "-i", str(path), "-frames:v", "1",
                         "-vf", "scale=-2:480", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]).stdout
        if not out:
            raise RuntimeError(f"seeking to {t}s produced no frame")
    run_quiet(["ffmpeg", "-v", "error", "-i", str(path), "-vn", "-ac", "1", "-ar", "16000", "-f", "f32le", "-"])


class SamplerRun:
    """One in-process sampler pass; remembers what it produced for the report."""

    stats: dict[str, Any] = {}
    probe_times: list[float] = []

    def __call__(self, path: Path) -> float:
        from videochat.pipeline.probe import probe
        from videochat.pipeline.sampler import SampleSpec, open_media

        start = time.perf_counter()
        info = probe(path)
        probed = time.perf_counter()
        media = open_media(info, SampleSpec())
        used = sum(1 for _ in media.frames)
        media.wait()
        elapsed = time.perf_counter() - start
        audio = media.audio
        times, scores = media.scene
        cuts = [round(float(t), 2) for t, s in zip(times, scores) if s > 0.3]
        SamplerRun.stats = {"used": used, "decoded": media.decoded_frames, "scene_scores": len(scores),
                            "audio_s": 0.0 if audio is None else len(audio) / 16_000, "cuts": cuts,
                            "warnings": list(media.warnings)}
        SamplerRun.probe_times.append(probed - start)
        media.close()
        return elapsed


def transcript(path: Path, env: dict[str, str]) -> tuple[float, dict]:
    cmd = [str(VENV_BIN / "videochat"), "transcript", str(path), "--format", "json", "-q"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"  (transcript exited {proc.returncode}: {proc.stderr.decode()[-300:].strip()})")
    try:
        return elapsed, json.loads(proc.stdout)
    except ValueError:
        return elapsed, {}


def bench_transcript(clip: Path, tmp: Path, duration: float) -> None:
    models = Path(os.environ.get("VIDEOCHAT_MODELS_DIR") or "~/.cache/videochat/models").expanduser()
    env = {**os.environ, "VIDEOCHAT_MODELS_DIR": str(models)}
    # Warm-up on a short clip with its own cache, so model downloads are not counted as "cold".
    warm = tmp / "warmup.mp4"
    make_clip(warm, 3.0)
    transcript(warm, {**env, "XDG_CACHE_HOME": str(tmp / "cache-warmup")})
    env["XDG_CACHE_HOME"] = str(tmp / "cache-cold")
    cold, cold_doc = transcript(clip, env)
    cached, cached_doc = transcript(clip, env)
    print(f"{'transcript cold / cached':32s}{cold:.1f} s / {cached:.1f} s  (x{cold / max(cached, 1e-9):.0f})")
    per_min = duration / 60.0
    print("per-perceptor seconds, cold (cost per minute of video) | cached:")
    runs, again = cold_doc.get("perceptors", {}), cached_doc.get("perceptors", {})
    for name, run in runs.items():
        sec = float(run.get("seconds") or 0.0)
        c = again.get(name, {})
        extra = f"  error: {run['error'][:100]}" if run.get("error") else ""
        print(f"  {name:10s} {sec:7.2f} s ({sec / per_min:6.2f} s/min)  {run.get('status'):7s} events={run.get('events')}"
              f" | cached={c.get('cached')} {float(c.get('seconds') or 0):.2f} s{extra}")
    if not runs:
        print("  (no perceptor data: transcript JSON missing)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=60.0, help="clip length in seconds (default 60)")
    ap.add_argument("--repeat", type=int, default=3, help="repetitions; the median is reported (default 3)")
    ap.add_argument("--keep", type=Path, help="keep the generated clip and caches in this directory")
    ap.add_argument("--skip-transcript", action="store_true", help="skip the cold/cached transcript runs")
    args = ap.parse_args(argv)

    import videochat.pipeline.sampler  # noqa: F401 - import cost stays out of the first timed sampler run

    tmp = Path(args.keep or tempfile.mkdtemp(prefix="vc-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        clip = tmp / "clip.mp4"
        make_clip(clip, args.duration)
        print(f"clip: {args.duration:.1f} s 1280x720 30 fps h264+aac, cuts at "
              f"{', '.join(f'{args.duration * i / len(SOURCES):.1f}' for i in range(1, len(SOURCES)))} s "
              f"({clip.stat().st_size / 1e6:.1f} MB)")
        variants: dict[str, Callable[[], float]] = {
            "null": lambda: timed(lambda: ffmpeg_null(clip)),
            "sampler": lambda: SamplerRun()(clip),
            "seek": lambda: timed(lambda: seek_frames_and_audio(clip, args.duration)),
        }
        samples: dict[str, list[float]] = {k: [] for k in variants}
        names = list(variants)
        for rep in range(args.repeat):
            for name in names[rep % len(names):] + names[:rep % len(names)]:  # rotate the order
                samples[name].append(variants[name]())
        med = {k: statistics.median(v) for k, v in samples.items()}
        spread = {k: f"[{min(v):.2f}-{max(v):.2f}]" for k, v in samples.items()}
        print(f"{'ffmpeg -f null full decode':32s}{med['null']:6.2f} s  {spread['null']}")
        print(f"{'videochat sampler (one pass)':32s}{med['sampler']:6.2f} s  {spread['sampler']}"
              f"   ratio {med['sampler'] / med['null']:.2f}  (target <= 1.10)")
        probe_s = statistics.median(SamplerRun.probe_times)
        print(f"{'  of which ffprobe':32s}{probe_s:6.2f} s          decode pass alone: ratio "
              f"{(med['sampler'] - probe_s) / med['null']:.2f}")
        print(f"{'per-frame seeking + audio':32s}{med['seek']:6.2f} s  {spread['seek']}"
              f"   ratio {med['sampler'] / med['seek']:.2f}  (target <= 0.40)")
        st = SamplerRun.stats
        print(f"{'frames decoded / frames used':32s}{st['decoded']} / {st['used']} = {st['decoded'] / max(st['used'], 1):.1f}")
        print(f"{'scene scores / audio seconds':32s}{st['scene_scores']} / {st['audio_s']:.1f} s;"
              f" scene score > 0.3 at {st['cuts']}")
        if st["warnings"]:
            print(f"sampler warnings: {st['warnings']}")
        if not args.skip_transcript:
            bench_transcript(clip, tmp, args.duration)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
