"""``provider:model`` -> a LangChain chat model, plus what the chains need to know about it.

Providers: ``embedded`` (offline default), ``huggingface:<id|path|file.gguf>``, ``openai:<model>``,
``openai-compatible:<model>`` (any server speaking the OpenAI API at ``llm.base_url``: vLLM,
llama.cpp server, LM Studio ...), ``ollama:<model>``, ``anthropic:<model>``, ``embed:<config|checkpoint>``
(VideoChat-Embed). API providers go through LangChain's ``init_chat_model``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from videochat.errors import ConfigError

PROVIDERS = ("embedded", "huggingface", "openai", "openai-compatible", "ollama", "anthropic", "embed")

# Context windows assumed when the settings do not give one (tokens).
_CONTEXT = {"openai": 128_000, "openai-compatible": 8_192, "ollama": 4_096, "anthropic": 200_000}
_PACKAGES = {"openai": "langchain-openai", "openai-compatible": "langchain-openai",
             "ollama": "langchain-ollama", "anthropic": "langchain-anthropic"}  # fmt: skip


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
        if callable(counter):
            return counter(text)
        from videochat.pipeline.transcript import count_tokens

        return count_tokens(text)


def parse_spec(spec: str) -> tuple[str, str]:
    """``provider:model`` -> (provider, model); a bare ``embedded`` is allowed."""
    spec = spec.strip()
    provider, _, name = spec.partition(":")
    provider = provider.lower()
    if provider not in PROVIDERS:
        raise BackendError(f"unknown LLM provider {provider!r} in {spec!r} (known: {', '.join(PROVIDERS)})")
    if not name and provider != "embedded":
        raise BackendError(f"model string {spec!r} names no model: expected {provider}:MODEL")
    return provider, name


def resolve_model(spec: str, settings: Any = None, video: str | Path | None = None) -> Backend:
    """Build the chat model for ``spec`` with the LLM settings (base_url, temperature, max_tokens, ...)."""
    llm = getattr(settings, "llm", None)
    temperature = getattr(llm, "temperature", 0.0)
    max_tokens = getattr(llm, "max_tokens", 512)
    base_url = getattr(llm, "base_url", None) or os.environ.get("VIDEOCHAT_BASE_URL")
    timeout = getattr(llm, "timeout", 120.0)
    context = getattr(llm, "context_tokens", None)
    provider, name = parse_spec(spec)

    if provider == "embedded":
        from videochat.llm.local import (
            EMBEDDED_MODEL,
            EMBEDDED_MODELS,
            embedded_chat_model,
        )

        if name and name not in EMBEDDED_MODELS:
            raise BackendError(f"unknown embedded model {name!r} (known: {', '.join(EMBEDDED_MODELS)}; "
                               f"a bare `embedded` is {EMBEDDED_MODEL})")  # fmt: skip
        model = embedded_chat_model(name or EMBEDDED_MODEL, max_new_tokens=max_tokens, temperature=temperature)
        return Backend(spec, provider, model, context or 2048, small=True)
    if provider == "huggingface":
        from videochat.llm.local import huggingface_chat_model

        model = huggingface_chat_model(name, max_new_tokens=max_tokens, temperature=temperature)
        return Backend(spec, provider, model, context or model.context_window, small=_is_small(model))
    if provider == "embed":
        from videochat.embed.chat_model import load_embed_chat_model

        model = load_embed_chat_model(name, video, max_new_tokens=max_tokens, temperature=temperature)
        return Backend(spec, provider, model, context or int(getattr(model, "context_window", 2048)), video_native=True)

    kwargs: dict[str, Any] = {"temperature": temperature, "max_tokens": max_tokens, "timeout": timeout}
    if provider in ("openai", "openai-compatible"):
        if provider == "openai-compatible" and not base_url:
            raise BackendError("openai-compatible needs a server address: set llm.base_url or VIDEOCHAT_BASE_URL")
        if base_url:
            kwargs["base_url"] = base_url
        key = os.environ.get("OPENAI_API_KEY")
        if not key and provider == "openai" and not base_url:
            raise BackendError("openai: OPENAI_API_KEY is not set")
        kwargs["api_key"] = key or "not-needed"
        kwargs["max_retries"] = 1
        init_provider = "openai"
    elif provider == "ollama":
        kwargs.pop("max_tokens")
        kwargs.pop("timeout")
        kwargs["num_predict"] = max_tokens
        if base_url:
            kwargs["base_url"] = base_url
        init_provider = "ollama"
    else:  # anthropic
        if not os.environ.get("ANTHROPIC_API_KEY"):
            raise BackendError("anthropic: ANTHROPIC_API_KEY is not set")
        if base_url:
            kwargs["base_url"] = base_url
        kwargs["max_retries"] = 1
        init_provider = "anthropic"
    try:
        from langchain.chat_models import init_chat_model

        model = init_chat_model(name, model_provider=init_provider, **kwargs)
    except ImportError:
        raise BackendError(f"provider {provider} needs the package {_PACKAGES[provider]} (pip install {_PACKAGES[provider]})") from None
    return Backend(spec, provider, model, context or _CONTEXT[provider])


def _is_small(model: Any) -> bool:
    """Under ~1B parameters: give it the lean, focused treatment."""
    try:
        loaded, _ = model._loaded()
        return sum(p.numel() for p in loaded.parameters()) < 1_000_000_000
    except Exception:  # noqa: BLE001 - size unknown: treat as capable
        return False


def explain_failure(exc: BaseException, spec: str) -> str | None:
    """A one-line reason for errors users cause (server down, bad key, unknown model), else None."""
    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    for err in chain:
        name = type(err).__name__
        text = (str(err).splitlines() or [name])[0]
        if "Connect" in name or "Timeout" in name or isinstance(err, ConnectionError):
            return f"cannot reach the LLM server for {spec}: {text}"
        if "Authentication" in name or "PermissionDenied" in name:
            return f"the LLM server refused the API key for {spec}: {text}"
        if "NotFound" in name or (name == "ResponseError" and "not found" in text.lower()):
            return f"the LLM server does not know the model in {spec}: {text}"
    return None
