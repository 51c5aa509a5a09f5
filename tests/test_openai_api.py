"""The OpenAI-compatible endpoint on a real ``videochat serve``, driven by the official ``openai`` client."""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from conftest import free_port, serving

pytestmark = [pytest.mark.e2e, pytest.mark.model]

TOKEN = "t0ken-openai"


@pytest.fixture(scope="module")
def api(tmp_path_factory, story, models_dir):
    from openai import OpenAI

    media = tmp_path_factory.mktemp("media")
    shutil.copy(story[0], media / "story.mp4")
    cache = tmp_path_factory.mktemp("cache")
    port = free_port()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "VIDEOCHAT_MODELS_DIR": str(models_dir), "VIDEOCHAT_TOKEN": TOKEN}
    cmd = [sys.executable, "-m", "videochat", "serve", "--port", str(port), "--media-root", str(media),
           "--perceptors", "shots,ocr", "-q"]  # fmt: skip
    with serving(cmd, env, f"http://127.0.0.1:{port}/healthz"):
        yield OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=TOKEN), port


def test_an_openai_client_chats_about_a_video(api):
    client, _ = api
    reply = client.chat.completions.create(model="story.mp4", messages=[  # a path under the media root
        {"role": "user", "content": "When does the word WORLD first appear on screen?"}])  # fmt: skip
    assert "[00:11" in reply.choices[0].message.content and reply.choices[0].finish_reason == "stop"
    assert reply.model_extra["videochat"]["cited_seconds"][0][0] == 11.0
    video = next(m.id for m in client.models.list().data if m.id.startswith("video:"))
    stream = client.chat.completions.create(model=video, stream=True, messages=[
        {"role": "user", "content": "What word is on screen at 0:02?"}])  # fmt: skip
    assert "HELLO" in "".join(chunk.choices[0].delta.content or "" for chunk in stream)


def test_bad_requests_are_4xx_not_answers(api):
    import openai as sdk

    client, port = api
    with pytest.raises(sdk.UnprocessableEntityError):  # an LLM but no video
        client.chat.completions.create(model="embedded", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(sdk.NotFoundError):
        client.chat.completions.create(model="video:nope.mp4", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(sdk.PermissionDeniedError):
        client.chat.completions.create(model="../../etc/passwd", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(sdk.AuthenticationError):
        sdk.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="wrong").models.list()
