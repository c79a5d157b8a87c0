"""`companion run` on the leak rig: its speaker leaks into its microphone at 0.3 gain.

Behaviour only (no timing): every question is answered once, nothing else is answered, what is
said over a reply without words (a backchannel, a cough, a knock) does not cut it, and a real
interruption stops it; with AEC3 (full duplex) and with the half-duplex gate it falls back to.
The figures (self-answers, barge-in stop time, pauses, underruns per minute) come from
``python -m tests.leak_rig`` (see tests/leak_rig.py). A full session takes about three minutes
of both cores.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.leak_rig import run_session
from tests.leak_score import SessionReport
from tools.pulse_rig import missing_tools

pytestmark = [pytest.mark.e2e, pytest.mark.live]
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def tools() -> None:
    if missing_tools():
        message = f"{', '.join(missing_tools())} not installed (make setup installs pulseaudio)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def shown(report: SessionReport) -> str:
    """What a failed assertion shows: the dialogue, then the companion's log lines."""
    return "\n".join([*report.dialogue, "-- the companion's log:", *report.trace])


def assert_heard_only_the_user(report: SessionReport) -> None:
    lines = shown(report)
    assert report.self_answers == 0 and report.noise_replies == 0, lines
    assert report.answered_once == report.questions, lines


def test_without_a_leak_every_question_is_answered_once(tmp_path: Path) -> None:
    """The rig itself: no leak."""
    assert_heard_only_the_user(run_session(tmp_path, REPO, leak_gain=0.0, short=True))


@pytest.mark.parametrize("echo", ["auto", "gate"])  # AEC3, and the fallback without it
def test_with_the_leak_it_hears_only_the_user(tmp_path: Path, echo: str, real_brain: str) -> None:
    """With the default LLM, as users hear it: the tiny one copies its last answer instead of
    telling the long story asked for, and a short reply leaves nothing to interrupt."""
    report = run_session(tmp_path, REPO, echo=echo)
    assert_heard_only_the_user(report)
    lines = shown(report)
    assert report.false_barge_ins == 0, lines  # the mm-hm, the cough, the knock: not cut
    assert report.barge_in_stopped, lines  # the real interruption stopped the reply
