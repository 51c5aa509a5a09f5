"""The HTTP API (FastAPI): add videos, read transcripts, describe, ask and chat, with streaming.

``videochat serve`` runs it under uvicorn on 127.0.0.1. Every route but ``/healthz`` and the docs
needs the bearer token when one is configured. Uploads are size-limited and paths must lie under
the media root. Heavy work goes through :class:`~videochat.frontends.server.work.WorkQueue`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import secrets
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from videochat.config import Settings
from videochat.contracts.errors import BadInput, StorageError, VideochatError
from videochat.frontends.redact import folder_scrubber, scrub_transcript
from videochat.frontends.server.guard import Guard
from videochat.frontends.server.library_routes import add_library_routes
from videochat.frontends.server.openai_routes import add_openai_routes
from videochat.frontends.server.work import LRU, Busy, SingleFlight, WorkQueue
from videochat.llm.backends import parse_spec
from videochat.pipeline.fetch import download, public_host
from videochat.session import backend_for, perceive
from videochat.session import chat_for as session_chat


class SafeJSONResponse(JSONResponse):
    """JSON with non-ASCII escaped: a lone surrogate from a client's JSON cannot break the reply."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


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


class UrlIn(BaseModel):
    url: str = Field(..., min_length=8, max_length=2000, pattern=r"^https?://")


class VideoOut(BaseModel):
    id: str
    name: str
    size: int
    source: Literal["upload", "path", "url"]


class PathIn(BaseModel):
    path: str = Field(..., min_length=1, max_length=4096, description="a file under the server's media root")


class AskIn(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    model: str | None = Field(None, max_length=500, description="provider:model; default: the server's")
    stream: bool = False


class DescribeIn(BaseModel):
    style: Literal["describe", "summary"] = "describe"
    model: str | None = Field(None, max_length=500)
    stream: bool = False


class ChatIn(BaseModel):
    message: str = Field(..., min_length=1, max_length=4000)
    conversation_id: int | None = Field(None, ge=1, le=2**62)
    model: str | None = Field(None, max_length=500)
    stream: bool = False


def create_app(settings: Settings, config: ServerConfig) -> FastAPI:
    """The application; state lives in the closure (one server = one settings object)."""
    from videochat.llm.history import ChatHistory

    app = FastAPI(title="videochat", version="1", description="Chat with videos: transcripts, descriptions, answers.",
                  default_response_class=SafeJSONResponse)
    queue = WorkQueue(config.workers, config.queue)
    perception = SingleFlight(keep=config.keep_videos)
    backends = SingleFlight(keep=4)  # loaded LLMs
    videos: dict[str, tuple[Path, VideoOut]] = {}
    chats: LRU = LRU(keep=config.keep_videos)
    history = ChatHistory(settings.cache_dir / "server-chats.sqlite")
    upload_dir = (config.upload_dir or settings.cache_dir / "uploads").expanduser()
    upload_dir.mkdir(parents=True, exist_ok=True)
    media_root = config.media_root.expanduser().resolve() if config.media_root else None
    limit = int(config.max_upload_mb * 1024 * 1024)
    for existing in upload_dir.glob("*.video"):
        vid = existing.stem
        videos[vid] = (existing, VideoOut(id=vid, name=existing.name, size=existing.stat().st_size, source="upload"))

    # the token and body limits are enforced before any body is read (see guard.py); the dependency
    # below stays as a second check on every route
    app.add_middleware(Guard, token=config.token, upload_limit=limit + 64 * 1024)  # multipart framing on top
    bearer = HTTPBearer(auto_error=False)

    def authorised(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        given = creds.credentials.encode("latin-1", "replace") if creds is not None else b""  # header bytes as sent
        if config.token and (creds is None or not secrets.compare_digest(given, config.token.encode("utf-8"))):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    scrub = folder_scrubber([upload_dir, media_root, settings.cache_dir, settings.model_store, tempfile.gettempdir()])

    @app.exception_handler(VideochatError)
    async def _user_error(request: Request, exc: VideochatError) -> JSONResponse:
        return SafeJSONResponse({"detail": scrub(str(exc))}, status_code=422)  # which file, never where it is kept

    @app.exception_handler(StorageError)
    async def _storage_error(request: Request, exc: StorageError) -> JSONResponse:
        return SafeJSONResponse({"detail": scrub(str(exc))}, status_code=507)  # the server's disk, not the request

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return SafeJSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        """Which field is wrong and why, never the input itself (it may be huge, or someone's secret)."""
        errors = [{"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
                  for err in exc.errors()[:10]]  # fmt: skip
        return SafeJSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Busy)
    async def _busy(request: Request, exc: Busy) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503, headers={"Retry-After": "5"})

    def video(video_id: str) -> tuple[Path, VideoOut]:
        if video_id not in videos:
            raise HTTPException(404, f"no video {video_id!r}")
        return videos[video_id]

    async def transcript_of(video_id: str) -> Any:
        path, _ = video(video_id)

        async def make() -> Any:
            return await queue.run(lambda: perceive(path, settings, progress=False))

        try:
            return await perception.do(video_id, make)
        except BadInput:
            if videos.get(video_id, (None, None))[1] is not None and videos[video_id][1].source == "upload":
                videos.pop(video_id, None)  # not a video: the upload is not kept
                perception.forget(video_id)
                path.unlink(missing_ok=True)
            raise

    allowed = list(dict.fromkeys([settings.model, *settings.llm.choices]))

    async def chat_for(video_id: str, model: str | None) -> Any:
        spec = model or settings.model
        if spec not in allowed:  # the operator decides which LLMs exist; a client only picks among them
            raise HTTPException(422, f"model not offered by this server (choose one of: {', '.join(allowed)})")
        key = (video_id, spec)
        if key not in chats:
            parse_spec(spec)
            transcript = await transcript_of(video_id)

            async def load() -> Any:  # concurrent first requests share one model load
                return await queue.run(backend_for, settings, spec, videos[video_id][0])

            backend = await backends.do(json.dumps([spec, video_id if spec.startswith("embed:") else ""]), load)
            chats[key] = session_chat(transcript, settings, backend=backend)
        return chats[key]

    async def answer(run: Callable[[Callable[[str], None] | None], Any], stream: bool, extra: dict | None = None) -> Any:
        if not stream:
            result = await queue.run(run, None)
            return {**result.to_dict(), **(extra or {})}
        return StreamingResponse(_sse(queue, run, extra or {}), media_type="text/event-stream")

    add_library_routes(app, settings, queue, authorised, allowed, media_root)
    def video_named(name: str) -> str:
        """An id, or a path under the media root (added on first use)."""
        return name if name in videos else add_by_path(name)

    add_openai_routes(app, settings, queue, authorised, chat_for, lambda: list(videos), video_named, allowed)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"ok": True, "videos": len(videos), "perception_runs": perception.runs, "model_loads": backends.runs,
                "queue": queue.pending, **queue.stats}  # fmt: skip

    @app.post("/videos", status_code=201, dependencies=[Depends(authorised)])
    async def upload(file: UploadFile) -> VideoOut:
        digest = hashlib.blake2b(digest_size=10)
        tmp = upload_dir / f".upload-{secrets.token_hex(8)}"
        size = 0
        try:
            with open(tmp, "wb") as out:
                while chunk := await file.read(1 << 20):
                    size += len(chunk)
                    if size > limit:
                        raise HTTPException(413, f"upload larger than {config.max_upload_mb:g} MB")
                    digest.update(chunk)
                    out.write(chunk)
            if size == 0:
                raise HTTPException(422, "empty upload")
            vid = digest.hexdigest()
            target = upload_dir / f"{vid}.video"
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        out_model = VideoOut(id=vid, name=Path(file.filename or "upload").name[:255], size=size, source="upload")
        videos[vid] = (target, out_model)
        return out_model

    def add_by_path(relative: str) -> str:
        """A file under the media root becomes a video of this server; its id."""
        if media_root is None:
            raise HTTPException(403, "this server has no media root: upload the video instead")
        if "\x00" in relative:
            raise HTTPException(400, "bad path")
        try:
            path = (media_root / relative).resolve()
            inside = path.is_relative_to(media_root)
            exists = inside and path.is_file()
        except (OSError, ValueError, RuntimeError):  # too long, bad characters, symlink loops
            raise HTTPException(400, "bad path") from None
        if not inside:
            raise HTTPException(403, "path is outside the media root")
        if not exists:
            raise HTTPException(404, "no such file under the media root")
        vid = hashlib.blake2b(str(path).encode(), digest_size=10).hexdigest()
        videos[vid] = (path, VideoOut(id=vid, name=path.name, size=path.stat().st_size, source="path"))
        return vid

    @app.post("/videos/by-url", status_code=201, dependencies=[Depends(authorised)])
    async def add_url(body: UrlIn) -> VideoOut:
        if config.allow_urls == "no":
            raise HTTPException(403, "this server does not fetch URLs (serve --allow-urls public)")
        if config.allow_urls == "public" and not public_host(body.url):
            raise HTTPException(403, "the URL's host is a loopback, private or link-local address")
        path = await queue.run(lambda: download(body.url, upload_dir.parent / "url-downloads",
                                                max_mb=config.max_upload_mb, progress=False))  # fmt: skip
        vid = hashlib.blake2b(body.url.encode(), digest_size=10).hexdigest()
        videos[vid] = (path, VideoOut(id=vid, name=path.name, size=path.stat().st_size, source="url"))
        return videos[vid][1]

    @app.post("/videos/by-path", status_code=201, dependencies=[Depends(authorised)])
    async def add_path(body: PathIn) -> VideoOut:
        return videos[add_by_path(body.path)][1]

    @app.get("/videos", dependencies=[Depends(authorised)])
    async def list_videos() -> list[VideoOut]:
        return [out for _, out in videos.values()]

    @app.get("/videos/{video_id}/transcript", dependencies=[Depends(authorised)], response_model=None)
    async def transcript(video_id: str, format: Literal["json", "text", "srt", "vtt"] = "json") -> Any:
        from videochat.pipeline.writers import write

        result = await transcript_of(video_id)
        if format == "json":  # the video by the name the client knows, errors without server folders
            return scrub_transcript({**result.to_dict(), "video": video(video_id)[1].name}, scrub)
        return PlainTextResponse(write(result, format))

    @app.post("/videos/{video_id}/describe", dependencies=[Depends(authorised)], response_model=None)
    async def describe(video_id: str, body: DescribeIn) -> Any:
        chat = await chat_for(video_id, body.model)
        return await answer(lambda on_token: chat.describe(on_token, style=body.style), body.stream)

    @app.post("/videos/{video_id}/ask", dependencies=[Depends(authorised)], response_model=None)
    async def ask(video_id: str, body: AskIn) -> Any:
        chat = await chat_for(video_id, body.model)
        return await answer(lambda on_token: chat.ask(body.question, on_token, remember=False), body.stream)

    @app.post("/videos/{video_id}/chat", dependencies=[Depends(authorised)], response_model=None)
    async def chat_turn(video_id: str, body: ChatIn) -> Any:
        from langchain_core.messages import AIMessage, HumanMessage

        chat = await chat_for(video_id, body.model)
        conversation = body.conversation_id
        if conversation is None:
            conversation = history.start(video_id, str(videos[video_id][0]), chat.backend.spec)
        elif not history.belongs(conversation, video_id):
            raise HTTPException(404, f"no conversation {conversation} for this video")
        past = history.messages(conversation)

        def run(on_token: Callable[[str], None] | None) -> Any:
            turn = session_chat(chat.transcript, settings, backend=chat.backend, history=past)
            result = turn.ask(body.message, on_token)
            history.add(conversation, HumanMessage(body.message))
            history.add(conversation, AIMessage(result.answer))
            return result

        return await answer(run, body.stream, {"conversation_id": conversation})

    return app


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
