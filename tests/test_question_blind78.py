"""Phrasings from the seventh and eighth blind splits (scored once, clean, before these fixes): who is
asking ("my kid wants to know ..."), "check whether", "at the bit where you hear X", "tell me the line
someone says as X is visible", "just past the middle", "photographs", "at timestamp 00:12", "distinct
ones" (not "one s"), and "while the space shuttle is on screen" (seen, not the word said)."""

from __future__ import annotations

import pytest
from test_grounded import ask, clip

from videochat.contracts.events import Event
from videochat.llm.question import Intent, parse
from videochat.llm.times import parse_times
from videochat.llm.wording import plain

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("my kid wants to know how many different words pop up in this video", Intent.COUNT, "2 different texts are shown on screen"),
    ("on-screen words: how many distinct ones?", Intent.COUNT, "2 different texts are shown on screen"),
    ("Check whether the word WORLD appears on screen.", Intent.PRESENCE, 'Yes: "WORLD" is shown on screen at [00:11-00:14].'),
    ("at the bit where you hear 'secret word', what's being shown?", Intent.WHAT, 'While "secret word" is said ([00:06-00:09]):'),
    ("tell me the line someone says as the dog is visible", Intent.WHAT, "While a dog is shown ([00:07-00:12]): at [00:06-00:09]"),
    ("How many photographs are in this slideshow altogether?", Intent.COUNT, "The video has 3 scenes"),
    ("Please state, verbatim, the on-screen word visible at timestamp 00:12.", Intent.WHAT, 'At [00:11-00:14] the screen shows "WORLD"'),
    ("what's the very first picture in the slideshow", Intent.WHAT, "At [00:02-00:06] the video shows a cat."),
])  # fmt: skip
def test_blind78_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


def test_who_asks_is_not_part_of_the_question() -> None:
    assert plain("my mum wants to know what the person says") == "what the person says"
    assert plain("I was wondering: is there a dog?") == "is there a dog?"
    assert plain("my kid") == "my kid"  # nothing left: kept


def test_just_past_the_middle_and_plural_number_words() -> None:
    (window,), _ = parse_times("just past the middle, what photo is up?", 20.0)
    assert 10.0 <= window.start and window.end <= 14.0
    assert parse_times("how many distinct ones? tens of them", 20.0)[0] == []


def test_a_thing_on_screen_anchors_on_what_is_seen_not_a_word_said() -> None:
    tr = clip()
    tr.events.append(Event(7, 12, "tags", "tags", "spacecraft", 0.9, {"label": "spacecraft", "classes": {"space shuttle": 0.9}}))
    tr.events.append(Event(7, 11, "speech", "asr", "This one only ever went to space once."))
    said = ask("what is being said while the space shuttle is on screen?", tr)
    assert said.startswith("While a spacecraft is shown ([00:07-00:12]):") and "went to space once" in said
