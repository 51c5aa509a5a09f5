"""Hierarchical summaries for transcripts longer than the model's budget.

The transcript is cut into consecutive parts that each fit the budget; the LLM summarises each part;
if the summaries together still do not fit, they are summarised again, and so on. The last level is
what ``describe`` reads instead of the raw transcript.
"""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser

from videochat.contracts.events import Transcript, format_time
from videochat.prompts.templates import PART_SUMMARY, fence, summary_prompt


def split_parts(lines: list[tuple[float, float, str]], budget: int, count: Callable[[str], int]) -> list[list[tuple[float, float, str]]]:
    """Consecutive runs of (start, end, line) whose rendered text fits ``budget`` tokens each."""
    parts: list[list[tuple[float, float, str]]] = []
    current: list[tuple[float, float, str]] = []
    used = 0
    for item in lines:
        cost = count(item[2]) + 1
        if current and used + cost > budget:
            parts.append(current)
            current, used = [], 0
        current.append(item)
        used += cost
    if current:
        parts.append(current)
    return parts


def summarise(
    transcript: Transcript, model: BaseChatModel, budget: int, count: Callable[[str], int], *,
    lean: bool = False, sentences: int = 4, on_part: Callable[[int, int], None] | None = None,
) -> list[tuple[float, float, str]]:  # fmt: skip
    """Summaries (start, end, text) covering the whole video whose total fits ``budget`` tokens."""
    chain = summary_prompt(lean) | model | StrOutputParser()
    level: list[tuple[float, float, str]] = [(ev.start, ev.end, fence(transcript.line(ev))) for ev in transcript.events]
    rounds = 0
    while sum(count(text) + 1 for *_, text in level) > budget:
        parts = split_parts(level, budget, count)
        if len(parts) == len(level) and rounds:  # nothing left to merge: cut rather than loop
            break
        summaries = []
        for n, part in enumerate(parts, 1):
            start, end = part[0][0], max(e for _, e, _ in part)
            request = PART_SUMMARY.format(start=format_time(start), end=format_time(end), sentences=sentences)
            text = chain.invoke({"transcript": "\n".join(t for *_, t in part), "request": request}).strip()
            summaries.append((start, end, f"[{format_time(start)}-{format_time(end)}] {fence(text)}"))
            if on_part:
                on_part(n, len(parts))
        level = summaries
        rounds += 1
    return level
