"""Face counts and positions per frame with BlazeFace (MediaPipe's face detector, run by OpenCV).

Measured on real photos and clips (``benchmarks/faces.py``): OpenCV's Haar cascade, the previous
default, reported faces on the moon, coins, a dog, an aerial view and Van Gogh's sky; BlazeFace
(full range) reported none and found more of the real faces. Haar stays selectable by file name.
"""

from __future__ import annotations

import functools
from pathlib import Path

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


class FacesOptions(ModelOptions):
    model: str = Field("blazeface-full", description=(
        "'blazeface-full' (MediaPipe's full-range BlazeFace: near and far faces), 'blazeface-short' (faster, "
        "faces within ~2 m of the camera), a .tflite path, or a Haar cascade: a file in cv2.data "
        "('haarcascade_frontalface_default.xml') or an .xml path"))
    min_score: float = Field(0.7, ge=0, le=1, description="BlazeFace: drop faces scored lower (0.7: no false "
                             "positive on benchmarks/faces.py's photos; MediaPipe's own default 0.5 had some)")
    min_neighbors: int = Field(5, ge=1, description="Haar: higher gives fewer, surer detections")
    min_size: float = Field(0.05, gt=0, le=1, description="Haar: smallest face, as a fraction of the frame's short side")
    device: str = Field("auto", description="accepted for the contract; these small models run on the CPU (OpenCV DNN)")
    threads: int = Field(1, ge=1, description="CPU threads for the detector")
    change_threshold: float = Field(18.0, ge=0, description="thumbnail difference that counts as new content")


def is_haar(model: str) -> bool:
    return model.endswith(".xml")


def blaze_kind(model: str) -> str:
    return "face-full" if "full" in Path(model).name else "face-short"


@functools.lru_cache(maxsize=4)
def load_cascade(model: str):
    import os

    import cv2

    path = model if os.path.exists(model) else os.path.join(cv2.data.haarcascades, model)
    cascade = cv2.CascadeClassifier(path)
    if cascade.empty():
        raise FileNotFoundError(f"cannot load Haar cascade {model!r}")
    return cascade


def haar_detector(options: FacesOptions) -> Detect:
    import cv2

    cascade = load_cascade(options.model)

    def detect(image: np.ndarray) -> list[tuple[list[float], float]]:
        grey = cv2.equalizeHist(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY))
        side = max(16, int(min(grey.shape) * options.min_size))
        rects = cascade.detectMultiScale(grey, scaleFactor=1.1, minNeighbors=options.min_neighbors, minSize=(side, side))
        return [([x, y, x + w, y + h], 1.0) for x, y, w, h in (rects if len(rects) else [])]

    return detect


def blaze_detector(options: FacesOptions) -> Detect:
    from videochat.models import store
    from videochat.perceptors.blazeface import load_detector

    path = store().resolve(options.model)
    detector = load_detector(str(path), blaze_kind(options.model), options.threads)

    def detect(image: np.ndarray) -> list[tuple[list[float], float]]:
        return [(d.box, d.score) for d in detector(image, options.min_score)]

    return detect


def face_detector(options: FacesOptions) -> Detect:
    """A per-frame detector (RGB image -> [(pixel box, score)]) for these options."""
    return haar_detector(options) if is_haar(options.model) else blaze_detector(options)


class FacesPerceptor(Perceptor):
    name = "faces"
    version = "2"
    input = "frames"
    description = "how many faces are on screen and where (BlazeFace via OpenCV; Haar cascade selectable)"
    Options = FacesOptions

    def check(self, options: FacesOptions) -> str | None:
        reason = missing_module("cv2")
        if reason:
            return reason
        import cv2

        if is_haar(options.model):
            if not hasattr(cv2, "CascadeClassifier") or not hasattr(cv2, "data"):
                return "this OpenCV build has no Haar cascades (OpenCV 5 dropped them: pip install 'opencv-python-headless<5')"
            return None
        if not hasattr(cv2.dnn, "readNetFromTFLite"):
            return f"OpenCV {cv2.__version__} cannot read TFLite models (pip install 'opencv-python-headless>=4.8')"
        return model_reason(options.model)

    def models(self, options: FacesOptions) -> list[str]:
        from videochat.models import KNOWN

        return [options.model] if options.model in KNOWN else []

    def __call__(self, inputs: Inputs, options: FacesOptions) -> list[Event]:
        return count_events(inputs, face_detector(options), "faces", self.name, ("face", "faces"), options.change_threshold)

