"""Postnatal depression, said in a new mum's own words: crying every day, "she'd be better off
with someone else as her mum", a name for it at last, and shame at needing help.

Talked to as Hayley (her daughter seven weeks old) the 1.5B said "Try to talk about your feelings
with your daughter" to "I cry every day and I don't know why." and "Try to be kind and supportive
of your daughter, even if you feel that she needs someone else as her mum" to "I think she'd be
better off with someone else as her mum.". What the NHS says: postnatal depression is common and
treatable; the health visitor or GP is the way in, soon; a parent who thinks their baby would be
better off without them, or of harming themselves, needs help the same day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["follows_up_postnatal", "postnatal_answer"]

_NEW_BABY = re.compile(r"\b(?:baby|daughter|son|little one|he|she)\b[^.!?]{0,25}\b(?:is|'s) "
                       r"(?:\w+ )?(?:days?|weeks?|months?) old\b|\b(?:just )?had (?:a|my|our) "
                       r"(?:baby|little (?:boy|girl))\b|\bnewborn\b|\bpostnatal\b", re.IGNORECASE)
_CRYING = re.compile(r"\bi (?:cry|am crying|'m crying|keep crying|have been crying|'ve been "
                     r"crying) (?:every day|all the time|all day|every night|constantly)\b",
                     re.IGNORECASE)
_BETTER_WITHOUT = re.compile(r"\b(?:she|he|they|the baby|my baby|the kids)(?:'d| would) be better "
                             r"off with (?:someone|somebody|anyone) else\b|\b(?:she|he|they) "
                             r"deserves? a better (?:mum|mom|mother|dad|parent)\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:might|could|may) be (?:postnatal|post-natal|postpartum) depression\b|"
                    r"\b(?:said|says|thinks) (?:it's|it is|i have|i've got) (?:postnatal|"
                    r"post-natal|postpartum) depression\b", re.IGNORECASE)
_ASHAMED = re.compile(r"\b(?:terrible|bad|awful|useless|rubbish|failure of a) (?:mum|mom|mother)\b"
                      r"[^.!?]{0,20}\b(?:for|because)\b", re.IGNORECASE)


def follows_up_postnatal(text: str) -> bool:
    """A line days after ("She thinks it might be postnatal depression.")."""
    return _NAMED.search(text) is not None or _ASHAMED.search(text) is not None


def postnatal_answer(text: str, earlier: Sequence[str], you: str,
                     call: str = "call the emergency number") -> str | None:
    """The whole reply to signs of postnatal depression in a new parent's words; else None.
    ``you``: ", Hayley" or ""."""
    if not any(_NEW_BABY.search(line) for line in [*earlier, text]):
        return None
    if _BETTER_WITHOUT.search(text):
        return (f"I'm so sorry you're feeling that{you}. Thoughts like that are common with "
                "postnatal depression, and they're not the truth: please tell your GP or health "
                f"visitor today, and {call} straight away if you ever think of harming yourself.")
    if _CRYING.search(text):
        return (f"That sounds so hard{you}. Crying every day for weeks after a birth can be "
                "postnatal depression, which is common and gets better with help. Could you tell "
                "your health visitor or GP this week?")
    if _NAMED.search(text):
        return (f"That must be a lot to take in{you}, but a name for it can be a relief too: it's "
                "common, and it gets better with the right help. How are you feeling about it?")
    if _ASHAMED.search(text):
        return (f"I'm sorry you feel that way{you}, but asking for help is exactly what a good mum "
                "does. Postnatal depression is an illness, not a failing, and getting help is how "
                "you get back to yourself.")
    return None
