"""People counts per frame with OpenCV's HOG + linear SVM pedestrian detector (ships inside OpenCV)."""

from __future__ import annotations

import functools

from pydantic import Field

from videochat.perceptors.base import Inputs, ModelOptions, Perceptor, count_events, missing_module
from videochat.pipeline.transcript import Event


class PeopleOptions(ModelOptions):
    model: str = Field("hog-default", description="'hog-default' (OpenCV's built-in people detector)")
    min_score: float = Field(0.6, description="SVM margin below which a window is not a person")
    change_threshold: float = 18.0


@functools.lru_cache(maxsize=1)
def load_hog():
    import cv2

    hog = cv2.HOGDescriptor()
    hog.setSVMDetector(cv2.HOGDescriptor_getDefaultPeopleDetector())
    return hog


class PeoplePerceptor(Perceptor):
    name = "people"
    version = "1"
    input = "frames"
    description = "number of people (standing pedestrians) on screen, OpenCV HOG detector"
    Options = PeopleOptions

    def check(self, options: PeopleOptions) -> str | None:
        if options.model != "hog-default":
            return f"unknown people model {options.model!r} (only 'hog-default')"
        reason = missing_module("cv2")
        if reason is None:
            import cv2

            if not hasattr(cv2, "HOGDescriptor_getDefaultPeopleDetector"):
                return "this OpenCV build has no HOG people detector (pip install 'opencv-python-headless<5')"
        return reason

    def __call__(self, inputs: Inputs, options: PeopleOptions) -> list[Event]:
        import cv2
        import numpy as np

        hog = load_hog()

        def detect(image):
            rects, weights = hog.detectMultiScale(image, winStride=(8, 8), padding=(8, 8), scale=1.05)
            if len(rects) == 0:
                return []
            scores = np.asarray(weights, dtype=float).reshape(-1)
            keep = cv2.dnn.NMSBoxes([list(map(int, r)) for r in rects], scores.tolist(), options.min_score, 0.4)
            out = []
            for i in np.asarray(keep).reshape(-1):
                x, y, w, h = rects[i]
                out.append(([x, y, x + w, y + h], round(float(scores[i]), 3)))
            return out

        return count_events(inputs, detect, "people", self.name, ("person", "people"), options.change_threshold)
