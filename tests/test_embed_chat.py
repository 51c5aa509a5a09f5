"""VideoChat-Embed behind the chains: the LangChain adapter, ``videochat ask --model embed:``, and the
instruction-data builder (VideoChat-Text + an LLM)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

from langchain_core.language_models import FakeListChatModel  # noqa: E402
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage  # noqa: E402
from media import ClipSpec, make_clip  # noqa: E402

pytestmark = pytest.mark.usefixtures("torch_one_thread")


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("embed-clip") / "clip.mp4"
    make_clip(path, ClipSpec(shots=[("navy", 1.5), ("darkred", 1.5)], words=[("HI", 0.2, 1.2)], size=(96, 64), audio=False))
    return path


@pytest.fixture(scope="module")
def tiny_ckpt(tmp_path_factory) -> Path:
    from videochat.embed.checkpoint import save_checkpoint
    from videochat.embed.config import chat_config, load_config
    from videochat.embed.model import build_model

    model = build_model(load_config("tiny"))
    model.config.chat = chat_config("videochat")  # greedy, the training format (the official style: below)
    return save_checkpoint(model, tmp_path_factory.mktemp("embed-ckpt") / "tiny")


@pytest.mark.e2e
def test_chat_model_answers_about_the_video(tiny_ckpt, clip):
    from videochat.embed.chat_model import load_embed_chat_model

    model = load_embed_chat_model(str(tiny_ckpt), clip, max_new_tokens=16)
    assert model.context_window == 4096
    messages = [SystemMessage("rules and a transcript"), HumanMessage("What colour is the screen?")]
    reply = model.invoke(messages)
    assert isinstance(reply, AIMessage) and isinstance(reply.content, str) and "###" not in reply.content
    assert "".join(chunk.content for chunk in model.stream(messages)) == reply.content  # greedy: same reply

    encoded, embeds = model.build_prompt([*messages, AIMessage("Blue."), HumanMessage("And then?")], str(clip))
    text = model._model().tokenizer.decode(encoded.ids)
    assert text.startswith("<s>###Human: <Video></Video> The video contains 4 frames sampled at 0.4, 1.1, 1.9, 2.6 seconds.")
    assert "rules" not in text and text.endswith("###Assistant: Blue. ###Human: And then? ###Assistant: ")
    assert embeds.shape == (1, 12, 32) and encoded.video_at == len(model._model().tokenizer("###Human: <Video>")["input_ids"]) + 1
    kept = model.model_copy(update={"include_system": True}).build_prompt(messages, str(clip))[0]
    assert "rules and a transcript" in model._model().tokenizer.decode(kept.ids)


@pytest.mark.e2e
def test_official_chat_style_prompts_and_decodes_as_the_demo(tiny_ckpt, clip, monkeypatch):
    """``chat = "official"``: the demo's prompt text, segment-wise ids, its frame choice and sampling settings."""
    from videochat.embed.chat_model import load_embed_chat_model
    from videochat.embed.config import chat_config

    model = load_embed_chat_model(str(tiny_ckpt), clip, max_new_tokens=16)
    inner = model._model()
    monkeypatch.setattr(inner.config, "chat", chat_config("official"))
    tok = inner.tokenizer
    encoded, embeds = model.build_prompt([HumanMessage("What colour is it?"), AIMessage(" Blue. "), HumanMessage("And then?")],
                                         str(clip))  # fmt: skip
    times = "0.4, 1.1, 1.8, 2.6"  # 25 fps, 75 frames: indices 9, 27, 46, 65 (the sampler gives 0.4, 1.1, 1.9, 2.6)
    first = "###Human: <Video>"
    second = (f"</Video> The video contains 4 frames sampled at {times} seconds.\n###Human: What colour is it?\n"
              "###Assistant: Blue.###Human: And then?\n###Assistant:")  # fmt: skip
    assert encoded.ids == [tok.bos_token_id] + tok(first)["input_ids"] + tok(second)["input_ids"]  # BOS once
    assert encoded.video_at == 1 + len(tok(first)["input_ids"]) and embeds.shape == (1, 12, 32)

    seen = {}
    real = inner.llm.generate

    def spy(**kwargs):
        seen.update(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(inner.llm, "generate", spy)
    reply = model.invoke([HumanMessage("What colour is it?")])
    assert isinstance(reply.content, str) and "###" not in reply.content
    assert seen["do_sample"] and seen["top_p"] == 0.9 and seen["temperature"] == 1.0 and seen["num_beams"] == 1
    assert seen["max_new_tokens"] == 1000 and seen["repetition_penalty"] == 1.0  # the app's 16 does not apply
    (stop,) = seen["stopping_criteria"]
    assert stop.sequences == [tok("###", add_special_tokens=False)["input_ids"]]  # no "###" piece in a byte vocab


@pytest.mark.e2e
def test_ask_command_runs_the_same_chain_on_the_embed_model(tiny_ckpt, clip):
    from click.testing import CliRunner

    from videochat.cli import cli

    result = CliRunner().invoke(cli, ["ask", str(clip), "What happens first?", "--model", f"embed:{tiny_ckpt}",
                                      "--perceptors", "shots", "--json", "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output[result.output.index("{"):])
    assert answer["model"] == f"embed:{tiny_ckpt}" and answer["task"] == "ask" and isinstance(answer["answer"], str)


@pytest.mark.unit
def test_bad_embed_targets_are_one_line_errors(tmp_path):
    from videochat.contracts.errors import VideochatError
    from videochat.embed.chat_model import load_embed_chat_model

    with pytest.raises(VideochatError, match="not found"):
        load_embed_chat_model(str(tmp_path / "nothing"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(VideochatError, match="not a VideoChat-Embed checkpoint"):
        load_embed_chat_model(str(tmp_path / "empty"))


@pytest.mark.e2e
def test_dataset_build_writes_records_and_resumes(clip, tmp_path):
    from videochat.config import load_settings
    from videochat.embed.dataset_build import build_dataset, parse_pairs

    videos = tmp_path / "videos"
    videos.mkdir()
    (videos / "clip.mp4").symlink_to(clip)
    (videos / "notes.txt").write_text("not a video")
    replies = [
        "A navy screen shows the word HI, then the picture turns dark red at 1.5 seconds.",
        '[{"q": "What word is shown?", "a": "The word HI."}, {"q": "What colour is the start?", "a": "Navy blue."}]',
        "Q: When does the colour change?\nA: At about 1.5 seconds.",
        "```json\n[{\"question\": \"Why does the colour change?\", \"answer\": \"A new shot begins.\"}]\n```",
    ]
    out = tmp_path / "data" / "instructions.jsonl"
    counts = build_dataset(videos, out, FakeListChatModel(responses=replies), load_settings(), perceptors=["shots"],
                           num_frames=8)  # fmt: skip
    assert counts == {"done": 1, "skipped": 0, "failed": 0, "records": 4}
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["task"], r.get("kind")) for r in records] == [("detail", None), ("conversation", "descriptive"),
                                                             ("conversation", "temporal"), ("conversation", "causal")]  # fmt: skip
    first = records[0]
    assert (out.parent / first["video"]).resolve() == clip.resolve() and first["source"]["perceptors"] == ["shots"]
    assert first["frame_times"] == pytest.approx([0.1875 + 0.375 * i for i in range(8)], abs=1e-3)
    assert first["messages"][1]["content"].startswith("A navy screen")
    assert [m["role"] for m in records[1]["messages"]] == ["user", "assistant"] * 2

    with open(out, "a") as f:
        f.write('{"video": "half-writ')  # a crash mid-line is repaired, done videos are skipped
    again = build_dataset(videos, out, FakeListChatModel(responses=["unused"]), load_settings(), perceptors=["shots"])
    assert again == {"done": 0, "skipped": 1, "failed": 0, "records": 0}
    assert out.read_text().endswith("}\n") and len(out.read_text().splitlines()) == 4

    from videochat.embed.data import EmbedDataset, read_jsonl

    assert len(EmbedDataset(read_jsonl(out), 2, 4, 32)) == 4 and len(EmbedDataset(read_jsonl(out), 1, 4, 32)) == 4
    assert parse_pairs("Question 1: Who is there?\nAnswer 1: A man.") == [("Who is there?", "A man.")]


@pytest.mark.e2e
def test_transformers_video_llm_backend_feeds_sampled_frames_and_the_chat_template(clip, monkeypatch):
    """``embed:hf:...`` with a scripted processor and model (transformers' video processors need torchvision)."""
    import videochat.embed.hf_video as hf
    from videochat.embed.model import byte_tokenizer

    tokenizer = byte_tokenizer()
    seen: dict = {}

    class Processor:
        def __init__(self):
            self.tokenizer = tokenizer

        def apply_chat_template(self, chat, add_generation_prompt, tokenize):
            seen["chat"] = chat
            return "PROMPT"

        def __call__(self, text, videos=None, return_tensors=None):
            seen["videos"] = videos

            class Batch(dict):
                def to(self, device):
                    return self

            return Batch(input_ids=torch.tensor([tokenizer("PROMPT")["input_ids"]]))

    class Model:
        device = "cpu"

        def generate(self, input_ids, streamer, **options):
            seen["options"] = options
            streamer.put(input_ids)
            streamer.put(torch.tensor(tokenizer(" The screen is blue.")["input_ids"]))
            streamer.end()

    monkeypatch.setattr(hf, "load_video_llm", lambda path, device="auto": (Model(), Processor()))
    model = hf.hf_video_chat_model("some/video-llm", clip, num_frames=4, frame_size=32, max_new_tokens=7)
    reply = model.invoke([SystemMessage("rules"), HumanMessage("What colour is it?")])
    assert reply.content == "The screen is blue." and seen["options"]["max_new_tokens"] == 7
    assert seen["videos"][0].shape == (4, 32, 48, 3)  # whole frames, short side 32 (the clip is 96x64)
    assert [m["role"] for m in seen["chat"]] == ["user"]
    first = seen["chat"][0]["content"]
    assert first[0] == {"type": "video"} and first[1]["text"].startswith("The video contains 4 frames sampled at 0.4, 1.1")
    assert first[2]["text"] == "What colour is it?"
