"""Phrasings from the eleventh and twelfth blind splits (scored once, clean, before these fixes): a
purpose or check before a colon ("Quick check for a support ticket: ..."), someone outside the video
reporting ("The customer says ..."), "a transcript of", "provide ...", "What's in it?", and a yes/no
question after a clause ("Listening only to the audio: does the word X ever come up?")."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.contracts.events import Event
from videochat.llm import evidence as ev_
from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("Quick check for a support ticket: does a dog appear anywhere?", Intent.PRESENCE, "Yes: a dog is shown at [00:07-00:12]."),
    ("The customer says there are loads of words on screen. How many different ones are there?", Intent.COUNT,
     "2 different texts are shown on screen"),
    ("Provide a transcript of all spoken words in this recording.", Intent.WHAT, 'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ("I haven't watched it yet. What's in it?", Intent.OPEN, "The video lasts 00:15"),
    ('Listening only to the audio: does the word "coffee" ever come up?', Intent.PRESENCE, 'Yes: "coffee" is said at [00:06-00:09].'),
    ("the opening image - what is it a photo of?", Intent.WHAT, "At [00:02-00:06] the video shows a cat."),
    ("Which photo closes the slideshow, the very last one?", Intent.WHAT, "At [00:07-00:12] the video shows a dog."),
])  # fmt: skip
def test_blind1112_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


def test_a_quoted_phrase_heard_as_one_word() -> None:
    assert ev_.loosely_said(Event(0, 2, "speech", "asr", "The caretaker found that wasnest behind the boiler."), "a wasp nest")
    assert not ev_.loosely_said(Event(0, 2, "speech", "asr", "We went to the lake."), "a wasp nest")
