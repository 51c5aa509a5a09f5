"""General cues from the clean misses of the blind41-44 splits (scored first at fcfe095, 217 of 276): names kept from
the other language's part, radio talk, arrows, greps, relatives' hearsay, and a "no" that contradicted its own list."""

from __future__ import annotations

import pytest
from test_grounded import ask

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm.question import Intent, parse
from videochat.vocabulary import broader

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, modality", [
    ("GRANARY and SILAGE... dotchi ga hayai desu ka? Which appears first in the video?", Intent.ORDER, None),
    ("Sumimasen, nan to itte imasu ka? What words are spoken in this douga?", Intent.WHAT, "speech"),
    ("first one on screen out of cultivator and trough?", Intent.ORDER, None),
    ("Kikoeru kotoba wa? I mean, what does the speaker say, please.", Intent.WHAT, "speech"),
    ("yo what they sayin in this clip", Intent.WHAT, "speech"),
    ("What's the total of different on-screen words, each one counted once?", Intent.COUNT, "text"),
    ("run back the audio for me and tell me waht gets said", Intent.WHAT, "speech"),
    ("fam what second does the word lectern first come on", Intent.WHEN, "text"),
    ("Somebody told me a camel shows up in this footage. Is that true?", Intent.PRESENCE, "visual"),
    ("don't play dumb with me, what words does the voice on the tape speak", Intent.WHAT, "speech"),
    ("grep video for the word DEBUGGER. found?", Intent.PRESENCE, "text"),
    ("max concurrent persons in frame", Intent.COUNT, "people"),
    ("I could not catch the words spoken at the time the word ROSARY was shown. Would you tell me?", Intent.WHAT, "speech"),
    ("the people walking across a campus -> what's spoken", Intent.WHAT, "speech"),
    ("omg i need the exact second HELLO first shows up for the cue sheet", Intent.WHEN, None),
    ("Say again, is a person in the footage.", Intent.PRESENCE, "people"),
    ("Confirm the word TUXEDO appears in the video, affirm or negative.", Intent.PRESENCE, "text"),
    ("Request a headcount of people visible in the footage.", Intent.COUNT, "people"),
    ("the word TUXEDO on screen: any words spoken at that time?", Intent.PRESENCE, "speech"),
    ("Say again all spoken words in the recording, over.", Intent.WHAT, "speech"),
    ("is there a bird anywhere in these pictures? yes or no", Intent.PRESENCE, None),
])  # fmt: skip
def test_cues_read_as_meant(question, intent, modality):
    q = parse(question, 25.0)
    assert q.intent == intent
    if modality:
        assert q.modality == modality
    assert not {"sumimasen", "douga", "fam", "grep", "found", "over", "request", "cue", "sheet", "tape"} & set(q.terms)


def test_the_names_of_the_other_language_part_are_kept():
    q = parse("GRANARY and SILAGE... dotchi ga hayai desu ka? Which appears first in the video?", 25.0)
    assert q.terms == ["GRANARY", "SILAGE"]


def test_things_in_these_pictures_are_things_not_shots():
    events = [Event(0, 5, "tags", "tags", "bird", 0.8, {"label": "bird", "classes": {"nuthatch": 0.8}})]
    tr = Transcript("b.mp4", 20.0, events, {"tags": PerceptorRun("1"), "shots": PerceptorRun("1")})
    assert ask("is there a bird anywhere in these pictures? yes or no", tr) == "Yes: a bird is shown at [00:00-00:05]."


def test_an_animal_named_by_its_other_name_is_a_kind_of_its_noun():
    assert broader("iguana") == "lizard"  # ImageNet's "common iguana, iguana"
