"""The asr perceptor's openai-whisper backend, loaded through whisper.load_model from a tiny local checkpoint."""

from __future__ import annotations

import pytest
from conftest import transcript_json


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


def test_openai_whisper_backend_runs_through_the_perceptor(story, tiny_whisper):
    path, spec = story
    result = transcript_json(
        str(path), "--perceptors", "asr",
        "--perceptor-option", "asr.backend=openai-whisper",
        "--perceptor-option", f"asr.model={tiny_whisper}",
        "--perceptor-option", "asr.language=en",
        "--perceptor-option", "asr.beam_size=1",
        "--perceptor-option", "asr.temperature=0",  # random weights: no fallback schedule, a few seconds
    )  # fmt: skip
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok", run
    assert run["stats"]["language"] == "en"
    for ev in result["events"]:  # random weights say nothing sensible, but in the contract's shape
        assert ev["kind"] == "speech" and 0 <= ev["start"] <= ev["end"] <= spec.duration
        assert all({"start", "end", "word", "p"} <= set(w) for w in ev["data"]["words"])
