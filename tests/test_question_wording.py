"""Questions in informal English: chat spelling, fillers, number words, names of the video, intent
synonyms and co-occurrence verbs reach the same parse (and the same answer) as the plain question."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.llm.grounded import NOT_FOUND
from videochat.llm.question import Intent, parse
from videochat.llm.wording import plain

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("informal, plain_text", [
    ("wat do u see at 0:07 lol", "what do you see at 0:07"),
    ("how many ppl r in the vid", "how many people are in the video"),
    ("yo which word flashes up at 0:07", "which word flashes up at 0:07"),
    ("how long is the whole thing", "how long is the video"),
    ("text on screen @ 0:07?", "text on screen at 0:07?"),
    ("the word shown about twenty-one seconds in", "the word shown about 21 seconds in"),
    ("between two and five seconds", "between 2 and 5 seconds"),
    ("a couple of seconds in", "2 seconds in"),
    ("WORLD? in the vid or nah", "WORLD? in the video or not"),
])  # fmt: skip
def test_informal_english_is_made_plain(informal, plain_text):
    assert plain(informal) == plain_text


@pytest.mark.parametrize("question", [
    "is the letter R shown", "a few seconds before the end, which word?", "which one and the other",
    "When does HELLO first appear on screen?",
])  # fmt: skip
def test_plain_questions_and_capitals_are_left_alone(question):
    assert plain(question) == question


def test_capitals_survive_a_rewritten_question():
    q = parse("which word is displayed before the other, SADDLE or BUTTON?", 30.0)
    assert (q.intent, q.terms, q.relation) == (Intent.ORDER, ["SADDLE", "BUTTON"], None)


@pytest.mark.parametrize("question, expected", [
    ("wat do they say in the vid", 'At [00:06-00:09] someone says: "The secret word is coffee."'),
    ("what does it say on screen at around 2 sec", 'At [00:01-00:04] the screen shows "HELLO".'),  # written, not said
    ("can u read me the word shown about thirteen seconds in?", 'At [00:11-00:14] the screen shows "WORLD"'),
    ("how many faces r there at most in the vid", "At most 2 faces are visible at once"),
    ("how many bits of text pop up", '2 different texts are shown on screen'),
    ("sum up the vid pls", "The video lasts 00:15 and has 3 scenes."),
    ("a dog in this clip?", "Yes: a dog is shown at [00:07-00:12]."),
    ("a zebra - is it there?", "No: no zebra was recognised; the video shows cat, dog (small or partly hidden things can be missed)."),
    ("is there a cat anywhere in the footage?", "Yes: a cat is shown at [00:02-00:06]."),
    ("which word is displayed before the other, WORLD or HELLO?", '"HELLO" comes first'),
    ("is WORLD on screen earlier than HELLO?", "No: "),
    ("During which portion of the video is the dog visible?", "A dog is shown at [00:07-00:12]."),
])  # fmt: skip
def test_informal_questions_get_the_plain_answer(question, expected):
    assert ask(question).startswith(expected), ask(question)


def test_the_attribute_asked_is_not_a_name_to_look_up():
    # "old" is what "how old" asks; a line that happens to say "old" is no answer
    q = parse("how old is the person in the video", 30.0)
    assert q.intent == Intent.OTHER and q.terms == []
    assert ask("how old is the speaker?") == NOT_FOUND


@pytest.mark.parametrize("phrase, start, end", [
    ("just after the start", 0, 4), ("around the middle of the clip", 18, 22), ("towards the end", 36, 41),
    ("near the beginning", 0, 4), ("at the 0:07 mark", 6, 8), ("about ten seconds in", 9, 11),
    ("in the last few seconds", 35, 41), ("in the first few seconds", 0, 5), ("early on", 0, 8), ("late in the video", 32, 41),
    ("in the second half", 20, 41), ("in the first half", 0, 20), ("just before it ends", 35, 39), ("at 0m07s", 6, 8),
    ("0:07-0:10", 7, 10), ("from 0:05 to 0:10", 5, 10), ("10 seconds before the end", 29, 31), ("the final 3 seconds", 37, 41),
    ("at second seven", 6, 8), ("when the video starts", 0, 4), ("at the tail end", 36, 41), ("at 7?", 6, 8),
    ("about seventeen seconds in", 16, 18), ("twenty-one seconds in", 20, 22),
])  # fmt: skip
def test_vague_and_spelled_out_times(phrase, start, end):
    q = parse(f"what word is shown {phrase}", 40.0)
    assert [(w.start, w.end) for w in q.times] == [pytest.approx((start, end), abs=0.01)], q.times
    assert q.terms == []  # no number or time word is left over as a name


def test_the_middle_of_the_screen_is_a_place_not_a_time():
    assert parse("what is in the middle of the screen", 40.0).times == []


@pytest.mark.parametrize("question, expected", [
    ("is the narrator happy", NOT_FOUND),  # a property, not something shown or said: never a bare "no"
    ("is the cat black?", NOT_FOUND),
    ("what does the speaker look like", NOT_FOUND),
    ("what colour is the speaker's shirt", NOT_FOUND),
    ("is the cat in the video?", "Yes: a cat is shown at [00:02-00:06]."),  # still a presence question
    ("how many times does the shot change", "There are 2 cuts"),
    ("what is the video showing", "The video lasts 00:15 and has 3 scenes."),
    ("what's shown during the words 'secret word'", 'While "secret word" is said ([00:06-00:09])'),
])  # fmt: skip
def test_properties_refuse_and_synonyms_reach_their_rule(question, expected):
    assert ask(question).startswith(expected), ask(question)


def test_a_one_letter_slip_is_no_evidence_for_an_attribute_question():
    from test_grounded import clip

    from videochat.contracts.events import Event

    tr = clip()
    tr.events.append(Event(13, 14, "text", "ocr", "Mean shift"))
    assert ask("what colour is the speaker's shirt", tr) == NOT_FOUND  # "shift" is one letter from "shirt"


def test_a_thing_the_words_are_on_is_not_chatter():
    assert ask("what is written on the back of the box") == NOT_FOUND  # not every word on screen
    assert ask("yo what's the dude in the audio saying lol").startswith('At [00:06-00:09] someone says')
