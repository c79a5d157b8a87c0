"""Shared fixtures: running the real `companion` CLI and making real WAV input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from voice.audio import write_wav

# Unit and pipeline tests run on the tiny LLM (SmolLM2-135M, ~10x faster than the default 1.5B on
# 2 cores); the CLI children they start inherit it. A test meant to show the real brain asks for
# the `real_brain` fixture. An LLM chosen by the developer's environment is kept.
TEST_LLM = "tiny"
os.environ.setdefault("COMPANION_LLM_MODEL", TEST_LLM)


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
def real_brain(monkeypatch: pytest.MonkeyPatch) -> str:
    """Use the default LLM (what users get), here and in CLI children; returns its name."""
    from models.registry import DEFAULT_MODELS

    monkeypatch.delenv("COMPANION_LLM_MODEL", raising=False)
    return DEFAULT_MODELS["llm"]


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


@pytest.fixture(scope="session")
def embedder():
    """The real MiniLM embedder, loaded once for every memory test."""
    from memory.embedder import load_embedder

    return load_embedder()


@pytest.fixture
def store(tmp_path: Path, embedder):
    """A fresh memory store in a temporary folder, with the real embedder."""
    from memory import MemoryStore

    s = MemoryStore(tmp_path / "mem", embedder=embedder, progress=False)
    yield s
    s.close()
