"""Shot boundaries from the full-frame-rate scene scores of the decode pass (no model, no extra decode)."""

from __future__ import annotations

from pydantic import Field

from videochat.contracts.events import Event
from videochat.perceptors.base import Inputs, Perceptor, PerceptorOptions


class ShotsOptions(PerceptorOptions):
    threshold: float = Field(0.3, gt=0, le=1, description="scene score above which a frame starts a new shot")
    min_shot: float = Field(0.5, ge=0, description="shots shorter than this (seconds) are not split off")
    still_threshold: float = Field(0.12, ge=0, le=1, description="a lower score that is still a cut between two still "
                                   "shots (nothing moves for half a second on either side): a cut between colours of "
                                   "similar brightness scores 0.18-0.26; 0 turns it off")


QUIET = 0.02  # scene scores below this are a still picture (a word appearing on one scores under 0.06)
AROUND = 0.5  # seconds on each side that must be still


def find_cuts(times, scores, threshold: float, min_shot: float, duration: float,
              still_threshold: float = 0.0) -> list[tuple[float, float]]:
    """(time, score) of each cut: a frame whose scene score passes ``threshold``, or ``still_threshold``
    when the picture is still on both sides of it; no shot (first, last or between cuts) is shorter
    than ``min_shot``."""
    cuts: list[tuple[float, float]] = []
    last = 0.0
    for i, (t, s) in enumerate(zip(times, scores)):
        cut = s >= threshold or 0 < still_threshold <= s and _still_around(times, scores, i)
        if cut and t - last >= min_shot and duration - t >= min_shot:
            cuts.append((float(t), float(s)))
            last = float(t)
    return cuts


def _still_around(times, scores, i: int) -> bool:
    """Whether nothing changes within ``AROUND`` seconds of frame ``i`` (besides frame ``i`` itself)."""
    t, seen = times[i], 0
    for step in (-1, 1):  # times are in order: walk out from frame i on each side
        j = i + step
        while 0 <= j < len(times) and abs(times[j] - t) <= AROUND:
            if scores[j] >= QUIET:
                return False
            seen, j = seen + 1, j + step
    return seen > 0


class ShotsPerceptor(Perceptor):
    name = "shots"
    version = "2"
    input = "frames"
    description = "shot boundaries (hard cuts) from scene-change scores of the decode pass"
    Options = ShotsOptions

    def __call__(self, inputs: Inputs, options: ShotsOptions) -> list[Event]:
        times, scores = inputs.scene
        inputs.progress(1.0)
        if inputs.carry is not None:
            return self._live(inputs, options, times, scores)
        duration = inputs.info.duration
        cuts = find_cuts(times, scores, options.threshold, options.min_shot, duration, options.still_threshold)
        bounds = [(0.0, None)] + cuts
        events = []
        for i, (start, score) in enumerate(bounds):
            end = bounds[i + 1][0] if i + 1 < len(bounds) else duration
            text = f"shot {i + 1} of {len(bounds)}" + (" (hard cut)" if score is not None else "")
            events.append(Event(start, end, "shot", self.name, text, score, {"index": i + 1}))
        return events

    def _live(self, inputs: Inputs, options: ShotsOptions, times, scores) -> list[Event]:
        """One chunk of a live stream: the shot count and the last cut carry over, so a shot that runs
        across the chunk edge keeps its text ("shot 3 (hard cut)") and merges into one span; the total
        is unknown while the stream runs, so the text has no "of N"."""
        carry = inputs.carry
        state = carry.state
        index, last_cut = state.get("index", 1), state.get("last_cut", 0.0) - carry.start  # chunk times
        cut_score = state.get("score")
        duration = inputs.info.duration
        bounds: list[tuple[float, float | None, int]] = [(0.0, cut_score, index)]
        for t, s in zip(times, scores):
            if s >= options.threshold and t - last_cut >= options.min_shot:  # a cut on the chunk edge counts too
                index += 1
                bounds.append((float(t), float(s), index))
                last_cut = float(t)
        state.update(index=index, last_cut=carry.start + last_cut, score=bounds[-1][1])
        events = []
        for i, (start, score, n) in enumerate(bounds):
            end = bounds[i + 1][0] if i + 1 < len(bounds) else duration
            if end > start:
                text = f"shot {n}" + (" (hard cut)" if score is not None else "")
                events.append(Event(start, end, "shot", self.name, text, score, {"index": n}))
        return events
