"""Paraphrases that once parsed wrong: seeking the player as a time ("if I skip to 0:02"), cut counts,
vague starts, a shown word's disappearance, cross-modal questions, the first/last picture, the place a
thing is in ("the greeting in the output box") and what a box "says"."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.grounded import NOT_FOUND
from videochat.llm.question import Intent, parse
from videochat.llm.wording import plain

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, plain_text", [
    ("So if I skip to 0:02, what word would I be reading on screen?", "at 0:02, what word would I be reading on screen?"),
    ("If I pause it at 00:16, what am I looking at?", "at 00:16, what am I looking at?"),
    ("jump to the end - which word", "at the end - which word"),
    ("vid's length in secs?", "video's length in seconds?"),
    ("stop at the bus stop", "stop at the bus stop"),  # no time follows: not seeking
])  # fmt: skip
def test_seeking_the_player_is_a_time(question, plain_text):
    assert plain(question) == plain_text


@pytest.mark.parametrize("question, expected", [
    ("So if I skip to 0:02, what word would I be reading on screen?", 'At [00:01-00:04] the screen shows "HELLO".'),
    ("If I pause it at 0:03, what am I looking at?", "At [00:02-00:06] the video shows a cat"),  # seen first, then read
    ("vid's length in secs?", "The video is 00:15 long"),
    ("number of shots in this clip?", "The video has 3 scenes"),
    ("so how many hard cuts happen", "There are 2 cuts"),
    ("how many are there?", NOT_FOUND),  # counting nothing named: not "2 different things"
    ("what word is up a bit after it starts?", 'At [00:01-00:04] the screen shows "HELLO".'),
    ("how long before the word WORLD goes away again", '"WORLD" is on screen for about 3 seconds'),
    ("the dog comes on - and what's said right then?", 'While a dog is shown ([00:07-00:12]): at [00:06-00:09] someone says'),
    ("Tell me the words spoken over the dog.", 'While a dog is shown ([00:07-00:12]): at [00:06-00:09] someone says'),
    ("what's the very first picture?", "At [00:02-00:06] the video shows a cat."),
    ("and the last photo it ends on, what is it", "At [00:07-00:12] the video shows a dog."),
    ("a dog in there y/n", "Yes: a dog is shown at [00:07-00:12]."),
])  # fmt: skip
def test_paraphrases_reach_their_rule(question, expected):
    assert ask(question).startswith(expected), ask(question)


def test_in_this_scene_is_still_a_place():
    assert parse("what is the cat doing in this scene?", 15.0).modality is None
    assert parse("how long before the word WORLD goes away again", 15.0).intent == Intent.DURATION


def form() -> Transcript:
    events = [Event(0, 4, "text", "ocr", "Name"), Event(0, 4, "text", "ocr", "Output Box"), Event(0, 4, "text", "ocr", "Greet"),
              Event(1, 4, "text", "ocr", "Abubakar"), Event(3, 4, "text", "ocr", "Hello Abubakar!")]  # fmt: skip
    return Transcript("form.mp4", 4.2, events, {"ocr": PerceptorRun("1"), "tags": PerceptorRun("1")})


def test_the_place_a_thing_is_in_is_not_the_thing():
    q = parse("when exactly does it show the greeting in the output box?", 4.2)
    assert q.terms == ["greeting", "output", "box"] and q.place == ["output", "box"]
    assert ask("when exactly does it show the greeting in the output box?", form()) == NOT_FOUND  # not the box's label
    said = ask("what does the output box say right at the end", form())  # what is written in it, not speech
    assert "Hello Abubakar!" in said and "Output Box" not in said, said


def test_the_kind_of_cut_is_no_name():
    from test_grounded import clip

    tr = clip()
    tr.events.append(Event(12, 14, "tags", "tags", "hard disc", 0.5, {"label": "hard disc"}))
    assert ask("so how many hard cuts happen", tr).startswith("There are 2 cuts")  # not how often a "hard disc" is seen


def test_right_before_a_time_is_no_name():
    q = parse("what am i looking at right at the start of this video", 22.0)
    assert (q.modality, q.terms, [(w.start, w.end) for w in q.times]) == ("visual", [], [(0.0, 3.0)])


def test_an_on_screen_word_stays_a_name_even_when_it_is_a_cue():
    assert parse("when is the THANKS FOR WATCHING message shown", 20.0).terms == ["THANKS", "WATCHING", "message"]
    assert parse("what am I watching at 0:03", 20.0).modality == "visual"


def test_a_thing_in_a_place_the_transcript_lacks_is_refused():
    assert ask("when does the cat on the sofa appear") == NOT_FOUND  # a cat, but no sofa, which the tagger knows
    assert ask("when is the cat on the seashore shown") == NOT_FOUND


def test_a_place_no_perceptor_can_see_is_said_to_be_unchecked():
    """The tagger has no class for gardens or grass: the cat is found, and the answer says the garden
    could not be checked, instead of refusing a question the video may well answer."""
    assert ask("when does the cat in the garden appear") == (
        "A cat is shown at [00:02-00:06] (whether it is in the garden cannot be told: no perceptor that ran recognises garden).")
    assert ask("when does the horse in the garden appear") == NOT_FOUND  # no horse at all
    assert ask("when does the dog show up in the video?") == "A dog is shown at [00:07-00:12]."  # "the video" is no place
