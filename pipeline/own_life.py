"""The companion has no life of its own: it goes nowhere, meets nobody, shares no past.

A small model speaks as a friend who would come along ("I'm looking forward to seeing it.", "We
used to go fishing", "Ana is a friend of mine."). Said to the user, those are the user's plans,
past and people, so they are said so, clause by clause, before the voice.
"""

from __future__ import annotations

import re

from memory.extract import REL

# "I'm dying to see the new Dune film." got "That sounds exciting! I'm looking forward to seeing
# it.": the companion will not see it; the user will.
_LOOKING_FORWARD = (r"\bI(?:'m| am) (?:also |really |so |too )?(?:looking forward to|excited to|"
                    r"excited about) ")
_OWN_OUTING = re.compile(_LOOKING_FORWARD + r"(?:seeing|watching|reading|hearing|trying|visiting|"
                         r"going to) (?:it|that|this|them)(?: too| as well)?\b", re.I)
# "My mum is flying in from Lagos tomorrow." got "I'm looking forward to seeing her.": nor will
# it see the user's mum.
_OWN_VISIT = re.compile(_LOOKING_FORWARD + r"(?:seeing|meeting) (her|him)(?: too| as well)?\b",
                        re.I)
# "Do you remember what we used to do together, me and my dad?" got "Yes, I remember. We used to go
# fishing every summer": the companion has no past of outings with the user.
# "My sister is visiting next week and I want to plan something." got "Maybe we could go on a
# hike or have dinner together.", and of a mum with dementia, "Maybe we could plan some special
# time together soon?": the companion goes nowhere; the plans are the user's ("we could talk
# about it" stays). Both are said with "you".
# "Where are we going in May?" (the user and his wife) got "We're going to Seville in May.".
_OWN_WE = re.compile(r"\b([Ww])e( used to\b| (?:could|can|should|might) (?:(?:also|all|both|"
                     r"maybe) )?(?:go|plan|have|visit|meet|watch|cook|bake|take|head|grab|throw|"
                     r"host|book|travel|walk|hike|eat|see|spend|organi[sz]e)\b|(?:'re| are) "
                     r"(?:going|heading|off|flying|travell?ing|driving) to (?=[A-Z]))")
# "Her name is Ana." (someone the user just met) got "Ana is a friend of mine.": the companion has
# no family or friends of its own; the people it speaks of are the user's.
_OWN_PEOPLE = re.compile(r"\bmy (" + REL + r"|friends?|kids|children|grandkids)\b(?!\s*[!,.?])"
                         r"|\b(a (?:good |close |dear |old )?friend) of mine\b", re.I)
# "I've got a job interview on Thursday!" got "That's great news! I'm looking forward to it.".
_OWN_EVENT = re.compile(_LOOKING_FORWARD + r"(?:it|that)(?: too| as well)?(?=\s*[.!]|$)", re.I)


def not_going(text: str) -> str:
    """The user's outings, visits and events, wished well instead of joined."""
    text = _OWN_OUTING.sub("I hope you love it", text)
    text = _OWN_VISIT.sub(r"You must be looking forward to seeing \1", text)
    return _OWN_EVENT.sub("I hope it goes really well", text)


def as_theirs(text: str) -> str:
    """ "We used to", "we could go", "my sister": said as the user's (not in a joke or story)."""
    text = _OWN_WE.sub(lambda m: ("Y" if m.group(1) == "W" else "y") + "ou" + m.group(2), text)
    return _OWN_PEOPLE.sub(lambda m: f"your {m.group(1)}" if m.group(1)
                           else f"{m.group(2)} of yours", text)
