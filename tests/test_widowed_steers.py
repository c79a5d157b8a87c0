"""Steers added after talking to it as Walter (78, widowed last spring, his grandson coming on
Sunday): each line got a reply a friend would not give. And lines that only look like a cheerful
steer's ("I made dinner for him and he threw it at the wall.", "My dad used to hit me."): they got
"Oh, how lovely!" and "That sounds like a lovely memory"."""

from __future__ import annotations

import pytest

from memory.affect import detect_affect
from pipeline.school_steers import BULLIED
from pipeline.steers import (
    FOND_MEMORY,
    MADE_FOR,
    MARRIED_LONG,
    ONE_PLACE,
    VISITING,
    steer_for,
)

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
    # a harm remembered is no fond memory: it got "That sounds like a lovely memory"
    ("My dad used to hit me.", BULLIED),
    ("My mum used to lock me in my room.", None),
    ("She used to shout at me every morning.", None),
    ("We used to fight every night.", None),
    ("We used to row on the river every summer.", FOND_MEMORY),
    # cheer for what is no cheer
    ("I made dinner for him and he threw it at the wall.", None),
    ("I finally finished the letter I've been writing for my dad before he dies.", None),
    ("We had a baby last night but she is in intensive care.", None),
    ("My son is coming on Friday to take the car keys off me.", None),
    ("My son is coming on Friday.", VISITING),
    ("I made her favourite cake for her birthday, even though she is gone.", None),
    ("My daughter is getting married next month but her dad won't be there.", None),
    ("We got engaged but my parents have disowned me.", None),
    ("A girl sat with me at lunch and then told everyone my secret.", None),
    ("My daughter took her first steps today, the day her dad left.", None),
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


def test_a_truth_told_and_badly_taken_is_not_asked_how_it_was_taken() -> None:
    from pipeline.steers import TOLD_THEM

    said = "I finally told my wife about the debt and she left."
    assert TOLD_THEM.openers_for(said, "Ollie") == (
        "You did it, Ollie, and that can't have been easy. I'm so sorry it went that way. How "
        "are you doing?",)
    assert TOLD_THEM.openers_for("I told my wife about the money.", "Ollie")[0].endswith(
        "How did she take it?")
