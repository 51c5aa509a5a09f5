"""Watch a live source: decode it continuously, perceive it chunk by chunk, keep a rolling transcript.

A :class:`Watch` owns three threads: the connection loop (one ffmpeg per connection; a dropped
stream is reconnected with backoff and the gap is marked in the transcript), the perception worker
(chunks in, events out) and the decoder's readers. Listeners get a record for every new event as it
is found, with its stream time, its wall-clock time and how long after it happened it was found.
:meth:`Watch.stop` keeps everything found so far and saves it; questions go through :meth:`Watch.ask`.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.contracts.errors import BadInput
from videochat.contracts.events import Event
from videochat.live.ask import live_window, with_wall_clock
from videochat.live.chunks import Chunk, Chunker
from videochat.live.decoder import DecodeSpec, LiveDecoder, open_feed, read_head
from videochat.live.perceive import LivePerception
from videochat.live.rolling import RollingTranscript
from videochat.live.source import (
    LiveSource,
    StreamInfo,
    parse_source,
    probe_live,
    stream_ended,
)
from videochat.model_cache import set_low_memory
from videochat.models import configure_store
from videochat.perceptors.registry import Registry, registry
from videochat.session import backend_for, chat_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WatchOptions:
    """How to watch: ``chunk_s`` seconds per chunk, replay ``speed``, how long to keep events in full
    (``keep_s``) and per summary (``window_s``), how long to keep reconnecting (``max_gap_s``) and how
    long a growing file may stay unchanged before it counts as finished (``idle_timeout``)."""

    chunk_s: float = 5.0
    realtime: bool = False
    speed: float = 1.0
    keep_s: float = 600.0
    window_s: float = 300.0
    max_gap_s: float = 300.0
    idle_timeout: float = 10.0
    folder: Path | None = None


def live_settings(settings: Settings) -> Settings:
    """Speaker turns are found per video and would be renumbered in every chunk: off unless asked for."""
    options = {name: dict(table) for name, table in settings.options.items()}
    options.setdefault("asr", {}).setdefault("speakers", 0)
    return settings.model_copy(update={"options": options})


class Watch:
    """One watched source. ``listeners`` are called from the worker thread with one dict per record."""

    def __init__(self, source: str, settings: Settings, options: WatchOptions | None = None, *,
                 reg: Registry | None = None) -> None:  # fmt: skip
        self.options = options or WatchOptions()
        if not 0.5 <= self.options.chunk_s <= 120:
            raise BadInput(f"--chunk must be between 0.5 and 120 seconds, got {self.options.chunk_s:g}")
        self.src: LiveSource = parse_source(source, realtime=self.options.realtime, speed=self.options.speed)
        self.settings = live_settings(settings)
        self.reg = reg or registry()
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.started_wall = time.time()
        stamp = datetime.fromtimestamp(self.started_wall).strftime("%Y%m%d-%H%M%S")
        self.folder = Path(self.options.folder or self.settings.cache_dir / "live" / f"{_slug(self.src.label)}-{stamp}")
        self.rolling = RollingTranscript(self.src.label, self.folder, keep_s=self.options.keep_s,
                                         window_s=self.options.window_s)  # fmt: skip
        self.latency: dict[str, deque[float]] = {}
        self.error: BaseException | None = None
        self.done = threading.Event()
        self._stopping = threading.Event()
        self._decoder: LiveDecoder | None = None
        self._anchors: deque[tuple[float, float]] = deque(maxlen=2000)  # (stream time, wall time it arrived)
        self._backend = None
        self._clock0: float | None = None  # when the first connection started (a replay's stream clock)
        self._ask_lock = threading.Lock()
        self.perception: LivePerception | None = None
        self.info: StreamInfo | None = None
        self.saved: Path | None = None

    # -- running --------------------------------------------------------------------------------
    def start(self) -> Watch:
        """Probe the source and start (a bad source or perceptor choice raises here, before any thread)."""
        configure_store(self.settings.model_store)
        set_low_memory(True if self.settings.low_memory else None)
        self._feed = open_feed(self.src)
        self._head = read_head(self._feed, self.src) if self._feed is not None else b""
        self.info = probe_live(self.src, self._head or None)
        spec = DecodeSpec(self.settings.fps, self.settings.short_side)
        self.spec = spec
        self.perception = LivePerception(self.settings, self.reg, label=self.src.label, size=spec.size(self.info),
                                         fps=spec.fps, stream_fps=self.info.fps, has_audio=self.info.has_audio)  # fmt: skip
        live = self.src.kind in ("url", "device")  # these will not wait for us; stdin and files will
        self.chunker = Chunker(self.options.chunk_s, spec.fps, self.info.has_audio,
                               on_drop=self._dropped if live else None)  # fmt: skip
        self._worker = threading.Thread(target=self._perceive_loop, name="videochat-live-perceive", daemon=True)
        self._worker.start()
        self._connection = threading.Thread(target=self._connection_loop, name="videochat-live-connect", daemon=True)
        self._connection.start()
        return self

    def _connection_loop(self) -> None:
        try:
            head = self._head
            while not self._stopping.is_set():
                self._decoder = LiveDecoder(self.src, self.info, self.spec, self.chunker, head=head, feed=self._feed,
                                            idle_timeout=self.options.idle_timeout).start()  # fmt: skip
                self._clock0 = self._clock0 or time.time()
                code = self._decoder.wait()
                self.chunker.flush(final=False)
                if self._stopping.is_set() or stream_ended(self.src, code):
                    break
                if self.src.kind != "url":
                    self._status(f"decoding stopped: {self._decoder.last_error or f'ffmpeg exited with code {code}'}")
                    break
                if not self._reconnect(self._decoder.last_error or f"ffmpeg exited with code {code}"):
                    break
                head = b""
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through .error
            self.error = exc
        finally:
            if self._feed is not None and self.src.kind == "follow":
                self._feed.close()
            self.chunker.flush(final=True)

    def _reconnect(self, reason: str) -> bool:
        """Try again with backoff (1, 2, 4 ... 30 s) until the source answers or ``max_gap_s`` passes;
        the outage becomes a ``gap`` event. False when it never came back (the watch ends)."""
        dropped_at, lost = self.chunker.now, time.monotonic()
        self._status(f"stream dropped at {dropped_at:.1f}s ({reason[:120]}); reconnecting")
        delay = 1.0
        while not self._stopping.wait(delay):
            outage = time.monotonic() - lost
            try:
                self.info = probe_live(self.src, timeout=10)
            except BadInput:
                if outage > self.options.max_gap_s:
                    self._status(f"gave up: no stream for {outage:.0f} s")
                    return False
                delay = min(delay * 2, 30.0)
                continue
            resume = dropped_at + outage * (self.src.speed if self.src.kind == "replay" else 1.0)
            gap = Event(dropped_at, resume, "gap", "live", f"stream dropped ({outage:.0f} s without video); reconnected",
                        None, {"reason": reason[:200], "outage_s": round(outage, 2)})  # fmt: skip
            self._publish([gap], resume)
            self.chunker.new_connection(resume)
            self._status(f"reconnected after {outage:.1f} s")
            return True
        return False

    def _perceive_loop(self) -> None:
        assert self.perception is not None
        try:
            while True:
                chunk = self.chunker.chunks.get()
                if chunk is None:
                    break
                self._anchors.append((chunk.end, chunk.arrived))
                found = self.perception(chunk)
                self._publish([ev for _, ev in found], chunk.end, found_at=time.time())
        except BaseException as exc:  # noqa: BLE001
            self.error = self.error or exc
        finally:
            self._finish()

    def _dropped(self, chunk: Chunk) -> None:
        gap = Event(chunk.start, chunk.end, "gap", "live", "not perceived: perception fell behind the stream", None,
                    {"reason": "behind"})  # fmt: skip
        self._publish([gap], chunk.end)

    def _publish(self, events: list[Event], now: float, found_at: float | None = None) -> None:
        found_at = found_at or time.time()
        for ev in self.rolling.add(events, now):
            latency = max(0.0, found_at - self.wall(ev.start))
            if ev.kind != "gap":
                self.latency.setdefault(ev.source, deque(maxlen=10_000)).append(latency)
            record = {"type": "event", "event": ev.to_dict(), "wall": _iso(self.wall(ev.start)), "found": _iso(found_at),
                      "latency_s": round(latency, 2)}  # fmt: skip
            self._notify(record)

    def _status(self, message: str) -> None:
        log.info("%s", message)
        self._notify({"type": "status", "message": message, "at": _iso(time.time()), "stream_s": round(self.now, 2)})

    def _notify(self, record: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            try:
                listener(record)
            except Exception:  # noqa: BLE001 - a broken listener never stops the watch
                log.exception("a watch listener failed")

    def _finish(self) -> None:
        try:
            self.saved = self.rolling.save(self.runs, self.info_dict())
            self.rolling.close()
        except OSError as exc:
            self.error = self.error or exc
        self._notify({"type": "end", "stream_s": round(self.now, 2), "saved": str(self.saved) if self.saved else None})
        self.done.set()

    def stop(self, timeout: float = 60.0) -> None:
        """Stop reading; the chunks already read are perceived, then everything is saved."""
        self._stopping.set()
        if self._decoder is not None:
            self._decoder.stop()
        self.done.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    # -- what it knows --------------------------------------------------------------------------
    @property
    def now(self) -> float:
        return self.chunker.now if hasattr(self, "chunker") else 0.0

    @property
    def runs(self) -> dict:
        return self.perception.runs if self.perception is not None else {}

    def wall(self, t: float) -> float:
        """The wall-clock time a stream moment happened: a replay's own clock, else the arrival times of the chunks."""
        rate = self.src.speed if self.src.kind == "replay" else 1.0
        if self.src.kind == "replay" and self._clock0 is not None:  # played by ffmpeg's clock: true latency,
            return self._clock0 + t / rate  # including any time the perceptors keep the stream waiting
        anchor = next((a for a in self._anchors if a[0] >= t), self._anchors[-1] if self._anchors else None)
        if anchor is None:
            return self.started_wall + t / rate
        return anchor[1] - (anchor[0] - t) / rate

    def info_dict(self) -> dict[str, Any]:
        info = self.info
        return {"live": True, "source": self.src.label, "kind": self.src.kind, "started": _iso(self.started_wall),
                "chunk_s": self.options.chunk_s, "stream_s": round(self.now, 2),
                **({"width": info.width, "height": info.height, "fps": info.fps, "has_audio": info.has_audio}
                   if info else {})}  # fmt: skip

    def ask(self, question: str, model: str | None = None, *, backend: Any = None) -> dict[str, Any]:
        """Answer about the stream so far; "now" and "the last N minutes" narrow the transcript first.
        Cited times carry their wall-clock time too. ``backend``: an LLM already loaded (the server's)."""
        now = self.now
        recent = max(10.0, 2 * self.options.chunk_s)  # "now": the last couple of chunks
        (start, end), rest = live_window(question, now, recent, clock=self.wall)
        transcript = self.rolling.transcript(self.runs, self.info_dict(), start, end)
        with self._ask_lock:
            if backend is None:
                if self._backend is None or model is not None:
                    self._backend = backend_for(self.settings, model)
                backend = self._backend
            answer = chat_for(transcript, self.settings, backend=backend).ask(rest, remember=False)
        d = answer.to_dict()
        d["answer"] = with_wall_clock(d["answer"], self.wall)
        d["window"] = [round(start, 2), round(end, 2)]
        d["stream_s"] = round(now, 2)
        return d


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t).isoformat(timespec="milliseconds")


def _slug(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", label.split("://")[-1]).strip("-")[:60] or "stream"
