"""The built-in API providers: ``openai``, ``openai-compatible`` (vLLM, llama.cpp server, LM Studio, ...
at ``llm.base_url``), ``ollama`` and ``anthropic``, all through LangChain's ``init_chat_model``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar

from videochat.llm.provider import Backend, BackendError, LLMOptions, Provider


class APIProvider(Provider):
    """A provider whose models run behind an API that LangChain speaks."""

    package: ClassVar[str] = "langchain-openai"  # what ``init_chat_model`` needs for this provider
    context_window: ClassVar[int] = 8_192  # assumed when the settings give none
    init_provider: ClassVar[str] = "openai"

    def kwargs(self, options: LLMOptions) -> dict[str, Any]:
        """``init_chat_model`` arguments; raises :class:`BackendError` for a missing key or address."""
        return {"temperature": options.temperature, "max_tokens": options.max_tokens, "timeout": options.timeout}

    def load(self, model: str, options: LLMOptions, video: str | Path | None = None) -> Backend:
        kwargs = self.kwargs(options)
        try:
            from langchain.chat_models import init_chat_model

            chat = init_chat_model(model, model_provider=self.init_provider, **kwargs)
        except ImportError:
            raise BackendError(f"provider {self.name} needs the package {self.package} (pip install {self.package})") from None
        return Backend(f"{self.name}:{model}", self.name, chat, options.context_tokens or self.context_window)


class OpenAIProvider(APIProvider):
    name = "openai"
    description = "OpenAI's API (OPENAI_API_KEY)"
    context_window = 128_000

    def kwargs(self, options: LLMOptions) -> dict[str, Any]:
        kwargs = super().kwargs(options)
        key = os.environ.get("OPENAI_API_KEY")
        if options.base_url:
            kwargs["base_url"] = options.base_url
        elif not key and self.name == "openai":
            raise BackendError("openai: OPENAI_API_KEY is not set")
        kwargs["api_key"] = key or "not-needed"
        kwargs["max_retries"] = 1
        return kwargs


class OpenAICompatibleProvider(OpenAIProvider):
    name = "openai-compatible"
    description = "any server speaking the OpenAI API at llm.base_url (vLLM, llama.cpp server, LM Studio, ...)"
    context_window = 8_192

    def kwargs(self, options: LLMOptions) -> dict[str, Any]:
        if not options.base_url:
            raise BackendError("openai-compatible needs a server address: set llm.base_url or VIDEOCHAT_BASE_URL")
        return super().kwargs(options)


class OllamaProvider(APIProvider):
    name = "ollama"
    description = "a local Ollama server (llm.base_url, default http://localhost:11434)"
    package = "langchain-ollama"
    context_window = 4_096
    init_provider = "ollama"

    def kwargs(self, options: LLMOptions) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"temperature": options.temperature, "num_predict": options.max_tokens}
        if options.base_url:
            kwargs["base_url"] = options.base_url
        return kwargs


class AnthropicProvider(APIProvider):
    name = "anthropic"
    description = "Anthropic's API (ANTHROPIC_API_KEY)"
    package = "langchain-anthropic"
    context_window = 200_000
    init_provider = "anthropic"

    def kwargs(self, options: LLMOptions) -> dict[str, Any]:
        if not os.environ.get("ANTHROPIC_API_KEY"):
            raise BackendError("anthropic: ANTHROPIC_API_KEY is not set")
        kwargs = super().kwargs(options)
        if options.base_url:
            kwargs["base_url"] = options.base_url
        kwargs["max_retries"] = 1
        return kwargs
