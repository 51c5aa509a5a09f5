"""What a command line's inputs name: files, folders (searched for videos), glob patterns and URLs."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from videochat.contracts.errors import BadInput
from videochat.pipeline.fetch import is_url

VIDEO_EXTENSIONS = {".mp4", ".mkv", ".mov", ".avi", ".webm", ".m4v", ".mpg", ".mpeg", ".flv", ".wmv", ".ts", ".3gp"}


def collect(inputs: Iterable[str]) -> list[Path | str]:
    """Files, folders (searched recursively for video files), glob patterns and http(s) URLs -> sorted
    unique paths (URLs are kept as they are; each worker downloads its own)."""
    found: dict[str, Path | str] = {}
    for item in inputs:
        if is_url(item):
            found.setdefault(item, item)
            continue
        matches = [Path(m) for m in glob.glob(item, recursive=True)] if glob.has_magic(item) else [Path(item)]
        if not matches:
            raise BadInput(f"nothing matches {item}")
        for path in matches:
            if path.is_dir():
                for sub in sorted(path.rglob("*")):
                    if sub.is_file() and sub.suffix.lower() in VIDEO_EXTENSIONS:
                        found.setdefault(str(sub.resolve()), sub)
            elif path.exists():
                found.setdefault(str(path.resolve()), path)
            else:
                raise BadInput(f"no such file or folder: {path}")
    return [found[k] for k in sorted(found)]
