"""Speaker turns onto Whisper's output: every word and segment gets a ``speaker``, and a segment in
which the turn changes is split at the word where it does."""

from __future__ import annotations

from typing import Any

from videochat.perceptors.speakers import Turn


def speaker_at(start: float, end: float, turns: list[Turn]) -> str | None:
    """The speaker whose turns overlap ``[start, end]`` most; the nearest turn's when none overlaps."""
    if not turns:
        return None
    overlap: dict[str, float] = {}
    for turn in turns:
        o = min(end, turn.end) - max(start, turn.start)
        if o > 0:
            overlap[turn.speaker] = overlap.get(turn.speaker, 0.0) + o
    if overlap:
        return max(overlap, key=overlap.__getitem__)
    mid = (start + end) / 2
    return min(turns, key=lambda t: max(t.start - mid, mid - t.end, 0.0)).speaker


def _piece(seg: dict[str, Any], words: list[dict[str, Any]], first: bool, last: bool) -> dict[str, Any]:
    return {**seg, "start": seg["start"] if first else words[0]["start"], "end": seg["end"] if last else words[-1]["end"],
            "text": " ".join(w["word"] for w in words), "words": words, "speaker": words[0]["speaker"]}  # fmt: skip


def label_segments(segments: list[dict[str, Any]], turns: list[Turn]) -> list[dict[str, Any]]:
    """Segments (``start``, ``end``, ``text``, ``words``) with ``speaker`` on each and on every word;
    a segment whose words change speaker becomes one segment per run of words."""
    out: list[dict[str, Any]] = []
    for seg in segments:
        words = [{**w, "speaker": speaker_at(w["start"], w["end"], turns)} for w in seg.get("words") or []]
        if not words:
            out.append({**seg, "speaker": speaker_at(seg["start"], seg["end"], turns)})
            continue
        runs: list[list[dict[str, Any]]] = []
        for w in words:
            if runs and runs[-1][-1]["speaker"] == w["speaker"]:
                runs[-1].append(w)
            else:
                runs.append([w])
        if len(runs) == 1:
            out.append({**seg, "words": words, "speaker": words[0]["speaker"]})
            continue
        out.extend(_piece(seg, run, i == 0, i == len(runs) - 1) for i, run in enumerate(runs))
    return _renamed(out)


def _renamed(segments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Speakers renumbered S1, S2, ... by first appearance in the labelled speech (a voice found only
    where Whisper heard nothing leaves no gap in the numbers)."""
    names: dict[str, str] = {}
    for seg in segments:
        for item in [seg, *(seg.get("words") or [])]:
            if item.get("speaker") is not None:
                item["speaker"] = names.setdefault(item["speaker"], f"S{len(names) + 1}")
    return segments
