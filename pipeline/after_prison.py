"""Out of prison and starting again: a record that shuts doors, whether to hide it, and the pull
back to "what I know".

Talked to as Connor (out last month after three years) the 1.5B said "Oh no, Connor, that must
have been so worrying! Did you find them?" to "I got out of prison last month after three years."
(read as a pet that got out), "Try to consider your options" to "Should I just leave it off my
applications?", and "That's understandable, Connor. Sometimes it can be helpful to focus on what
you know" to "Sometimes I think I should just go back to what I know.". What charities for people
with convictions say: many employers do hire people with records; a conviction that must be
declared and is hidden can cost the job later, and what must be declared depends on how old it is
(they advise for free); and the first months out are when support matters most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["after_prison_answer", "follows_up_prison"]

_INSIDE = re.compile(r"\b(?:got|came|come|been|was|just) (?:out of|released from) (?:prison|jail|"
                     r"the nick)\b|\b(?:did|done|served) (?:\w+ )?(?:years?|months?|time) "
                     r"(?:inside|in prison|in jail)\b|\bmy (?:criminal )?record\b|\b(?:ex-?con|"
                     r"ex-?offender|on licence|on parole|my probation officer)\b", re.IGNORECASE)
_OUT_NOW = re.compile(r"\b(?:got|came|been|just) (?:out of|released from) (?:prison|jail)\b",
                      re.IGNORECASE)
_SHUT_OUT = re.compile(r"\b(?:nobody|no one|no-one|none of them)\b[^.!?]{0,30}\b(?:job|hire|work|"
                       r"take me on|give me a chance)\b", re.IGNORECASE)
_HIDE_IT = re.compile(r"\b(?:leave|keep) (?:it|my record|that) off\b|\b(?:lie|lying) about (?:it|"
                      r"my record)\b|\b(?:not|don't) (?:tell|mention) (?:them|it)\b.*\?",
                      re.IGNORECASE)
_GO_BACK = re.compile(r"\bgo(?:ing)? back to (?:what i know|my old (?:life|ways|mates)|the old "
                      r"ways|dealing|robbing|how things were)\b|\bback to (?:dealing|robbing|"
                      r"crime)\b|\bend up back inside\b", re.IGNORECASE)
_STILL_WANT = re.compile(r"\b(?:told|mentioned|was honest about)\b[^.!?]{0,30}\b(?:record|"
                         r"conviction|prison)\b[^.!?]{0,40}\b(?:still|anyway)\b", re.IGNORECASE)


def follows_up_prison(text: str) -> bool:
    """A line days after ("I told them about my record and they still want to see me.")."""
    return _INSIDE.search(text) is not None or _GO_BACK.search(text) is not None


def after_prison_answer(text: str, earlier: Sequence[str], you: str) -> str | None:
    """The whole reply to a line about starting again after prison, read with the lines before
    it; else None. ``you``: ", Connor" or ""."""
    if not any(_INSIDE.search(line) for line in [*earlier, text]):
        return None
    if _OUT_NOW.search(text) and not any(_OUT_NOW.search(line) for line in earlier):
        return (f"That's a big step{you}, and starting again takes real courage. How are you "
                "finding being out?")
    if _STILL_WANT.search(text):
        return (f"That's brilliant{you}: being honest took guts, and they still want to meet "
                "you. How are you feeling about it?")
    if _GO_BACK.search(text):
        return (f"That sounds so hard right now{you}, but you've already done the hardest part, "
                "and going back could cost you all of it. What would help most this week?")
    if _HIDE_IT.search(text):
        return (f"Being honest usually works out better{you}: a record hidden and found later can "
                "cost you the job, and some older convictions don't have to be told at all. A "
                "charity for people with convictions can tell you what you must say, for free.")
    if _SHUT_OUT.search(text):
        return (f"That's so frustrating{you}, when you're trying to do the right thing. Some "
                "employers do hire people with records, and there are charities that help with "
                "exactly this. What kind of work would you like?")
    return None
