"""A name finer than the tagger's word ("the robin" when it says "bird"; ImageNet's own classes and their
everyday nouns, vocabulary.broader) is answered with the label and said to be only that; and "the time
span during which X is on screen" asks when, not what happens during it."""

from __future__ import annotations

import pytest
from test_grounded import ask, clip

from videochat.contracts.events import Event
from videochat.llm.question import Intent, parse
from videochat.vocabulary import broader

pytestmark = pytest.mark.unit


def _birds():
    tr = clip()
    tr.events.append(Event(0, 1.5, "tags", "tags", "bird", 0.88, {"label": "bird", "classes": {"brambling": 0.8}}))
    return tr


def test_fine_imagenet_classes_map_to_the_taggers_noun() -> None:
    assert broader("robin") == "bird" and broader("Tabby") == "cat" and broader("beagle") == "dog"
    assert broader("retriever") == "dog"  # the head word several dog classes share
    assert broader("shepherd") is None  # one class's head word may mean a person
    assert broader("book") is None and broader("cat") is None and broader("kitten") is None


@pytest.mark.parametrize("question, start, tail", [
    ("skip to the robin - what time is that at?", "A bird is shown at [00:00-00:02]", "not recognised as a robin in particular."),
    ("the robin is up for how long?", "A bird is shown for about 2 seconds in all", "not recognised as a robin in particular."),
    ("is there a robin?", "Possibly: a bird is shown at [00:00-00:02]", "not recognised as a robin in particular."),
])  # fmt: skip
def test_a_finer_name_is_answered_with_the_label_and_said_so(question: str, start: str, tail: str) -> None:
    said = ask(question, _birds())
    assert said.startswith(start) and said.endswith(tail), said


def test_a_name_the_tagger_knows_exactly_needs_no_hedge_and_no_bird_is_no_robin() -> None:
    said = ask("when is the tabby shown?")
    assert said.startswith("A cat is shown at [00:02-00:06]") and "particular" not in said, said
    assert ask("skip to the robin - what time is that at?").startswith("The transcript does not show this")


@pytest.mark.parametrize("question, terms", [
    ("Please specify the time span during which the cat is on screen.", ["cat"]),
    ("tell me the seconds where the dog is in view", ["dog"]),
    ("Between which timestamps is the dog visible?", ["dog"]),
    ("Could you tell me when the cat is shown?", ["cat"]),
    ("give me the range in which the word WORLD is visible", ["WORLD"]),
])  # fmt: skip
def test_the_stretch_of_time_something_is_on_is_a_when_question(question: str, terms: list[str]) -> None:
    q = parse(question, 15.0)
    assert q.intent is Intent.WHEN and q.relation is None and [t for t in q.terms if t in terms] == terms, q
    said = ask(question)
    assert "[00:" in said and not said.startswith("The transcript does not show"), said


def test_what_is_said_in_the_time_something_is_on_stays_a_relation() -> None:
    q = parse("what is said at the times when the dog is visible?", 15.0)
    assert q.intent is Intent.WHAT and q.relation == "while" and q.anchor == ["dog"]
