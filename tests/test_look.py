"""The look perceptor: dark/bright scenes and dominant colours, on generated shots and a real photo."""

from __future__ import annotations

import numpy as np
import pytest
from media import ClipSpec, make_clip

from videochat.contracts.events import merge_events
from videochat.perceptors.base import Inputs
from videochat.perceptors.look import LookOptions, LookPerceptor, describe
from videochat.pipeline.probe import probe
from videochat.pipeline.sampler import SampleSpec, open_media


@pytest.mark.e2e
def test_one_line_per_shot(tmp_path):
    path = tmp_path / "look.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 3.0), ("yellow", 3.0), ("gray", 3.0)], words=[], audio=False))
    media = open_media(probe(path), SampleSpec(), tmp_path / "work")
    try:
        events = merge_events(LookPerceptor()(Inputs(media), LookOptions()))
    finally:
        media.close()
    assert [(e.start, e.end, e.text) for e in events] == [
        (0.0, 3.0, "dark scene, mostly blue"),
        (3.0, 6.0, "bright scene, mostly yellow"),
        (6.0, 9.0, "almost no colour"),
    ]
    assert events[0].kind == "look" and events[0].data["colours"]["blue"] > 0.9


@pytest.mark.unit
def test_real_photos():
    data = pytest.importorskip("skimage.data")
    assert describe(data.rocket(), LookOptions())[0] == "mostly blue"  # sky
    assert describe(data.chelsea(), LookOptions())[0] == "mostly orange"  # ginger cat
    assert describe(data.hubble_deep_field(), LookOptions())[0] == "dark scene"  # night sky, a few faint dots
    grey = np.stack([data.camera()] * 3, axis=-1)
    assert describe(grey, LookOptions())[0] == "almost no colour"
