"""After coming out: a parent's silence, "it's just a phase", "is there something wrong with me?",
and a first LGBT+ group.

Talked to as Jordan (17, out to his parents the night before) the 1.5B agreed with his mum ("my mum
said its just a phase" got "Sometimes people go through phases where they feel unsure about their
feelings or identity"), answered "is there something wrong with me?" with "talk about your
feelings with someone... They can help you understand what might be going on", told him, of the
youth group his friend had found, "Maybe you could talk to your parents about it and see what they
think", and to "im scared nobody will like me there" "What do you think about talking to your
friends or family?". Each line means what it does only after the coming out (a toddler's phase
is another thing), so the answers read the conversation's earlier lines. What LGBT+ youth
charities say: nothing is wrong with them, who they are is not a phase, a parent's first reaction
is often not their last, and meeting others like them helps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.helplines import sentence_start, topic_line

__all__ = ["came_out_answer", "follows_up_coming_out"]

_WHO = r"(?:gay|lesbian|bi|bisexual|trans|transgender|non-binary|nonbinary|queer|pan|pansexual)"
_CAME_OUT = re.compile(r"\b(?:told|tell|telling) (?:my |our )?(?:parents|mum|mom|dad|family|mum "
                       r"and dad|friends|him|her|them|everyone)(?: that)? (?:i'm|i am|im) " + _WHO
                       + r"\b|\bcame out\b|\bcoming out\b|\bcome out (?:to|as)\b", re.IGNORECASE)
_PHASE = re.compile(r"\b(?:it's|it is|its|it was|i'm|i am|that's) (?:just |only )?(?:a phase|going "
                    r"through a phase)\b|\bjust a phase\b", re.IGNORECASE)
_WRONG_WITH_ME = re.compile(r"\b(?:is|is there) (?:something|anything) wrong with me\b|\bam i "
                            r"(?:wrong|broken|weird|a freak|abnormal|disgusting|sick)\b",
                            re.IGNORECASE)
_SILENT = re.compile(r"\b(?:hasn't|has not|isn't|is not|won't|wont|still isn't|still hasn't|still "
                     r"won't|not) (?:spoken|talking|talked|speaking|speak|looked at me|talk)\b|"
                     r"\bwalked out\b|\bwon't look at me\b|\bignoring me\b", re.IGNORECASE)
_GROUPS = r"(?:group|society|meet-?up|centre|center)"
_GROUP = re.compile(r"\b(?:lgbt\w*\+?|queer|gay|pride|rainbow)\b[^.!?]{0,25}\b" + _GROUPS + r"\b|\b"
                    + _GROUPS + r"\b[^.!?]{0,25}\b(?:lgbt\w*|queer|gay)\b", re.IGNORECASE)
_SHOULD_GO = re.compile(r"^\W*(?:so )?(?:should|do you think i should|shall) i (?:go|try it)\b",
                        re.IGNORECASE)
_SCARED_THERE = re.compile(r"\b(?:scared|afraid|worried|nervous|terrified)\b[^.!?]{0,30}\b"
                           r"(?:nobody|no one|won't|wont|not) (?:will )?(?:like|talk to|want)\b",
                           re.IGNORECASE)
_ALONE = re.compile(r"\b(?:don't|do not|dont) have any(?:one|body) (?:else )?to talk to\b",
                    re.IGNORECASE)


def follows_up_coming_out(text: str) -> bool:
    """A line days after ("my dad still isn't talking to me"): the last days' lines are read."""
    return any(pattern.search(text) for pattern in (_SILENT, _PHASE, _WRONG_WITH_ME, _GROUP))


def _who(lines: Sequence[str]) -> str:
    """ "gay", "trans"... as they said it of themselves, else "who you are"."""
    said = re.search(r"\b(?:i'm|i am|im|as) (" + _WHO + r")\b", " ".join(lines), re.IGNORECASE)
    return f"being {said.group(1).lower()}" if said else "who you are"


def came_out_answer(text: str, earlier: Sequence[str], you: str,
                    country: str = "") -> str | None:
    """The whole reply to a line after the user came out (in this conversation or the last
    days'); else None. ``you``: ", Jordan" or ""."""
    recent = [*earlier[-12:], text]
    group_told = any(_GROUP.search(line) for line in earlier[-4:])  # an LGBT+ group: context
    if group_told and _SHOULD_GO.search(text):
        return (f"I think it's worth a try{you}: you can just go once and see how it feels, and "
                "maybe take your friend along. What would make it easier?")
    if group_told and _SCARED_THERE.search(text):
        return (f"That's such a normal fear before somewhere new{you}, and groups like that are "
                "usually really welcoming: everyone there remembers their first time.")
    if _GROUP.search(text):
        return (f"That sounds like it could be really good{you}: a room full of people who know "
                "what it's like. How do you feel about it?")
    if not any(_CAME_OUT.search(line) for line in recent):
        return None
    who = _who(recent)
    if _PHASE.search(text):
        return (f"That must have really hurt{you}. {who[:1].upper()}{who[1:]} isn't a phase, and "
                "you know yourself better than anyone. How are you feeling after hearing that?")
    if _WRONG_WITH_ME.search(text):
        return (f"No{you}, there's nothing wrong with you. {who[:1].upper()}{who[1:]} is part of "
                "who you are, and it's completely okay.")
    if _SILENT.search(text):
        return (f"That must really hurt{you}. Parents sometimes need time with news they didn't "
                "expect, and a first reaction often isn't the last, but none of this is your "
                "fault. How are you holding up?")
    if _ALONE.search(text) and (line := topic_line("lgbt_young", country)):
        return (f"I'm so sorry you feel alone with it{you}, and I'm glad you're talking to me. "
                f"{sentence_start(line)}, with people who get it.")
    return None
