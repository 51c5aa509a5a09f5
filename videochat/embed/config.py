"""Sizes of a VideoChat-Embed model: presets (``full``, ``base``, ``tiny``) and JSON/TOML files.

``full`` is the paper's VideoChat-7B: EVA-ViT-g as BLIP-2 uses it (39 blocks, 1408 wide, patch 14,
224 px), GMHRA on the last 8 blocks, the BLIP-2 Q-Former (BERT-base, cross-attention every other
layer) with 32 + 64 queries, and a Vicuna-7B shaped LLM. A file names a preset and overrides any
field; relative paths in it are taken from the file's folder::

    preset = "full"
    [llm]
    path = "/models/vicuna-7b-v0"          # a transformers folder (Vicuna = LLaMA + the LMSYS delta)
    [weights]                                # official files, loaded in this order (see checkpoint.py)
    vit = "eva_vit_g.pth"
    qformer = "blip2_pretrained_flant5xxl.pth"
    videochat = "videochat_7b.pth"
    [chat]                                   # how it is prompted and decoded (see ChatConfig)
    preset = "official"                      # or "videochat"; any field below overrides it
    max_new_tokens = 256
"""

from __future__ import annotations

import copy
import json
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from videochat.contracts.errors import ConfigError


@dataclass
class VisionConfig:
    """EVA ViT: frames are cut into ``patch_size`` patches by a (temporal_kernel x p x p) 3D conv."""

    patch_size: int = 14
    width: int = 1408
    depth: int = 39
    heads: int = 16
    mlp_ratio: float = 4.3637
    eps: float = 1e-6
    temporal_kernel: int = 1  # 3 = UniFormerV2 temporal down-sampling (stride 2); VideoChat uses 1
    drop_path: float = 0.0


@dataclass
class GMHRAConfig:
    """Global multi-head relation aggregator on the last ``layers`` ViT blocks."""

    layers: int = 8
    dropout: float = 0.5  # inside the MLP, as in UniFormerV2 / VideoChat
    drop_path: float = 0.0


@dataclass
class QFormerConfig:
    """BLIP-2 Q-Former (BERT-base shaped) with ``queries`` pretrained and ``extra_queries`` new queries."""

    hidden: int = 768
    layers: int = 12
    heads: int = 12
    intermediate: int = 3072
    cross_every: int = 2
    queries: int = 32
    extra_queries: int = 64
    dropout: float = 0.1  # only active if the Q-Former is trained (it is frozen in the paper)


@dataclass
class LLMConfig:
    """A transformers causal LM: a folder (``path``), or a random one built from ``config`` (a dict of
    ``AutoConfig.for_model`` arguments, ``model_type`` included) with ``tokenizer`` = a folder or ``bytes``."""

    path: str | None = None
    config: dict[str, Any] | None = None
    tokenizer: str | None = None


@dataclass
class ChatConfig:
    """How the LLM is prompted, decoded and run. Presets (:data:`CHAT_PRESETS`): ``official`` talks to it
    exactly as the released demo does (a released checkpoint was demoed that way); ``videochat`` is how
    ``videochat embed train`` formats its samples, so checkpoints trained here are prompted as they learnt."""

    prompt: str = "official"  # "official": the demo's text ("\n" after human turns, "###Assistant:"); "videochat"
    tokenise: str = "segments"  # "segments": split at <VideoHere>, each segment whole, BOS once; "pieces"
    do_sample: bool = True
    top_p: float = 0.9
    temperature: float = 1.0
    num_beams: int = 1
    min_length: int = 1
    repetition_penalty: float = 1.0
    length_penalty: float = 1.0
    max_new_tokens: int = 1000
    stop: str = "ids"  # "ids": the tokenizer's ids spelling "###" ([835] / [2277, 29937] for LLaMA); "text"
    precision: str = "official"  # "official": fp32 weights, fp16 autocast on CUDA, fp16 LLM; "cast": all in one dtype
    frames: str = "index"  # "index": segment-centre frame indices, PIL bicubic; "sampler": the one-pass sampler
    use_llm_settings: bool = False  # let the app's llm.temperature / llm.max_tokens replace the two above


CHAT_PRESETS: dict[str, dict[str, Any]] = {
    "official": {},
    # greedy and short: deterministic answers for the chains; text-level stop works with any tokenizer
    "videochat": {"prompt": "videochat", "tokenise": "pieces", "do_sample": False, "temperature": 0.0,
                  "max_new_tokens": 256, "stop": "text", "precision": "cast", "frames": "sampler", "use_llm_settings": True},
}  # fmt: skip
_CHOICES = {"prompt": ("official", "videochat"), "tokenise": ("segments", "pieces"), "stop": ("ids", "text"),
            "precision": ("official", "cast"), "frames": ("index", "sampler")}  # fmt: skip


def chat_config(value: str | dict[str, Any] | ChatConfig | None) -> ChatConfig:
    """A :class:`ChatConfig` from a preset name or a table (``preset`` plus overrides)."""
    if isinstance(value, ChatConfig):
        return value
    data = {"preset": value} if isinstance(value, str) or value is None else dict(value)
    preset = data.pop("preset", None) or "official"
    if preset not in CHAT_PRESETS:
        raise ConfigError(f"unknown embed chat preset {preset!r} (known: {', '.join(CHAT_PRESETS)})")
    config = _build(ChatConfig, {**CHAT_PRESETS[preset], **data}, "chat.")
    for name, allowed in _CHOICES.items():
        if getattr(config, name) not in allowed:
            raise ConfigError(f"embed setting chat.{name} must be one of {', '.join(allowed)}")
    return config


@dataclass
class EmbedConfig:
    image_size: int = 224
    num_frames: int = 8
    vision: VisionConfig = field(default_factory=VisionConfig)
    gmhra: GMHRAConfig = field(default_factory=GMHRAConfig)
    qformer: QFormerConfig = field(default_factory=QFormerConfig)
    llm: LLMConfig = field(default_factory=LLMConfig)
    max_txt_len: int = 512  # text tokens after the video in training samples
    weights: dict[str, str] = field(default_factory=dict)  # official files loaded at build time, in order
    chat: ChatConfig = field(default_factory=ChatConfig)
    name: str = "custom"

    @property
    def grid(self) -> int:
        return self.image_size // self.vision.patch_size

    @property
    def video_tokens(self) -> int:
        """Embeddings the LLM reads per video."""
        return self.qformer.queries + self.qformer.extra_queries

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


VICUNA_7B: dict[str, Any] = {
    "model_type": "llama", "vocab_size": 32000, "hidden_size": 4096, "intermediate_size": 11008,
    "num_hidden_layers": 32, "num_attention_heads": 32, "max_position_embeddings": 2048, "rms_norm_eps": 1e-6,
    "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0,
}  # fmt: skip

PRESETS: dict[str, dict[str, Any]] = {
    "full": {"llm": {"config": VICUNA_7B}},
    # benchmark size on a CPU: a ViT-B/16, 4 GMHRA layers, a 6-layer Q-Former, a ~100M-parameter LLM
    "base": {
        "vision": {"patch_size": 16, "width": 768, "depth": 12, "heads": 12, "mlp_ratio": 4.0},
        "gmhra": {"layers": 4},
        "qformer": {"layers": 6},
        "llm": {"config": {**VICUNA_7B, "hidden_size": 768, "intermediate_size": 2048, "num_hidden_layers": 8,
                           "num_attention_heads": 12}, "tokenizer": None},
        "max_txt_len": 256,
    },  # fmt: skip
    # tests: everything a few dozen wide; a byte-level tokenizer built in code
    "tiny": {
        "image_size": 32, "num_frames": 4,
        "vision": {"patch_size": 8, "width": 32, "depth": 3, "heads": 2, "mlp_ratio": 2.0},
        "gmhra": {"layers": 2, "dropout": 0.0},
        "qformer": {"hidden": 32, "layers": 2, "heads": 2, "intermediate": 64, "queries": 4, "extra_queries": 8},
        "llm": {"config": {"model_type": "llama", "vocab_size": 260, "hidden_size": 32, "intermediate_size": 64,
                           "num_hidden_layers": 2, "num_attention_heads": 2, "num_key_value_heads": 2,
                           "max_position_embeddings": 4096, "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 3,
                           "initializer_range": 0.5},
                "tokenizer": "bytes"},
        "max_txt_len": 256,
    },  # fmt: skip
}


_NESTED = {"vision": VisionConfig, "gmhra": GMHRAConfig, "qformer": QFormerConfig, "llm": LLMConfig}


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown embed setting {where}{unknown[0]} (known: {', '.join(sorted(known))})")
    kwargs = {}
    for name, value in data.items():
        if cls is EmbedConfig and name == "chat":
            if not isinstance(value, (str, dict)):
                raise ConfigError("embed setting chat must be a preset name or a table")
            value = chat_config(value)
        elif cls is EmbedConfig and name in _NESTED:
            if not isinstance(value, dict):
                raise ConfigError(f"embed setting {name} must be a table")
            value = _build(_NESTED[name], value, f"{name}.")
        kwargs[name] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ConfigError(f"bad embed settings {where or 'at top level'}: {exc}") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "weights":
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def from_dict(data: dict[str, Any], base_dir: Path | None = None) -> EmbedConfig:
    """A config from a dict: ``preset`` (default ``full``) overridden by the other keys."""
    data = dict(data)
    preset = data.pop("preset", None)
    if preset is None and "name" not in data:  # a saved config names itself and carries every field
        preset = "full"
    if preset is not None and preset not in PRESETS:
        raise ConfigError(f"unknown embed preset {preset!r} (known: {', '.join(PRESETS)})")
    merged = _merge(PRESETS[preset], data) if preset else data
    merged.setdefault("name", preset or "custom")
    config = _build(EmbedConfig, merged, "")
    if base_dir is not None:
        config = resolve_paths(config, base_dir)
    validate(config)
    return config


def resolve_paths(config: EmbedConfig, base_dir: Path) -> EmbedConfig:
    """Make relative file names in ``llm`` and ``weights`` relative to ``base_dir``."""

    def fix(p: str | None) -> str | None:
        if not p or p == "bytes":
            return p
        path = Path(p).expanduser()
        if path.is_absolute():
            return str(path)
        local = base_dir / path
        return str(local) if local.exists() or not path.exists() else p  # else: relative to the cwd

    config.llm.path = fix(config.llm.path)
    config.llm.tokenizer = fix(config.llm.tokenizer)
    config.weights = {k: fix(v) or v for k, v in config.weights.items()}
    return config


def validate(config: EmbedConfig) -> None:
    v, q = config.vision, config.qformer
    if config.image_size % v.patch_size:
        raise ConfigError(f"image_size {config.image_size} is not a multiple of patch_size {v.patch_size}")
    if v.width % v.heads or q.hidden % q.heads:
        raise ConfigError("widths must be multiples of the head counts")
    if not 0 <= config.gmhra.layers <= v.depth:
        raise ConfigError(f"gmhra.layers must be between 0 and vision.depth ({v.depth})")
    if config.llm.path is None and config.llm.config is None:
        raise ConfigError("the embed config names no LLM: set llm.path (a transformers folder) or llm.config")


def load_config(source: str | Path) -> EmbedConfig:
    """A preset name, a ``.json``/``.toml`` file, or a checkpoint folder (its ``config.json``)."""
    text = str(source)
    if text in PRESETS:
        return from_dict({"preset": text})
    path = Path(text).expanduser()
    if path.is_dir():
        path = path / "config.json"
        if not path.is_file():
            raise ConfigError(f"{path.parent} is not a VideoChat-Embed checkpoint (no config.json)")
    if not path.is_file():
        raise ConfigError(f"embed config not found: {text} (a preset: {', '.join(PRESETS)}; a .json/.toml file; "
                          f"or a checkpoint folder)")  # fmt: skip
    try:
        raw = tomllib.loads(path.read_text()) if path.suffix == ".toml" else json.loads(path.read_text())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"bad embed config {path}: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"bad embed config {path}: expected a table/object")
    meta = path.parent / "meta.json"
    if "chat" not in raw and meta.is_file() and "step" in json.loads(meta.read_text()):
        raw["chat"] = "videochat"  # trained here before [chat] existed: prompt it as it learnt
    return from_dict(raw, path.parent)
