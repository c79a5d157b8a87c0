"""Steers for a life that changed: adrift after a change, long empty days, feeling useless, an
engagement, luck wished for, relief after a dreaded thing (``pipeline.steers`` tries them in its
order).

Each was a reply that went wrong with Kwame (a month retired after thirty years of teaching) or
Ines (just engaged, meeting his parents)."""

from __future__ import annotations

import re

from pipeline.steer import Steer

# "Honestly, I don't know what to do with myself now." (Kwame, a month retired) got "How about
# exploring new hobbies or interests?".
ADRIFT = Steer(re.compile(
    r"^(?!.*\?).*\b(?:i (?:don't|do not|dont) know what to do with myself|i(?:'m| am)? "
    r"feel(?:ing)? (?:a bit |so |really |kind of |a little |completely )?(?:lost|adrift|at a "
    r"loose end)\b(?! (?:in|at|with)\b)|i(?:'ve| have) lost (?:my|all) (?:sense of )?purpose\b)",
    re.IGNORECASE),
    "They feel adrift after a change: be warm, say it is a big change, and ask what they miss. "
    "No suggestions.",
    ("That's such a big change{name}, and it's completely normal to feel a bit lost at first. "
     "What do you miss most?",), question_only=False, whole=lambda user_text: True)
# "My wife still works, so the days are long." (Kwame) got "That's understandable. What are some
# things you enjoy doing in your free time?".
LONG_DAYS = Steer(re.compile(
    r"^(?!.*\?).*\b(?:the )?days (?:are|feel|seem|get|can be) (?:so |really |very |awfully |"
    r"pretty |quite )?(?:long|empty|endless)\b", re.IGNORECASE),
    "Their days feel long and empty: be warm about it and ask what a day is like. No advice.",
    ("Long, quiet days can be really hard{name}. What does a day look like for you at the "
     "moment?",), question_only=False, whole=lambda user_text: True)
_USELESS = re.compile(
    r"^(?!.*\?).*\bi(?: feel| felt|'ve been feeling| have been feeling|'m feeling| am feeling)"
    r"(?: a bit| so| really| pretty| kind of| completely| totally| just| quite)* (useless|"
    r"worthless|pointless)\b", re.IGNORECASE)


def _not_that(user_text: str) -> str:
    found = _USELESS.search(user_text)
    word = found.group(1).lower() if found else "useless"
    return f"You're not {word}, not one bit. What's been making you feel like that?"


# "Some days I feel a bit useless, to be honest." (Kwame) got "That's understandable, Kwame.
# Sometimes it can be hard to find purpose in life.": agreed with.
USELESS = Steer(_USELESS, "They feel useless: never agree; say warmly that they are not, and ask "
                "what makes them feel so.", ("I'm sorry it feels that way{name}.",),
                question_only=False, ask=_not_that, whole=lambda user_text: True)
# "I got engaged last weekend!" (Ines) got "That's great news! Congratulations on your
# engagement. How did you feel about it?".
ENGAGED = Steer(re.compile(
    r"^(?!.*\?)(?!.*(?:n't|\bnot)\b).*(?:\b(?:i|we)(?:'ve| have)? (?:just |finally |only )?got "
    r"(?:engaged|married)\b|\b(?:i|we)(?:'re| are|'m| am) (?:now |finally )?(?:engaged|getting "
    r"married)\b|\b(?:he|she|they) proposed\b|\bi said yes\b)", re.IGNORECASE),
    "They got engaged or married: be delighted for them and ask how it happened.",
    ("Congratulations{name}! That's wonderful news. How did it happen?",), question_only=False,
    calm_only=True, whole=lambda user_text: True)
_GOING = re.compile(r"\b(?:bye|good ?bye|see you|talk (?:to you )?(?:later|soon)|got(?:ta| to) "
                    r"go|gotta run|off now)\b", re.IGNORECASE)
# "Okay, wish me luck. Bye!" (Ines, off to cook for his parents) got "Bye for now, Ines!".
LUCK = Steer(re.compile(r"^(?!.*\?).*\b(?:wish me luck|fingers crossed for me|keep your fingers "
                        r"crossed)\b", re.IGNORECASE),
             "They ask you to wish them luck: do, warmly, in a sentence.",
             ("Good luck{name}! You've got this.",), question_only=False,
             ask=lambda user_text: "Talk soon!" if _GOING.search(user_text) else "",
             whole=lambda user_text: True)
# "I made it, the flight was fine in the end." (Yuki, terrified of flying) got "That's great to
# hear! How was your flight?".
RELIEVED = Steer(re.compile(
    r"^(?!.*\?)(?:.*\b(?:was|went|turned out|were) (?:absolutely |totally |completely |actually )?"
    r"(?:fine|okay|ok|alright|all right) in the end\b|(?:(?:ok|okay|well|phew|so)[,.!]* )?i made "
    r"it(?: through)?(?=[,.!]|$| in one piece| safely))", re.IGNORECASE),
    "Something they dreaded went fine: share the relief and ask how they feel now.",
    ("Oh, that's such a relief{name}! I'm so glad. How are you feeling now?",),
    question_only=False, whole=lambda user_text: True)
