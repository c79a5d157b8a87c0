"""Hostile audio for `companion say`: never a traceback, a hang or gigabytes; one clear line.

Headers that cannot be true are refused before the models load (fast); long input is streamed,
so an hour of 48 kHz stereo costs no more memory than a second of it; a pipe or FIFO is read once.
"""

from __future__ import annotations

import asyncio
import os
import struct
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from tests.voice_fixtures import wav_bytes
from voice.audio import AudioFormatError
from voice.wavfile import WavReader, WavStreamSource


def sparse_wav(path: Path, seconds: float, rate: int, channels: int,
               declared: int | None = None) -> Path:
    """A WAV of silence that takes no disk: the header, then a hole up to the file's size."""
    size = int(seconds * rate) * channels * 2
    path.write_bytes(wav_bytes(b"", rate=rate, channels=channels,
                               data_size=size if declared is None else declared))
    with path.open("r+b") as f:
        f.truncate(44 + size)
    return path


@pytest.mark.parametrize(("rate", "channels", "expected"), [
    (0xFFFFFFFF, 1, "4294967295 Hz"),  # numpy once tried to allocate 218 GiB
    (1, 1, "1 Hz"),  # once 66 s of CPU and 875 MB for 2 kB of input
    (16000, 1000, "1000 channels"),
])
def test_impossible_header_is_refused_before_any_work(cli, tmp_path: Path, rate: int,
                                                       channels: int, expected: str) -> None:
    path = tmp_path / "odd.wav"
    path.write_bytes(wav_bytes(b"\x00" * 4000, rate=rate, channels=channels))
    # A missing LLM would fail at loading: the audio error comes first, so nothing loaded.
    result = cli("--llm", str(tmp_path / "absent.gguf"), "say", str(path),
                 "--out", str(tmp_path / "o.wav"), timeout=60)
    line = result.single_error()
    assert expected in line and "odd.wav" in line
    assert not (tmp_path / "o.wav").exists()


def test_dev_zero_is_not_a_wav(cli, tmp_path: Path) -> None:
    """Once a MemoryError at 5.3 GB: the input is streamed, its first 12 bytes already say no."""
    line = cli("say", "/dev/zero", "--out", str(tmp_path / "o.wav"), timeout=60).single_error()
    assert "/dev/zero" in line and "not a WAV" in line


def test_header_claiming_37_hours_is_refused_up_front(cli, tmp_path: Path) -> None:
    path = sparse_wav(tmp_path / "long.wav", 0xFFFFFF00 / 32000, 16000, 1)
    line = cli("--llm", str(tmp_path / "absent.gguf"), "say", str(path),
               "--out", str(tmp_path / "o.wav"), timeout=60).single_error()
    assert "37.3 h of audio" in line and "trim" in line


@pytest.mark.parametrize(("content", "expected"), [
    (wav_bytes(b"\x00" * 100)[:30], "fmt chunk too short"),  # the header cut off
    (wav_bytes(b"\x00" * 100, data_size=0), "0 frames"),
    (wav_bytes(b"\x00" * 100)[:12] + b"fmt " + struct.pack("<I", 0xFFFFFFF0), "fmt chunk"),
    (wav_bytes(b"\x00" * 100)[:12] + b"LIST" + struct.pack("<I", 0xFFFFFFF0), "LIST"),
])
def test_broken_headers(cli, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    line = cli("say", str(path), "--out", str(tmp_path / "o.wav"), timeout=60).single_error()
    assert expected in line and "bad.wav" in line


def test_long_48k_stereo_streams_in_bounded_memory() -> None:
    """The source of `say` holds a block, not the file (55 MiB here, 660 MiB for an hour)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = sparse_wav(Path(folder) / "long.wav", 300, 48000, 2)
        source = WavStreamSource(WavReader(path), trailing_silence_s=0.5)

        async def count() -> int:
            return sum([1 async for _ in source.frames()])

        tracemalloc.start()
        try:
            frames = asyncio.run(count())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            source.close()
    assert frames == (300 * 16000 + 8000) // 480 + 1
    assert peak < 16 << 20, f"peak {peak >> 20} MiB for a 55 MiB file"


def _peak_rss_kb(args: list[str], home: Path) -> tuple[int, str]:
    """Run the CLI; its own peak RSS (os.wait4: not the test runner's other children)."""
    err = home / "stderr.txt"
    with err.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "shells.cli", *args],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=stderr, env={**os.environ, "COMPANION_HOME": str(home)})
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss, err.read_text()


@pytest.mark.e2e
def test_an_hour_of_silence_through_the_cli_costs_no_more_memory(tmp_path: Path) -> None:
    """Once 4.6 GB RSS. Now the hour peaks where a second does (the models dominate both)."""
    short = sparse_wav(tmp_path / "second.wav", 1, 48000, 2)
    hour = sparse_wav(tmp_path / "hour.wav", 3600, 48000, 2)
    base, _ = _peak_rss_kb(["say", str(short), "--out", str(tmp_path / "a.wav"), "--no-memory"],
                           tmp_path)
    peak, stderr = _peak_rss_kb(["say", str(hour), "--out", str(tmp_path / "b.wav"),
                                 "--no-memory"], tmp_path)
    assert "No speech heard" in stderr and "Traceback" not in stderr
    assert peak - base < 200_000, f"{base // 1024} MB for a second, {peak // 1024} MB for an hour"
    assert not (tmp_path / "b.wav").exists()


def test_stream_without_an_end_is_cut_at_the_limit() -> None:
    """A streamed header (size 0xFFFFFFFF) on an endless pipe: cut at max_seconds, one line."""
    read, write = os.pipe()
    header = wav_bytes(b"", data_size=0xFFFFFFFF)

    def writer() -> None:
        try:  # closing flushes into the pipe the reader has closed too
            with os.fdopen(write, "wb") as out:
                out.write(header)
                while True:
                    out.write(bytes(1 << 16))
        except BrokenPipeError:
            pass

    threading.Thread(target=writer, daemon=True).start()
    with WavReader(f"/dev/fd/{read}", max_seconds=2.0) as reader, \
            pytest.raises(AudioFormatError, match="more than the 2.00 s"):
        for _ in reader.blocks():
            pass
    os.close(read)


def test_fifo_without_writer_gives_up_with_a_line(tmp_path: Path) -> None:
    fifo = tmp_path / "in.wav"
    os.mkfifo(fifo)
    with pytest.raises(AudioFormatError, match="nothing was written to this pipe"):
        WavReader(fifo, fifo_wait_s=0.2)


@pytest.mark.e2e
def test_process_substitution_is_read_once(question_wav: Path, companion_home: Path,
                                           tmp_path: Path) -> None:
    """`say <(cat a.wav)` once said "file is empty": the header check had read the pipe."""
    out = tmp_path / "o.wav"
    proc = subprocess.run(
        ["bash", "-c", 'exec "$0" -m shells.cli say <(cat "$1") --out "$2"', sys.executable,
         str(question_wav), str(out)], capture_output=True, text=True, stdin=subprocess.DEVNULL,
        timeout=300, env={**os.environ, "COMPANION_HOME": str(companion_home)})
    assert proc.returncode == 0, proc.stderr
    assert "capital" in proc.stdout.lower() and out.stat().st_size > 1000


@pytest.mark.e2e
def test_named_fifo_with_a_writer(cli, question_wav: Path, tmp_path: Path) -> None:
    """Once blocked for ever after loading the models; the writer starts a little later."""
    fifo = tmp_path / "in.wav"
    os.mkfifo(fifo)

    def writer() -> None:
        with fifo.open("wb") as out:
            out.write(question_wav.read_bytes())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    result = cli("say", str(fifo), "--out", str(tmp_path / "o.wav"), timeout=300)
    thread.join(timeout=5)
    assert result.returncode == 0, result.stderr
    assert "capital" in result.stdout.lower()


def test_regular_file_shorter_than_its_header_is_caught_before_the_models(
        cli, tmp_path: Path) -> None:
    path = tmp_path / "cut.wav"
    path.write_bytes(wav_bytes(np.zeros(16000, "<i2").tobytes(), data_size=64000))
    line = cli("--llm", str(tmp_path / "absent.gguf"), "say", str(path),
               "--out", str(tmp_path / "o.wav"), timeout=60).single_error()
    assert "truncated: header says 2.00 s, file holds 1.00 s" in line


@pytest.mark.parametrize("rate_and_channels", [("--rate", "0"), ("--rate", "4294967295"),
                                               ("--channels", "0"), ("--channels", "100")])
def test_raw_pcm_format_is_checked_before_the_models(cli, tmp_path: Path,
                                                     rate_and_channels: tuple[str, str]) -> None:
    line = cli("--llm", str(tmp_path / "absent.gguf"), "run", "--stdin", *rate_and_channels,
               timeout=60).single_error()
    assert "--rate" in line and "channels" in line


def test_pipe_with_a_placeholder_size_is_read_to_its_end() -> None:
    """arecord to a pipe writes 0x7FFFFFFF as the size: read what comes, do not refuse it."""
    read, write = os.pipe()
    data = np.full(8000, 1000, "<i2").tobytes()
    with os.fdopen(write, "wb") as out:
        out.write(wav_bytes(data, data_size=0x7FFFFFFF))
    with WavReader(f"/dev/fd/{read}") as reader:
        assert b"".join(reader.blocks()) == data
    os.close(read)
