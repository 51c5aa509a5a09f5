"""Phrasings from the thirteenth and fourteenth blind splits (scored once, clean, before these fixes).
Four were confident wrong answers: an apology before the question ("sorry if it's a silly question,
but ...") read as the thing asked about, "all told" read as speech, "how many miles ..." answered with
a count of on-screen words, and "could you explain ..." read as a yes/no question."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.question import Intent, parse
from videochat.llm.wording import plain

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("I'm new to this so sorry if it's a silly question, but could you tell me which word is on screen at 12 seconds?",
     Intent.WHAT, 'At [00:11-00:14] the screen shows "WORLD"'),
    ("farmer here, how many photographs are in this slideshow all told", Intent.COUNT, "The video has 3 scenes"),
    ("what's the narration, if there is any? I'm not sure the sound even works on my laptop", Intent.WHAT,
     'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ("give me the spoken line word for word, it's for a radio transcript", Intent.WHAT, 'At [00:06-00:09] someone says'),
    ("could you explain to me what the video shows? I haven't watched it", Intent.OPEN, "The video lasts 00:15"),
    ("hw many seperate words come up on screen", Intent.COUNT, "2 different texts are shown on screen"),
    ("Which image closes the slideshow?", Intent.WHAT, "At [00:07-00:12] the video shows a dog."),
    ("can u write down the words spoken in this clip", Intent.WHAT, 'At [00:06-00:09] someone says'),
])  # fmt: skip
def test_blind1314_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


@pytest.mark.parametrize("question", ["how many miles is it to the sports centre from that signpost",
                                      "what happens right after the video ends?",
                                      "the black lens cap: is there a brand name written on it?"])  # fmt: skip
def test_measures_after_the_end_and_words_on_a_thing_are_refused(question: str) -> None:
    said = ask(question)
    assert said == "The transcript does not show this." or said.startswith("The video is only 00:15 long"), said


def test_who_asks_stays_out_but_the_thing_stays_in() -> None:
    assert plain("the guy here, who is he?") == "the guy here, who is he?"
    assert plain("i think i heard porter in the audio") == "i heard porter in the audio"
    assert parse("could you tell me if there is a dog?", 15.0).intent is Intent.PRESENCE


def test_a_general_word_is_answered_by_a_kind_of_it_but_never_denied_by_one() -> None:
    from test_grounded import clip

    from videochat.contracts.events import Event

    tr = clip()
    tr.events.append(Event(10, 14, "tags", "tags", "lakeside", 0.8, {"label": "lakeside"}))
    tr.events.append(Event(10, 14, "tags", "tags", "palace", 0.7, {"label": "palace"}))
    assert ask("when is the lake on screen?", tr) == "A lakeside is shown at [00:10-00:14]."
    assert ask("is there a building?", tr).startswith("Yes: a palace is shown at [00:10-00:14]")
    assert ask("is there a building?") == "The transcript does not show this. (the perceptors that ran cannot recognise building)"
