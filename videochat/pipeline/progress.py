"""Progress on stderr: a live board on a terminal, one line per finished perceptor otherwise."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any


class ProgressBoard:
    """One bar for decoding and one per perceptor (rich), safe to update from worker threads."""

    def __init__(self, enabled: bool = True, total_frames: int = 0) -> None:
        self.enabled = enabled
        self.total_frames = max(1, total_frames)
        self._progress = None
        self._tasks: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __enter__(self) -> ProgressBoard:
        if not self.enabled:
            return self
        from rich.console import Console

        console = Console(stderr=True)
        if console.is_terminal:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description:>10}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                TimeElapsedColumn(), TextColumn("{task.fields[note]}"), console=console, transient=True,
            )  # fmt: skip
            self._progress.start()
            self._tasks["decode"] = self._progress.add_task("decode", total=self.total_frames, note="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def add(self, name: str) -> None:
        if self._progress is not None:
            self._tasks[name] = self._progress.add_task(name, total=1.0, note="")

    def updater(self, name: str) -> Callable[[float], None]:
        def update(fraction: float) -> None:
            if self._progress is not None and name in self._tasks:
                self._progress.update(self._tasks[name], completed=fraction)

        return update

    def decoded(self, frames: int, finished: bool) -> None:
        if self._progress is not None:
            total = frames if finished else self.total_frames
            self._progress.update(self._tasks["decode"], completed=frames, total=max(1, total))

    def finish(self, name: str, run: Any) -> None:
        note = f"{run.status} {run.seconds:.1f}s {run.events} events"
        if self._progress is not None:
            self._progress.update(self._tasks[name], completed=1.0, note=note)
        elif self.enabled:
            with self._lock:
                print(f"videochat: {name}: {note}", file=sys.stderr, flush=True)
