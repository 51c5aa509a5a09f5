"""Face counts per frame with OpenCV's Haar cascade (ships inside opencv-python)."""

from __future__ import annotations

import functools

from pydantic import Field

from videochat.perceptors.base import Inputs, ModelOptions, Perceptor, count_events, missing_module
from videochat.pipeline.transcript import Event


class FacesOptions(ModelOptions):
    model: str = Field("haarcascade_frontalface_default.xml", description="a cascade in cv2.data or a path")
    min_neighbors: int = Field(5, ge=1, description="higher: fewer, surer detections")
    min_size: float = Field(0.05, gt=0, le=1, description="smallest face, as a fraction of the frame's short side")
    change_threshold: float = 18.0


@functools.lru_cache(maxsize=4)
def load_cascade(model: str):
    import os

    import cv2

    path = model if os.path.exists(model) else os.path.join(cv2.data.haarcascades, model)
    cascade = cv2.CascadeClassifier(path)
    if cascade.empty():
        raise FileNotFoundError(f"cannot load Haar cascade {model!r}")
    return cascade


class FacesPerceptor(Perceptor):
    name = "faces"
    version = "1"
    input = "frames"
    description = "number of (frontal) faces on screen, OpenCV Haar cascade"
    Options = FacesOptions

    def check(self, options: FacesOptions) -> str | None:
        reason = missing_module("cv2")
        if reason is None:
            import cv2

            if not hasattr(cv2, "CascadeClassifier") or not hasattr(cv2, "data"):
                return "this OpenCV build has no Haar cascades (OpenCV 5 dropped them: pip install 'opencv-python-headless<5')"
        return reason

    def __call__(self, inputs: Inputs, options: FacesOptions) -> list[Event]:
        import cv2

        cascade = load_cascade(options.model)

        def detect(image):
            grey = cv2.equalizeHist(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY))
            side = max(16, int(min(grey.shape) * options.min_size))
            rects = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=options.min_neighbors, minSize=(side, side))
            return [([x, y, x + w, y + h], 1.0) for x, y, w, h in (rects if len(rects) else [])]

        return count_events(inputs, detect, "faces", self.name, ("face", "faces"), options.change_threshold)
