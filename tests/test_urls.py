"""Videos by URL: a local HTTP server stands in for the web; the URL's transcript is the file's."""

from __future__ import annotations

import http.server
import json
import os
import threading
from pathlib import Path

import pytest
from conftest import run_cli, transcript_json

pytestmark = pytest.mark.e2e

PAGE = '<html><head><title>Harbour</title></head><body><video src="/story.mp4" controls></video></body></html>'


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Files with HEAD, Range requests and an HTML page; each request's Range header is recorded."""

    ranges: list[str | None] = []

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        type(self).ranges.append(self.headers.get("Range"))
        if self.path == "/page.html":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        path = Path(self.directory) / self.path.lstrip("/")
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        start = 0
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            start = int(rng[6:].split("-")[0])
            if start >= len(data):
                self.send_response(416)
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        else:
            self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        self.wfile.write(data[start:])


@pytest.fixture
def site(tmp_path, story):
    root = tmp_path / "www"
    root.mkdir()
    (root / "story.mp4").write_bytes(story[0].read_bytes())
    RangeHandler.ranges = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: RangeHandler(*a, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()


def _events(result):
    return [(e["start"], e["end"], e["kind"], e["text"]) for e in result["events"]]


@pytest.mark.model
def test_the_transcript_of_a_url_is_the_transcript_of_the_file(site):
    base, root = site
    via_url = transcript_json(f"{base}/story.mp4", "--perceptors", "shots,ocr")
    local = transcript_json(str(root / "story.mp4"), "--perceptors", "shots,ocr")
    assert _events(via_url) == _events(local) and any(e[2] == "text" for e in _events(local))
    assert via_url["info"]["url"] == f"{base}/story.mp4"
    RangeHandler.ranges.clear()
    again = transcript_json(f"{base}/story.mp4", "--perceptors", "shots,ocr")  # downloaded once
    assert _events(again) == _events(local) and RangeHandler.ranges == []


def test_an_interrupted_download_resumes_with_a_range_request(site, isolated):
    from videochat.pipeline.fetch import download

    base, root = site
    data = (root / "story.mp4").read_bytes()
    url = f"{base}/story.mp4"
    first = download(url, isolated, progress=False)
    folder = first.parent
    (folder / "source.json").unlink()
    first.unlink()
    (folder / "story.mp4.part").write_bytes(data[: len(data) // 3])  # what a killed run leaves
    RangeHandler.ranges.clear()
    again = download(url, isolated, progress=False)
    assert again.read_bytes() == data
    assert f"bytes={len(data) // 3}-" in RangeHandler.ranges


@pytest.mark.parametrize("path, env, message", [
    ("/missing.mp4", {}, "HTTP 404"),
    ("/story.mp4", {"VIDEOCHAT_MAX_DOWNLOAD_MB": "0.01"}, "over the 0 MB download limit"),
])  # fmt: skip
def test_bad_urls_are_one_line(site, path, env, message):
    base, _ = site
    result = run_cli("transcript", base + path, "--perceptors", "shots", env=env)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_and_unsupported_urls_are_one_line():
    for url, message in (("ftp://example.org/a.mp4", "only http:// and https://"),
                         ("http://127.0.0.1:9/a.mp4", "cannot download")):  # fmt: skip
        result = run_cli("transcript", url, "--perceptors", "shots")
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.model
def test_a_web_page_goes_through_yt_dlp(site):
    pytest.importorskip("yt_dlp")
    base, root = site
    via_page = transcript_json(f"{base}/page.html", "--perceptors", "shots,ocr")
    local = transcript_json(str(root / "story.mp4"), "--perceptors", "shots,ocr")
    assert _events(via_page) == _events(local)


def test_batch_takes_urls_beside_files(site, tmp_path):
    base, root = site
    out = tmp_path / "out"
    result = run_cli("batch", f"{base}/story.mp4", str(root / "story.mp4"), "-o", str(out), "--perceptors", "shots",
                     "--workers", "1", "-q")  # fmt: skip
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["status"] for r in records) == ["ok", "ok"] and len({r["id"] for r in records}) == 2
    outputs = [json.loads((out / f"{r['id']}.json").read_text())["transcript"]["events"] for r in records]
    assert outputs[0] == outputs[1]
    assert os.path.exists(out / "results.jsonl")


def test_the_api_adds_videos_by_url_only_when_the_operator_allows(site, tmp_path):
    from fastapi.testclient import TestClient

    from videochat.config import Settings
    from videochat.frontends.server.app import ServerConfig, create_app

    base, _ = site
    settings = Settings(perceptors=["shots", "ocr"], cache_dir=tmp_path / "cache")
    body = {"url": f"{base}/story.mp4"}
    closed = TestClient(create_app(settings, ServerConfig()))
    assert closed.post("/videos/by-url", json=body).status_code == 403
    public = TestClient(create_app(settings, ServerConfig(allow_urls="public")))
    refused = public.post("/videos/by-url", json=body)
    assert refused.status_code == 403 and "loopback" in refused.json()["detail"]
    assert public.post("/videos/by-url", json={"url": "file:///etc/passwd"}).status_code == 422
    open_ = TestClient(create_app(settings, ServerConfig(allow_urls="any")))
    added = open_.post("/videos/by-url", json=body)
    assert added.status_code == 201 and added.json()["source"] == "url"
    events = open_.get(f"/videos/{added.json()['id']}/transcript").json()["events"]
    assert any(e["kind"] == "text" and "WORLD" in e["text"] for e in events)
