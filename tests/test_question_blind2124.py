"""Phrasings from the blind21-blind24 splits (scored once, clean, before these fixes): "i need the moment ...",
"identify the timestamp at which ...", an opener "Say, ...", a purpose before "i need to know", "can u check",
"My grandmother is blind, please tell her ...", "the top of the clip", "show itself", "if you would be so kind",
"heard X and wants to know what was on the screen right then", "I couldn't quite catch the voice ...",
"Would you be so good as to tell an old man ...", "names" ask an attribute, "making a cut-down" is no cut,
"the time range during which", "tc", "¿De qué trata el video?"."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("i need the moment the word world is first on the screen, sorry to bother", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("Could you identify the timestamp at which 'world' is first displayed?", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("Say, of the two words HELLO and WORLD, which one did we see earlier?", Intent.ORDER, '"HELLO" comes first'),
    ("for the pitch deck i need to know which word pops up on screen at 0:02, can u check", Intent.WHAT,
     'At [00:01-00:04] the screen shows "HELLO"'),
    ("My grandfather is blind, please tell him what the voice in the video says", Intent.WHAT, "At [00:06-00:09] someone says"),
    ("right at the top of the clip, what's the very first word on screen", Intent.WHAT, 'At [00:01-00:04] the screen shows "HELLO"'),
    ("At what time did the word world first show itself, if you would be so kind?", Intent.WHEN, '"WORLD" is shown on screen'),
    ('my blind uncle heard "secret word" and wants to know what was on the screen right then', Intent.WHAT,
     'While "secret word" is said ([00:06-00:09])'),
    ("I couldn't quite catch the voice in this one, could you tell me what is being said?", Intent.WHAT, "At [00:06-00:09] someone says"),
    ("Would you be so good as to tell an old man what this video is all about?", Intent.OPEN, "The video lasts 00:15"),
    ("What are the names of the dogs in the second picture?", Intent.OTHER, "The transcript does not show this"),
    ("how many scenes r in this? making a cut-down for insta", Intent.COUNT, "The video has 3 scenes"),
    ("Please give me the time range during which the pair of dogs is visible.", Intent.WHEN, "A dog is shown at [00:07-00:12]"),
    ("tc for the dog?", Intent.WHEN, "A dog is shown at [00:07-00:12]"),
    ("¿De qué trata el video? describe it please", Intent.OPEN, "The video lasts 00:15"),
])  # fmt: skip
def test_blind2124_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said
