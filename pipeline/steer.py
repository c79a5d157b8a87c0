"""A steer: a kind of line the 1.5B answers badly on its own, with a hint for the prompt and
the reply's first words, which the model goes on from (``Thinker._opener``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from memory.affect import HE_WORDS, SHE_WORDS


@dataclass(frozen=True)
class Steer:
    """A kind of line the 1.5B answers badly on its own: a hint for the prompt and the reply's
    first words, which the model goes on from."""

    pattern: re.Pattern[str]
    hint: str
    openers: tuple[str, ...]
    question_only: bool = True
    calm_only: bool = False  # a sad or anxious line gets its feeling's opener instead
    # Words said after the opener, from the line: a question, or what the model must go on from
    # ("December is summer in Perth,").
    ask: Callable[[str], str] | None = None
    # Given the line: is the opener the whole reply (the model is not asked)?
    whole: Callable[[str], bool] = lambda user_text: False
    needs_memory: bool = False  # the opener only with memories recalled: else it invents one
    sober_only: bool = False  # only for a user who told us they are sober
    # What the model needs to know for this line, added to the hint: the 1.5B's own food for
    # an iftar was "grilled chicken or a salad".
    knowledge: Callable[[str], str] | None = None
    # The openers start from another one each day: a joke asked for daily is not the same one
    # (the Thinker rotates them within a conversation).
    daily: bool = False

    def hint_for(self, user_text: str) -> str:
        return f"{self.hint} {self.knowledge(user_text)}".strip() if self.knowledge else self.hint

    def openers_for(self, user_text: str, name: str = "") -> tuple[str, ...]:
        """The openers, each with its question; "{name}" in one is ", Sam" or nothing."""
        question = self.ask(user_text) if self.ask else ""
        start = date.today().toordinal() % len(self.openers) if self.daily else 0
        return tuple(f"{opener.format(name=f', {name}' if name else '')} {question}".strip()
                     for opener in (*self.openers[start:], *self.openers[:start]))

    def fits(self, user_text: str, tone: str = "neutral", sober: bool = False) -> bool:
        if self.sober_only and not sober:
            return False
        if self.question_only and "?" not in user_text:
            return False
        if self.calm_only and tone not in ("neutral", "happy"):
            return False
        return self.pattern.search(user_text.replace("’", "'")) is not None


_HE = HE_WORDS | {"boy"}
_SHE = SHE_WORDS | {"girl"}


def them_for(who: str) -> str:
    """ "mum", "girl" -> "her"; "dad", "son", "boy" -> "him"; "him" -> "him"; a friend, "kids",
    "baby" -> "them"."""
    who = who.lower()
    if who in ("him", "her", "them"):
        return who
    return "her" if who in _SHE else "him" if who in _HE else "them"


def them_in(lines: Sequence[str], he: str = "", she: str = "") -> str:
    """ "him" when the lines speak of a man only ("he", "him", "his" or one of ``he``'s words, a
    regex alternation such as "son|boy"), "her" of a woman only, else "them"."""
    said = " ".join(lines).lower()
    man = re.search(rf"\b(?:he|him|his{'|' + he if he else ''})\b", said)
    woman = re.search(rf"\b(?:she|her{'|' + she if she else ''})\b", said)
    return "him" if man and not woman else "her" if woman and not man else "them"


# A steer's pattern that starts with this fits no question: a question about the same thing wants
# an answer, not the steer's whole reply.
NO_QUESTION = r"^(?!.*\?)"
THEY = {"her": "she", "him": "he", "them": "they"}  # them_for's word as a subject


def they_are(they: str) -> str:
    """ "she" -> "she's", "He" -> "he's", anything else -> "they're"."""
    return {"she": "she's", "he": "he's"}.get(they.lower(), "they're")
_OBJECT = {"she": "her", "her": "her", "he": "him", "his": "him", "him": "him", "they": "them",
           "their": "them", "them": "them"}


def them_of(who: str, names: bool = True) -> str:
    """Whom a line is about, as a steer says it back: "she", "her" -> "her"; "his" -> "him";
    "my mum", "Mum" -> "her"; "my brother just" -> "him"; "my son and his wife" -> "them"; "Tom" ->
    "Tom" ("them" when not ``names``)."""
    words = who.lower().split()
    if not words or " and " in who.lower():
        return "them"
    if len(words) == 1 and words[0] in _OBJECT:
        return _OBJECT[words[0]]
    if len(words) == 1 and words[0] in _HE | _SHE:  # "Dad's having an operation"
        return them_for(words[0])
    if words[0] in ("my", "our"):
        return them_for(next((w for w in reversed(words) if w in _HE | _SHE), words[-1]))
    return who if names else "them"


def a_race(race: re.Pattern[str], user_text: str) -> str:
    """ "A half marathon", "An ultra": the race ``race``'s first group names in the line, said
    back with its article ("A race" when it names none)."""
    found = race.search(user_text)
    event = found.group(1).lower() if found else "race"
    return f"A{'n' if event[0] in 'aeiou' else ''} {event}"
