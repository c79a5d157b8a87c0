"""A baby who will not stop crying, and a parent at the end of their rope: it is okay to walk away.

Dan (his son three weeks old) said as a new user: "He's been screaming for two hours and nothing
works.", "I'm so tired I can't think straight." and then "Honestly I'm losing it, I just want to
shake him and make him stop.", and nothing in the companion took it for what it is. A parent who
says that is asking for help: the answer that protects the baby is the one health visitors give
(crying is normal, comforting may not always work, it's okay to put the baby down safely and walk
away for a few minutes, never shake a baby), said at once, and the next lines ("What do I do?",
"He's in his cot now.") answered knowing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.steer import them_in

__all__ = ["crying_answer"]

# A baby told of: "our son is three weeks old", "the baby", "his cot".
_BABY = re.compile(r"\b(?:baby|newborn|weeks? old|months? old|little one|cot|colic|colicky)\b",
                   re.IGNORECASE)
_CRYING = re.compile(r"\b(?:crying|screaming|wailing|howling)\b[^.!?]{0,25}\b(?:for (?:\w+ )?"
                     r"(?:hours?|ages|the whole|all (?:night|day|evening))|non-?stop|hours)\b|"
                     r"\bwon't stop (?:crying|screaming)\b|\bnothing (?:works|helps|settles "
                     r"(?:him|her|them))\b", re.IGNORECASE)
_TO_HURT = re.compile(
    r"^(?!.*\b(?:lol|haha\w*)\b).*\b(?:(?:want|going|about|tempted) to|wanna|gonna|could|might|"
    r"feel like i (?:could|might|want to)|feel like) (?:just )?(?:shake|hit|smack|slap|hurt|throw|"
    r"squeeze) (him|her|them|the baby|my baby|it)\b", re.IGNORECASE)
_WHAT_NOW = re.compile(r"\bwhat (?:do|should|can|shall) i do\b|\bhelp me\b", re.IGNORECASE)
_PUT_DOWN = re.compile(
    r"^(?!.*\?).*\b(?:he|she|they|the baby|baby)(?:'s|'re| is| are)? (?:(?:safe )?in (?:his|her|"
    r"their|the) (?:cot|crib|moses basket|bed|pram)|down (?:in|now)|settled)\b|\bi(?:'ve| have)? "
    r"put (?:him|her|them|the baby) down\b", re.IGNORECASE)


def crying_answer(text: str, earlier: Sequence[str], you: str) -> str | None:
    """The whole reply to a parent at the end of their rope with a crying baby, or to the next
    line about it; None for any other line. ``you``: ", Dan" or ""."""
    recent = [*earlier[-6:], text]
    if not any(_BABY.search(line) for line in recent):
        return None
    him = them_in(recent, he="son|boy", she="daughter|girl")
    his = {"him": "his", "her": "her"}.get(him, "their")
    walk_away = (f"Please put {him} down safely in {his} cot, on {his} back, and walk out of the "
                 f"room for a few minutes{you}. Crying won't hurt {him}, but shaking could, "
                 "badly: it's okay to step away and breathe. Is there anyone who can come and "
                 "take over?")
    if _TO_HURT.search(text):
        return walk_away
    told = any(_TO_HURT.search(line) for line in earlier[-3:])
    if told and _PUT_DOWN.search(text):
        return (f"Well done{you}, that was exactly the right thing to do. Take a few minutes, "
                "breathe, have a glass of water. Is there anyone who can come and help?")
    if told and _WHAT_NOW.search(text):
        return walk_away
    if _CRYING.search(text):
        return (f"That sounds exhausting{you}, and so hard to listen to. If you need to, it's "
                f"okay to put {him} down safely in {his} cot and take a few minutes to breathe. "
                "How are you holding up?")
    return None
