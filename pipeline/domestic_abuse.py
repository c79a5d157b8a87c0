"""A partner who hits them: not their fault, their choice, a plan and a line for when it's safe.

Donna said as a new user: "He hit me again last night and the kids saw it.", "He says it's my
fault for winding him up." (got "It's not your fault, Donna. Be kind to him and let him know you
care about him."), "I can't leave, where would I even go with three kids?" and "Please don't
tell me to call the police.", and two days on "He's been lovely all week, bringing me flowers."
and "Maybe he's changed this time.". What domestic abuse services say: it is never the victim's
fault, whatever he says; they choose when and whether to leave; a helpline and refuges that take
children exist; the calm after is part of the pattern, so a safety plan stays; the emergency
number when in danger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import sentence_start, topic_line
from pipeline.steer import THEY, them_in

__all__ = ["abuse_answer", "follows_up_abuse"]

THEY_OBJECT = {"he": "him", "she": "her"}

_PARTNER = r"(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex))"
# "he hit me" from a stranger in a pub is an assault, not this: a partner named, "again", or the
# children there says it is home.
_AT_HOME = re.compile(r"\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|again|"
                      r"every time|always|keeps|kids|children|pregnant)\b", re.IGNORECASE)
_PREGNANT = re.compile(r"\bpregnant\b|\bweeks gone\b|\bthe bump\b", re.IGNORECASE)
# "He hit me again last night": hurt by a partner; a sibling or a game is another matter.
_HURT = re.compile(
    r"^(?!.*\b(?:brother|sister|son|daughter|kid|dog|ball|accident\w*|game|playing|joking)\b)"
    r".*\b" + _PARTNER + r"\b (?:\w+ )?(?:hit|hits|punched|punches|slapped|slaps|kicked|kicks|"
    r"strangled|strangles|choked|chokes|beat|beats|pushed|shoved|threw something at) me\b",
    re.IGNORECASE)
_BLAMED = re.compile(r"\b(?:my (?:own )?fault|i (?:wound|wind) him up|i deserved|i provoked|i "
                     r"made him|i asked for it|winding him up|if i (?:just )?didn'?t)\b",
                     re.IGNORECASE)
_CANT_LEAVE = re.compile(r"\b(?:can'?t|cannot|couldn'?t) (?:leave|go)\b|\bwhere would i (?:even )?"
                         r"go\b|\bnowhere to go\b", re.IGNORECASE)
_NO_POLICE = re.compile(r"\b(?:don'?t|do not) (?:tell me to )?(?:call|ring|involve) the police\b|"
                        r"\bno police\b|\bnot (?:calling|ringing) the police\b", re.IGNORECASE)
_CALM_AFTER = re.compile(r"\b(?:been (?:lovely|so nice|really nice|great|sweet|good)|bringing me "
                         r"flowers|said (?:he'?s|she'?s) sorry)\b", re.IGNORECASE)
_FIRST_TIME = re.compile(r"\b(?:never (?:done|did) (?:that|this|it) before|(?:the )?first time|not "
                         r"like (?:him|her)|out of character|only (?:did it )?once)\b",
                         re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:(?:he'?s|she'?s|he has|she has) changed|won'?t happen again|promised "
                      r"(?:it won'?t|never|to change))\b", re.IGNORECASE)


def follows_up_abuse(text: str) -> bool:
    """A line days after ("He's been lovely all week"): the last days' lines are read."""
    return _CALM_AFTER.search(text) is not None or _CHANGED.search(text) is not None


def abuse_answer(text: str, earlier: Sequence[str], you: str, country: str = "",
                 call: str = "call the emergency number") -> str | None:
    """The whole reply to being hurt by a partner, or to a line after it; else None. ``you``:
    ", Donna" or ""; ``call``: "call 999"."""
    line = topic_line("abuse", country)  # a sentence of its own: "... is free, day or night, on"
    helps = sentence_start(line or "a domestic abuse helpline")
    he = THEY[them_in([*earlier[-4:], text])]  # "he", "she" or "they"
    told = " ".join([*earlier[-4:], text])
    if _HURT.search(text) and _AT_HOME.search(told) and not any(
            _HURT.search(said) for said in earlier[-8:]):
        if _PREGNANT.search(told):
            return (f"That's not okay{you}, and it's not your fault. Please ring your midwife or "
                    f"maternity unit today to check on the baby, and if there's pain or bleeding, "
                    f"{call} now. Are you safe right now?")
        kids = " and the kids" if re.search(r"\b(?:kids|children|son|daughter|baby)\b", text,
                                            re.I) else ""
        return (f"That's not okay{you}, and it's not your fault: nobody has the right to hurt you. "
                f"{helps}{'' if line else ' can help'}, in confidence. Are you{kids} safe right "
                "now?")
    if not any(_HURT.search(said) for said in earlier[-8:]):
        return None
    if _BLAMED.search(text):
        return (f"It isn't{you}, and I'm sorry he's made you feel it is: nothing you say or do "
                "makes it okay to hurt you, and blaming you is part of it. How are you feeling?"
                ).replace(" he's ", f" {he}'s " if he != "they" else " they've ")
    if _CANT_LEAVE.search(text):
        can = "" if line else " can help"
        return (f"That sounds so hard{you}, and you don't have to decide anything today. {helps}"
                f"{can}: they can talk through options, including refuges that take children, and "
                f"if you're ever in danger, {call}.")
    if _NO_POLICE.search(text):
        return (f"I won't push you{you}, it's your choice. But if you or the kids are ever in "
                f"danger, {call}. Is there someone you trust who knows what's happening?")
    if _FIRST_TIME.search(text):
        when = ("it often starts or gets worse in pregnancy" if _PREGNANT.search(told) else
                "a first time is often how it starts")
        return (f"I'm so sorry{you}: even once matters, and {when}. {helps}"
                f"{'' if line else ' can help'}, in confidence. Are you safe at home tonight?")
    if _CHANGED.search(text):
        return (f"I really hope so for you{you}, but after being hurt before, it's worth keeping a "
                f"plan to stay safe, just in case. {helps}{', and they' if line else ''} can help "
                "you make one. What would help you feel safe?")
    if _CALM_AFTER.search(text):
        return (f"I'm glad it's been calmer{you}. It's really common for things to go quiet for "
                "a while after someone hurts you, and then start again, so it's worth keeping a "
                f"plan to stay safe. How are you feeling about {THEY_OBJECT.get(he, 'it')}?")
    return None
