"""Probe a media file with ffprobe: duration, frame rate, size, audio presence."""

from __future__ import annotations

import shutil
from pathlib import Path

from videochat.contracts.errors import BadInput, VideochatError
from videochat.contracts.media import VideoInfo


def require_ffmpeg() -> None:
    for tool in ("ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            raise VideochatError(f"{tool} is not installed (Debian/Ubuntu: apt-get install ffmpeg)")


def _rate(text: str | None) -> float:
    if not text or text in ("0/0", "0"):
        return 0.0
    num, _, den = text.partition("/")
    try:
        return float(num) / float(den or 1)
    except (ValueError, ZeroDivisionError):
        return 0.0


def _rotation(stream: dict) -> int:
    rotate = stream.get("tags", {}).get("rotate")
    if rotate is not None:
        return int(float(rotate)) % 360
    for side in stream.get("side_data_list", []):
        if "rotation" in side:
            return int(float(side["rotation"])) % 360
    return 0


def media_url(path: str | Path) -> str:
    """ffmpeg's name for a local file: the ``file:`` protocol and an absolute path, so that no file
    name is read as another protocol (``concat:``, ``http:``) or as an option (``-i``)."""
    return "file:" + str(Path(path).resolve())


def probe(path: str | Path) -> VideoInfo:
    """Return :class:`VideoInfo`, or raise :class:`BadInput` with one line saying what is wrong."""
    import ffmpeg

    require_ffmpeg()
    p = Path(path)
    if not p.exists():
        raise BadInput(f"no such file: {p}")
    if p.is_dir():
        raise BadInput(f"is a directory, not a video: {p}")
    if not p.is_file():
        raise BadInput(f"not a regular file (a pipe or device?): {p}")
    if p.stat().st_size == 0:
        raise BadInput(f"empty file (0 bytes): {p}")
    p = p.resolve()  # one resolved file for the probe, the decode and the cache key
    try:
        meta = ffmpeg.probe(media_url(p))
    except ffmpeg.Error as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        reason = detail[-1].split(": ", 1)[-1] if detail else "unreadable"
        raise BadInput(f"not a readable video: {p} ({reason})") from None
    streams = meta.get("streams", [])
    video = next(
        (s for s in streams if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")),
        None,
    )
    if video is None:
        kinds = sorted({s.get("codec_type", "?") for s in streams}) or ["no streams"]
        raise BadInput(f"no video stream in {p} (found: {', '.join(kinds)})")
    width, height = int(video.get("width") or 0), int(video.get("height") or 0)
    if width <= 0 or height <= 0:
        raise BadInput(f"video stream has no frame size (corrupt?): {p}")
    if _rotation(video) in (90, 270):
        width, height = height, width
    duration = float(meta.get("format", {}).get("duration") or video.get("duration") or 0.0)
    if duration <= 0:
        raise BadInput(f"video has no duration (corrupt or truncated?): {p}")
    fps = _rate(video.get("avg_frame_rate")) or _rate(video.get("r_frame_rate"))
    frames = video.get("nb_frames")
    return VideoInfo(
        path=str(p),
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        has_audio=any(s.get("codec_type") == "audio" for s in streams),
        video_codec=str(video.get("codec_name", "?")),
        frame_count=int(frames) if frames and str(frames).isdigit() else None,
        subtitles=tuple((int(s.get("index", 0)), str(s.get("codec_name", "?")), (s.get("tags") or {}).get("language"))
                        for s in streams if s.get("codec_type") == "subtitle"),  # fmt: skip
    )
