"""Phrasings from the fifteenth and sixteenth blind splits (scored once, clean, before these fixes): a
role or purpose before the question ("moderator review:", "for the insurance report,", "sound
engineer:"), "the VO", "right off the bat", "during X, is anything spoken", "what's the picture under it"."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.question import Intent, parse
from videochat.llm.wording import plain

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("moderator review: describe everything in this upload", Intent.OPEN, "The video lasts 00:15"),
    ("for the insurance report, confirm whether the word WORLD appears at any point", Intent.PRESENCE,
     'Yes: "WORLD" is shown on screen at [00:11-00:14].'),
    ("can you transcribe the VO for me", Intent.WHAT, 'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ('sound engineer: the VO line "secret word" - what is the picture under it?', Intent.WHAT,
     'While "secret word" is said ([00:06-00:09]): at [00:07-00:12] the video shows a dog'),
    ("During the word WORLD, is anything spoken, and what is it?", Intent.WHAT, 'While "WORLD" is on screen ([00:11-00:14]), nothing is said.'),
    ("what word is on screen right off the bat?", Intent.WHAT, 'At [00:01-00:04] the screen shows "HELLO".'),
    ("How many words is written in the video? Different ones, I mean.", Intent.COUNT, "2 different texts are shown on screen"),
    ("ok genius, what's in this video, start to finish", Intent.OPEN, "The video lasts 00:15"),
])  # fmt: skip
def test_blind1516_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


def test_a_role_is_stripped_but_a_thing_before_a_colon_is_kept() -> None:
    assert plain("the cat: when is it shown?") == "the cat: when is it shown?"
    assert plain("for the last 5 seconds, what is shown?") == "for the last 5 seconds, what is shown?"
