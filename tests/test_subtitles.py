"""Subtitles as evidence: sidecar files and container streams become ``subtitle`` events with exact times."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import transcript_json

from videochat.perceptors.subtitles import parse_cues

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>The lighthouse</i> keeper
waves hello

2
00:00:05,250 --> 00:00:07,000
{\\an8}A storm is coming
"""

VTT = """WEBVTT

NOTE written by hand

00:01.000 --> 00:03.500 align:start
Bonjour le phare

intro
00:00:05.250 --> 00:00:07.000
Une tempete arrive
"""


@pytest.mark.unit
def test_srt_and_vtt_cues_parse_with_exact_times_and_no_markup():
    assert parse_cues(SRT) == ([(1.0, 3.5, "The lighthouse keeper waves hello"), (5.25, 7.0, "A storm is coming")], 0)
    assert parse_cues(VTT) == ([(1.0, 3.5, "Bonjour le phare"), (5.25, 7.0, "Une tempete arrive")], 0)
    cues, bad = parse_cues("1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\nnot a time line\ntext\n\n3\n00:00:09,000 --> 00:00:08,000\nbackwards\n")
    assert cues == [(1.0, 2.0, "fine")] and bad == 2


def _silent(path: Path, seconds: int = 8) -> Path:
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"color=c=navy:s=320x180:d={seconds}:r=10",
                    "-pix_fmt", "yuv420p", str(path)], check=True)  # fmt: skip
    return path


@pytest.mark.e2e
def test_a_sidecar_file_and_a_language_suffix(tmp_path):
    video = _silent(tmp_path / "harbour.mp4")
    (tmp_path / "harbour.en.srt").write_text(SRT, encoding="utf-8")
    (tmp_path / "harbour.fr.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "harbour.old.srt").write_text(SRT, encoding="utf-8")  # not a language: ignored
    result = transcript_json(str(video), "--perceptors", "subtitles,shots")
    subs = [e for e in result["events"] if e["kind"] == "subtitle"]
    assert [(e["start"], e["end"], e["text"], e["data"]["language"]) for e in subs] == [
        (1.0, 3.5, "The lighthouse keeper waves hello", "en"), (1.0, 3.5, "Bonjour le phare", "fr"),
        (5.25, 7.0, "A storm is coming", "en"), (5.25, 7.0, "Une tempete arrive", "fr")]  # fmt: skip
    only_en = transcript_json(str(video), "--perceptors", "subtitles", "--perceptor-option", 'subtitles.languages=["en"]')
    assert {e["data"]["language"] for e in only_en["events"] if e["kind"] == "subtitle"} == {"en"}


@pytest.mark.e2e
@pytest.mark.parametrize("codec, ext", [("mov_text", "mp4"), ("srt", "mkv"), ("ass", "mkv"), ("webvtt", "mkv")])
def test_subtitle_streams_inside_the_container(tmp_path, codec, ext):
    srt = tmp_path / "in.srt"
    srt.write_text(SRT, encoding="utf-8")
    plain = _silent(tmp_path / "plain.mp4")
    muxed = tmp_path / f"muxed.{ext}"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(plain), "-i", str(srt), "-map", "0", "-map", "1",
                    "-c:v", "copy", "-c:s", codec, "-metadata:s:s:0", "language=eng", str(muxed)], check=True)  # fmt: skip
    result = transcript_json(str(muxed), "--perceptors", "subtitles")
    subs = [(e["start"], e["end"], e["text"]) for e in result["events"] if e["kind"] == "subtitle"]
    assert subs == [(1.0, 3.5, "The lighthouse keeper waves hello"), (5.25, 7.0, "A storm is coming")]
    assert result["perceptors"]["subtitles"]["status"] == "ok"


@pytest.mark.e2e
def test_a_malformed_sidecar_is_a_warning_and_the_others_still_run(tmp_path):
    video = _silent(tmp_path / "clip.mp4")
    (tmp_path / "clip.srt").write_bytes(b"\x00\xff this is not a subtitle file \x89PNG\n\nstill not\n")
    result = transcript_json(str(video), "--perceptors", "subtitles,shots,look")
    assert any("clip.srt" in w and "no readable cues" in w for w in result["warnings"])
    assert all(r["status"] == "ok" for r in result["perceptors"].values())
    assert any(e["kind"] == "look" for e in result["events"])


@pytest.mark.model
@pytest.mark.e2e
def test_instead_of_asr_skips_speech_recognition_only_where_subtitles_exist(tmp_path, story):
    path, _ = story
    with_subs = tmp_path / "story.mp4"
    with_subs.write_bytes(path.read_bytes())
    (tmp_path / "story.srt").write_text(SRT, encoding="utf-8")
    opt = ("--perceptor-option", "subtitles.instead_of_asr=true")
    result = transcript_json(str(with_subs), "--perceptors", "subtitles,asr", *opt)
    assert result["perceptors"]["asr"]["status"] == "skipped" and "subtitles" in result["perceptors"]["asr"]["error"]
    assert not any(e["kind"] == "speech" for e in result["events"])
    plain = transcript_json(str(path), "--perceptors", "subtitles,asr", *opt)  # no subtitles beside it: ASR runs
    assert plain["perceptors"]["asr"]["status"] == "ok" and any(e["kind"] == "speech" for e in plain["events"])
