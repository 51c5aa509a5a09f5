"""Answers and pictures that know who speaks: grounded rules over speech labelled with speakers,
the narrative, the timeline's lanes. Unlabelled speech keeps the general answers."""

from __future__ import annotations

import pytest

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.grounded import NOT_FOUND, answer
from videochat.llm.narrative import narrative
from videochat.llm.question import parse
from videochat.timeline import _lanes

pytestmark = pytest.mark.unit

LINES = [(0.5, 3.0, "S1", "Good morning, did you sleep well?"), (3.5, 6.0, "S2", "Not really, the neighbours had a party."),
         (6.5, 9.0, "S1", "That sounds awful, was it loud?"), (9.5, 13.0, "S2", "Very loud, they played music until three."),
         (13.5, 14.0, "S1", "Oh dear.")]  # fmt: skip


def dialog(labelled: bool = True) -> Transcript:
    events = [Event(a, b, "speech", "asr", text, 0.9,
                    {"words": [{"start": a, "end": b, "word": text}], **({"speaker": who} if labelled else {})})
              for a, b, who, text in LINES]  # fmt: skip
    events.append(Event(2, 5, "text", "ocr", "HELLO"))
    return Transcript("d.mp4", 15.0, sorted(events, key=lambda e: e.start), {"asr": PerceptorRun("4"), "ocr": PerceptorRun("1")})


def ask(question: str, tr: Transcript | None = None) -> str:
    tr = tr or dialog()
    return answer(parse(question, tr.duration), tr).candidates[0]


@pytest.mark.parametrize("question, expected", [
    ("Who says party?", 'S2, at [00:04-00:06] "Not really, the neighbours had a party."'),
    ("who said 'good morning'?", 'S1, at [00:01-00:03] "Good morning, did you sleep well?"'),
    ("Which speaker mentions music?", 'S2, at [00:10-00:13] "Very loud, they played music until three."'),
    ("who is speaking at 0:10?", 'S2 speaks at [00:10-00:13] "Very loud, they played music until three."'),
])  # fmt: skip
def test_who_says_it(question, expected):
    assert ask(question).startswith(expected)


@pytest.mark.parametrize("question", ["What does the second speaker say?", "what did speaker 2 say", "What does S2 say?",
                                      "what does the other person say?", "And what did speaker two talk about?"])
def test_what_a_given_speaker_says(question):
    got = ask(question)
    assert got.startswith("S2 says:"), got
    assert "party" in got and "music" in got and "morning" not in got


def test_a_speaker_who_is_not_there():
    assert ask("what does the third speaker say?") == "Only 2 speakers are heard (S1, S2): there is no S3."


@pytest.mark.parametrize("question", ["How many people speak?", "how many speakers are there?", "How many different voices are heard?",
                                      "how many people talk in the video?"])
def test_how_many_speak(question):
    assert ask(question) == "2 speakers are heard: S1 (from [00:01]), S2 (from [00:04])."


def test_how_long_each_speaker_talks():
    # word times: S1 2.5 + 2.5 + 0.5 s, S2 2.5 + 3.5 s
    assert ask("How long does each speaker talk?") == "S2 speaks for about 6 seconds (2 turns); S1 speaks for about 6 seconds (3 turns)."
    assert ask("How long does the first speaker speak?") == "S1 speaks for about 6 seconds (3 turns)."
    assert ask("who talks the most?").startswith("S2 talks the most:")
    assert ask("who talks the least?").startswith("S1 talks the least:")


def test_questions_about_people_seen_are_not_about_voices():
    assert ask("Who is talking?") == ("2 speakers are heard: S1 (from [00:01]), S2 (from [00:04]). "
                                      "The transcript does not say who they are.")  # labels, not names
    tr = dialog()
    tr.perceptors["faces"] = PerceptorRun("1")
    for question in ["How many people are there?", "how many people are visible?", "How long is HELLO shown?",
                     "What is said while the word HELLO is on screen?", "what's visible at the moment the narrator says 'party'"]:
        got = ask(question, tr)
        assert "speaker" not in got and "face" not in got, (question, got)


def test_unlabelled_speech_keeps_the_general_answers():
    plain = dialog(labelled=False)
    for question in ["Who says party?", "What does the second speaker say?", "How long does each speaker talk?"]:
        assert "S2" not in ask(question, plain)
    assert ask("Who says banana?") == NOT_FOUND
    assert ask("When is party said?") == '"party" is said at [00:04-00:06].'  # other rules unchanged with speakers


def test_narrative_and_timeline_name_the_speakers():
    text = narrative(dialog())
    assert "from 2 speakers" in text
    assert 'S1 says "Good morning, did you sleep well?"; S2 says "Not really' in text
    assert "someone says \"Good morning" in narrative(dialog(labelled=False))
    lanes = [label for label, _ in _lanes(dialog())]
    assert lanes == ["ocr (text)", "asr (speech S1)", "asr (speech S2)"]
    assert [label for label, _ in _lanes(dialog(labelled=False))] == ["ocr (text)", "asr (speech)"]


def test_faces_while_each_speaker_talks_without_claiming_whose_face():
    tr = dialog()
    tr.events += [Event(0, 6.2, "faces", "faces", "1 face (on the left)", 0.9, {"count": 1}),
                  Event(9.4, 13.1, "faces", "faces", "1 face (on the right)", 0.9, {"count": 1})]  # fmt: skip
    tr.events.sort(key=lambda e: e.start)
    tr.perceptors["faces"] = PerceptorRun("1")
    got = ask("Is the second speaker on screen?", tr)
    assert got.startswith("While S2 speaks, a face is on screen 100% of the time (mostly 1 face (on the right))."), got
    assert "not recognised" in got
    both = ask("Can we see who is talking?", tr)
    assert "while S1 speaks, a face is on screen 45% of the time" in both.replace("While", "while")  # 2.5 of 5.5 s
    assert ask("Is the second speaker on screen?") == f"{NOT_FOUND} (no face detector ran on this video)"
