"""Steers added after talking to it as Walter (78, widowed last spring, his grandson coming on
Sunday): each line got a reply a friend would not give."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.steers import FOND_MEMORY, MADE_FOR, MARRIED_LONG, ONE_PLACE, VISITING, steer_for

STEERED = [
    # got "That's a long time! How did you feel about it?"
    ("We were married for fifty-one years.", MARRIED_LONG),
    ("We were married for 35 years before he died.", MARRIED_LONG),
    ("We were married for twenty years before the divorce.", None),
    ("We were married for five years.", None),
    ("Were we married for fifty years?", None),
    # got "That's so sweet! What was it like?"
    ("She used to do the crossword with me every morning.", FOND_MEMORY),
    ("He used to take me dancing every Saturday.", FOND_MEMORY),
    ("She used to be a teacher.", None),
    # got "Cooking can be a fun way to enjoy food and create memories."
    ("I don't see much point in cooking just for one.", ONE_PLACE),
    ("I love cooking just for one, no washing up.", None),
    # got "That's great news! What do you think about Tom?"
    ("My grandson Tom is coming on Sunday, he's twelve.", VISITING),
    ("Our kids are coming home this weekend!", VISITING),
    ("My exam is coming on Monday.", None),
    ("Christmas is coming next week.", None),
    # got "That's great to hear! Congratulations on your quilt. How did you feel about it?"
    ("I finally finished the quilt I've been making for my niece!", MADE_FOR),
]


@pytest.mark.parametrize(("said", "steer"), STEERED)
def test_a_widowers_lines_are_steered(said: str, steer: object) -> None:
    assert steer_for(said, detect_affect(said).tone) is steer


def test_the_replies_say_what_a_friend_would() -> None:
    said = "We were married for fifty-one years."
    assert MARRIED_LONG.openers_for(said, "Walter") == (
        "That's a whole life together, Walter. How did you two meet?",)
    assert MARRIED_LONG.whole(said)
    visit = "My grandson Tom is coming on Sunday, he's twelve."
    assert VISITING.openers_for(visit, "Walter") == (
        "Oh, how lovely, Walter! What are you hoping to do while he's here?",)
