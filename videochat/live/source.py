"""What `videochat watch` reads: a stream URL, a capture device, stdin, a growing file or a replayed file.

Parsing a SOURCE into a :class:`LiveSource` checks it before anything starts (one clear line for a bad
one); :func:`probe_live` asks ffprobe for the frame size and whether there is sound; :func:`stream_ended`
tells a finished stream (an HLS playlist's end tag, a static DASH manifest) from a dropped one.
"""

from __future__ import annotations

import json
import re
import subprocess
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from videochat.contracts.errors import BadInput
from videochat.pipeline.probe import media_url, require_ffmpeg

#: URL schemes ffmpeg reads as live streams (HLS and DASH come over http(s)).
STREAM_SCHEMES = ("http", "https", "rtsp", "rtsps", "rtmp", "rtmps", "srt", "udp", "rtp", "tcp")

Kind = Literal["url", "device", "stdin", "follow", "replay"]


@dataclass(frozen=True)
class LiveSource:
    """A checked SOURCE: ``kind`` says how ffmpeg reads it; ``speed`` is the replay rate (``replay``)."""

    source: str
    kind: Kind
    speed: float = 1.0

    @property
    def label(self) -> str:
        """The name shown in transcripts: a URL without credentials or query, or the file name."""
        if self.kind == "url":
            parts = urllib.parse.urlsplit(self.source)
            host = parts.hostname or ""
            port = f":{parts.port}" if parts.port else ""
            return f"{parts.scheme}://{host}{port}{parts.path}"
        return "stdin" if self.kind == "stdin" else Path(self.source).name

    @property
    def fed(self) -> bool:
        """Bytes are fed to ffmpeg's stdin by us (stdin, a growing file) rather than opened by ffmpeg."""
        return self.kind in ("stdin", "follow")

    def input_args(self) -> list[str]:
        """ffmpeg's input options and ``-i`` for this source."""
        if self.kind == "url":
            extra = ["-rtsp_transport", "tcp"] if self.source.startswith(("rtsp:", "rtsps:")) else []
            return [*extra, "-rw_timeout", "15000000", "-i", self.source]
        if self.kind == "device":
            return ["-f", "v4l2", "-i", self.source]
        if self.kind == "replay":
            return ["-readrate", f"{self.speed:g}", "-i", media_url(self.source)]
        return ["-i", "pipe:0"]


def parse_source(source: str, *, realtime: bool = False, speed: float = 1.0) -> LiveSource:
    """Check ``source`` and say how to read it; :class:`BadInput` with one line when it cannot be read."""
    if not source:
        raise BadInput("no source given")
    if speed <= 0 or speed > 1000:
        raise BadInput(f"--speed must be in (0, 1000], got {speed:g}")
    if source == "-":
        return LiveSource("-", "stdin")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source):
        parts = urllib.parse.urlsplit(source)
        if parts.scheme.lower() not in STREAM_SCHEMES or not parts.netloc:
            raise BadInput(f"unsupported stream URL {LiveSource(source, 'url').label!r}: "
                           f"use one of {', '.join(s + '://' for s in STREAM_SCHEMES)}")  # fmt: skip
        return LiveSource(source, "url")
    path = Path(source)
    if str(path).startswith("/dev/video"):
        if not path.exists():
            raise BadInput(f"no such capture device: {path}")
        return LiveSource(str(path), "device")
    if not path.exists():
        raise BadInput(f"no such file: {path}")
    if path.is_dir():
        raise BadInput(f"is a directory, not a video: {path}")
    if not path.is_file():
        raise BadInput(f"not a regular file (a pipe or device?): {path}")
    resolved = str(path.resolve())
    return LiveSource(resolved, "replay", speed) if realtime else LiveSource(resolved, "follow")


@dataclass(frozen=True)
class StreamInfo:
    """What the decoder needs before starting: the picture size, its frame rate and whether there is sound."""

    width: int
    height: int
    fps: float
    has_audio: bool
    codec: str = "?"


def probe_live(src: LiveSource, head: bytes | None = None, timeout: float = 30.0) -> StreamInfo:
    """ffprobe ``src`` (or, for a fed source, the first bytes ``head``)."""
    require_ffmpeg()
    args = ["ffprobe", "-v", "error", "-of", "json", "-show_streams"]
    if src.fed:
        args += ["-i", "pipe:0"]
    else:
        args += [a for a in src.input_args() if a not in ("-readrate", f"{src.speed:g}")]
    try:
        done = subprocess.run(args, input=head if src.fed else None, capture_output=True, timeout=timeout,
                              stdin=None if src.fed else subprocess.DEVNULL)  # fmt: skip
    except subprocess.TimeoutExpired:
        raise BadInput(f"no answer from {src.label} within {timeout:g} s") from None
    lines = done.stderr.decode(errors="replace").strip().splitlines()
    try:
        streams = json.loads(done.stdout or b"{}").get("streams", [])
    except json.JSONDecodeError:
        streams = []
    video = next((s for s in streams if s.get("codec_type") == "video"), None)
    if video is None or not video.get("width"):
        why = lines[-1].split(": ", 1)[-1] if lines else "no video stream"
        raise BadInput(f"cannot read a video stream from {src.label}: {why}")
    num, _, den = str(video.get("avg_frame_rate") or video.get("r_frame_rate") or "0/1").partition("/")
    try:
        fps = float(num) / float(den or 1)
    except (ValueError, ZeroDivisionError):
        fps = 0.0
    return StreamInfo(int(video["width"]), int(video["height"]), fps if 0 < fps < 1000 else 25.0,
                      any(s.get("codec_type") == "audio" for s in streams), str(video.get("codec_name", "?")))  # fmt: skip


def stream_ended(src: LiveSource, exit_code: int) -> bool:
    """Did the stream finish (rather than drop)? Files and stdin end at their end; an HLS stream when
    its playlist carries ``#EXT-X-ENDLIST``; a DASH one when its manifest is static; other URLs when
    ffmpeg stopped without an error."""
    if src.kind != "url":
        return exit_code == 0
    path = urllib.parse.urlsplit(src.source).path.lower()
    if path.endswith(".m3u8"):
        return _hls_finished(src.source)
    if path.endswith(".mpd"):
        text = _get(src.source)
        return text is not None and re.search(r'type\s*=\s*"static"', text) is not None
    return exit_code == 0


def _hls_finished(url: str, depth: int = 0) -> bool:
    text = _get(url)
    if text is None:
        return False
    if "#EXT-X-ENDLIST" in text:
        return True
    if "#EXT-X-STREAM-INF" in text and depth == 0:  # a master playlist: ask its first variant
        variant = next((line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")), None)
        return variant is not None and _hls_finished(urllib.parse.urljoin(url, variant), 1)
    return False


def _get(url: str, limit: int = 1 << 20) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the user's own stream URL
            return response.read(limit).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None
