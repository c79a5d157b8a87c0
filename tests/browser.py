"""Helpers for the browser tests: `companion web` in a child process and Debian's Chromium
driven by Playwright, with a WAV file as its microphone.

Playwright never downloads a browser here: it drives the system Chromium (`make setup`
installs Debian's `chromium` package) through ``executable_path``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from voice.audio import SAMPLE_RATE, write_wav

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
URL_LINE = re.compile(r" is on (https?://\S+)")


def microphone_wav(path: Path, speech: np.ndarray, lead_s: float = 1.0,
                   trail_s: float = 4.0) -> Path:
    """16 kHz speech between silences, as Chromium's fake microphone will play it once."""
    silence = np.zeros(int(lead_s * SAMPLE_RATE), np.int16), np.zeros(int(trail_s * SAMPLE_RATE),
                                                                      np.int16)
    write_wav(path, np.concatenate([silence[0], speech, silence[1]]), SAMPLE_RATE)
    return path


@contextmanager
def chromium(microphone: Path | None = None) -> Iterator[Any]:
    """A fresh headless Chromium context (own profile folder); with ``microphone``, the page
    gets that WAV as its microphone, without a permission prompt."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Chromium is missing: `apt-get install chromium` (make setup does)"
    flags = list(CHROMIUM_FLAGS)
    if microphone is not None:
        flags += ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                  f"--use-file-for-fake-audio-capture={microphone}%noloop"]
    with tempfile.TemporaryDirectory(prefix="companion-chromium-") as profile, \
            sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=flags,
            viewport={"width": 1100, "height": 860},
            bypass_csp=True)  # the page's CSP forbids eval, which wait_for_function needs
        try:
            yield context
        finally:
            context.close()


class WebProcess:
    """`companion ARGS` (web, or serve --web) until it prints where the page is."""

    def __init__(self, args: list[str], home: Path, env: dict[str, str] | None = None) -> None:
        full_env = {k: v for k, v in os.environ.items() if k != "COMPANION_WEB_TOKEN"}
        full_env.update({"COMPANION_HOME": str(home), **(env or {})})
        self.proc = subprocess.Popen([sys.executable, "-m", "shells.cli", *args], env=full_env,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self.url = self._wait_for_url()

    def _wait_for_url(self, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        assert self.proc.stderr is not None
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                raise AssertionError(f"companion exited: {''.join(self.lines)[-2000:]}")
            self.lines.append(line)
            if match := URL_LINE.search(line):
                return match.group(1)
        raise AssertionError(f"no URL printed: {''.join(self.lines)[-2000:]}")

    def rest_of_banner(self) -> str:
        """The lines printed with the URL (up to 'Press Ctrl-C')."""
        assert self.proc.stderr is not None
        while not self.lines[-1].startswith("Press Ctrl-C"):
            self.lines.append(self.proc.stderr.readline())
        return "".join(self.lines)

    def stop(self) -> str:
        """Ctrl-C, as a user stops it; returns what it printed."""
        self.proc.send_signal(2)
        _, rest = self.proc.communicate(timeout=30)
        return "".join(self.lines) + rest
