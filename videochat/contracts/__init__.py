"""The bottom layer: what perceptors, the pipeline, the chains and front ends agree on.

Nothing here imports anything else from videochat, so every other layer can build on it.
"""

from videochat.contracts.errors import (
           BadInput,
           ConfigError,
           ModelUnavailable,
           VideochatError,
)
from videochat.contracts.events import Event, PerceptorRun, Transcript
from videochat.contracts.media import SAMPLE_RATE, Frame, Inputs, MediaSource, VideoInfo

__all__ = ["SAMPLE_RATE", "BadInput", "ConfigError", "Event", "Frame", "Inputs", "MediaSource", "ModelUnavailable",
           "PerceptorRun", "Transcript", "VideoInfo", "VideochatError"]
