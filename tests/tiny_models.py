"""Tiny randomly initialised models, saved the way real checkpoints are, for the model-backed perceptors.

Each builder writes a folder (or a ``.pt`` file) that the perceptors load with the loaders users
use: ``AutoProcessor``/``AutoModel*.from_pretrained``, ``ultralytics.YOLO``, ``whisper.load_model``.
Tokenizers are built from small in-memory vocabularies, so nothing is downloaded. ``size="base"``
builds the released base architectures instead (BLIP-base, Florence-2-base, VideoMAE-base, YOLO11n,
with vocabularies padded to the real sizes) for benchmarks: random weights are fine for speed.
"""

from __future__ import annotations

from pathlib import Path

WORDS = (
    "a an the photo picture of man woman person people dog cat car bus tree sky road street room table "
    "screen text sign red blue green white black dark bright standing sitting walking running talking "
    "holding on in with and at near front background large small two three"
).split()
ACTIONS = ["talking", "walking", "running", "cooking", "dancing", "driving", "typing", "reading"]


def _seed() -> None:
    import torch

    torch.manual_seed(0)


def _filler(n: int) -> list[str]:
    """Made-up words that pad a vocabulary to a real model's size."""
    return [f"w{i}" for i in range(max(0, n))]


def _bert_tokenizer(size: int = 0):
    from transformers import BertTokenizer

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    return BertTokenizer(vocab={w: i for i, w in enumerate(words + _filler(size - len(words)))})


def _bpe_vocab(specials: list[str], extra: list[str] = (), total: int = 0) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """A byte-level BPE vocabulary: specials, the 256 byte symbols, whole words (with and without the
    leading-space marker 'Ġ'), merges that build those words from bytes, ``extra`` tokens, and
    made-up words up to ``total`` tokens."""
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    tokens = [*specials, *bytes_to_unicode().values()]
    merges: list[tuple[str, str]] = []
    for word in WORDS:
        for piece in (word, "Ġ" + word):
            for i in range(2, len(piece) + 1):
                if piece[:i] not in tokens:
                    merges.append((piece[: i - 1], piece[i - 1]))
                    tokens.append(piece[:i])
    tokens += [t for t in extra if t not in tokens]
    tokens += _filler(total - len(tokens))
    return {t: i for i, t in enumerate(tokens)}, merges


def blip(path: Path, size: str = "tiny") -> Path:
    """BLIP image captioning (BlipForConditionalGeneration + BlipProcessor); ``base``: BLIP-base."""
    from transformers import (
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    _seed()
    if size == "tiny":
        tok, side = _bert_tokenizer(), 64
        layers = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64)
        text, vision = dict(max_position_embeddings=64, **layers), dict(image_size=side, patch_size=16, **layers)
    else:  # the configs' defaults are BLIP-base: ViT-B/16 at 384 px, a BERT-base decoder
        tok, side, text, vision = _bert_tokenizer(30524), 384, {}, {}
    ids = dict(vocab_size=len(tok), bos_token_id=tok.cls_token_id, pad_token_id=tok.pad_token_id,
               sep_token_id=tok.sep_token_id)  # fmt: skip
    config = BlipConfig(text_config={**text, **ids}, vision_config=vision, projection_dim=32 if size == "tiny" else 512)
    BlipForConditionalGeneration(config).save_pretrained(path)
    BlipProcessor(BlipImageProcessor(size={"height": side, "width": side}), tok).save_pretrained(path)
    return path


def git(path: Path) -> Path:
    """GIT (GitForCausalLM, a decoder-only captioner) with a CLIP image processor."""
    from transformers import CLIPImageProcessor, GitConfig, GitForCausalLM, GitProcessor

    _seed()
    tok = _bert_tokenizer()
    config = GitConfig(
        vision_config=dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
                           image_size=32, patch_size=16),
        vocab_size=len(tok), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=64, bos_token_id=tok.cls_token_id, eos_token_id=tok.sep_token_id,
        pad_token_id=tok.pad_token_id,
    )  # fmt: skip
    GitForCausalLM(config).save_pretrained(path)
    image = CLIPImageProcessor(size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32})
    GitProcessor(image, tok).save_pretrained(path)
    return path


def blip2(path: Path) -> Path:
    """BLIP-2 (ViT + Q-Former + an OPT decoder) with BLIP-2's processor, which adds the image tokens."""
    from transformers import (
        Blip2Config,
        Blip2ForConditionalGeneration,
        Blip2Processor,
        BlipImageProcessor,
        GPT2Tokenizer,
    )

    _seed()
    vocab, merges = _bpe_vocab(["</s>", "<pad>", "<unk>"])
    tok = GPT2Tokenizer(vocab=vocab, merges=merges, bos_token="</s>", eos_token="</s>", pad_token="<pad>", unk_token="<unk>")
    n = len(tok) + 1  # the processor adds "<image>" as the last token
    small = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64)
    config = Blip2Config(
        vision_config=dict(image_size=32, patch_size=16, **small),
        qformer_config=dict(vocab_size=n, encoder_hidden_size=32, max_position_embeddings=64, **small),
        text_config=dict(model_type="opt", vocab_size=n, hidden_size=32, num_hidden_layers=2, ffn_dim=64,
                         num_attention_heads=2, word_embed_proj_dim=32, max_position_embeddings=128,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id),
        num_query_tokens=4, image_token_index=len(tok),
    )  # fmt: skip
    Blip2ForConditionalGeneration(config).save_pretrained(path)
    Blip2Processor(BlipImageProcessor(size={"height": 32, "width": 32}), tok, num_query_tokens=4).save_pretrained(path)
    return path


def florence2(path: Path, size: str = "tiny") -> Path:
    """Florence-2 (DaViT vision tower + BART) with its task prompts and ``<loc_N>`` box tokens;
    ``base``: Florence-2-base (768 px, 577 image tokens, BART-base, 51289 tokens)."""
    from transformers import (
        BartConfig,
        BartTokenizer,
        CLIPImageProcessor,
        Florence2Config,
        Florence2ForConditionalGeneration,
        Florence2Processor,
        Florence2VisionConfig,
    )

    _seed()
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    extra = ["<image>", "<od>", "</od>", "<ocr>", "</ocr>", *(f"<loc_{i}>" for i in range(1000))]
    vocab, merges = _bpe_vocab(specials, extra, total=0 if size == "tiny" else 51289)
    tok = BartTokenizer(vocab=vocab, merges=merges, extra_special_tokens={"image_token": "<image>"})
    if size == "tiny":
        side = 64
        vision = Florence2VisionConfig(depths=(1, 1, 1, 1), embed_dim=(16, 16, 32, 32), num_heads=(1, 1, 2, 2),
                                       num_groups=(1, 1, 2, 2), window_size=2, projection_dim=32,
                                       drop_path_rate=0.0)  # fmt: skip
        text = dict(d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
                    encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128)  # fmt: skip
    else:  # the vision defaults are Florence-2-base's DaViT; BART-base
        side, vision = 768, Florence2VisionConfig(projection_dim=768, drop_path_rate=0.0)
        text = dict(d_model=768, encoder_layers=6, decoder_layers=6, encoder_attention_heads=12,
                    decoder_attention_heads=12, encoder_ffn_dim=3072, decoder_ffn_dim=3072, max_position_embeddings=1024)
    text = BartConfig(vocab_size=len(tok), pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
                      eos_token_id=tok.eos_token_id, decoder_start_token_id=tok.eos_token_id,
                      forced_bos_token_id=tok.bos_token_id, **text)  # fmt: skip
    config = Florence2Config(vision_config=vision, text_config=text, image_token_id=tok.image_token_id)
    Florence2ForConditionalGeneration(config).save_pretrained(path)
    image = CLIPImageProcessor(size={"height": side, "width": side}, crop_size={"height": side, "width": side},
                               do_center_crop=False, image_seq_length=(side // 32) ** 2 + 1)  # fmt: skip
    tasks = ["pure_text", "description_with_bboxes", "description_with_polygons", "polygons", "bboxes",
             "description_with_bboxes_or_polygons", "phrase_grounding"]
    post = {task: {} for task in tasks} | {"ocr": {"AREA_THRESHOLD": 0.0}}  # as in the released processor_config.json
    Florence2Processor(image, tok, post_processor_config=post).save_pretrained(path)
    return path


def _video_processor(side: int):
    from transformers import VideoMAEImageProcessor

    return VideoMAEImageProcessor(size={"shortest_edge": side}, crop_size={"height": side, "width": side})


def videomae(path: Path, size: str = "tiny", frames: int = 4) -> Path:
    """VideoMAE video classifier over ``ACTIONS`` (a Kinetics-style label set); ``base``: VideoMAE-base."""
    from transformers import VideoMAEConfig, VideoMAEForVideoClassification

    _seed()
    if size == "tiny":
        size = dict(image_size=32, patch_size=16, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                    intermediate_size=64)  # fmt: skip
    else:  # VideoMAE-base: 224 px, 16 frames, 12 x 768
        size, frames = dict(image_size=224, patch_size=16), 16
    labels = dict(enumerate(ACTIONS))
    config = VideoMAEConfig(num_frames=frames, tubelet_size=2, id2label=labels, label2id={v: k for k, v in labels.items()},
                            **size)  # fmt: skip
    VideoMAEForVideoClassification(config).save_pretrained(path)
    _video_processor(config.image_size).save_pretrained(path)
    return path


def timesformer(path: Path) -> Path:
    """TimeSformer video classifier over ``ACTIONS``."""
    from transformers import TimesformerConfig, TimesformerForVideoClassification

    _seed()
    labels = dict(enumerate(ACTIONS))
    config = TimesformerConfig(image_size=32, patch_size=16, num_frames=3, hidden_size=32, num_hidden_layers=2,
                               num_attention_heads=2, intermediate_size=64, id2label=labels,
                               label2id={v: k for k, v in labels.items()})  # fmt: skip
    TimesformerForVideoClassification(config).save_pretrained(path)
    _video_processor(32).save_pretrained(path)
    return path


def xclip(path: Path) -> Path:
    """X-CLIP (video-text contrastive, for zero-shot labels) with a CLIP BPE tokenizer."""
    from transformers import CLIPTokenizer, XCLIPConfig, XCLIPModel, XCLIPProcessor

    _seed()
    vocab, merges = _clip_vocab()
    tok = CLIPTokenizer(vocab=vocab, merges=merges)
    small = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64)
    config = XCLIPConfig(
        text_config=dict(vocab_size=len(vocab), max_position_embeddings=32, **small),
        vision_config=dict(image_size=32, patch_size=16, num_frames=4, mit_hidden_size=32, mit_intermediate_size=64,
                           mit_num_hidden_layers=1, mit_num_attention_heads=2, **small),
        projection_dim=32, prompt_layers=1, prompt_num_attention_heads=2, prompt_projection_dropout=0.0,
    )  # fmt: skip
    XCLIPModel(config).save_pretrained(path)
    XCLIPProcessor(_video_processor(32), tok).save_pretrained(path)
    return path


def _clip_vocab() -> tuple[dict[str, int], list[tuple[str, str]]]:
    """CLIP-style BPE: byte symbols, their end-of-word forms ('a</w>'), and merges building ``WORDS``."""
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    chars = list(bytes_to_unicode().values())
    tokens = ["<|startoftext|>", "<|endoftext|>", *chars, *(c + "</w>" for c in chars)]
    merges: list[tuple[str, str]] = []
    for word in {w for phrase in WORDS + ACTIONS for w in phrase.split()}:
        pieces = [*word[:-1], word[-1] + "</w>"]
        while len(pieces) > 1:
            merged = pieces[0] + pieces[1]
            if (pieces[0], pieces[1]) not in merges:
                merges.append((pieces[0], pieces[1]))
                tokens.append(merged) if merged not in tokens else None
            pieces = [merged, *pieces[2:]]
    return {t: i for i, t in enumerate(dict.fromkeys(tokens))}, merges


def whisper(path: Path, multilingual: bool = True) -> Path:
    """An openai-whisper checkpoint (``{"dims", "model_state_dict"}``), multilingual by default so that
    language detection runs. A 64-token text context keeps random decoding short (32 tokens a window)."""
    from dataclasses import asdict

    import torch
    from whisper.model import ModelDimensions, Whisper

    _seed()
    dims = ModelDimensions(
        n_mels=80, n_audio_ctx=1500, n_audio_state=64, n_audio_head=2, n_audio_layer=2,
        n_vocab=51865 if multilingual else 51864, n_text_ctx=64, n_text_state=64, n_text_head=2, n_text_layer=2,
    )  # fmt: skip
    model = Whisper(dims)
    torch.nn.init.normal_(model.decoder.positional_embedding, std=0.01)  # Whisper leaves it torch.empty: NaN at times
    torch.save({"dims": asdict(dims), "model_state_dict": model.state_dict()}, path)
    return path


def yolo(path: Path, size: str = "tiny", names: tuple[str, ...] = ("person", "car", "dog")) -> Path:
    """A YOLO11 detector built from ultralytics' model yaml and saved as ``.pt`` (``YOLO(path)`` loads it).

    ``tiny`` narrows YOLO11n further (280 k weights); ``n``/``s``/``m``/``l``/``x`` (``base`` = ``n``)
    are the released architectures. The classifier is biased so that random weights still report
    confident boxes (tracking needs them)."""
    import os

    os.environ.setdefault("YOLO_OFFLINE", "1")
    os.environ.setdefault("YOLO_AUTOINSTALL", "false")
    import torch
    import yaml
    from ultralytics import YOLO
    from ultralytics.utils import ROOT

    _seed()
    cfg = yaml.safe_load((ROOT / "cfg/models/11/yolo11.yaml").read_text())
    cfg["nc"] = len(names)
    scale = {"tiny": "n", "base": "n"}.get(size, size)
    if size == "tiny":
        cfg["scales"] = {"n": [0.25, 0.125, 256]}
    yaml_path = Path(path).with_name(f"yolo11{scale}-{Path(path).stem}.yaml")  # the name carries the scale
    yaml_path.write_text(yaml.safe_dump(cfg))
    model = YOLO(str(yaml_path), task="detect")
    model.model.names = dict(enumerate(names))
    head = model.model.model[-1]
    with torch.no_grad():
        for level, seq in enumerate(head.cv3):  # one confident class per output level: persons, cars, dogs
            seq[-1].bias.fill_(-6.0)
            seq[-1].bias[level % len(names)] = 2.0 - 0.5 * level
    model.save(str(path))
    return Path(path)
