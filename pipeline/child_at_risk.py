"""A parent's worst moments told: their teenager self-harming, a much older "boyfriend", and
frightening thoughts about their own baby.

Tried as new users: "My daughter is cutting herself.", "My 15 year old daughter has a 25 year
old boyfriend." and "I've been having thoughts of hurting my baby." were left to the model (see
tools/quality_bench/harmed_people.py for its replies). What the services say: stay calm and
close with a self-harming child, the GP soon, the emergency number for a deep wound or talk of
dying; an adult with a child under 16 is abuse whatever it is called (the NSPCC's line for
worried adults in the UK); unwanted thoughts of harm are common after a birth and rarely acted
on, the GP or health visitor helps, and the baby is put down safely if the parent ever feels
they might.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_line
from pipeline.steer import THEY, them_in

__all__ = ["child_risk_answer"]

_KID = r"(?:daughter|son|child|kid|boy|girl|teenager|stepdaughter|stepson)"
_SELF_HARM = re.compile(r"\bmy (?:\w+ )?" + _KID + r"\b[^.!?]{0,30}\b(?:(?:cutting|burning) "
                        r"(?:herself|himself|themselves)|hurting (?:herself|himself|themselves) on "
                        r"purpose|self[- ]harm(?:ing|s)?)\b", re.IGNORECASE)
# "my 15 year old daughter has a 25 year old boyfriend"
_YEARS_OLD = r"[- ]?(?:year|yr)s?[- ]?old "
_AGES = re.compile(r"\bmy (?:1[0-5]|[4-9]|twelve|thirteen|fourteen|fifteen)" + _YEARS_OLD + r"(?:"
                   + _KID + r")\b[^.!?]{0,40}\b(?:1[89]|[2-9]\d)" + _YEARS_OLD + r"(?:boyfriend|"
                   r"girlfriend|man|woman|guy|bloke)\b", re.IGNORECASE)
_HARM_THOUGHTS = re.compile(
    r"\b(?:thoughts?|images?|pictures?|scared|afraid|terrified|worried) (?:of|about|(?:that )?"
    r"i(?:'ll|'d| might| will| would)) ?(?:hurting|harming|shaking|dropping|drowning|smothering|"
    r"hurt|harm|shake|drop) (?:my|the|our) (?:baby|newborn|son|daughter)\b", re.IGNORECASE)


_TAKEN_AWAY = re.compile(r"\b(?:take|taken|took) (?:him|her|them|my baby|the baby|my kids?) "
                         r"(?:away|off me)\b", re.IGNORECASE)
_CANT_STOP = re.compile(r"\bcan'?t (?:stop|get rid of) (?:the |these |those )?(?:pictures|images|"
                        r"thoughts)\b", re.IGNORECASE)
_ANGRY = re.compile(r"\b(?:angry|furious|cross|livid|mad) (?:with|at) (?:her|him|them)\b|\bwhy "
                    r"would (?:she|he|they) do this\b", re.IGNORECASE)
_FOUND = re.compile(r"\b(?:found|saw|seen|noticed)\b[^.!?]{0,30}\b(?:blood|cuts?|marks|scars|"
                    r"blades?|razors?|bandages?)\b", re.IGNORECASE)
_GIFTS = re.compile(r"\b(?:buys?|bought|gives?|gave) (?:her|him) (?:things|stuff|presents|gifts|"
                    r"a phone|clothes|money)\b|\b(?:so |really )?mature\b", re.IGNORECASE)
_OVERREACTING = re.compile(r"\b(?:am i|i'm|i am) (?:just )?(?:overreacting|being paranoid|being "
                           r"silly|making a fuss)\b", re.IGNORECASE)


def _after(text: str, earlier: Sequence[str], you: str, call: str) -> str | None:
    """The lines after a child at risk was told in this conversation."""
    if any(_HARM_THOUGHTS.search(said) for said in earlier[-6:]):
        if _TAKEN_AWAY.search(text):
            return (f"That sounds like such a scary thing to carry{you}, and it stops so many "
                    "parents asking for help, but having such thoughts doesn't make you a danger: "
                    "telling your GP or health visitor is how you get support. Will you tell them?")
        if _CANT_STOP.search(text):
            return (f"That sounds exhausting{you}, and thoughts that won't stop are often anxiety "
                    "after a birth, which is very treatable. Would you tell your GP or health "
                    "visitor today?")
    if any(_SELF_HARM.search(said) for said in earlier[-6:]) and _FOUND.search(text):
        she = THEY[them_in(earlier[-6:], he="son|boy", she="daughter|girl")]
        return (f"That must have been awful to find{you}. If the cuts look deep or won't stop "
                f"bleeding, get them seen today; if not, a calm talk and the GP soon. How is {she} "
                "now?")
    if any(_SELF_HARM.search(said) for said in earlier[-6:]) and _ANGRY.search(text):
        return (f"It's natural to feel angry when you're frightened{you}. Self-harm is usually a "
                "way of coping with pain, not something done to you. Could you tell her you're "
                "worried rather than cross?")
    if any(_AGES.search(said) for said in earlier[-6:]):
        if _OVERREACTING.search(text):
            return (f"No{you}, you're not: an adult with someone that young is a real danger, and "
                    "your instinct is right. Will you talk to someone about it today?")
        if _GIFTS.search(text):
            return (f"That's often how grooming looks{you}: gifts, and being made to feel grown "
                    "up. Please don't wait to get advice. Does she have anyone else she talks to?")
    return None


def child_risk_answer(text: str, earlier: Sequence[str], you: str, country: str = "",
                      call: str = "call the emergency number") -> str | None:
    """The whole reply to a child at risk told by a parent, or to a line after it; else None.
    ``you``: ", Lisa"."""
    if (after := _after(text, earlier, you, call)) is not None:
        return after
    if _HARM_THOUGHTS.search(text):
        return (f"That must be so frightening{you}: thoughts like that are common in new parents "
                "and don't mean you'd act on them, but please tell your GP or health visitor "
                f"today. If you ever feel you might, put the baby down safely and {call}.")
    if hurting := _SELF_HARM.search(text):
        her = them_in([hurting.group(0)], he="son|boy|stepson", she="daughter|girl|stepdaughter")
        she = THEY[her]
        return (f"That must be so frightening to find out{you}. Stay calm and close to {her}, and "
                f"get {her} to the GP soon; if a cut is deep or {she} talks about wanting to die, "
                f"{call}. How did you find out?")
    if _AGES.search(text):
        line = topic_line("worried_adult", country)
        tell = f", and {line}" if line else ""
        she = THEY[them_in([text], he="son|boy", she="daughter|girl")]
        return (f"I'm worried too{you}: an adult with someone that young isn't a relationship, "
                f"it's abuse, however it's dressed up. Please tell the police{tell}. Does {she} "
                "know you're worried?")
    return None
