"""On-screen text with RapidOCR (PP-OCR detection + recognition, ONNX models bundled in the wheel).

OCR costs about a second per frame on a CPU, so it runs only on frames whose content changed;
unchanged frames reuse the last result and identical lines merge into one event with a span.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from pydantic import Field

from videochat.contracts.events import Event
from videochat.perceptors.base import (
    ChangeDetector,
    Inputs,
    ModelOptions,
    Perceptor,
    frame_event,
    missing_module,
    normalise_box,
)


class OCROptions(ModelOptions):
    model: str = Field("pp-ocr", description="'pp-ocr' (bundled with rapidocr) or a folder with *det*.onnx and *rec*.onnx")
    min_score: float = Field(0.6, ge=0, le=1, description="drop lines recognised with lower confidence")
    change_threshold: float = Field(18.0, ge=0, description="thumbnail difference that counts as new content")
    threads: int = Field(2, ge=1, description="onnxruntime threads")
    det_side: int = Field(480, ge=32, description="short side the text detector works at (RapidOCR's 736 "
                          "upscales 480p frames: measured 2x slower and no better)")


@functools.lru_cache(maxsize=4)
def load_engine(model: str, threads: int, use_cuda: bool, det_side: int):
    """A RapidOCR engine, kept loaded for the rest of the process."""
    from rapidocr import RapidOCR

    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    params = {
        "Global.log_level": "error",
        "Global.use_cls": False,
        "Det.limit_side_len": det_side,
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.use_cuda": use_cuda,
    }
    if model != "pp-ocr":
        folder = Path(model).expanduser()
        det, rec = sorted(folder.glob("*det*.onnx")), sorted(folder.glob("*rec*.onnx"))
        if not det or not rec:
            raise FileNotFoundError(f"{folder} has no *det*.onnx and *rec*.onnx models")
        params.update({"Det.model_path": str(det[0]), "Rec.model_path": str(rec[0])})
    engine = RapidOCR(params=params)
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return engine


class OCRPerceptor(Perceptor):
    name = "ocr"
    uses_model = True
    version = "1"
    input = "frames"
    description = "on-screen text (RapidOCR PP-OCR, ONNX), only on frames whose content changed"
    Options = OCROptions

    def check(self, options: OCROptions) -> str | None:
        reason = missing_module("rapidocr", "onnxruntime")
        if reason is None and options.model != "pp-ocr" and not Path(options.model).expanduser().is_dir():
            reason = f"OCR model folder not found: {options.model}"
        return reason

    def read(self, engine, image) -> list[tuple[str, list[float], float]]:
        """(text, normalised box, score) for each line found in an RGB image."""
        result = engine(image[:, :, ::-1])  # RapidOCR expects BGR, like OpenCV
        if result.txts is None:
            return []
        h, w = image.shape[:2]
        return [
            (text.strip(), normalise_box(box, w, h), float(score))
            for text, box, score in zip(result.txts, result.boxes, result.scores)
            if text.strip()
        ]

    def __call__(self, inputs: Inputs, options: OCROptions) -> list[Event]:
        engine = load_engine(options.model, options.threads, options.device.startswith("cuda"), options.det_side)
        # on a live stream the change detector and the last lines read carry over from chunk to chunk, so
        # an unchanged picture at a chunk's start is not read again
        state = inputs.carry.state if inputs.carry is not None else {}
        changed = state.setdefault("changed", ChangeDetector(options.change_threshold))
        lines: list[tuple[str, list[float], float]] = state.get("lines", [])
        events: list[Event] = []
        runs = 0
        for frame in inputs.frames:
            if changed(frame.image):
                lines = [line for line in self.read(engine, frame.image) if line[2] >= options.min_score]
                runs += 1
                state["lines"] = lines
            for text, box, score in lines:
                events.append(frame_event(frame, inputs.frame_interval, "text", self.name, text, score=score, box=box))
        self.stats = {"frames": inputs.frame_count, "frames_read": runs}
        return events
