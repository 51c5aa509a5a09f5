"""The ``videochat chat`` loop: one video, many turns, every turn stored as soon as it exists (``--resume``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from videochat.contracts.errors import VideochatError
from videochat.llm.history import ChatHistory, to_markdown
from videochat.session import Session

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
