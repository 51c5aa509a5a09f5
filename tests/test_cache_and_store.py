"""Crash safety of the result cache; the model store's resolution and its errors."""

from __future__ import annotations

import sqlite3
import textwrap

import pytest
from conftest import run_cli
from test_plugins import fake_install

from videochat.contracts.errors import ModelUnavailable
from videochat.models import ModelStore
from videochat.pipeline.cache import Cache

CRASHER = textwrap.dedent(
    '''
    import os, sqlite3, time
    from videochat.perceptors.base import Perceptor

    class Crash(Perceptor):
        name = "crash"

        def __call__(self, inputs, options):
            for _ in inputs.frames:
                pass
            deadline = time.time() + 120
            while time.time() < deadline:  # let the other perceptors finish and be cached (however loaded the machine)
                try:
                    with sqlite3.connect(os.environ["CRASH_DB"]) as db:
                        if db.execute("SELECT COUNT(*) FROM results").fetchone()[0] >= 2:
                            break
                except sqlite3.Error:
                    pass
                time.sleep(0.2)
            os._exit(3)  # the whole process dies, as on a power cut or an OOM kill
    '''
)


@pytest.mark.e2e
@pytest.mark.model
def test_crash_mid_run_leaves_only_whole_entries(story, tmp_path, isolated):
    path, _ = story
    site = tmp_path / "site"
    site.mkdir()
    fake_install(site, "videochat-crash", "videochat_crash", CRASHER, "crash = videochat_crash:Crash")
    env = {"PYTHONPATH": str(site), "CRASH_DB": str(isolated / "cache.sqlite")}
    proc = run_cli("transcript", str(path), "--perceptors", "crash,shots,faces", "-q", env=env)
    assert proc.returncode == 3
    db = isolated / "cache.sqlite"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = dict(conn.execute("SELECT perceptor, events FROM results").fetchall())
    assert set(rows) == {"shots", "faces"}
    cache = Cache(db)
    shots = [r for r in (cache.get(*key) for key in _keys(db, "shots")) if r]
    assert len(shots[0][0]) == 3  # all three shots, complete


def _keys(db, perceptor):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT video, perceptor, version, options FROM results WHERE perceptor=?", (perceptor,)).fetchall()


@pytest.mark.unit
def test_store_resolution_order(tmp_path):
    store = ModelStore(tmp_path / "store", allow_download=False)
    local = tmp_path / "my-model"
    local.mkdir()
    assert store.resolve(str(local)) == local
    with pytest.raises(ModelUnavailable, match="videochat models pull whisper-tiny.en"):
        store.resolve("whisper-tiny.en")
    with pytest.raises(ModelUnavailable, match="neither a local path nor a known model"):
        store.resolve("no-such-model")
    placed = store.path_of(__import__("videochat.models", fromlist=["KNOWN"]).KNOWN["whisper-tiny.en"])
    placed.mkdir(parents=True)
    assert store.resolve("whisper-tiny.en") == placed


@pytest.mark.model
def test_models_pull_and_list(models_dir):
    pulled = run_cli("models", "pull", "whisper-tiny.en")
    assert pulled.returncode == 0, pulled.stderr
    target = pulled.stdout.strip().split(": ", 1)[1]
    assert target.startswith(str(models_dir)) and (__import__("pathlib").Path(target) / "model.bin").exists()
    listing = run_cli("models")
    line = next(l for l in listing.stdout.splitlines() if l.startswith("whisper-tiny.en"))
    assert "needed by asr" in line and "present" in line
    assert not list(models_dir.glob(".fetch-*"))  # no half-fetched leftovers


@pytest.mark.model
def test_models_list_and_pull_name_a_profiles_hub_models(models_dir, tmp_path):
    """``standard`` needs hub models; offline they are listed as missing and pull reports each one."""
    env = {"VIDEOCHAT_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    listing = run_cli("models", "list", "--profile", "standard", env=env)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    for hub_id, user in (("Salesforce/blip-image-captioning-base", "caption"),
                         ("MCG-NJU/videomae-base-finetuned-kinetics", "action")):  # fmt: skip
        line = next(l for l in lines if l.startswith(hub_id))
        assert f"needed by {user}" in line and line.endswith("missing")
    assert "videochat models pull --profile standard" in lines[-1]

    pulled = run_cli("models", "pull", "Salesforce/blip-image-captioning-base", "whisper-tiny.en", env=env)
    assert pulled.returncode == 2
    errors = pulled.stderr.strip().splitlines()
    assert len(errors) == 1 and "blip-image-captioning-base" in errors[0] and "Traceback" not in pulled.stderr
    assert pulled.stdout.startswith("whisper-tiny.en: ")  # the failure did not stop the next model
