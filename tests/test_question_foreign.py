"""Questions that mix another language into English ("cuántas palabras distintas... how many different
words?"): the other language's question words in English and its small words dropped (llm/foreign.py),
or, when the question says itself again in English, that English question; English questions untouched."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.foreign import english
from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("cuántas palabras distintas... how many different words show on the screen?", Intent.COUNT, "2 different texts"),
    ("¿cuántas palabras distintas hay en la pantalla?", Intent.COUNT, "2 different texts"),
    ("wann sieht man den Hund? when is the dog shown", Intent.WHEN, "A dog is shown at [00:07-00:12]"),
    ("qué palabra aparece en la pantalla al segundo 3?", Intent.WHAT, 'At [00:01-00:04] the screen shows "HELLO"'),
    ("dime qué dice la voz... what words does the narrator say?", Intent.WHAT, 'At [00:06-00:09] someone says'),
    ("combien de mots différents à l'écran ?", Intent.COUNT, "2 different texts"),
    ("wie viele Wörter sind auf dem Bildschirm?", Intent.COUNT, "2 different texts"),
    ("quantas palavras diferentes aparecem na tela?", Intent.COUNT, "2 different texts"),
    ("kitne shabd screen par dikhte hain, how many different words?", Intent.COUNT, "2 different texts"),
    ("en qué momento se ve the dog? when exactly", Intent.WHEN, "A dog is shown at [00:07-00:12]"),
])  # fmt: skip
def test_a_mixed_question_reaches_its_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


@pytest.mark.parametrize("question", [
    "What does the sign in La Paz say?", "is there a comment on screen?", "the final photo - what is it?",
    "Is the word DE shown?", "what is said at 0:05?", "does anyone say 'que sera sera'?", "when is the word QUE shown?",
])  # fmt: skip
def test_english_questions_are_left_as_they_are(question: str) -> None:
    assert english(question) == question


def test_on_screen_words_in_capitals_are_never_translated() -> None:
    assert "PALABRA" in english("¿cuándo aparece PALABRA?") and english("¿cuándo aparece PALABRA?").startswith("when")


def test_a_restatement_that_points_back_is_not_the_whole_question() -> None:
    said = ask("hay the word WORLD en el video? I mean, does it appear")
    assert said.startswith('Yes: "WORLD" is shown on screen'), said


@pytest.mark.parametrize("question, intent, start", [
    ("wanneer verschijnt world voor het eerst? when does it show up", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("wat wordt er gezegd terwijl the dog in beeld is? whats said at that time", Intent.WHAT, "While a dog is shown"),
    ("cosa si dice mentre si vede the dog? the words", Intent.WHAT, "While a dog is shown"),
    ("ultima foto? what is in the last picture", Intent.WHAT, "At [00:07-00:12] the video shows a dog"),
    ("the dog wa nanbyou kan miemasu ka? How many seconds is it shown?", Intent.DURATION, "A dog is shown for about 5 seconds"),
    ("Zenbu de nanbyou desu ka? How many seconds is the video in total?", Intent.LENGTH, "The video is 00:15 long"),
])  # fmt: skip
def test_dutch_italian_and_romanised_japanese_mixed_in(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said
