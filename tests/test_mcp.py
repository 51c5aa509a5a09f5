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
                if name == "__resource__":  # read the transcript resource of the video named by the last call
                    vid = texts[-1].split(")")[0].removeprefix("(video id ")
                    read = await session.read_resource(f"videochat://transcript/{vid}")
                    texts.append("".join(getattr(c, "text", "") for c in read.contents))
                    continue
                result = await session.call_tool(name, arguments)
                texts.append("".join(part.text for part in result.content if hasattr(part, "text")))
            return names, texts

    return asyncio.run(asyncio.wait_for(run(), timeout=400))


def test_an_agent_asks_about_a_video_over_mcp(story, tmp_path):
    pytest.importorskip("mcp")
    path, _ = story
    names, (when, text, again, missing, outside) = _call(
        ("ask", {"video": str(path), "question": "When does the word WORLD first appear on screen?"}),
        ("transcript", {"video": str(path)}),
        ("__resource__", {}),
        ("ask", {"video": str(tmp_path / "nope.mp4"), "question": "what happens?"}),
        ("transcript", {"video": "/etc/hostname"}),
        args=("--media-root", str(path.parent)),
    )
    assert {"ask", "describe", "transcript", "search", "ask_library"} <= set(names)
    assert "[00:11" in when and "WORLD" in when
    assert "text: WORLD" in text and text.startswith("(video id ")
    assert "text: WORLD" in again  # the same transcript, read as a resource by the id the tool gave
    assert missing.startswith("error: ") and "outside the media root" in missing  # tmp_path is not under it
    assert outside.startswith("error: ") and "outside the media root" in outside


def test_the_same_tools_over_streamable_http(story):
    pytest.importorskip("mcp")
    from conftest import free_port, serving
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    path, _ = story
    port = free_port()
    cmd = [sys.executable, "-m", "videochat", "mcp", "--transport", "streamable-http", "--port", str(port)]
    env = {**os.environ, "VIDEOCHAT_PERCEPTORS": "shots,ocr"}

    async def run() -> tuple[list[str], str]:
        async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as streams:
            read, write = streams[0], streams[1]
            async with ClientSession(read, write) as session:
                await session.initialize()
                names = [tool.name for tool in (await session.list_tools()).tools]
                result = await session.call_tool("ask", {"video": str(path), "question": "What word is on screen at 0:02?"})
                return names, "".join(getattr(part, "text", "") for part in result.content)

    with serving(cmd, env, f"http://127.0.0.1:{port}/mcp", accept_any=True):
        names, answer = asyncio.run(asyncio.wait_for(run(), timeout=300))
    assert "ask" in names and "HELLO" in answer
