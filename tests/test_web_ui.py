"""The web UI in headless Chromium (Debian's chromium driven by Playwright): upload, analyse, ask."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from conftest import free_port, serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(os.environ.get("VIDEOCHAT_TEST_ARTIFACTS", Path(__file__).parent / "artifacts"))
pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.model]  # conftest skips it without chromium


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory, models_dir):
    pytest.importorskip("gradio")
    cache = tmp_path_factory.mktemp("ui-cache")
    port = free_port()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "VIDEOCHAT_MODELS_DIR": str(models_dir),
           "VIDEOCHAT_CONFIG": str(cache / "none.toml"), "GRADIO_ANALYTICS_ENABLED": "False"}  # fmt: skip
    cmd = [sys.executable, "-m", "videochat", "ui", "--port", str(port), "--perceptors", "shots,ocr", "--allow-urls", "any"]
    base = f"http://127.0.0.1:{port}"
    with serving(cmd, env, base, timeout=120):
        yield base


@contextlib.contextmanager
def _serve_file(path: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(path.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{path.name}"
    finally:
        server.shutdown()


@pytest.mark.slow
def test_upload_ask_and_see_the_timeline(ui_server, story):
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.goto(ui_server)
        page.locator("#video input[type=file]").set_input_files(str(story[0]))
        page.locator("#video video").wait_for(timeout=60_000)
        page.locator("#analyse").click()
        page.wait_for_function("() => (document.querySelector('#transcript') || {innerText: ''}).innerText.includes('WORLD')",
                               timeout=240_000)  # fmt: skip
        assert "HELLO" in page.locator("#transcript").inner_text()
        page.locator("#timeline img").wait_for(timeout=60_000)
        page.locator("#question textarea").fill("When does the word WORLD first appear on screen?")
        page.locator("#question textarea").press("Enter")
        page.wait_for_function("() => document.querySelector('#chatbot').innerText.includes('00:11')", timeout=240_000)
        player = "document.querySelector('#video video').currentTime"
        page.locator("#chatbot a[href^='#t=11']").first.click()  # a cited time in the answer seeks the player
        page.wait_for_function(f"() => Math.abs({player} - 11) < 0.5", timeout=10_000)
        stamp = page.locator("#transcript a[href^='#t=']").nth(2)  # and so does one in the transcript
        at = float(stamp.get_attribute("href")[3:])
        stamp.click()
        page.wait_for_function(f"() => Math.abs({player} - {at}) < 0.5", timeout=10_000)
        picture = page.locator("#timeline img")  # a click on the timeline seeks to the time under it
        box = picture.bounding_box()
        natural = page.evaluate("() => { const i = document.querySelector('#timeline img'); return [i.naturalWidth, i.naturalHeight]; }")
        scale = min(box["width"] / natural[0], box["height"] / natural[1])
        left = box["x"] + (box["width"] - natural[0] * scale) / 2
        x = left + natural[0] * scale * (0.14 + (0.98 - 0.14) * 7.5 / 15)  # 7.5 s of the 15 s clip
        page.mouse.click(x, box["y"] + box["height"] * 0.8)
        page.wait_for_function(f"() => Math.abs({player} - 7.5) < 0.6", timeout=10_000)
        with _serve_file(story[0]) as url:  # a video by URL: fetched, then shown in the player
            before = page.evaluate("() => document.querySelector('#video video').src")
            page.locator("#url textarea, #url input").first.fill(url)
            page.locator("#url textarea, #url input").first.press("Enter")
            page.wait_for_function(f"() => document.querySelector('#video video') && "
                                   f"document.querySelector('#video video').src !== {before!r}", timeout=60_000)
        page.screenshot(path=str(ARTIFACTS / "web-ui.png"), full_page=True)
        browser.close()
    assert (ARTIFACTS / "web-ui.png").stat().st_size > 10_000
