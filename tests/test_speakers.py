"""Speaker turns: the GE2E encoder and its weights, clustering voices, labelling Whisper's words,
and the whole asr perceptor on clips with known turns (espeak-ng voices and a recorded reader)."""

from __future__ import annotations

import re

import numpy as np
import pytest
import torch
from media import (
    RATE,
    conversation,
    debian_files,
    dialog_spec,
    make_clip,
    speaker_error,
)

from videochat.contracts.errors import ModelUnavailable
from videochat.contracts.events import Event, Transcript
from videochat.models import ModelStore
from videochat.perceptors import ge2e
from videochat.perceptors.speakers import Turn, diarize, voiced_islands
from videochat.perceptors.turns import label_segments, speaker_at

MALE, FEMALE, OTHER = "en-us+m3", "en+f4", "en-gb+m7"
LINES = ["good morning, did you sleep well", "not really, the neighbours had a party",
         "that sounds awful, was it loud", "very loud, they played music until three",
         "you should talk to them today", "maybe I will after breakfast"]  # fmt: skip


@pytest.fixture(scope="module")
def encoder(models_dir):
    """The real encoder, its weights read out of the resemblyzer wheel into the session's store."""
    return ge2e.load(ModelStore(models_dir).resolve("ge2e-speaker"))


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    """A recorded voice: the LibriVox reader in Debian's pocketsphinx-testdata (five short readings)."""
    root = debian_files("pocketsphinx-testdata", tmp_path_factory.mktemp("debs"))
    if root is None:
        pytest.skip("cannot fetch pocketsphinx-testdata with apt-get")
    files = sorted(root.rglob("librivox/*.wav"))
    assert len(files) == 5
    return [str(f) for f in files]


@pytest.mark.unit
def test_mel_front_end_is_40_channels_every_10_ms():
    t = np.arange(RATE) / RATE
    tone = (0.1 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    mel = ge2e.mel_frames(tone)
    assert mel.shape == (101, 40)  # one frame per 160 samples, centred
    peak = int(mel[50].argmax())
    assert 12 <= peak <= 14  # 1 kHz = mel 15 of 45.2 at Nyquist on the Slaney scale: filter 13 of 40
    assert mel[50, peak] > 100 * mel[50, 0]
    assert ge2e.loudness_gain(tone) == 1.0  # -23 dBFS is loud enough: never turned down
    assert ge2e.loudness_gain(tone * 0.01) > 1.0


@pytest.mark.unit
def test_weights_must_fit_exactly(tmp_path):
    state = ge2e.GE2E().state_dict()
    good = tmp_path / "good.pt"
    torch.save({"model_state": {**state, "similarity_weight": torch.ones(1)}, "step": 1}, good)
    assert isinstance(ge2e.load(good), ge2e.GE2E)  # training-only GE2E loss parameters are ignored
    cases = {
        "missing": {k: v for k, v in state.items() if k != "linear.bias"},
        "unexpected": {**state, "extra.weight": torch.zeros(3)},
        "wrong shape": {**state, "linear.weight": torch.zeros(128, 256)},
    }
    for what, bad in cases.items():
        path = tmp_path / f"{what}.pt"
        torch.save(bad, path)
        with pytest.raises(ModelUnavailable, match=what) as info:
            ge2e.load(path)
        assert "\n" not in str(info.value)
    (tmp_path / "junk.pt").write_bytes(b"not a checkpoint")
    with pytest.raises(ModelUnavailable, match="cannot read"):
        ge2e.load(tmp_path / "junk.pt")


@pytest.mark.unit
def test_speaker_at_and_splitting_a_segment_at_the_turn():
    turns = [Turn(0.0, 2.0, "S1"), Turn(2.2, 4.0, "S2")]
    assert speaker_at(0.5, 1.0, turns) == "S1"
    assert speaker_at(1.8, 2.6, turns) == "S2"  # more of it in S2's turn
    assert speaker_at(5.0, 5.5, turns) == "S2"  # past the end: the nearest turn
    words = [{"start": 0.2, "end": 0.6, "word": "Hi."}, {"start": 0.7, "end": 1.5, "word": "Hello!"},
             {"start": 2.4, "end": 3.0, "word": "Hey"}, {"start": 3.0, "end": 3.8, "word": "there."}]  # fmt: skip
    seg = {"start": 0.0, "end": 4.0, "text": "Hi. Hello! Hey there.", "avg_logprob": -0.2, "words": words}
    out = label_segments([seg], turns)
    assert [(s["start"], s["end"], s["speaker"], s["text"]) for s in out] == [
        (0.0, 1.5, "S1", "Hi. Hello!"), (2.4, 4.0, "S2", "Hey there.")]
    assert [w["speaker"] for s in out for w in s["words"]] == ["S1", "S1", "S2", "S2"]
    # numbered by first appearance in the speech, whatever the clustering called them
    renamed = label_segments([{**seg, "words": words[2:]}], [Turn(0.0, 2.0, "S1"), Turn(2.2, 4.0, "S2")])
    assert renamed[0]["speaker"] == "S1"


@pytest.mark.unit
def test_rendering_names_the_speaker_and_quotes_the_words():
    events = [Event(6.0, 8.0, "speech", "asr", "Hello there.", 0.9, {"speaker": "S2", "words": []}),
              Event(9.0, 9.5, "speech", "asr", "plain", None, {})]  # fmt: skip
    t = Transcript("v.mp4", 10.0, events)
    assert t.render().splitlines() == ['[00:06-00:08] speech (S2): "Hello there."', "[00:09-00:10] speech: plain"]
    assert t.to_dict()["speakers"] == {"S2": {"seconds": 2.0, "turns": 1, "first": 6.0, "last": 8.0}}
    assert "speakers" not in Transcript("v.mp4", 10.0, events[1:]).to_dict()


@pytest.mark.unit
def test_voiced_islands_split_at_pauses():
    audio = np.zeros(4 * RATE, np.float32)
    audio[RATE // 2: RATE] = 0.1 * np.sin(np.arange(RATE // 2) / 3)
    audio[int(1.5 * RATE): 3 * RATE] = 0.1 * np.sin(np.arange(int(1.5 * RATE)) / 3)
    islands = voiced_islands(audio, RATE, [(0.0, 4.0)])
    assert [(round(a, 1), round(b, 1)) for a, b in islands] == [(0.5, 1.0), (1.5, 3.0)]
    assert voiced_islands(audio, RATE, [(3.2, 4.0)]) == []  # only inside the regions Whisper heard


def _score(encoder, utterances, n_speakers=None):
    audio, truth = conversation(utterances, gap=0.5)
    return speaker_error(truth, diarize(encoder, audio, RATE, [(0.0, len(audio) / RATE)], n_speakers))


@pytest.mark.model
@pytest.mark.slow
def test_two_espeak_voices_alternating(encoder):
    score = _score(encoder, [(v, f"espeak:{v}", line) for v, line in zip([MALE, FEMALE] * 3, LINES, strict=True)])
    assert score["count"] == 2, score
    assert score["wrong"] <= 0.10, score


@pytest.mark.model
@pytest.mark.slow
def test_one_voice_is_one_speaker(encoder, reader):
    assert _score(encoder, [(MALE, f"espeak:{MALE}", line) for line in LINES])["count"] == 1
    assert _score(encoder, [("reader", f, "") for f in reader])["count"] == 1


@pytest.mark.model
@pytest.mark.slow
def test_recorded_voice_alternating_with_a_synthetic_one(encoder, reader):
    utterances = []
    for i, f in enumerate(reader):
        utterances += [("reader", f, ""), (OTHER, f"espeak:{OTHER}", LINES[i])]
    score = _score(encoder, utterances)
    assert score["count"] == 2, score
    assert score["wrong"] <= 0.10, score


@pytest.mark.model
@pytest.mark.slow
def test_three_speakers_and_a_forced_count(encoder, reader):
    utterances = []
    for i in range(3):
        utterances += [("reader", reader[i], ""), (MALE, f"espeak:{MALE}", LINES[i]), (FEMALE, f"espeak:{FEMALE}", LINES[i + 3])]
    score = _score(encoder, utterances)
    assert score["count"] == 3, score
    assert score["wrong"] <= 0.10, score
    assert _score(encoder, utterances, n_speakers=2)["count"] == 2
    assert _score(encoder, utterances, n_speakers=1)["count"] == 1


@pytest.fixture(scope="module")
def dialog(tmp_path_factory):
    """A video of two espeak voices taking turns, and the truth [(start, end, voice)]."""
    lines = [("hello there, how are you doing today", MALE), ("I am fine thanks, and you", FEMALE),
             ("not bad at all, the weather is lovely", MALE), ("yes it is a wonderful sunny day", FEMALE),
             ("let us go for a walk in the park", MALE)]  # fmt: skip
    spec, truth = dialog_spec(lines)
    video = tmp_path_factory.mktemp("clips") / "dialog.mp4"
    make_clip(video, spec)
    return video, truth


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_asr_labels_turns_and_splits_segments(dialog, tmp_path):
    from conftest import transcript_json

    video, truth = dialog
    result = transcript_json(str(video), "--perceptors", "asr")
    speech = [e for e in result["events"] if e["kind"] == "speech"]
    assert result["perceptors"]["asr"]["stats"]["speakers"] == 2
    assert set(result["speakers"]) == {"S1", "S2"}
    words = [w for e in speech for w in e["data"]["words"]]
    assert all(w["speaker"] == e["data"]["speaker"] for e in speech for w in e["data"]["words"])
    who = {MALE: "S1", FEMALE: "S2"}
    right = sum(w["end"] - w["start"] for w in words
                if who[max(truth, key=lambda t: min(t[1], w["end"]) - max(t[0], w["start"]))[2]] == w["speaker"])
    assert right >= 0.9 * sum(w["end"] - w["start"] for w in words)
    off = transcript_json(str(video), "--perceptors", "asr", "--perceptor-option", "asr.speakers=0")
    assert not any("speaker" in e["data"] for e in off["events"]) and "speakers" not in off
    junk = tmp_path / "junk.pt"
    junk.write_bytes(b"not weights")
    broken = transcript_json(str(video), "--perceptors", "asr", "--perceptor-option", f"asr.speaker_model={junk}")
    assert broken["perceptors"]["asr"]["status"] == "ok"  # the words are kept, unlabelled, and the reason said
    assert "cannot read speaker encoder weights" in broken["perceptors"]["asr"]["stats"]["speakers_error"]
    assert [e["text"] for e in broken["events"]] == [e["text"] for e in off["events"]]


@pytest.mark.e2e
@pytest.mark.model
@pytest.mark.slow
def test_ask_how_many_people_speak_and_who_says_what(dialog):
    import json

    from conftest import run_cli

    video, _ = dialog
    proc = run_cli("ask", str(video), "How many people speak?", "--json", "--perceptors", "asr")
    assert proc.returncode == 0, proc.stderr
    assert re.match(r"2 speakers are heard: S1 \(from \[00:0[01]\]\), S2 \(from \[00:0[2-5]\]\)\.$", json.loads(proc.stdout)["answer"])
    proc = run_cli("ask", str(video), "What does the second speaker say?", "--json", "--perceptors", "asr")
    answer = json.loads(proc.stdout)["answer"]
    assert answer.startswith("S2 says:") and "fine" in answer.lower() and "park" not in answer.lower(), answer
