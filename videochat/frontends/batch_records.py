"""What one video of a batch leaves behind: its ``<id>.json`` file and its ``results.jsonl`` record.

Shared by the local pool (:mod:`videochat.frontends.batch`) and Ray (:mod:`videochat.frontends.batch_ray`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.contracts.errors import VideochatError
from videochat.frontends.redact import folder_scrubber, scrub_transcript
from videochat.pipeline.fetch import is_url
from videochat.session import chat_for


@dataclass
class BatchSpec:
    """What to do with each video (picklable: it travels to worker processes and Ray tasks)."""

    outdir: Path
    settings: dict[str, Any]  # Settings.model_dump(mode="json")
    describe: bool = False
    questions: list[str] = field(default_factory=list)
    model: str | None = None


def video_id(path: Path | str) -> str:
    """A stable output name: the file stem plus a short hash of its absolute path (or of its URL)."""
    if is_url(path):
        key, stem = str(path), Path(urllib.parse.urlsplit(str(path)).path).stem or "video"
    else:
        key, stem = str(Path(path).resolve()), Path(path).stem
    digest = hashlib.blake2b(key.encode(), digest_size=4).hexdigest()
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem)[:80]
    return f"{stem}-{digest}"


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def private_folders(settings: dict[str, Any]) -> list[Path]:
    """Folders that records and outputs never name: the cache, the model store, the temp dir."""
    parsed = Settings(**settings)
    return [parsed.cache_dir, parsed.model_store, Path(tempfile.gettempdir())]


def scrubber(private: list[Path], video: Path | str) -> Callable[[str], str]:
    """Error text naming files without those folders, nor a local video's own (its record says where it is)."""
    return folder_scrubber([*private, *([] if is_url(video) else [Path(video).absolute().parent])])


def finish(spec: BatchSpec, path: Path | str, transcript: Any, t0: float, write: bool = True) -> dict[str, Any]:
    """Optional LLM work on a finished transcript, then the per-video file; returns the record
    (with the file's text under ``"output"`` instead when ``write`` is false: Ray actors on other
    nodes hand it to the driver, which owns OUTDIR)."""
    out: dict[str, Any] = {"transcript": transcript.to_dict()}
    scrub_transcript(out["transcript"], scrubber(private_folders(spec.settings), path))
    if spec.describe or spec.questions:
        chat = chat_for(transcript, Settings(**spec.settings), model=spec.model)
        if spec.describe:
            out["description"] = chat.describe().to_dict()
        out["answers"] = [chat.ask(q, remember=False).to_dict() for q in spec.questions]
    vid = video_id(path)
    text = json.dumps(out, ensure_ascii=False, indent=1)
    if write:
        write_atomic(spec.outdir / f"{vid}.json", text)
    failed = [n for n, r in transcript.perceptors.items() if r.status == "failed"]
    record = {"id": vid, "video": str(path), "status": "ok", "error": None, "seconds": round(time.time() - t0, 3),
              "duration": transcript.duration, "events": len(transcript.events), "failed_perceptors": failed}  # fmt: skip
    return record if write else {**record, "output": text}


def save_output(outdir: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Write a record's ``output`` (from a remote worker) to its file; return the record without it."""
    text = record.pop("output", None)
    if text is not None:
        write_atomic(outdir / f"{record['id']}.json", text)
    return record


def failure(path: Path | str, exc: BaseException, t0: float) -> dict[str, Any]:
    """The record of a video that could not be done (user errors say their one line, others their type)."""
    error = str(exc) if isinstance(exc, VideochatError) else f"{type(exc).__name__}: {exc}"
    return {"id": video_id(path), "video": str(path), "status": "failed", "error": error,
            "seconds": round(time.time() - t0, 3)}  # fmt: skip
