"""The API's library routes: search the indexed videos and ask across them (the operator indexes with
``videochat index``; clients only read). Videos are named relative to the media root, never by server path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

from videochat.config import Settings
from videochat.frontends.server.work import WorkQueue
from videochat.library.index import library_path
from videochat.library.search import ask_library, search
from videochat.library.store import LibraryStore


class LibraryAskIn(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    model: str | None = Field(None, max_length=500, description="provider:model; default: the server's")


def add_library_routes(app: FastAPI, settings: Settings, queue: WorkQueue, authorised: Callable[..., None],
                       allowed: list[str], media_root: Path | None) -> None:  # fmt: skip
    def store() -> LibraryStore:
        path = library_path(settings)
        if not path.exists():
            raise HTTPException(404, "no library on this server (the operator runs `videochat index FOLDER`)")
        return LibraryStore(path)

    def name(path: str) -> str:
        p = Path(path)
        return str(p.relative_to(media_root)) if media_root is not None and p.is_relative_to(media_root) else p.name

    @app.get("/library/search", dependencies=[Depends(authorised)])
    async def library_search(q: str, mode: Literal["auto", "words", "meaning"] = "auto", limit: int = 10) -> Any:
        if not q.strip() or len(q) > 1000 or not 1 <= limit <= 100:
            raise HTTPException(422, "q: 1-1000 characters; limit: 1-100")
        hits = await queue.run(lambda: search(store(), q, mode=mode, limit=limit))
        return {"query": q, "hits": [{**hit.to_dict(), "video": name(hit.video)} for hit in hits]}

    @app.post("/library/ask", dependencies=[Depends(authorised)])
    async def library_ask(body: LibraryAskIn) -> Any:
        spec = body.model or settings.model
        if spec not in allowed:
            raise HTTPException(422, f"model not offered by this server (choose one of: {', '.join(allowed)})")
        result = await queue.run(lambda: ask_library(store(), body.question, settings, model=spec))
        answer = result.answer
        for item in result.videos:
            answer = answer.replace(Path(item["video"]).name + ":", name(item["video"]) + ":", 1)
        return {"answer": answer, "searched": result.searched,
                "videos": [{**item, "video": name(item["video"])} for item in result.videos]}  # fmt: skip
