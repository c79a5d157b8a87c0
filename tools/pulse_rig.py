"""A private PulseAudio for rigs and live tests: null sinks as the sound card, optionally a leak.

```
sink "speaker" (default) ──monitor──> module-loopback (leak_gain, ~30 ms) ──> sink "mic"
                                                                                  │
default source = "mic.monitor" <──────────────────────────────────────────────────┘
```

PortAudio (through ALSA's pulse plugin) then sees a default speaker and a default microphone;
``play()`` speaks into the microphone (paplay into the "mic" sink). The daemon has its own HOME
and runtime dir, so it never touches the user's; the model cache stays shared.
``SpeakerMonitor`` records a sink with arrival times; ``Companion`` runs `companion run -v` on it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

import numpy as np

from voice.audio import SAMPLE_RATE, dbfs

__all__ = ["Companion", "PulseServer", "QUIET_DBFS", "SpeakerMonitor", "missing_tools",
           "rig_arguments", "tools_missing"]

QUIET_DBFS = -45.0  # the speaker counts as silent below this (piper speech is ~ -20 dBFS)

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


def rig_arguments(description: str, workdir: str) -> argparse.ArgumentParser:
    """A rig's command line: the checkout whose `companion run` it drives, its work folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout whose `companion run` is measured (default: this one)")
    parser.add_argument("--workdir", type=Path, default=Path(workdir))
    return parser


def tools_missing() -> bool:
    """Say what to install, when the rig cannot run here."""
    if missing_tools():
        print(f"error: missing {', '.join(missing_tools())} (apt install pulseaudio "
              "pulseaudio-utils)", file=sys.stderr)
    return bool(missing_tools())


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


class SpeakerMonitor:
    """What the companion plays, read from ``speaker.monitor`` in 20 ms blocks, with arrival times
    (they lag the real playback by parec's ~10 ms latency: it evens out in differences)."""

    BLOCK = SAMPLE_RATE // 50

    def __init__(self, env: dict[str, str], source: str = "speaker.monitor") -> None:
        self.times: list[float] = []
        self.levels: list[float] = []
        self.chunks: list[np.ndarray] = []
        self._lock = threading.Lock()
        self._proc = subprocess.Popen(
            ["parec", "-d", source, "--latency-msec=10", "--format=s16le",
             f"--rate={SAMPLE_RATE}", "--channels=1", "--raw"],
            env=env, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        threading.Thread(target=self._pump, daemon=True, name="speaker-monitor").start()

    def _pump(self) -> None:
        assert self._proc.stdout is not None
        while data := self._proc.stdout.read(self.BLOCK * 2):
            x = np.frombuffer(data, dtype="<i2").astype(np.int16)
            with self._lock:
                self.times.append(time.monotonic())
                self.levels.append(dbfs(x))
                self.chunks.append(x)

    def loud_times(self, since: float = 0.0, above_dbfs: float = QUIET_DBFS) -> list[float]:
        with self._lock:
            return [t for t, lv in zip(self.times, self.levels, strict=True)
                    if t >= since and lv > above_dbfs]

    def wait_loud(self, since: float, timeout: float) -> float | None:
        """The first loud block after ``since`` (the companion started talking), or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            loud = self.loud_times(since)
            if loud:
                return loud[0]
            time.sleep(0.05)
        return None

    def wait_quiet(self, quiet_s: float, timeout: float) -> float:
        """Wait until nothing loud for ``quiet_s``; returns the time of the last loud block."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            loud = self.loud_times(time.monotonic() - quiet_s - 1.0)
            if not loud or time.monotonic() - loud[-1] >= quiet_s:
                return loud[-1] if loud else time.monotonic() - quiet_s
            time.sleep(0.05)
        return time.monotonic()

    def active_seconds(self) -> float:
        with self._lock:
            return sum(lv > QUIET_DBFS for lv in self.levels) * self.BLOCK / SAMPLE_RATE

    def audio(self) -> np.ndarray:
        with self._lock:
            return np.concatenate(self.chunks) if self.chunks else np.zeros(0, np.int16)

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)


class Companion:
    """`companion run -v` as a child process; its output lines with their arrival times."""

    def __init__(self, env: dict[str, str], home: Path, repo: Path, *args: str) -> None:
        self.lines: list[tuple[float, str, str]] = []  # (time, "out"|"err", text)
        self._new: queue.Queue[None] = queue.Queue()
        # The CLI moved from pipeline/ to shells/ (issue 16): run whichever this checkout has.
        cli = "shells.cli" if (repo / "shells" / "cli" / "__main__.py").exists() else "pipeline.cli"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", cli, "-v", "run", *args],
            env={**env, "COMPANION_HOME": str(home), "PYTHONPATH": str(repo)},
            cwd=repo, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        for name, stream in (("out", self.proc.stdout), ("err", self.proc.stderr)):
            threading.Thread(target=self._pump, args=(name, stream), daemon=True).start()

    def _pump(self, name: str, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self.lines.append((time.monotonic(), name, line.rstrip("\n")))
            self._new.put(None)

    def count(self, needle: str, stream: str = "out", since: float = 0.0) -> int:
        return sum(needle in text for t, s, text in list(self.lines) if s == stream and t >= since)

    def wait_for(self, needle: str, timeout: float, stream: str = "out", count: int = 1,
                 since: float = 0.0) -> bool:
        deadline = time.monotonic() + timeout
        while self.count(needle, stream, since) < count:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                return False
            with contextlib.suppress(queue.Empty):
                self._new.get(timeout=0.2)
        return True

    def wait_reply(self, since: float, timeout: float) -> bool:
        """Wait for the companion's reply line (printed when its turn ends) after ``since``."""
        deadline = time.monotonic() + timeout
        while not any(who != "you" and t >= since for t, who, _ in self.dialogue()):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                return False
            with contextlib.suppress(queue.Empty):
                self._new.get(timeout=0.2)
        return True

    def dialogue(self) -> list[tuple[float, str, str]]:
        """(time, who, text) for each `you:` / `<name>:` line on stdout."""
        out = []
        for t, stream, text in list(self.lines):
            who, sep, said = text.partition(": ")
            if stream == "out" and sep and " " not in who:
                out.append((t, who, said))
        return out

    def stop(self) -> int:
        self.proc.send_signal(2)  # SIGINT, as Ctrl-C
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()
