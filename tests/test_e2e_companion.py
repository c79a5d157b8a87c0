"""The default brain as a user meets it: two sessions, two processes, one home, spoken turns.

The first process hears who the user is; the second has to know it from memory, and every
reply is judged by the quality bench's rules (tests/test_quality_checks.py pins those rules on
the failures issue 17 quotes: condolences for a tired user, the dog's name taken from the
sister, mushrooms suggested to someone who can't stand them, letters signed "Best regards").
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.voice_fixtures import load_tts
from tools.quality_bench.checks import Context, judge
from tools.quality_bench.conversations import Line
from voice.audio import SAMPLE_RATE, resample, write_wav

pytestmark = pytest.mark.e2e

FIRST = (Line("Hi! My name is Priya."),
         Line("I have a golden retriever called Mango."),
         Line("I can't stand mushrooms.", dislikes=("mushroom",)))
SECOND = (Line("What's my dog's name?", recall=("mango",)),
          Line("I feel a bit tired today.", feeling=True),
          Line("Can you suggest something for dinner tonight?"),
          Line("Thank you."))


def session_wav(lines: tuple[Line, ...], path: Path) -> Path:
    """All of a session's lines in one recording, two seconds of silence between them."""
    tts = load_tts()
    gap = np.zeros(2 * SAMPLE_RATE, dtype=np.int16)
    parts = [part for line in lines for part in
             (resample(tts.synthesize(line.text, length_scale=1.1), tts.sample_rate,
                       SAMPLE_RATE), gap)]
    write_wav(path, np.concatenate(parts), SAMPLE_RATE)
    return path


def turns(result) -> list[dict[str, str]]:
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    return data.get("turns") or [{"transcript": data["transcript"], "reply": data["reply"]}]


def test_a_second_session_knows_the_user_and_every_reply_is_a_friends(
        cli, companion_home: Path, tmp_path: Path, real_brain: str) -> None:
    # About what is remembered and said, not how fast: the reply may wait for its memories.
    (companion_home / "config.toml").write_text("[memory]\nbudget_ms = 3000\n")
    heard: list[tuple[Line, dict[str, str]]] = []
    for n, lines in enumerate((FIRST, SECOND)):  # one process per session
        result = cli("say", str(session_wav(lines, tmp_path / f"s{n}.wav")), "--out",
                     str(tmp_path / f"r{n}.wav"), "--json", timeout=600)
        said = turns(result)
        assert len(said) == len(lines), [t["transcript"] for t in said]
        heard += list(zip(lines, said, strict=True))
    failures = []
    for line, turn in heard:
        verdicts = judge(turn["reply"], Context(line, dislikes=("mushroom",),
                                                user_name="Priya"))
        failed = [name for name, ok in verdicts.items() if not ok]
        if failed:
            failures.append(f"{turn['transcript']!r} -> {turn['reply']!r}: {failed}")
    assert not failures, "\n".join(failures)
    assert "mango" in heard[3][1]["reply"].lower()  # the dog's name, from the first process
