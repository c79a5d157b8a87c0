"""About to lose their home, or sleeping in a car in the cold: where to go, today.

Tyrone (19) said as a new user: "my landlord just gave me an eviction notice, got 2 weeks to get
out", "i got nowhere to go tbh", "might have to sleep in my car tonight its freezing", "what do
i even do" (got "there are many options available"), and the next day "slept in the car last
night, was so cold" ("That's great to hear! How was your day?") and "the council said they cant
help till im actually homeless". What housing charities tell people: go to the council's housing
team before you have to leave, since in the UK it must help from when you are at risk of losing
your home (within about two months), not only once you are on the street; in freezing weather
councils open emergency beds; Shelter's free helpline advises. Elsewhere the local housing
services and tenants' advice play the council's part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import sentence_start, topic_line

__all__ = ["follows_up_housing", "housing_answer"]

_EVICTED = re.compile(
    r"\b(?:eviction (?:notice|letter)|evict(?:ed|ing)? (?:me|us)|(?:got|have|given) (?:\w+ )?"
    r"(?:weeks?|days?|months?) to (?:get out|leave|move out)|kick(?:ed|ing)? (?:me|us) out(?! of "
    r"(?:the |a )?(?:pub|club|bar|class|lesson|game|room|group|chat|team|shop))|section 21|"
    r"(?:landlord|landlady|letting agent|agency|housing association)\b[^.!?]{0,30}\b(?:told|"
    r"asked|wants) (?:me|us) to (?:leave|move out|get out)|losing (?:my|our) (?:flat|house|home|"
    r"place))\b", re.IGNORECASE)
_KICKED_OUT = re.compile(r"\bkick(?:ed|ing)? (?:me|us) out\b", re.IGNORECASE)
_NOWHERE = re.compile(r"\b(?:nowhere|no where|no ?place) to (?:go|stay|live|sleep)\b|\b(?:i'm|im|"
                      r"i am|we're|we are) (?:homeless|sofa surfing|couch surfing)\b",
                      re.IGNORECASE)
_OUT = (r"\b(?:in (?:my|the|a|our) (?:car|van)|on the streets?|rough|in (?:a|the) park|in a "
        r"doorway|in a bus shelter)\b")
# Not a night in the car on a long drive: the cold, having to, or a home lost says it.
_HARD_NIGHT = re.compile(r"\b(?:cold|freezing|have to|had to|got to|no choice|nowhere|homeless|"
                         r"kicked out|evict\w*)\b", re.IGNORECASE)
_SLEEPING_OUT = re.compile(r"\b(?:sleep|sleeping|kip|kipping|stay|staying)\b[^.!?]{0,20}" + _OUT,
                           re.IGNORECASE)
_SLEPT_OUT = re.compile(r"\b(?:slept|kipped|stayed|spent the night|had to (?:sleep|kip))\b"
                        r"[^.!?]{0,20}" + _OUT, re.IGNORECASE)
_TURNED_AWAY = re.compile(r"\b(?:council|housing)\b[^.!?]{0,40}\b(?:can'?t|cant|won'?t|wont|"
                          r"couldn'?t|not able to|refused to|wouldn'?t) help\b", re.IGNORECASE)
_WHAT_NOW = re.compile(r"\bwhat (?:do|can|should) i (?:even )?do\b|\bwhere (?:do|can|should) i "
                       r"(?:even )?(?:go|start)\b|\bwhat now\b", re.IGNORECASE)


def follows_up_housing(text: str) -> bool:
    """A line days after ("slept in the car last night"): the last days' lines are read."""
    return any(pattern.search(text) for pattern in (_SLEPT_OUT, _TURNED_AWAY))


def housing_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to a home about to be lost, or a night out in the cold, or to a line
    after it; else None. ``you``: ", Tyrone" or ""."""
    recent = [*earlier[-8:], text]
    uk = country == "GB"
    council = "your council's housing team" if uk else "your local housing services"
    shelter = topic_line("housing", country)
    hard = _HARD_NIGHT.search(text) or any(_EVICTED.search(line) or _NOWHERE.search(line)
                                           for line in earlier[-8:])
    if (slept := _SLEPT_OUT.search(text)) and hard:
        where = re.sub(r"\b(?:my|the|our)\b", "your", re.search(_OUT, slept.group(0)).group(0))
        return (f"I'm so sorry{you}, that must have been cold and miserable. Please tell "
                f"{council} today that you slept {where}: you're homeless now, and they "
                f"{'have to' if uk else 'can'} help. Are you somewhere warm now?")
    if _SLEEPING_OUT.search(text) and hard:
        ring = ("ring your council's out-of-hours housing number now: councils often open "
                "emergency beds when it's freezing" if uk else f"ring {council} or a shelter now")
        return (f"That sounds so hard{you}. Please don't spend tonight in the cold if you can help "
                f"it; {ring}. Is there anyone whose sofa you could have?")
    housing_told = any(_EVICTED.search(line) or _NOWHERE.search(line) for line in recent)
    if not housing_told:
        return None
    if _TURNED_AWAY.search(text) and uk:
        return (f"That's not right{you}: councils have to help from when you're at risk of "
                "losing your home, not only once you're on the street. Ask them for a "
                f"homelessness assessment in writing, and {shelter} can back you up.")
    if _WHAT_NOW.search(text):
        checker = sentence_start(shelter or _TENANTS)
        return (f"Go to {council} today{you}, before you have to leave, and tell them you're "
                f"being evicted with nowhere to go. {checker} can check the notice too. "
                "What feels hardest right now?")
    if _KICKED_OUT.search(text) and not any(_EVICTED.search(line) for line in earlier[-8:]):
        return (f"I'm so sorry{you}, that's awful. Go to {council} today and tell them you've "
                f"nowhere to stay: they {'have to' if uk else 'can'} help. Is there somewhere "
                "safe you can sleep tonight?")
    if _EVICTED.search(text) and not any(_EVICTED.search(line) for line in earlier[-8:]):
        return (f"That sounds really frightening{you}. Tell {council} now, before you have to "
                f"leave: they help people before they lose their home{_helps(shelter)}. Is "
                "there anywhere you could stay for now?")
    if _NOWHERE.search(text):
        must = "has to" if uk else "can"
        return (f"That sounds so scary{you}. You won't be left with nothing: {council} {must} "
                "help when you've nowhere to go, so please go to them this week. Is there a "
                "friend who could put you up for now?")
    return None


_TENANTS = "a tenants' advice service"


def _helps(shelter: str) -> str:
    """ ", and Shelter's free helpline on ... can check the notice", as a clause."""
    return f", and {shelter or _TENANTS} can check the notice"
