"""A hard time told recently colours a plain line that touches it.

"My sister wants to do Christmas at hers this year." (Noor, the day after telling of her first
Christmas without her mum) got "That's great! I hope you and your sister have a happy Christmas
together.": the memory was recalled, and the model cheered anyway. With such a memory recalled
for a neutral line, the prompt says so and the reply may not cheer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from memory.hits import Hit

HARD = "The user shared something hard: "  # how memory.extract words such a fact
RECENT = timedelta(days=45)
CHEERS = ("great", "wonderful", "awesome", "fantastic", "exciting", "amazing")
_GENTLY = "be gentle, don't cheer, and ask how they feel about it."  # ends the hint


def hard_time_hint(hits: Sequence[Hit], who: str, now: datetime) -> str:
    """A gentle-tone hint when a hard thing told in the last weeks is among ``hits``; else ""."""
    hard = next((h for h in hits if h.text.startswith(HARD) and h.superseded_at is None
                 and now - h.timestamp <= RECENT), None)
    if hard is None:
        return ""
    return (f"{who.capitalize()} is going through a hard time ({hard.text.removeprefix(HARD)}"
            f"): {_GENTLY}")


def no_cheering(hints: Sequence[str]) -> tuple[str, ...]:
    """Words the reply may not say when ``hard_time_hint`` is among ``hints``."""
    return CHEERS if any(h.endswith(_GENTLY) for h in hints) else ()
