"""The plugin surfaces: LLM providers through entry points, one declared perceptor name, stale-code
warnings, and Ray placement read from ``uses_model``."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from conftest import run_cli

ECHO_PROVIDER = textwrap.dedent(
    '''
    from langchain_core.language_models.fake_chat_models import FakeListChatModel
    from videochat.llm.provider import Backend, Provider

    class EchoProvider(Provider):
        name = "echo"
        description = "answers with its model name"

        def load(self, model, options, video=None):
            return Backend(f"echo:{model}", self.name, FakeListChatModel(responses=[f"echo says {model}"]), 4096)
    '''
)


def install(site: Path, dist: str, module: str, source: str, group: str, entry: str) -> None:
    """What ``pip install`` leaves behind: a module and a dist-info naming its entry points."""
    (site / f"{module}.py").write_text(source)
    info = site / f"{dist.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text(f"[{group}]\n{entry}\n")


def env_with(site: Path) -> dict:
    return {"PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}


@pytest.mark.e2e
def test_an_llm_provider_plugin_answers_through_the_cli(tmp_path, silent_clip):
    site = tmp_path / "site"
    site.mkdir()
    install(site, "videochat-echo", "videochat_echo", ECHO_PROVIDER, "videochat.llms", "echo = videochat_echo:EchoProvider")
    result = run_cli("ask", str(silent_clip), "Describe it in your own words", "--model", "echo:parrot",
                     "--perceptors", "shots", "--json", env=env_with(site))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answer"] == "echo says parrot"


@pytest.mark.unit
def test_a_broken_provider_is_one_line_and_the_others_still_work(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    install(site, "videochat-bad", "videochat_bad", "raise ImportError('no such sdk')", "videochat.llms",
            "bad = videochat_bad:Nothing")  # fmt: skip
    code = ("from videochat.llm.backends import parse_spec, providers\n"
            "print(sorted(providers()))\n"
            "try:\n    parse_spec('bad:x')\nexcept Exception as e:\n    print('ERR', e)\n")  # fmt: skip
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env_with(site)})
    names, error = out.stdout.splitlines()
    assert {"embedded", "openai", "ollama", "embed"} <= set(eval(names))  # noqa: S307 - our own print
    assert error.startswith("ERR LLM provider 'bad' is unusable: plugin videochat-bad failed to load: ImportError")


@pytest.mark.unit
def test_the_class_name_is_the_perceptor_name(caplog):
    from videochat.perceptors.base import Perceptor
    from videochat.perceptors.registry import Registry

    class Glow(Perceptor):
        name = "glow"

    reg = Registry()
    reg.register(Glow)
    assert reg.names() == ["glow"]

    class Nameless(Perceptor):
        pass

    with pytest.raises(TypeError, match="with a name"):
        reg.register(Nameless)


@pytest.mark.e2e
def test_changed_code_under_the_same_version_runs_again_with_a_warning(tmp_path, silent_clip, monkeypatch):
    from videochat.config import Settings
    from videochat.pipeline import runner

    settings = Settings(perceptors=["shots"], cache_dir=tmp_path / "cache")
    first = runner.build_transcript(silent_clip, settings, progress=False)
    assert not first.perceptors["shots"].cached
    assert runner.build_transcript(silent_clip, settings, progress=False).perceptors["shots"].cached
    monkeypatch.setattr(runner, "source_hash", lambda cls: "edited")  # the module file changed, version did not
    again = runner.build_transcript(silent_clip, settings, progress=False)
    assert not again.perceptors["shots"].cached
    assert any("code changed" in w and "bump `version`" in w for w in again.warnings)
    assert runner.build_transcript(silent_clip, settings, progress=False).perceptors["shots"].cached  # re-stored


@pytest.mark.unit
def test_ray_places_perceptors_by_uses_model():
    from videochat.config import Settings
    from videochat.frontends.batch_ray import uses_models

    assert not uses_models(Settings(perceptors=["shots", "faces", "people", "motion", "look"]))
    assert uses_models(Settings(perceptors=["shots", "tags"]))
    assert uses_models(Settings(perceptors=["asr"]))


@pytest.mark.unit
def test_only_perceptors_the_user_names_must_run():
    """A profile's own model choices never make its perceptors required (they are skipped when missing)."""
    from videochat.config import load_settings

    assert load_settings(None, profile="standard", perceptor_options=[]).named_perceptors == set()
    assert load_settings(None, profile="full", perceptor_options=[]).named_perceptors == set()
    assert load_settings(None, profile="standard", perceptor_options=["caption.batch_size=2"]).named_perceptors == {"caption"}
    assert load_settings(None, perceptors="shots,ocr", perceptor_options=[]).named_perceptors == {"shots", "ocr"}
