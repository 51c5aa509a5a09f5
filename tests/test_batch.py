"""Batch runs: local process pool and Ray local mode, failures recorded, reruns skip finished videos."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from media import ClipSpec, make_clip

from videochat.config import load_settings
from videochat.frontends.batch import BatchSpec, collect, run_batch, video_id


@pytest.fixture(scope="module")
def folder(tmp_path_factory, story) -> Path:
    """Two good clips and a truncated one, in nested folders."""
    root = tmp_path_factory.mktemp("videos")
    shutil.copy(story[0], root / "story.mp4")
    (root / "more").mkdir()
    make_clip(root / "more" / "tiger.mp4", ClipSpec(shots=[("navy", 3.0), ("purple", 3.0)], words=[("TIGER", 1.0, 3.0)],
                                                     speech=[("hello there", 2.0)]))  # fmt: skip
    (root / "more" / "broken.mp4").write_bytes(story[0].read_bytes()[:4000])
    (root / "notes.txt").write_text("not a video")
    return root


def spec_for(outdir: Path, **extra) -> BatchSpec:
    settings = load_settings(perceptors=["shots", "ocr"])
    return BatchSpec(outdir, settings.model_dump(mode="json"), **extra)


def events_of(outdir: Path, path: Path) -> list[dict]:
    return json.loads((outdir / f"{video_id(path)}.json").read_text())["transcript"]["events"]


@pytest.mark.e2e
def test_collect_finds_videos_in_folders_and_globs(folder):
    found = collect([str(folder)])
    assert sorted(p.name for p in found) == ["broken.mp4", "story.mp4", "tiger.mp4"]
    assert [p.name for p in collect([str(folder / "**" / "t*.mp4")])] == ["tiger.mp4"]


@pytest.mark.e2e
@pytest.mark.model
def test_local_pool_records_failures_and_reruns_skip_done_videos(folder, tmp_path):
    out = tmp_path / "out"
    counts = run_batch([str(folder)], spec_for(out), workers=2, progress=False)
    assert counts == {"ok": 2, "failed": 1, "skipped": 0}
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    broken = next(r for r in records if r["video"].endswith("broken.mp4"))
    assert broken["status"] == "failed" and "not a readable video" in broken["error"]
    assert "broken.mp4" in broken["error"] and str(folder) not in broken["error"]  # the file, not where it lives
    texts = {e["text"] for e in events_of(out, folder / "more" / "tiger.mp4")}
    assert "TIGER" in texts
    again = run_batch([str(folder)], spec_for(out), workers=2, progress=False)
    assert again == {"ok": 0, "failed": 1, "skipped": 2}  # only the broken one is tried again
    lines = (out / "results.jsonl").read_text().splitlines()
    assert len(lines) == 3  # one record per video: the retried failure replaced its old record


@pytest.mark.unit
def test_outputs_name_files_without_private_folders(tmp_path, isolated):
    """Perceptor errors and warnings in a video's output never say where the cache or temp files are."""
    import time

    from videochat.contracts.events import PerceptorRun, Transcript
    from videochat.frontends.batch_records import finish
    from videochat.frontends.redact import without_folders

    spool = isolated / "tmp" / "run-1" / "frames.u8"
    runs = {"ocr": PerceptorRun("1", status="failed", error=f"StorageError: cannot write {spool}: full")}
    transcript = Transcript("v.mp4", 1.0, [], runs, warnings=[f"could not save ocr's results to {isolated}/cache.sqlite"])
    spec = spec_for(tmp_path)
    finish(spec, tmp_path / "v.mp4", transcript, time.time())
    text = (tmp_path / f"{video_id(tmp_path / 'v.mp4')}.json").read_text()
    assert "tmp/run-1/frames.u8" in text and "cache.sqlite" in text and str(isolated) not in text
    assert without_folders("/srv/up/x.mp4, /srv/upper/y.mp4, /srv/up", ["/srv/up", "/"]) == "x.mp4, /srv/upper/y.mp4, "


@pytest.mark.e2e
@pytest.mark.model
def test_workers_die_with_the_batch(folder, tmp_path):
    """kill -9 of the batch process takes its pool workers with it (no orphans holding models)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-m", "videochat", "batch", str(folder), "-o", str(tmp_path / "o"),
                             "--workers", "2", "--perceptors", "shots,ocr", "--no-cache", "-q"])  # fmt: skip
    deadline = time.time() + 60
    children: list[int] = []
    while time.time() < deadline and len(children) < 2:
        out = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        children = [int(pid) for pid in out]
        time.sleep(0.2)
    assert children, "no workers started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(os.path.exists(f"/proc/{pid}") and "zombie" not in open(f"/proc/{pid}/status").read().lower() for pid in children):
        time.sleep(0.2)
    alive = [pid for pid in children if os.path.exists(f"/proc/{pid}") and "zombie" not in open(f"/proc/{pid}/status").read().lower()]
    assert not alive, f"orphaned workers {alive}"


@pytest.mark.e2e
@pytest.mark.model
def test_batch_cli_with_questions(folder, tmp_path):
    out = tmp_path / "cli"
    proc = run_cli("batch", str(folder / "story.mp4"), "-o", str(out), "--perceptors", "shots,ocr",
                   "--ask", "When does the word WORLD first appear on screen?", "-q")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads((out / f"{video_id(folder / 'story.mp4')}.json").read_text())
    assert "[00:11" in result["answers"][0]["answer"]
    assert "1 done, 0 failed" in proc.stderr


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_ray_local_mode_gives_the_same_transcripts(folder, tmp_path):
    pytest.importorskip("ray.data")
    import ray

    local, distributed = tmp_path / "local", tmp_path / "ray"
    run_batch([str(folder)], spec_for(local), workers=2, progress=False)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        counts = run_batch([str(folder)], spec_for(distributed), use_ray=True, progress=False)
    finally:
        ray.shutdown()
    assert counts == {"ok": 2, "failed": 1, "skipped": 0}
    for name in ("story.mp4", "more/tiger.mp4"):
        assert events_of(local, folder / name) == events_of(distributed, folder / name)


@pytest.mark.unit
def test_speed_options_do_not_change_the_cache_key():
    from videochat.perceptors.registry import registry
    from videochat.pipeline.runner import plan
    from videochat.pipeline.sampler import SampleSpec

    keys = []
    for threads in (1, 2):
        settings = load_settings(perceptors=["ocr"], perceptor_options=[f"ocr.threads={threads}"])
        keys.append(plan(settings, registry(), SampleSpec(1.0, 900, 480))[0].cache_options)
    assert keys[0] == keys[1]
    other = load_settings(perceptors=["ocr"], perceptor_options=["ocr.min_score=0.9"])
    assert plan(other, registry(), SampleSpec(1.0, 900, 480))[0].cache_options != keys[0]
