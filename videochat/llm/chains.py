"""Describe, ask and chat: LCEL chains (``prompt | chat model | parser``) over a video transcript.

:class:`VideoChat` holds one video's transcript and one resolved LLM backend. Each call picks the
data section for the request (whole transcript, focused lines, or hierarchical summaries for long
videos), runs the chain, streams tokens to ``on_token`` and returns an :class:`Answer`.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser

from videochat.contracts.errors import VideochatError
from videochat.contracts.events import Transcript
from videochat.llm import compound, grounded, intents
from videochat.llm.backends import Backend, explain_failure
from videochat.llm.context import Context, build_context, minilm_embedder
from videochat.llm.evidence import find_any
from videochat.llm.grounded import NOT_FOUND
from videochat.llm.narrative import narrative
from videochat.llm.question import Intent, Question, parse
from videochat.llm.summarise import summarise
from videochat.prompts.templates import (
    SYSTEM,
    SYSTEM_LEAN,
    QuestionKind,
    chat_prompt,
    classify_question,
    fence,
    task_text,
)

_CITE = re.compile(r"\[((?:\d+:)?\d{1,2}:\d{2})(?:\s*[-–]\s*((?:\d+:)?\d{1,2}:\d{2}))?\]")


def cited_times(text: str) -> list[str]:
    """The ``[mm:ss]`` / ``[mm:ss-mm:ss]`` references in an answer, in order, without repeats."""
    return list(dict.fromkeys(m.group(0)[1:-1] for m in _CITE.finditer(text)))


def cited_seconds(times: list[str]) -> list[list[float]]:
    """``["00:11-00:14", "01:02:03"]`` -> ``[[11.0, 14.0], [3723.0, 3723.0]]``: the same citations as numbers."""
    def seconds(stamp: str) -> float:
        total = 0.0
        for part in stamp.strip().split(":"):
            total = total * 60 + float(part)
        return total

    out = []
    for cite in times:
        start, *end = re.split(r"\s*[-–]\s*", cite)
        out.append([seconds(start), seconds(end[0] if end else start)])
    return out


@dataclass
class Answer:
    """One LLM reply about a video, with what it was based on (``--json`` prints this)."""

    answer: str
    task: str
    model: str
    question: str = ""
    cited_times: list[str] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "cited_times": self.cited_times, "cited_seconds": cited_seconds(self.cited_times),
                "task": self.task, "question": self.question,
                "model": self.model, "context": self.context, "timings": self.timings}  # fmt: skip


STRATEGIES = ("auto", "grounded", "generative")
GROUNDED_HISTORY = 4  # messages a grounded follow-up may borrow names from


@dataclass(frozen=True)
class Plan:
    """How one backend is fed, decided in one place (:func:`plan`).

    ``grounded``: answers composed from transcript events, the model only ranks candidates, open
    questions get the scene-by-scene narrative (small models, or any model by choice).
    ``generative``: the model writes the answer from the transcript (whole, or focused lines when it
    does not fit), with the grounded look-up leading the data section as facts."""

    strategy: str  # grounded | generative
    lean: bool  # the short system prompt (small models follow it better)
    focus: bool  # only the lines a question is about, within ``focus_tokens``


def plan(backend: Backend, strategy: str = "auto") -> Plan:
    """``auto``: grounded for small models, generative for capable ones."""
    if strategy not in STRATEGIES:
        raise VideochatError(f"unknown answering strategy {strategy!r} (known: {', '.join(STRATEGIES)})")
    chosen = strategy if strategy != "auto" else ("grounded" if backend.small else "generative")
    return Plan(chosen, lean=backend.small, focus=backend.small)


class VideoChat:
    """Chains over one transcript with one LLM backend; keeps the chat history itself."""

    def __init__(
        self, transcript: Transcript, backend: Backend, *, strategy: str = "auto",
        focus_tokens: int = 400, answer_tokens: int = 512, history: list[BaseMessage] | None = None,
    ) -> None:  # fmt: skip
        self.transcript = transcript
        self.backend = backend
        self.plan = plan(backend, strategy)
        self.focus_tokens = focus_tokens
        self.answer_tokens = min(answer_tokens, backend.context_window // 4)  # a small window still fits data
        self.history: list[BaseMessage] = list(history or [])
        self.chain = chat_prompt(self.plan.lean) | backend.model | StrOutputParser()
        self._embedder: Callable | None | bool = False  # False = not loaded yet
        self._intent_embedder: Callable | None | bool = False  # MiniLM for the intent fallback, loaded on first need
        self._scored: tuple[str | None, list[float]] = (None, [])

    @classmethod
    def from_settings(cls, transcript: Transcript, backend: Backend, settings: Any,
                      history: list[BaseMessage] | None = None) -> VideoChat:  # fmt: skip
        """The one way front ends build a chat: strategy and budgets from the ``[llm]`` settings."""
        llm = settings.llm
        return cls(transcript, backend, strategy=llm.strategy, focus_tokens=llm.focus_tokens,
                   answer_tokens=llm.max_tokens, history=history)  # fmt: skip

    # -- budgets -----------------------------------------------------------------------------------
    def data_budget(self, request: str = "", history: list[BaseMessage] | None = None) -> int:
        """Tokens left for the data section once rules, history, request and the reply are counted."""
        count = self.backend.count_tokens
        fixed = count(SYSTEM_LEAN if self.plan.lean else SYSTEM) + count(request) + 40
        fixed += sum(count(str(m.content)) + 8 for m in history or [])
        budget = self.backend.context_window - fixed - self.answer_tokens
        if budget < 64:
            raise VideochatError(
                f"the model's context ({self.backend.context_window} tokens) leaves no room for the transcript; "
                f"set llm.context_tokens higher or llm.max_tokens lower"
            )
        return budget

    def _history_within(self, limit: int) -> list[BaseMessage]:
        """The most recent turns whose text fits ``limit`` tokens (older turns drop out first)."""
        kept: list[BaseMessage] = []
        used = 0
        for message in reversed(self.history):
            used += self.backend.count_tokens(str(message.content)) + 8
            if used > limit:
                break
            kept.append(message)
        kept.reverse()
        while kept and not isinstance(kept[0], HumanMessage):  # never start mid-turn
            kept.pop(0)
        return kept

    def embedder(self) -> Callable | None:
        if self._embedder is False:
            self._embedder = minilm_embedder() if len(self.transcript.events) >= 200 else None
        return self._embedder or None

    # -- running -----------------------------------------------------------------------------------
    def _run(self, data: str, request: str, history: list[BaseMessage], on_token: Callable[[str], None] | None,
             **model_kwargs: Any) -> str:  # fmt: skip
        inputs = {"transcript": data, "request": request, "history": history}
        chain = self.chain
        if model_kwargs:
            chain = chat_prompt(self.plan.lean) | self.backend.model.bind(**model_kwargs) | StrOutputParser()
        try:
            if on_token is None:
                return chain.invoke(inputs).strip()
            # Streaming goes to the model directly (the same prompt, formatted once): a sequence's stream
            # runs its upstream to the end when the consumer stops, and a client that went away (on_token
            # raising) must stop the generation, not wait for it.
            model = self.backend.model.bind(**model_kwargs) if model_kwargs else self.backend.model
            stream = model.stream(chat_prompt(self.plan.lean).format_messages(**inputs))
            pieces = []
            try:
                for chunk in stream:
                    piece = chunk.content if isinstance(chunk.content, str) else chunk.text
                    if piece:
                        pieces.append(piece)
                        on_token(piece)
            finally:
                stream.close()
            return "".join(pieces).strip()
        except VideochatError:
            raise
        except Exception as exc:
            reason = explain_failure(exc, self.backend.spec)
            if reason:
                raise VideochatError(reason) from None
            raise

    def prompt_messages(self, question: str) -> list[BaseMessage]:
        """The exact messages a generative :meth:`ask` would send (for tests and ``--show-prompt``)."""
        kind = classify_question(question)
        request = task_text(kind, question)
        history = self._history_within(self.data_budget(request) // 4)
        context = self._context(question, request, history, self._facts(self._parse(question, history)))
        return chat_prompt(self.plan.lean).format_messages(transcript=context.text, request=request, history=history)

    def _context(self, question: str, request: str, history: list[BaseMessage], facts: list[str]) -> Context:
        budget = self.data_budget(request, history)
        if self.plan.focus:
            budget = min(budget, self.focus_tokens)
        return build_context(self.transcript, question, budget, focus=self.plan.focus, facts=facts,
                             count=self.backend.count_tokens, scores=self.scores(question))  # fmt: skip

    def scores(self, question: str) -> list[float]:
        """Relevance of each transcript line to ``question`` (memoised: ranking may embed windows)."""
        from videochat.llm.context import rank_lines

        if self._scored[0] != question:
            self._scored = (question, rank_lines(self.transcript, question, self.embedder()))
        return self._scored[1]

    def _parse(self, question: str, history: list[BaseMessage]) -> Question:
        """The question's parse; a follow-up that names nothing ("when does it appear?") borrows what
        the previous question named."""
        q = parse(question, self.transcript.duration)
        if q.terms or q.anchor or q.times or q.intent in (Intent.OPEN, Intent.LENGTH) or q.modality in ("shot",):
            return q
        previous = next((str(m.content) for m in reversed(history) if isinstance(m, HumanMessage)), "")
        if previous:
            before = parse(previous, self.transcript.duration)
            q.terms, q.modality = before.terms, q.modality or before.modality
        return q

    def _facts(self, q: Question) -> list[str]:
        """Grounded look-ups that lead a generative prompt's data section (none for open questions)."""
        if q.intent == Intent.OPEN:
            return []
        found = grounded.answer(q, self.transcript)
        return found.candidates[:1] if found.mode == "look-up" else []

    def ask(self, question: str, on_token: Callable[[str], None] | None = None, remember: bool = True) -> Answer:
        """Answer one question; the turn joins the history when ``remember``."""
        question = question.strip()
        if not question:
            raise VideochatError("the question is empty")
        t0 = time.perf_counter()
        kind = classify_question(question)
        request = task_text(kind, question)
        grounded_only = self.plan.strategy == "grounded"
        # grounded answers read only the last turns (follow-ups) and need no token counts: the model is
        # not even loaded unless candidates must be ranked
        history = self.history[-GROUNDED_HISTORY:] if grounded_only else self._history_within(self.data_budget(request) // 4)
        q = self._parse(question, history)
        info: dict[str, Any] = {"question_kind": kind.value, "intent": q.intent.value, "history_messages": len(history)}
        if grounded_only:
            q, found = self._look_up(q)
            info["intent"] = q.intent.value
            t1 = time.perf_counter()
            text, mode = self._choose(found, request, history), found.mode
            if not found.found:  # "when does X appear and what colour is it?": each ask on its own
                text, mode = self._in_parts(question, text, mode, request, history)
            if on_token is not None:
                on_token(text)
            info.update({"strategy": "grounded", "answer_mode": mode, "evidence": len(found.evidence),
                         "candidates": len(found.candidates)})  # fmt: skip
        else:
            context = self._context(question, request, history, self._facts(q))
            t1 = time.perf_counter()
            text = self._run(context.text, request, history, on_token)
            info.update({**context.to_dict(), "answer_mode": "generated"})
        t2 = time.perf_counter()
        if remember:
            self.history += [HumanMessage(question), AIMessage(text)]
        return Answer(text, "ask", self.backend.spec, question, cited_times(text), info,
                      {"context_s": round(t1 - t0, 3), "llm_s": round(t2 - t1, 3)})  # fmt: skip

    def _look_up(self, q: Question) -> tuple[Question, grounded.Grounded]:
        """The grounded answer to ``q``, re-read by its meaning when the literal parse placed nothing."""
        found = grounded.answer(q, self.transcript)
        if not found.found and q.intent == Intent.OTHER:
            q, found = self._reread(q, found)
        return q, found

    def _in_parts(self, question: str, text: str, mode: str, request: str, history: list[BaseMessage]) -> tuple[str, str]:
        """A refused question that joins several asks, answered ask by ask: the answered parts first, then
        each part the transcript does not answer, named; the refusal stands when no part is answered. A later
        part that names nothing ("... ? how many?") reads the names and times of the one before."""
        parts = compound.split(question)
        if len(parts) < 2:
            return text, mode
        answered: list[str] = []
        missing: list[str] = []
        before: Question | None = None
        for part in parts:
            q = parse(part, self.transcript.duration)
            if before is not None and q.intent != Intent.OTHER and not (q.terms or q.anchor or q.times):  # "... and how long is it up?"
                q.terms = [t for t in before.terms if find_any(self.transcript, [t], None)[0]]  # "the cat", not "happy"
                q.times = before.times
            q, found = self._look_up(q)
            before = q
            if found.found:
                reply = self._choose(found, request, history)
                if reply not in answered:
                    answered.append(reply)
            else:
                missing.append(part)
        if not answered:
            return text, mode
        return " ".join([*answered, *(f'As for "{part}": {NOT_FOUND}' for part in missing)]), "look-up"

    def _reread(self, q: Question, found: grounded.Grounded) -> tuple[Question, grounded.Grounded]:
        """The semantic intent fallback (:mod:`videochat.llm.intents`) for a question the literal parse
        left refused or unplaced: its answer when the re-read finds evidence, else the literal one."""
        if os.environ.get("VIDEOCHAT_INTENT_FALLBACK", "0") != "1":
            return q, found
        if self._intent_embedder is False:
            self._intent_embedder = minilm_embedder()
        again = intents.reread(q, self._intent_embedder or None)
        if again is None:
            return q, found
        other = grounded.answer(again, self.transcript)
        return (again, other) if other.found else (q, found)

    def _choose(self, found: grounded.Grounded, request: str, history: list[BaseMessage]) -> str:
        """The model ranks grounded candidates by likelihood when there is a choice to make."""
        candidates = found.candidates
        score = getattr(self.backend.model, "score", None)
        if len(candidates) < 2 or not callable(score):
            return candidates[0]
        data = "\n".join(fence(self.transcript.line(ev)) for ev in found.evidence[:20])
        messages = chat_prompt(self.plan.lean).format_messages(transcript=data, request=request, history=history)
        likelihood = score(messages, candidates)
        return candidates[max(range(len(candidates)), key=likelihood.__getitem__)]

    def describe(self, on_token: Callable[[str], None] | None = None, style: str = "describe",
                 on_part: Callable[[int, int], None] | None = None) -> Answer:  # fmt: skip
        """A detailed, time-ordered description (``style="summary"``: three sentences)."""
        t0 = time.perf_counter()
        if self.plan.strategy == "grounded":
            return self._narrate(style, on_token, t0)
        request = task_text(style)
        budget = self.data_budget(request)
        if self.plan.focus:
            budget = min(budget, max(self.focus_tokens * 2, 600))
        context = build_context(self.transcript, "", budget, count=self.backend.count_tokens)
        info: dict[str, Any] = context.to_dict()
        if context.strategy != "full":
            summaries = summarise(self.transcript, self.backend.model, budget, self.backend.count_tokens,
                                  lean=self.plan.lean, on_part=on_part)  # fmt: skip
            data = "\n".join(text for *_, text in summaries)
            info = {"strategy": "summaries", "tokens": self.backend.count_tokens(data), "parts": len(summaries),
                    "total_lines": context.total_lines}  # fmt: skip
        else:
            data = context.text
        t1 = time.perf_counter()
        text = self._run(data, request, [], on_token)
        t2 = time.perf_counter()
        return Answer(text, style, self.backend.spec, "", cited_times(text), info,
                      {"context_s": round(t1 - t0, 3), "llm_s": round(t2 - t1, 3)})  # fmt: skip

    def _narrate(self, style: str, on_token: Callable[[str], None] | None, t0: float) -> Answer:
        """Grounded: the scene-by-scene narrative composed from the events (see :mod:`narrative`)."""
        text = narrative(self.transcript, limit=None if style == "describe" else 8)
        if on_token:
            on_token(text)
        return Answer(text, style, self.backend.spec, "", cited_times(text),
                      {"strategy": "grounded", "answer_mode": "narrative", "total_lines": len(self.transcript.events)},
                      {"context_s": round(time.perf_counter() - t0, 3), "llm_s": 0.0})  # fmt: skip

    def reset(self) -> None:
        self.history.clear()


__all__ = ["NOT_FOUND", "Answer", "Plan", "QuestionKind", "VideoChat", "cited_seconds", "cited_times", "plan"]
