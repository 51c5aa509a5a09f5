"""The HTTP API (FastAPI): add videos, read transcripts, describe, ask and chat, with streaming.

``videochat serve`` runs it under uvicorn on 127.0.0.1. Every route but ``/healthz`` and the docs
needs the bearer token when one is configured. Uploads are size-limited and paths must lie under
the media root. Heavy work goes through :class:`~videochat.frontends.server.work.WorkQueue`.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from videochat.config import Settings
from videochat.contracts.errors import StorageError, VideochatError
from videochat.frontends.redact import scrub_transcript
from videochat.frontends.server.guard import Guard
from videochat.frontends.server.library_routes import add_library_routes
from videochat.frontends.server.live_routes import add_live_routes
from videochat.frontends.server.openai_routes import add_openai_routes
from videochat.frontends.server.state import ServerConfig, ServerState, VideoOut
from videochat.frontends.server.work import Busy
from videochat.pipeline.fetch import download, public_host
from videochat.session import chat_for as session_chat


class SafeJSONResponse(JSONResponse):
    """JSON with non-ASCII escaped: a lone surrogate from a client's JSON cannot break the reply."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


class UrlIn(BaseModel):
    url: str = Field(..., min_length=8, max_length=2000, pattern=r"^https?://")


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
    """The application: one :class:`ServerState`, the guard and error handlers, then the routes."""
    state = ServerState(settings, config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await state.live.stop_all()  # running watches perceive what they read and save it

    app = FastAPI(title="videochat", version="1", description="Chat with videos: transcripts, descriptions, answers.",
                  default_response_class=SafeJSONResponse, lifespan=lifespan)  # fmt: skip
    # the token and body limits are enforced before any body is read (see guard.py); the dependency
    # below stays as a second check on every route
    app.add_middleware(Guard, token=config.token, upload_limit=state.limit + 64 * 1024)  # multipart framing on top
    authorised = bearer_check(config.token)
    add_error_handlers(app, state.scrub)

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return {"ok": True, "videos": len(state.videos), "perception_runs": state.perception.runs,
                "model_loads": state.backends.runs, "queue": state.queue.pending, "live": state.live.running(),
                **state.queue.stats}  # fmt: skip

    add_video_routes(app, state, authorised)
    add_answer_routes(app, state, authorised)
    add_library_routes(app, settings, state.queue, authorised, state.allowed, state.media_root)
    add_openai_routes(app, settings, state.queue, authorised, state.chat_for, lambda: list(state.videos),
                      state.video_named, state.allowed)  # fmt: skip
    state.live = add_live_routes(app, state, authorised)
    app.state.server = state
    return app


def run_server(app: FastAPI, host: str, port: int, log_level: str = "info") -> None:
    """uvicorn, with one change: on Ctrl-C or SIGTERM the live event streams end at once (uvicorn
    waits for open responses before shutting down, and a live stream would never finish)."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            app.state.server.live.closing.set()
            super().handle_exit(sig, frame)

    Server(uvicorn.Config(app, host=host, port=port, log_level=log_level)).run()


def bearer_check(token: str | None) -> Callable[..., None]:
    """The route dependency that checks the bearer token (constant-time) when the server has one."""
    bearer = HTTPBearer(auto_error=False)

    def authorised(creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        given = creds.credentials.encode("latin-1", "replace") if creds is not None else b""  # header bytes as sent
        if token and (creds is None or not secrets.compare_digest(given, token.encode("utf-8"))):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    return authorised


def add_error_handlers(app: FastAPI, scrub: Callable[[str], str]) -> None:
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


def add_video_routes(app: FastAPI, state: ServerState, authorised: Callable[..., None]) -> None:
    """Adding videos (upload, by path, by URL), listing them and reading their transcripts."""

    @app.post("/videos", status_code=201, dependencies=[Depends(authorised)])
    async def upload(file: UploadFile) -> VideoOut:
        digest = hashlib.blake2b(digest_size=10)
        tmp = state.upload_dir / f".upload-{secrets.token_hex(8)}"
        size = 0
        try:
            with open(tmp, "wb") as out:
                while chunk := await file.read(1 << 20):
                    size += len(chunk)
                    if size > state.limit:
                        raise HTTPException(413, f"upload larger than {state.config.max_upload_mb:g} MB")
                    digest.update(chunk)
                    out.write(chunk)
            if size == 0:
                raise HTTPException(422, "empty upload")
            vid = digest.hexdigest()
            target = state.upload_dir / f"{vid}.video"
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        out_model = VideoOut(id=vid, name=Path(file.filename or "upload").name[:255], size=size, source="upload")
        state.videos[vid] = (target, out_model)
        return out_model

    @app.post("/videos/by-url", status_code=201, dependencies=[Depends(authorised)])
    async def add_url(body: UrlIn) -> VideoOut:
        if state.config.allow_urls == "no":
            raise HTTPException(403, "this server does not fetch URLs (serve --allow-urls public)")
        if state.config.allow_urls == "public" and not public_host(body.url):
            raise HTTPException(403, "the URL's host is a loopback, private or link-local address")
        path = await state.queue.run(lambda: download(body.url, state.upload_dir.parent / "url-downloads",
                                                      max_mb=state.config.max_upload_mb, progress=False))  # fmt: skip
        vid = hashlib.blake2b(body.url.encode(), digest_size=10).hexdigest()
        state.videos[vid] = (path, VideoOut(id=vid, name=path.name, size=path.stat().st_size, source="url"))
        return state.videos[vid][1]

    @app.post("/videos/by-path", status_code=201, dependencies=[Depends(authorised)])
    async def add_path(body: PathIn) -> VideoOut:
        return state.videos[state.add_by_path(body.path)][1]

    @app.get("/videos", dependencies=[Depends(authorised)])
    async def list_videos() -> list[VideoOut]:
        return [out for _, out in state.videos.values()]

    @app.get("/videos/{video_id}/transcript", dependencies=[Depends(authorised)], response_model=None)
    async def transcript(video_id: str, format: Literal["json", "text", "srt", "vtt"] = "json") -> Any:
        from videochat.pipeline.writers import write

        result = await state.transcript_of(video_id)
        if format == "json":  # the video by the name the client knows, errors without server folders
            return scrub_transcript({**result.to_dict(), "video": state.video(video_id)[1].name}, state.scrub)
        return PlainTextResponse(write(result, format))


def add_answer_routes(app: FastAPI, state: ServerState, authorised: Callable[..., None]) -> None:
    """Describe, ask and chat (with history kept per conversation), streamed or not."""

    @app.post("/videos/{video_id}/describe", dependencies=[Depends(authorised)], response_model=None)
    async def describe(video_id: str, body: DescribeIn) -> Any:
        chat = await state.chat_for(video_id, body.model)
        return await state.answer(lambda on_token: chat.describe(on_token, style=body.style), body.stream)

    @app.post("/videos/{video_id}/ask", dependencies=[Depends(authorised)], response_model=None)
    async def ask(video_id: str, body: AskIn) -> Any:
        chat = await state.chat_for(video_id, body.model)
        return await state.answer(lambda on_token: chat.ask(body.question, on_token, remember=False), body.stream)

    @app.post("/videos/{video_id}/chat", dependencies=[Depends(authorised)], response_model=None)
    async def chat_turn(video_id: str, body: ChatIn) -> Any:
        from langchain_core.messages import AIMessage, HumanMessage

        chat = await state.chat_for(video_id, body.model)
        conversation = body.conversation_id
        if conversation is None:
            conversation = state.history.start(video_id, str(state.videos[video_id][0]), chat.backend.spec)
        elif not state.history.belongs(conversation, video_id):
            raise HTTPException(404, f"no conversation {conversation} for this video")
        past = state.history.messages(conversation)

        def run(on_token: Callable[[str], None] | None) -> Any:
            turn = session_chat(chat.transcript, state.settings, backend=chat.backend, history=past)
            result = turn.ask(body.message, on_token)
            state.history.add(conversation, HumanMessage(body.message))
            state.history.add(conversation, AIMessage(result.answer))
            return result

        return await state.answer(run, body.stream, {"conversation_id": conversation})
