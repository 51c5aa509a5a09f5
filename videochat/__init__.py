"""videochat: chat with videos through a timestamped transcript of what is seen, read and heard."""

import os as _os

# Perceptors run side by side, each with its own OpenMP pool (torch, CTranslate2, onnxruntime). Busy-
# waiting OpenMP threads then steal the cores the others need: measured on 2 cores, Whisper beside
# the tagger took 28 s instead of 14 s. Passive waiting must be set before those libraries load, so
# it is set here; a value the user exported wins.
_os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

__version__ = "0.1.0"
