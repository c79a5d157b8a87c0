"""A hard time told lately keeps a plain line that touches it from being cheered."""

from __future__ import annotations

from datetime import datetime, timedelta

from memory.hits import Hit
from pipeline.hardship import CHEERS, hard_time_hint, no_cheering

NOW = datetime(2026, 12, 3, 9, 0)
CHRISTMAS = ("The user shared something hard: This is going to be my first Christmas without my "
             "mum.")


def fact(text: str, days_ago: float) -> Hit:
    return Hit(1, text, 0.7, "fact", NOW - timedelta(days=days_ago), [1], category="event")


def test_a_recent_hard_time_recalled_asks_for_gentleness_and_no_cheering() -> None:
    """Noor got "That's great! I hope you and your sister have a happy Christmas together."."""
    hint = hard_time_hint([fact("The user has a cat called Biscuit.", 1), fact(CHRISTMAS, 1)],
                          "Noor", NOW)
    assert "first Christmas without my mum" in hint and "don't cheer" in hint
    assert no_cheering(("Some tone hint.", hint)) == CHEERS and "great" in CHEERS


def test_an_old_or_ordinary_memory_changes_nothing() -> None:
    assert hard_time_hint([fact(CHRISTMAS, 90)], "Noor", NOW) == ""
    assert hard_time_hint([fact("The user has a cat called Biscuit.", 1)], "Noor", NOW) == ""
    assert no_cheering(("Remember Noor is sober.",)) == ()
