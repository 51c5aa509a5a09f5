"""The LLM provider contract: what a provider plugin implements, and the resolved :class:`Backend` it returns.

A provider turns the ``model`` part of a ``provider:model`` string into a LangChain chat model.
Built-in providers and third-party ones register the same way, through the ``videochat.llms``
entry-point group (see :mod:`videochat.llm.backends` and ``docs/plugins.md``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from langchain_core.language_models import BaseChatModel

from videochat.contracts.errors import ConfigError
from videochat.contracts.events import count_tokens


class BackendError(ConfigError):
    """The LLM cannot be used: unknown provider, missing key, unreachable server (exit code 2)."""


@dataclass
class Backend:
    """A resolved LLM: the chat model and how the chains should feed it."""

    spec: str
    provider: str
    model: BaseChatModel
    context_window: int
    small: bool = False  # a tiny local model: focused, lean prompts and candidate ranking
    video_native: bool = False  # reads the video itself (VideoChat-Embed)

    def count_tokens(self, text: str) -> int:
        counter = getattr(self.model, "count_tokens", None)
        return counter(text) if callable(counter) else count_tokens(text)


@dataclass(frozen=True)
class LLMOptions:
    """The LLM settings every provider receives (``[llm]`` in the config file)."""

    temperature: float = 0.0
    max_tokens: int = 512
    base_url: str | None = None
    timeout: float = 120.0
    context_tokens: int | None = None  # overrides the provider's context window

    @classmethod
    def from_settings(cls, settings: Any) -> LLMOptions:
        llm = getattr(settings, "llm", None)
        return cls(
            temperature=getattr(llm, "temperature", 0.0),
            max_tokens=getattr(llm, "max_tokens", 512),
            base_url=getattr(llm, "base_url", None) or os.environ.get("VIDEOCHAT_BASE_URL") or None,
            timeout=getattr(llm, "timeout", 120.0),
            context_tokens=getattr(llm, "context_tokens", None),
        )


class Provider:
    """An LLM provider plugin (contract).

    Subclasses set ``name`` (the part before the colon in ``provider:model``) and implement
    :meth:`load`. Heavy imports belong inside :meth:`load`, never at module import.
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""
    needs_model: ClassVar[bool] = True  # False: a bare ``name`` (no ``:model``) is allowed

    def load(self, model: str, options: LLMOptions, video: str | Path | None = None) -> Backend:
        raise NotImplementedError
