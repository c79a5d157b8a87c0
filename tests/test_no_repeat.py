"""A reply does not copy the companion's recent replies (pipeline.llm.no_repeat)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import numpy as np
import pytest

from pipeline.llm.no_repeat import GROWTH, PENALTY, RepeatAvoider

PROMPT = [7, 7, 7]  # the prompt's tokens come first in the input ids


def penalties(past: list[list[int]], said: list[int], vocab: int = 16) -> np.ndarray:
    scores = np.zeros(vocab, dtype=np.float32)
    avoider = RepeatAvoider(past, start=len(PROMPT))
    return -avoider(np.array(PROMPT + said), scores)


def test_continuing_a_past_reply_costs_more_the_longer_the_copy() -> None:
    past = [[1, 2, 3, 4, 5]]
    two = penalties(past, [9, 2, 3])  # "2 3" was said before, then came 4
    assert two[4] == pytest.approx(PENALTY) and two.sum() == pytest.approx(PENALTY)
    three = penalties(past, [1, 2, 3])  # a longer copy: 4 is less likely still
    assert three[4] == pytest.approx(PENALTY * GROWTH)


def test_short_overlaps_and_the_prompt_are_free() -> None:
    assert not penalties([[1, 2, 3, 4]], [9, 3]).any()  # one shared token is no copy
    assert not penalties([[7, 7, 7, 4]], []).any()  # the prompt is not what the reply said
    assert not penalties([], [1, 2, 3]).any()


def test_every_past_reply_counts() -> None:
    got = penalties([[1, 2, 3], [8, 1, 2, 6]], [1, 2])
    assert got[3] > 0 and got[6] > 0


def test_the_last_replies_are_avoided_however_many_notes_lie_between() -> None:
    from pipeline.llm.local import RECENT_REPLIES, recent_replies

    exchange = [{"role": "system", "content": "They sound sad."},
                {"role": "user", "content": "I'm sad."}]
    messages = [{"role": "system", "content": "You are Juniper."}]
    for n in range(RECENT_REPLIES + 1):
        messages += [*exchange, {"role": "assistant", "content": f"reply {n}"}]
    asked = [*messages, *exchange]
    last = [f"reply {n}" for n in range(1, RECENT_REPLIES + 1)]
    assert recent_replies(asked) == last
    opened = [*asked, {"role": "assistant", "content": "Oh no, that sounds"}]
    assert recent_replies(opened) == last  # not its own opener


def longest_shared_run(reply: str, earlier: list[str]) -> int:
    """The most words in a row ``reply`` shares with any earlier reply."""
    words = re.findall(r"[a-z']+", reply.lower())
    best = 0
    for other in earlier:
        theirs = " " + " ".join(re.findall(r"[a-z']+", other.lower())) + " "
        for i in range(len(words)):
            for j in range(i + best + 1, len(words) + 1):
                if " " + " ".join(words[i:j]) + " " not in theirs:
                    break
                best = j - i
    return best


@pytest.mark.e2e
def test_sad_news_in_a_row_gets_replies_of_their_own(companion_home, real_brain: str) -> None:
    """With greedy decoding the 1.5B answered each of these with the same two sentences and
    only the topic swapped ("It's important to take care of yourself and stay informed about
    your ...": runs of 12 words); a reply may share a phrase, not a sentence."""
    said = ["I've been feeling really lonely since I moved to Leeds.",
            "My mum is in hospital and I'm scared.", "I failed my driving test again today.",
            "Work has been so stressful this week, I can barely sleep.",
            "My best friend stopped talking to me and I don't know why."]
    proc = subprocess.run(
        [sys.executable, "-m", "shells.cli", "chat"], input="\n".join(said) + "\n",
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "COMPANION_HOME": str(companion_home)})
    assert proc.returncode == 0, proc.stderr
    replies = [line.removeprefix("juniper> ") for line in proc.stdout.splitlines()
               if line.startswith("juniper> ")]
    assert len(replies) == len(said), proc.stdout
    runs = [longest_shared_run(reply, replies[:i]) for i, reply in enumerate(replies) if i]
    assert max(runs) < 8, "\n".join(replies)
