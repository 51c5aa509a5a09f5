"""``videochat watch``: print a live source's events as they are found, and take questions while it runs.

Events go to stdout (one line each, or JSON lines with ``--json``); status lines (reconnects, the
saved transcript) go to stderr. Ctrl-C stops reading, perceives what was already read, saves it and
exits 0. With ``--chat`` the terminal is a question prompt at the same time.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any, TextIO

from videochat.config import Settings
from videochat.contracts.errors import BadInput, StorageError, VideochatError
from videochat.contracts.events import Event, Transcript
from videochat.library.index import add_transcript
from videochat.live.ask import stream_stamp
from videochat.live.watch import Watch, WatchOptions


def event_line(ev: Event, clock: Callable[[float], float]) -> str:
    text = f'"{ev.text}"' if ev.kind == "speech" else ev.text
    return f"{stream_stamp(ev.start, clock)} {ev.kind}: {text}"


def run_watch(source: str, settings: Settings, options: WatchOptions, *, as_json: bool = False, chat: bool = False,
              model: str | None = None, quiet: bool = False, library: bool = False, out: TextIO = sys.stdout,
              err: TextIO = sys.stderr, read: Callable[[str], str] = input) -> int:  # fmt: skip
    """Watch ``source`` until it ends or Ctrl-C; returns the exit code."""
    if chat and source == "-":
        raise BadInput("--chat reads questions from the terminal, so the video cannot come from stdin (-)")
    watch = Watch(source, settings, options)
    lock = threading.Lock()

    def show(record: dict[str, Any]) -> None:
        with lock:
            if record["type"] == "event" and not as_json:
                out.write(event_line(Event.from_dict(record["event"]), watch.wall) + "\n")
            elif record["type"] == "event" or (as_json and record["type"] != "end"):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif record["type"] == "status" and not quiet:
                err.write(f"videochat: {record['message']}\n")
            out.flush()

    watch.listeners.append(show)
    watch.start()
    if not quiet:
        kinds = ", ".join(lane.job.name for lane in watch.perception.lanes) if watch.perception else ""
        err.write(f"videochat: watching {watch.src.label} in {options.chunk_s:g} s chunks ({kinds}); Ctrl-C stops\n")
    try:
        if chat:
            _questions(watch, model, read, out, err, lock)
        while not watch.wait(0.5):
            pass
    except KeyboardInterrupt:
        err.write("videochat: stopping: perceiving what was already read\n")
        watch.stop()
    code = _finish(watch, out, err, as_json, quiet)
    if library and watch.saved is not None:
        lines = add_transcript(watch.saved, Transcript.from_dict(json.loads(watch.saved.read_text(encoding="utf-8"))),
                               settings)  # fmt: skip
        if not quiet:
            err.write(f"videochat: added to the library ({lines} searchable lines): videochat search finds it\n")
    return code


def _questions(watch: Watch, model: str | None, read: Callable[[str], str], out: TextIO, err: TextIO,
               lock: threading.Lock) -> None:  # fmt: skip
    """Questions from the terminal until EOF (the watch goes on) or the stream ends."""
    err.write("videochat: ask about the stream at any time (\"what is on screen now?\"); Ctrl-D ends the questions\n")
    while not watch.done.is_set():
        try:
            line = read("? ").strip()
        except EOFError:
            return
        if not line:
            continue
        try:
            answer = watch.ask(line, model=model)
        except VideochatError as exc:
            err.write(f"videochat: error: {exc}\n")
            continue
        with lock:
            out.write(f"> {answer['answer']}\n")
            out.flush()


def _finish(watch: Watch, out: TextIO, err: TextIO, as_json: bool, quiet: bool) -> int:
    watch.wait(120)
    if as_json:
        out.write(json.dumps({"type": "end", "stream_s": round(watch.now, 2), "saved": str(watch.saved or ""),
                              "perceptors": {n: r.status for n, r in watch.runs.items()}}) + "\n")  # fmt: skip
        out.flush()
    if watch.saved is not None and not quiet:
        err.write(f"videochat: {watch.rolling.total} events over {watch.now:.0f} s saved to {watch.saved}\n")
    error = watch.error
    if error is None:
        return 0
    if isinstance(error, OSError):
        raise StorageError.from_os(error)
    if isinstance(error, VideochatError):
        raise error
    raise RuntimeError(f"watch failed: {type(error).__name__}: {error}") from error
