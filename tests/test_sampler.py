"""The one-pass sampler: frames, timing, sizes, budget, audio, scene scores; the frame store."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from media import ClipSpec, make_clip

from videochat.pipeline.frames import FrameStore
from videochat.pipeline.probe import probe
from videochat.pipeline.sampler import SampleSpec, open_media


@pytest.fixture(scope="module")
def tall_clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("tall") / "tall.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 4.0), ("yellow", 4.0)], words=[], size=(360, 640), audio=False))
    return path


@pytest.mark.e2e
def test_probe(story):
    path, spec = story
    info = probe(path)
    assert (info.width, info.height, info.has_audio) == (640, 360, True)
    assert abs(info.duration - spec.duration) < 0.1 and abs(info.fps - 25) < 0.01


@pytest.mark.e2e
def test_frames_audio_and_scene_in_one_pass(story, tmp_path):
    path, spec = story
    media = open_media(probe(path), SampleSpec(fps=2.0, short_side=180), tmp_path / "w")
    frames = list(media.frames)
    assert len(frames) == 30
    assert [f.t for f in frames[:3]] == [0.0, 0.5, 1.0]
    assert frames[0].image.shape == (180, 320, 3) and frames[0].image.dtype == np.uint8
    assert frames[0].image[90, 10, 2] > 100 > frames[0].image[90, 10, 0]  # navy: blue, not red
    assert frames[12].image[90, 10, 0] > 100  # darkred after the cut at 5 s
    audio = media.audio
    assert audio.dtype == np.float32 and abs(len(audio) / 16000 - spec.duration) < 0.1
    speech = np.abs(audio[int(6.2 * 16000) : int(7.5 * 16000)]).mean()
    assert speech > 20 * np.abs(audio[: 16000 * 5]).mean() + 1e-4  # espeak starts at 6 s, silence before
    scores = media.frame_scene_scores()
    assert set(np.flatnonzero(scores > 0.3)) == {10, 20}  # the frames at the two cuts
    times, full = media.scene
    assert len(times) >= 10 * spec.duration - 2  # scene scores at up to 10 fps, not just the samples
    media.close()
    assert not (tmp_path / "w").exists()


@pytest.mark.e2e
def test_short_side_budget_and_no_upscale(tall_clip, tmp_path):
    info = probe(tall_clip)
    media = open_media(info, SampleSpec(fps=5.0, max_frames=4, short_side=1000), tmp_path / "w")
    frames = list(media.frames)
    assert len(frames) == 4 and media.fps == pytest.approx(0.5)  # 8 s into 4 frames
    assert frames[0].image.shape == (640, 360, 3)  # portrait kept, never upscaled
    assert media.audio is None
    media.close()
    assert SampleSpec(short_side=240).frame_size(info) == (240, 426)


@pytest.mark.unit
def test_frame_store_readers_follow_the_writer(tmp_path):
    store = FrameStore(tmp_path / "f.u8", 4, 2, capacity=50, fps=10)
    seen: list[list[int]] = [[], []]

    def reader(k):
        for frame in store:
            seen[k].append(int(frame.image[0, 0, 0]))

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for i in range(50):
        store.append(np.full((2, 4, 3), i, np.uint8).tobytes())
    assert not store.append(np.zeros((2, 4, 3), np.uint8).tobytes())  # over capacity: dropped
    store.close()
    for t in threads:
        t.join(5)
    assert seen == [list(range(50))] * 2
    assert store[49].t == pytest.approx(4.9)
    store.release()


@pytest.mark.unit
def test_frame_store_error_reaches_readers(tmp_path):
    store = FrameStore(tmp_path / "f.u8", 2, 2, capacity=5, fps=1)
    store.close(RuntimeError("decoder died"))
    with pytest.raises(RuntimeError, match="decoder died"):
        list(store)


@pytest.mark.e2e
def test_clips(story, tmp_path):
    path, _ = story
    media = open_media(probe(path), SampleSpec(fps=1.0, short_side=64), tmp_path / "w")
    starts = [[f.index for f in clip] for clip in media.clips(4, stride=2)]
    assert starts[:3] == [[0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7]] and starts[-1] == [10, 11, 12, 13]
    assert [len(c) for c in media.clips(8)] == [8]  # back to back: 15 frames hold one whole stack of 8
    media.close()
