"""Videos named by URL: downloaded once into ``CACHE/downloads`` and then treated as local files.

Direct ``http(s)`` media links are fetched here (resumed with a Range request after an
interruption, stopped at a size limit, with progress on stderr); web pages (YouTube and the
other sites yt-dlp knows) go through yt-dlp when it is installed (``pip install 'videochat[url]'``),
which also saves the site's subtitles beside the video, where the ``subtitles`` perceptor reads
them. ffmpeg only ever sees the downloaded file, never the URL.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from videochat.contracts.errors import BadInput, ConfigError

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 2048.0
_CHUNK = 1 << 20
_MEDIA_TYPES = ("video/", "audio/", "application/octet-stream", "application/mp4", "application/x-matroska",
                "application/vnd.apple.mpegurl", "binary/octet-stream")  # fmt: skip
_MEDIA_SUFFIXES = (".mp4", ".mkv", ".mov", ".webm", ".avi", ".m4v", ".mpg", ".mpeg", ".ts", ".flv", ".wmv", ".3gp",
                   ".gif", ".ogv", ".mp3", ".wav", ".m4a", ".ogg")  # fmt: skip


def is_url(text: str | Path) -> bool:
    return isinstance(text, str) and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text) is not None


def public_host(url: str) -> bool:
    """Does every address the URL's host resolves to lie on the public internet?"""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError):
        return False
    return bool(addresses) and all(ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses)


def download(url: str, cache_dir: Path, *, max_mb: float = DEFAULT_MAX_MB, progress: bool = True) -> Path:
    """The local copy of ``url`` (fetched now, or earlier into ``cache_dir/downloads``)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInput(f"unsupported URL {url!r}: only http:// and https:// links are read")
    folder = Path(cache_dir).expanduser() / "downloads" / hashlib.blake2b(url.encode(), digest_size=10).hexdigest()
    meta_path = folder / "source.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        done = folder / meta.get("file", "")
        if meta.get("url") == url and done.is_file() and done.stat().st_size == meta.get("size"):
            return done  # already here: offline and instant
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"cannot create the download folder {folder}: {exc.strerror or exc}") from None
    limit = int(max_mb * 1024 * 1024)
    kind = _peek(url)
    if kind == "page":
        path = _with_yt_dlp(url, folder, limit, progress)
    else:
        path = _direct(url, folder, limit, progress)
    meta = {"url": url, "file": path.name, "size": path.stat().st_size, "sha256": _sha256(path), "fetched": time.time()}
    meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return path


def _request(url: str, **headers: str) -> urllib.request.Request:
    return urllib.request.Request(url, headers={"User-Agent": "videochat", **headers})


def _open(req: urllib.request.Request) -> Any:
    try:
        return urllib.request.urlopen(req, timeout=30)  # noqa: S310 - scheme checked above
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # range not satisfiable: the partial file is already complete
            return exc
        raise BadInput(f"cannot download {req.full_url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BadInput(f"cannot download {req.full_url}: {reason}") from None


def _peek(url: str) -> str:
    """``media`` or ``page``: what the server says the URL is (a HEAD request, else the name)."""
    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    try:
        with urllib.request.urlopen(_request(url, Range="bytes=0-0"), timeout=30) as resp:  # noqa: S310
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    except urllib.error.HTTPError as exc:
        if exc.code in (405, 416, 501):
            return "media" if suffix in _MEDIA_SUFFIXES else "page"
        raise BadInput(f"cannot download {url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise BadInput(f"cannot download {url}: {getattr(exc, 'reason', exc)}") from None
    if ctype.startswith(_MEDIA_TYPES) or (not ctype and suffix in _MEDIA_SUFFIXES):
        return "media"
    return "page"


def _file_name(url: str, fallback: str = "video") -> str:
    name = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path)).name
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:120].lstrip(".")
    return name or fallback


def _direct(url: str, folder: Path, limit: int, progress: bool) -> Path:
    """Stream a media link to ``folder``; a ``.part`` file left by an interrupted run is resumed."""
    target = folder / _file_name(url)
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    resp = _open(_request(url, **({"Range": f"bytes={have}-"} if have else {})))
    status = getattr(resp, "status", None) or getattr(resp, "code", 200)
    if status == 416:
        part.replace(target)
        return target
    if status != 206:  # the server ignored the range: start over
        have = 0
    total = resp.headers.get("Content-Length")
    expected = have + int(total) if total and total.isdigit() else None
    if expected is not None and expected > limit:
        resp.close()
        raise BadInput(f"{url} is {expected / 1e6:.0f} MB, over the {limit / 1e6:.0f} MB download limit "
                       f"(setting max_download_mb)")  # fmt: skip
    reporter = _Progress(url, expected, have, progress)
    try:
        with resp, open(part, "ab" if have else "wb") as out:
            while chunk := resp.read(_CHUNK):
                have += len(chunk)
                if have > limit:
                    raise BadInput(f"{url} is over the {limit / 1e6:.0f} MB download limit (setting max_download_mb)")
                out.write(chunk)
                reporter.update(have)
    except OSError as exc:
        raise BadInput(f"download of {url} was cut off at {have / 1e6:.1f} MB ({exc}); run again to resume") from None
    if expected is not None and have < expected:
        raise BadInput(f"download of {url} was cut off at {have / 1e6:.1f} MB of {expected / 1e6:.1f}; run again to resume")
    part.replace(target)
    return target


def _with_yt_dlp(url: str, folder: Path, limit: int, progress: bool) -> Path:
    """A web page: yt-dlp picks the media (and its subtitles) and downloads them into ``folder``."""
    try:
        import yt_dlp
    except ImportError:
        raise ConfigError(f"{url} is a web page, not a media file: reading it needs yt-dlp "
                          f"(pip install 'videochat[url]')") from None  # fmt: skip
    options = {
        "outtmpl": str(folder / "video.%(ext)s"),
        "format": "best[height<=720]/best",
        "noplaylist": True,
        "max_filesize": limit,
        "quiet": True,
        "no_warnings": True,
        "noprogress": not progress,
        "writesubtitles": True,
        "writeautomaticsub": False,
        "subtitlesformat": "vtt/srt/best",
        "restrictfilenames": True,
        "logger": _YtLogger(),
    }
    try:
        with yt_dlp.YoutubeDL(options) as ydl:
            info = ydl.extract_info(url, download=True)
    except yt_dlp.utils.DownloadError as exc:
        reason = str(exc).removeprefix("ERROR: ").splitlines()[0]
        raise BadInput(f"cannot read {url}: {reason}") from None
    files = sorted(p for p in folder.glob("video.*") if p.suffix not in (".part", ".json", ".vtt", ".srt", ".ytdl"))
    if not files:
        size = (info or {}).get("filesize") or (info or {}).get("filesize_approx")
        why = f" (it is {size / 1e6:.0f} MB, over the limit)" if size and size > limit else ""
        raise BadInput(f"cannot read {url}: no media was downloaded{why}")
    return files[0]


class _YtLogger:
    def debug(self, msg: str) -> None:
        pass

    def warning(self, msg: str) -> None:
        log.warning("yt-dlp: %s", msg)

    def error(self, msg: str) -> None:
        log.debug("yt-dlp: %s", msg)


class _Progress:
    """One stderr line per ~10% (or per 16 MB when the size is unknown)."""

    def __init__(self, url: str, total: int | None, start: int, enabled: bool) -> None:
        self.url, self.total, self.enabled = url, total, enabled
        self.next = start + self._step()
        if enabled and start:
            log.info("resuming %s at %.1f MB", url, start / 1e6)

    def _step(self) -> int:
        return max(self.total // 10, _CHUNK) if self.total else 16 * _CHUNK

    def update(self, have: int) -> None:
        if self.enabled and have >= self.next:
            self.next = have + self._step()
            of = f" of {self.total / 1e6:.1f} MB" if self.total else " MB"
            log.info("downloading %s: %.1f%s", self.url, have / 1e6, of)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()

