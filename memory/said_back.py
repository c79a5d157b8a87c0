"""The user's own words said back to them: "my mum ... and I'm scared" as "your mum ... and
you're scared", a line as a clause ("on Sunday that your boss yelled at you"), one "you told me"
a day. Memory answers (``memory.intents``) and "what did we talk about last time?"
(``memory.last_talk``) both tell lines back this way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from memory.timecues import day_of, said_then, spoken_when

if TYPE_CHECKING:
    from memory.hits import Hit

_YOUR = {"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
         "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
         "was": "were", "we": "you", "we're": "you're", "we've": "you've", "we'd": "you'd",
         "we'll": "you'll", "us": "you", "our": "your", "ours": "yours"}  # "we": never the
# companion ("We lost a patient tonight." was told back as "we lost a patient")


def your(text: str) -> str:
    """The user's words said back to them: "my mum ... and I'm scared" -> "your mum ... and
    you're scared" ("am" and "was" only after "I": "it was", "8 am" stay)."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.lower() in ("am", "was") and not re.search(r"\bI\s+$", text[:m.start()]):
            return word
        return _YOUR[word.lower()]
    return re.sub(r"\b(?:I'm|I've|I'd|I'll|I|me|my|mine|myself|am|was|we're|we've|we'd|we'll|"
                  r"we|(?-i:us)|our|ours)\b(?!')", swap, text, flags=re.IGNORECASE)


def names(text: str, words: Sequence[str]) -> bool:
    """Every one of the topic's ``words`` is in ``text`` (no words: none is)."""
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", text.lower()) for w in words)


def told_back(hit: Hit, now: datetime, words: Sequence[str] = ()) -> str:
    """ "on Sunday that your boss yelled at you in front of everyone that day"; of several
    sentences, those that name the topic's ``words``."""
    sentences = [t for t in re.split(r"(?<=[.!?])\s+", hit.text.strip()) if t]
    naming = [t for t in sentences if names(t, words)]
    clause = _in_a_sentence(your(" ".join(naming or sentences)))
    if day_of(hit.timestamp) == day_of(now):
        return f"that {clause}"
    when = spoken_when(hit.timestamp, now)  # said yesterday, "tonight" was last night
    return f"{when} that {said_then(clause, 'yesterday' if when == 'yesterday' else 'that day')}"


def _in_a_sentence(text: str) -> str:
    """A quote made a clause: no end mark, a common first word in lower case ("The", not a
    name)."""
    first, _, rest = text.rstrip(".!").partition(" ")
    common = first.lower() in ("the", "a", "an", "it", "we", "they", "there", "this", "that",
                               "our", "he", "she", "your", "you", "you're", "you've")
    return f"{first.lower() if common else first} {rest}".strip()


def told_by_day(hits: list[Hit], now: datetime) -> list[str]:
    """ "on Thursday that your neighbour brings you soup and that you had a fall": one "you told
    me" a day, not one a sentence."""
    days: dict[str, list[str]] = {}
    for hit in hits:
        clause = told_back(hit, now)
        when, _, what = clause.partition("that ")
        days.setdefault(when.strip(), []).append(f"that {what}")
    return [f"{when} {' and '.join(clauses)}".strip() for when, clauses in days.items()]
