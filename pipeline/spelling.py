"""'How do you spell necessary?': the letters one by one, as a voice can say them.

The 1.5B answered 'The correct spelling of "necessary" is "necessary."', which a listener
cannot use. Letters between commas are what piper reads as letters (heard back through
whisper as "E-C-E-S-S-A-R-Y"); dashes ran them into syllables ("NEC ESS ROI").
"""

from __future__ import annotations

import re

_ASKS = re.compile(r"^(?:(?:hey |ok |okay )?\w+,\s*)?(?:how (?:do|would|should) (?:you|i|we) "
                   r"spell|(?:can|could) you spell|please spell|spell|what's the spelling of|"
                   r"what is the spelling of) (?:the word )?([a-z'-]+)$|^(?:(?:hey |ok |okay )?"
                   r"\w+,\s*)?how (?:is|do you) ([a-z'-]+) spel(?:l|led|t)$", re.IGNORECASE)
_NOT_A_WORD = frozenset(("it", "that", "this", "them", "my", "your", "his", "her", "a", "the"))


def spelled_answer(text: str) -> str | None:
    """ "Necessary is spelled N, E, C, E, S, S, A, R, Y." for a request to spell one word;
    None for anything else."""
    m = _ASKS.match(text.strip().rstrip("?.! ").replace("’", "'"))
    word = (m.group(1) or m.group(2)) if m else None
    if word is None or word.lower() in _NOT_A_WORD:
        return None
    return spelled(word)


def spelled(word: str) -> str:
    """ "Necessary is spelled N, E, C, E, S, S, A, R, Y." """
    letters = ", ".join(ch.upper() for ch in word if ch.isalpha())
    return f"{word.capitalize()} is spelled {letters}."
