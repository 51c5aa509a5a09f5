"""VideoChat's prompt: ``###Human: <Video><VideoHere></Video> The video contains ... ###Assistant: ...###``.

A conversation is rendered as text pieces; the ``<VideoHere>`` piece is where the video embeddings
go (the text before and after it is embedded by the LLM's own embedding table and the three parts
are concatenated). Answers are the training targets, each followed by the ``###`` separator so the
model learns to stop; generation stops at ``###``. Pieces are tokenised one by one (the same way in
training and at inference), with the tokenizer's BOS first.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

SEP = "###"
ROLES = ("Human", "Assistant")
VIDEO_HERE = "<VideoHere>"
VIDEO_START, VIDEO_END = "<Video>", "</Video>"
IGNORE = -100

# Stage 1 instructions: the video comes first, then one of these; the caption is the answer.
CAPTION_INSTRUCTIONS = [
    "Describe this video briefly.",
    "Give a short description of the clip.",
    "Summarise what the video shows in one sentence.",
    "What does this video show? Answer concisely.",
    "Write a brief caption for the video.",
    "Tell me in a few words what happens in this clip.",
]
# Stage 2 detailed-description requests (the generated descriptions are the answers).
DETAIL_INSTRUCTIONS = [
    "Describe the video in detail.",
    "What happens in this video? Describe it thoroughly, in time order.",
    "Give a detailed account of the video: the scenes, what is seen and what changes.",
    "Explain in detail what the video shows from beginning to end.",
]


@dataclass(frozen=True)
class Piece:
    """A run of prompt text; ``target`` pieces are what the model learns to write; ``video`` marks the slot."""

    text: str
    target: bool = False
    video: bool = False


def frame_times_text(times: Sequence[float]) -> str:
    """``The video contains 8 frames sampled at 0.6, 1.9, ... seconds.`` (times rounded to 0.1 s)."""
    return f"The video contains {len(times)} frames sampled at {', '.join(f'{t:.1f}' for t in times)} seconds."


def conversation(
    turns: Sequence[tuple[str, str]], times: Sequence[float] | None = None, *, system: str = "",
    video: bool = True, generation: bool = False,
) -> list[Piece]:  # fmt: skip
    """Pieces for ``turns`` (``(role, text)``, role ``user``/``assistant``). The video (and, when
    ``times`` are given, the sentence stating them) opens the first human turn; with ``generation``
    the prompt ends with the assistant's cue."""
    human = f"{SEP}{ROLES[0]}: "
    pieces: list[Piece] = []
    lead = f"{system.rstrip()} " if system.strip() else ""
    if video:
        message = f" {frame_times_text(times)} " if times else " "
        pieces += [Piece(f"{lead}{human}{VIDEO_START}"), Piece(VIDEO_HERE, video=True), Piece(f"{VIDEO_END}{message}")]
    elif lead:
        pieces.append(Piece(lead))
    ended = False  # an answer ends with the separator, which then opens the next turn
    for role, text in turns:
        sep = "" if ended else SEP
        if role == "assistant":
            pieces += [Piece(f"{sep}{ROLES[1]}: "), Piece(f"{text.strip()} {SEP}", target=True)]
        else:
            pieces.append(Piece(f"{sep}{ROLES[0]}: {text.strip()} "))
        ended = role == "assistant"
    if generation:
        pieces.append(Piece(f"{'' if ended else SEP}{ROLES[1]}: "))
    return pieces


def caption_sample(caption: str, rng: random.Random | None = None) -> list[Piece]:
    """Stage 1 (as VideoChat's ``prompt_template``): the video and a random short-description instruction
    in one human turn, the caption as the answer."""
    instruction = (rng or random).choice(CAPTION_INSTRUCTIONS)
    return [Piece(f"{SEP}{ROLES[0]}: {VIDEO_START}"), Piece(VIDEO_HERE, video=True), Piece(f"{VIDEO_END} {instruction} "),
            Piece(f"{SEP}{ROLES[1]}: "), Piece(f"{caption.strip()} {SEP}", target=True)]  # fmt: skip


@dataclass
class Encoded:
    """Token ids and labels of a prompt, split at the video slot (``video_at`` = ids before it)."""

    ids: list[int]
    labels: list[int]
    video_at: int | None


def encode(tokenizer, pieces: Sequence[Piece], max_after: int | None = None) -> Encoded:
    """Tokenise ``pieces`` (BOS first); labels are the ids of target pieces, ``IGNORE`` elsewhere.
    ``max_after`` truncates the text after the video slot to that many tokens."""
    ids: list[int] = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    labels: list[int] = [IGNORE] * len(ids)
    video_at: int | None = None
    for piece in pieces:
        if piece.video:
            video_at = len(ids)
            continue
        part = tokenizer(piece.text, add_special_tokens=False)["input_ids"]
        ids += part
        labels += part if piece.target else [IGNORE] * len(part)
    if max_after is not None:
        start = video_at or 0
        ids, labels = ids[: start + max_after], labels[: start + max_after]
    return Encoded(ids, labels, video_at)


def strip_reply(text: str) -> str:
    """The reply up to the separator (what generation should stop at)."""
    return text.split(SEP, 1)[0].strip()
