"""Two hearings of the same speech voted into one line, word by word, by confidence (perceptors/asr_vote.py);
and the real pipeline doing it with Whisper tiny.en and Whisper base on espeak-ng speech."""

from __future__ import annotations

import pytest

from videochat.contracts.events import Event, Transcript
from videochat.llm.grounded import answer
from videochat.llm.question import parse
from videochat.perceptors.asr_vote import combine


def _line(start: float, words: list[tuple[str, float]], step: float = 0.4) -> dict:
    ws = [{"start": round(start + i * step, 2), "end": round(start + (i + 1) * step, 2), "word": w, "p": p}
          for i, (w, p) in enumerate(words)]
    return {"start": start, "end": ws[-1]["end"], "text": " ".join(w for w, _ in words), "avg_logprob": -0.5, "words": ws}


@pytest.mark.unit
def test_the_surer_words_win_where_the_hearings_differ() -> None:
    tiny = _line(1.0, [("The", 0.9), ("floor", 0.3), ("is", 0.2), ("trapped,", 0.25), ("twelve", 0.9), ("sunflowers", 0.8),
                       ("in", 0.9), ("round", 0.3), ("paper.", 0.9)])
    base = _line(1.1, [("The", 0.9), ("florist", 0.7), ("wrapped", 0.6), ("twelve", 0.9), ("sunflowers", 0.9), ("in", 0.9),
                       ("brown", 0.8), ("paper.", 0.9)])
    (line,) = combine([tiny], [base])
    assert line["text"] == "The florist wrapped twelve sunflowers in brown paper."
    assert line["heard_as"] == [tiny["text"]]  # the losing hearing is kept
    assert [w["word"] for w in line["words"]] == line["text"].split()


@pytest.mark.unit
def test_a_surer_first_hearing_keeps_its_words_and_agreement_changes_nothing() -> None:
    first = _line(0.0, [("a", 0.9), ("walrus", 0.8), ("sunbathed", 0.7)])
    worse = _line(0.0, [("a", 0.9), ("while", 0.3), ("us", 0.2), ("sunbathed", 0.6)])
    (line,) = combine([first], [worse])
    assert line["text"] == "a walrus sunbathed" and line["heard_as"] == [worse["text"]]
    (same,) = combine([first], [_line(0.0, [("A", 0.5), ("walrus", 0.5), ("sunbathed.", 0.5)])])
    assert same["text"] == "a walrus sunbathed" and "heard_as" not in same  # case and punctuation are no disagreement


@pytest.mark.unit
def test_speech_only_the_second_model_heard_is_added_and_far_words_stay_out() -> None:
    first = [_line(0.0, [("hello", 0.9), ("there", 0.9)])]
    second = [_line(0.0, [("hello", 0.9), ("there", 0.9)]), _line(8.0, [("good", 0.8), ("night", 0.8)])]
    lines = combine(first, second)
    assert [ln["text"] for ln in lines] == ["hello there", "good night"]
    assert lines[1]["start"] == 8.0


@pytest.mark.unit
def test_a_word_only_the_losing_hearing_caught_is_still_found() -> None:
    """"is 'hairpin' said?": the vote kept another word, but a hearing held it, so the answer is yes."""
    ev = Event(2.0, 6.0, "speech", "asr", "The locksmith opened the shed with a hair pin.", 0.6,
               {"heard_as": ["The locks misopened the shed with a hairpin."]})
    tr = Transcript("clip.mp4", 10.0, [ev])
    reply = answer(parse('is the word "hairpin" said?', 10.0), tr).candidates[0]
    assert reply.startswith("Yes") and "[00:02-00:06]" in reply
    assert "also heard as" in tr.render()


@pytest.mark.model
@pytest.mark.slow
def test_pipeline_votes_tiny_and_base_on_real_speech(tmp_path) -> None:
    """espeak-ng speech that Whisper tiny.en alone mishears ("round paper"): the default ASR (tiny.en with
    Whisper base heard beside it) writes a line with the sentence's key words, and says which model voted."""
    from conftest import transcript_json
    from media import ClipSpec, make_clip

    path = tmp_path / "florist.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 6.0)], words=[], speech=[("the florist wrapped twelve sunflowers in brown paper", 1.0)]))
    result = transcript_json(str(path), "--perceptors", "asr")
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok" and run["stats"].get("second_model") == "whisper-base", run
    text = " ".join(e["text"].lower() for e in result["events"] if e["kind"] == "speech")
    assert sum(k in text for k in ("florist", "sunflower", "brown")) >= 2, text


@pytest.mark.unit
def test_the_second_hearing_backs_the_default_model_only() -> None:
    from videochat.perceptors.asr import ASROptions, ASRPerceptor

    assert ASROptions().second_name == "whisper-base"
    assert ASROptions(model="whisper-tiny.en").second_name == "whisper-base"  # the default, named
    assert ASROptions(model="large-v3").second_name == ""  # a big model needs no small second opinion
    assert ASROptions(backend="openai-whisper").second_name == ""
    assert ASROptions(second_model="").second_name == ""
    assert ASROptions(model="large-v3", second_model="whisper-base").second_name == "whisper-base"
    assert "whisper-base" in ASRPerceptor().models(ASROptions(speakers=0))  # `videochat models pull` fetches it


@pytest.mark.model
@pytest.mark.slow
def test_speech_in_another_language_is_written_by_the_multilingual_hearing(tmp_path) -> None:
    """tiny.en can only write English; on German speech the default ASR takes Whisper base's German lines and
    says the language, instead of voting German words against English guesses."""
    from conftest import transcript_json
    from media import ClipSpec, make_clip

    path = tmp_path / "deutsch.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 7.0)], words=[], voice="de",
                             speech=[("der Hund spielt heute im Garten mit einem roten Ball", 1.0)]))
    result = transcript_json(str(path), "--perceptors", "asr")
    run = result["perceptors"]["asr"]
    assert run["status"] == "ok" and run["stats"]["language"] == "de" and run["stats"].get("second_language") == "de", run
    text = " ".join(e["text"].lower() for e in result["events"] if e["kind"] == "speech")
    assert sum(w in text for w in ("hund", "garten", "ball")) >= 2, text
    (language,) = [e for e in result["events"] if e["kind"] == "language"]
    assert language["text"] == "German"
