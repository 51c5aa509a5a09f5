"""Phrasings from the fifth and sixth blind splits (scored once, clean, before these fixes) and the
misheard quotes they showed: a quoted line the recogniser got a word wrong in ("chased the postman"
heard as "goose-caste the postman", "forty overdue books" as "40 overview books") is still found, by
all but one of its content words; a relation to "that" names the quote before it."""

from __future__ import annotations

import pytest
from test_grounded import ask, clip

from videochat.contracts.events import Event
from videochat.llm import evidence as ev_
from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, start", [
    ("shots?", Intent.COUNT, "The video has 3 scenes"),
    ("how long is this video in total?", Intent.LENGTH, "The video is 00:15 long"),
    ("my teacher wants to know: what does the big word say at 12 seconds??", Intent.WHAT, 'At [00:11-00:14] the screen shows "WORLD"'),
    ("wen does it first say WORLD on screen", Intent.WHEN, '"WORLD" is shown on screen at [00:11-00:14]'),
    ("the word showing a couple seconds before the end, what is it?", Intent.WHAT, 'At [00:11-00:14] the screen shows "WORLD"'),
    ("can u write out everything that's spoken in the video", Intent.WHAT, 'At [00:06-00:09] someone says'),
    ("someone says 'secret word'. what's visible while that's said?", Intent.WHAT, 'While "secret word" is said ([00:06-00:09]): '
                                                                                   "at [00:07-00:12] the video shows a dog"),
])  # fmt: skip
def test_blind56_phrasings_reach_their_rule(question: str, intent: Intent, start: str) -> None:
    assert parse(question, 15.0).intent is intent
    said = ask(question)
    assert said.startswith(start), said


def test_the_most_people_at_once_is_a_count() -> None:
    from videochat.contracts.events import PerceptorRun

    tr = clip()
    tr.events.append(Event(8, 10, "people", "people", "2 people (on the left and in the centre)", 0.8, {"count": 2}))
    tr.perceptors["people"] = PerceptorRun("1")
    assert parse("what's the most people you can see on screen at once?", 15.0).intent is Intent.COUNT
    assert ask("what's the most people you can see on screen at once?", tr).startswith(
        "At most 2 people are visible at once (at [00:08-00:10])")


def test_a_spoken_word_is_not_read_from_the_screen() -> None:
    assert parse("what word does he say at 0:04", 15.0).modality == "speech"
    assert parse("what word is said at 0:04", 15.0).modality == "speech"


@pytest.mark.parametrize("phrase, heard, found", [
    ("chased the postman", "Our neighbors goose-caste the postman.", True),
    ("forty overdue books", "The librarian's tump 40 overview books.", True),
    ("forty overdue books", "The librarian stamped the books.", False),  # one content word of three
    ("the postman", "Our neighbors chased the mailman.", False),  # one content word: no leeway
])  # fmt: skip
def test_a_misheard_quote_is_found_by_most_of_its_words(phrase: str, heard: str, found: bool) -> None:
    assert ev_.loosely_said(Event(6, 10, "speech", "asr", heard), phrase) is found


def test_a_misheard_quote_anchors_a_relation_but_a_strict_match_comes_first() -> None:
    tr = clip()
    tr.events.append(Event(11, 13, "speech", "asr", "Our neighbors goose-caste the postman."))
    said = ask("what is on screen when they say \"chased the postman\"", tr)
    assert said.startswith('While "chased the postman" is said ([00:11-00:13])') and "WORLD" in said
    assert ask("is 'the secret word' said?", tr).startswith('Yes: "the secret word" is said at [00:06-00:09]')


@pytest.mark.parametrize("term, heard, like", [
    ("locksmith", "The locks misarrived two hours late.", "locks misarrived"),  # a word split in two
    ("lifeguard", "The life guard shut the beach.", "life guard"),
    ("baker", "The Mako delivered three cakes.", None),  # too short to guess at
    ("dolphin", "The doll fin was big.", None),
    ("weather", "We went there together.", None),
])  # fmt: skip
def test_sound_alikes_are_conservative(term: str, heard: str, like: str | None) -> None:
    assert ev_.sounds_like(term, heard) == like


def test_a_word_not_heard_is_a_hedged_answer_that_quotes_the_speech() -> None:
    tr = clip()
    tr.events.append(Event(11, 13, "speech", "asr", "The locks misarrived two hours late."))
    assert ask('does anyone actually say "locksmith" out loud?', tr).startswith(
        'Probably: at [00:11-00:13] someone says "The locks misarrived two hours late.", and "locks misarrived" sounds like')
    said = ask("is the word plumber ever spoken?", tr)
    assert said.startswith('No: "plumber" is not in the speech as recognised ([00:06-00:09] "The secret word is coffee."')


def test_a_thing_not_seen_is_a_no_that_says_what_was_seen() -> None:
    assert ask("is there a lighter on the table?") == \
        "No: no lighter was recognised; the video shows cat, dog (small or partly hidden things can be missed)."


def test_a_no_names_the_whole_thing_asked_about() -> None:
    assert ask("is there a computer keyboard in any of the pictures?").startswith("No: no computer keyboard was recognised;")
    assert parse("which image does it finish on?", 15.0).which == "last"
    assert parse("what does it open on?", 15.0).which == "first"
