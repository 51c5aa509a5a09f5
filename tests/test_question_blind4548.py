"""General cues from the clean misses of the blind45-48 splits (scored first at 8c203ca, 216 of 279): Spanish and
French word order and please, dispatch and kitchen talk, a story before the question, and a date to refuse."""

from __future__ import annotations

import pytest

from videochat.llm.question import Intent, parse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question, intent, modality", [
    ("no entiendo the audio, can u tell me what the voice says", Intent.WHAT, "speech"),
    ("wait do we ever see the word SNOWGLOBE", Intent.PRESENCE, "text"),
    ("oye qué dicen mientras sale the word MANDOLIN?", Intent.WHAT, "speech"),
    ("oye cuánto dura el video? in seconds", Intent.LENGTH, None),
    ("do I see the word ISTHMUS in this or am I losing it after a double shift", Intent.PRESENCE, "text"),
    ("is the word wombat actually said out loud in the video? yes or no is fine", Intent.PRESENCE, "speech"),
    ("somebody read me back what the voice says in this clip like you're reading a ticket", Intent.WHAT, "speech"),
    ("at what point does the word geyser first come on screen im plating here hurry", Intent.WHEN, "text"),
    ("Sorry, do you know on what date the sea lion picture was taken? I'm worried I'll cite it wrong", Intent.OTHER, None),
    ("Somebody's talking on this tape and I couldn't make head nor tail of it, the way folks mumble nowadays... can you "
     "tell me what they're saying?", Intent.WHAT, "speech"),
    ("Requesting initial appearance time, word HANDCUFFS, copy that", Intent.WHEN, "text"),
    ("Count the camera changes and report.", Intent.COUNT, "shot"),
    ("My old friend Albert, God rest him, was always first to the pub of a Friday. Speaking of first, at what point "
     "does HELLO first appear on the screen?", Intent.WHEN, None),
    ("Requesting transcript of audio concurrent with the word MOUSETRAP. 10-4.", Intent.WHAT, "speech"),
    ("Quick sitrep on the video contents, what have we got?", Intent.OPEN, None),
    ("Scan the clip for a white teacup on a saucer and report back. Over.", Intent.PRESENCE, None),
    ("I'm sure I saw a striped angelfish in it but my memory plays tricks on me these days. Is it in there?", Intent.PRESENCE, None),
    ("Be advised, is there a teacup in any of these pictures? Affirmative or negative.", Intent.PRESENCE, None),
    ("the word MANDOLIN - visible in the recording, oui ou non?", Intent.PRESENCE, "text"),
    ("Please report any speech that coincides with the word LANCET being visible.", Intent.PRESENCE, "speech"),
    ("the picture, when the voice pronounces \"the scan onto the lightbox\", it is what, s'il vous plaît", Intent.WHAT, "visual"),
    ("this video, it is about what?", Intent.OPEN, None),
    ("What is the total on-screen time of the dim lecture hall?", Intent.DURATION, None),
    ("Au moment où on entend \"at the front desk\", what is on the screen?", Intent.WHAT, None),
    ("Combien de secondes dure la vidéo? in total", Intent.LENGTH, None),
    ("Would you know what make of camera this was done on? I am thinking of buying one", Intent.OTHER, None),
    ("kimono and harmonica... what order do they show up in", Intent.ORDER, None),
])  # fmt: skip
def test_cues_read_as_meant(question, intent, modality):
    q = parse(question, 25.0)
    assert q.intent == intent
    if modality:
        assert q.modality == modality
    assert not {"entiendo", "oye", "wait", "losing", "fine", "ticket", "plating", "hurry", "copy", "report", "back",
                "advised", "oui", "ou", "non", "dure", "sitrep"} & set(q.terms)


def test_a_quote_in_the_other_language_part_is_kept():
    q = parse("Au moment où on entend \"at the front desk\", what is on the screen?", 25.0)
    assert q.relation == "while" and q.anchor == ["at the front desk"]
