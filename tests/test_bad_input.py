"""Bad input: one clear line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

import subprocess

import pytest
from conftest import run_cli
from media import ClipSpec, make_clip, speak

pytestmark = pytest.mark.e2e


def assert_clean_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("videochat: error: ")
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert proc.stdout == ""


def test_missing_file(tmp_path):
    assert_clean_error(run_cli("transcript", str(tmp_path / "nope.mp4")), "no such file")


def test_zero_length_file(tmp_path):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    assert_clean_error(run_cli("transcript", str(empty)), "empty file")


def test_not_a_video(tmp_path):
    text = tmp_path / "notes.mp4"
    text.write_text("this is not a video\n" * 100)
    assert_clean_error(run_cli("transcript", str(text)), "not a readable video")


def test_directory(tmp_path):
    assert_clean_error(run_cli("transcript", str(tmp_path)), "directory")


def test_audio_only_file(tmp_path):
    wav = tmp_path / "speech.wav"
    speak("hello there", wav)
    assert_clean_error(run_cli("transcript", str(wav)), "no video stream", "audio")


def test_truncated_mp4(story, tmp_path):
    path, _ = story
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # the moov atom is at the end: unreadable
    assert_clean_error(run_cli("transcript", str(cut)), "cut.mp4")


@pytest.mark.model
def test_corrupt_stream_keeps_what_decodes(tmp_path):
    """A truncated MPEG-TS decodes up to the damage: a transcript of that part and a warning."""
    full = tmp_path / "full.ts"
    spec = ClipSpec(shots=[("navy", 4.0), ("darkred", 4.0)], words=[("EARLY", 0.5, 3.5)], audio=False)
    make_clip(full, spec, codec=["-c:v", "libx264", "-pix_fmt", "yuv420p", "-f", "mpegts"])
    broken = tmp_path / "broken.ts"
    data = bytearray(full.read_bytes()[: int(full.stat().st_size * 0.6)])
    for i in range(len(data) // 2, len(data) // 2 + 4000, 7):
        data[i] = 0xFF  # garbage in the middle of the stream
    broken.write_bytes(bytes(data))
    proc = run_cli("transcript", str(broken), "--perceptors", "ocr,shots", "--format", "json", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert '"EARLY"' in proc.stdout


def test_unknown_perceptor(story):
    path, _ = story
    assert_clean_error(run_cli("transcript", str(path), "--perceptors", "ocr,telepathy"), "unknown perceptor", "telepathy")


@pytest.mark.parametrize(
    "option, needle",
    [
        ("asr.beam_size=many", "asr.beam_size"),
        ("asr.backend=whisperx", "asr.backend"),
        ("ocr.colour=red", "ocr.colour"),
        ("ocr", "NAME.KEY=VALUE"),
        ("mind.reader=1", "unknown perceptor"),
    ],
)
def test_bad_option_values(story, option, needle):
    path, _ = story
    assert_clean_error(run_cli("transcript", str(path), "--perceptor-option", option), needle)


def test_unknown_model(story, tmp_path):
    path, _ = story
    proc = run_cli("transcript", str(path), "--perceptors", "ocr", "--perceptor-option", f"ocr.model={tmp_path}/none")
    assert_clean_error(proc, "ocr", "not found")
    proc = run_cli("transcript", str(path), "--perceptors", "asr", "--perceptor-option", "asr.model=no-such-whisper")
    assert_clean_error(proc, "no-such-whisper")


def test_bad_config(story, tmp_path):
    path, _ = story
    cfg = tmp_path / "bad.toml"
    cfg.write_text("fps = [oops\n")
    assert_clean_error(run_cli("transcript", str(path), "--config", str(cfg)), "bad config file")
    cfg.write_text("fps = -3\n")
    assert_clean_error(run_cli("transcript", str(path), "--config", str(cfg)), "fps")
    cfg.write_text('profile = "gigantic"\n')
    assert_clean_error(run_cli("transcript", str(path), "--config", str(cfg)), "unknown profile")
    assert_clean_error(run_cli("transcript", str(path), "--config", str(tmp_path / "absent.toml")), "not found")


def test_bad_flag_value(story):
    path, _ = story
    assert_clean_error(run_cli("transcript", str(path), "--fps", "fast"), "fps")
    assert_clean_error(run_cli("transcript", str(path), "--format", "pdf"), "pdf")


def test_only_audio_perceptor_on_silent_video(silent_clip):
    assert_clean_error(run_cli("transcript", str(silent_clip), "--perceptors", "asr"), "no audio track")
