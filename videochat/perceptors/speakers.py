"""Who speaks when: voice vectors for short stretches of speech, clustered into speakers.

Speech (inside Whisper's segments) is cut at pauses into islands, since a speaker change nearly
always falls in a pause, and long islands into pieces of at most 3 s, so a change without a pause
still falls between two pieces. Each piece's voice vector is the mean GE2E embedding (:mod:`ge2e`)
of its 1.6 s windows. Average-linkage clustering on cosine distance groups the pieces: the number
of speakers is where the merge distance passes a threshold (or given), and a cluster holding too
little speech to be a voice of its own joins its nearest neighbour. The result is a list of turns;
:mod:`videochat.perceptors.turns` puts them on Whisper's words and segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from videochat.perceptors import ge2e

WINDOW = 1.6  # seconds: what the encoder was trained on (160 frames)
STEP = 0.8
MIN_ISLAND = 0.3  # shorter voiced bits are clicks and breaths, not speech worth a vote
PAUSE = 0.2  # a quiet gap this long separates two islands
PIECE = 3.0  # longest stretch of speech given one voice vector
# Average cosine distance between two clusters above which they are different voices. Chosen on the
# dev clips of benchmarks/speakers.py (espeak-ng voices and recorded voices; the held-out set is apart).
THRESHOLD = 0.35
# A cluster with less speech than MIN_SECONDS joins its nearest neighbour when their centroids are
# within LOOSE (a short voice vector is noisy); one with under MIN_VOICE seconds always joins.
MIN_SECONDS = 3.0
LOOSE = 0.45
MIN_VOICE = 0.8
PAD = 0.25  # Whisper's segment times are loose: voice this close outside a segment belongs to it
MAX_CLUSTERED = 2000  # pieces clustered directly (~1.5 h of speech); more are assigned to the clusters' centroids


@dataclass
class Turn:
    start: float
    end: float
    speaker: str  # "S1", "S2", ... in order of first appearance


def voiced_islands(audio: np.ndarray, rate: int, regions: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stretches of voice inside ``regions`` (seconds), split where the level drops for ``PAUSE`` seconds.

    The level is RMS per 10 ms frame; voice is louder than 40 dB under the loud frames' level (and
    louder than -50 dBFS), so a quiet speaker next to a loud one still counts."""
    hop = rate // 100
    n = len(audio) // hop
    if n == 0:
        return []
    db = np.empty(n)
    chunk = 6000  # frames (a minute) at a time: an hour of audio never needs a float64 copy
    for i in range(0, n, chunk):
        frames = np.asarray(audio[i * hop: min(n, i + chunk) * hop], dtype=np.float32).reshape(-1, hop)
        db[i: i + len(frames)] = 10 * np.log10(np.einsum("ij,ij->i", frames, frames) / hop + 1e-12)
    inside = np.zeros(n, dtype=bool)
    for start, end in regions:
        inside[max(0, int(start * 100)): min(n, int(np.ceil(end * 100)))] = True
    if not inside.any():
        return []
    floor = max(-50.0, float(np.percentile(db[inside], 95)) - 40.0)
    voiced = inside & (db > floor)
    islands: list[tuple[float, float]] = []
    gap = int(PAUSE * 100)
    i = 0
    while i < n:
        if not voiced[i]:
            i += 1
            continue
        j = i
        quiet = 0
        k = i
        while k < n and quiet < gap:
            if voiced[k]:
                j, quiet = k, 0
            else:
                quiet += 1
            k += 1
        if (j + 1 - i) / 100 >= MIN_ISLAND:
            islands.append((i / 100, (j + 1) / 100))
        i = j + 1 + quiet
    return islands


def windows(islands: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``WINDOW`` s windows every ``STEP`` s inside each island (the last one flush with its end); an
    island shorter than a window is one window."""
    out = []
    for start, end in islands:
        if end - start <= WINDOW:
            out.append((start, end))
            continue
        starts = list(np.arange(start, end - WINDOW, STEP)) + [end - WINDOW]
        out.extend((float(s), float(s) + WINDOW) for s in starts)
    return out


def embed_windows(model: Any, audio: np.ndarray, rate: int, spans: list[tuple[float, float]]) -> np.ndarray:
    """One voice vector per span; each window brought to the encoder's training loudness."""
    mels = []
    for start, end in spans:
        clip = np.asarray(audio[int(start * rate): int(end * rate)], dtype=np.float32)
        mel = ge2e.mel_frames(clip * ge2e.loudness_gain(clip))
        mels.append(mel[: int(round((end - start) * 100))])
    out = np.zeros((len(spans), ge2e.HIDDEN), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for i, mel in enumerate(mels):
        by_length.setdefault(len(mel), []).append(i)
    for _, idx in sorted(by_length.items()):  # equal lengths batch together: most windows are 160 frames
        out[idx] = ge2e.embed(model, np.stack([mels[i] for i in idx]))
    return out


def cluster(vectors: np.ndarray, weights: np.ndarray, n_speakers: int | None = None,
            threshold: float = THRESHOLD) -> np.ndarray:  # fmt: skip
    """A cluster index per vector (unit rows). ``weights`` (seconds of speech each piece holds) decide
    which clusters are too small to be a voice; ``n_speakers`` fixes the count instead."""
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=int)
    if n == 1 or n_speakers == 1:
        return np.zeros(n, dtype=int)
    from scipy.cluster.hierarchy import fcluster, linkage

    pick = np.arange(n) if n <= MAX_CLUSTERED else np.linspace(0, n - 1, MAX_CLUSTERED).round().astype(int)
    tree = linkage(vectors[pick], method="average", metric="cosine")
    if n_speakers:
        labels = fcluster(tree, t=min(n_speakers, len(pick)), criterion="maxclust") - 1
    else:
        labels = fcluster(tree, t=threshold, criterion="distance") - 1
    labels = _assign(vectors, _centroids(vectors[pick], labels))
    if not n_speakers:
        labels = _absorb_small(vectors, labels, weights)
    for _ in range(2):  # refine: each piece to its nearest voice
        labels = _assign(vectors, _centroids(vectors, labels))
    return labels


def _centroids(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    ids = np.unique(labels)
    cents = np.stack([vectors[labels == k].mean(axis=0) for k in ids])
    return cents / np.linalg.norm(cents, axis=1, keepdims=True).clip(1e-12)


def _assign(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    return np.argmax(vectors @ centroids.T, axis=1)


def _absorb_small(vectors: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Merge small clusters into their nearest, smallest first, while one is too small to stand alone
    (see MIN_SECONDS, LOOSE, MIN_VOICE)."""
    labels = np.unique(labels, return_inverse=True)[1]
    while labels.max() > 0:
        sizes = np.bincount(labels, weights=weights)
        cents = _centroids(vectors, labels)
        sims = cents @ cents.T
        np.fill_diagonal(sims, -np.inf)
        nearest = sims.argmax(axis=1)
        joins = [k for k in np.argsort(sizes) if sizes[k] < MIN_VOICE
                 or (sizes[k] < MIN_SECONDS and 1 - sims[k, nearest[k]] < LOOSE)]  # fmt: skip
        if not joins:
            break
        labels[labels == joins[0]] = nearest[joins[0]]
        labels = np.unique(labels, return_inverse=True)[1]
    return labels


def pieces(islands: list[tuple[float, float]], longest: float = PIECE) -> list[tuple[float, float]]:
    """Islands longer than ``longest`` cut into equal pieces: a turn change without a pause then
    falls between two pieces that can go to different speakers."""
    out = []
    for start, end in islands:
        n = max(1, int(np.ceil((end - start) / longest)))
        edges = np.linspace(start, end, n + 1)
        out.extend((round(float(a), 2), round(float(b), 2)) for a, b in zip(edges[:-1], edges[1:], strict=True))
    return out


def piece_vectors(model: Any, audio: np.ndarray, rate: int, spans: list[tuple[float, float]]) -> np.ndarray:
    """One unit voice vector per piece: the mean of its windows' vectors, renormalised."""
    wins = [(i, w) for i, span in enumerate(spans) for w in windows([span])]
    vectors = embed_windows(model, audio, rate, [w for _, w in wins])
    owner = np.array([i for i, _ in wins])
    out = np.stack([vectors[owner == i].mean(axis=0) for i in range(len(spans))])
    return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-12)


def name_turns(spans: list[tuple[float, float]], labels: np.ndarray, join: float = 0.05) -> list[Turn]:
    """Turns from labelled pieces in time order: neighbours with the same speaker less than ``join``
    seconds apart become one turn; speakers are renamed S1, S2, ... by first appearance."""
    names: dict[int, str] = {}
    out: list[Turn] = []
    for (start, end), label in zip(spans, labels, strict=True):
        name = names.setdefault(int(label), f"S{len(names) + 1}")
        if out and out[-1].speaker == name and start - out[-1].end < join:
            out[-1].end = end
        else:
            out.append(Turn(start, end, name))
    return out


def diarize(model: Any, audio: np.ndarray, rate: int, regions: list[tuple[float, float]],
            n_speakers: int | None = None) -> list[Turn]:  # fmt: skip
    """Speaker turns over the speech in ``regions`` (seconds), in time order."""
    spans = pieces(voiced_islands(audio, rate, [(max(0.0, s - PAD), e + PAD) for s, e in regions]))
    if not spans:
        return []
    vectors = piece_vectors(model, audio, rate, spans)
    weights = np.array([end - start for start, end in spans])
    return name_turns(spans, cluster(vectors, weights, n_speakers))
