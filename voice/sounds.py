"""Sounds that are not words: "mm-hmm", "uh", "hmm", "oh". Pure text logic.

A recognizer writes them in many spellings ("Mm-m-m-m", "M-H-M", "Uh-uh", "Hmm..."), so a word
counts as a sound by its shape, not by a list: only m and h ("mm", "hmm", "mhm", the "h" of
"M-H-M"), u with h or m ("uh", "umm"), "huh", "hum", and the short exclamations ("ah", "oh",
"er", "erm", "eh", "ha").
"""

from __future__ import annotations

import re

__all__ = ["is_sound", "only_sounds", "words"]

_SOUND = re.compile(r"[mh]*m[mh]*|h+|u+[hm]*|h+u+[hm]+|a+h+|o+h+|e+r+m*|e+h+|h+a+h?")
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` ("Mm-hmm, yes." -> ["mm", "hmm", "yes"])."""
    return _WORD.findall(text.lower())


def is_sound(word: str) -> bool:
    """Is this lower-case word a sound rather than a word ("mm", "uhh", "hmm", "oh")?"""
    return _SOUND.fullmatch(word) is not None


def only_sounds(text: str) -> bool:
    """Is there something in ``text``, and is all of it sounds ("Mm-hmm.", "Uh... hm")?"""
    found = words(text)
    return bool(found) and all(is_sound(w) for w in found)
