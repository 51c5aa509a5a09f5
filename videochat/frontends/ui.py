"""The web UI (``videochat ui``, Gradio): upload or pick a video, watch it, read its transcript and
timeline, and chat about it with any configured LLM."""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from videochat.config import Settings
from videochat.contracts.errors import VideochatError
from videochat.pipeline.collect import collect
from videochat.pipeline.fetch import download, public_host
from videochat.session import chat_for, perceive


class UIState:
    """Process-wide: transcripts and chat objects per (video, model), so switching back is instant."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.transcripts: dict[str, Any] = {}
        self.chats: dict[tuple[str, str], Any] = {}
        self.lock = threading.Lock()

    def transcript(self, video: str, progress: Any = None) -> Any:
        with self.lock:
            if video not in self.transcripts:
                if progress is not None:
                    progress(0.1, desc="perceiving the video (cached after the first time)")
                self.transcripts[video] = perceive(video, self.settings, progress=False)
            return self.transcripts[video]

    def chat(self, video: str, model: str) -> Any:
        key = (video, model)
        if key not in self.chats:
            self.chats[key] = chat_for(self.transcript(video), self.settings, model=model)
        return self.chats[key]


_STAMP = re.compile(r"\[((?:\d+:)?\d{1,2}:\d{2})(?:\s*[-–]\s*(?:\d+:)?\d{1,2}:\d{2})?\]")

#: Clicking a cited time anywhere on the page seeks the video player there.
SEEK_JS = """
() => {
  document.addEventListener('click', (event) => {
    const player = document.querySelector('#video video');
    const seek = (t) => { if (player && isFinite(t)) { player.currentTime = Math.max(0, t); player.pause(); } };
    const link = event.target.closest('a[href^="#t="]');
    if (link) { event.preventDefault(); seek(parseFloat(link.getAttribute('href').slice(3))); return; }
    const img = event.target.closest('#timeline img');
    const axis = document.querySelector('#transcript [data-duration]');
    if (!img || !axis) return;
    const box = img.getBoundingClientRect();  // the picture as drawn inside the element (object-fit: contain)
    const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
    const left = box.left + (box.width - img.naturalWidth * scale) / 2;
    const frac = (event.clientX - left) / (img.naturalWidth * scale);
    const a = parseFloat(axis.dataset.left), b = parseFloat(axis.dataset.right);
    if (frac >= a && frac <= b) seek((frac - a) / (b - a) * parseFloat(axis.dataset.duration));
  }, true);
}
"""


def _seconds(stamp: str) -> float:
    total = 0.0
    for part in stamp.split(":"):
        total = total * 60 + float(part)
    return total


def clickable(text: str) -> str:
    """Escape video text (shown, never rendered), then make every ``[mm:ss]`` citation a seek link."""
    escaped = html.escape(text, quote=False)
    return _STAMP.sub(lambda m: f'<a href="#t={_seconds(m.group(1)):g}">{m.group(0)}</a>', escaped)


def _plain(content: Any) -> str:
    """A chat message as the model should see it again: links and escaping undone."""
    return html.unescape(re.sub(r"<[^>]*>", "", str(content)))


def fetch_url(link: str, settings: Settings, allow_urls: str, out_dir: Path) -> str | None:
    """A video URL typed into the page: downloaded (within the operator's URL policy), then shown in the player."""
    import gradio as gr

    link = link.strip()
    if not link:
        return None
    if allow_urls == "no" or (allow_urls == "public" and not public_host(link)):
        raise gr.Error("this UI does not fetch that URL (ui --allow-urls)")
    try:
        local = download(link, settings.cache_dir, max_mb=settings.max_download_mb, progress=False)
    except VideochatError as exc:
        raise gr.Error(str(exc)) from None
    shown = out_dir / f"{abs(hash(link))}{local.suffix}"  # the player serves files from its own folder
    if not shown.exists():
        shutil.copyfile(local, shown)
    return str(shown)


def chat_reply(state: UIState, choices: list[str], message: str, history: list[dict], video: str | None,
            model: str) -> Iterator[tuple[list, str]]:  # fmt: skip
    """One chat turn, streamed into the chat box; video text is escaped and citations become seek links."""
    import gradio as gr
    from langchain_core.messages import AIMessage, HumanMessage

    if not message.strip():
        yield history, ""
        return
    if not video:
        raise gr.Error("Upload or pick a video first.")
    if model not in choices:  # the operator's list only: never a client-typed model string or path
        raise gr.Error(f"model not offered here (choose one of: {', '.join(choices)})")
    try:
        chat = state.chat(video, model)
    except VideochatError as exc:
        raise gr.Error(str(exc)) from None
    chat.history = [HumanMessage(_plain(m["content"])) if m["role"] == "user" else AIMessage(_plain(m["content"]))
                    for m in history]  # fmt: skip
    history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": ""}]
    pieces: list[str] = []
    done = threading.Event()
    error: list[BaseException] = []

    def work() -> None:
        try:
            chat.ask(message, on_token=pieces.append)
        except BaseException as exc:  # noqa: BLE001 - shown in the page
            error.append(exc)
        finally:
            done.set()

    threading.Thread(target=work, daemon=True).start()
    while not done.wait(0.15):
        history[-1]["content"] = clickable("".join(pieces))  # video text is shown, never rendered
        yield history, ""
    if error:
        raise gr.Error(str(error[0]))
    history[-1]["content"] = clickable("".join(pieces))
    yield history, ""


def build_ui(settings: Settings, models: list[str] | None = None, media: list[str] | None = None,
             allow_urls: str = "public") -> Any:  # fmt: skip
    """The Gradio Blocks app; ``allow_urls`` as for the server: no, public (no loopback/private hosts) or any."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from videochat.timeline import AXIS_LEFT, AXIS_RIGHT, draw

    state = UIState(settings)
    choices = list(dict.fromkeys([settings.model, *(models or []), *settings.llm.choices]))
    out_dir = Path(tempfile.mkdtemp(prefix="videochat-ui-"))

    def analyse(video: str | None, progress: Any = gr.Progress()) -> tuple[str, Any, list]:
        if not video:
            return "Upload or pick a video first.", None, []
        try:
            transcript = state.transcript(video, progress)
        except VideochatError as exc:
            raise gr.Error(str(exc)) from None
        picture = draw(transcript, out_dir / f"{abs(hash(video))}.png", video=video)
        lines = transcript.render().splitlines() or ["(no events)"]
        axis = f"data-duration='{transcript.duration:g}' data-left='{AXIS_LEFT}' data-right='{AXIS_RIGHT}'"
        body = "<br>".join(clickable(line) for line in lines)
        return f"<div class='vc-transcript' {axis}>{body}</div>", str(picture), []

    def fetch(link: str) -> str | None:
        return fetch_url(link, settings, allow_urls, out_dir)

    def respond(message: str, history: list[dict], video: str | None, model: str) -> Iterator[tuple[list, str]]:
        yield from chat_reply(state, choices, message, history, video, model)

    with gr.Blocks(title="videochat", js=SEEK_JS) as app:
        gr.Markdown("## videochat — chat with a video")
        with gr.Row():
            with gr.Column(scale=1):
                video = gr.Video(label="video", sources=["upload"], elem_id="video")
                if media:
                    pick = gr.Dropdown(media, label="or pick one", elem_id="pick")
                    pick.change(lambda p: p, pick, video)
                if allow_urls != "no":
                    link = gr.Textbox(label="or a video URL (press Enter)", placeholder="https://...", elem_id="url")
                    link.submit(fetch, link, video)
                analyse_btn = gr.Button("Analyse", variant="primary", elem_id="analyse")
                model = gr.Dropdown(choices, value=choices[0], label="LLM", elem_id="model", allow_custom_value=False)
            with gr.Column(scale=1):
                chatbot = gr.Chatbot(label="chat", elem_id="chatbot", height=360)
                question = gr.Textbox(placeholder="Ask about the video and press Enter", label="question",
                                      elem_id="question")  # fmt: skip
                clear = gr.Button("New conversation", elem_id="clear")
        timeline = gr.Image(label="timeline", type="filepath", elem_id="timeline")
        transcript = gr.HTML(label="transcript", elem_id="transcript")
        analyse_btn.click(analyse, video, [transcript, timeline, chatbot])
        question.submit(respond, [question, chatbot, video, model], [chatbot, question])
        clear.click(lambda: [], None, chatbot)
    return app


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860, models: list[str] | None = None,
           media_root: Path | None = None, allow_urls: str = "public") -> None:  # fmt: skip
    media = [str(p) for p in collect([str(media_root)])] if media_root else None
    app = build_ui(settings, models, media, allow_urls)
    allowed = [str(media_root)] if media_root else None
    app.queue(default_concurrency_limit=1).launch(server_name=host, server_port=port, show_error=True,
                                                  allowed_paths=allowed, quiet=False)  # fmt: skip
