"""Shared fixtures: running the real `companion` CLI and making real WAV input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from voice.audio import write_wav


class CliResult:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]

    def single_error(self) -> str:
        """The one `error:` line of a run that failed as bad input must: status 1, no traceback."""
        assert self.returncode == 1, self.stderr
        assert "Traceback" not in self.stderr, self.stderr
        assert len(self.error_lines) == 1, self.stderr
        return self.error_lines[0]


@pytest.fixture
def companion_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def cli(companion_home: Path):
    """Run `companion ARGS...` in a child process, with stdin closed, as a user or script would."""

    def run(*args: str, timeout: float = 180, env: dict[str, str] | None = None) -> CliResult:
        full_env = {**os.environ, "COMPANION_HOME": str(companion_home), **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "shells.cli", *args], capture_output=True, text=True,
            stdin=subprocess.DEVNULL, timeout=timeout, env=full_env,
        )
        return CliResult(proc)

    return run


@pytest.fixture(scope="session")
def question_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """'What is the capital of France?' spoken by the real piper voice, at its native rate."""
    from tests.voice_fixtures import load_tts

    tts = load_tts()
    path = tmp_path_factory.mktemp("speech") / "question.wav"
    write_wav(path, tts.synthesize("What is the capital of France?"), tts.sample_rate)
    return path


def silence(seconds: float, rate: int = 16000) -> np.ndarray:
    return np.zeros(int(seconds * rate), dtype=np.int16)
