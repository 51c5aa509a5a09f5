"""``embed:<config|checkpoint>``: VideoChat-Embed as an LLM provider plugin (the model reads the video itself).

Registered through the ``videochat.llms`` entry-point group like every provider, so the core never
imports ``videochat.embed``: the dependency points from the embed path to the core only.
"""

from __future__ import annotations

from pathlib import Path

from videochat.llm.provider import Backend, LLMOptions, Provider


class EmbedProvider(Provider):
    name = "embed"
    description = "VideoChat-Embed: video encoder + GMHRA + Q-Former tokens into an LLM (a config name or checkpoint)"

    def load(self, model: str, options: LLMOptions, video: str | Path | None = None) -> Backend:
        from videochat.embed.chat_model import load_embed_chat_model

        chat = load_embed_chat_model(model, video, max_new_tokens=options.max_tokens, temperature=options.temperature)
        window = options.context_tokens or int(getattr(chat, "context_window", 2048))
        return Backend(f"embed:{model}", self.name, chat, window, video_native=True)
