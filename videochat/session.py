"""The session factory: settings -> transcript -> answering strategy -> chains, the one way every front
end (CLI, server, UI, batch, Ray) gets from a video to a chat.

``perceive`` runs the perceptors (from the cache when possible; perceptors the settings name must be
able to run), ``chat_for`` resolves the LLM and builds a :class:`VideoChat` with the strategy and
budgets of the ``[llm]`` settings, and ``open_session`` does both for one video.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.messages import BaseMessage

from videochat.config import Settings
from videochat.contracts.events import Transcript
from videochat.llm.backends import Backend, parse_spec, resolve_model
from videochat.llm.chains import VideoChat
from videochat.pipeline.fetch import download, is_url
from videochat.pipeline.runner import build_transcript


@dataclass
class Session:
    chat: VideoChat
    perception_s: float
    settings: Settings

    def timings(self, answer_timings: dict[str, float]) -> dict[str, float]:
        return {"perception_s": round(self.perception_s, 3), **answer_timings}


def perceive(video: str | Path, settings: Settings, *, progress: bool = True) -> Transcript:
    """The transcript of ``video`` (a file, or an http(s) URL downloaded once into the cache): cached
    perception where possible; a perceptor the settings name (``perceptors`` or its options) that
    cannot run is an error, the profile's others are skipped."""
    if not is_url(video):
        return build_transcript(video, settings, progress=progress)
    local = download(str(video), settings.cache_dir, max_mb=settings.max_download_mb, progress=progress)
    transcript = build_transcript(local, settings, progress=progress)
    transcript.info["url"] = str(video)
    return transcript


def backend_for(settings: Settings, model: str | None = None, video: str | Path | None = None) -> Backend:
    """The LLM for ``model`` (default: the settings' model)."""
    return resolve_model(model or settings.model, settings, video=video)


def chat_for(transcript: Transcript, settings: Settings, *, model: str | None = None, backend: Backend | None = None,
             history: list[BaseMessage] | None = None) -> VideoChat:  # fmt: skip
    """A chat about ``transcript``: the LLM (or a ``backend`` already resolved) with the strategy and
    budgets of the ``[llm]`` settings."""
    backend = backend or backend_for(settings, model, video=transcript.video)
    return VideoChat.from_settings(transcript, backend, settings, history=history)


def open_session(video: str | Path, settings: Settings, *, model: str | None = None, progress: bool = True) -> Session:
    """Transcript of ``video`` (cached perception) and the configured LLM, wrapped in a :class:`VideoChat`."""
    spec = model or settings.model
    parse_spec(spec)  # a typo in the model string fails before minutes of perception
    t0 = time.perf_counter()
    transcript = perceive(video, settings, progress=progress)
    perception = time.perf_counter() - t0
    return Session(chat_for(transcript, settings, model=spec), perception, settings)


def answer_json(session: Session, answer: Any) -> dict[str, Any]:
    d = answer.to_dict()
    d["timings"] = session.timings(d["timings"])
    d["video"] = session.chat.transcript.video
    return d
