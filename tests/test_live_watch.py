"""`videochat watch` on real streams: HLS served over HTTP, a dropped and resumed stream, a growing
file, stdin, Ctrl-C, and a long replay whose memory must stay flat."""

from __future__ import annotations

import functools
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from media import ClipSpec, make_clip, require

from videochat.config import load_settings
from videochat.live.watch import Watch, WatchOptions

pytestmark = pytest.mark.e2e

#: What the live clip shows and says (clip seconds), and its cuts.
LIVE = ClipSpec(shots=[("navy", 8.0), ("darkred", 8.0), ("darkgreen", 8.0)],
                words=[("GARDEN", 9.0, 13.0), ("PLANET", 18.0, 22.0)],
                speech=[("the quick brown fox jumps over the lazy dog", 3.0), ("please bring me a cup of coffee", 14.0)])  # fmt: skip
CHUNK = 5.0
BOUND = CHUNK + 10.0  # a chunk, the HLS segment and the perceptors' own time on 2 busy cores


@pytest.fixture(scope="module")
def live_clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("live") / "live.mp4"
    make_clip(path, LIVE)
    return path


class _Folder(http.server.SimpleHTTPRequestHandler):
    down = threading.Event()  # set: every request gets 503 (the stream dropped)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.down.is_set():
            self.send_error(503)
            return
        super().do_GET()

    def log_message(self, *args) -> None:
        pass


class HLSStream:
    """ffmpeg publishing ``clip`` as a live HLS event playlist at real speed, served over local HTTP."""

    def __init__(self, clip: Path, folder: Path) -> None:
        require("ffmpeg")
        folder.mkdir(parents=True, exist_ok=True)
        handler = type("Handler", (_Folder,), {"down": threading.Event()})
        self.handler = handler
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/live.m3u8"
        self.started = time.time()
        self.proc = subprocess.Popen(
            ["ffmpeg", "-v", "error", "-re", "-i", str(clip), "-c:v", "libx264", "-preset", "ultrafast", "-g", "25",
             "-c:a", "aac", "-f", "hls", "-hls_time", "1", "-hls_list_size", "0", "-hls_playlist_type", "event",
             str(folder / "live.m3u8")], stdin=subprocess.DEVNULL)  # fmt: skip
        deadline = time.time() + 20
        while not (folder / "live.m3u8").exists():
            assert time.time() < deadline, "ffmpeg wrote no playlist"
            time.sleep(0.1)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.server.shutdown()


def _found(record: dict) -> float:
    return datetime.fromisoformat(record["found"]).timestamp()


def _events(lines: list[str]) -> list[dict]:
    return [r for r in map(json.loads, lines) if r["type"] == "event"]


def test_watch_sees_words_speech_and_cuts_of_an_hls_stream_in_order_and_in_time(live_clip, tmp_path) -> None:
    stream = HLSStream(live_clip, tmp_path / "hls")
    try:
        proc = subprocess.run([sys.executable, "-m", "videochat", "watch", stream.url, "--json", "--chunk", str(CHUNK),
                               "--perceptors", "shots,ocr,asr", "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, timeout=150)  # fmt: skip
    finally:
        stream.close()
    assert proc.returncode == 0, proc.stderr
    records = _events(proc.stdout.splitlines())
    by_kind = lambda kind: [r for r in records if r["event"]["kind"] == kind]  # noqa: E731
    words = [(r["event"]["text"], r["event"]["start"], _found(r)) for r in by_kind("text")]
    assert [w for w, *_ in words] == ["GARDEN", "PLANET"]
    cuts = [r["event"]["start"] for r in by_kind("shot") if "hard cut" in r["event"]["text"]]
    assert cuts == pytest.approx(LIVE.cuts, abs=1.0)
    speech = " | ".join(r["event"]["text"].lower() for r in by_kind("speech"))
    assert "fox" in speech and "coffee" in speech and speech.index("fox") < speech.index("coffee")
    truth = {"GARDEN": 9.0, "PLANET": 18.0}
    for word, start, found in words:
        assert start == pytest.approx(truth[word], abs=1.0)
        assert found - (stream.started + truth[word]) <= BOUND  # found within the latency bound of when it showed
    saved = json.loads((tmp_path / "out" / "transcript.json").read_text())
    assert {"GARDEN", "PLANET"} <= {ev["text"] for ev in saved["events"]}
    assert saved["info"]["live"] is True


def test_a_stream_that_drops_and_comes_back_is_reconnected_and_the_gap_is_marked(live_clip, tmp_path) -> None:
    stream = HLSStream(live_clip, tmp_path / "hls")
    settings = load_settings(perceptors=["shots", "ocr"], cache_dir=tmp_path / "cache")
    watch = Watch(stream.url, settings, WatchOptions(chunk_s=CHUNK, max_gap_s=60, folder=tmp_path / "out"))
    records: list[dict] = []
    watch.listeners.append(records.append)
    try:
        watch.start()
        time.sleep(max(0.0, stream.started + 10.0 - time.time()))  # GARDEN (9-13 s) has been published
        stream.handler.down.set()
        time.sleep(6.0)
        stream.handler.down.clear()
        assert watch.wait(120), "the watch did not end with the stream"
    finally:
        watch.stop()
        stream.close()
    events = [r["event"] for r in records if r["type"] == "event"]
    gaps = [ev for ev in events if ev["kind"] == "gap"]
    assert len(gaps) == 1 and gaps[0]["end"] - gaps[0]["start"] >= 3.0, [r for r in records if r["type"] == "status"]
    assert "PLANET" in {ev["text"] for ev in events if ev["start"] >= gaps[0]["end"]}  # seen after the reconnect
    assert any("reconnected" in r.get("message", "") for r in records if r["type"] == "status")
    assert watch.error is None


def _interruptible() -> None:
    """In the child, Ctrl-C as a terminal gives it: when the tests run as a background job without job control,
    bash ignores SIGINT for them, the child inherits that, and Python would raise no KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_a_watch_and_keeps_what_it_found(live_clip, tmp_path) -> None:
    """Ctrl-C mid-stream ends the watch cleanly and saves what it found. The clip is played three times over (72 s),
    so a watch running late on a loaded machine (its first event can come 20 s after the start) is still stopped
    well before the end of the stream."""
    long_clip = tmp_path / "long.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-stream_loop", "2", "-i", str(live_clip), "-c", "copy", str(long_clip)],
                   check=True)
    proc = subprocess.Popen([sys.executable, "-m", "videochat", "watch", str(long_clip), "--realtime", "--json",
                             "--chunk", "2", "--perceptors", "shots,look", "--out", str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_interruptible)  # fmt: skip
    first = proc.stdout.readline()
    assert json.loads(first)["type"] == "event", proc.stderr.read()
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "saved to" in err and "Traceback" not in err
    saved = json.loads((tmp_path / "out" / "transcript.json").read_text())
    assert saved["events"] and saved["info"]["stream_s"] < 3 * LIVE.duration - 5  # it stopped early, and kept its events
    assert json.loads(out.splitlines()[-1])["type"] == "end"


def _as_ts(clip: Path, tmp_path: Path) -> Path:
    ts = tmp_path / "live.ts"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(clip), "-c", "copy", "-f", "mpegts", str(ts)], check=True)
    return ts


def test_a_growing_recording_is_followed_until_it_stops_growing(live_clip, tmp_path) -> None:
    data = _as_ts(live_clip, tmp_path).read_bytes()
    growing = tmp_path / "recording.ts"
    growing.write_bytes(data[: len(data) // 4])

    def record() -> None:  # the rest arrives over ~4 s, as from a recorder
        with open(growing, "ab") as f:
            for i in range(1, 4):
                time.sleep(1.3)
                f.write(data[len(data) * i // 4: len(data) * (i + 1) // 4])
                f.flush()

    writer = threading.Thread(target=record)
    writer.start()
    proc = subprocess.run([sys.executable, "-m", "videochat", "watch", str(growing), "--json", "--idle-timeout", "3",
                           "--perceptors", "shots,ocr", "--out", str(tmp_path / "out"), "--library"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    writer.join()
    assert proc.returncode == 0, proc.stderr
    texts = [r["event"]["text"] for r in _events(proc.stdout.splitlines()) if r["event"]["kind"] == "text"]
    assert texts == ["GARDEN", "PLANET"]  # PLANET was written last
    found = subprocess.run([sys.executable, "-m", "videochat", "search", "PLANET", "--json"], capture_output=True,
                           text=True, timeout=120)  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert str(tmp_path / "out" / "transcript.json") in found.stdout  # the saved stream is in the library


def test_stdin_is_a_source_and_bad_sources_are_one_line(live_clip, tmp_path) -> None:
    ts = _as_ts(live_clip, tmp_path)
    with open(ts, "rb") as f:
        proc = subprocess.run([sys.executable, "-m", "videochat", "watch", "-", "--perceptors", "shots,ocr", "--out",
                               str(tmp_path / "out")], stdin=f, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "text: GARDEN" in proc.stdout and "text: PLANET" in proc.stdout
    for args, says in [(["gopher://example.com/x"], "unsupported stream URL"), ([str(tmp_path / "nope.ts")], "no such file"),
                       (["-", "--chat"], "cannot come from stdin"), ([str(ts), "--chunk", "0.1"], "--chunk"),
                       ([str(tmp_path)], "is a directory")]:  # fmt: skip
        bad = subprocess.run([sys.executable, "-m", "videochat", "watch", *args], capture_output=True, text=True,
                             timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
        assert bad.returncode == 2 and says in bad.stderr and "Traceback" not in bad.stderr, (args, bad.stderr)
        assert len(bad.stderr.strip().splitlines()) == 1


def test_questions_about_now_are_answered_from_the_recent_stream(live_clip, tmp_path) -> None:
    settings = load_settings(perceptors=["shots", "ocr"], cache_dir=tmp_path / "cache")
    watch = Watch(str(live_clip), settings, WatchOptions(chunk_s=4, realtime=True, speed=4, folder=tmp_path / "out"))
    watch.start()
    assert watch.wait(60) and watch.error is None
    now = watch.ask("What word is on screen right now?")
    assert "PLANET" in now["answer"] and "GARDEN" not in now["answer"]
    assert now["window"][0] > 10  # only the last stretch of the stream
    assert ", " in now["answer"].split("[", 1)[1]  # the cited time carries its wall-clock time
    everything = watch.ask("Which words were shown since the stream started?")
    assert "GARDEN" in everything["answer"] and "PLANET" in everything["answer"]


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024


@pytest.mark.slow
def test_a_long_replay_keeps_memory_flat(tmp_path) -> None:
    require("ffmpeg")
    clip = tmp_path / "long.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=5", "-f", "lavfi",
                    "-i", "sine=frequency=300:sample_rate=16000", "-t", "1800", "-c:v", "libx264", "-preset", "ultrafast",
                    "-g", "50", "-c:a", "aac", "-shortest", str(clip)], check=True)  # fmt: skip
    settings = load_settings(perceptors=["shots", "look", "motion"], cache_dir=tmp_path / "cache")
    watch = Watch(str(clip), settings, WatchOptions(chunk_s=10, realtime=True, speed=40, keep_s=120, window_s=60,
                                                    folder=tmp_path / "out"))  # fmt: skip
    samples: list[tuple[float, float]] = []
    watch.start()
    while not watch.wait(2.0):
        samples.append((watch.now, _rss_mb(os.getpid())))
    assert watch.error is None and watch.now > 1750
    early = [rss for t, rss in samples if 300 < t < 600]
    late = [rss for t, rss in samples if t > 1500]
    assert early and late
    assert max(late) - max(early) < 40, samples  # MB: flat, not growing with the stream
    assert len(watch.rolling.recent) < 200 and len(watch.rolling.summaries) >= 25
    assert watch.rolling.total == len(json.loads(watch.saved.read_text())["events"])


def test_chat_answers_questions_typed_while_the_stream_runs(live_clip, tmp_path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "videochat", "watch", str(live_clip), "--realtime", "--speed", "2",
                             "--chunk", "2", "--chat", "--perceptors", "shots,ocr", "--out", str(tmp_path / "out")],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        for line in proc.stdout:  # wait until GARDEN (9-13 s) has been seen
            if "text: GARDEN" in line:
                break
        proc.stdin.write("what word is on screen right now?\n")
        proc.stdin.flush()
        answer = next(line for line in proc.stdout if line.startswith("> "))
        proc.stdin.close()
        proc.stdin = None  # closed: the questions are over, the watch goes on
        out, err = proc.communicate(timeout=90)
    finally:
        proc.kill()
    assert "GARDEN" in answer and "PLANET" not in answer, answer
    assert proc.returncode == 0, err
    assert "text: PLANET" in out  # the watch went on after the question
