"""The transformers chat model through the ``huggingface:`` provider, with a tiny random Llama saved locally."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|> {{ m['content'] }} <|end|> {% endfor %}"
    "{% if add_generation_prompt %}<|assistant|> {% endif %}"
)


@pytest.fixture(scope="module")
def tiny_llm(tmp_path_factory) -> Path:
    """A 2-layer Llama with a word-level tokenizer and a chat template, saved like a hub model."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    corpus = ["the video shows a red car at the start", "someone says hello and the screen shows WORLD",
              "how many scenes are there", "when does the word appear first"] * 4  # fmt: skip
    tok = Tokenizer(models.WordLevel(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(corpus, trainers.WordLevelTrainer(special_tokens=["<unk>", "<pad>", "<|end|>"]))
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", eos_token="<|end|>")
    fast.chat_template = CHAT_TEMPLATE
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                         eos_token_id=fast.eos_token_id, pad_token_id=fast.pad_token_id)  # fmt: skip
    path = tmp_path_factory.mktemp("tiny-llm")
    LlamaForCausalLM(config).save_pretrained(path)
    fast.save_pretrained(path)
    return path


@pytest.mark.unit
def test_huggingface_provider_loads_a_local_folder_and_streams(tiny_llm):
    from videochat.llm.backends import resolve_model

    backend = resolve_model(f"huggingface:{tiny_llm}")
    assert backend.provider == "huggingface" and backend.small and backend.context_window == 512
    whole = backend.model.invoke("how many scenes are there", max_new_tokens=8).content
    streamed = "".join(chunk.content for chunk in backend.model.stream("how many scenes are there", max_new_tokens=8))
    assert whole and whole == streamed  # greedy: the stream spells out the same reply


@pytest.mark.unit
def test_candidate_scores_with_a_shared_prompt_cache_match_full_passes(tiny_llm):
    from langchain_core.messages import HumanMessage, SystemMessage

    from videochat.llm.local import LocalChatModel

    model = LocalChatModel(model_path=str(tiny_llm))
    messages = [SystemMessage("the video shows a red car"), HumanMessage("when does the word appear first")]
    candidates = ["the screen shows WORLD", "someone says hello", "red"]
    fast = model.score(messages, candidates)

    net, tokenizer = model._loaded()
    prompt = model._encode(messages)["input_ids"]
    slow = []
    torch.set_grad_enabled(False)
    for candidate in candidates:
        ids = tokenizer.encode(candidate, add_special_tokens=False, return_tensors="pt")
        logits = net(torch.cat([prompt, ids], 1)).logits[0, prompt.shape[1] - 1 : -1]
        slow.append(float(torch.log_softmax(logits, -1).gather(1, ids[0][:, None]).mean()))
    torch.set_grad_enabled(True)
    assert fast == pytest.approx(slow, abs=1e-4)


@pytest.mark.unit
def test_small_local_models_answer_from_grounded_candidates(tiny_llm):
    from videochat.contracts.events import Event, Transcript
    from videochat.llm.backends import resolve_model
    from videochat.llm.chains import NOT_FOUND, VideoChat

    tr = Transcript("x.mp4", 12.0, [Event(0, 0, "shot", "shots", "shot 1"), Event(2, 5, "text", "ocr", "WORLD"),
                                    Event(6, 6, "shot", "shots", "shot 2"),
                                    Event(7, 9, "speech", "asr", "the giraffe is tall")])  # fmt: skip
    chat = VideoChat(tr, resolve_model(f"huggingface:{tiny_llm}"))
    assert chat.plan.strategy == "grounded"
    answer = chat.ask("How many scenes are there?")
    assert answer.context["answer_mode"] == "look-up"
    assert answer.answer == "The video has 2 scenes (starting at [00:00], [00:06])."
    assert chat.ask("What colour is the zebra?").answer == NOT_FOUND
    # a question of no known shape whose names do occur: the model ranks the quoted line against a refusal
    ranked = chat.ask("Why is the giraffe tall?")
    assert ranked.context["candidates"] == 2
    assert ranked.answer in ('The transcript has: at [00:07-00:09] someone says: "the giraffe is tall".', NOT_FOUND)


@pytest.mark.model
def test_llama_cpp_runtime_scores_like_transformers(models_dir):
    """When llama-cpp-python is installed the embedded model runs on it; its candidate ranking must
    agree with the transformers runtime on the same GGUF weights."""
    pytest.importorskip("llama_cpp")
    from langchain_core.messages import HumanMessage, SystemMessage

    from videochat.llm.llamacpp import LlamaCppChatModel
    from videochat.llm.local import LocalChatModel
    from videochat.llm.providers.embedded import EMBEDDED_MODEL, embedded_model_dir
    from videochat.models import store

    fast = LlamaCppChatModel(model_path=str(store().resolve(EMBEDDED_MODEL)))
    ref = LocalChatModel(model_path=str(embedded_model_dir()))
    messages = [SystemMessage("Transcript:\n[00:01-00:04] text: HELLO\n[00:11-00:14] text: WORLD"),
                HumanMessage("When is WORLD first shown on screen?")]  # fmt: skip
    candidates = ['"WORLD" is first shown on screen at [00:11].', 'At [00:01-00:04] the screen shows "HELLO".',
                  "A new scene starts at [00:05]."]  # fmt: skip
    a, b = fast.score(messages, candidates), ref.score(messages, candidates)
    assert a == pytest.approx(b, abs=0.25)  # Q4_1 vs its de-quantised copy: close, not equal
    assert fast.invoke(messages, max_new_tokens=8).content


@pytest.mark.model
def test_llama_cpp_scores_from_the_shared_prompt_match_full_passes(models_dir):
    """Each candidate continues from the prompt's key/value cache (rolled back, not copied): its score
    equals a fresh pass over prompt + candidate, whatever came before, and generation still works after."""
    pytest.importorskip("llama_cpp")
    import numpy as np
    from langchain_core.messages import HumanMessage, SystemMessage

    from videochat.llm.llamacpp import LlamaCppChatModel
    from videochat.llm.providers.embedded import EMBEDDED_MODEL
    from videochat.models import store

    model = LlamaCppChatModel(model_path=str(store().resolve(EMBEDDED_MODEL)), context_window=512)
    messages = [SystemMessage('Transcript:\n[00:11-00:14] S1 says: "We are painting the kitchen blue."'),
                HumanMessage("Why are they painting the kitchen blue?")]  # fmt: skip
    candidates = ['The transcript has: at [00:11-00:14] S1 says: "We are painting the kitchen blue."',
                  "The transcript does not show this.", "Blue."]  # fmt: skip
    fast = model.score(messages, candidates)
    assert model.score(messages, candidates[::-1]) == pytest.approx(fast[::-1], abs=1e-4)

    llm, prompt, slow = model._llama(), model._prompt_tokens(messages), []
    for candidate in candidates:
        ids = llm.tokenize(candidate.encode(), add_bos=False)
        llm.reset()
        llm.eval(prompt + ids)
        logits = np.asarray(llm.scores[len(prompt) - 1 : len(prompt) - 1 + len(ids)], dtype=np.float64)
        logp = logits - logits.max(1, keepdims=True)
        logp -= np.log(np.exp(logp).sum(1, keepdims=True))
        slow.append(float(logp[np.arange(len(ids)), ids].mean()))
    assert fast == pytest.approx(slow, abs=1e-3)
    assert model.invoke(messages, max_new_tokens=8).content
