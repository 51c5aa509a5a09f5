"""Storage faults: a corrupt cache, an unusable cache dir, a full database, a killed run's spool."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.model]


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


def _limited(limit: int):
    """preexec_fn: files this process writes may not grow past ``limit`` bytes (a full disk, per file).
    Python ignores SIGXFSZ, so its writes fail with EFBIG; ffmpeg gets the default action back and is
    killed by it: both must come out as one line naming what could not be written."""
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_is_one_line_naming_the_file(story, isolated):
    def run(limit: int, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "videochat", "transcript", str(story[0]), *LITE, "-q", *args],
                              capture_output=True, text=True, timeout=120, preexec_fn=_limited(limit))  # fmt: skip

    for args in ((), ("--no-cache",)):  # the frame spool cannot grow: no partial transcript, no traceback
        proc = run(100_000, *args)
        assert proc.returncode == 2 and proc.stdout == "", proc.stderr
        assert proc.stderr.count("\n") == 1 and "frames.u8: File too large" in proc.stderr, proc.stderr
        assert str(isolated / "tmp") in proc.stderr
    proc = run(600_000, "--short-side", "64")  # the frames fit, ffmpeg's audio track does not
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert "file size limit exceeded" in proc.stderr and "Traceback" not in proc.stderr
    assert not list((isolated / "tmp").glob("run-*"))  # nothing left behind
    with open("/dev/full", "w") as full:  # results written to a full disk
        proc = subprocess.run([sys.executable, "-m", "videochat", "transcript", str(story[0]), "--perceptors", "shots",
                               "-q"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 2 and proc.stderr == "videochat: error: cannot write the output: No space left on device\n"


_IN_NAMESPACE = r"""
import json, os, subprocess, sys
cache, story = sys.argv[1], sys.argv[2]
def sh(*cmd): subprocess.run(cmd, check=True)
def transcript(*args):
    p = subprocess.run([sys.executable, "-m", "videochat", "transcript", story, "--perceptors", "shots,ocr", "-q", *args],
                       capture_output=True, text=True)
    return {"rc": p.returncode, "out": p.stdout, "err": p.stderr}
os.makedirs(cache, exist_ok=True)
sh("mount", "-t", "tmpfs", "-o", "size=512k", "none", cache)
os.mkdir(cache + "/tmp")
sh("mount", "-t", "tmpfs", "-o", "size=64m", "none", cache + "/tmp")  # the frame spool has room
from videochat.pipeline.cache import Cache
Cache(cache + "/cache.sqlite")
st = os.statvfs(cache)
with open(cache + "/filler", "wb") as f:  # room for SQLite's shared-memory index and WAL header, not for results
    f.write(b"x" * (st.f_bavail * st.f_frsize - 9 * 4096))
results = {"full": transcript()}
import sqlite3
db = sqlite3.connect(cache + "/cache.sqlite")
results["rows"] = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
db.close()
sh("umount", cache + "/tmp")
sh("mount", "-o", "remount,ro", cache)
results["ro"] = transcript()
results["ro_no_cache"] = transcript("--no-cache")
print(json.dumps(results))
"""


def test_a_full_or_read_only_cache_disk_loses_nothing(story, isolated):
    """A real full disk (a small tmpfs): every result is still printed, each failed save is one warning
    naming the cache; then a read-only disk: one line naming the cache, and --no-cache works on it."""
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("no user and mount namespaces here (unshare -rm) to mount a small tmpfs")
    proc = subprocess.run(["unshare", "-rm", sys.executable, "-c", _IN_NAMESPACE, str(isolated), str(story[0])],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    full = got["full"]
    assert full["rc"] == 0 and "HELLO" in full["out"] and "WORLD" in full["out"] and "shot 3 of 3" in full["out"], full
    warnings = full["err"].strip().splitlines()
    assert len(warnings) == 2 and all("could not save" in w and "cache.sqlite" in w and "full" in w for w in warnings)
    assert got["rows"] == 0
    ro = got["ro"]
    assert ro["rc"] == 2 and ro["err"].count("\n") == 1 and str(isolated / "cache.sqlite") in ro["err"], ro
    assert "read-only" in ro["err"] and "--no-cache" in ro["err"] and "Traceback" not in ro["err"]
    assert got["ro_no_cache"]["rc"] == 0 and "HELLO" in got["ro_no_cache"]["out"], got["ro_no_cache"]


def test_a_full_disk_on_the_server_is_507_naming_no_server_folder(story, isolated):
    """The server's own disk is full: the client hears so (507), with the file but not where it lives."""
    import httpx
    from conftest import free_port, serving

    port = free_port()
    limited = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000)); "
               "sys.argv = ['videochat', *sys.argv[1:]]; runpy.run_module('videochat', run_name='__main__')")  # fmt: skip
    cmd = [sys.executable, "-c", limited, "serve", "--port", str(port), "--perceptors", "shots", "-q"]
    base = f"http://127.0.0.1:{port}"
    with serving(cmd, dict(os.environ), f"{base}/healthz"):
        vid = httpx.post(f"{base}/videos", files={"file": ("story.mp4", story[0].read_bytes())}).json()["id"]
        r = httpx.get(f"{base}/videos/{vid}/transcript", timeout=120)
    assert r.status_code == 507 and "frames.u8: File too large" in r.json()["detail"], r.text
    assert str(isolated) not in r.text
