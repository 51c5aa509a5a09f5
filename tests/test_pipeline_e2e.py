"""The real pipeline, end to end, on generated clips: OCR words, spoken words and cuts near the truth."""

from __future__ import annotations

import re

import pytest
from conftest import run_cli, transcript_json

pytestmark = [pytest.mark.e2e, pytest.mark.model]

TOLERANCE = 1.5


def spans(events, kind, text):
    return [(e["start"], e["end"]) for e in events if e["kind"] == kind and text.lower() in e["text"].lower()]


@pytest.mark.slow
def test_lite_profile_finds_words_speech_and_cuts(story):
    path, spec = story
    result = transcript_json(str(path))
    assert set(result["perceptors"]) == {"shots", "ocr", "asr", "subtitles", "faces", "people", "tags", "motion", "look"}
    assert all(run["status"] == "ok" for run in result["perceptors"].values()), result["perceptors"]
    # flat coloured shots with words: nothing to name, no one there, a still camera
    assert not [e for e in result["events"] if e["kind"] in ("faces", "people", "tags")], result["events"]
    assert {e["text"] for e in result["events"] if e["kind"] == "motion"} <= {"still camera, still scene", "still camera"}
    assert abs(result["duration"] - spec.duration) < 0.2
    events = result["events"]
    assert [e["start"] for e in events] == sorted(e["start"] for e in events)

    for word, start, end in spec.words:  # on-screen text: one merged event per word, near its true span
        found = spans(events, "text", word)
        assert len(found) == 1, (word, found)
        assert abs(found[0][0] - start) <= TOLERANCE and abs(found[0][1] - end) <= TOLERANCE, (word, found)

    speech = [e for e in events if e["kind"] == "speech"]
    assert speech, "no speech recognised"
    words = [w for e in speech for w in e["data"]["words"]]
    heard = {re.sub(r"\W", "", w["word"].lower()): w for w in words}
    assert {"quick", "fox", "lazy", "dog"} <= set(heard), sorted(heard)
    offset = spec.speech[0][1]
    assert abs(speech[0]["start"] - offset) <= TOLERANCE
    assert heard["quick"]["start"] < heard["fox"]["start"] < heard["dog"]["start"]
    assert all(offset - TOLERANCE <= w["start"] <= offset + 4 + TOLERANCE for w in words)

    cuts = [e["start"] for e in events if e["kind"] == "shot" and e["start"] > 0]
    assert len(cuts) == len(spec.cuts)
    for found, truth in zip(cuts, spec.cuts):
        assert abs(found - truth) <= 0.2  # scene scores come from the full-rate decode, not the 1 fps samples
    assert result["info"]["sampling"]["frames"] == 15
    assert result["tokens"] > 0


@pytest.mark.slow
def test_second_run_is_served_from_cache(story, isolated):
    path, _ = story
    first = transcript_json(str(path), "--perceptors", "shots,ocr")
    assert not any(run["cached"] for run in first["perceptors"].values())
    second = transcript_json(str(path), "--perceptors", "shots,ocr")
    assert all(run["cached"] for run in second["perceptors"].values())
    assert "frames" not in second["info"]["sampling"]  # nothing was decoded
    assert second["events"] == first["events"]
    bypass = transcript_json(str(path), "--perceptors", "shots,ocr", "--no-cache")
    assert not any(run["cached"] for run in bypass["perceptors"].values())
    changed = transcript_json(str(path), "--perceptors", "shots", "--perceptor-option", "shots.threshold=0.9")
    assert not changed["perceptors"]["shots"]["cached"]  # other options, other cache entry


@pytest.mark.slow
def test_text_srt_vtt_outputs(story, tmp_path):
    path, _ = story
    text = run_cli("transcript", str(path), "--perceptors", "shots,ocr", "-q")
    assert text.returncode == 0, text.stderr
    assert re.search(r"^\[00:01-00:0[45]\] text: HELLO$", text.stdout, re.M), text.stdout
    assert re.search(r"^\[00:05-00:10\] shot: ", text.stdout, re.M)
    out = tmp_path / "t.srt"
    srt = run_cli("transcript", str(path), "--perceptors", "shots,ocr", "--format", "srt", "-o", str(out), "-q")
    assert srt.returncode == 0 and srt.stdout == ""
    body = out.read_text()
    assert body.startswith("1\n00:00:00,000 --> 00:00:05,000\nshot: ")
    assert re.search(r"00:00:01,000 --> 00:00:0[45],000\ntext: HELLO", body)
    vtt = run_cli("transcript", str(path), "--perceptors", "ocr", "--format", "vtt", "-q")
    assert vtt.stdout.startswith("WEBVTT\n\n00:00:01.000 --> ")


@pytest.mark.slow
def test_silent_video_skips_asr_and_keeps_the_rest(silent_clip):
    result = transcript_json(str(silent_clip), "--perceptors", "ocr,shots,asr")
    assert result["perceptors"]["asr"]["status"] == "skipped"
    assert "no audio" in result["perceptors"]["asr"]["error"]
    assert spans(result["events"], "text", "QUIET")
    assert len([e for e in result["events"] if e["kind"] == "shot"]) == 2


def test_faces_on_a_real_clip(real_clip):
    result = transcript_json(str(real_clip), "--perceptors", "faces")
    faces = [e for e in result["events"] if e["kind"] == "faces"]
    assert faces and faces[0]["data"]["count"] >= 1
    x0, y0, x1, y1 = faces[0]["data"]["boxes"][0]
    assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
