"""Modern video-LLMs from transformers as an alternative ``embed:`` backend: ``embed:hf:ID_OR_FOLDER``.

Any model ``AutoModelForImageTextToText`` loads with a processor that takes ``videos=`` (LLaVA-NeXT-Video,
LLaVA-OneVision, Qwen2-VL / Qwen2.5-VL, ...). Frames come from the project's one-pass sampler (segment
centres, as for VideoChat-Embed), the first human turn carries the video and the sentence stating the
frame times, and the model's own chat template renders the conversation. transformers' video
processors need ``torchvision``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk

from videochat.contracts.errors import ModelUnavailable
from videochat.devices import pick_device, pick_dtype
from videochat.embed.chat_base import VideoChatModelBase, message_text
from videochat.embed.prompt import frame_times_text
from videochat.llm.streaming import emit, generate_in_thread
from videochat.model_cache import MODELS

_LOCK = threading.RLock()


def load_video_llm(path: str, device: str = "auto") -> tuple[Any, Any]:
    """(model, processor) for a transformers video-LLM folder or hub id; loaded once (the one model cache)."""
    device = pick_device(device, mps=False)
    return MODELS.get(("video-llm", path, device), lambda: _load(path, device))


def _load(path: str, device: str) -> tuple[Any, Any]:
    from transformers import AutoModelForImageTextToText, AutoProcessor

    dtype = pick_dtype(device)
    try:
        processor = AutoProcessor.from_pretrained(path)
        model = AutoModelForImageTextToText.from_pretrained(path, dtype=dtype)
    except ImportError as exc:
        raise ModelUnavailable(f"embed:hf:{path} needs {str(exc).split(' requires the ')[-1].split(' library')[0]} "
                               f"(transformers' video processors use torchvision)") from None  # fmt: skip
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(f"cannot load video-LLM {path}: {str(exc).splitlines()[0]}") from None
    return model.to(device).eval(), processor


def conversation(messages: list[BaseMessage], times: list[float] | None, include_system: bool = False) -> list[dict]:
    """LangChain messages -> a chat-template conversation; the first user turn gets the video."""
    out: list[dict] = []
    video_given = times is None
    for m in messages:
        if m.type == "system" and not include_system:
            continue
        role = {"human": "user", "ai": "assistant", "system": "system"}.get(m.type, "user")
        content: list[dict] = []
        if role == "user" and not video_given:
            content.append({"type": "video"})
            content.append({"type": "text", "text": frame_times_text(times or [])})
            video_given = True
        content.append({"type": "text", "text": message_text(m)})
        out.append({"role": role, "content": content})
    return out


class HFVideoChatModel(VideoChatModelBase):
    """A transformers video-LLM answering about ``video`` (or the ``video`` passed at call time)."""

    strip_reply = True  # chat templates often open the reply with a newline

    model_path: str
    num_frames: int = 8
    frame_size: int = 384  # short side of the frames handed to the processor (it resizes them itself)
    context_window: int = 8192

    @property
    def _llm_type(self) -> str:
        return "videochat-hf-video"

    def _loaded(self) -> tuple[Any, Any]:
        return load_video_llm(self.model_path, self.device)

    def count_tokens(self, text: str) -> int:
        return len(self._loaded()[1].tokenizer(text, add_special_tokens=False)["input_ids"])

    def inputs(self, messages: list[BaseMessage], video: str | None) -> Any:
        """The processor's tensors (text with the video placeholder expanded, pixel values) on the model's device."""
        from videochat.embed.data import load_frames

        model, processor = self._loaded()
        frames, times = load_frames(video, self.num_frames, self.frame_size, crop=False) if video else (None, None)
        chat = conversation(messages, times, self.include_system)
        text = processor.apply_chat_template(chat, add_generation_prompt=True, tokenize=False)
        kwargs: dict[str, Any] = {"text": [text], "return_tensors": "pt"}
        if frames is not None:
            kwargs["videos"] = [frames.transpose(0, 2, 3, 1)]  # T x H x W x 3
        return processor(**kwargs).to(model.device)

    def _stream(
        self, messages: list[BaseMessage], stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:  # fmt: skip
        import torch
        from transformers import TextIteratorStreamer

        model, processor = self._loaded()
        inputs = self.inputs(messages, kwargs.get("video", self.video))
        streamer = TextIteratorStreamer(processor.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=600)
        temperature = float(kwargs.get("temperature", self.temperature))
        options = {"max_new_tokens": int(kwargs.get("max_new_tokens", self.max_new_tokens)), "do_sample": temperature > 0,
                   **({"temperature": temperature} if temperature > 0 else {})}  # fmt: skip
        if stop:
            options.update(stop_strings=stop, tokenizer=processor.tokenizer)

        def generate() -> None:
            with _LOCK, torch.inference_mode():
                model.generate(**inputs, streamer=streamer, **options)

        for piece in generate_in_thread(generate, streamer, "videochat-hf-video"):
            yield from emit(piece, run_manager)


def hf_video_chat_model(path: str, video: Any = None, **kwargs: Any) -> HFVideoChatModel:
    """``embed:hf:PATH``: load now, so a missing model or dependency fails before the conversation."""
    import json
    from pathlib import Path

    window = 8192
    cfg = Path(path).expanduser() / "config.json"
    if cfg.is_file():
        data = json.loads(cfg.read_text())
        window = int((data.get("text_config") or data).get("max_position_embeddings") or window)
    model = HFVideoChatModel(model_path=path, video=str(video) if video else None, context_window=window, **kwargs)
    model._loaded()
    return model
