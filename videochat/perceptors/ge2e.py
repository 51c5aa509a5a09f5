"""A GE2E speaker encoder (Wan et al. 2018) as a compact torch module, and its mel front end.

The network is three stacked LSTMs of 256 units over 40-channel mel frames, whose last hidden state
goes through a 256-unit linear projection and a ReLU and is L2-normalised: one voice vector per
window, similar (cosine) for the same speaker. Parameter names match the ``model_state`` of
``resemblyzer/pretrained.pt`` (shipped in the ``resemblyzer`` wheel, read from the model store, the
package never installed), so :func:`load` accepts those weights only with every key matched.

The front end is what that encoder was trained on: 16 kHz audio, a 25 ms Hann window every 10 ms,
the power spectrum through 40 Slaney-normalised mel filters (linear power, not log), loudness
brought up to -30 dBFS.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch import nn

from videochat.contracts.errors import ModelUnavailable
from videochat.perceptors.weights import mismatch

RATE = 16000
N_FFT = 400  # 25 ms
HOP = 160  # 10 ms: one mel frame per 10 ms
N_MELS = 40
HIDDEN = 256
LAYERS = 3
TARGET_DBFS = -30.0
# Training-only parameters of the GE2E loss (the similarity scale and offset): present in the
# checkpoint, unused when embedding, accepted and ignored.
TRAINING_ONLY = frozenset({"similarity_weight", "similarity_bias"})


def _hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above."""
    hz = np.asarray(hz, dtype=np.float64)
    f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, np.log(6.4) / 27.0
    linear = hz / f_sp
    return np.where(hz >= min_log_hz, min_log_mel + np.log(np.maximum(hz, 1e-10) / min_log_hz) / logstep, linear)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    f_sp, min_log_hz, min_log_mel, logstep = 200.0 / 3, 1000.0, 15.0, np.log(6.4) / 27.0
    return np.where(mel >= min_log_mel, min_log_hz * np.exp(logstep * (mel - min_log_mel)), f_sp * mel)


def mel_filters(rate: int = RATE, n_fft: int = N_FFT, n_mels: int = N_MELS) -> np.ndarray:
    """(n_mels, n_fft // 2 + 1) triangular filters from 0 Hz to Nyquist, each scaled to unit area."""
    freqs = np.linspace(0, rate / 2, n_fft // 2 + 1)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(rate / 2), n_mels + 2))
    rising = (freqs[None, :] - edges[:-2, None]) / np.diff(edges)[:-1, None]
    falling = (edges[2:, None] - freqs[None, :]) / np.diff(edges)[1:, None]
    weights = np.maximum(0.0, np.minimum(rising, falling))
    return (weights * (2.0 / (edges[2:] - edges[:-2]))[:, None]).astype(np.float32)


_FILTERS = mel_filters()
_WINDOW = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)  # periodic Hann


def mel_frames(audio: np.ndarray) -> np.ndarray:
    """(frames, 40) mel power, frame ``i`` centred on sample ``i * 160`` (the signal zero-padded at both ends)."""
    audio = np.asarray(audio, dtype=np.float32)
    padded = np.pad(audio, (N_FFT // 2, N_FFT // 2))
    n = 1 + (len(padded) - N_FFT) // HOP
    if n <= 0:
        return np.zeros((0, N_MELS), dtype=np.float32)
    frames = np.lib.stride_tricks.as_strided(padded, (n, N_FFT), (padded.strides[0] * HOP, padded.strides[0]))
    power = np.abs(np.fft.rfft(frames * _WINDOW, axis=1)) ** 2
    return (power.astype(np.float32) @ _FILTERS.T).astype(np.float32)


def loudness_gain(audio: np.ndarray) -> float:
    """The gain that brings ``audio`` up to -30 dBFS RMS (never down): what the encoder was trained on."""
    rms = float(np.sqrt(np.mean(np.square(np.asarray(audio, dtype=np.float64))))) if len(audio) else 0.0
    if rms <= 1e-8:
        return 1.0
    return max(1.0, 10 ** (TARGET_DBFS / 20) / rms)


class GE2E(nn.Module):
    """LSTM 3x256 over mel frames -> last hidden state -> linear 256 -> ReLU -> unit length."""

    def __init__(self) -> None:
        super().__init__()
        self.lstm = nn.LSTM(N_MELS, HIDDEN, LAYERS, batch_first=True)
        self.linear = nn.Linear(HIDDEN, HIDDEN)

    def forward(self, mels: torch.Tensor) -> torch.Tensor:
        """(batch, frames, 40) -> (batch, 256) unit vectors."""
        _, (hidden, _) = self.lstm(mels)
        raw = torch.relu(self.linear(hidden[-1]))
        return raw / raw.norm(dim=1, keepdim=True).clamp_min(1e-12)


def _shapes() -> dict[str, tuple[int, ...]]:
    return {k: tuple(v.shape) for k, v in GE2E().state_dict().items()}


def load(path: str | Path) -> GE2E:
    """An eval-mode encoder with the weights at ``path`` (a bare state dict, or a checkpoint holding
    one under ``model_state``). Raises :class:`ModelUnavailable` with one line for an unreadable
    file or any missing, unexpected or misshapen key."""
    try:
        state = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as exc:  # noqa: BLE001 - corrupt, truncated or not a torch file
        raise ModelUnavailable(f"cannot read speaker encoder weights {path}: {type(exc).__name__}: {exc}") from None
    if isinstance(state, dict) and isinstance(state.get("model_state"), dict):
        state = state["model_state"]
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise ModelUnavailable(f"speaker encoder weights {path} are not a state dict of tensors")
    state = {k: v for k, v in state.items() if k not in TRAINING_ONLY}
    expected = _shapes()
    detail = mismatch(state, expected)
    if detail is not None:
        raise ModelUnavailable(f"speaker encoder weights {path} do not fit GE2E (LSTM 3x256): {detail}")
    model = GE2E()
    model.load_state_dict({k: v.float() for k, v in state.items()}, strict=True)
    return model.eval()


def embed(model: GE2E, mels: np.ndarray, batch_size: int = 64) -> np.ndarray:
    """(n, frames, 40) equal-length mel windows -> (n, 256) unit embeddings (float32)."""
    if len(mels) == 0:
        return np.zeros((0, HIDDEN), dtype=np.float32)
    out = []
    device = next(model.parameters()).device
    with torch.inference_mode():
        for i in range(0, len(mels), batch_size):
            batch = torch.from_numpy(np.ascontiguousarray(mels[i: i + batch_size], dtype=np.float32)).to(device)
            out.append(model(batch).float().cpu().numpy())
    return np.concatenate(out)
