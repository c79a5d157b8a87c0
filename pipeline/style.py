"""How the user asked to be talked to: "Please stop asking me so many questions.", "Could you
speak a bit slower please?"

Lou said the first, and every later reply still ended with a question; Edna (hard of hearing)
said the second and got "Sure, I'll do my best to speak more slowly." in the same voice as
before. Each request is a memory command (``pipeline.recall``): it is kept as a fact (one slot
each, so "you can ask me questions again" supersedes the first), read into the user profile each
session; the reply shaper lets no question through while the first holds, and the voice speaks
at the pace asked for (``UserProfile.pace``, a multiplier on the persona's speaking rate).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from memory.extract import Fact

if TYPE_CHECKING:
    from memory.affect import Affect
    from pipeline.user_profile import UserProfile

PACE_ASKS = ("slower", "faster", "pace")

# A request, said to it: at the start of a sentence ("My kids never stop asking questions." is
# not one).
_FEWER = re.compile(
    r"(?:^|[,.!;]\s*)(?:(?:please|ok|okay|honestly|just|and|can you|could you|would you|will "
    r"you),? )*(?:(?:stop|quit|enough (?:of )?|no more|less|fewer|not so many|don'?t|do not) "
    r"(?:with )?(?:asking (?:me )?)?(?:so many |all these |all the |too many |any more |more |the "
    r")?questions\b|(?:stop|quit) asking me (?:stuff|things)\b)", re.IGNORECASE)
_AS_USUAL = re.compile(
    r"\byou can (?:ask me|start asking(?: me)?) (?:questions|things)(?: again)?\b|\bi don'?t mind "
    r"(?:your |the )?questions\b|\bfeel free to ask (?:me )?questions\b", re.IGNORECASE)
FEWER = Fact("style:questions", "fewer", "The user asked you to ask fewer questions.",
             "preference")
AS_USUAL = Fact("style:questions", "usual", "The user is happy to be asked questions again.",
                "preference")
# "Could you speak a bit slower please?", "You're talking too fast." (asked, too); not "I need to
# slow down", "my boss talks too fast" nor "I wish he'd speak more slowly".
_ASKED = r"(?:^|[.!,]\s*)(?:(?:please|ok|okay|could you|can you|would you|will you|just)\W+)*"
_SLOWER = re.compile(
    _ASKED + r"(?:(?:speak|talk)(?: a (?:bit|little|touch|lot))? (?:more )?(?:slower|slowly|more "
    r"slowly)|slow down)\b|\byou(?:'re| "
    r"are)? (?:talking|speaking|talk|speak) (?:a (?:bit|little) )?(?:too |so |really |very )?(?:"
    r"fast|quick(?:ly)?)\b|^\W*(?:still |that's still |it's still )?(?:a (?:bit|little) |too |bit )"
    r"+(?:fast|quick)\b", re.IGNORECASE)
_FASTER = re.compile(
    _ASKED + r"(?:(?:speak|talk)(?: a (?:bit|little|touch|lot))? (?:faster|quicker|more quickly)"
    r"|speed up)\b|\byou(?:'re| "
    r"are)? (?:talking|speaking|talk|speak) (?:a (?:bit|little) )?(?:too |so |really |very )?"
    r"slow(?:ly)?\b", re.IGNORECASE)
_PACE_AS_USUAL = re.compile(r"\b(?:speak|talk) (?:at )?(?:your )?(?:normal|usual)(?:ly| speed| "
                            r"pace)\b|\b(?:your|the) (?:normal|usual) (?:speed|pace) (?:is|was) "
                            r"(?:fine|ok|okay|better)\b", re.IGNORECASE)
# The paces, slowest first: each request moves one step, and says so.
_PACES = (0.7, 0.85, 1.0, 1.15, 1.3)
_PACE_FACTS = {pace: Fact("style:pace", str(pace), text, "preference") for pace, text in (
    (0.7, "The user asked you to speak much more slowly."),
    (0.85, "The user asked you to speak more slowly."),
    (1.0, "The user is happy with your usual speaking speed."),
    (1.15, "The user asked you to speak a little faster."),
    (1.3, "The user asked you to speak much faster."))}
SAID = {"fewer": "Of course. No more questions from me, I'll just listen.",
        "usual": "Okay, good to know. I'll ask when I'm curious, then.",
        "slower": "Of course. I'll slow down.", "faster": "Sure, I'll speed up a little.",
        "pace": "Okay, back to my usual speed.",
        "slowest": "I'm going as slowly as I can. Tell me if anything isn't clear.",
        "fastest": "I'm going as fast as I can already."}


def style_asked(text: str) -> str:
    """ "fewer" or "usual" (questions), "slower", "faster" or "pace" (the usual pace) when the
    line asks for a way of talking, else ""."""
    if _PACE_AS_USUAL.search(text):
        return "pace"
    if _SLOWER.search(text):  # "Could you speak slower?" asks it, question or not
        return "slower"
    if _FASTER.search(text):
        return "faster"
    if "?" in text:  # "Why do you ask so many questions?" is a question, not a request
        return ""
    return "usual" if _AS_USUAL.search(text) else "fewer" if _FEWER.search(text) else ""


def wants_fewer_questions(fact_text: str) -> bool | None:
    """What a current fact says of questions; None when it is not about them."""
    return True if fact_text == FEWER.text else False if fact_text == AS_USUAL.text else None


def pace_of(fact_text: str) -> float | None:
    """The pace a current fact asks for; None when it is not about pace."""
    return next((pace for pace, fact in _PACE_FACTS.items() if fact.text == fact_text), None)


def paced(asked: str, now: float) -> tuple[float, Fact | None, str]:
    """The pace after a request (``style_asked``) at pace ``now``, the fact to keep (None when
    the pace cannot go further that way) and what to say."""
    step = {"slower": -1, "faster": 1}.get(asked)
    if step is None:
        return 1.0, _PACE_FACTS[1.0], SAID["pace"]
    at = min(range(len(_PACES)), key=lambda i: abs(_PACES[i] - now))
    if not 0 <= at + step < len(_PACES):
        return now, None, SAID["slowest" if step < 0 else "fastest"]
    return _PACES[at + step], _PACE_FACTS[_PACES[at + step]], SAID[asked]


def restyled(profile: UserProfile, asked: str) -> tuple[UserProfile, Fact | None, str]:
    """``profile`` after a request (``style_asked``), held for the session even if not stored;
    the fact to keep for later sessions (None when the pace cannot go further that way) and
    what to say."""
    if asked in PACE_ASKS:
        pace, fact, said = paced(asked, profile.pace)
        return replace(profile, pace=pace), fact, said
    fewer = asked == "fewer"
    return replace(profile, fewer_questions=fewer), FEWER if fewer else AS_USUAL, SAID[asked]


def spoken_at(affect: Affect, profile: UserProfile | None) -> Affect:
    """The turn's prosody at the pace the user asked for."""
    return replace(affect, speaking_rate=affect.speaking_rate * profile.pace) if profile else affect
