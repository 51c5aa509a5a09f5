"""Two asks in one question, names the tagger knows by another name, people named after their thing,
and seeking a moment ("skip straight to ..."): each was refused before."""

from __future__ import annotations

import pytest
from test_grounded import Spy, ask, clip

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.backends import Backend
from videochat.llm.chains import NOT_FOUND, VideoChat
from videochat.llm.compound import split
from videochat.llm.evidence import variants
from videochat.llm.question import Intent, parse
from videochat.vocabulary import also_called, imagenet_words

pytestmark = pytest.mark.unit


def _chat(tr: Transcript | None = None) -> VideoChat:
    return VideoChat(tr or clip(), Backend("fake:tiny", "fake", Spy(responses=["x"]), 2048, small=True))


@pytest.mark.parametrize("question, parts", [
    ("when does HELLO appear and what colour is the lettering?", ["when does HELLO appear?", "what colour is the lettering?"]),
    ("what's the photo at 00:18? which colour is most of it?", ["what's the photo at 00:18?", "which colour is most of it?"]),
    ("Is there a dog; how long is it shown", ["Is there a dog?", "how long is it shown?"]),
    ("is there a cat and a dog?", ["is there a cat and a dog?"]),  # one ask about two things
    ("what is said between HELLO and when WORLD shows?", ["what is said between HELLO and when WORLD shows?"]),
    ("Is anything said during the coins? What?", ["Is anything said during the coins? What?"]),  # "What?" is no ask
    ("the dog and the cat, which comes first", ["the dog and the cat, which comes first"]),
])  # fmt: skip
def test_a_question_is_cut_where_a_new_ask_begins(question, parts):
    assert split(question) == parts


def test_each_ask_is_answered_and_the_unanswerable_one_is_named():
    reply = _chat().ask("when does WORLD appear and what colour is the lettering?").answer
    assert reply == ('"WORLD" is shown on screen at [00:11-00:14]. '
                     'As for "what colour is the lettering?": The transcript does not show this.')


def test_a_later_ask_that_names_nothing_reads_the_first_one():
    reply = _chat().ask("which colour is the dog and how long is it on screen?").answer
    assert reply == ('A dog is shown for about 5 seconds in all, at [00:07-00:12]. '
                     'As for "which colour is the dog?": The transcript does not show this.')
    assert _chat().ask("is the cat happy? and when is it shown?").answer.startswith("A cat is shown at [00:02-00:06].")


def test_no_ask_answered_is_one_plain_refusal():
    assert _chat().ask("who made the cat and how old is it?").answer == NOT_FOUND


def test_a_question_answered_whole_is_not_cut():
    assert _chat().ask("is there a dog? how long is it shown?").answer == \
        "A dog is shown for about 5 seconds in all, at [00:07-00:12]."  # the parse reads the second ask; it is answered


def _photo(noun: str, cls: str) -> Transcript:
    events = [Event(5, 12, "tags", "tags", noun, 0.8, {"label": noun, "classes": {cls: 0.8}})]
    return Transcript("p.mp4", 20.0, events, {"tags": PerceptorRun("1")})


def test_the_other_names_of_a_class_come_from_wordnet():
    assert also_called()["hedgehog"] == {"porcupine"}  # ImageNet's class "porcupine, hedgehog"
    assert "seashore" in also_called()["coast"]
    assert "drop" not in also_called()  # a cliff's rare name, not its commonest sense
    assert "lakeshore" in imagenet_words()
    assert "porcupine" in variants("hedgehogs")


def test_a_hedgehog_is_found_under_its_class_and_said_to_share_it():
    tr = _photo("porcupine", "porcupine")
    assert ask("when is the hedgehog shown?", tr) == (
        "A porcupine or hedgehog (one class of the image tagger) is shown at [00:05-00:12].")
    assert ask("is there a hedgehog?", tr).startswith("Yes: a porcupine or hedgehog")
    assert ask("is there a porcupine?", tr) == "Yes: a porcupine is shown at [00:05-00:12]."


def test_someone_named_after_their_thing_is_found_by_it():
    tr = _photo("parachute", "parachute")
    assert ask("when is the parachutist on screen?", tr) == "A parachute is shown at [00:05-00:12]."
    assert "parachute" not in variants("artist") and "art" not in variants("artist")


@pytest.mark.parametrize("question", [
    "im trying to skip straight to the dog, what second is that at",
    "skip to the part where the dog shows up",
    "I want to jump to the dog",
])  # fmt: skip
def test_seeking_a_thing_asks_when_it_is(question):
    q = parse(question, 15.0)
    assert q.intent == Intent.WHEN and q.terms == ["dog"]
    assert ask(question) == "A dog is shown at [00:07-00:12]."


def test_what_is_said_over_a_thing_that_is_only_said_is_that_line():
    events = [Event(12, 16, "speech", "asr", "those curly horns look like the antlers of a deer"),
              Event(2, 5, "speech", "asr", "a fish swims by")]
    tr = Transcript("m.mp4", 20.0, events, {"asr": PerceptorRun("1"), "tags": PerceptorRun("1")})
    assert ask("what is said over the horns?", tr) == \
        'At [00:12-00:16] someone says: "those curly horns look like the antlers of a deer".'
