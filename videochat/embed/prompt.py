"""VideoChat's prompt, in two styles, and its tokenisation around the ``<VideoHere>`` slot.

``official`` (:func:`official_prompt`) is the released demo's text, character for character::

    ###Human: <Video><VideoHere></Video> The video contains 8 frames sampled at 0.6, 1.9, ... seconds.
    ###Human: QUESTION
    ###Assistant:

(system message empty; each human turn ends with a newline; an answer is followed by ``###``; no space
after the last ``Assistant:``). It is tokenised as the demo does (:func:`encode_segments`): split at
``<VideoHere>``, each text segment tokenised whole, BOS only before the first; the video embeddings go
between the segments' embeddings.

``videochat`` (:func:`conversation`) is what ``videochat embed train`` learns from: the same roles and
separator with ``" "`` between turns (as the official stage-2 data joins them), tokenised piece by
piece (:func:`encode`) so the answers' tokens are the training targets, each followed by ``###`` so
the model learns to stop. Checkpoints trained here are prompted that way.
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


def official_prompt(turns: Sequence[tuple[str, str]], times: Sequence[float] | None = None, *, system: str = "",
                    video: bool = True) -> str:  # fmt: skip
    """The demo's text for ``turns`` (``(role, text)``, role ``user``/``assistant``), ending with the
    assistant's cue. The video is a human turn of its own, first, with the sentence stating the frame
    times; human text is kept as written, answers are stripped (as the demo stores its replies)."""
    out = [f"{system}{SEP}"]
    if video:
        out.append(f"{ROLES[0]}: {VIDEO_START}{VIDEO_HERE}{VIDEO_END} {frame_times_text(times) if times else ''}\n{SEP}")
    for role, text in turns:
        out.append(f"{ROLES[1]}: {text.strip()}{SEP}" if role == "assistant" else f"{ROLES[0]}: {text}\n{SEP}")
    out.append(f"{ROLES[1]}:")
    return "".join(out)


def chat_pieces(turns: Sequence[tuple[str, str]], times: Sequence[float] | None = None, *, style: str = "official",
                system: str = "", video: bool = True) -> list[Piece]:  # fmt: skip
    """The prompt for a reply in ``style`` (``official`` or ``videochat``), as pieces around the video slot."""
    if style == "videochat":
        return conversation(turns, times, system=system, video=video, generation=True)
    text = official_prompt(turns, times, system=system, video=video)
    before, _, after = text.partition(VIDEO_HERE)
    return [Piece(before), Piece(VIDEO_HERE, video=True), Piece(after)] if video else [Piece(text)]


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


def encode_segments(tokenizer, pieces: Sequence[Piece]) -> Encoded:
    """The demo's tokenisation: the text split at the video slot, each segment tokenised whole, BOS only
    before the first segment (labels all ``IGNORE``: this is for prompting, not training)."""
    segments, video_at, text = [], None, ""
    for piece in pieces:
        if piece.video:
            segments.append(text)
            text = ""
        else:
            text += piece.text
    segments.append(text)
    ids: list[int] = [tokenizer.bos_token_id] if tokenizer.bos_token_id is not None else []
    for i, segment in enumerate(segments):
        if i == 1:
            video_at = len(ids)
        elif i > 1:
            raise ValueError("one video slot per prompt")
        ids += tokenizer(segment, add_special_tokens=False)["input_ids"] if segment else []
    return Encoded(ids, [IGNORE] * len(ids), video_at)


def strip_reply(text: str) -> str:
    """The reply up to the separator (what generation should stop at)."""
    return text.split(SEP, 1)[0].strip()
