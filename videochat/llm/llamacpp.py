"""The embedded model through llama-cpp-python, when it is installed: loads in ~0.8 s instead of ~4.6 s,
generates ~3x faster and needs ~0.6 GB instead of ~1.5 GB, but evaluates long prompts (ranking over
many transcript lines) ~2-3x slower than transformers on a CPU (benchmarks/llm_runtimes.py,
docs/llm-backends.md). Same interface as :class:`LocalChatModel`: streaming, token counts and
candidate scoring.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from videochat.llm.streaming import StreamedChatModel, chat_role, emit
from videochat.model_cache import MODELS

_GENERATING = threading.Lock()  # one llama context: one generation at a time


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec("llama_cpp") is not None and os.environ.get("VIDEOCHAT_LLAMA_CPP", "1") != "0"


class LlamaCppChatModel(StreamedChatModel):
    """A GGUF file run by llama.cpp; greedy by default."""

    model_path: str
    model_name: str = ""
    max_new_tokens: int = Field(256, ge=1)
    temperature: float = Field(0.0, ge=0.0)
    context_window: int = 4096

    @property
    def _llm_type(self) -> str:
        return "videochat-llama-cpp"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model": self.model_name or self.model_path, "max_new_tokens": self.max_new_tokens}

    def _llama(self) -> Any:
        return MODELS.get(("llama.cpp", self.model_path, self.context_window), self._load)

    def _load(self) -> Any:
        from llama_cpp import Llama

        threads = int(os.environ.get("VIDEOCHAT_WORKER_THREADS") or os.cpu_count() or 1)
        return Llama(self.model_path, n_ctx=self.context_window, logits_all=True, n_threads=threads, verbose=False)

    def count_tokens(self, text: str) -> int:
        return len(self._llama().tokenize(text.encode(), add_bos=False))

    def _chat(self, messages: list[BaseMessage]) -> list[dict[str, str]]:
        return [{"role": chat_role(m), "content": str(m.content)} for m in messages]

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:  # fmt: skip
        llm = self._llama()
        with _GENERATING:
            for part in llm.create_chat_completion(
                self._chat(messages), max_tokens=kwargs.get("max_new_tokens", self.max_new_tokens),
                temperature=kwargs.get("temperature", self.temperature), repeat_penalty=1.1, stop=stop, stream=True,
            ):  # fmt: skip
                yield from emit(part["choices"][0]["delta"].get("content") or "", run_manager)

    def _prompt_tokens(self, messages: list[BaseMessage]) -> list[int]:
        """The chat-formatted prompt, ending where the assistant's reply begins."""
        from jinja2 import Environment

        llm = self._llama()
        template = llm.metadata.get("tokenizer.chat_template")
        if not template:
            raise RuntimeError("the GGUF file has no chat template")
        text = Environment().from_string(template).render(messages=self._chat(messages), add_generation_prompt=True,
                                                          bos_token="", eos_token="")  # fmt: skip
        return llm.tokenize(text.encode(), add_bos=False, special=True)

    def score(self, messages: list[BaseMessage], candidates: list[str]) -> list[float]:
        """Mean log-probability of each candidate as the reply; the prompt is evaluated once."""
        import numpy as np

        llm = self._llama()
        prompt = self._prompt_tokens(messages)
        out = []
        with _GENERATING:
            llm.reset()
            llm.eval(prompt)
            for candidate in candidates:
                ids = llm.tokenize(candidate.encode(), add_bos=False)
                if not ids:
                    out.append(float("-inf"))
                    continue
                # Back to the end of the prompt: eval() drops the key/value cache past n_tokens and keeps the
                # prompt's logits. (save_state/load_state copied the whole n_ctx x vocab logits array, ~400 MB,
                # per candidate.)
                llm.n_tokens = len(prompt)
                llm.eval(ids)
                logits = np.asarray(llm.scores[len(prompt) - 1 : len(prompt) - 1 + len(ids)], dtype=np.float64)
                logits -= logits.max(axis=1, keepdims=True)
                logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
                out.append(float(logp[np.arange(len(ids)), ids].mean()))
        return out
