"""Settings: defaults < profile < TOML file < VIDEOCHAT_* environment < command-line flags."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from videochat.contracts.errors import ConfigError

#: Perceptor sets by profile. ``lite`` runs offline with models that ship in PyPI packages (it sees: ImageNet
#: tags, camera motion, faces and people, light and colour); ``standard``
#: adds captions, tracked objects (YOLO supersedes the HOG people counter) and actions with small hub
#: models (a CPU copes); ``full`` takes the largest model of each and dense region captions (a GPU).
PROFILES: dict[str, list[str]] = {
    "lite": ["shots", "ocr", "asr", "subtitles", "faces", "people", "tags", "motion", "look"],
    "standard": ["shots", "ocr", "asr", "subtitles", "faces", "caption", "detect", "action", "tags", "motion", "look"],
    "full": ["shots", "ocr", "asr", "subtitles", "faces", "caption", "dense", "detect", "action", "tags", "motion", "look"],
}

#: Perceptor options a profile sets, under those of the config file and flags (perceptor defaults
#: are the ``standard`` choices).
PROFILE_OPTIONS: dict[str, dict[str, dict[str, Any]]] = {
    "full": {
        "asr": {"model": "large-v3"},
        "caption": {"model": "Salesforce/blip2-opt-2.7b"},
        "dense": {"model": "florence-community/Florence-2-large"},
        "detect": {"model": "yolo11x.pt"},
        "action": {"model": "MCG-NJU/videomae-large-finetuned-kinetics"},
    },
}

DEFAULT_CONFIG_PATH = Path("~/.config/videochat/config.toml")


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or "~/.cache"
    return Path(base).expanduser() / "videochat"


class LLMSettings(BaseModel):
    """The ``[llm]`` table: how the chosen model is called."""

    model_config = ConfigDict(extra="forbid")

    base_url: str | None = Field(None, description="server address for openai-compatible, ollama, openai proxies")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(512, ge=16, le=32768, description="longest reply, in tokens")
    context_tokens: int | None = Field(None, ge=256, description="the model's context window (default: per provider)")
    focus_tokens: int = Field(400, ge=64, description="data budget for small models (focused context)")
    strategy: str = Field("auto", pattern="^(auto|grounded|generative)$", description="how answers are made: "
                          "grounded (composed from transcript events; the model only ranks), generative (the model "
                          "writes them), auto (grounded for small models)")
    timeout: float = Field(120.0, gt=0, description="seconds to wait for an API reply")
    choices: list[str] = Field(default_factory=list, description="more provider:model strings the web UI offers")


class Settings(BaseModel):
    """Everything a run can be configured with. Field names are the TOML keys."""

    model_config = ConfigDict(extra="forbid")

    profile: str = "lite"
    perceptors: list[str] | None = Field(None, description="explicit perceptor list; overrides the profile")
    fps: float = Field(1.0, gt=0, le=60, description="frames sampled per second")
    max_frames: int = Field(900, ge=1, description="frame budget; long videos are sampled more sparsely")
    short_side: int = Field(480, ge=32, le=4320, description="sampled frames are resized to this short side")
    concurrency: int = Field(2, ge=1, le=64, description="perceptors run at the same time")
    low_memory: bool = Field(False, description="keep one perceptor model in memory at a time (they take turns)")
    cache: bool = True
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    models_dir: Path | None = None
    max_download_mb: float = Field(2048.0, gt=0, description="largest video fetched from a URL")
    options: dict[str, dict[str, Any]] = Field(default_factory=dict, description="per-perceptor options")
    profile_defaults: list[str] = Field(default_factory=list, description="perceptors whose options only the profile set")
    model: str = Field("embedded", description="LLM as provider:model, e.g. openai:gpt-4o-mini, ollama:qwen2.5")
    llm: LLMSettings = Field(default_factory=LLMSettings)

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str) -> str:
        if value not in PROFILES:
            raise ValueError(f"unknown profile {value!r} (known: {', '.join(PROFILES)})")
        return value

    @property
    def perceptor_names(self) -> list[str]:
        return list(self.perceptors) if self.perceptors is not None else list(PROFILES[self.profile])

    @property
    def named_perceptors(self) -> set[str]:
        """Perceptors the user asked for by name (a ``perceptors`` list, or options for one): these must
        be able to run, while a profile's perceptors that cannot run here are skipped."""
        return set(self.perceptor_names) & ({*(self.perceptors or ())} | (set(self.options) - set(self.profile_defaults)))

    @property
    def model_store(self) -> Path:
        return (self.models_dir or self.cache_dir / "models").expanduser()


_ENV_KEYS = {
    "VIDEOCHAT_PROFILE": "profile",
    "VIDEOCHAT_PERCEPTORS": "perceptors",
    "VIDEOCHAT_FPS": "fps",
    "VIDEOCHAT_MAX_FRAMES": "max_frames",
    "VIDEOCHAT_SHORT_SIDE": "short_side",
    "VIDEOCHAT_CONCURRENCY": "concurrency",
    "VIDEOCHAT_LOW_MEMORY": "low_memory",
    "VIDEOCHAT_CACHE_DIR": "cache_dir",
    "VIDEOCHAT_MAX_DOWNLOAD_MB": "max_download_mb",
    "VIDEOCHAT_MODELS_DIR": "models_dir",
    "VIDEOCHAT_MODEL": "model",
}


def parse_option(assignment: str) -> tuple[str, str, Any]:
    """Parse ``name.key=value`` (``--perceptor-option``); values are JSON when they parse as JSON."""
    import json

    target, sep, raw = assignment.partition("=")
    name, dot, key = target.partition(".")
    if not sep or not dot or not name or not key:
        raise ConfigError(f"bad perceptor option {assignment!r}: expected NAME.KEY=VALUE, e.g. asr.model=whisper-tiny.en")
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return name.strip(), key.strip(), value


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from the config file, the environment and ``overrides`` (flags; ``None`` = not given)."""
    data: dict[str, Any] = {}
    path = Path(config_file or os.environ.get("VIDEOCHAT_CONFIG") or DEFAULT_CONFIG_PATH).expanduser()
    if config_file and not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    if path.is_file():
        try:
            data.update(tomllib.loads(path.read_text()))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"bad config file {path}: {exc}") from None
    for env, key in _ENV_KEYS.items():
        if os.environ.get(env):
            data[key] = os.environ[env]
    option_lines = overrides.pop("perceptor_options", None) or []
    data.update({k: v for k, v in overrides.items() if v is not None})
    if isinstance(data.get("perceptors"), str):
        data["perceptors"] = [p.strip() for p in data["perceptors"].split(",") if p.strip()]
    options = data.get("options") or {}
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError("bad setting options: expected one table per perceptor, e.g. [options.asr]")
    options = {name: dict(table) for name, table in options.items()}
    named = set(options)  # perceptors the user configured, not the profile
    for name, table in PROFILE_OPTIONS.get(str(data.get("profile", "lite")), {}).items():
        options[name] = {**table, **options.get(name, {})}
    for line in option_lines:
        name, key, value = parse_option(line)
        options.setdefault(name, {})[key] = value
        named.add(name)
    data["options"] = options
    data["profile_defaults"] = sorted(set(options) - named)
    try:
        return Settings(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "settings"
        raise ConfigError(f"bad setting {where}: {err['msg']}") from None
