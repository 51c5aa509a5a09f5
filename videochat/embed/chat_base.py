"""What every chat model that watches a video shares (VideoChat-Embed and transformers video-LLMs)."""

from __future__ import annotations

from langchain_core.messages import BaseMessage
from pydantic import Field

from videochat.llm.streaming import StreamedChatModel


def message_text(message: BaseMessage) -> str:
    """A message's text (the text parts of a multi-part message, joined with spaces)."""
    content = message.content
    if isinstance(content, list):
        return " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


class VideoChatModelBase(StreamedChatModel):
    """What every chat model that watches a video is configured with."""

    video: str | None = None  # the clip; a ``video`` passed at call time wins
    max_new_tokens: int = Field(256, ge=1)
    temperature: float = Field(0.0, ge=0.0)
    include_system: bool = False  # hand the text path's system prompt to the model too
    device: str = "auto"
    context_window: int = 2048
