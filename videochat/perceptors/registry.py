"""Perceptor discovery through the ``videochat.perceptors`` entry-point group.

Built-in perceptors are registered in videochat's own ``pyproject.toml`` exactly as a plugin
package registers its own, so ``pip install videochat-myperceptor`` is all a user does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from pydantic import ValidationError

from videochat.contracts.errors import ConfigError
from videochat.perceptors.base import Perceptor

GROUP = "videochat.perceptors"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PerceptorStatus:
    name: str
    version: str
    input: str
    description: str
    usable: bool
    reason: str | None
    origin: str


class Registry:
    """Name -> perceptor class, filled from entry points (and :meth:`register` for in-process use)."""

    def __init__(self) -> None:
        self._classes: dict[str, type[Perceptor]] = {}
        self._origins: dict[str, str] = {}
        self._broken: dict[str, str] = {}

    def discover(self) -> Registry:
        for ep in entry_points(group=GROUP):
            origin = ep.dist.name if ep.dist is not None else ep.value
            try:
                cls = ep.load()
                if not (isinstance(cls, type) and issubclass(cls, Perceptor) and getattr(cls, "name", "")):
                    raise TypeError(f"{ep.value} is not a Perceptor subclass with a name")
            except Exception as exc:  # noqa: BLE001 - a broken plugin must not break the others
                if ep.name not in self._classes:
                    self._broken[ep.name] = f"plugin {origin} failed to load: {type(exc).__name__}: {exc}"
                continue
            if cls.name in self._classes:
                continue
            if ep.name != cls.name:  # the class's name is the one that counts; the entry point's is a label
                log.warning("plugin %s registers perceptor %r under the entry-point name %r: using %r",
                            origin, cls.name, ep.name, cls.name)  # fmt: skip
            self.register(cls, origin=origin)
        return self

    def register(self, cls: type[Perceptor], origin: str = "runtime") -> None:
        if not (isinstance(cls, type) and issubclass(cls, Perceptor) and getattr(cls, "name", "")):
            raise TypeError(f"{cls!r} is not a Perceptor subclass with a name")
        self._classes[cls.name] = cls
        self._origins[cls.name] = origin
        self._broken.pop(cls.name, None)

    def names(self) -> list[str]:
        return sorted({*self._classes, *self._broken})

    def get(self, name: str) -> Perceptor:
        if name in self._broken:
            raise ConfigError(f"perceptor {name!r} is unusable: {self._broken[name]}")
        if name not in self._classes:
            raise ConfigError(f"unknown perceptor {name!r} (available: {', '.join(self.names()) or 'none'})")
        return self._classes[name]()

    def options(self, name: str, values: dict[str, Any] | None) -> Any:
        """Validate ``values`` against the perceptor's Options model; one-line ConfigError when bad."""
        cls = self.get(name).Options
        try:
            return cls(**(values or {}))
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"]) or "?"
            fields = ", ".join(cls.model_fields) or "none"
            raise ConfigError(f"bad option {name}.{key}: {err['msg']} (options of {name}: {fields})") from None

    def status(self, name: str, values: dict[str, Any] | None = None) -> PerceptorStatus:
        if name in self._broken:
            return PerceptorStatus(name, "?", "?", "", False, self._broken[name], "?")
        perceptor = self.get(name)
        try:
            reason = perceptor.check(self.options(name, values))
        except ConfigError as exc:
            reason = str(exc)
        return PerceptorStatus(
            name, perceptor.version, perceptor.input, perceptor.description, reason is None, reason, self._origins[name]
        )


_default: Registry | None = None


def registry() -> Registry:
    """The process-wide registry, discovered on first use."""
    global _default
    if _default is None:
        _default = Registry().discover()
    return _default
