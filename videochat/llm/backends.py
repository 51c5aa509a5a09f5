"""``provider:model`` -> a LangChain chat model, through the provider plugins of the ``videochat.llms``
entry-point group.

Built-in providers (``embedded``, ``huggingface``, ``openai``, ``openai-compatible``, ``ollama``,
``anthropic``) are registered in videochat's own ``pyproject.toml`` exactly as a plugin package
registers its own; VideoChat-Embed registers ``embed`` the same way. A provider is a
:class:`~videochat.llm.provider.Provider` subclass; its ``name`` is the part before the colon.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from videochat.llm.provider import Backend, BackendError, LLMOptions, Provider

__all__ = ["Backend", "BackendError", "explain_failure", "parse_spec", "providers", "register", "resolve_model"]

GROUP = "videochat.llms"
log = logging.getLogger(__name__)

_PROVIDERS: dict[str, type[Provider]] = {}
_BROKEN: dict[str, str] = {}
_DISCOVERED = False


def register(cls: type[Provider]) -> type[Provider]:
    """Add a provider class in-process (tests, notebooks); entry points are the way for packages."""
    if not (isinstance(cls, type) and issubclass(cls, Provider) and getattr(cls, "name", "")):
        raise TypeError(f"{cls!r} is not a Provider subclass with a name")
    _PROVIDERS[cls.name] = cls
    _BROKEN.pop(cls.name, None)
    return cls


def providers() -> dict[str, type[Provider]]:
    """Every usable provider by name (discovered once per process)."""
    global _DISCOVERED
    if not _DISCOVERED:
        _DISCOVERED = True
        for ep in entry_points(group=GROUP):
            try:
                cls = ep.load()
                if not (isinstance(cls, type) and issubclass(cls, Provider)):
                    raise TypeError(f"{ep.value} is not a videochat Provider subclass")
            except Exception as exc:  # noqa: BLE001 - a broken plugin must not break the others
                origin = ep.dist.name if ep.dist is not None else ep.value
                _BROKEN[ep.name] = f"plugin {origin} failed to load: {type(exc).__name__}: {exc}"
                log.warning("LLM provider %s: %s", ep.name, _BROKEN[ep.name])
                continue
            _PROVIDERS.setdefault(cls.name, cls)
    return dict(sorted(_PROVIDERS.items()))


def parse_spec(spec: str) -> tuple[str, str]:
    """``provider:model`` -> (provider, model); a bare name is allowed for providers that need no model."""
    spec = spec.strip()
    provider, _, name = spec.partition(":")
    provider = provider.lower()
    known = providers()
    if provider not in known:
        if provider in _BROKEN:
            raise BackendError(f"LLM provider {provider!r} is unusable: {_BROKEN[provider]}")
        raise BackendError(f"unknown LLM provider {provider!r} in {spec!r} (known: {', '.join(known)})")
    if not name and known[provider].needs_model:
        raise BackendError(f"model string {spec!r} names no model: expected {provider}:MODEL")
    return provider, name


def resolve_model(spec: str, settings: Any = None, video: str | Path | None = None) -> Backend:
    """Build the chat model for ``spec`` with the LLM settings (base_url, temperature, max_tokens, ...)."""
    provider, name = parse_spec(spec)
    backend = providers()[provider]().load(name, LLMOptions.from_settings(settings), video)
    backend.spec = spec.strip()
    return backend


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
