"""Event merging, rendering, token counts and the output writers."""

from __future__ import annotations

import json

import pytest

from videochat.contracts.events import (
    Event,
    PerceptorRun,
    Transcript,
    count_tokens,
    format_time,
    merge_events,
)
from videochat.pipeline.writers import write


def ocr(t: float, text: str = "SALE 50%") -> Event:
    return Event(t, t + 1.0, "text", "ocr", text, 0.9, {"box": [0.1, 0.1, 0.5, 0.2]})


@pytest.mark.unit
def test_same_text_on_consecutive_frames_is_one_event():
    events = [ocr(t) for t in range(20)]
    merged = merge_events(events)
    assert len(merged) == 1
    assert (merged[0].start, merged[0].end) == (0.0, 20.0)
    assert merged[0].data["merged"] == 20


@pytest.mark.unit
def test_a_gap_splits_and_different_text_or_source_stays_apart():
    events = [ocr(0), ocr(1), ocr(5), ocr(1, "OTHER"), Event(1, 2, "text", "other-ocr", "SALE 50%")]
    merged = merge_events(events)
    spans = sorted((e.source, e.text, e.start, e.end) for e in merged)
    assert spans == [
        ("ocr", "OTHER", 1, 2), ("ocr", "SALE 50%", 0, 2), ("ocr", "SALE 50%", 5, 6), ("other-ocr", "SALE 50%", 1, 2),
    ]  # fmt: skip
    assert merge_events([ocr(0), ocr(3)], gap=2.5)[0].end == 4.0


@pytest.mark.unit
def test_merge_ignores_case_and_spacing_and_keeps_best_score():
    a = Event(0, 1, "text", "ocr", "Hello  World", 0.5)
    b = Event(1, 2, "text", "ocr", "hello world", 0.8)
    (m,) = merge_events([a, b])
    assert (m.text, m.end, m.score) == ("Hello  World", 2, 0.8)
    assert a.end == 1  # inputs are not modified


@pytest.mark.unit
def test_render_stamps_and_order():
    t = Transcript("v.mp4", 4000.0, merge_events([Event(3725, 3730, "speech", "asr", "late"), ocr(5)]))
    assert t.render().splitlines() == ["[00:05-00:06] text: SALE 50%", "[1:02:05-1:02:10] speech: late"]
    assert format_time(59.6) == "01:00" and format_time(0) == "00:00"


@pytest.mark.unit
def test_token_count_tracks_length():
    short = count_tokens("[00:01-00:04] text: HELLO")
    assert 5 <= short <= 20
    assert count_tokens("word " * 100) == 100
    assert count_tokens("extraordinarily") == 4  # long words cost several tokens


@pytest.mark.unit
def test_json_round_trip_and_contract_keys():
    t = Transcript("v.mp4", 10.0, [ocr(1)], {"ocr": PerceptorRun("1", 1.5)})
    d = json.loads(write(t, "json"))
    assert {"video", "duration", "events", "perceptors"} <= set(d)
    assert set(d["events"][0]) == {"start", "end", "kind", "source", "text", "score", "data"}
    assert d["perceptors"]["ocr"]["status"] == "ok" and d["perceptors"]["ocr"]["error"] is None
    assert Transcript.from_dict(d).to_dict() == d


@pytest.mark.unit
def test_srt_and_vtt():
    t = Transcript("v.mp4", 70.0, [Event(61.25, 61.25, "shot", "shots", "cut"), ocr(2)])
    srt = write(t, "srt")
    assert srt.splitlines()[:3] == ["1", "00:01:01,250 --> 00:01:02,250", "shot: cut"]
    vtt = write(t, "vtt")
    assert vtt.startswith("WEBVTT\n\n00:01:01.250 --> 00:01:02.250\nshot: cut\n")


@pytest.mark.slow
@pytest.mark.e2e
@pytest.mark.model
def test_output_file_extension_picks_the_format(story, tmp_path):
    from conftest import run_cli

    out = tmp_path / "t.srt"
    proc = run_cli("transcript", str(story[0]), "--perceptors", "shots,ocr", "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().startswith("1\n00:00:00,000 --> ")
    forced = tmp_path / "t2.srt"
    assert run_cli("transcript", str(story[0]), "--perceptors", "shots,ocr", "-o", str(forced), "--format", "text",
                   "-q").returncode == 0  # fmt: skip
    assert forced.read_text().startswith("[00:00")
