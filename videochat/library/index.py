"""``videochat index DIR...``: put every video's transcript into the library, new or changed files only.

A file is re-read only when its size or modification time changed, and re-perceived only when its
content hash changed (perception itself is cached per content hash, so a moved file costs nothing).
Files that disappeared are dropped. ``watch`` polls the folders and indexes what appears.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from videochat.config import Settings
from videochat.contracts.errors import VideochatError
from videochat.contracts.events import Transcript
from videochat.library.store import SEARCHABLE, LibraryStore
from videochat.llm.context import minilm_embedder
from videochat.pipeline.cache import content_hash
from videochat.pipeline.collect import VIDEO_EXTENSIONS
from videochat.session import perceive

log = logging.getLogger(__name__)


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} updated, {self.unchanged} unchanged, "
                f"{len(self.removed)} removed, {len(self.failed)} failed")  # fmt: skip


def library_path(settings: Settings) -> Path:
    return settings.cache_dir.expanduser() / "library.sqlite"


def videos_in(folders: list[str]) -> list[Path]:
    found: dict[str, Path] = {}
    for folder in folders:
        root = Path(folder).expanduser()
        if not root.exists():
            raise VideochatError(f"no such folder: {root}")
        candidates = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in candidates:
            if path.is_file() and path.suffix.lower() in VIDEO_EXTENSIONS and not path.name.startswith("."):
                found.setdefault(str(path.resolve()), path.resolve())
    return [found[k] for k in sorted(found)]


def index_folders(folders: list[str], settings: Settings, store: LibraryStore | None = None, *,
                  progress: bool = True, on_video: Callable[[str, str], None] | None = None) -> IndexReport:  # fmt: skip
    """Bring the library up to date with ``folders``; one failing video never stops the others."""
    store = store or LibraryStore(library_path(settings))
    report = IndexReport()
    embedders: list = []  # MiniLM, loaded only when some video needs indexing (not for an up-to-date library)
    seen = set()
    for path in videos_in(folders):
        key = str(path)
        seen.add(key)
        stat = path.stat()
        known = store.known(key)
        if known and known[1] == stat.st_size and known[2] == stat.st_mtime:
            report.unchanged += 1
            continue
        try:
            digest = content_hash(path)
            if known and known[0] == digest:
                store.touch(key, stat.st_size, stat.st_mtime)
                report.unchanged += 1
                continue
            transcript = perceive(path, settings, progress=progress)
            texts = [ev.text for ev in transcript.events if ev.kind in SEARCHABLE and ev.text.strip()]  # meaning, not kind
            if texts and not embedders:
                embedders.append(minilm_embedder())
            vectors = embedders[0](texts) if texts and embedders[0] is not None else None
            lines = store.put(key, digest, stat.st_size, stat.st_mtime, transcript, vectors)
        except (VideochatError, OSError) as exc:
            report.failed[key] = str(exc)
            log.warning("%s: %s", path, exc)
            continue
        (report.updated if known else report.added).append(key)
        if on_video is not None:
            on_video(key, f"{lines} lines")
    roots = [str(Path(f).expanduser().resolve()) for f in folders]
    for key in store.videos():
        if Path(key).suffix.lower() not in VIDEO_EXTENSIONS:
            continue  # a saved live-stream transcript (add_transcript), not a file these folders hold
        if key not in seen and any(key.startswith(r.rstrip("/") + "/") for r in roots if Path(r).is_dir()):
            store.remove(key)
            report.removed.append(key)
    return report


def add_transcript(path: Path, transcript: Transcript, settings: Settings, store: LibraryStore | None = None) -> int:
    """Put a transcript saved elsewhere (a live stream's ``transcript.json``) into the library under its
    file's path, searchable like a video's; returns its searchable lines."""
    store = store or LibraryStore(library_path(settings))
    texts = [ev.text for ev in transcript.events if ev.kind in SEARCHABLE and ev.text.strip()]
    embed = minilm_embedder() if texts else None
    vectors = embed(texts) if embed is not None else None
    stat = path.stat()
    return store.put(str(path.resolve()), content_hash(path), stat.st_size, stat.st_mtime, transcript, vectors)


def watch(folders: list[str], settings: Settings, *, interval: float = 5.0, progress: bool = True,
          rounds: int | None = None, on_report: Callable[[IndexReport], None] | None = None) -> None:  # fmt: skip
    """Index, then poll every ``interval`` seconds until interrupted (or ``rounds`` polls)."""
    store = LibraryStore(library_path(settings))
    done = 0
    while rounds is None or done < rounds:
        report = index_folders(folders, settings, store, progress=progress)
        if on_report is not None and (report.added or report.updated or report.removed or report.failed or done == 0):
            on_report(report)
        done += 1
        if rounds is None or done < rounds:
            time.sleep(interval)
