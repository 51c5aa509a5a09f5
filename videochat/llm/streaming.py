"""What every local chat model shares: the full reply is the stream joined, tokens reach the
callbacks as they come, and a background ``generate`` feeds a streamer whose errors re-raise here."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult


def chat_role(message: BaseMessage) -> str:
    """The chat-template role of a LangChain message (``user``, ``assistant`` or ``system``)."""
    return {"human": "user", "ai": "assistant", "system": "system"}.get(message.type, "user")


class StreamedChatModel(BaseChatModel):
    """A chat model that implements ``_stream``; ``invoke`` returns the joined stream."""

    strip_reply: ClassVar[bool] = False

    def _generate(
        self, messages: list[BaseMessage], stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any,
    ) -> ChatResult:  # fmt: skip
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text.strip() if self.strip_reply else text))])


def emit(text: str, run_manager: CallbackManagerForLLMRun | None) -> Iterator[ChatGenerationChunk]:
    """One streamed chunk for ``text`` (nothing for empty text), reported to the callbacks."""
    if text:
        if run_manager:
            run_manager.on_llm_new_token(text)
        yield ChatGenerationChunk(message=AIMessageChunk(content=text))


def generate_in_thread(generate: Callable[[], None], streamer: Any, name: str = "videochat-generate",
                       stop: threading.Event | None = None) -> Iterator[str]:  # fmt: skip
    """Run ``generate`` (which writes into ``streamer``) in a thread; yield the streamer's non-empty
    pieces; re-raise the thread's error here once the stream ends. When the consumer stops early
    (a client went away), ``stop`` is set so that ``generate`` can end instead of running on."""
    errors: list[BaseException] = []

    def work() -> None:
        try:
            generate()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)
            streamer.end()

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    finished = False
    try:
        for piece in streamer:
            if piece:
                yield piece
        finished = True
    finally:
        if not finished and stop is not None:
            stop.set()
    thread.join()
    if errors:
        raise errors[0]


def stop_criteria(stop: threading.Event) -> Any:
    """transformers stopping criteria that end ``generate`` once ``stop`` is set."""
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class _Stop(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            return torch.full((input_ids.shape[0],), stop.is_set(), dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([_Stop()])
