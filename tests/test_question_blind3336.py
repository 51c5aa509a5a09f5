"""General cues from the clean misses of the blind33-36 splits (scored first at 2f47d82, 190 of 279): shaky typing
(llm/typos.py), numbered steps, someone else's sighting, the asker's day, poems' asides; and a crash ("is anything
said while the word X is on screen?" named the anchor as the thing found)."""

from __future__ import annotations

import pytest
from test_answers_in_parts import _chat

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.question import Intent, parse
from videochat.llm.typos import repair, repaired

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("word, fixed", [
    ("timess", "times"), ("screenn", "screen"), ("whenn", "when"), ("beginingg", "beginning"), ("isthere", "is there"),
    ("whatis", "what is"), ("manny", "many"), ("anywere", "anywhere"), ("explane", "explain"),
    ("grass", "grass"), ("class", "class"), ("dodo", "dodo"), ("off", "off"), ("too", "too"), ("press", "press"),
])  # fmt: skip
def test_shaky_typing_is_repaired_into_cue_words_only(word, fixed):
    assert repair(word) == fixed


def test_on_screen_words_are_never_repaired():
    assert repaired("is PRESSS or WHENN shown") == "is PRESSS or WHENN shown"


@pytest.mark.parametrize("question, intent, modality", [
    ("dear how many timess does the picture change to a new one", Intent.COUNT, None),
    ("whenn is HELLO first shown dear", Intent.WHEN, "visual"),
    ("isthere the word HELLO in it", Intent.PRESENCE, "text"),
    ("how manny people can i see", Intent.COUNT, "people"),
    ("hiya! quick one before the penguin feed, which word is up on the screen at 0:21?", Intent.WHAT, "text"),
    ("a kid is convinced she saw a pika in this video, was she right?", Intent.PRESENCE, None),
    ("i was told there is a person in this, is that true", Intent.PRESENCE, "people"),
    ("i want to see the dog what time do i skip to", Intent.WHEN, "visual"),
    ("explane the video to me like im little", Intent.OPEN, None),
    ("Step 1 review the full video. Step 2 confirm yes or no: does it contain a dog?", Intent.PRESENCE, None),
    ("Step 1 watch the whole clip. Step 2 count the people visible at the same time. What is the maximum?", Intent.COUNT, "people"),
    ("Is it known how many people have watched this video to date?", Intent.OTHER, "people"),
    ("tell me the minute and the second when HELLO first appears", Intent.WHEN, None),
    ("From its first frame to its last, how long does this little film live?", Intent.LENGTH, "visual"),
    ("Give me the narration word for word, I want to quote it on the blog!", Intent.WHAT, "speech"),
    ("What statements, if any, are made verbally over the course of the video?", Intent.WHAT, "speech"),
])  # fmt: skip
def test_cues_read_as_meant(question, intent, modality):
    q = parse(question, 25.0)
    assert q.intent == intent
    if modality:
        assert q.modality == modality


def test_the_first_step_that_places_the_question_is_kept():
    q = parse("Step 1: go to the very beginning of the video. Step 2: which word is shown there", 20.0)
    assert q.intent == Intent.WHAT and q.times and q.times[0].start == 0.0


def test_a_relation_at_the_exact_moment_is_no_when_question():
    q = parse("Tell me what's being shown at the exact moment the words \"beneath the dome\" are spoken!", 20.0)
    assert q.intent == Intent.WHAT and q.relation == "while" and q.anchor == ["beneath the dome"]


def _said_over_word() -> Transcript:
    events = [Event(1, 5, "text", "ocr", "TRIVET"), Event(2, 4, "speech", "asr", "the emu pecked my shoelace"),
              Event(8, 10, "speech", "asr", "a peacock spread his tail")]
    return Transcript("x.mp4", 10.0, events, {"ocr": PerceptorRun("1"), "asr": PerceptorRun("1")})


def test_what_is_said_while_a_word_shows_is_answered_not_a_crash():
    reply = _chat(_said_over_word()).ask("Is anything said while the word TRIVET is on screen, and if so, what exactly?").answer
    assert reply == 'Yes: at [00:02-00:04] someone says: "the emu pecked my shoelace".'


def test_filler_words_of_a_request_for_the_speech_are_not_names():
    reply = _chat(_said_over_word()).ask("Could you provide a transcription, however approximate, of the speech?").answer
    assert "emu pecked" in reply and "peacock" in reply


@pytest.mark.parametrize("question, phrase", [
    ("what is the pitcher at 2 seconds", "2 seconds"),
    ("Step 1 pause on the very first frame. Step 2 describe the picture that is shown.", "at the very start"),
    ("can u tell me whats pictured at 2 seconds in, customer says the image is wrong there", "2 seconds in"),
    ("what picture is on about half way throughh", "half way through"),
])  # fmt: skip
def test_a_moment_asked_about_in_shaky_words_is_a_picture_then(question, phrase):
    q = parse(question, 21.0)
    assert q.intent == Intent.WHAT and q.modality in ("visual", None) and q.times[0].phrase == phrase and not q.terms
