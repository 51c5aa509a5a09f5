"""One video + one LLM, ready to talk: perception (from the cache when possible), then the chains.

``open_session`` is what ``describe``, ``ask`` and ``chat`` call; ``run_repl`` is the chat loop.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from videochat.config import Settings
from videochat.errors import VideochatError
from videochat.llm.backends import resolve_model
from videochat.llm.chains import VideoChat
from videochat.llm.history import ChatHistory, to_markdown


@dataclass
class Session:
    chat: VideoChat
    perception_s: float
    settings: Settings

    def timings(self, answer_timings: dict[str, float]) -> dict[str, float]:
        return {"perception_s": round(self.perception_s, 3), **answer_timings}


def open_session(video: str | Path, settings: Settings, *, model: str | None = None, progress: bool = True,
                 explicit: set[str] | None = None) -> Session:  # fmt: skip
    """Transcript of ``video`` (cached perception) and the configured LLM, wrapped in a :class:`VideoChat`."""
    from videochat.llm.backends import parse_spec
    from videochat.pipeline.runner import build_transcript

    spec = model or settings.model
    parse_spec(spec)  # a typo in the model string fails before minutes of perception
    t0 = time.perf_counter()
    transcript = build_transcript(video, settings, progress=progress, explicit=explicit)
    perception = time.perf_counter() - t0
    backend = resolve_model(spec, settings, video=video)
    chat = VideoChat.from_settings(transcript, backend, settings)
    return Session(chat, perception, settings)


HELP = "commands: /reset (new conversation), /transcript (show it), /save FILE (Markdown), /help, /quit"


def run_repl(
    session: Session, *, resume: bool = False, read: Callable[[str], str] = input, out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:  # fmt: skip
    """The ``videochat chat`` loop; every turn is stored as soon as it exists. Returns the conversation id."""
    chat = session.chat
    transcript = chat.transcript
    video_hash = str(transcript.info.get("hash", transcript.video))
    store = ChatHistory(session.settings.cache_dir / "chats.sqlite")
    conversation = store.latest(video_hash) if resume else None
    if conversation is not None:
        chat.history = store.messages(conversation)
        print(f"(resumed conversation {conversation}: {len(chat.history) // 2} earlier turns)", file=err)
    else:
        conversation = store.start(video_hash, transcript.video, chat.backend.spec)
    print(f"Chatting about {Path(transcript.video).name} ({transcript.duration:.0f} s) with {chat.backend.spec}. {HELP}",
          file=err)  # fmt: skip
    try:
        while True:
            try:
                line = read("you> ").strip()
            except EOFError:
                break
            if not line:
                continue
            if line.startswith("/"):
                command, _, arg = line.partition(" ")
                if command in ("/quit", "/exit"):
                    break
                if command == "/reset":
                    chat.reset()
                    conversation = store.start(video_hash, transcript.video, chat.backend.spec)
                    print("(new conversation)", file=err)
                elif command == "/transcript":
                    print(transcript.render(), file=out)
                elif command == "/save" and arg.strip():
                    Path(arg.strip()).expanduser().write_text(to_markdown(transcript.video, chat.history), encoding="utf-8")
                    print(f"(saved to {arg.strip()})", file=err)
                else:
                    print(HELP, file=err)
                continue
            out.write("videochat> ")
            try:
                chat.ask(line, on_token=lambda piece: (out.write(piece), out.flush()))
            except VideochatError as exc:  # a failed turn is reported; the conversation goes on
                out.write("\n")
                print(f"videochat: error: {exc}", file=err)
                continue
            out.write("\n")
            out.flush()
            for message in chat.history[-2:]:
                store.add(conversation, message)
    finally:
        store.close()
    return conversation


def answer_json(session: Session, answer: Any) -> dict[str, Any]:
    d = answer.to_dict()
    d["timings"] = session.timings(d["timings"])
    d["video"] = session.chat.transcript.video
    return d
