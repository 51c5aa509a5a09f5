"""The OpenAI-compatible endpoint, driven by the official ``openai`` client as any agent or chat UI would."""

from __future__ import annotations

import shutil

import pytest

from videochat.config import Settings

pytestmark = [pytest.mark.e2e, pytest.mark.model]


@pytest.fixture
def client(tmp_path, story):
    from fastapi.testclient import TestClient
    from openai import OpenAI

    from videochat.frontends.server.app import ServerConfig, create_app

    media = tmp_path / "media"
    media.mkdir()
    shutil.copy(story[0], media / "story.mp4")
    app = create_app(Settings(perceptors=["shots", "ocr", "asr"], cache_dir=tmp_path / "cache"),
                     ServerConfig(media_root=media, token="t0ken"))  # fmt: skip
    http = TestClient(app)
    vid = http.post("/videos/by-path", json={"path": "story.mp4"}, headers={"Authorization": "Bearer t0ken"}).json()["id"]
    return OpenAI(base_url="http://testserver/v1", api_key="t0ken", http_client=http), vid


def test_an_openai_client_asks_a_video(client):
    openai, vid = client
    assert f"video:{vid}" in [m.id for m in openai.models.list().data]
    reply = openai.chat.completions.create(model=f"video:{vid}", messages=[
        {"role": "user", "content": "When does the word WORLD first appear on screen?"}])  # fmt: skip
    assert "[00:11" in reply.choices[0].message.content and reply.choices[0].finish_reason == "stop"
    stream = openai.chat.completions.create(model=f"video:{vid}", stream=True, messages=[
        {"role": "user", "content": "What word is on screen at 0:02?"}])  # fmt: skip
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream)
    assert "HELLO" in text


def test_bad_requests_are_4xx_not_answers(client):
    import openai as sdk

    openai, vid = client
    with pytest.raises(sdk.UnprocessableEntityError):
        openai.chat.completions.create(model="embedded", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(sdk.NotFoundError):
        openai.chat.completions.create(model="video:nope", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(sdk.AuthenticationError):
        type(openai)(base_url="http://testserver/v1", api_key="wrong", http_client=openai._client).models.list()
