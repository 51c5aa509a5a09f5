"""The timeline picture: one lane per perceptor with its events over time, keyframes along the top.

``videochat timeline VIDEO -o timeline.png`` and the web UI draw it from a :class:`Transcript`;
speech and on-screen text are written inside their bars so they read at a glance.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from videochat.contracts.events import Event, Transcript, format_time
from videochat.pipeline.probe import media_url

LANE_COLOURS = {"shot": "#7f7f7f", "text": "#1f77b4", "speech": "#d62728", "caption": "#2ca02c",
                "objects": "#9467bd", "people": "#8c564b", "faces": "#e377c2", "action": "#ff7f0e",
                "tags": "#bcbd22", "motion": "#17becf", "look": "#aec7e8"}  # fmt: skip
LABELLED = {"text", "speech", "caption", "action", "objects", "tags", "motion", "look"}


def keyframe_times(transcript: Transcript, count: int = 8) -> list[float]:
    """Shot starts when there are shots (evenly thinned to ``count``), else evenly spaced times."""
    shots = sorted({ev.start for ev in transcript.events if ev.kind == "shot"})
    if len(shots) >= 2:
        pick = np.linspace(0, len(shots) - 1, min(count, len(shots))).round().astype(int)
        times = [shots[i] + 0.5 for i in dict.fromkeys(pick.tolist())]
    else:
        times = list(np.linspace(0, transcript.duration, count + 2)[1:-1])
    return [min(t, max(0.0, transcript.duration - 0.1)) for t in times]


def grab_frame(video: str | Path, t: float, height: int = 90) -> np.ndarray | None:
    """One RGB frame at ``t`` seconds scaled to ``height`` (None when ffmpeg cannot seek there)."""
    cmd = ["ffmpeg", "-v", "error", "-ss", f"{t:.3f}", "-i", media_url(video), "-frames:v", "1",
           "-vf", f"scale=-2:{height}", "-f", "image2pipe", "-vcodec", "png", "-"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, timeout=60)
    if proc.returncode != 0 or not proc.stdout:
        return None
    import cv2

    image = cv2.imdecode(np.frombuffer(proc.stdout, np.uint8), cv2.IMREAD_COLOR)
    return None if image is None else image[:, :, ::-1]


def nice_ticks(duration: float, most: int = 12) -> list[float]:
    """Tick times at a round step (1 s, 2 s, 5 s, ... 30 min) with at most ``most`` ticks."""
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600):
        if duration / step <= most:
            break
    return [float(t) for t in np.arange(0, duration + 1e-6, step)]


def _lanes(transcript: Transcript) -> list[tuple[str, list[Event]]]:
    lanes: dict[str, list[Event]] = {}
    for ev in transcript.events:
        speaker = ev.data.get("speaker") if ev.kind == "speech" else None  # one lane per voice: turns at a glance
        lanes.setdefault(f"{ev.source} ({ev.kind} {speaker})" if speaker else f"{ev.source} ({ev.kind})", []).append(ev)
    order = ["shot", "tags", "text", "speech", "caption", "action", "objects", "people", "faces", "motion", "look"]
    rank = lambda item: (order.index(item[1][0].kind) if item[1][0].kind in order else len(order), item[0])  # noqa: E731
    return sorted(lanes.items(), key=rank)


#: Where the time axis runs across the picture (fractions of its width): the UI maps a click to a time with these.
AXIS_LEFT, AXIS_RIGHT = 0.14, 0.98


def draw(transcript: Transcript, output: str | Path, *, video: str | Path | None = None, width: float = 14.0,
         thumbnails: int = 8) -> Path:  # fmt: skip
    """Render the timeline to ``output`` (PNG, SVG or PDF by extension) and return its path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lanes = _lanes(transcript)
    duration = max(transcript.duration, 1e-3)
    frames = []
    if video is not None and thumbnails:
        frames = [(t, img) for t in keyframe_times(transcript, thumbnails) if (img := grab_frame(video, t)) is not None]
    strip = 1.3 if frames else 0.0  # inches for the keyframe strip
    lanes_h = 0.55 * max(1, len(lanes)) + 0.9
    fig = plt.figure(figsize=(width, strip + lanes_h))
    grid = fig.add_gridspec(2 if frames else 1, 1, height_ratios=[strip, lanes_h] if frames else [1], hspace=0.05)
    ax = fig.add_subplot(grid[-1])
    for row, (label, events) in enumerate(lanes):
        y = len(lanes) - 1 - row
        kind = events[0].kind
        colour = LANE_COLOURS.get(kind, "#17becf")
        for ev in events:
            span = max(ev.end - ev.start, duration / 400)
            if kind == "shot":
                ax.axvline(ev.start, color=colour, lw=1, alpha=0.5, zorder=0)
                ax.plot([ev.start], [y + 0.4], marker="v", color=colour)
                continue
            ax.barh(y + 0.4, span, left=ev.start, height=0.6, color=colour, alpha=0.75, edgecolor="white", lw=0.5)
            if kind in LABELLED and span / duration > 0.03:
                room = max(4, int(span / duration * width * 9))
                text = ev.text if len(ev.text) <= room else ev.text[: room - 1] + "…"
                ax.text(ev.start + span / 2, y + 0.4, text, ha="center", va="center", fontsize=7, color="white", clip_on=True)
    ax.set_yticks([len(lanes) - 1 - i + 0.4 for i in range(len(lanes))], [label for label, _ in lanes], fontsize=8)
    ax.set_xlim(0, duration)
    ax.set_ylim(-0.2, max(1, len(lanes)))
    ticks = nice_ticks(duration)
    ax.set_xticks(ticks, [format_time(t) for t in ticks], fontsize=8)
    ax.set_xlabel("time")
    title = f"{Path(transcript.video).name} — {format_time(transcript.duration)}, {len(transcript.events)} events"
    if frames:
        top = fig.add_subplot(grid[0], sharex=ax)
        top.set_ylim(0, 1)
        top.axis("off")
        axis_inches = width * 0.8
        for t, img in frames:
            h, w = img.shape[:2]
            half = min(strip * 0.9 * w / h * duration / axis_inches, duration / len(frames) * 0.95) / 2
            c = min(max(t, half), duration - half)  # keep the whole picture inside the axis
            top.imshow(img, extent=(c - half, c + half, 0.05, 0.95), aspect="auto")
            top.text(c, 0.0, format_time(t), ha="center", va="top", fontsize=7)
        top.set_xlim(0, duration)
        top.set_title(title, fontsize=10)
    else:
        ax.set_title(title, fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    fig.subplots_adjust(left=AXIS_LEFT, right=AXIS_RIGHT, top=0.93, bottom=0.6 / (strip + lanes_h))
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
