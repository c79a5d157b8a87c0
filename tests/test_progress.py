"""Long benchmark loops show progress when their output goes to a log file, not only on a
terminal: `companion bench > bench.log` used to stay silent for twenty minutes."""

from __future__ import annotations

import pytest

from tools.progress import bar, step


def test_off_a_terminal_progress_is_written_as_plain_lines(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert list(bar(range(40), desc="bench turns")) == list(range(40))
    err = capsys.readouterr().err
    assert "\r" not in err
    lines = err.splitlines()
    assert lines and all(line.startswith("bench turns:") for line in lines)
    assert "40/40" in lines[-1]


def test_a_bar_updated_by_hand_and_a_stage_are_shown(capsys: pytest.CaptureFixture[str]) -> None:
    with bar(total=10, desc="Synthetic memories") as shown:
        shown.update(10)
    step("wake phrase rates")
    err = capsys.readouterr().err.splitlines()
    assert "10/10" in err[-2] and err[-1] == "wake phrase rates..."


def test_quiet_shows_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert sum(bar(range(5), desc="x", quiet=True)) == 10
    assert capsys.readouterr().err == ""
