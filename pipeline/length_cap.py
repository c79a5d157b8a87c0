"""A friend's length: a rambling reply stops after two statements and one question, unless
the user asked for more (a story, a recipe, "explain")."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"')\]]*\s*$")  # a piece that ends a sentence
_ASKS_LONG = re.compile(r"\b(?:stor(?:y|ies)|poem|explain|describe|in detail|step by step|"
                        r"tell me more|tell me (?:all|everything)|everything you know|go on|recipe|"
                        r"instructions|how do i|how to(?=[^.!]*\?)|list)\b", re.I)


class LengthCap:
    """A friend's length: at most two statements and one question (the gentle follow-up).

    Sentences of fewer than three words ("Oh no!", "Hi Sam!") do not count. Within the limits
    a piece passes at once; at a limit, a sentence is held until it ends and is said only if it
    still fits; the first that does not ends the reply (and the model's generation).
    """

    def __init__(self, statements: int = 2, questions: int = 1) -> None:
        self.room = {"statement": statements, "question": questions}
        self.ended = False
        self._spoke = False  # a reply that is only a question is said, not left empty
        self._pieces: list[str] = []  # the sentence in progress
        self._said = 0  # how many of its pieces were already let through

    def feed(self, piece: str) -> list[str]:
        if self.ended:
            return []
        self._pieces.append(piece)
        if not SENTENCE_END.search(piece):
            if not all(self.room.values()):
                return []  # held: it may turn out not to fit
            out, self._said = self._pieces[self._said:], len(self._pieces)
            return out
        pieces, said = self._pieces, self._said
        self._pieces, self._said = [], 0
        sentence = " ".join(pieces)
        if len(re.findall(r"[\w']+", sentence)) >= 3:
            kind = "question" if sentence.rstrip(" \"')]").endswith("?") else "statement"
            if self.room[kind] == 0 and self._spoke:
                self.ended = True
                return []
            self.room[kind] = max(0, self.room[kind] - 1)
        self._spoke = True
        return pieces[said:]


def wants_long(said: str) -> bool:
    """ "Tell me a story", "explain how...": the user asked for more than a sentence or two."""
    return _ASKS_LONG.search(said) is not None
