"""Steers for starting over: a child leaving home, wondering whether they will find love again,
taking up something new, a loved one's test results back clear (``pipeline.steers`` tries them in
its order).

Each was a reply that went wrong with Gwen (just divorced after eighteen years, her son off to
university) or Hassan (learning Spanish for Madrid, his dad in hospital for tests)."""

from __future__ import annotations

import re

from memory.affect import HE_WORDS, SHE_WORDS
from pipeline.steer import Steer, them_for

_LEAVING = re.compile(
    r"^(?!.*\?).*\b(?i:my|our) (?i:eldest |youngest |little |only |baby )?((?i:son|daughter|"
    r"boy|girl|kids|children|twins|youngest|eldest))(?:,? [A-Z][a-z]+,?)? (?i:is|are|'s|'re) "
    r"(?i:(?:off|going|heading|moving) (?:off |away )?to (?:uni|university|college)|starting "
    r"(?:uni|university|college)|leaving home|moving out|flying the nest)\b")


def _feeling_about_it(user_text: str) -> str:
    found = _LEAVING.search(user_text)
    return f"How are you feeling about {them_for(found.group(1) if found else '')} going?"


# "My son Finn is off to university in September." (Gwen, just divorced) got "That's great news!
# How is he doing?".
LEAVING_HOME = Steer(_LEAVING, "Their child is leaving home: say it's a big step for both of "
                     "them, and ask how they feel about it.",
                     ("Oh, that's a big step{name}, for both of you.",), question_only=False,
                     ask=_feeling_about_it, whole=lambda user_text: True)
# "Do you think I'll ever meet someone again?" (Gwen) got "It's hard to say, Gwen. But maybe
# you'll find someone special in the future.".
MEET_AGAIN = Steer(re.compile(
    r"\b(?:i'll|i will|will i) ever (?:(?:meet|find|fall in love with) (?:someone|somebody|anyone|"
    r"anybody|love|the one|a partner)|fall in love|be loved|love again)\b", re.IGNORECASE),
    "They wonder if they will find love again: say warmly that you think they will, in their "
    "own time, and ask how they feel about it all.",
    ("I really think you will{name}, when you're ready, and there's no rush. How are you feeling "
     "about it all?",), whole=lambda user_text: True)
_TAKING_UP = re.compile(
    r"^(?!.*\?).*\bi(?:'m| am)? (?:(?:think|thinking|planning|hoping|going|gonna|want|'d like|"
    r"would like|might|'ve decided|have decided|decided)(?: of| about| to)? )+(?:take|taking|try|"
    r"trying) up ((?!a |an |my |it\b|some)[a-z]+(?: [a-z]+)?)|\bi(?:'ve| have)? (?:just "
    r"|finally |recently )?(?:taken|took) up ((?!a |an |the |my )[a-z]+)"
    # "I've started learning the guitar, my grandson gave me his old one." (Yusuf) got "What do
    # you enjoy playing the guitar for?"
    r"|\bi(?:'ve| have)? (?:just |recently |finally )?started (?:learning|learning to play|"
    r"playing) ((?:the )?[a-z]+)", re.IGNORECASE)


def _made_you(user_text: str) -> str:
    found = _TAKING_UP.search(user_text)
    if found and (found.group(2) or found.group(3)):
        thing = found.group(2) or found.group(3)  # "Spanish" keeps its capital
        return f"How are you finding {thing if thing[:1].isupper() else thing.lower()}?"
    thing = found.group(1).lower().removesuffix(" again") if found else "it"
    return f"What made you want to try {thing}?"


# "I think I'm going to take up climbing." (Hassan) got "That sounds like a great idea! What are
# some of your favorite climbing spots?" (he has none yet).
TAKING_UP = Steer(_TAKING_UP, "They are taking up something new: be glad for them and ask what "
                  "drew them to it.", ("Ooh, good for you{name}!",), question_only=False,
                  calm_only=True, ask=_made_you, whole=lambda user_text: True)
_ALL_CLEAR = re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*?\b(?:(?:(?:(?i:my|our|his|her|their) )?(\w+)'s |(?i:my|our|"
    r"the|his|her|their) )(?i:test|scan|blood|biopsy|mammogram|x-ray)?(?i:s)? ?(?i:results?|tests?|"
    r"scans?|biopsy|bloods)|(?i:results?|tests?|scans?|biopsy)) (?i:came back|were|was|are|is|"
    r"all came back)(?i: all| completely| totally)? (?i:fine|clear|normal|okay|ok|good|all "
    r"clear)\b|\b(?i:(?:got|given) the all[- ]clear)\b")


def _how_are_they(user_text: str) -> str:
    found = _ALL_CLEAR.search(user_text)
    who = (found.group(1) or "").lower() if found else ""
    if who in HE_WORDS | SHE_WORDS:
        return f"How's your {who} feeling?"
    return "How are you feeling now?"


# "Dad's test results came back fine!" (Hassan) got "Oh, that sounds great! I'm glad you're
# feeling better. How are you holding up?".
ALL_CLEAR = Steer(_ALL_CLEAR, "Test results came back clear: share the relief, and ask how they "
                  "(or the one tested) feel now.", ("Oh, that's such a relief{name}! I'm so "
                                                    "glad.",),
                  question_only=False, ask=_how_are_they, whole=lambda user_text: True)
