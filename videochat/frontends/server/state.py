"""The API server's state: its videos, their transcripts and chats, and the work queue they share.

One :class:`ServerState` per app. Routes (``app.py``, ``library_routes.py``, ``openai_routes.py``)
only translate HTTP to its methods, so every route gets the same once-only perception, shared model
loads, bounded caches and the operator's model allow-list.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from fastapi import HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from videochat.config import Settings
from videochat.contracts.errors import BadInput
from videochat.frontends.redact import folder_scrubber
from videochat.frontends.server.work import LRU, SingleFlight, WorkQueue
from videochat.llm.backends import parse_spec
from videochat.llm.history import ChatHistory
from videochat.session import backend_for, perceive
from videochat.session import chat_for as session_chat


@dataclass
class ServerConfig:
    media_root: Path | None = None
    upload_dir: Path | None = None
    token: str | None = None
    max_upload_mb: float = 512.0
    workers: int = 1
    queue: int = 64
    keep_videos: int = 32  # transcripts and chats kept in memory (least recently used evicted)
    allow_urls: str = "no"  # POST /videos/by-url: "no", "public" (no loopback/private addresses) or "any"
    max_live: int = 2  # live watches (POST /live) running at a time


class VideoOut(BaseModel):
    id: str
    name: str
    size: int
    source: Literal["upload", "path", "url"]


class ServerState:
    def __init__(self, settings: Settings, config: ServerConfig) -> None:
        self.settings, self.config = settings, config
        self.queue = WorkQueue(config.workers, config.queue)
        self.perception = SingleFlight(keep=config.keep_videos)
        self.backends = SingleFlight(keep=4)  # loaded LLMs
        self.videos: dict[str, tuple[Path, VideoOut]] = {}
        self.chats: LRU = LRU(keep=config.keep_videos)
        self.live: Any = None  # the live watches (live_routes.LiveWatches), set by create_app
        self.history = ChatHistory(settings.cache_dir / "server-chats.sqlite")
        self.upload_dir = (config.upload_dir or settings.cache_dir / "uploads").expanduser()
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.media_root = config.media_root.expanduser().resolve() if config.media_root else None
        self.limit = int(config.max_upload_mb * 1024 * 1024)
        self.allowed = list(dict.fromkeys([settings.model, *settings.llm.choices]))
        self.scrub = folder_scrubber([self.upload_dir, self.media_root, settings.cache_dir, settings.model_store,
                                      tempfile.gettempdir()])  # fmt: skip
        for existing in self.upload_dir.glob("*.video"):  # uploads survive a restart
            self.videos[existing.stem] = (existing, VideoOut(id=existing.stem, name=existing.name,
                                                             size=existing.stat().st_size, source="upload"))  # fmt: skip

    def video(self, video_id: str) -> tuple[Path, VideoOut]:
        if video_id not in self.videos:
            raise HTTPException(404, f"no video {video_id!r}")
        return self.videos[video_id]

    async def transcript_of(self, video_id: str) -> Any:
        path, _ = self.video(video_id)

        async def make() -> Any:
            return await self.queue.run(lambda: perceive(path, self.settings, progress=False))

        try:
            return await self.perception.do(video_id, make)
        except BadInput:
            if video_id in self.videos and self.videos[video_id][1].source == "upload":
                self.videos.pop(video_id, None)  # not a video: the upload is not kept
                self.perception.forget(video_id)
                path.unlink(missing_ok=True)
            raise

    async def chat_for(self, video_id: str, model: str | None) -> Any:
        spec = model or self.settings.model
        if spec not in self.allowed:  # the operator decides which LLMs exist; a client only picks among them
            raise HTTPException(422, f"model not offered by this server (choose one of: {', '.join(self.allowed)})")
        key = (video_id, spec)
        if key not in self.chats:
            parse_spec(spec)
            transcript = await self.transcript_of(video_id)

            async def load() -> Any:  # concurrent first requests share one model load
                return await self.queue.run(backend_for, self.settings, spec, self.videos[video_id][0])

            backend = await self.backends.do(json.dumps([spec, video_id if spec.startswith("embed:") else ""]), load)
            self.chats[key] = session_chat(transcript, self.settings, backend=backend)
        return self.chats[key]

    async def answer(self, run: Callable[[Callable[[str], None] | None], Any], stream: bool,
                     extra: dict | None = None) -> Any:  # fmt: skip
        if not stream:
            result = await self.queue.run(run, None)
            return {**result.to_dict(), **(extra or {})}
        return StreamingResponse(_sse(self.queue, run, extra or {}), media_type="text/event-stream")

    def add_by_path(self, relative: str) -> str:
        """A file under the media root becomes a video of this server; its id."""
        path = self.media_file(relative)
        vid = hashlib.blake2b(str(path).encode(), digest_size=10).hexdigest()
        self.videos[vid] = (path, VideoOut(id=vid, name=path.name, size=path.stat().st_size, source="path"))
        return vid

    def media_file(self, relative: str) -> Path:
        """The regular file ``relative`` names under the media root (403 outside it or without one, 404 missing)."""
        if self.media_root is None:
            raise HTTPException(403, "this server has no media root: upload the video instead")
        if "\x00" in relative:
            raise HTTPException(400, "bad path")
        try:
            path = (self.media_root / relative).resolve()
            inside = path.is_relative_to(self.media_root)
            exists = inside and path.is_file()
        except (OSError, ValueError, RuntimeError):  # too long, bad characters, symlink loops
            raise HTTPException(400, "bad path") from None
        if not inside:
            raise HTTPException(403, "path is outside the media root")
        if not exists:
            raise HTTPException(404, "no such file under the media root")
        return path

    def video_named(self, name: str) -> str:
        """An id, or a path under the media root (added on first use)."""
        return name if name in self.videos else self.add_by_path(name)


class ClientGone(Exception):
    """Raised inside a streaming job whose client disconnected."""


async def _sse(queue: WorkQueue, run: Callable, extra: dict[str, Any]) -> AsyncIterator[str]:
    """Server-sent events: ``token`` events while the model writes, then one ``answer`` event."""
    loop = asyncio.get_running_loop()
    tokens: asyncio.Queue = asyncio.Queue()
    gone = threading.Event()

    def on_token(piece: str) -> None:
        if gone.is_set():  # the client went away: stop the generation and free the worker slot
            raise ClientGone("the client disconnected")
        loop.call_soon_threadsafe(tokens.put_nowait, piece)

    job = asyncio.ensure_future(queue.run(run, on_token))
    job.add_done_callback(lambda _: loop.call_soon_threadsafe(tokens.put_nowait, None))
    try:
        while (piece := await tokens.get()) is not None:
            yield f"event: token\ndata: {json.dumps(piece)}\n\n"
    finally:
        if not job.done():
            gone.set()
            job.add_done_callback(lambda j: j.exception() if not j.cancelled() else None)  # retrieved, not logged
    try:
        result = job.result()
    except Exception as exc:  # noqa: BLE001 - the stream is already open: report in-band
        yield f"event: error\ndata: {json.dumps(str(exc))}\n\n"
        return
    yield f"event: answer\ndata: {json.dumps({**result.to_dict(), **extra}, ensure_ascii=False)}\n\n"
