"""VideoChat-Embed as a LangChain chat model, so the describe / ask / chat chains run on it unchanged.

The chains send ``system (rules + transcript) -> history -> request``. This model reads the video
itself: it takes the video's frames, encodes them once per video, and renders the conversation the
way the model's ``chat`` settings say (``official``: exactly as the released demo, see
:mod:`videochat.embed.prompt`; ``videochat``: as ``videochat embed train`` formats its samples), with
the video embeddings spliced in at ``<VideoHere>``. The system message (and with it the transcript) is
left out by default, as the released model was trained without one; ``include_system=True`` keeps it.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk

from videochat.contracts.errors import ConfigError
from videochat.devices import pick_device
from videochat.embed import prompt
from videochat.embed.chat_base import VideoChatModelBase, message_text
from videochat.embed.checkpoint import checkpoint_dir, is_checkpoint, load_model
from videochat.embed.config import EmbedConfig, load_config
from videochat.embed.hf_video import hf_video_chat_model
from videochat.embed.model import precision_dtypes
from videochat.llm.streaming import emit, generate_in_thread
from videochat.model_cache import MODELS

_VIDEOS: OrderedDict[tuple, tuple[Any, list[float]]] = OrderedDict()  # encoded videos, most recent last
_LOCK = threading.RLock()
_MAX_VIDEOS = 8


def target_config(target: str) -> EmbedConfig:
    """The config of ``target`` (a checkpoint or run folder, a config file or a preset), without weights."""
    source: str | Path = target
    if not is_checkpoint(target) and is_checkpoint(Path(target).expanduser() / "checkpoint"):
        source = checkpoint_dir(target)
    return load_config(source)


def loaded_model(target: str, device: str = "auto") -> Any:
    """The model for ``target``, loaded once per process in its precision policy (``chat.precision``)."""
    device = pick_device(device, mps=False)

    def load() -> Any:
        dtype, llm_dtype = precision_dtypes(target_config(target), device)
        model = load_model(target, device=device, dtype=dtype, llm_dtype=llm_dtype)
        if model.tokenizer is None:
            raise ConfigError(f"embed:{target} has no tokenizer: set llm.tokenizer in its config")
        return model.eval()

    return MODELS.get(("videochat-embed", str(target), device), load)  # the one model cache, under low_memory


class EmbedChatModel(VideoChatModelBase):
    """VideoChat-Embed answering about ``video`` (or the ``video`` passed at call time)."""

    target: str

    @property
    def _llm_type(self) -> str:
        return "videochat-embed"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"target": self.target, "video": self.video, "max_new_tokens": self.max_new_tokens}

    def _model(self) -> Any:
        return loaded_model(self.target, self.device)

    def count_tokens(self, text: str) -> int:
        return len(self._model().tokenizer(text, add_special_tokens=False)["input_ids"])

    def encode_video(self, video: str | Path) -> tuple[Any, list[float]]:
        """Video embeddings ``(1, queries, hidden)`` and the frame times; cached per file version."""
        import torch

        from videochat.embed.data import load_frames
        from videochat.embed.frames import load_frames_indexed
        from videochat.embed.model import normalise

        model = self._model()
        path = Path(video).expanduser()
        stat = path.stat() if path.exists() else None
        key = (id(model), model.config.chat.frames, str(path.resolve()), stat.st_mtime_ns if stat else 0,
               stat.st_size if stat else 0)  # fmt: skip
        with _LOCK:
            if key in _VIDEOS:
                _VIDEOS.move_to_end(key)
                return _VIDEOS[key]
        load = load_frames_indexed if model.config.chat.frames == "index" else load_frames
        frames, times = load(path, model.config.num_frames, model.config.image_size)
        device = next(model.parameters()).device
        with _LOCK, torch.no_grad():
            embeds = model.encode_video(normalise(torch.from_numpy(frames)[None].to(device)))
            _VIDEOS[key] = (embeds, times)
            while len(_VIDEOS) > _MAX_VIDEOS:
                _VIDEOS.popitem(last=False)
        return embeds, times

    def build_prompt(self, messages: list[BaseMessage], video: str | None) -> tuple[Any, Any]:
        """(encoded prompt, video embeddings or None) for ``messages``, in the model's ``chat`` style."""
        chat = self._model().config.chat
        system = "\n".join(message_text(m) for m in messages if m.type == "system") if self.include_system else ""
        turns = [("assistant" if m.type == "ai" else "user", message_text(m)) for m in messages
                 if m.type in ("human", "ai")]  # fmt: skip
        embeds, times = self.encode_video(video) if video else (None, None)
        pieces = prompt.chat_pieces(turns, times, style=chat.prompt, system=system, video=embeds is not None)
        tokenizer = self._model().tokenizer
        encode = prompt.encode_segments if chat.tokenise == "segments" else prompt.encode
        return encode(tokenizer, pieces), embeds

    def _options(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Call-time ``max_new_tokens`` / ``temperature`` win; then the app's (``chat.use_llm_settings``);
        otherwise the model's ``chat`` settings."""
        mine = self._model().config.chat.use_llm_settings
        out = {"max_new_tokens": self.max_new_tokens, "temperature": self.temperature} if mine else {}
        out.update({k: kwargs[k] for k in ("max_new_tokens", "temperature") if kwargs.get(k) is not None})
        return out

    def _stream(
        self, messages: list[BaseMessage], stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:  # fmt: skip
        from transformers import TextIteratorStreamer

        model = self._model()
        encoded, embeds = self.build_prompt(messages, kwargs.get("video", self.video))
        streamer = TextIteratorStreamer(model.tokenizer, skip_special_tokens=True, timeout=600)

        def generate() -> None:
            with _LOCK:
                model.generate(embeds, encoded, streamer=streamer, **self._options(kwargs))

        stops = [prompt.SEP, *(stop or [])]
        pending, started, done = "", False, False
        for piece in generate_in_thread(generate, streamer, "videochat-embed-generate"):
            if done:
                continue  # drain: generation stops by itself at the separator
            pending += piece
            hits = [pending.find(s) for s in stops if s in pending]
            if hits:
                pending, done, hold = pending[: min(hits)], True, 0
            else:  # hold back a tail that may be the start of a stop string
                hold = max((k for s in stops for k in range(1, len(s)) if pending.endswith(s[:k])), default=0)
            out, pending = pending[: len(pending) - hold], pending[len(pending) - hold :]
            yield from emit(out if started else out.lstrip(), run_manager)
            started = started or bool(out.strip())
        if not done and pending:
            yield from emit(pending if started else pending.lstrip(), run_manager)


def context_window(target: str) -> int:
    """The LLM's window (``max_position_embeddings``) from the config, without loading weights."""
    config = target_config(target)
    window = (config.llm.config or {}).get("max_position_embeddings")
    if window is None and config.llm.path:
        cfg = Path(config.llm.path) / "config.json"
        if cfg.is_file():
            data = json.loads(cfg.read_text())
            window = data.get("max_position_embeddings") or data.get("text_config", {}).get("max_position_embeddings")
    return int(window or 2048)


def load_embed_chat_model(target: str, video: str | Path | None = None, **kwargs: Any) -> BaseChatModel:
    """The chat model for ``embed:TARGET``: a checkpoint or run folder, a config file, a preset, or
    ``hf:ID_OR_FOLDER`` for a transformers video-LLM (:mod:`videochat.embed.hf_video`)."""
    if not target:
        raise ConfigError("embed: needs a checkpoint, config file or preset, e.g. embed:./run/checkpoint")
    if target.startswith("hf:"):  # a transformers video-LLM (LLaVA-NeXT-Video, LLaVA-OneVision, Qwen2-VL ...)
        return hf_video_chat_model(target[3:], video, **kwargs)  # type: ignore[return-value]
    model = EmbedChatModel(target=str(target), video=str(video) if video else None,
                           context_window=context_window(target), **kwargs)  # fmt: skip
    model._model()  # load now: a bad checkpoint fails before the conversation starts
    return model
