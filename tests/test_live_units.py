"""Live video pieces without a stream: sources, chunking, carried state, the commit rule, the rolling
transcript and questions about "now"."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from videochat.config import load_settings
from videochat.contracts.errors import BadInput, ConfigError
from videochat.contracts.events import Event
from videochat.contracts.media import SAMPLE_RATE, Carry, Inputs
from videochat.live.ask import live_window, with_wall_clock
from videochat.live.chunks import LOOKBACK_S, Chunk, Chunker, ChunkMedia
from videochat.live.decoder import SceneScore
from videochat.live.perceive import LivePerception
from videochat.live.rolling import RollingTranscript
from videochat.live.source import parse_source
from videochat.perceptors.base import Perceptor
from videochat.perceptors.registry import Registry
from videochat.perceptors.shots import ShotsPerceptor

pytestmark = pytest.mark.unit


# -- sources --------------------------------------------------------------------------------------
def test_sources_are_checked_before_anything_starts(tmp_path: Path) -> None:
    clip = tmp_path / "a.ts"
    clip.write_bytes(b"x")
    assert parse_source("-").kind == "stdin"
    assert parse_source(str(clip)).kind == "follow"
    assert parse_source(str(clip), realtime=True, speed=4).input_args()[:2] == ["-readrate", "4"]
    assert parse_source("rtsp://cam.local/live").input_args()[:2] == ["-rtsp_transport", "tcp"]
    for bad, says in [("file:///etc/passwd", "unsupported stream URL"), ("gopher://x/y", "unsupported stream URL"),
                      (str(tmp_path / "missing.mp4"), "no such file"), (str(tmp_path), "is a directory"),
                      ("/dev/video99", "no such capture device")]:  # fmt: skip
        with pytest.raises(BadInput, match=says):
            parse_source(bad)
    with pytest.raises(BadInput, match="--speed"):
        parse_source(str(clip), realtime=True, speed=0)


def test_a_url_label_never_shows_credentials_or_query() -> None:
    label = parse_source("https://user:secret@example.com:8443/live/s.m3u8?token=abc").label
    assert label == "https://example.com:8443/live/s.m3u8"


# -- scene scores ----------------------------------------------------------------------------------
def test_scene_score_is_high_at_a_cut_and_zero_on_a_still_picture() -> None:
    score = SceneScore()
    blue = np.zeros((36, 64, 3), np.uint8)
    blue[..., 2] = 200
    red = np.zeros((36, 64, 3), np.uint8)
    red[..., 0] = 200
    scores = [score(im) for im in [blue, blue, blue, red, red, red]]
    assert scores[:3] == [0.0, 0.0, 0.0]
    assert scores[3] > 0.3  # the cut
    assert scores[4] < 0.05 and scores[5] < 0.05


# -- chunking --------------------------------------------------------------------------------------
def _feed(chunker: Chunker, seconds: float, fps: float = 1.0, scene_fps: float = 10.0, audio: bool = True) -> None:
    image = np.zeros((8, 8, 3), np.uint8)
    for i in range(int(seconds * scene_fps)):
        t = i / scene_fps
        chunker.scene(t, 0.0)
        if abs(t * fps - round(t * fps)) < 1e-9:
            chunker.frame(t, image)
        if audio:
            chunker.audio(t, np.full(int(SAMPLE_RATE / scene_fps), t, np.float32))


def test_chunks_are_cut_when_every_branch_has_passed_their_end() -> None:
    chunker = Chunker(5.0, fps=1.0, has_audio=True, max_pending=10)
    _feed(chunker, 12.0)
    first, second = chunker.chunks.get_nowait(), chunker.chunks.get_nowait()
    assert chunker.chunks.empty()
    assert (first.start, first.end, second.start, second.end) == (0.0, 5.0, 5.0, 10.0)
    assert [t for t, _ in second.frames] == [5.0, 6.0, 7.0, 8.0, 9.0]
    assert len(second.scene_t) == 50 and second.scene_t[0] == pytest.approx(5.0)
    # sound from LOOKBACK_S before the chunk (here the stream start) to its end
    assert second.audio_t0 == pytest.approx(max(0.0, 5.0 - LOOKBACK_S))
    assert len(second.audio) == 10 * SAMPLE_RATE
    chunker.flush(final=True)
    last = chunker.chunks.get_nowait()
    assert last.final and last.start == 10.0 and chunker.chunks.get_nowait() is None


def test_falling_behind_drops_the_oldest_waiting_chunk_and_says_so() -> None:
    dropped: list[Chunk] = []
    chunker = Chunker(1.0, fps=1.0, has_audio=False, max_pending=2, on_drop=dropped.append)
    _feed(chunker, 6.0, audio=False)
    waiting = []
    while not chunker.chunks.empty():
        waiting.append(chunker.chunks.get_nowait())
    assert len(waiting) == 2 and [c.index for c in dropped] == [0, 1, 2]
    assert waiting[-1].end == 5.0


def test_a_chunk_reads_like_a_short_video_starting_at_zero() -> None:
    chunker = Chunker(5.0, fps=1.0, has_audio=True, max_pending=10)
    _feed(chunker, 11.0)
    chunker.chunks.get_nowait()
    chunk = chunker.chunks.get_nowait()
    media = ChunkMedia(chunk, chunk.start, "cam", (8, 8), 1.0, 25.0, True)
    inputs = Inputs(media)
    assert [f.t for f in inputs.frames] == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert inputs.info.duration == pytest.approx(5.0)
    assert inputs.audio[0] == pytest.approx(5.0)  # the sample written at stream time 5.0 comes first
    listening = ChunkMedia(chunk, 3.0, "cam", (8, 8), 1.0, 25.0, True)  # ASR hearing 2 s again
    assert listening.info.duration == pytest.approx(7.0) and listening.audio[0] == pytest.approx(3.0)


# -- carried state ---------------------------------------------------------------------------------
class _Scene:
    def __init__(self, times, scores, duration):
        self.info = type("I", (), {"duration": duration})()
        self.scene = (np.array(times, float), np.array(scores, float))
        self.carry = None

    def progress(self, _):
        pass


def test_shot_numbers_carry_across_chunks_and_a_shot_spanning_an_edge_keeps_its_text() -> None:
    shots, options = ShotsPerceptor(), ShotsPerceptor.Options()
    carry = Carry()
    texts = []
    for start, times, scores in [(0.0, [0, 2, 4], [0, 0.9, 0]), (5.0, [0, 1, 3], [0, 0, 0.8]), (10.0, [0, 2], [0, 0])]:
        inputs = _Scene(times, scores, 5.0)
        carry.start = start
        inputs.carry = carry
        texts.append([(ev.start + start, ev.text) for ev in shots(inputs, options)])
    assert texts[0] == [(0.0, "shot 1"), (2.0, "shot 2 (hard cut)")]
    assert texts[1] == [(5.0, "shot 2 (hard cut)"), (8.0, "shot 3 (hard cut)")]
    assert texts[2] == [(10.0, "shot 3 (hard cut)")]


class _Words(Perceptor):
    """A fake speech recogniser: says the words whose (start, end) lie in the sound it is given."""

    name, version, input = "fakeasr", "1", "audio"
    said: list[tuple[float, float, str]] = []
    prompts: list[str | None] = []

    def __call__(self, inputs, options):
        origin = inputs.carry.start
        self.prompts.append(" ".join(e.text for e in inputs.carry.previous) or None)
        end = origin + inputs.info.duration
        return [Event(max(0.0, a - origin), min(b, end) - origin, "speech", self.name, text)
                for a, b, text in self.said if b > origin and a < end]  # fmt: skip


def test_speech_cut_by_a_chunk_edge_is_heard_again_whole_and_committed_once() -> None:
    reg = Registry()
    reg.register(_Words)
    _Words.said = [(1.0, 3.0, "good morning"), (4.2, 6.5, "the meeting starts"), (7.0, 8.0, "now")]
    _Words.prompts = []
    live = LivePerception(load_settings(perceptors=["fakeasr"], cache=False), reg, label="s", size=(8, 8), fps=1.0,
                          stream_fps=25.0, has_audio=True)  # fmt: skip
    chunker = Chunker(5.0, fps=1.0, has_audio=True, max_pending=10)
    _feed(chunker, 10.5)
    chunker.flush(final=True)
    committed = []
    while (chunk := chunker.chunks.get_nowait()) is not None:
        committed += [(round(ev.start, 2), round(ev.end, 2), ev.text) for _, ev in live(chunk)]
    assert committed == [(1.0, 3.0, "good morning"), (4.2, 6.5, "the meeting starts"), (7.0, 8.0, "now")]
    assert _Words.prompts[1] == "good morning"  # the second chunk continues from what was said


class _Broken(Perceptor):
    name, version, input = "broken", "1", "frames"

    def __call__(self, inputs, options):
        raise RuntimeError("boom")


def test_a_failing_perceptor_is_reported_and_the_others_keep_their_results() -> None:
    reg = Registry()
    reg.register(_Words)
    reg.register(_Broken)
    _Words.said = [(1.0, 2.0, "hello")]
    live = LivePerception(load_settings(perceptors=["fakeasr", "broken"], cache=False), reg, label="s", size=(8, 8),
                          fps=1.0, stream_fps=25.0, has_audio=True)  # fmt: skip
    chunker = Chunker(5.0, fps=1.0, has_audio=True, max_pending=10)
    _feed(chunker, 5.5)
    chunker.flush(final=True)
    found = live(chunker.chunks.get_nowait()) + live(chunker.chunks.get_nowait())
    assert [ev.text for _, ev in found] == ["hello"]
    assert live.runs["broken"].status == "failed" and "boom" in live.runs["broken"].error


def test_a_named_perceptor_that_cannot_run_live_is_an_error() -> None:
    reg = Registry()
    reg.register(_Words)
    with pytest.raises(ConfigError, match="no selected perceptor can run"):
        LivePerception(load_settings(perceptors=["fakeasr"], cache=False), reg, label="s", size=(8, 8), fps=1.0,
                       stream_fps=25.0, has_audio=False)  # fmt: skip


# -- the rolling transcript ------------------------------------------------------------------------
def test_continuations_extend_events_and_only_new_ones_are_reported(tmp_path: Path) -> None:
    rolling = RollingTranscript("cam", tmp_path)
    new = rolling.add([Event(0, 5, "text", "ocr", "HELLO"), Event(0, 5, "shot", "shots", "shot 1")], 5)
    assert len(new) == 2
    new = rolling.add([Event(5, 8, "text", "ocr", "HELLO"), Event(8, 10, "text", "ocr", "WORLD")], 10)
    assert [ev.text for ev in new] == ["WORLD"]
    hello = next(ev for ev in rolling.snapshot() if ev.text == "HELLO")
    assert (hello.start, hello.end) == (0, 8)


def test_hours_of_events_stay_bounded_in_memory_and_none_are_lost(tmp_path: Path) -> None:
    rolling = RollingTranscript("cam", tmp_path, keep_s=120, window_s=60)
    total = 0
    for chunk in range(720):  # one hour in 5 s chunks, four distinct events per chunk
        t = chunk * 5.0
        events = [Event(t, t + 2, "speech", "asr", f"sentence {chunk}"), Event(t, t + 5, "text", "ocr", f"SIGN{chunk % 7}"),
                  Event(t + 1, t + 5, "shot", "shots", f"shot {chunk}"), Event(t, t + 5, "tags", "tags", "dog")]  # fmt: skip
        total += len(rolling.add(events, t + 5))
    assert len(rolling.recent) < 4 * 30  # only the last ~2 minutes in full
    assert len(rolling.summaries) == 58  # one per minute that ended over 2 minutes ago (the hour's first 58)
    assert "shots" in rolling.summaries[0].text and '"sentence 0"' in rolling.summaries[0].text
    saved = json.loads(rolling.save({}, {"live": True}).read_text())
    assert len(saved["events"]) == total
    assert sum(1 for ev in saved["events"] if ev["kind"] == "speech") == 720


def test_questions_about_now_and_the_last_minutes_narrow_the_transcript() -> None:
    now = 600.0
    assert live_window("what is on screen right now?", now, 20) == ((580.0, 600.0), "what is on screen?")
    assert live_window("What was said in the last 2 minutes?", now, 20) == ((480.0, 600.0), "What was said?")
    assert live_window("who spoke in the past minute", now, 20)[0] == (540.0, 600.0)
    assert live_window("what happened five minutes ago?", now, 20)[0] == (290.0, 310.0)
    assert live_window("what was said since the meeting started?", now, 20) == ((0.0, 600.0), "what was said?")
    assert live_window("how many shots are there?", now, 20) == ((0.0, 600.0), "how many shots are there?")
    assert live_window("what was the last word shown?", now, 20)[0] == (0.0, 600.0)  # "last" alone is no window


def test_cited_stream_times_get_their_wall_clock_time() -> None:
    start = datetime(2026, 12, 1, 14, 0, 0).timestamp()
    text = with_wall_clock('At [01:05] the screen shows "EXIT"; [01:00-01:10] speech.', lambda t: start + t)
    assert text == 'At [01:05, 14:01:05] the screen shows "EXIT"; [01:00-01:10, 14:01:00] speech.'


def test_a_cut_that_falls_exactly_on_a_chunk_edge_is_found() -> None:
    shots, options = ShotsPerceptor(), ShotsPerceptor.Options()
    carry = Carry()
    found = []
    for start, times, scores in [(0.0, [0, 1, 2], [0, 0, 0]), (3.0, [0, 1, 2], [0.9, 0, 0])]:
        inputs = _Scene(times, scores, 3.0)
        carry.start = start
        inputs.carry = carry
        found += [(ev.start + start, ev.text) for ev in shots(inputs, options)]
    assert found == [(0.0, "shot 1"), (3.0, "shot 2 (hard cut)")]
