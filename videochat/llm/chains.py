"""Describe, ask and chat: LCEL chains (``prompt | chat model | parser``) over a video transcript.

:class:`VideoChat` holds one video's transcript and one resolved LLM backend. Each call picks the
data section for the request (whole transcript, focused lines, or hierarchical summaries for long
videos), runs the chain, streams tokens to ``on_token`` and returns an :class:`Answer`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser

from videochat.errors import VideochatError
from videochat.llm.backends import Backend, explain_failure
from videochat.llm.context import Context, build_context, minilm_embedder
from videochat.llm.summarise import summarise
from videochat.pipeline.transcript import Transcript
from videochat.prompts.templates import SYSTEM, SYSTEM_LEAN, QuestionKind, chat_prompt, classify_question, task_text

NOT_FOUND = "The transcript does not show this."
MAX_NARRATION_LINES = 60

_CITE = re.compile(r"\[((?:\d+:)?\d{1,2}:\d{2})(?:\s*[-–]\s*((?:\d+:)?\d{1,2}:\d{2}))?\]")


def cited_times(text: str) -> list[str]:
    """The ``[mm:ss]`` / ``[mm:ss-mm:ss]`` references in an answer, in order, without repeats."""
    return list(dict.fromkeys(m.group(0)[1:-1] for m in _CITE.finditer(text)))


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
        return {"answer": self.answer, "cited_times": self.cited_times, "task": self.task, "question": self.question,
                "model": self.model, "context": self.context, "timings": self.timings}  # fmt: skip


class VideoChat:
    """Chains over one transcript with one LLM backend; keeps the chat history itself."""

    def __init__(
        self, transcript: Transcript, backend: Backend, *, focus: bool | None = None,
        focus_tokens: int = 400, answer_tokens: int = 512, history: list[BaseMessage] | None = None,
        facts: bool = True, rank: bool | None = None,
    ) -> None:  # fmt: skip
        self.transcript = transcript
        self.backend = backend
        self.focus = backend.small if focus is None else focus
        self.facts = facts  # structured look-ups at the top of the data section
        self.rank = backend.small if rank is None else rank  # pick among grounded answers by likelihood
        self.lean = backend.small
        self.focus_tokens = focus_tokens
        self.answer_tokens = min(answer_tokens, backend.context_window // 4)  # a small window still fits data
        self.history: list[BaseMessage] = list(history or [])
        self.chain = chat_prompt(self.lean) | backend.model | StrOutputParser()
        self._embedder: Callable | None | bool = False  # False = not loaded yet
        self._scored: tuple[str | None, list[float]] = (None, [])

    # -- budgets -----------------------------------------------------------------------------------
    def data_budget(self, request: str = "", history: list[BaseMessage] | None = None) -> int:
        """Tokens left for the data section once rules, history, request and the reply are counted."""
        count = self.backend.count_tokens
        fixed = count(SYSTEM_LEAN if self.lean else SYSTEM) + count(request) + 40
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
            chain = chat_prompt(self.lean) | self.backend.model.bind(**model_kwargs) | StrOutputParser()
        try:
            if on_token is None:
                return chain.invoke(inputs).strip()
            pieces = []
            for piece in chain.stream(inputs):
                pieces.append(piece)
                on_token(piece)
            return "".join(pieces).strip()
        except VideochatError:
            raise
        except Exception as exc:
            reason = explain_failure(exc, self.backend.spec)
            if reason:
                raise VideochatError(reason) from None
            raise

    def prompt_messages(self, question: str) -> list[BaseMessage]:
        """The exact messages :meth:`ask` would send (for tests and ``--show-prompt``)."""
        kind = classify_question(question)
        request = task_text(kind, question)
        history = self._history_within(self.data_budget(request) // 4)
        context = self._context(question, request, history)
        return chat_prompt(self.lean).format_messages(transcript=context.text, request=request, history=history)

    def _context(self, question: str, request: str, history: list[BaseMessage]) -> Context:
        budget = self.data_budget(request, history)
        if self.focus:
            budget = min(budget, self.focus_tokens)
        return build_context(self.transcript, question, budget, focus=self.focus, facts=self.facts,
                             count=self.backend.count_tokens, scores=self.scores(question))  # fmt: skip

    def scores(self, question: str) -> list[float]:
        """Relevance of each transcript line to ``question`` (memoised: ranking may embed windows)."""
        from videochat.llm.context import rank_lines

        if self._scored[0] != question:
            self._scored = (question, rank_lines(self.transcript, question, None, self.embedder()))
        return self._scored[1]

    def ask(self, question: str, on_token: Callable[[str], None] | None = None, remember: bool = True) -> Answer:
        """Answer one question; the turn joins the history when ``remember``."""
        question = question.strip()
        if not question:
            raise VideochatError("the question is empty")
        t0 = time.perf_counter()
        kind = classify_question(question)
        request = task_text(kind, question)
        history = self._history_within(self.data_budget(request) // 4)
        lookup = self._lookup(question, history)
        context = self._context(lookup, request, history)
        t1 = time.perf_counter()
        extra: dict[str, Any] = {"lookup": lookup} if lookup != question else {}
        text = None
        if self.rank and callable(getattr(self.backend.model, "score", None)):
            text, more = self._rank(lookup, context, request, history)
            extra.update(more)
            if text is not None and on_token is not None:
                on_token(text)
        if text is None:
            text = self._run(context.text, request, history, on_token)
        t2 = time.perf_counter()
        if remember:
            self.history += [HumanMessage(question), AIMessage(text)]
        return Answer(text, "ask", self.backend.spec, question, cited_times(text),
                      {**context.to_dict(), "question_kind": kind.value, "history_messages": len(history), **extra},
                      {"context_s": round(t1 - t0, 3), "llm_s": round(t2 - t1, 3)})  # fmt: skip

    @staticmethod
    def _lookup(question: str, history: list[BaseMessage]) -> str:
        """What to search the transcript for: a follow-up that names nothing ("when does it appear?")
        borrows the words of the previous question."""
        from videochat.llm.facts import analyse

        info = analyse(question)
        if info.terms or info.times:
            return question
        previous = next((str(m.content) for m in reversed(history) if isinstance(m, HumanMessage)), "")
        return f"{previous} {question}".strip()

    def _rank(self, question: str, context: Context, request: str, history: list[BaseMessage]) -> tuple[str | None, dict]:
        """Small models: pick the most likely of the grounded candidate answers instead of free text."""
        from videochat.llm.facts import analyse, candidate_answers, derive_facts

        info = analyse(question)
        facts = derive_facts(self.transcript, question, info) if self.facts else []
        scores = self.scores(question)
        ranked = sorted(zip(scores, self.transcript.events), key=lambda p: -p[0])
        candidates = candidate_answers(self.transcript, facts, ranked)
        if not candidates:
            if info.terms or info.times:  # it names things the transcript never mentions
                return NOT_FOUND, {"answer_mode": "not-found"}
            return None, {"answer_mode": "generated"}
        messages = chat_prompt(self.lean).format_messages(transcript=context.text, request=request, history=history)
        likelihood = self.backend.model.score(messages, candidates)
        best = max(range(len(candidates)), key=likelihood.__getitem__)
        return candidates[best], {"answer_mode": "ranked", "candidates": len(candidates)}

    def describe(self, on_token: Callable[[str], None] | None = None, style: str = "describe",
                 on_part: Callable[[int, int], None] | None = None) -> Answer:  # fmt: skip
        """A detailed, time-ordered description (``style="summary"``: three sentences)."""
        t0 = time.perf_counter()
        if self.backend.small:
            return self._narrate(style, on_token, t0)
        request = task_text(style)
        budget = self.data_budget(request)
        if self.focus:
            budget = min(budget, max(self.focus_tokens * 2, 600))
        context = build_context(self.transcript, "", budget, count=self.backend.count_tokens)
        info: dict[str, Any] = context.to_dict()
        if context.strategy != "full":
            summaries = summarise(self.transcript, self.backend.model, budget, self.backend.count_tokens,
                                  lean=self.lean, on_part=on_part)  # fmt: skip
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
        """Small models: a faithful, time-ordered account built from the events themselves.

        A 135M model asked to narrate a transcript invents most of what it writes (measured: every
        overview it wrote for the generated clips named things that were not there), so for small
        backends the description is composed from the events, with an overview of counts and spans."""
        from videochat.llm.facts import event_sentence, overview, window_sentences

        events = [ev for ev in self.transcript.events if ev.kind in ("shot", "text", "speech", "caption", "action")]
        events = events or list(self.transcript.events)
        lines = [event_sentence(ev) for ev in events]
        if len(lines) > MAX_NARRATION_LINES:  # long videos: one line per time window instead of per event
            lines = window_sentences(events, self.transcript.duration, MAX_NARRATION_LINES)
        body = "\n".join(f"- {line}" for line in (lines if style == "describe" else lines[:8]))
        text = overview(self.transcript) + ("\n\n" + body if body else "")
        if on_token:
            on_token(text)
        return Answer(text, style, self.backend.spec, "", cited_times(text),
                      {"strategy": "grounded", "events": len(lines), "total_lines": len(self.transcript.events)},
                      {"context_s": round(time.perf_counter() - t0, 3), "llm_s": 0.0})  # fmt: skip

    def reset(self) -> None:
        self.history.clear()


__all__ = ["Answer", "VideoChat", "QuestionKind", "cited_times"]
