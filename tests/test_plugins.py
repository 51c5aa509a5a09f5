"""Perceptor plugins register through the same entry-point group as the built-ins."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from conftest import run_cli, transcript_json
from media import ClipSpec, make_clip

EXAMPLE = Path(__file__).parents[1] / "examples" / "videochat-brightness" / "videochat_brightness.py"

FAILING = textwrap.dedent(
    '''
    from videochat.perceptors.base import Perceptor

    class Broken(Perceptor):
        name = "broken"
        input = "frames"

        def __call__(self, inputs, options):
            next(iter(inputs.frames))
            raise RuntimeError("model exploded")
    '''
)


def fake_install(site: Path, dist: str, module: str, source: str, entry: str) -> None:
    """What ``pip install`` leaves behind, without installing: a module and a dist-info with entry points."""
    (site / f"{module}.py").write_text(source)
    info = site / f"{dist.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text(f"[videochat.perceptors]\n{entry}\n")


@pytest.fixture
def plugin_env(tmp_path) -> dict:
    site = tmp_path / "site"
    site.mkdir()
    fake_install(site, "videochat-brightness", "videochat_brightness", EXAMPLE.read_text(),
                 "brightness = videochat_brightness:BrightnessPerceptor")
    fake_install(site, "videochat-broken", "videochat_broken", FAILING, "broken = videochat_broken:Broken")
    return {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}


@pytest.mark.e2e
def test_plugin_is_listed_and_used(plugin_env, tmp_path):
    listing = run_cli("perceptors", env=plugin_env)
    assert listing.returncode == 0, listing.stderr
    line = next(l for l in listing.stdout.splitlines() if " brightness " in l)
    assert "ok" in line and "videochat-brightness" in line
    clip = tmp_path / "dark.mp4"
    make_clip(clip, ClipSpec(shots=[("black", 3.0), ("white", 3.0)], words=[], audio=False))
    result = transcript_json(str(clip), "--perceptors", "brightness,shots", env=plugin_env)
    lighting = [(e["text"], e["start"], e["end"]) for e in result["events"] if e["kind"] == "lighting"]
    assert lighting == [("dark picture", 0.0, 3.0), ("bright picture", 3.0, 6.0)]
    tuned = transcript_json(str(clip), "--perceptors", "brightness", "--perceptor-option", "brightness.dark=0",
                            env=plugin_env)  # fmt: skip
    assert [e["text"] for e in tuned["events"]] == ["bright picture"]


@pytest.mark.e2e
def test_failing_perceptor_keeps_the_others(plugin_env, story):
    path, _ = story
    proc = run_cli("transcript", str(path), "--perceptors", "broken,shots", "--format", "json", env=plugin_env)
    assert proc.returncode == 0
    assert "broken failed: RuntimeError: model exploded" in proc.stderr
    assert "Traceback" not in proc.stderr
    import json

    result = json.loads(proc.stdout)
    assert result["perceptors"]["broken"]["status"] == "failed"
    assert result["perceptors"]["broken"]["error"] == "RuntimeError: model exploded"
    assert result["perceptors"]["shots"]["status"] == "ok"
    assert len([e for e in result["events"] if e["kind"] == "shot"]) == 3
    again = transcript_json(str(path), "--perceptors", "broken,shots", env=plugin_env)
    assert again["perceptors"]["shots"]["cached"] and not again["perceptors"]["broken"]["cached"]  # failures not cached


@pytest.mark.unit
def test_builtins_come_from_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="videochat.perceptors")}
    assert {"shots", "ocr", "asr", "faces", "people"} <= names
