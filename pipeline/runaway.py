"""A young person about to run away, or an adult taking a child in: named for what it is.

Ruby (14) said as a new user: "im gonna run away tonight", "mums boyfriend keeps shouting at me
and she never listens", "my boyfriend said i can stay at his flat, he's 19" and "he says he
loves me and he'll look after me", and the next day "i'm at his flat now" and "he gave me vodka
and says i shouldn't tell my mum where i am". A child who runs away is at risk tonight; an adult
"boyfriend" who offers a child a place to stay, drink and secrets is how grooming looks. What
the child-protection lines say: you're not in trouble, don't go alone, tell a trusted adult or
call the helpline, and the emergency number when in danger now.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import CHILD_AGE, sentence_start, topic_clause

__all__ = ["follows_up_runaway", "runaway_answer"]

_RUN_AWAY = re.compile(r"\b(?:run|running|ran) away\b|\bleave home (?:tonight|tomorrow|for good)\b|"
                       r"\bnever (?:going|coming) (?:back|home)\b", re.IGNORECASE)
# "he's 19", "my boyfriend is 22", "an older guy"
_ADULT = re.compile(r"\b(?:he|she|they)(?:'s| is| are|'re) (?:1[89]|[2-9]\d)\b|\b(?:boyfriend|"
                    r"girlfriend|bf|gf|guy|man|friend)\b[^.!?]{0,15}\b(?:is|'s) (?:1[89]|[2-9]\d)"
                    r"\b|"
                    r"\b(?:an? )?older (?:guy|man|boyfriend|bloke)\b", re.IGNORECASE)
_STAY_WITH = re.compile(r"\b(?:stay|live|sleep|move in) (?:at|with|in) (?:his|her|their) (?:flat|"
                        r"house|place|car)\b|\bat (?:his|her|their) (?:flat|house|place) (?:now|"
                        r"tonight)\b|\bi'?m (?:at|in) (?:his|her|their) (?:flat|house|place)\b",
                        re.IGNORECASE)
_SECRET = re.compile(r"\b(?:shouldn'?t|mustn'?t|not (?:to )?|don'?t|never) tell (?:my |your )?"
                     r"(?:mum|mom|dad|parents|anyone|anybody)\b|\bgave me (?:vodka|alcohol|drink|"
                     r"drinks|weed|pills|wine|beer)\b|\bour (?:little )?secret\b", re.IGNORECASE)
_LOVES_ME = re.compile(r"\b(?:loves me|look after me|take care of me|understands me|cares about "
                       r"me)\b", re.IGNORECASE)


def follows_up_runaway(text: str) -> bool:
    """A line after ("i'm at his flat now"): the last days' lines are read."""
    return _STAY_WITH.search(text) is not None or _SECRET.search(text) is not None


def runaway_answer(text: str, earlier: Sequence[str], you: str, country: str = "",
                   call: str = "call the emergency number") -> str | None:
    """The whole reply to a young person running away or taken in by an adult, or to a line
    after it; else None. ``you``: ", Ruby" or ""."""
    recent = [*earlier[-10:], text]
    child = any(CHILD_AGE.search(line) for line in recent)
    groomed = child and any(_ADULT.search(said) for said in recent)
    # Grooming is Childline's; running away the runaway line's
    topics = ("child", "runaway") if groomed else ("runaway",)
    line = topic_clause(country, *topics, otherwise="a teacher or an adult you trust can help")
    helps = sentence_start(line)
    if groomed and _SECRET.search(text):
        return (f"That's not okay{you}, and it's not your fault: an adult who gives you drink and "
                f"tells you to keep secrets is a big warning sign. Please {call} or ring your mum "
                "now and tell them where you are. Can you do that?")
    if groomed and _STAY_WITH.search(text) and re.search(r"\bnow\b|\btonight\b", text, re.I):
        return (f"I'm worried about you{you}. If you feel unsafe or can't leave, {call} right now; "
                f"otherwise please ring your mum or someone you trust to come and get you. Can you "
                "do that now?")
    if groomed and (_STAY_WITH.search(text) or _ADULT.search(text)):
        return (f"I'm worried about that{you}: an adult who asks someone your age to stay at "
                f"their place isn't safe, however kind they seem, so please don't go. {helps}. Who "
                "could you tell today?")
    if groomed and _LOVES_ME.search(text):
        return (f"I know it feels like that{you}, but an adult who really cared wouldn't ask you "
                f"to run away or keep secrets: that's how grooming starts. {helps}. Will you talk "
                "to them?")
    if _RUN_AWAY.search(text) and child:
        return (f"It sounds like things feel really bad at home{you}. Please don't go off alone "
                f"tonight, it isn't safe: {line}. What's been happening?")
    return None
