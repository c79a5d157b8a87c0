"""Pictures sent, and now a threat to share them unless they pay: sextortion, said plainly.

Callum (16) said as a new user: "i sent a girl some pics on insta and now she says shes gonna
send them to all my followers unless i pay her 200 quid", "i cant tell my mum shed kill me",
"should i just pay?", and the next day "i paid her 50 and now she wants more". Such blackmail
is a crime that has driven teenagers to suicide; what the police and child-protection services
tell its victims: you are not in trouble, do not pay (paying brings more demands), stop
replying, keep the messages as evidence, block and report, tell someone you trust, and get the
pictures taken down (Childline's Report Remove in the UK, NCMEC's Take It Down in the US).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_line

__all__ = ["follows_up_sextortion", "sextortion_answer"]

_PICTURES = (r"(?:pics?|pictures?|photos?|nudes?|videos?|vids?|images?|selfies?|snaps?|them|"
             r"it|everything)")
# A threat to share them: "she says shes gonna send them to all my followers unless i pay".
_THREAT = re.compile(
    r"\b(?:send|share|post|leak|show|put|spread|release|upload)\w*\b[^.!?]{0,30}\b" + _PICTURES
    + r"?\b[^.!?]{0,40}\b(?:followers|friends|family|parents|mum|mom|dad|school|everyone|"
    r"online|contacts|work|the internet|instagram|insta|snap|facebook|tiktok)\b[^.!?]{0,40}"
    r"\b(?:unless|if i (?:don'?t|do not|dont)|or else|or (?:she|he|they)(?:'ll| will| are|'re)|"
    r"until|pay|money|quid|pounds|dollars|bucks|gift cards?|bitcoin)\b"
    r"|\b(?:threaten\w*|blackmail\w*|sextort\w*)\b[^.!?]{0,60}\b" + _PICTURES + r"\b"
    r"|\b" + _PICTURES + r"\b[^.!?]{0,40}\b(?:blackmail\w*|sextort\w*)\b", re.IGNORECASE)
_SHOULD_PAY = re.compile(r"\b(?:should|shall|do) i (?:just )?(?:pay|send (?:her|him|them) "
                         r"(?:the )?money|give (?:her|him|them) (?:the )?money)\b|\bpay (?:her|"
                         r"him|them)\?", re.IGNORECASE)
_PAID = re.compile(r"\bi (?:already |just )?(?:paid|sent|gave) (?:her|him|them)\b|\bnow (?:she|"
                   r"he|they) wants? more\b|\bwants? more (?:money)?\b", re.IGNORECASE)
_NO_MONEY = re.compile(r"\bi (?:don'?t|dont|do not) have (?:the |that |any )?(?:money|\d+|£|\$|"
                       r"that much|enough)", re.IGNORECASE)
_CANT_TELL = re.compile(r"\b(?:can'?t|cant|cannot|won'?t|wont|couldn'?t) tell (?:my )?(mum|mom|"
                        r"dad|parents|anyone|anybody|family)\b", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:messaged|texted|said|says|sent|again)\b[^.!?]*\b(?:\d+|an?|one) "
                       r"(?:hours?|minutes?|mins?|hrs?)\b|\bdeadline\b", re.IGNORECASE)


def follows_up_sextortion(text: str) -> bool:
    """A line that goes on about such a threat ("i paid her 50 and now she wants more", "she
    messaged again saying i have 1 hour"): the last days' lines are read."""
    return any(pattern.search(text) for pattern in (_PAID, _DEADLINE, _SHOULD_PAY))


def _take_down(country: str) -> str:
    line = topic_line("sextortion", country)
    return f", and {line}" if line else ""


def sextortion_answer(text: str, earlier: Sequence[str], you: str,
                      country: str = "") -> str | None:
    """The whole reply to sextortion told, or to a line about it told before; else None.
    ``you``: ", Callum" or "". Two sentences and a question, as every spoken answer."""
    before = any(_THREAT.search(line) for line in earlier[-8:])
    if _THREAT.search(text) and not before:
        return (f"I'm so glad you told me{you}: this is sextortion, it's a crime, and you're not "
                "the one in trouble, they are. Please don't pay, it only brings more demands; stop "
                "replying, screenshot everything and block them. Could you tell someone you "
                "trust today?")
    if not before:
        return None
    if _PAID.search(text):
        return (f"That's exactly what they do{you}, and it's not your fault. Please don't pay "
                "any more: stop replying, keep the messages, and block them. Could you tell "
                "someone you trust or the police today?")
    if _NO_MONEY.search(text):
        return (f"You don't need to find it{you}: please don't pay them anything, it only brings "
                "more demands. Screenshot the messages and block them. Who could you tell today?")
    if _SHOULD_PAY.search(text):
        return (f"Please don't pay anything{you}: paying almost never makes them stop, they "
                "just ask for more. Screenshot the messages, block them, and report them. Who "
                "could you tell today?")
    if _DEADLINE.search(text):
        return (f"That sounds so frightening{you}, but the deadline is a trick to rush you: don't "
                "reply and don't pay. Screenshot it, block them, and remember you're not in "
                "trouble. Who could you tell right now?")
    if told := _CANT_TELL.search(text):
        who = told.group(1).lower()
        who = "someone you trust" if who in ("anyone", "anybody") else f"your {who}"
        return (f"That sounds so scary{you}, but you're not in trouble, and anyone who loves "
                f"you will want to help. You don't have to do this alone{_take_down(country)}. "
                f"Could you tell {who} today?")
    return None
