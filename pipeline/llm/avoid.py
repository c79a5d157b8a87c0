"""Words a reply must not say: what the user cannot stand, when they ask for ideas.

Told "Never suggest: fish" in its system prompt and "just said they dislike fish: never suggest
it" beside their words, the 1.5B brain still answered "I hate fish. What should I cook?" with
"What about some chicken or fish tacos?". An instruction is a wish to a small model; a logits
processor is a rule. So while such a reply is written, the tokens that would spell a disliked
word are ruled out, and the model picks another dish. Only then: "What do you know about fish?"
may still be answered.

A word is one token or several ("coriander" may be " cor" + "iander"). Banning the first token
of a long word would also ban "corn" and "correct", so a sequence is stopped at its last token,
once the reply has written the ones before it. Forms with a leading space cover a word inside a
sentence; forms without one only count at the start of the reply or after a non-letter
("Fish tacos...", "(fish)"). A model that wants the word badly spells it another way ("f" +
"ish"): when the word being written is the start of a banned one, the token that would finish
it is ruled out too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

__all__ = ["AvoidWords", "word_forms"]

_WORD_END = re.compile(r"\b[A-Za-z]+$")
Tokenize = Callable[[str], list[int]]
Detokenize = Callable[[int], str]


def word_forms(words: Iterable[str]) -> list[str]:
    """Each word with its plural or singular, a capital and in capitals: "mushroom" ->
    "mushroom", "Mushroom", "MUSHROOM", "mushrooms", "Mushrooms", "MUSHROOMS" (asked to say
    "fish", the tiny model wrote 'The word "FISH" three times.')."""
    forms: list[str] = []
    for word in words:
        word = word.strip().lower()
        if not word:
            continue
        other = word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") \
            else word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" \
            else word + "es" if word.endswith(("s", "sh", "ch", "x", "z")) else word + "s"
        for form in (word, other):
            forms += [form, form.capitalize(), form.upper()]
    return list(dict.fromkeys(forms))


class AvoidWords:
    """``__call__(input_ids, scores)`` for llama-cpp-python's ``logits_processor``: ``start`` is
    where the reply begins in the input ids."""

    def __init__(self, words: Sequence[str], tokenize: Tokenize, detokenize: Detokenize,
                 start: int) -> None:
        self.start = start
        self._tokenize = tokenize
        self._detokenize = detokenize
        self._forms = word_forms(words)
        # (tokens before the banned one, banned token, only after a non-letter)
        self._rules = [(tuple(ids[:-1]), ids[-1], bare)
                       for form in self._forms for bare, text in ((False, " " + form), (True, form))
                       if (ids := tokenize(text))]

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        said = [int(t) for t in input_ids[self.start:]]
        for before, banned, bare in self._rules:
            n = len(before)
            if n and said[-n:] != list(before):
                continue
            if bare and not self._at_word_start(said[:len(said) - n]):
                continue
            scores[banned] = -np.inf
        for token in self._finishing(said):
            scores[token] = -np.inf
        return scores

    def _finishing(self, said: list[int]) -> list[int]:
        """Tokens that would finish a banned word the reply is spelling its own way."""
        if not said:
            return []
        begun = _WORD_END.search(self._detokenize_all(said))
        if begun is None:
            return []
        part = begun.group()
        return [ids[0] for form in self._forms if len(part) < len(form) and form.startswith(part)
                and len(ids := self._tokenize(form[len(part):])) == 1]

    def _detokenize_all(self, tokens: list[int]) -> str:
        return "".join(self._detokenize(t) for t in tokens[-8:])  # a word is never longer

    def _at_word_start(self, said: list[int]) -> bool:
        """Would a word without a leading space start a new word here?"""
        if not said:
            return True
        last = self._detokenize(said[-1])
        return not last or not last[-1].isalnum()
