"""Clause chunker: turns a stream of LLM text deltas into speakable pieces.

The first clause is released as soon as it is complete (a comma or semicolon after a few words,
or a sentence end) so speech starts early; after that whole sentences are released, which
sound more natural. Markdown and list markers that small models like to emit are removed,
because a voice must not read out asterisks.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(\s+|$)")
_CLAUSE_END = re.compile(r"[,;:—–]\s+")
_MARKDOWN = re.compile(r"(\*\*|__|\*|`|#+\s*|^\s*[-•]\s+|^\s*\d+\.\s+)", re.MULTILINE)
_SPACES = re.compile(r"\s+")


def clean_for_speech(text: str) -> str:
    """Strip markdown and collapse whitespace so TTS reads words, not symbols."""
    return _SPACES.sub(" ", _MARKDOWN.sub("", text)).strip()


class ClauseChunker:
    """Feed text deltas; get back the pieces that are ready to be spoken."""

    def __init__(self, first_clause_min_words: int = 3, max_words: int = 30) -> None:
        self.first_clause_min_words = first_clause_min_words
        self.max_words = max_words
        self._buffer = ""
        self._released_any = False

    def feed(self, delta: str) -> list[str]:
        self._buffer += delta
        pieces: list[str] = []
        while True:
            cut = self._next_cut()
            if cut is None:
                break
            piece, self._buffer = self._buffer[:cut], self._buffer[cut:]
            spoken = clean_for_speech(piece)
            if spoken:
                pieces.append(spoken)
                self._released_any = True
        return pieces

    def flush(self) -> list[str]:
        """Release whatever is left at the end of the reply."""
        spoken = clean_for_speech(self._buffer)
        self._buffer = ""
        return [spoken] if spoken else []

    def _next_cut(self) -> int | None:
        text = self._buffer
        for end in _SENTENCE_END.finditer(text):
            # A list marker such as "2. " also ends in a period: only cut after real words.
            if _has_words(text[: end.end()]):
                return end.end()
        for line_break in re.finditer("\n", text):  # line breaks end list items and paragraphs
            if _has_words(text[: line_break.start()]):
                return line_break.end()
        if not self._released_any:
            clause = _CLAUSE_END.search(text)
            if clause and len(text[: clause.start()].split()) >= self.first_clause_min_words:
                return clause.end()
        words = text.split(" ")
        if len(words) > self.max_words:  # a run-on reply still gets spoken in pieces
            return len(" ".join(words[: self.max_words])) + 1
        return None


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in clean_for_speech(text))
