"""Open questions from the third blind split that were refused: "what goes down in this thing", "what's
the deal with this video". Open means the scene-by-scene account; a thing "in this thing" is still a thing."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", ["what goes down in this thing", "so what's the deal with this video",
                                      "what's the story with this clip?", "what goes on in this thing?"])  # fmt: skip
def test_casual_open_questions_get_the_account_of_the_video(question: str) -> None:
    assert parse(question, 15.0).intent is Intent.OPEN
    assert ask(question).startswith("The video lasts 00:15 and has 3 scenes.")


@pytest.mark.parametrize("question, intent", [("what is this thing on the left?", Intent.WHAT),
                                              ("how long is this thing?", Intent.DURATION)])  # fmt: skip
def test_this_thing_is_not_always_the_video(question: str, intent: Intent) -> None:
    assert parse(question, 15.0).intent is intent


def test_the_first_picture_is_the_first_shot_and_never_the_next_ones_things() -> None:
    from test_grounded import clip

    untagged = clip()
    untagged.events = [ev for ev in untagged.events if not (ev.kind == "tags" and ev.text == "cat")]
    said = ask("first picture, what is it", untagged)
    assert "dog" not in said and "1 face" in said and '"HELLO"' in said  # what else is seen in it, never shot 2's dog
    bare = clip()
    bare.events = [ev for ev in bare.events if ev.start >= 5 or ev.kind == "shot"]
    assert ask("first picture, what is it", bare) == "The transcript does not show this."
    assert ask("first picture, what is it") == "At [00:02-00:06] the video shows a cat."
