"""Prompt templates for describing, answering and chatting about a video transcript."""

from videochat.prompts.templates import (
    QuestionKind,
    chat_prompt,
    classify_question,
    summary_prompt,
    task_text,
)

__all__ = ["QuestionKind", "chat_prompt", "classify_question", "summary_prompt", "task_text"]
