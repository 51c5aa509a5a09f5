"""Model-backed perceptors (caption, dense, action, detect, asr language) on tiny random models saved locally.

The models are built by ``tiny_models`` and loaded by the perceptors through the loaders users use
(``from_pretrained``, ``ultralytics.YOLO``, ``whisper.load_model``); the perceptors run through
``videochat transcript`` on a generated clip. Random weights say nothing sensible, so the tests
check the events' shape, times, boxes, and that batching changes nothing.
"""

from __future__ import annotations

import json

import pytest
import tiny_models
from conftest import transcript_json

pytest.importorskip("torch")
pytest.importorskip("transformers")


def opts(name: str, **values) -> list[str]:
    out = []
    for key, value in values.items():
        out += ["--perceptor-option", f"{name}.{key}={json.dumps(value) if not isinstance(value, str) else value}"]
    return out


def check_contract(result: dict, duration: float, names: list[str]) -> list[dict]:
    """Every perceptor ok; events in the contract's shape, inside the clip, boxes normalised."""
    for name in names:
        assert result["perceptors"][name]["status"] == "ok", result["perceptors"][name]
    events = [e for e in result["events"] if e["source"] in names]
    for e in events:
        assert set(e) == {"start", "end", "kind", "source", "text", "score", "data"}
        assert 0 <= e["start"] <= e["end"] <= duration + 1e-6, e
        assert isinstance(e["text"], str) and e["text"].strip()
        for box in e["data"].get("boxes", []) + ([e["data"]["box"]] if "box" in e["data"] else []):
            assert len(box) == 4 and all(0 <= v <= 1 for v in box) and box[0] <= box[2] and box[1] <= box[3], box
    return events


def rounded(value, digits: int = 2):
    """``value`` with every float rounded: batched matmuls may differ from single ones in the last bits."""
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, dict):
        return {k: rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v, digits) for v in value]
    return value


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny-models")
    return {name: str(getattr(tiny_models, name)(root / name)) for name in ("blip", "florence2", "videomae")}


@pytest.mark.slow
@pytest.mark.e2e
def test_caption_dense_and_action_batching_gives_the_same_events(story, models):
    path, spec = story
    names = ["caption", "dense", "action"]
    runs = {}
    for batch in (1, 4):
        runs[batch] = transcript_json(
            str(path), "--perceptors", ",".join(names), "--no-cache",  # batch_size is not in the cache key
            *opts("caption", model=models["blip"], batch_size=batch),
            *opts("dense", model=models["florence2"], batch_size=batch, min_area=0),
            *opts("action", model=models["videomae"], batch_size=batch, clip_frames=4, stride=2, min_score=0),
        )  # fmt: skip
    one, four = (check_contract(runs[b], spec.duration, names) for b in (1, 4))
    assert rounded(one) == rounded(four)

    caption = runs[4]["perceptors"]["caption"]["stats"]
    assert caption["frames"] == 15 and caption["batches"] < caption["frames_captioned"]
    assert caption["frames_captioned"] < caption["frames"]  # only frames whose content changed
    captions = [e for e in four if e["source"] == "caption"]
    assert captions and all(e["kind"] == "caption" for e in captions)
    assert captions[-1]["end"] == pytest.approx(spec.duration, abs=1.01)  # reused up to the last frame

    actions = [e for e in four if e["source"] == "action"]
    assert actions and {e["text"] for e in actions} <= set(tiny_models.ACTIONS)
    for e in actions:
        top = e["data"]["top"]
        assert top[0][0] == e["text"] and len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert runs[4]["perceptors"]["action"]["stats"]["clips"] == 6  # 15 frames: clips of 4 starting every 2
    # random Florence-2 weights write no <loc_> boxes, so dense finds no regions here (it ran: status ok);
    # its parsing is checked in test_dense_regions_parse_florence_output
    assert not [e for e in four if e["source"] == "dense"]


@pytest.mark.unit
def test_dense_regions_parse_florence_output(models):
    """Florence-2's ``label<loc_x0><loc_y0><loc_x1><loc_y1>`` text becomes labelled, normalised, sorted boxes."""
    from videochat.perceptors.caption import (
        CaptionPerceptor,
        DenseOptions,
        load_captioner,
    )

    _, processor = load_captioner(models["florence2"], "cpu", "float32")
    text = ("</s><s>red car<loc_100><loc_500><loc_400><loc_900>dog<loc_0><loc_0><loc_999><loc_999>"
            "tiny<loc_1><loc_1><loc_2><loc_2></s>")
    perceptor = CaptionPerceptor()
    found = perceptor.regions(processor, text, "<DENSE_REGION_CAPTION>", 640, 360, DenseOptions(model="x"))
    assert [label for label, _ in found] == ["dog", "red car"]  # largest first; the speck is dropped
    assert found[0][1] == pytest.approx([0.0, 0.0, 1.0, 1.0], abs=0.01)
    assert found[1][1] == pytest.approx([0.1005, 0.5005, 0.4005, 0.9005], abs=1e-3)
    events = perceptor.events(2.0, 1.0, found + [("dog", [0, 0, 0.5, 0.5])])
    assert [(e.kind, e.text) for e in events] == [("objects", "dog (x2)"), ("objects", "red car")]


@pytest.mark.unit
@pytest.mark.parametrize("builder", ["blip2", "git"])
def test_decoder_only_captioners_batch_and_cut_the_echoed_prompt(builder, tmp_path):
    """BLIP-2 (OPT) and GIT echo the prompt before the caption; the perceptor cuts it; one caption per image."""
    import numpy as np

    from videochat.perceptors.caption import (
        CaptionOptions,
        CaptionPerceptor,
        load_captioner,
    )

    model, processor = load_captioner(str(getattr(tiny_models, builder)(tmp_path / builder)), "cpu", "float32")
    images = [np.full((90, 160, 3), c, np.uint8) for c in (0, 120, 255)]
    for prompt in (None, "a picture of"):
        one = [CaptionPerceptor().describe(model, processor, [im], prompt, CaptionOptions(model="x"))[0] for im in images]
        assert CaptionPerceptor().describe(model, processor, images, prompt, CaptionOptions(model="x")) == one
        assert all(not text.startswith("a picture of") for found in one for text, _ in found)
    assert all(len(found) == 1 and found[0][0].strip() for found in one), one  # prompted: one caption each, not cut to nothing


@pytest.mark.e2e
def test_git_with_prompt_and_xclip_zero_shot(story, tmp_path):
    path, spec = story
    git, xclip = tiny_models.git(tmp_path / "git"), tiny_models.xclip(tmp_path / "xclip")
    labels = ["cooking", "dancing", "playing the piano"]
    result = transcript_json(
        str(path), "--perceptors", "caption,action",
        *opts("caption", model=str(git), prompt="a photo of", batch_size=3),
        *opts("action", model=str(xclip), labels=labels, min_score=0, batch_size=2),
    )  # fmt: skip
    events = check_contract(result, spec.duration, ["caption", "action"])
    actions = [e for e in events if e["kind"] == "action"]
    assert actions and {e["text"] for e in actions} <= set(labels)
    captions = [e for e in events if e["kind"] == "caption"]
    assert captions and all(not e["text"].lower().startswith("a photo of") for e in captions)
    assert result["perceptors"]["action"]["stats"]["model_frames"] == 4


@pytest.mark.slow
@pytest.mark.e2e
def test_detect_tracks_objects_and_batching_gives_the_same_events(story, tmp_path):
    for module in ("torchvision", "ultralytics", "lap"):
        pytest.importorskip(module)
    path, spec = story
    weights = tiny_models.yolo(tmp_path / "yolo-tiny.pt")
    runs = {b: transcript_json(str(path), "--perceptors", "detect", "--no-cache",
                               *opts("detect", model=str(weights), batch_size=b, max_det=5, imgsz=160))
            for b in (1, 4)}  # fmt: skip
    one, four = (check_contract(runs[b], spec.duration, ["detect"]) for b in (1, 4))
    assert rounded(one) == rounded(four)
    assert four and all(e["kind"] == "objects" for e in four)
    stats = runs[4]["perceptors"]["detect"]["stats"]
    assert stats["frames"] == 15 and stats["batches"] == 4 and stats["tracks"] >= 1
    for e in four:
        d = e["data"]
        assert d["label"] in ("person", "car", "dog") and 1 <= d["max_at_once"] <= d["count"]
        assert e["text"].startswith(str(d["count"]))
        assert all(e["start"] <= t < e["end"] for t, _ in d["counts"])


@pytest.mark.unit
def test_detect_summary_reads_as_distinct_counts_over_time():
    from videochat.perceptors.detect import Box, DetectOptions, DetectPerceptor, plural

    person = lambda track, score=0.9: Box(track, "person", score, [0.1, 0.1, 0.3, 0.6])  # noqa: E731
    frames = [(0.0, [person(1)]), (1.0, [person(1), person(2)]), (2.0, [person(2), person(3)]), (3.0, []),
              (4.0, [person(3)]), (9.0, [person(4, 0.2)]), (10.0, [Box(None, "bus", 0.8, [0, 0, 1, 1])])]  # fmt: skip
    events = DetectPerceptor().summarise(frames, 1.0, DetectOptions(gap=2.0))
    assert [(e.start, e.end, e.text) for e in events] == [(0.0, 5.0, "3 distinct people, up to 2 at once"),
                                                          (10.0, 11.0, "1 bus")]  # fmt: skip
    assert events[0].data["counts"] == [[0.0, 1], [1.0, 2], [4.0, 1]] and events[0].data["tracks"] == [1, 2, 3]
    assert [plural(w) for w in ("person", "bus", "wine glass", "teddy bear", "sheep", "toothbrush")] == [
        "people", "buses", "wine glasses", "teddy bears", "sheep", "toothbrushes"]  # fmt: skip


@pytest.mark.e2e
def test_openai_whisper_detects_and_reports_the_language(story, tmp_path):
    """Language identification runs when no language is given: the perceptor reports what Whisper's own
    ``detect_language`` says for these (random) weights on the clip's first 30 s, with its probability.
    Random weights transcribe only silence-level junk (dropped), so no speech and no language line: the
    line itself is checked with a real model in test_asr_backends."""
    whisper = pytest.importorskip("whisper")

    path, spec = story
    model = tiny_models.whisper(tmp_path / "tiny-multilingual.pt")
    result = transcript_json(
        str(path), "--perceptors", "asr",
        *opts("asr", backend="openai-whisper", model=str(model), beam_size=1, temperature=0),
    )  # fmt: skip
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok", run
    mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(whisper.load_audio(str(path))), 80)
    _, probs = whisper.load_model(str(model), device="cpu").detect_language(mel)
    expected = max(probs, key=probs.get)
    assert expected != "en"  # so a perceptor that assumed English would fail here
    assert run["stats"]["language"] == expected and run["stats"]["detected"] is True
    assert run["stats"]["language_probability"] == pytest.approx(probs[expected], abs=0.02)
    events = check_contract(result, spec.duration, ["asr"])
    assert all(e["data"]["language"] == expected for e in events)
    speech = [e for e in events if e["kind"] == "speech"]
    assert len([e for e in events if e["kind"] == "language"]) == (1 if speech else 0)


@pytest.mark.unit
def test_profiles_choose_perceptors_and_models(monkeypatch):
    from videochat.config import load_settings
    from videochat.perceptors.registry import registry

    standard = load_settings(profile="standard")
    assert {"caption", "detect", "action"} <= set(standard.perceptor_names)
    full = load_settings(profile="full", perceptor_options=["detect.model=mine.pt"])
    assert {"caption", "dense", "detect", "action"} <= set(full.perceptor_names)
    assert full.options["caption"]["model"] == "Salesforce/blip2-opt-2.7b"
    assert full.options["detect"]["model"] == "mine.pt"  # flags beat the profile
    reg = registry()
    needed = {m for n in standard.perceptor_names for m in reg.get(n).models(reg.options(n, standard.options.get(n)))}
    assert {"Salesforce/blip-image-captioning-base", "yolo11n.pt", "MCG-NJU/videomae-base-finetuned-kinetics"} <= needed


@pytest.mark.unit
def test_check_gives_one_line_reasons(monkeypatch, tmp_path):
    from videochat.perceptors.registry import registry

    monkeypatch.setenv("VIDEOCHAT_OFFLINE", "1")
    reg = registry()
    for name in ("caption", "dense", "action"):
        assert "not downloaded" in reg.status(name).reason  # hub ids, offline, nothing cached
        assert "not found" in reg.status(name, {"model": str(tmp_path / "nope")}).reason
        assert reg.status(name, {"model": str(tmp_path)}).usable
    reason = reg.status("detect", {"model": str(tmp_path / "nope.pt")}).reason
    assert reason and "\n" not in reason


@pytest.mark.unit
def test_model_cache_low_memory_keeps_one_model(monkeypatch):
    from videochat.devices import pick_device, pick_dtype
    from videochat.model_cache import ModelCache

    cache = ModelCache()
    with cache.use("a", lambda: "A") as a, cache.use("b", lambda: "B") as b:
        assert (a, b) == ("A", "B")
    assert cache.loaded() == ["a", "b"]  # models stay loaded for the next video
    monkeypatch.setenv("VIDEOCHAT_LOW_MEMORY", "1")
    with cache.use("c", lambda: "C") as c:
        assert c == "C" and cache.loaded() == ["c"]
    import torch

    assert pick_device("cpu") == "cpu" and pick_dtype("cpu") == torch.float32
    if not torch.cuda.is_available():
        assert pick_device("auto") in ("cpu", "mps")


@pytest.mark.e2e
def test_low_memory_setting_runs_models_one_at_a_time(story, models, tmp_path, monkeypatch):
    """``low_memory = true`` in the config: both perceptors still deliver, and one model stays loaded."""
    from videochat.config import load_settings
    from videochat.model_cache import MODELS, low_memory
    from videochat.pipeline.runner import build_transcript

    path, spec = story
    monkeypatch.delenv("VIDEOCHAT_LOW_MEMORY", raising=False)
    config = tmp_path / "config.toml"
    options = (f'[options.caption]\nmodel = "{models["blip"]}"\n'
               f'[options.action]\nmodel = "{models["videomae"]}"\nclip_frames = 4\nmin_score = 0\n')
    loaded = {}
    monkeypatch.setattr("videochat.model_cache._low_memory", None)  # restored after the test
    for flag in ("false", "true"):
        config.write_text(f"perceptors = [\"caption\", \"action\"]\nconcurrency = 2\nlow_memory = {flag}\n{options}")
        settings = load_settings(config, cache=False)
        MODELS.clear()
        result = build_transcript(path, settings, progress=False)
        assert {n: r.status for n, r in result.perceptors.items()} == {"caption": "ok", "action": "ok"}
        assert {e.source for e in result.events} == {"caption", "action"}
        loaded[flag] = len(MODELS.loaded())
        assert low_memory() == (flag == "true")
    MODELS.clear()
    assert loaded == {"false": 2, "true": 1}
    monkeypatch.setenv("VIDEOCHAT_LOW_MEMORY", "1")
    assert load_settings(None).low_memory


@pytest.mark.e2e
@pytest.mark.skipif("not __import__('torch').cuda.is_available()", reason="no GPU")
def test_caption_on_gpu_in_half_precision(story, models):
    path, spec = story
    result = transcript_json(str(path), "--perceptors", "caption", *opts("caption", model=models["blip"], device="auto"))
    stats = result["perceptors"]["caption"]["stats"]
    assert stats["device"] == "cuda" and stats["dtype"] in ("float16", "bfloat16")
    check_contract(result, spec.duration, ["caption"])
