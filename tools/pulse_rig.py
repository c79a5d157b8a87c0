"""A private PulseAudio for rigs and live tests: null sinks as the sound card, optionally a leak.

```
sink "speaker" (default) ──monitor──> module-loopback (leak_gain, ~30 ms) ──> sink "mic"
                                                                                  │
default source = "mic.monitor" <──────────────────────────────────────────────────┘
```

PortAudio (through ALSA's pulse plugin) then sees a default speaker and a default microphone;
``play()`` speaks into the microphone (paplay into the "mic" sink). The daemon has its own HOME
and runtime dir, so it never touches the user's; the model cache stays shared.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType

__all__ = ["PulseServer", "missing_tools"]

PULSE_CONFIG = """\
load-module module-null-sink sink_name=speaker sink_properties=device.description=Speaker
load-module module-null-sink sink_name={mic} sink_properties=device.description=MicFeed
load-module module-native-protocol-unix
set-default-sink speaker
set-default-source {mic}.monitor
"""
TOOLS = ("pulseaudio", "pactl", "paplay", "parec")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class PulseServer:
    """A private PulseAudio daemon (its own HOME and runtime dir) with null sinks.

    ``leak_gain`` > 0 adds the loopback from the speaker's monitor into the microphone sink.
    """

    def __init__(self, workdir: Path, mic_sink: str = "mic", leak_gain: float = 0.0,
                 leak_latency_ms: int = 30) -> None:
        self.workdir = workdir
        self.mic_sink = mic_sink
        self.leak_gain = leak_gain
        self.leak_latency_ms = leak_latency_ms
        self.env: dict[str, str] = {}
        self._server: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PulseServer:
        from models.cache import cache_dir

        runtime = self.workdir / "xdg"
        runtime.mkdir(mode=0o700, exist_ok=True)
        config = self.workdir / "default.pa"
        config.write_text(PULSE_CONFIG.format(mic=self.mic_sink))
        # A private HOME keeps PulseAudio's cookie and state out of the user's; models stay shared.
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(self.workdir),
                    "COMPANION_CACHE": str(cache_dir())}
        self.env.pop("PULSE_SERVER", None)
        log = self.workdir / "pa.log"
        self._server = subprocess.Popen(
            ["pulseaudio", "-n", "-F", str(config), "--daemonize=no", "--exit-idle-time=-1",
             "--use-pid-file=no", "--disable-shm=yes", f"--log-target=file:{log}"],
            env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while self.pactl("info", check=False).returncode != 0:
            if self._server.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"PulseAudio did not start: {log.read_text(errors='replace')}")
            time.sleep(0.1)
        try:
            if self.leak_gain > 0:
                self._add_leak()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _add_leak(self) -> None:
        module = self.pactl("load-module", "module-loopback", "source=speaker.monitor",
                            f"sink={self.mic_sink}", f"latency_msec={self.leak_latency_ms}",
                            "source_dont_move=true", "sink_dont_move=true").stdout.strip()
        listing = self.pactl("list", "sink-inputs").stdout
        for block in listing.split("Sink Input #")[1:]:
            if f"Owner Module: {module}\n" in block:
                self.pactl("set-sink-input-volume", block.split()[0], str(self.leak_gain))
                return
        raise RuntimeError(f"loopback module {module} has no sink input: {listing}")

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True,
                              check=check)

    def play(self, wav: Path) -> float:
        """Start playing ``wav`` into the microphone; returns the monotonic start time."""
        t = time.monotonic()
        subprocess.Popen(["paplay", "--latency-msec=10", "-d", self.mic_sink, str(wav)],
                         env=self.env, stdin=subprocess.DEVNULL)
        return t

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._server is not None:
            self._server.terminate()
            try:
                self._server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._server.kill()
            self._server = None
