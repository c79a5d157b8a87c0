"""A reply sentence that only says the user's own line back.

Dee (divorcing) told the 1.5B "The kids are back tonight and I can't wait." and got "The kids are
back tonight, and I can't wait!", then "My ex turned up late again to pick them up." -> "Your ex
turned up late again to pick them up.", and "I've signed up for a pottery class." -> "You've
signed up for a pottery class!": once one echo is in the history the model copies the pattern.
Such a sentence is not said (and so never reaches the history), but what the reply goes on to say
of its own is ("Your cat is called Pixel, what a lovely name!" is "What a lovely name!"). A reply
that takes up their words inside its own ("I'm so glad the kids are back tonight") is no echo.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# Their "I"/"my" is the reply's "you"/"your": both sides are read with one word for each.
_PERSON = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you're",
           "i've": "you've", "i'll": "you'll", "i'd": "you'd", "am": "are", "myself": "yourself",
           "we": "you", "us": "you", "our": "your", "we're": "you're", "we've": "you've"}
_ASKED_TO_REPEAT = re.compile(r"\b(?:repeat|after me|say (?:it|that|this) back|read (?:it|that|"
                              r"this) back)\b", re.I)
# A question typed or heard without its mark ("what is the capital of peru")
_ASKED = re.compile(r"\s*(?:what|what's|whats|how|who|why|when|where|which|is|are|do|does|did|can|"
                    r"could|will|would|should|tell me)\b", re.I)
_LEAST = 4  # shorter sentences ("Oh, I see.") say nothing of theirs back
_SHARE = 0.8  # of the sentence's words in one run of theirs, or alike in order
_CONTRACTED = re.compile(r"^(\w+)'(s|re)$")
_FULL = {"s": "is", "re": "are"}


def _words(text: str) -> list[str]:
    # quotes are no part of a word: "Tayo said 'love you mummy'" was said back with "..."
    words = (w.strip("'") for w in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))
    # "The plumber's coming at two." came back as "The plumber is coming at two.": "'s" and
    # "'re" are read as the words they stand for, on both sides.
    return [part for word in words if word
            for part in _CONTRACTED.sub(lambda m: f"{m.group(1)} {_FULL[m.group(2)]}",
                                        _PERSON.get(word, word)).split()]



class Parrot:
    """Tells a clause that repeats the user's line (not a question of theirs: an answer to
    "What's the capital of France?" may well start "The capital of France")."""

    def __init__(self, said: str) -> None:
        asked = said.rstrip().endswith("?") or _ASKED.match(said) is not None \
            or _ASKED_TO_REPEAT.search(said) is not None
        self._said = [] if asked else _words(said)

    def repeats(self, clause: str, least: int = _LEAST) -> bool:
        """Is the clause (a sentence or its start, up to a comma) their line said back?"""
        if clause.rstrip(" \"')]").endswith("?") or len(self._said) < _LEAST:
            return False
        back = _words(clause)
        if len(back) < least:
            return False
        match = SequenceMatcher(None, self._said, back, autojunk=False)
        run = match.find_longest_match(0, len(self._said), 0, len(back)).size
        return run >= _SHARE * len(back) or match.ratio() >= _SHARE

    def after_echo(self, clause: str) -> str:
        """A later clause of a sentence that began with their words: "" when it is theirs too
        ("and I can't wait!"), else a sentence of its own ("what a lovely name!" after "Your
        cat is called Pixel," is "What a lovely name!")."""
        if self.repeats(clause, least=3):
            return ""
        text = re.sub(r"^\s*(?:and|but|so|or)\b,?\s*", "", clause)
        return text[:1].upper() + text[1:]
