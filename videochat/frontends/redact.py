"""Messages that name files without the folders they live in.

A server's error details and a batch's records are read by people who should not learn where the
machine keeps its uploads, cache, models or temp files: they get ``x.mp4``, not ``/srv/up/x.mp4``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def folder_scrubber(folders: Iterable[str | os.PathLike | None]) -> Callable[[str], str]:
    """A function that removes each folder (as given, and resolved) from a text, longest first;
    ``/srv/up`` leaves ``/srv/upper`` alone, and the filesystem root is never removed."""
    names: set[str] = set()
    for folder in folders:
        if not folder:
            continue
        given = Path(folder).expanduser()
        for name in (str(given), str(given.resolve())):
            if Path(name).is_absolute() and Path(name) != Path(name).parent:
                names.add(name.rstrip(os.sep))
    if not names:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(n) + rf"(?:{re.escape(os.sep)}|(?![\w.-]))"
                                  for n in sorted(names, key=len, reverse=True)))  # fmt: skip
    return lambda text: pattern.sub("", text)


def without_folders(text: str, folders: Iterable[str | os.PathLike | None]) -> str:
    """``text`` with the given folders removed from every path in it (see :func:`folder_scrubber`)."""
    return folder_scrubber(folders)(text)


def scrub_transcript(data: dict[str, Any], scrub: Callable[[str], str]) -> dict[str, Any]:
    """A transcript's JSON (``Transcript.to_dict()``) with ``scrub`` applied to its perceptor errors
    and warnings, in place; returns it."""
    for run in data.get("perceptors", {}).values():
        if run.get("error"):
            run["error"] = scrub(run["error"])
    data["warnings"] = [scrub(w) for w in data.get("warnings", [])]
    return data
