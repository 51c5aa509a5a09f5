"""An ASGI guard in front of the API: the bearer token and the body limit are checked before any
byte of a body is read, so an unauthenticated or oversized request costs the server nothing.

FastAPI dependencies run only after Starlette has parsed (and, for multipart, spooled) the body;
this layer runs first. A declared ``Content-Length`` over the limit is refused at once; a chunked
body is counted as it streams and cut off with 413 at the limit.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

OPEN_PATHS = ("/healthz",)  # everything else, the API docs included, needs the token when one is set
JSON_LIMIT = 64 * 1024  # bytes: a question is at most a few KB


async def _reply(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Token check and body limits for every HTTP request (``upload_limit`` for ``POST /videos``)."""

    def __init__(self, app: ASGIApp, token: str | None, upload_limit: int, json_limit: int = JSON_LIMIT) -> None:
        self.app = app
        self.token = token.encode("utf-8") if token else None
        self.upload_limit, self.json_limit = upload_limit, json_limit

    def _authorised(self, scope: Scope) -> bool:
        if self.token is None or scope["path"] in OPEN_PATHS:
            return True
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                scheme, _, given = value.partition(b" ")
                return scheme.lower() == b"bearer" and secrets.compare_digest(given.strip(), self.token)
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._authorised(scope):
            await _reply(send, 401, "missing or wrong bearer token", [(b"www-authenticate", b"Bearer")])
            return
        limit = self.upload_limit if scope["method"] == "POST" and scope["path"].rstrip("/") == "/videos" else self.json_limit
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _reply(send, 400, "bad Content-Length")
                return
            if int(declared) > limit:
                await _reply(send, 413, f"request body larger than {limit} bytes")
                return
        seen = 0
        started = replied = False

        async def counted() -> Message:
            nonlocal seen, replied
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    if not started and not replied:
                        replied = True
                        await _reply(send, 413, f"request body larger than {limit} bytes")
                    return {"type": "http.disconnect"}  # the app stops reading; whatever it answers is dropped
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if replied:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except Exception:
            if not replied:
                raise
