"""An OpenAI-compatible chat endpoint, so agents and chat UIs that speak the OpenAI API can talk to a video.

``POST /v1/chat/completions`` with ``model`` naming a video (its id, ``video:<id>``, or a path under
the media root; the server's LLM answers), or naming one of the server's LLMs with a ``video`` field. The last user message
is the question, earlier turns are the history; ``stream`` gives ``chat.completion.chunk`` events
and ``[DONE]``. ``GET /v1/models`` lists the videos and LLMs on offer.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ConfigDict, Field

from videochat.config import Settings
from videochat.frontends.server.work import WorkQueue
from videochat.llm.chains import cited_seconds
from videochat.session import chat_for as session_chat


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: str = Field(..., max_length=32)
    content: str | list[dict[str, Any]] | None = None


class CompletionIn(BaseModel):
    model_config = ConfigDict(extra="ignore")  # OpenAI clients send more (temperature, n, ...)
    model: str = Field(..., min_length=1, max_length=500)
    messages: list[Message] = Field(..., min_length=1, max_length=200)
    stream: bool = False
    video: str | None = Field(None, max_length=100, description="the video's id when model names an LLM")


def _text(message: Message) -> str:
    if isinstance(message.content, list):
        return "".join(str(part.get("text", "")) for part in message.content if isinstance(part, dict))
    return message.content or ""


def add_openai_routes(app: FastAPI, settings: Settings, queue: WorkQueue, authorised: Callable[..., None],
                      chat_for: Callable[[str, str | None], Awaitable[Any]], video_ids: Callable[[], list[str]],
                      video_named: Callable[[str], str], allowed: list[str]) -> None:  # fmt: skip
    @app.get("/v1/models", dependencies=[Depends(authorised)])
    async def models() -> dict[str, Any]:
        ids = [f"video:{vid}" for vid in video_ids()] + allowed
        return {"object": "list", "data": [{"id": i, "object": "model", "created": 0, "owned_by": "videochat"} for i in ids]}

    @app.post("/v1/chat/completions", dependencies=[Depends(authorised)], response_model=None)
    async def completions(body: CompletionIn) -> Any:
        if body.model in allowed:
            if not body.video:
                raise HTTPException(422, "model names an LLM: add a video field (GET /v1/models lists the videos)")
            video_id, llm = video_named(body.video), body.model
        else:
            video_id, llm = video_named(body.model.removeprefix("video:")), None
        question = _text(body.messages[-1]).strip()
        if body.messages[-1].role != "user" or not question or len(question) > 4000:
            raise HTTPException(422, "the last message must be the user's question (1-4000 characters)")
        history: list[BaseMessage] = [HumanMessage(_text(m)) if m.role == "user" else AIMessage(_text(m))
                                      for m in body.messages[:-1] if m.role in ("user", "assistant")]  # fmt: skip
        chat = await chat_for(video_id, llm)

        def run(on_token: Callable[[str], None] | None) -> Any:
            turn = session_chat(chat.transcript, settings, backend=chat.backend, history=history)
            return turn.ask(question, on_token)

        ident, created = f"chatcmpl-{secrets.token_hex(8)}", int(time.time())
        if not body.stream:
            result = await queue.run(run, None)
            return {"id": ident, "object": "chat.completion", "created": created, "model": body.model,
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": result.answer},
                                 "finish_reason": "stop"}],
                    "videochat": {"cited_times": result.cited_times,
                                  "cited_seconds": cited_seconds(result.cited_times)}}  # fmt: skip
        return StreamingResponse(_chunks(queue, run, ident, created, body.model), media_type="text/event-stream")


async def _chunks(queue: WorkQueue, run: Callable, ident: str, created: int, model: str) -> AsyncIterator[str]:
    """OpenAI's streaming format: one chunk per piece of the reply, a last one with finish_reason, [DONE]."""
    loop = asyncio.get_running_loop()
    pieces: asyncio.Queue = asyncio.Queue()
    gone = threading.Event()

    def on_token(piece: str) -> None:
        if gone.is_set():
            raise ConnectionAbortedError("the client disconnected")  # stops the generation, frees the slot
        loop.call_soon_threadsafe(pieces.put_nowait, piece)

    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}  # fmt: skip
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    job = asyncio.ensure_future(queue.run(run, on_token))
    job.add_done_callback(lambda _: loop.call_soon_threadsafe(pieces.put_nowait, None))
    try:
        yield chunk({"role": "assistant", "content": ""})
        while (piece := await pieces.get()) is not None:
            yield chunk({"content": piece})
    finally:
        if not job.done():
            gone.set()
            job.add_done_callback(lambda j: j.exception() if not j.cancelled() else None)
    try:
        job.result()
    except Exception as exc:  # noqa: BLE001 - the stream is open: say it in-band
        yield f"data: {json.dumps({'error': {'message': str(exc)}})}\n\n"
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"
