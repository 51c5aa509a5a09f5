"""How the picture looks: dark or bright, and its dominant colours (no model; OpenCV on thumbnails).

Per sampled frame: the mean luma says dark (night, unlit rooms) or bright; a hue histogram of the
coloured pixels (saturated and lit enough for hue to mean anything) names the colour(s) that cover most
of them. Equal descriptions on consecutive frames merge into one span in the transcript, so a shot
usually gives one line: "dark scene, mostly blue". Frames with nothing notable give no event.
"""

from __future__ import annotations

import numpy as np
from pydantic import Field

from videochat.contracts.events import Event
from videochat.perceptors.base import (
    Inputs,
    Perceptor,
    PerceptorOptions,
    frame_event,
    missing_module,
)

# OpenCV hue (0-180) upper bounds of named colours; red wraps around
HUES = ((8, "red"), (20, "orange"), (33, "yellow"), (78, "green"), (95, "cyan"), (130, "blue"), (150, "purple"), (170, "pink"))


class LookOptions(PerceptorOptions):
    dark: float = Field(0.22, ge=0, le=1, description="mean luma (0-1) below which a scene is dark")
    bright: float = Field(0.72, ge=0, le=1, description="mean luma above which a scene is bright")
    colourful: float = Field(0.3, ge=0, le=1, description="share of coloured pixels needed to name colours")
    dominant: float = Field(0.45, gt=0, le=1, description="share of the coloured pixels one colour needs to be named")


def describe(image: np.ndarray, options: LookOptions) -> tuple[str, dict]:
    """('dark scene, mostly blue', measurements) for an RGB frame; '' when nothing stands out."""
    import cv2

    h, w = image.shape[:2]
    small = cv2.resize(image, (max(8, w // 8), max(8, h // 8)), interpolation=cv2.INTER_AREA)
    hsv = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)
    luma = float(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY).mean() / 255)
    coloured = (hsv[..., 1] > 64) & (hsv[..., 2] > 40)
    share = float(coloured.mean())
    parts = []
    if luma < options.dark:
        parts.append("dark scene")
    elif luma > options.bright:
        parts.append("bright scene")
    colours: list[tuple[str, float]] = []
    if share >= options.colourful:
        hue = hsv[..., 0][coloured]
        bounds = [b for b, _ in HUES]
        index = np.searchsorted(bounds, hue, side="right") % len(HUES)  # >= 170 wraps to red
        counts = np.bincount(index, minlength=len(HUES)) / len(hue)
        order = np.argsort(counts)[::-1]
        top, second = order[0], order[1]
        if counts[top] >= options.dominant:
            colours.append((HUES[top][1], float(counts[top])))
            if counts[second] >= 0.25:
                colours.append((HUES[second][1], float(counts[second])))
    elif share < 0.05 and luma >= options.dark:
        parts.append("almost no colour")
    if colours:
        parts.append("mostly " + " and ".join(name for name, _ in colours))
    data = {"luma": round(luma, 3), "coloured": round(share, 3), "colours": {n: round(c, 3) for n, c in colours}}
    return ", ".join(parts), data


class LookPerceptor(Perceptor):
    name = "look"
    version = "1"
    input = "frames"
    description = "dark or bright scenes and dominant colours, per span (no model)"
    Options = LookOptions

    def check(self, options: LookOptions) -> str | None:
        return missing_module("cv2")

    def __call__(self, inputs: Inputs, options: LookOptions) -> list[Event]:
        events = []
        for frame in inputs.frames:
            text, data = describe(frame.image, options)
            if text:
                events.append(frame_event(frame, inputs.frame_interval, "look", self.name, text, **data))
        return events
