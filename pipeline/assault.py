"""Sex they did not agree to, told: believed, not blamed, and what they decide is theirs.

Niamh (22) said as a new user: "something happened at a party on saturday", "i said no and he
didn't stop", "it's my fault really, i was drunk", "i don't want to go to the police" and
"please don't tell anyone", and days later "i keep having flashbacks, i can't sleep". What the
rape crisis services say to someone who tells: I believe you, it is not your fault (drink is
never consent), you decide what happens next, reporting or not; support is there day or night,
and a sexual assault referral centre can look after their health and keep evidence without a
report to the police.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import topic_sentence
from pipeline.steer import THEY, them_in

__all__ = ["ASSAULT_DAYS", "assault_answer", "follows_up_assault"]

ASSAULT_DAYS = 14  # flashbacks, and telling no one, come days and weeks after

# "i said no and he didn't stop", "he raped me", "I was too drunk to say no"
_TOLD = re.compile(
    r"\b(?:i said no|i told (?:him|her|them) (?:no|to stop(?! \w+ing))|i (?:asked|begged) (?:him|"
    r"her|them) to stop(?! \w+ing)|i (?:pushed|tried to push) (?:him|her|them) (?:off|away))\b"
    r"[^.!?]{0,40}\b(?:(?:didn'?t|did not|wouldn'?t|would not) stop|kept going|carried on|"
    r"did it anyway)\b"
    r"|\b(?:he|she|they|someone|a man|a guy)\b[^.!?]{0,20}\b(?:raped|sexually assaulted|forced "
    r"(?:himself|herself|themselves) on) me\b|\bi (?:was|got|have been|'ve been) (?:raped|sexually "
    r"assaulted)\b|\bi was (?:too drunk|asleep|passed out|unconscious) (?:to (?:say no|stop (?:him|"
    r"her|them)|consent)|when (?:he|she|they) (?:had sex|started))\b", re.IGNORECASE)
_SAID_NO = re.compile(r"\bi said no\b|\bi told (?:him|her|them) (?:no|to stop)\b", re.IGNORECASE)
_BLAMES_SELF = re.compile(r"\b(?:my (?:own )?fault|i (?:was|got) (?:so |really |too )?(?:drunk|"
                          r"wasted)|i (?:led|must have led) him on|i shouldn'?t have (?:gone|been|"
                          r"drunk|worn|kissed)|i asked for it|i deserved it)\b", re.IGNORECASE)
_NO_POLICE = re.compile(r"\b(?:don'?t|do not|dont|won'?t|not going to|can'?t) (?:want to )?"
                        r"(?:go to|tell|report (?:it )?to|call) the police\b|\bno police\b",
                        re.IGNORECASE)
_KEEP_SECRET = re.compile(r"\b(?:don'?t|do not|dont|never) tell (?:anyone|anybody|a soul)\b|"
                          r"\bkeep (?:it|this) (?:a )?secret\b", re.IGNORECASE)
_AFTER = re.compile(r"\bflash ?backs?\b|\bnightmares?\b|\bcan'?t (?:stop thinking about it|sleep|"
                    r"stop shaking|eat)\b|\bfeel (?:so )?(?:dirty|disgusting|numb)\b",
                    re.IGNORECASE)
_TOLD_NOBODY = re.compile(r"\b(?:haven'?t|have not|not) told (?:anyone|anybody|a soul)\b",
                          re.IGNORECASE)


def follows_up_assault(text: str) -> bool:
    """A line days after ("i keep having flashbacks"): the last days' lines are read."""
    return _AFTER.search(text) is not None or _TOLD_NOBODY.search(text) is not None


def assault_answer(text: str, earlier: Sequence[str], you: str, country: str = "") -> str | None:
    """The whole reply to an assault told, or to a line about it told before; else None.
    ``you``: ", Niamh" or ""."""
    there = topic_sentence(country, "assault", otherwise="a sexual assault centre can look after "
                           "your health") + ", whatever you decide"
    if _TOLD.search(text) and not any(_TOLD.search(said) for said in earlier[-8:]):
        who = THEY[them_in([*earlier[-3:], text])]
        return (f"I'm so sorry{you}, and thank you for telling me: what {who} did was not okay, "
                f"and it's not your fault. {there}. Are you safe right now?")
    if not any(_TOLD.search(said) for said in earlier[-8:]):
        return None
    if _BLAMES_SELF.search(text):
        said_no = ", and you said no" if any(_SAID_NO.search(s) for s in earlier[-8:]) else ""
        return (f"I'm so sorry you're carrying that{you}, but it really isn't your fault: being "
                f"drunk is never a yes{said_no}. The only person responsible is the one who didn't "
                "stop. How are you feeling today?")
    if _NO_POLICE.search(text):
        return (f"That's your choice to make{you}, and nobody should push you. A sexual assault "
                "centre can check you're okay and keep evidence in case you ever change your "
                "mind, without the police. Would that feel okay?")
    if _KEEP_SECRET.search(text):
        return (f"I won't tell anyone{you}: I can't contact anyone, and what you tell me stays on "
                "this device. You're in charge of what happens next. How are you feeling right "
                "now?")
    if _AFTER.search(text):
        return (f"That sounds so hard{you}, and flashbacks are a really common reaction to what "
                f"happened, not a sign you're not coping. {there}. Could you talk to them?")
    if _TOLD_NOBODY.search(text):
        return (f"That must be so heavy to carry alone{you}, and thank you for trusting me with "
                "it. There's no rush: when you feel ready, someone you trust could be there for "
                "you too. Is there someone you feel safe with?")
    return None
