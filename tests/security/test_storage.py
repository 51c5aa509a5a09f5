"""Storage faults: a corrupt cache, an unusable cache dir, a full database, a killed run's spool."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import run_cli

LITE = ("--perceptors", "shots,ocr")


def test_a_corrupt_cache_is_moved_aside_and_rebuilt(story, isolated):
    cache = isolated / "cache.sqlite"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"this is not an sqlite database" * 100)
    proc = run_cli("transcript", str(story[0]), *LITE, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "was corrupt" in proc.stderr and str(cache) in proc.stderr and "Traceback" not in proc.stderr
    assert list(cache.parent.glob("cache.sqlite.corrupt-*"))
    again = run_cli("transcript", str(story[0]), *LITE, "--format", "json")
    assert all(run["cached"] for run in json.loads(again.stdout)["perceptors"].values())


def test_an_unusable_cache_dir_is_one_line_and_no_cache_still_works(story, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")  # a cache dir inside a file cannot be created, even by root
    env = {"VIDEOCHAT_CACHE_DIR": str(blocker / "cache")}
    proc = run_cli("transcript", str(story[0]), *LITE, env=env)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and str(blocker) in proc.stderr and "--no-cache" in proc.stderr
    ok = run_cli("transcript", str(story[0]), *LITE, "--no-cache", env=env)
    assert ok.returncode == 0, ok.stderr
    assert "HELLO" in ok.stdout


def test_a_database_that_refuses_writes_loses_no_results(story, isolated, monkeypatch):
    """Every cache write fails (as on a full or read-only disk): the transcript still has every event."""
    from videochat.config import load_settings
    from videochat.pipeline import cache as cache_mod
    from videochat.pipeline.runner import build_transcript

    real = cache_mod.Cache._connect

    def tiny(self):
        db = real(self)
        db.execute("PRAGMA query_only = 1")
        return db

    settings = load_settings(perceptors=["shots", "ocr"])
    cache_mod.Cache(settings.cache_dir / "cache.sqlite")  # the schema fits; results will not
    monkeypatch.setattr(cache_mod.Cache, "_connect", tiny)
    transcript = build_transcript(story[0], settings, progress=False)
    assert {"HELLO", "WORLD"} <= {ev.text for ev in transcript.events}
    assert any("could not save" in w and "cache.sqlite" in w for w in transcript.warnings), transcript.warnings
    with sqlite3.connect(settings.cache_dir / "cache.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == 0


def test_a_killed_runs_spool_is_swept_by_the_next_run(story, isolated, tmp_path):
    from media import ClipSpec, make_clip

    long_clip = tmp_path / "long.mp4"
    make_clip(long_clip, ClipSpec(shots=[("navy", 40.0)], words=[("SLOW", 1.0, 39.0)], speech=[], audio=False))
    spool = isolated / "tmp"
    proc = subprocess.Popen([sys.executable, "-m", "videochat", "transcript", str(long_clip), "--perceptors", "ocr",
                             "--fps", "5", "--no-cache", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.time() + 60
    while time.time() < deadline and not list(spool.glob("run-*/frames.u8")):
        time.sleep(0.2)
    assert list(spool.glob("run-*")), "the run never started spooling"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list(spool.glob("run-*"))  # left behind by the kill
    ok = run_cli("transcript", str(story[0]), *LITE)
    assert ok.returncode == 0, ok.stderr
    assert not list(spool.glob("run-*"))
