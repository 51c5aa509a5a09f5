"""General cues from the clean misses of the blind37-40 splits (scored first at 98bc6d7, 204 of 280): orders said as
"preceded by", the picture changing as cuts, a statement holding a time, the asker's own thinking, people whose
look cannot be told, the little video."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, modality", [
    ("what second does HELLO make its first apperance on screen", Intent.WHEN, None),
    ("For sequencing purposes, is WORLD preceded by HELLO in the recording?", Intent.ORDER, None),
    ("What words are spoken aloud in this little video?", Intent.WHAT, "speech"),
    ("what am i watching here", Intent.OPEN, None),
    ("need the spoken part, what is it", Intent.WHAT, "speech"),
    ("name of the person who made this?", Intent.OTHER, None),
    ("I'm checking a screenshot stamped 00:09. What word did the video display at that exact point?", Intent.WHAT, "text"),
    ("the word HELLO is showing n someone talks, wat do they say", Intent.WHAT, "speech"),
    ("Which word appears on screen at second 10? Don't guess; if you can't tell, say so.", Intent.WHAT, "text"),
    ("hw many times does it switch to a new pic", Intent.COUNT, "shot"),
    ("the picture is changing how many times? i mean the cuts", Intent.COUNT, "shot"),
    ("Before I cite this clip, tell me plainly what it contains.", Intent.OPEN, None),
    ("at 0:07 there is some word in the video. what it says?", Intent.WHAT, "text"),
    ("Count the human beings in shot. Maximum simultaneous, please.", Intent.COUNT, "people"),
    ("how many photo is there in this slideshow", Intent.COUNT, "shot"),
    ("please tell me the words is spoken at time of the word HELLO", Intent.WHAT, "speech"),
    ("a flower in there y/n", Intent.PRESENCE, None),
])  # fmt: skip
def test_cues_read_as_meant(question, intent, modality):
    q = parse(question, 25.0)
    assert q.intent == intent
    if modality:
        assert q.modality == modality


def test_preceded_by_asks_the_order_the_other_way_round():
    assert ask("is WORLD preceded by HELLO?").startswith("Yes: ")  # HELLO at 1 s, WORLD at 11 s
    assert ask("is HELLO preceded by WORLD?").startswith("No: ")


def test_a_statement_with_a_time_keeps_the_time():
    q = parse("I'm checking a screenshot stamped 00:09. What word did the video display at that exact point?", 20.0)
    assert q.times and q.times[0].point == 9


def test_the_picture_changing_is_counted_as_cuts():
    assert ask("hw many times does it switch to a new pic").startswith("There are 2 cuts")


def test_a_person_is_found_and_their_look_said_to_be_unchecked():
    events = [Event(0, 5, "people", "people", "1 person (in the centre)", 0.8, {"count": 1})]
    tr = Transcript("m.mp4", 20.0, events, {"people": PerceptorRun("1"), "tags": PerceptorRun("1")})
    assert ask("the video it have a smiling young man or no", tr) == (
        "Yes: at [00:00-00:05] 1 person (in the centre) visible (whether smiling or young cannot be told: the people "
        "detector sees people, not how they look).")
