"""A disk-backed, append-only frame store that readers iterate while the decoder is still writing."""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from videochat.contracts.errors import StorageError
from videochat.contracts.media import Frame


class FrameStore:
    """Frames spooled to a file and read back one at a time with ``pread``.

    Memory stays bounded whatever the video length: frames live on disk and in the OS page cache,
    never all in the process (no long-lived memory map, whose touched pages would count as ours).
    Several perceptors can iterate at their own pace; iteration blocks until the next frame is
    written or the store is closed.
    """

    def __init__(self, path: Path, width: int, height: int, capacity: int, fps: float) -> None:
        self.path = Path(path)
        self.width, self.height, self.capacity, self.fps = width, height, capacity, fps
        self.frame_bytes = width * height * 3
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        self._count = 0
        self._closed = False
        self.error: BaseException | None = None
        self._cond = threading.Condition()

    # -- writer side -------------------------------------------------------------------------
    def append(self, data: bytes | np.ndarray) -> bool:
        """Add one frame; returns False (and drops it) once the capacity is reached."""
        if self._count >= self.capacity:
            return False
        buf = data.tobytes() if isinstance(data, np.ndarray) else data
        if len(buf) != self.frame_bytes:
            raise ValueError(f"frame of {len(buf)} bytes, expected {self.frame_bytes}")
        view, offset = memoryview(buf), self._count * self.frame_bytes
        try:
            while view:  # a short write (the disk filled up mid-frame) is finished or fails with its errno
                written = os.pwrite(self._fd, view, offset)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view, offset = view[written:], offset + written
        except OSError as exc:
            raise StorageError.from_os(exc, "the frame spool ", self.path) from None
        with self._cond:
            self._count += 1
            self._cond.notify_all()
        return True

    def close(self, error: BaseException | None = None) -> None:
        with self._cond:
            self._closed = True
            self.error = error
            self._cond.notify_all()

    # -- reader side -------------------------------------------------------------------------
    def time_of(self, index: int) -> float:
        return index / self.fps

    def _wait_for(self, index: int) -> bool:
        with self._cond:
            self._cond.wait_for(lambda: self._count > index or self._closed)
            if self._count > index:
                return True
            if self.error is not None:
                raise self.error
            return False

    def __getitem__(self, index: int) -> Frame:
        if index < 0 or not self._wait_for(index):
            raise IndexError(index)
        return self._read(index)

    def __iter__(self) -> Iterator[Frame]:
        index = 0
        while self._wait_for(index):
            yield self._read(index)
            index += 1

    def _read(self, index: int) -> Frame:
        buf = os.pread(self._fd, self.frame_bytes, index * self.frame_bytes)
        image = np.frombuffer(buf, np.uint8).reshape(self.height, self.width, 3)
        return Frame(index, self.time_of(index), image)

    def wait(self) -> int:
        """Block until the writer is done; return the number of frames."""
        with self._cond:
            self._cond.wait_for(lambda: self._closed)
        if self.error is not None:  # frames before a failure are not the whole video: no result from them
            raise self.error
        return self._count

    @property
    def closed(self) -> bool:
        return self._closed

    def __len__(self) -> int:
        """Frames written so far (the final count once :meth:`wait` returns)."""
        return self._count

    def release(self) -> None:
        """Close and delete the spool file."""
        os.close(self._fd)
        self.path.unlink(missing_ok=True)
