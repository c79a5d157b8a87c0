"""`companion run` for real: a private PulseAudio with null sinks is the sound card.

PortAudio (through ALSA's pulse plugin) gets a default microphone whose audio the test plays in
(``paplay`` into the ``micfeed`` sink, whose monitor is the default source) and a default speaker
the test records (``parecord`` on ``speaker.monitor``). The companion runs as a service would:
stdin closed, stopped by a signal.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.pulse_rig import PulseServer
from voice.audio import active_seconds, read_wav, write_wav

pytestmark = [pytest.mark.e2e, pytest.mark.live]

def need(tool: str) -> None:
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (make setup installs pulseaudio and pulseaudio-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def pulse_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    for tool in ("pulseaudio", "pactl", "paplay", "parecord"):
        need(tool)
    with PulseServer(tmp_path, mic_sink="micfeed") as pulse:
        yield pulse.env


class Lines:
    """Collects a child's output lines from a thread, so the test can wait for one."""

    def __init__(self, stream, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.eof = False
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def drain(self) -> list[str]:
        """Every line so far, those not yet waited for included."""
        while not self._queue.empty():
            line = self._queue.get()
            if line is not None:
                self.lines.append(line)
        return self.lines

    def wait_for(self, needle: str, timeout: float, count: int = 1) -> list[str]:
        deadline = time.monotonic() + timeout
        while sum(needle in line for line in self.lines) < count:
            try:
                line = self._queue.get(timeout=0.2)
                if line is None:
                    self.eof = True
                else:
                    self.lines.append(line)
                    continue
            except queue.Empty:
                pass
            if self.eof:
                raise AssertionError(f"companion exited ({self.proc.returncode}): {self.lines}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {needle!r} within {timeout}s; got {self.lines}") from None
        return [line for line in self.lines if needle in line]


def test_live_conversation_on_the_default_devices(pulse_env: dict[str, str], tmp_path: Path,
                                                 companion_home: Path) -> None:
    from tests.voice_fixtures import load_tts

    tts = load_tts()
    questions = ["What is the capital of France?", "How many legs does a spider have?"]
    wavs = []
    for number, text in enumerate(questions):
        wavs.append(tmp_path / f"q{number}.wav")
        write_wav(wavs[-1], tts.synthesize(text, length_scale=1.1), tts.sample_rate)
    recording = tmp_path / "speaker.wav"
    recorder = subprocess.Popen(
        ["parecord", "-d", "speaker.monitor", "--rate=16000", "--channels=1", "--format=s16le",
         "--file-format=wav", str(recording)], env=pulse_env)
    env = {**pulse_env, "COMPANION_HOME": str(companion_home)}
    companion = subprocess.Popen(  # -v: a failure shows what it heard and did
        [sys.executable, "-m", "shells.cli", "-v", "run"], env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    out, err = Lines(companion.stdout, companion), Lines(companion.stderr, companion)
    try:
        err.wait_for("is listening", timeout=120)
        for number, wav in enumerate(wavs, start=1):
            subprocess.run(["paplay", "-d", "micfeed", str(wav)], env=pulse_env, check=True)
            try:
                out.wait_for("juniper:", timeout=180, count=number)  # a deadline, not a speed test
            except AssertionError as e:  # what it logged tells why
                raise AssertionError(f"{e}\nits log: {err.drain()[-30:]}") from None
        heard = out.wait_for("you:", timeout=1, count=2)
        assert "capital" in heard[0].lower() and "spider" in heard[1].lower()
        time.sleep(1.0)  # let the last reply finish playing
        companion.send_signal(signal.SIGINT)
        assert companion.wait(timeout=20) == 0
        err.wait_for("Stopped.", timeout=5)
    finally:
        if companion.poll() is None:
            companion.kill()
        recorder.terminate()
        recorder.wait(timeout=10)
    assert active_seconds(read_wav(recording), 16000) >= 1.0, "the replies must be heard"


def test_sigterm_stops_the_service_cleanly(pulse_env: dict[str, str], companion_home: Path) -> None:
    env = {**pulse_env, "COMPANION_HOME": str(companion_home)}
    companion = subprocess.Popen(
        [sys.executable, "-m", "shells.cli", "run"], env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent.parent)
    err = Lines(companion.stderr, companion)
    try:
        err.wait_for("is listening", timeout=120)
        companion.send_signal(signal.SIGTERM)
        assert companion.wait(timeout=20) == 0
    finally:
        if companion.poll() is None:
            companion.kill()


def test_no_audio_device_says_what_to_do(cli, tmp_path: Path) -> None:
    from hardware.devices import list_audio_devices

    empty = tmp_path / "no-pulse"
    empty.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(empty), "PULSE_SERVER": f"unix:{empty}/none"}
    count = "import sounddevice as s; print(len(s.query_devices()))"
    probe = subprocess.run([sys.executable, "-c", count], env={**os.environ, **env},
                           capture_output=True, text=True)
    if probe.stdout.strip() not in ("0", ""):
        pytest.skip("this machine has a real sound card")
    assert list_audio_devices() is not None
    result = cli("run", env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = result.error_lines[0]
    assert "No microphone found" in line and "companion say" in line and "--input-device" in line
