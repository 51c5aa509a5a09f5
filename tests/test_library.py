"""The searchable library: incremental indexing, word and meaning search, and questions across videos."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import run_cli
from media import ClipSpec, make_clip

from videochat.config import Settings
from videochat.library.index import index_folders
from videochat.library.search import search
from videochat.library.store import LibraryStore


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("library")
    make_clip(root / "garden.mp4", ClipSpec(shots=[("darkgreen", 6.0)], words=[("GARDEN", 1, 4)],
                                            speech=[("the roses bloom in the spring sunshine", 2.0)]))  # fmt: skip
    (root / "sea").mkdir()
    make_clip(root / "sea" / "harbour.mp4", ClipSpec(shots=[("navy", 6.0)], words=[("HARBOUR", 1, 4)],
                                                     speech=[("a storm is coming to the port tonight", 2.0)]))  # fmt: skip
    return root


def settings(tmp: Path) -> Settings:
    return Settings(perceptors=["ocr", "asr"], cache_dir=tmp / "cache")


@pytest.mark.e2e
@pytest.mark.model
def test_index_is_incremental_and_search_finds_words_and_meaning(folder, tmp_path):
    s = settings(tmp_path)
    store = LibraryStore(tmp_path / "library.sqlite")
    first = index_folders([str(folder)], s, store, progress=False)
    assert len(first.added) == 2 and not first.failed
    assert index_folders([str(folder)], s, store, progress=False).unchanged == 2
    garden = folder / "garden.mp4"
    os.utime(garden, (time.time() + 5, time.time() + 5))  # touched, same content: hash says unchanged
    assert index_folders([str(folder)], s, store, progress=False).unchanged == 2

    words = search(store, "HARBOUR", mode="words")
    assert [Path(h.video).name for h in words] == ["harbour.mp4"] and words[0].lines[0].start == pytest.approx(1, abs=1)
    meaning = search(store, "flowers growing outdoors", mode="meaning")  # no word in common with the clip
    assert Path(meaning[0].video).name == "garden.mp4"
    assert Path(search(store, "bad weather at sea", mode="meaning")[0].video).name == "harbour.mp4"
    assert search(store, "zebra", mode="words") == []
    assert [Path(h.video).name for h in search(store, "storm", under=str(folder / "sea"))] == ["harbour.mp4"]

    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "g2.mp4").write_bytes(garden.read_bytes())
    index_folders([str(copy)], s, store, progress=False)
    (copy / "g2.mp4").unlink()
    assert index_folders([str(copy)], s, store, progress=False).removed == [str((copy / "g2.mp4").resolve())]


@pytest.mark.e2e
@pytest.mark.model
def test_ask_across_the_library_cites_the_video_and_refuses_what_none_shows(folder, tmp_path):
    env = {"VIDEOCHAT_PERCEPTORS": "ocr,asr"}
    which = run_cli("ask", "--library", str(folder), "In which video is the word HARBOUR shown?", "-q", env=env)
    assert which.returncode == 0, which.stderr
    assert "harbour.mp4" in which.stdout and "garden.mp4" not in which.stdout and "00:0" in which.stdout
    storm = run_cli("ask", "--library", str(folder), "where does someone talk about a storm?", "-q", env=env)
    assert "harbour.mp4" in storm.stdout and "storm" in storm.stdout.lower()
    none = run_cli("ask", "--library", str(folder), "which video shows a giraffe?", "-q", env=env)
    assert none.returncode == 0 and "None of the 2 indexed videos shows this." in none.stdout


@pytest.mark.e2e
def test_search_cli_on_an_empty_library_is_one_line(tmp_path):
    result = run_cli("search", "anything")
    assert result.returncode == 2 and "is empty: run `videochat index FOLDER` first" in result.stderr


@pytest.mark.e2e
@pytest.mark.model
def test_the_api_searches_and_asks_the_library_without_server_paths(folder, tmp_path):
    from fastapi.testclient import TestClient

    from videochat.frontends.server.app import ServerConfig, create_app
    from videochat.library.index import library_path

    s = Settings(perceptors=["ocr", "asr"], cache_dir=tmp_path / "cache")
    index_folders([str(folder)], s, LibraryStore(library_path(s)), progress=False)
    client = TestClient(create_app(s, ServerConfig(media_root=folder, token="t0ken")))
    auth = {"Authorization": "Bearer t0ken"}
    assert client.get("/library/search", params={"q": "storm"}).status_code == 401
    found = client.get("/library/search", params={"q": "storm", "mode": "words"}, headers=auth).json()
    assert [h["video"] for h in found["hits"]] == ["sea/harbour.mp4"]
    answer = client.post("/library/ask", json={"question": "In which video is the word GARDEN shown?"}, headers=auth)
    assert answer.status_code == 200 and str(folder) not in answer.text
    assert [v["video"] for v in answer.json()["videos"]] == ["garden.mp4"]
    refused = client.post("/library/ask", json={"question": "q", "model": "embed:/etc/shadow"}, headers=auth)
    assert refused.status_code == 422 and "shadow" not in refused.text
