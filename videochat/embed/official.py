"""The official VideoChat-Embed release: its key names -> ours, reading its files, loading them.

The official release (OpenGVLab/Ask-Anything, ``video_chat``) is three files plus an LLM folder:

=============================================  ======================================================
``eva_vit_g.pth`` (EVA-ViT-g, bare names)        ``blocks.N.*``, ``patch_embed.proj.weight`` (2D), ``cls_token``, ``pos_embed``
``blip2_pretrained_flant5xxl.pth`` (``model``)   ``Qformer.bert.*``, ``query_tokens``, ``ln_vision.*`` (``t5_proj`` ignored)
``videochat_7b.pth`` (``model``)                 ``visual_encoder.gmhra*``, ``ln_vision``, ``extra_query_tokens``, ``llama_proj``
LLM folder                                       Vicuna-7B v0 = LLaMA-7B + the LMSYS delta (FastChat ``apply_delta``)
=============================================  ======================================================

Their names -> ours (:func:`official_to_ours`; :func:`ours_to_official` is the inverse):

- ``visual_encoder.X`` (or bare EVA ``X``) -> ``vision.X`` (same block names); the 2D patch kernel is
  inflated to 3D and ``pos_embed`` resized (bicubic) when the grid differs; blocks past the depth are dropped
- ``visual_encoder.gmhra_cls_token`` -> ``gmhra.token``; ``visual_encoder.gmhra.J.{ln_1,ln_2,ln_3,mlp.c_fc,mlp.c_proj}``
  -> ``gmhra.blocks.J.{norm_q,norm_mlp,norm_kv,mlp.fc1,mlp.fc2}`` (``dpe``, ``attn`` unchanged)
- ``ln_vision`` (VideoChat2: ``vision_layernorm``) -> ``vision_norm``
- ``query_tokens`` / ``extra_query_tokens`` -> ``qformer.query_tokens`` / ``qformer.extra_query_tokens``
- ``Qformer.bert.embeddings.LayerNorm`` -> ``qformer.bert.layernorm``; ``Qformer.bert.encoder.layer.I.{attention,
  crossattention}.self.*`` -> ``qformer.bert.encoder.layer.I.{attention,crossattention}.attention.*``; the rest of
  ``Qformer.bert.encoder.*`` keeps its names; the text branch (word/position embeddings, ``layer.I.intermediate``,
  ``layer.I.output``, ``Qformer.cls``) is dropped, as VideoChat drops it
- ``llama_proj`` -> ``proj``; ``llama_model.X`` -> ``llm.X``; ``llama_model.*.rotary_emb.inv_freq`` (saved by the
  official ``train.py`` with every buffer) is a derived buffer the LLM recomputes: counted, not loaded, not a warning
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from videochat.contracts.errors import BadInput, ConfigError

_GMHRA_NAMES = [("ln_1.", "norm_q."), ("ln_2.", "norm_mlp."), ("ln_3.", "norm_kv."), ("mlp.c_fc.", "mlp.fc1."),
                ("mlp.c_proj.", "mlp.fc2.")]  # fmt: skip
_DROPPED = re.compile(
    r"^(t5_|opt_|vision_proj|text_proj|itm_head|temp$|Qformer\.cls\.|Qformer\.bert\.embeddings\.(word_embeddings|"
    r"position_embeddings|position_ids)|Qformer\.bert\.encoder\.layer\.\d+\.(intermediate|output)\.|"
    r"visual_encoder\.(norm|fc_norm|head|lm_head)\.)"
)  # what VideoChat does not use either; anything else that does not fit (local MHRA, layer scale) is reported
#: Buffers the LLM derives from its config (rotary frequencies): harmless in a release file, never loaded.
DERIVED = re.compile(r"^(module\.)?llama_model\..*rotary_emb\.inv_freq$")
_EVA_BARE = ("blocks.", "patch_embed.", "cls_token", "pos_embed", "norm.", "fc_norm.", "head.", "rel_pos_bias.")


def _rename_official(key: str) -> str | None:
    """One official name -> ours, or None for what VideoChat does not use (or the LLM derives itself)."""
    if _DROPPED.match(key) or DERIVED.match(key):
        return None
    if key == "visual_encoder.gmhra_cls_token":
        return "gmhra.token"
    if m := re.match(r"visual_encoder\.gmhra\.(\d+)\.(.*)", key):
        rest = m.group(2)
        for theirs, ours in _GMHRA_NAMES:
            if rest.startswith(theirs):
                rest = ours + rest[len(theirs) :]
        return f"gmhra.blocks.{m.group(1)}.{rest}"
    if key.startswith("visual_encoder."):
        return "vision." + key[len("visual_encoder.") :]
    if m := re.match(r"(ln_vision|vision_layernorm)\.(weight|bias)$", key):
        return f"vision_norm.{m.group(2)}"
    if key in ("query_tokens", "extra_query_tokens"):
        return f"qformer.{key}"
    if key.startswith("Qformer.bert.embeddings.LayerNorm."):
        return "qformer.bert.layernorm." + key.rsplit(".", 1)[1]
    if key.startswith("Qformer.bert.encoder."):
        rest = key[len("Qformer.bert.") :]
        return "qformer.bert." + re.sub(r"\.(attention|crossattention)\.self\.", r".\1.attention.", rest)
    if key.startswith("llama_proj."):
        return "proj." + key[len("llama_proj.") :]
    if key.startswith("llama_model."):
        return "llm." + key[len("llama_model.") :]
    return "?" + key  # unknown: reported, never loaded


def official_to_ours(state: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """Map an official state dict (any of the release's files) to our names.
    Returns (mapped, dropped keys VideoChat does not use either, unknown keys)."""
    state = {k[7:] if k.startswith("module.") else k: v for k, v in state.items()}
    if "patch_embed.proj.weight" in state or "blocks.0.norm1.weight" in state:  # a bare EVA checkpoint
        state = {("visual_encoder." + k if k.startswith(_EVA_BARE) else k): v for k, v in state.items()}
    mapped, dropped, unknown = {}, [], []
    for key, value in state.items():
        ours = _rename_official(key)
        if ours is None:
            dropped.append(key)
        elif ours.startswith("?"):
            unknown.append(key)
        else:
            mapped[ours] = value
    return mapped, dropped, unknown


def ours_to_official(state: dict[str, Any]) -> dict[str, Any]:
    """Our names -> the release's (``visual_encoder.*``, ``Qformer.bert.*``, ``llama_proj`` ...)."""
    out = {}
    for key, value in state.items():
        if key == "gmhra.token":
            name = "visual_encoder.gmhra_cls_token"
        elif m := re.match(r"gmhra\.blocks\.(\d+)\.(.*)", key):
            rest = m.group(2)
            for theirs, ours in _GMHRA_NAMES:
                if rest.startswith(ours):
                    rest = theirs + rest[len(ours) :]
            name = f"visual_encoder.gmhra.{m.group(1)}.{rest}"
        elif key.startswith("vision."):
            name = "visual_encoder." + key[len("vision.") :]
        elif key.startswith("vision_norm."):
            name = "ln_vision." + key.rsplit(".", 1)[1]
        elif key.startswith("qformer.") and key.endswith("query_tokens"):
            name = key[len("qformer.") :]
        elif key.startswith("qformer.bert.layernorm."):
            name = "Qformer.bert.embeddings.LayerNorm." + key.rsplit(".", 1)[1]
        elif key.startswith("qformer.bert."):
            rest = key[len("qformer.bert.") :]
            name = "Qformer.bert." + re.sub(r"\.(attention|crossattention)\.attention\.", r".\1.self.", rest)
        elif key.startswith("proj."):
            name = "llama_proj." + key[len("proj.") :]
        elif key.startswith("llm."):
            name = "llama_model." + key[len("llm.") :]
        else:
            raise ValueError(f"no official name for {key}")
        out[name] = value
    return out


def adapt_shapes(mapped: dict[str, torch.Tensor], target: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Fit released tensors to our shapes: inflate the 2D patch kernel (centre frame), resize ``pos_embed``,
    drop ViT blocks past our depth. Any other mismatch is an error naming the key."""
    out = {}
    for key, value in mapped.items():
        if key not in target:
            if re.match(r"vision\.blocks\.\d+\.", key):
                continue  # EVA-CLIP-g has 40 blocks; BLIP-2 and VideoChat use 39
            out[key] = value
            continue
        want = target[key].shape
        if key == "vision.patch_embed.proj.weight" and value.ndim == 4:
            inflated = value.new_zeros(value.shape[0], value.shape[1], want[2], *value.shape[2:])
            inflated[:, :, want[2] // 2] = value
            value = inflated
        elif key == "vision.pos_embed" and value.shape != want:
            side, new = round((value.shape[1] - 1) ** 0.5), round((want[1] - 1) ** 0.5)
            grid = value[:, 1:].reshape(1, side, side, -1).permute(0, 3, 1, 2).float()
            grid = F.interpolate(grid, size=(new, new), mode="bicubic", align_corners=False)
            value = torch.cat([value[:, :1], grid.permute(0, 2, 3, 1).reshape(1, new * new, -1).to(value.dtype)], 1)
        if tuple(value.shape) != tuple(want):
            raise ConfigError(f"weight {key}: shape {tuple(value.shape)} does not fit the config's {tuple(want)}")
        out[key] = value
    return out


def read_state(path: str | Path, trust: bool = False) -> dict[str, torch.Tensor]:
    """Tensors of a ``.pth``/``.bin``/``.safetensors`` file (a ``model``/``state_dict`` entry is unwrapped).
    Pickles load with ``weights_only`` unless ``trust`` (only for files you trust)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BadInput(f"weights file not found: {path}")
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        return load_file(str(path))
    try:
        data = torch.load(path, map_location="cpu", weights_only=not trust)
    except Exception as exc:  # noqa: BLE001 - unpickling refused or a broken file
        hint = "" if trust else " (if you trust the file, load it with trust=True / --trust)"
        raise BadInput(f"cannot read weights {path}: {str(exc).splitlines()[0][:200]}{hint}") from None
    for key in ("model", "state_dict", "module"):
        if isinstance(data, dict) and isinstance(data.get(key), dict):
            data = data[key]
    if not isinstance(data, dict):
        raise BadInput(f"{path} holds no state dict")
    return {k: v for k, v in data.items() if isinstance(v, torch.Tensor)}


def load_official(model: torch.nn.Module, path: str | Path, trust: bool = False) -> dict[str, Any]:
    """Load one file of the release into ``model``. Returns what was loaded, dropped (``derived``: of those,
    the LLM's own rotary buffers) and unknown."""
    mapped, dropped, unknown = official_to_ours(read_state(path, trust))
    derived = sum(1 for k in dropped if DERIVED.match(k))
    target = model.state_dict()
    mapped = adapt_shapes(mapped, target)
    stray = [k for k in mapped if k not in target]
    loadable = {k: v for k, v in mapped.items() if k in target}
    if not loadable:
        raise BadInput(f"{path}: no weight in it maps onto the model ({len(unknown)} unknown keys, e.g. "
                       f"{(unknown or stray or ['-'])[0]})")  # fmt: skip
    model.load_state_dict(loadable, strict=False)
    return {"file": str(path), "loaded": len(loadable), "dropped": len(dropped), "derived": derived,
            "unknown": unknown + stray}


