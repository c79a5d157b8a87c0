"""`--out` never destroys anything: it is checked before the models load, written only after a
successful turn, atomically and with the umask's mode; a device or /dev/stdout gets a stream.

Errors that must come before any work are run with an LLM that does not exist: had the models
started loading, the error line would name the model instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from voice.audio import write_wav


@pytest.fixture
def quiet_wav(tmp_path: Path) -> Path:
    """A valid input: what happens to --out is under test, not the words."""
    path = tmp_path / "in.wav"
    write_wav(path, np.zeros(16000, np.int16), 16000)
    return path


@contextlib.contextmanager
def tmpfs(folder: Path, options: str) -> Iterator[Path]:
    """A private tmpfs (root only; skipped where mounting is not allowed)."""
    folder.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:  # a plain user is stopped by the mode; root needs a read-only mount
        folder = tmp_path / "ro"
        folder.mkdir(mode=0o555)
        yield folder
        return
    with tmpfs(tmp_path / "ro", "ro,size=64k") as folder:
        yield folder


@pytest.fixture
def full_dir(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("filling a disk needs a private tmpfs (root)")
    with tmpfs(tmp_path / "full", "size=256k") as folder:
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as f:
            f.write(bytes(1 << 20))
        yield folder


@pytest.mark.parametrize(("where", "expected"), [
    ("/proc/x", "cannot create files in /proc"),
    ("{tmp}/missing/o.wav", "does not exist"),
    ("{tmp}", "is a folder"),
    ("{ro}/o.wav", "cannot create files in"),
    ("{full}/o.wav", "is full"),
])
def test_unusable_out_fails_before_the_models_load(cli, request: pytest.FixtureRequest,
                                                   quiet_wav: Path, tmp_path: Path, where: str,
                                                   expected: str) -> None:
    folders = {"tmp": tmp_path}
    if "{ro}" in where:
        folders["ro"] = request.getfixturevalue("read_only_dir")
    if "{full}" in where:
        folders["full"] = request.getfixturevalue("full_dir")
    out = where.format(**folders)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = cli("--llm", str(tmp_path / "absent.gguf"), "say", str(quiet_wav), "--out", out,
                 timeout=60)
    line = result.single_error()
    assert expected in line and "--out" in line, line
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing created


def test_run_out_that_is_a_file_fails_before_the_models(cli, tmp_path: Path) -> None:
    file = tmp_path / "replies"
    file.write_bytes(b"keep me")
    line = cli("--llm", str(tmp_path / "absent.gguf"), "run", "--stdin", "--out", str(file),
               timeout=60).single_error()
    assert "is a file, not a folder" in line
    assert file.read_bytes() == b"keep me"


def test_write_wav_keeps_an_old_files_mode_and_gives_a_new_one_the_umasks(
        tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_wav(tmp_path / "new.wav", np.zeros(10, np.int16), 16000)
        kept = tmp_path / "kept.wav"
        kept.write_bytes(b"old")
        kept.chmod(0o604)
        write_wav(kept, np.zeros(10, np.int16), 16000)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.wav").stat().st_mode) == 0o640  # not 0600
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604 and kept.read_bytes()[:4] == b"RIFF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.wav", "new.wav"]


def _say(args: list[str], home: Path, umask: int = 0o022) -> subprocess.CompletedProcess[bytes]:
    """The CLI with a given umask and binary stdout (a WAV may come out there)."""
    return subprocess.run(
        [sys.executable, "-m", "shells.cli", *args], capture_output=True,
        stdin=subprocess.DEVNULL, timeout=300, preexec_fn=lambda: os.umask(umask),
        env={**os.environ, "COMPANION_HOME": str(home)})


@pytest.mark.e2e
def test_a_failed_turn_leaves_the_old_file_untouched(companion_home: Path,
                                                     tmp_path: Path) -> None:
    """`say noise.wav --out precious.wav` once left a 44-byte precious.wav."""
    precious = tmp_path / "precious.wav"
    write_wav(precious, np.full(8000, 1000, np.int16), 16000)
    precious.chmod(0o640)
    before = precious.read_bytes()
    noise = tmp_path / "noise.wav"
    write_wav(noise, np.random.default_rng(3).normal(0, 30, 32000).astype(np.int16), 16000)
    proc = _say(["say", str(noise), "--out", str(precious)], companion_home)
    stderr = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in stderr and "No speech heard" in stderr
    assert precious.read_bytes() == before and stat.S_IMODE(precious.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "noise.wav", "precious.wav"]


@pytest.mark.e2e
def test_reply_files_get_the_umasks_mode_devices_and_stdout_get_a_stream(
        companion_home: Path, question_wav: Path, tmp_path: Path) -> None:
    # A new file: what the umask allows, not always 0600.
    proc = _say(["say", str(question_wav), "--out", str(tmp_path / "r.wav")], companion_home,
                umask=0o002)
    assert proc.returncode == 0, proc.stderr.decode()
    assert stat.S_IMODE((tmp_path / "r.wav").stat().st_mode) == 0o664
    # /dev/stdout: the WAV is the output; the words go to stderr.
    proc = _say(["say", str(question_wav), "--out", "/dev/stdout"], companion_home)
    assert proc.returncode == 0, proc.stderr.decode()
    with wave.open(io.BytesIO(proc.stdout)) as w:
        assert w.getnframes() > w.getframerate() // 2
    assert "capital" in proc.stderr.decode().lower()
    # A device node stays a device (as root, --out /dev/null once became a regular file).
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    proc = _say(["say", str(question_wav), "--out", str(device)], companion_home)
    assert proc.returncode == 0, proc.stderr.decode()
    assert stat.S_ISCHR(device.stat().st_mode)


@pytest.mark.e2e
def test_a_device_that_refuses_the_write_gives_one_line(cli, question_wav: Path) -> None:
    """/dev/full: the turn succeeded, the write did not (as on a disk that filled meanwhile)."""
    line = cli("say", str(question_wav), "--out", "/dev/full").single_error()
    assert "/dev/full" in line and "No space left on device" in line


@pytest.mark.e2e
def test_run_out_dir_replies_are_whole_files_with_the_umasks_mode(companion_home: Path,
                                                                  tmp_path: Path) -> None:
    from tests.voice_fixtures import load_tts
    from voice.audio import SAMPLE_RATE, resample

    tts = load_tts()
    speech = resample(tts.synthesize("What is the capital of France?"), tts.sample_rate,
                      SAMPLE_RATE)
    pcm = np.concatenate([speech, np.zeros(SAMPLE_RATE * 2, np.int16)]).astype("<i2")
    out = tmp_path / "new" / "replies"  # created, like mkdir -p
    proc = subprocess.run(
        [sys.executable, "-m", "shells.cli", "run", "--stdin", "--out", str(out)],
        input=pcm.tobytes(), capture_output=True, timeout=300, preexec_fn=lambda: os.umask(0o027),
        env={**os.environ, "COMPANION_HOME": str(companion_home)})
    assert proc.returncode == 0, proc.stderr.decode()
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["reply-0001.wav"]  # no temp file left behind
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o640
    with wave.open(str(files[0])) as w:
        assert w.getnframes() > 0
