"""Phrasings from the fourth blind split that the parse missed (scored once before these fixes): a
wh- or yes/no clause after the thing ("'GINGER' - which second does that land on screen", "I'm looking
for a pencil, does this video have it"), "the order:", "the seconds X gets", "shots total?", "the
moment I hear ...", "before it finishes"; and a name read on screen is not the thing itself."""

from __future__ import annotations

import pytest
from test_grounded import ask, clip

from videochat.contracts.events import Event
from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("tell me the order: world, hello", Intent.ORDER, '"HELLO" comes first, at [00:01]; then "WORLD" at [00:11]'),
    ("count the different backgrounds for me", Intent.COUNT, "The video has 3 scenes"),
    ("shots total?", Intent.COUNT, "The video has 3 scenes"),
    ("'WORLD' - which second does that land on screen", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("WORLD: at what time?", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("how many words get flashed on the screen during this", Intent.COUNT, '2 different texts are shown on screen'),
    ("ballpark figure on the seconds the word WORLD gets", Intent.DURATION, '"WORLD" is on screen for about 3 seconds'),
    ("how many seconds is WORLD on screen", Intent.DURATION, '"WORLD" is on screen for about 3 seconds'),
    ("and the clip runs for how many seconds in total", Intent.LENGTH, "The video is 00:15 long"),
    ("I'm looking for a dog, does this video have it", Intent.PRESENCE, "Yes: a dog is shown"),
    ("the moment i hear \"secret word\", what is the picture", Intent.WHAT, 'While "secret word" is said'),
    ("what's the final image before it finishes", Intent.WHAT, 'At [00:11-00:14] the screen shows "WORLD"'),
])  # fmt: skip
def test_blind4_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


def test_the_moment_a_line_is_heard_names_what_is_seen_then() -> None:
    said = ask("the moment i hear \"secret word\", what is the picture")
    assert "dog" in said and "cat" not in said


@pytest.mark.parametrize("question", ["how is the person talking feeling, are they happy?",
                                      "how many views does this video have"])  # fmt: skip
def test_properties_in_a_later_clause_are_still_refused(question: str) -> None:
    assert ask(question) == "The transcript does not show this."


def test_a_word_read_on_screen_is_not_the_thing() -> None:
    tr = clip()
    tr.events.append(Event(7, 10, "text", "ocr", "CAT"))
    tr.events = [ev for ev in tr.events if not (ev.kind == "tags" and ev.text == "cat")]
    said = ask("is there a cat in this?", tr)
    assert said.startswith("No cat is seen;") and '"CAT" is shown on screen at [00:07-00:10]' in said
    assert ask("is the word CAT shown?", tr).startswith('Yes: "CAT" is shown on screen')  # asked as a word, it is one


@pytest.mark.parametrize("question, start", [
    ("total hard cuts in it?", "There are 2 cuts, at [00:05], [00:10]."),
    ("are there any cuts?", "Yes: there are 2 cuts, at [00:05], [00:10]."),
    ("type out whatever gets spoken, word for word", 'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ("can u tell me what's narrated in this", 'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ("what word is up right after it kicks off", 'At [00:01-00:04] the screen shows "HELLO".'),
    ("ever get a glimpse of the word WORLD?", 'Yes: "WORLD" is shown on screen at [00:11-00:14].'),
    ("at the exact moment of 'secret word', what's displayed", 'While "secret word" is said ([00:06-00:09]): at [00:07-00:12] '
                                                               "the video shows a dog"),
])  # fmt: skip
def test_blind3_leftovers(question: str, start: str) -> None:
    said = ask(question)
    assert said.startswith(start), said


def test_no_cuts_is_a_plain_no() -> None:
    tr = clip()
    tr.events = [ev for ev in tr.events if ev.kind != "shot" or ev.start == 0]
    assert ask("are there any cuts?", tr) == "No: no scene changes were detected."
