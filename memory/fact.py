"""One fact about the user, and the small helpers every extractor words its facts with."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


@dataclass
class Fact:
    slot: str  # "name", "home", "job", "pet:dog:biscuit", "like:coffee", "event:interview"
    value: str
    text: str  # a sentence about the user, ready for the prompt
    category: str = "fact"  # fact | preference | plan | worry | event
    single: bool = True  # one value at a time: a new value supersedes the old
    due: datetime | None = None  # worth asking about from then on (events, worries)
    feeling: str = ""
    plain: str = ""  # the text its vector is made of, when not ``text`` (see memory.writer)


# An optional extra extractor (e.g. the LLM): text, when it was said -> more facts.
Extractor = Callable[[str, datetime], list[Fact]]

# What ends the thing itself: "I hate fish by the way" dislikes fish, not "fish by the way".
STOP_TAIL = re.compile(r"\s+(?:because|but|and then|since|when|so|though|although|as well|too|"
                       r"very much|a lot|anymore|any more|these days|now|by the way|anyway|"
                       r"honestly|to be honest|at all|actually|either|tbh)\b.*$", re.I)


def clean(phrase: str, max_words: int = 5) -> str:
    words = STOP_TAIL.sub("", phrase.strip(" .,!?;:\"'")).split()[:max_words]
    return " ".join(words).strip(" .,!?;:")


def slot_key(phrase: str) -> str:
    """The first four content words: "my sister's new flat" -> "sister's new flat"."""
    words = [w for w in re.findall(r"[a-z0-9']+", phrase.lower().replace("’", "'"))
             if w not in ("the", "a", "an", "my", "our", "some", "of")]
    return " ".join(words[:4])


def article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
