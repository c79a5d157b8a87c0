"""A drink spiked, told from the club: what to do now, said at once.

Jade said as a new user: "i think my drink got spiked, i feel really weird and dizzy", "im in
the toilets at the club", "my mates have gone home" and "what do i do". What the police and
the venues' own schemes say: tell a member of staff or security now (they are trained for it),
stay with someone you trust, never leave alone or with a stranger, the emergency number if it
gets worse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["spiked_answer"]

_SPIKED = re.compile(r"\b(?:drink|drinks|glass)\b[^.!?]{0,25}\b(?:spiked|drugged|tampered)\b|"
                     r"\b(?:spiked|drugged) (?:my|me|our)\b|\b(?:i'?ve|i have|i was|i got|i think "
                     r"i (?:was|got|'ve been)) (?:been )?(?:spiked|drugged)\b|\bput something in "
                     r"my drink\b", re.IGNORECASE)
_ALONE = re.compile(r"\b(?:gone home|left me|lost my (?:mates|friends)|on my own|by myself|alone|"
                    r"no one (?:with|here))\b", re.IGNORECASE)
_WHERE = re.compile(r"\b(?:toilets?|loos?|bathroom|outside|smoking area|dance ?floor)\b",
                    re.IGNORECASE)
_WHAT_NOW = re.compile(r"\bwhat (?:do|should|can) i do\b|\bwhat now\b|\bhelp\b", re.IGNORECASE)


def spiked_answer(text: str, earlier: Sequence[str], you: str, call: str) -> str | None:
    """The whole reply to a spiked drink told, or to the next lines; else None. ``you``:
    ", Jade" or ""; ``call``: "call 999"."""
    if _SPIKED.search(text):
        return (f"That sounds frightening{you}: please tell a member of staff or security right "
                "now, they're trained for this. Stay with someone you trust, don't leave with "
                f"anyone you don't know, and if you feel worse, {call}. Can you get to them now?")
    if not any(_SPIKED.search(said) for said in earlier[-6:]):
        return None
    if _ALONE.search(text):
        return (f"That must feel scary on your own{you}. Please go to the staff now and ring "
                f"someone to come and get you, or {call} if you feel worse; don't leave with "
                "someone you've just met. Can you ring someone now?")
    if _WHERE.search(text) or _WHAT_NOW.search(text):
        return (f"Please go straight to the bar or a bouncer{you}, and say you think you've been "
                f"spiked; if you can't stand or feel very unwell, {call}. Can you walk out to "
                "them?")
    return None
