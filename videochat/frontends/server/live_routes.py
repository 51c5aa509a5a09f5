"""The API's live routes: watch a stream (or replay a file under the media root), follow what is found
as server-sent events, ask about it while it runs, stop it.

Sources follow the server's rules, never the client's: network streams only as ``--allow-urls``
permits (``public``: hosts that resolve to public addresses, and only protocols that connect out), files
only under ``--media-root``, never a capture device, the server's stdin or a URL that would make the
server listen on a port. At most ``--max-live`` watches run at a time; ended ones stay listed (the
last :data:`KEEP_ENDED`) so their events can still be read and asked about.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import shutil
import threading
import urllib.parse
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from videochat.contracts.events import Event
from videochat.frontends.redact import scrub_transcript
from videochat.live.source import STREAM_SCHEMES
from videochat.live.watch import Watch, WatchOptions
from videochat.pipeline.fetch import public_host
from videochat.session import backend_for

if TYPE_CHECKING:
    from videochat.frontends.server.state import ServerState

KEEP_ENDED = 16  # ended watches kept (oldest dropped first)
MAX_CLIENTS = 8  # event streams open on one watch at a time
BUFFER = 2000  # records waiting for one slow client before the newest are dropped
OUTBOUND = ("http", "https", "rtsp", "rtsps", "rtmp", "rtmps", "srt", "tcp")  # connect out; udp/rtp bind a port
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

def _listens(query: list[tuple[str, str]]) -> bool:
    """ffmpeg URL options that make it accept a connection (tcp/rtmp ``?listen``, srt ``?mode=listener``)."""
    return any(key.lower().startswith("listen") or (key.lower() == "mode" and value.lower() in ("listener", "rendezvous"))
               for key, value in query)  # fmt: skip


class LiveIn(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)
    source: str = Field(..., min_length=1, max_length=2000, description="a stream URL, or a file under the media root")
    chunk_s: float = Field(5.0, ge=1, le=60, description="seconds of stream per perception step")
    realtime: bool = Field(True, description="a file: replay it at its own pace (false: follow it as it grows)")
    speed: float = Field(1.0, gt=0, le=16, description="replay rate of a file")


class LiveAskIn(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    model: str | None = Field(None, max_length=500, description="provider:model; default: the server's")


def check_source(source: str, allow_urls: str, media_file: Callable[[str], Path] | None) -> tuple[str, bool]:
    """What the server may watch for ``source``: ``(source, is_url)``, or an HTTPException that names
    the rule (never the source: it may carry credentials). ``media_file`` confines files to the media root."""
    if any(c in source for c in "\x00\r\n"):
        raise HTTPException(400, "bad source")
    if source.strip() == "-":
        raise HTTPException(403, "the server's stdin is not a source: give a stream URL or a file under the media root")
    if _URL.match(source):
        try:
            parts = urllib.parse.urlsplit(source)
            query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        except ValueError:
            raise HTTPException(400, "bad stream URL") from None
        scheme = parts.scheme.lower()
        if scheme not in STREAM_SCHEMES or not parts.hostname:
            raise HTTPException(422, f"unsupported stream URL: use one of {', '.join(s + '://' for s in STREAM_SCHEMES)}")
        if allow_urls == "no":
            raise HTTPException(403, "this server does not read network streams (serve --allow-urls public)")
        if _listens(query):
            raise HTTPException(403, "the server does not listen for streams: give a URL it can connect to")
        if allow_urls == "public":
            if scheme not in OUTBOUND:
                raise HTTPException(403, f"{scheme}:// streams need serve --allow-urls any (they open a port)")
            if not public_host(source):
                raise HTTPException(403, "the stream's host is a loopback, private or link-local address")
        return source, True
    if source.startswith(("/dev/", "/proc/")):
        raise HTTPException(403, "capture devices are not sources this server reads: give a stream URL or a file")
    if media_file is None:
        raise HTTPException(403, "this server has no media root: give a stream URL")
    path = media_file(source)  # 403 outside the media root, 404 missing or not a regular file
    if str(path).startswith(("/dev/", "/proc/")):
        raise HTTPException(403, "capture devices are not sources this server reads: give a stream URL or a file")
    return str(path), False


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t).isoformat(timespec="seconds")


def _key(event: dict[str, Any]) -> tuple:
    return event.get("start"), event.get("kind"), event.get("source"), event.get("text")


def _sse(kind: str, record: dict[str, Any]) -> str:
    return f"event: {kind}\ndata: {json.dumps(record, ensure_ascii=True)}\n\n"  # a newline in on-screen text stays data


class LiveWatches:
    """The server's watches by id; every method is called on the event loop."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.folder = state.settings.cache_dir / "live"
        self.watches: dict[str, Watch] = {}
        self.closing = threading.Event()  # set when the server shuts down: streams end, no new watches

    def running(self) -> int:
        return sum(not w.done.is_set() for w in self.watches.values())

    def get(self, ident: str) -> Watch:
        if ident not in self.watches:
            raise HTTPException(404, "no such live watch")
        return self.watches[ident]

    def saved(self, ident: str, watch: Watch) -> str | None:
        """The saved transcript by its name under the live folder, never the server path."""
        if watch.saved is None:
            return None
        return f"{ident}/{watch.saved.name}" if watch.saved.parent.name == ident else watch.saved.name

    def summary(self, ident: str, watch: Watch) -> dict[str, Any]:
        state = "ended" if watch.done.is_set() else "running" if watch.perception is not None else "starting"
        return {"id": ident, "source": watch.src.label, "kind": watch.src.kind, "state": state,
                "stream_s": round(watch.now, 2), "events": watch.rolling.total, "clients": len(watch.listeners),
                "chunk_s": watch.options.chunk_s, "started": _iso(watch.started_wall)}  # fmt: skip

    async def start(self, body: LiveIn) -> tuple[str, Watch]:
        config = self.state.config
        media_file = self.state.media_file if self.state.media_root is not None else None
        source, is_url = check_source(body.source, config.allow_urls, media_file)
        if self.closing.is_set():
            raise HTTPException(503, "the server is shutting down")
        if self.running() >= config.max_live:
            raise HTTPException(429, f"at most {config.max_live} live watches run at a time: stop one (DELETE /live/ID)",
                                headers={"Retry-After": "30"})  # fmt: skip
        ident = secrets.token_hex(8)
        options = WatchOptions(chunk_s=body.chunk_s, realtime=body.realtime and not is_url, speed=body.speed,
                               folder=self.folder / ident)  # fmt: skip
        watch = Watch(source, self.state.settings, options)
        self.watches[ident] = watch  # holds its slot from here (counted as running until done)
        try:
            await asyncio.to_thread(watch.start)
        except BaseException:
            self.watches.pop(ident, None)
            watch.rolling.close()
            shutil.rmtree(options.folder, ignore_errors=True)  # type: ignore[arg-type]
            raise
        ended = [i for i, w in self.watches.items() if w.done.is_set()]
        for old in ended[: max(0, len(ended) - KEEP_ENDED)]:
            if not self.watches[old].listeners:
                self.watches.pop(old, None)
        return ident, watch

    def public(self, ident: str, watch: Watch, record: dict[str, Any]) -> dict[str, Any]:
        """A watch's record as a client sees it: status lines and the saved file without server folders."""
        if record.get("type") == "status":
            return {**record, "message": self.state.scrub(str(record.get("message", "")))}
        if record.get("type") == "end":
            return {"type": "end", "stream_s": record.get("stream_s", round(watch.now, 2)),
                    "saved": self.saved(ident, watch), "events": watch.rolling.total}  # fmt: skip
        return record

    def past(self, watch: Watch, ev: Event) -> dict[str, Any]:
        return {"type": "event", "event": ev.to_dict(), "wall": _iso(watch.wall(ev.start)), "past": True}

    async def stream(self, ident: str, watch: Watch) -> AsyncIterator[str]:
        """The events found so far, then each record as it comes, until the ``end`` record."""
        loop = asyncio.get_running_loop()
        records: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        dropped = 0

        def put(record: dict[str, Any]) -> None:
            nonlocal dropped
            if records.qsize() >= BUFFER:
                dropped += 1
            else:
                records.put_nowait(record)

        def listener(record: dict[str, Any]) -> None:  # the watch's worker thread
            loop.call_soon_threadsafe(put, record)

        watch.listeners.append(listener)  # the server's watches have no other listeners: these are its clients
        try:
            ended = watch.done.is_set()
            seen = set()
            for ev in watch.rolling.snapshot():
                seen.add(_key(ev.to_dict()))
                yield _sse("event", self.past(watch, ev))
            if ended:
                yield _sse("end", self.public(ident, watch, {"type": "end"}))
                return
            idle = 0
            while True:
                try:
                    record = await asyncio.wait_for(records.get(), 1.0)
                except TimeoutError:
                    if watch.done.is_set():  # its end record went out before this client was listening
                        yield _sse("end", self.public(ident, watch, {"type": "end"}))
                        return
                    if self.closing.is_set():
                        yield _sse("status", {"type": "status", "message": "the server is shutting down"})
                        return
                    idle += 1
                    if idle % 15 == 0:
                        yield ": keep-alive\n\n"
                    continue
                if dropped:
                    yield _sse("status", {"type": "status", "message": f"{dropped} records dropped: read faster"})
                    dropped = 0
                if record.get("type") == "event" and _key(record.get("event", {})) in seen:
                    continue  # found while the snapshot was taken: already sent
                yield _sse(str(record.get("type", "status")), self.public(ident, watch, record))
                if record.get("type") == "end":
                    return
        finally:
            try:
                watch.listeners.remove(listener)
            except ValueError:
                pass

    async def stop_all(self) -> None:
        """On shutdown: stop every running watch (each perceives what it read and saves)."""
        self.closing.set()
        running = [w for w in self.watches.values() if not w.done.is_set()]
        await asyncio.gather(*(asyncio.to_thread(w.stop, 30.0) for w in running), return_exceptions=True)


def add_live_routes(app: FastAPI, state: ServerState, authorised: Callable[..., None]) -> LiveWatches:
    """``/live``: start, list, follow, ask and stop live watches."""
    live = LiveWatches(state)

    @app.post("/live", status_code=201, dependencies=[Depends(authorised)])
    async def start(body: LiveIn) -> dict[str, Any]:
        ident, watch = await live.start(body)
        return {"id": ident, "source": watch.src.label}

    @app.get("/live", dependencies=[Depends(authorised)])
    async def list_live() -> list[dict[str, Any]]:
        return [live.summary(ident, watch) for ident, watch in live.watches.items()]

    @app.get("/live/{ident}/events", dependencies=[Depends(authorised)], response_model=None)
    async def events(ident: str) -> StreamingResponse:
        watch = live.get(ident)
        if len(watch.listeners) >= MAX_CLIENTS:
            raise HTTPException(429, f"at most {MAX_CLIENTS} event streams per watch")
        return StreamingResponse(live.stream(ident, watch), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})  # fmt: skip

    @app.get("/live/{ident}/transcript", dependencies=[Depends(authorised)])
    async def transcript(ident: str) -> dict[str, Any]:
        watch = live.get(ident)
        data = watch.rolling.transcript(watch.runs, watch.info_dict()).to_dict()
        return scrub_transcript(data, state.scrub)

    @app.post("/live/{ident}/ask", dependencies=[Depends(authorised)])
    async def ask(ident: str, body: LiveAskIn) -> dict[str, Any]:
        watch = live.get(ident)
        spec = body.model or state.settings.model
        if spec not in state.allowed:  # the operator decides which LLMs exist; a client only picks among them
            raise HTTPException(422, f"model not offered by this server (choose one of: {', '.join(state.allowed)})")

        async def load() -> Any:  # shared with the video routes' loaded LLMs
            return await state.queue.run(backend_for, state.settings, spec)

        backend = await state.backends.do(json.dumps([spec, f"live:{ident}" if spec.startswith("embed:") else ""]), load)
        return await state.queue.run(lambda: watch.ask(body.question, backend=backend))

    @app.delete("/live/{ident}", dependencies=[Depends(authorised)])
    async def stop(ident: str) -> dict[str, Any]:
        watch = live.get(ident)
        await asyncio.to_thread(watch.stop)
        return {"id": ident, "saved": live.saved(ident, watch), "events": watch.rolling.total,
                "stream_s": round(watch.now, 2)}  # fmt: skip

    return live
