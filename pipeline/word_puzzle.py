"""A crossword word: "What's a seven letter word for happy?" answered with a word that fits.

The 1.5B cannot count letters (it said "Joy" for seven, to a man who does the crossword every
morning); it can list words that mean something. So the model lists them, from the same prompt
prefix as a reply (persona and history stay in its KV cache), and the letters are counted here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.spelling import spelled

_COUNTS = ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "thirteen", "fourteen", "fifteen")
_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL)
_NUMBER = {word: n for n, word in enumerate(_COUNTS, start=3)}
_N = r"(\d{1,2}|" + "|".join(_COUNTS) + ")"
_MEANING = r"['\"]?([a-z][a-z' -]{0,40}?)['\"]?"
_LETTER = r"(?:an? |the letter )?['\"]?([a-z])['\"]?"
_ENDS = r"['\"]?([a-z]{1,4})['\"]?"
_HINTS = (r"(?:,? (?:and )?(?:starting|beginning|that starts|which starts) with " + _LETTER
          + r")?(?:,? (?:and )?(?:ending|that ends|which ends) (?:in|with) " + _ENDS + r")?")
_ASKS = (
    # "What's a seven letter word for happy?", "I need an eight-letter word meaning brave."
    re.compile(r"\b(?:an?|another|the) " + _N + r"[- ]letter(?:ed)? word (?:for|meaning|that "
               r"means|which means|like|for the word) " + _MEANING + _HINTS + r"\s*[?.!]*$",
               re.IGNORECASE),
    # "Crossword clue: happy, seven letters." / "Happy in seven letters?"
    re.compile(r"(?:\bclue(?: is)?[:,]? " + _MEANING + r",? (?:in )?|^['\"]?([a-z]+(?: [a-z]+)?)"
               r"['\"]?,? in )" + _N
               + r" letters" + _HINTS + r"\s*[?.!]*$", re.IGNORECASE),
)


@dataclass(frozen=True)
class WordAsk:
    """A word of ``letters`` letters that means ``meaning`` (and starts or ends as asked)."""

    letters: int
    meaning: str
    first: str = ""
    last: str = ""

    def request(self) -> str:
        """What the model is asked in place of the user's words."""
        return (f'List twenty different single English words that mean "{self.meaning}", '
                "separated by commas. Only the words.")

    def fits(self, word: str) -> bool:
        return (len(word) == self.letters and word.startswith(self.first)
                and word.endswith(self.last) and word not in self.meaning.split())

    def answer(self, listed: str) -> str:
        """The reply, from the model's list: a word that fits, spelled out, or an honest miss."""
        listed = _THINKING.sub("", listed.lower())  # a reasoning model's words are no answer
        words = list(dict.fromkeys(re.findall(r"[a-z]+(?:-[a-z]+)?", listed)))
        fitting = [w for w in words if self.fits(w)]
        count = _COUNTS[self.letters - 3] if 3 <= self.letters <= 15 else str(self.letters)
        if not fitting:
            return (f"Hmm, I can't think of a {count}-letter word for {self.meaning}. Have you "
                    "got any of the letters yet?")
        best = fitting[0]
        also = f", or {fitting[1]}" if len(fitting) > 1 else ""
        return f"How about {best}{also}? {spelled(best)}"


def word_ask(text: str) -> WordAsk | None:
    """The crossword question in ``text``, or None."""
    line = text.strip().replace("’", "'")
    for pattern in _ASKS:
        found = pattern.search(line)
        if found is None:
            continue
        if pattern is _ASKS[0]:
            count, meaning, first, last = found.groups()
        else:
            clued, told, count, first, last = found.groups()
            meaning = clued or told
        meaning = re.sub(r"^(?:the word|a word for|word for|for) ", "", meaning.strip().lower())
        letters = int(count) if count.isdigit() else _NUMBER[count.lower()]
        if meaning and 2 <= letters <= 20:
            return WordAsk(letters, meaning, (first or "").lower(), (last or "").lower())
    return None
