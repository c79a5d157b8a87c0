"""Someone who will not leave them alone: stalking named as what it is, and what to do.

Anna said as a new user: "my ex keeps messaging me from new accounts every time i block him",
"he turned up outside my work yesterday", "i'm scared to walk home" and "should i just reply so
he stops?", and none of it was taken for stalking. The advice the stalking helplines give: do
not engage, keep a record of everything, tell the police; and for the walk home, company or a
taxi, and the emergency number if he is there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_line

__all__ = ["follows_up_stalking", "stalking_answer"]

# Contact after being told no, or being turned up on.
_PURSUED = re.compile(
    r"\b(?:keeps?|won't stop|will not stop|kept|still) (?:messaging|texting|calling|ringing|"
    r"following|turning up|showing up|contacting|waiting outside|driving past)\b[^.!?]*\b(?:block|"
    r"blocked|new (?:accounts?|numbers?|profiles?)|fake (?:accounts?|profiles?)|asked (?:him|her|"
    r"them) to stop|told (?:him|her|them) to stop|every day|all the time)\b|\b(?:from|on) (?:new|"
    r"different|fake) (?:accounts|numbers|profiles)\b|\b(?:turned|turns|showed|shows) up "
    r"(?:outside|at) my (?:work|house|home|flat|door|school|uni|gym|parents'?)\b|\b(?:he|she|they)"
    r"(?:'s| is| are|'re| keeps?) following me\b|\bwaiting outside my (?:work|house|home|flat)\b",
    re.IGNORECASE)
_SCARED_OUT = re.compile(r"\b(?:scared|afraid|frightened|terrified|nervous) (?:to|of) "
                         r"(?:walk(?:ing)?|go(?:ing)? (?:out|home|to work)|leav(?:e|ing) (?:the "
                         r"house|work)|be (?:home )?alone)\b", re.IGNORECASE)
_REPLY = re.compile(r"\b(?:should|shall|do) i (?:just )?(?:reply|answer|respond|message (?:him|"
                    r"her|them)|talk to (?:him|her|them)|meet (?:him|her|them)|unblock)\b",
                    re.IGNORECASE)


# "i went to the police and they gave me a crime number" (Anna, two days on) got "That's great to
# hear!": a brave step, met as one.
_REPORTED = re.compile(
    r"^(?!.*\?).*\b(?:i (?:went to|rang|called|told|spoke to|reported (?:him|her|them|it) to) the "
    r"police|(?:gave|got) (?:me )?a crime (?:reference )?number|i reported (?:him|her|them|it)|"
    r"(?:got|have|applied for) (?:a |an )?(?:restraining|non-molestation|protection|stalking "
    r"protection) order)\b", re.IGNORECASE)


def follows_up_stalking(text: str) -> bool:
    """A step told after stalking ("I went to the police."): the last days' lines are read."""
    return _REPORTED.search(text) is not None


def stalking_answer(text: str, earlier: Sequence[str], you: str, country: str = "",
                    call: str = "call the emergency number") -> str | None:
    """The whole reply to stalking told, or a line after it; None for any other line. ``you``:
    ", Anna" or ""; ``call``: how to say the country's emergency number ("call 999")."""
    before = any(_PURSUED.search(line) for line in earlier[-6:])
    who = f", or {line}" if (line := topic_line("stalking", country)) else ""
    if _PURSUED.search(text) and not before:
        return (f"That sounds frightening{you}, and it's not your fault: what you're describing "
                "is stalking, and it's a crime. Please don't reply, keep screenshots and a note "
                f"of each time, and tell the police{who}.")
    if _REPORTED.search(text) and any(_PURSUED.search(line) for line in earlier):
        return (f"I'm really glad you did that{you}. That took courage, and it all counts now. "
                "How are you feeling?")
    if not before and not _PURSUED.search(text):
        return None
    if _REPLY.search(text):
        return (f"I wouldn't{you}: replying usually keeps it going, even a reply asking them to "
                "stop. Keep every message as evidence instead, and let the police deal with it.")
    if _SCARED_OUT.search(text):
        return (f"Could someone walk with you, or could you get a taxi for now{you}? If they're "
                f"there or follow you, {call} straight away, and do tell your work so they can "
                "help keep you safe.")
    if _PURSUED.search(text):
        return (f"Please add that to your notes{you}, with the date and time: it all counts. Have "
                f"you been able to tell the police{who}?")
    return None
