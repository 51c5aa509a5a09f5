"""Questions about writing rather than a word: "is there any Chinese writing?" (the script of the on-screen
text; a "no" only for scripts the OCR reads) and "the copy centre sign" (a thing found by what is written
on it)."""

from __future__ import annotations

import pytest
from test_grounded import ask, clip

from videochat.contracts.events import Event

pytestmark = pytest.mark.unit


def _signs():
    tr = clip()
    tr.events += [Event(2, 5, "text", "ocr", "图像采集区域"), Event(7, 9, "text", "ocr", "COPY CENTRE")]
    return tr


@pytest.mark.parametrize("question, reply", [
    ("is there any chinese writing in any of the pictures?", 'Yes: Chinese writing is shown on screen at [00:02-00:05]: "图像采集区域".'),
    ("when is the Chinese text shown?", 'Chinese writing is shown on screen at [00:02-00:05]: "图像采集区域".'),
    ("when does the copy centre sign come into view?", '"COPY CENTRE" is shown on screen at [00:07-00:09].'),
    ("how long is the copy centre sign shown?", '"COPY CENTRE" is on screen for about 2 seconds in all, at [00:07-00:09].'),
])  # fmt: skip
def test_writing_is_found_by_its_script_or_its_words(question: str, reply: str) -> None:
    assert ask(question, _signs()) == reply


def test_no_chinese_writing_is_a_no_but_arabic_cannot_be_read() -> None:
    assert ask("is there any chinese writing?") == "No: no Chinese writing was read on screen."
    said = ask("is anything written in Arabic?", _signs())
    assert said.startswith("The transcript does not show this") and "does not read Arabic" in said
