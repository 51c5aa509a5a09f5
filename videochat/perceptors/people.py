"""People counts and positions per frame: MediaPipe's BlazePose person detector and OpenCV's HOG.

The pose detector finds a person by the face and upper body and predicts the whole body's extent
from it; HOG looks for standing, fully visible pedestrians. Measured (``benchmarks/faces.py``), HOG
alone missed every close-up (a man in a car, a cameraman) and the pose detector alone missed most
small pedestrians, so the default runs both and merges them.
"""

from __future__ import annotations

import functools

import numpy as np
from pydantic import Field

from videochat.contracts.events import Event
from videochat.perceptors.base import (
    Detect,
    Inputs,
    ModelOptions,
    Perceptor,
    count_events,
    missing_module,
)
from videochat.perceptors.blazeface import model_reason

#: Measured: at 0.6 the pose detector made no false positive on benchmarks/faces.py's photos. On the question bank's
#: 90 slideshow photos it made 8 (0.62-0.69: a barn, a lone tree, books ...), but 0.7 also lost the real woman of
#: opencv-doc's mean-shift clip (3 answers), so it stays 0.6.
DEFAULT_SCORE = {"hog-default": 0.9, "blazepose-detector": 0.6}
COMBINED = "blazepose+hog"


class PeopleOptions(ModelOptions):
    model: str = Field(COMBINED, description=(
        "'blazepose+hog' (both, merged: close-ups and pedestrians), 'blazepose-detector' (MediaPipe's person "
        "detector: anyone whose face is visible), 'hog-default' (OpenCV's HOG pedestrian detector: standing "
        "people seen whole), or a pose_detection .tflite path"))
    min_score: float | None = Field(None, description="drop people scored lower (default 0.6 for the pose "
                                    "detector's probability, 0.9 for HOG's SVM margin; with both, the pose detector's)")
    device: str = Field("auto", description="accepted for the contract; these small models run on the CPU")
    threads: int = Field(1, ge=1, description="CPU threads for the detector")
    change_threshold: float = Field(18.0, ge=0, description="thumbnail difference that counts as new content")


@functools.lru_cache(maxsize=1)
def load_hog():
    import cv2

    hog = cv2.HOGDescriptor()
    hog.setSVMDetector(cv2.HOGDescriptor_getDefaultPeopleDetector())
    return hog


def hog_detector(options: PeopleOptions) -> Detect:
    import cv2

    hog = load_hog()
    min_score = DEFAULT_SCORE["hog-default"] if options.min_score is None else options.min_score

    def detect(image: np.ndarray) -> list[tuple[list[float], float]]:
        rects, weights = hog.detectMultiScale(image, winStride=(8, 8), padding=(8, 8), scale=1.05)
        if len(rects) == 0:
            return []
        scores = np.asarray(weights, dtype=float).reshape(-1)
        keep = cv2.dnn.NMSBoxes([list(map(int, r)) for r in rects], scores.tolist(), min_score, 0.4)
        out = []
        for i in np.asarray(keep).reshape(-1):
            x, y, w, h = rects[i]
            out.append(([x, y, x + w, y + h], round(float(scores[i]), 3)))
        return out

    return detect


def person_box(face: list[float], keypoints: list[list[float]], width: int, height: int) -> list[float]:
    """The body's box from the pose detector's keypoints: the mid-hip point and a point on the circle
    that encloses the whole body give its centre and radius; a body is about 0.4 radius wide each side."""
    (hx, hy), (ex, ey) = keypoints[0], keypoints[1]
    r = float(np.hypot(ex - hx, ey - hy))
    x0, y0 = min(face[0], hx - 0.4 * r), min(face[1], hy - r)
    x1, y1 = max(face[2], hx + 0.4 * r), max(face[3], hy + r)
    return [max(0.0, x0), max(0.0, y0), min(float(width), x1), min(float(height), y1)]


def pose_detector(options: PeopleOptions) -> Detect:
    from videochat.models import store
    from videochat.perceptors.blazeface import load_detector

    detector = load_detector(str(store().resolve(options.model)), "pose", options.threads)
    min_score = DEFAULT_SCORE["blazepose-detector"] if options.min_score is None else options.min_score

    def detect(image: np.ndarray) -> list[tuple[list[float], float]]:
        h, w = image.shape[:2]
        return [(person_box(d.box, d.keypoints, w, h), d.score) for d in detector(image, min_score)]

    return detect


def combined_detector(options: PeopleOptions) -> Detect:
    """The pose detector finds people facing the camera at any size above ~5% of the frame but misses
    small pedestrians seen from afar; HOG is the reverse. Pose boxes win; a HOG box is added unless it
    overlaps one (HOG scores are SVM margins: reported as 0.5, "a person, unscored")."""
    pose = pose_detector(options.model_copy(update={"model": "blazepose-detector"}))
    hog = hog_detector(options.model_copy(update={"model": "hog-default", "min_score": None}))

    def detect(image: np.ndarray) -> list[tuple[list[float], float]]:
        found = pose(image)
        for box, _ in hog(image):
            if not any(overlap(box, other) > 0.3 for other, _ in found):
                found.append((box, 0.5))
        return found

    return detect


def overlap(a: list[float], b: list[float]) -> float:
    """Intersection over the smaller box: a HOG body box inside a pose box is the same person."""
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / max(smaller, 1e-9)


def people_detector(options: PeopleOptions) -> Detect:
    """A per-frame detector (RGB image -> [(pixel box, score)]) for these options."""
    if options.model == "hog-default":
        return hog_detector(options)
    return combined_detector(options) if options.model == COMBINED else pose_detector(options)


class PeoplePerceptor(Perceptor):
    name = "people"
    version = "2"
    input = "frames"
    description = "how many people are on screen and where (BlazePose person detector; OpenCV HOG selectable)"
    Options = PeopleOptions

    def check(self, options: PeopleOptions) -> str | None:
        reason = missing_module("cv2")
        if reason:
            return reason
        import cv2

        if options.model in ("hog-default", COMBINED) and not hasattr(cv2, "HOGDescriptor_getDefaultPeopleDetector"):
            return "this OpenCV build has no HOG people detector (pip install 'opencv-python-headless<5')"
        if options.model == "hog-default":
            return None
        if not hasattr(cv2.dnn, "readNetFromTFLite"):
            return f"OpenCV {cv2.__version__} cannot read TFLite models (pip install 'opencv-python-headless>=4.8')"
        return model_reason("blazepose-detector" if options.model == COMBINED else options.model)

    def models(self, options: PeopleOptions) -> list[str]:
        from videochat.models import KNOWN

        model = "blazepose-detector" if options.model == COMBINED else options.model
        return [model] if model in KNOWN else []

    def __call__(self, inputs: Inputs, options: PeopleOptions) -> list[Event]:
        detect = people_detector(options)
        return count_events(inputs, detect, "people", self.name, ("person", "people"), options.change_threshold)
