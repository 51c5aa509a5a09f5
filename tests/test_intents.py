"""The semantic intent fallback (videochat/llm/intents.py): used only for a question the literal parse
left as Intent.OTHER and refused; it re-reads the question with the nearest canonical question's intent,
and the evidence rules still decide. Unit tests use a word-count embedder; the model tests use MiniLM."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.llm import intents
from videochat.llm.backends import Backend
from videochat.llm.chains import NOT_FOUND, VideoChat
from videochat.llm.question import Intent, parse

#: What the stand-in embedder takes a (masked) question to mean; anything else is far from every canonical ask.
MEANS = {"the thing make a cameo?": Intent.PRESENCE, "who is the narrator, by name?": Intent.OTHER}
AXES = list(Intent)


def words(texts: list[str]):
    """A stand-in embedder: a canonical question points along its intent's axis, a known question along
    the intent it means, any other question along an axis of its own (similarity 0)."""
    import numpy as np

    canonical = {c[0]: c[1] for c in intents.CANONICAL}
    out = np.zeros((len(texts), len(AXES) + 1), dtype="float32")
    for row, text in enumerate(texts):
        intent = canonical.get(text) or MEANS.get(text)
        out[row, AXES.index(intent) if intent else len(AXES)] = 1.0
    return out


def clip() -> Transcript:
    events = [Event(1, 4, "text", "ocr", "PEANUT"), Event(6, 9, "speech", "asr", "The secret word is coffee.")]
    return Transcript("clip.mp4", 15.0, events, {n: PerceptorRun("1") for n in ("ocr", "asr", "tags")})


def chat(embed) -> VideoChat:
    c = VideoChat(clip(), Backend("fake:tiny", "fake", FakeListChatModel(responses=["x"]), 2048, small=True))
    c._intent_embedder = embed
    return c


@pytest.mark.unit
def test_masking_hides_names_but_keeps_the_ask():
    q = parse('PEANUT make a cameo? they say "good morning"', 15.0)
    assert intents.masked(q) == "the thing make a cameo? they say the thing"


@pytest.mark.unit
def test_no_embedder_or_a_broken_one_means_no_fallback():
    q = parse("PEANUT make a cameo?", 15.0)
    assert q.intent == Intent.OTHER
    assert intents.reread(q, None) is None

    def broken(texts):
        raise RuntimeError("no model")

    assert intents.reread(q, broken) is None


@pytest.mark.unit
def test_fallback_answers_a_paraphrase_the_literal_parse_refuses(monkeypatch):
    monkeypatch.setenv("VIDEOCHAT_INTENT_FALLBACK", "1")
    reply = chat(words).ask("PEANUT make a cameo?")
    assert reply.answer.startswith('Yes: "PEANUT" is shown on screen')
    assert reply.context["intent"] == "presence"


@pytest.mark.unit
def test_fallback_is_off_by_default(monkeypatch):
    monkeypatch.delenv("VIDEOCHAT_INTENT_FALLBACK", raising=False)
    assert chat(words).ask("PEANUT make a cameo?").answer == NOT_FOUND


@pytest.mark.unit
def test_a_question_the_literal_parse_understands_pays_nothing(monkeypatch):
    monkeypatch.setenv("VIDEOCHAT_INTENT_FALLBACK", "1")
    calls = []
    c = chat(False)  # not loaded yet: loading it would call minilm_embedder
    monkeypatch.setattr("videochat.llm.chains.minilm_embedder", lambda: calls.append(1) or words)
    assert c.ask("When is PEANUT shown?").answer.startswith('"PEANUT" is shown on screen')
    assert c.ask("Is there a giraffe?").answer.startswith(NOT_FOUND)  # refused, but with an intent: no fallback
    assert calls == []
    c.ask("PEANUT make a cameo?")
    assert calls == [1]


@pytest.mark.unit
def test_a_far_off_question_stays_refused(monkeypatch):
    monkeypatch.setenv("VIDEOCHAT_INTENT_FALLBACK", "1")
    for question in ("why is the sky that colour?", "who is the narrator, by name?"):
        assert chat(words).ask(question).answer == NOT_FOUND


@pytest.fixture(scope="module")
def minilm():
    from videochat.llm.context import minilm_embedder

    embed = minilm_embedder()
    if embed is None:
        pytest.skip("MiniLM is not in the model store (videochat models pull all-minilm-l6-v2)")
    return embed


@pytest.mark.model
@pytest.mark.parametrize("question, intent", [
    ("ever get a glimpse of the word PEANUT?", Intent.PRESENCE),
    ("the coffee cup, at what time can I see it?", Intent.WHEN),
    ("for what span of seconds does the tower stay up?", Intent.DURATION),
])  # fmt: skip
def test_minilm_picks_the_intent_of_a_paraphrase(minilm, question, intent):
    assert intents.nearest(parse(question, 15.0), minilm)[0] == intent


@pytest.mark.model
@pytest.mark.parametrize("question", [
    "how many views does this video have", "who is doing the voiceover, by name",
    "what colour shirt is the person talking wearing", "how much did it cost to make this video",
])  # fmt: skip
def test_minilm_leaves_unanswerable_asks_refused(minilm, question):
    assert intents.reread(parse(question, 15.0), minilm) is None
