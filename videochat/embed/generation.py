"""Decoding settings and stop rules for VideoChat-Embed, from a :class:`~videochat.embed.config.ChatConfig`.

The released demo samples (``top_p`` 0.9, temperature 1.0, one beam, up to 1000 new tokens) and stops
when the last ids spell the ``###`` separator in one of the two ways LLaMA's vocabulary writes it
(``###`` = 835, or ``##`` + ``#`` = 2277, 29937). The ids are looked up in the tokenizer here, so the
same rule holds for any LLaMA-family vocabulary; a tokenizer without those pieces stops on the ids
it uses for the separator.
"""

from __future__ import annotations

from typing import Any

import torch

from videochat.embed.config import ChatConfig
from videochat.embed.prompt import SEP


def stop_ids(tokenizer: Any, text: str = SEP) -> list[list[int]]:
    """Id sequences that spell ``text`` as generated: the whole piece, and the piece less its last
    character followed by that character (LLaMA: ``[[835], [2277, 29937]]``); otherwise the ids the
    tokenizer encodes ``text`` to."""
    vocab = tokenizer.get_vocab()
    found = [[vocab[p] for p in parts] for parts in ((text,), (text[:-1], text[-1:])) if all(p in vocab for p in parts)]
    return found or [tokenizer(text, add_special_tokens=False)["input_ids"]]


class StopOnIds:
    """Stop a sequence once its last ids equal one of ``sequences`` (per row of the batch)."""

    def __init__(self, sequences: list[list[int]]) -> None:
        self.sequences = [list(s) for s in sequences if s]

    def __call__(self, input_ids: torch.Tensor, scores: Any = None, **kwargs: Any) -> torch.Tensor:
        done = torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)
        for seq in self.sequences:
            if input_ids.shape[1] >= len(seq):
                tail = input_ids[:, -len(seq) :]
                done |= (tail == torch.tensor(seq, device=input_ids.device)).all(dim=1)
        return done


class StopAtText:
    """Stop once the decoded tail contains ``text`` (however the tokenizer splits it)."""

    def __init__(self, tokenizer: Any, text: str, window: int = 8) -> None:
        self.tokenizer, self.text, self.window = tokenizer, text, window

    def __call__(self, input_ids: torch.Tensor, scores: Any = None, **kwargs: Any) -> torch.Tensor:
        tails = self.tokenizer.batch_decode(input_ids[:, -self.window :], skip_special_tokens=True)
        return torch.tensor([self.text in t for t in tails], dtype=torch.bool, device=input_ids.device)


def generation_kwargs(chat: ChatConfig, tokenizer: Any, *, max_new_tokens: int | None = None,
                      temperature: float | None = None) -> dict[str, Any]:  # fmt: skip
    """Keyword arguments for ``llm.generate`` (``max_new_tokens`` / ``temperature`` override the config;
    temperature 0 decodes greedily)."""
    from transformers import StoppingCriteriaList

    temp = chat.temperature if temperature is None else float(temperature)
    sample = chat.do_sample and temp > 0
    stop = StopOnIds(stop_ids(tokenizer)) if chat.stop == "ids" else StopAtText(tokenizer, SEP)
    out: dict[str, Any] = {
        "max_new_tokens": int(max_new_tokens or chat.max_new_tokens), "num_beams": chat.num_beams,
        "do_sample": sample, "min_length": chat.min_length, "repetition_penalty": chat.repetition_penalty,
        "length_penalty": chat.length_penalty, "stopping_criteria": StoppingCriteriaList([stop]),
        "pad_token_id": tokenizer.pad_token_id, "eos_token_id": tokenizer.eos_token_id,
    }  # fmt: skip
    if sample:
        out.update(top_p=chat.top_p, temperature=temp)
    else:  # no sampling knobs: transformers warns about unused ones
        out.update(top_p=None, temperature=None, top_k=None)
    return out


def clean_reply(text: str) -> str:
    """The demo's post-processing: up to the first ``###``, after the last ``Assistant:``, stripped."""
    return text.split(SEP, 1)[0].split("Assistant:")[-1].strip()
