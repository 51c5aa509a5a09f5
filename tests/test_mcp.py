"""``videochat mcp``: an agent's MCP client lists the tools and asks about a generated clip over stdio."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.model]


def _call(*calls: tuple[str, dict], env: dict | None = None, args: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "videochat", "mcp", *args],
                                   env={**os.environ, "VIDEOCHAT_PERCEPTORS": "shots,ocr,asr", **(env or {})})  # fmt: skip

    async def run() -> tuple[list[str], list[str]]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            names = [tool.name for tool in (await session.list_tools()).tools]
            texts = []
            for name, arguments in calls:
                result = await session.call_tool(name, arguments)
                texts.append("".join(part.text for part in result.content if hasattr(part, "text")))
            return names, texts

    return asyncio.run(asyncio.wait_for(run(), timeout=400))


def test_an_agent_asks_about_a_video_over_mcp(story, tmp_path):
    pytest.importorskip("mcp")
    path, _ = story
    names, (when, missing, outside) = _call(
        ("query_video", {"video": str(path), "question": "When does the word WORLD first appear on screen?"}),
        ("query_video", {"video": str(tmp_path / "nope.mp4"), "question": "what happens?"}),
        ("video_transcript", {"video": "/etc/hostname"}),
        args=("--media-root", str(path.parent)),
    )
    assert {"query_video", "describe_video", "video_transcript", "search_library", "ask_library"} <= set(names)
    assert "[00:11" in when and "WORLD" in when
    assert missing.startswith("error: ") and "outside the media root" in missing  # tmp_path is not under it
    assert outside.startswith("error: ") and "outside the media root" in outside
