"""Work scheduling for the HTTP API: a bounded queue and once-only perception per video.

Blocking work (perception, LLM calls) runs in worker threads; at most ``workers`` jobs run at a
time and at most ``queue`` more wait; beyond that requests are refused with 503 instead of piling
up in memory. Perception of one video runs once even when many requests ask for it together: later
callers await the first caller's result.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

T = TypeVar("T")


class Busy(Exception):
    """The work queue is full."""


class WorkQueue:
    """At most ``workers`` running and ``queue`` waiting jobs."""

    def __init__(self, workers: int = 1, queue: int = 64) -> None:
        self.workers, self.limit = workers, workers + queue
        self._slots = asyncio.Semaphore(workers)
        self.pending = 0
        self.stats = {"jobs": 0, "refused": 0}

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.pending >= self.limit:
            self.stats["refused"] += 1
            raise Busy(f"{self.pending} jobs are queued; try again later")
        self.pending += 1
        try:
            async with self._slots:
                self.stats["jobs"] += 1
                return await asyncio.to_thread(fn, *args)
        finally:
            self.pending -= 1


class SingleFlight:
    """Runs ``make()`` once per key at a time; concurrent callers share the result; the ``keep`` most
    recently used results are kept (older ones are evicted and made again when asked for)."""

    def __init__(self, keep: int = 64) -> None:
        self._running: dict[str, asyncio.Future] = {}
        self._done: OrderedDict[str, Any] = OrderedDict()
        self.keep = keep
        self.runs = 0

    async def do(self, key: str, make: Callable[[], Awaitable[T]]) -> T:
        if key in self._done:
            self._done.move_to_end(key)
            return self._done[key]
        if key in self._running:
            return await asyncio.shield(self._running[key])
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._running[key] = future
        self.runs += 1
        try:
            result = await make()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning when nobody else waits
            raise
        else:
            self._done[key] = result
            while len(self._done) > self.keep:
                self._done.popitem(last=False)
            future.set_result(result)
            return result
        finally:
            self._running.pop(key, None)

    def forget(self, key: str) -> None:
        self._done.pop(key, None)

    def __len__(self) -> int:
        return len(self._done)


class LRU(OrderedDict):
    """A dict that keeps its ``keep`` most recently used entries."""

    def __init__(self, keep: int) -> None:
        super().__init__()
        self.keep = keep

    def __getitem__(self, key: Any) -> Any:
        self.move_to_end(key)
        return super().__getitem__(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.keep:
            self.popitem(last=False)
