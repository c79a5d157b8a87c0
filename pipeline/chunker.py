"""Clause chunker: turns a stream of LLM text deltas into speakable pieces.

The first clause is released as soon as it is complete (an opening "Oh no,", a comma or
semicolon after a few words, or a sentence end) so speech starts early; a long first sentence
without a comma is cut before a word that starts a phrase ("with", "because", "in"...), so the
voice does not wait for its last word: on 2 cores the 1.5B writes a word in ~60 ms. After that
whole sentences are released, which sound more natural. Markdown and list markers that small
models like to emit are removed, because a voice must not read out asterisks.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(\s+|$)")
_CLAUSE_END = re.compile(r"[,;:—–]\s+")
# "Oh no," "Aw,": a reply that opens with a sound of feeling says it at once, alone (an opener
# of pipeline.prompting is all there is before the model's first token). Not "Well,": a reply
# that fails after it would be heard as "Well, sorry, I lost my train of thought".
_INTERJECTION = re.compile(r"\s*(?:oh|aw+|ugh|ah|oh no|oh dear|oh wow|wow),(?:\s+|$)",
                           re.IGNORECASE)
# A list marker ("2. ") only before words: "999." left alone at the end of a long sentence cut
# into pieces was taken for one and the number never said ("...if you ever think of harming
# yourself, call").
_MARKDOWN = re.compile(r"(\*\*|__|\*|`|#+\s*|^\s*[-•]\s+|(?<=\n)[ \t]*\d+\.\s+|"
                       r"\A\s*\d+\.\s+(?=\S))", re.MULTILINE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
# Words a phrase starts with: a cut before one sounds like a breath (piper leaves ~0.3 s there),
# not a stumble. Not "that", "like" or "to": "I love that song", "I like it", "I want to go".
_PHRASE_START = frozenset((
    "and", "but", "or", "so", "because", "with", "without", "for", "in", "on", "at", "about",
    "from", "after", "before", "when", "while", "if", "which", "who", "where", "since", "until",
    "unless", "though", "although"))


def clean_for_speech(text: str) -> str:
    """Strip markdown and collapse whitespace so TTS reads words, not symbols."""
    return _SPACES.sub(" ", _MARKDOWN.sub("", text)).strip()


class ClauseChunker:
    """Feed text deltas; get back the pieces that are ready to be spoken."""

    def __init__(self, first_clause_min_words: int = 3, max_words: int = 30,
                 first_phrase_after: int | None = 8, first_phrase_min_words: int = 4) -> None:
        self.first_clause_min_words = first_clause_min_words
        self.max_words = max_words
        # None: never cut the first sentence at a phrase (a turn at risk: the safety guard
        # reads whole clauses)
        self.first_phrase_after = first_phrase_after
        self.first_phrase_min_words = first_phrase_min_words
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
            # "about 8." may go on "9 million": "There are about 8. 9 million people" was
            # spoken as two sentences. A number's period waits for what follows it.
            if not end.group(1) and text[end.start()] == "." and text[end.start() - 1].isdigit():
                continue
            # A list marker such as "2. " also ends in a period: only cut after real words.
            if _has_words(text[: end.end()]):
                return end.end()
        for line_break in re.finditer("\n", text):  # line breaks end list items and paragraphs
            if _has_words(text[: line_break.start()]):
                return line_break.end()
        if not self._released_any:
            if opening := _INTERJECTION.match(text):
                return opening.end()
            clause = _CLAUSE_END.search(text)
            if clause and len(text[: clause.start()].split()) >= self.first_clause_min_words:
                return clause.end()
            if (phrase := self._phrase_start(text)) is not None:
                return phrase
        words = text.split(" ")
        if len(words) > self.max_words:  # a run-on reply still gets spoken in pieces
            return len(" ".join(words[: self.max_words])) + 1
        return None

    def _phrase_start(self, text: str) -> int | None:
        """Where a long first sentence may be cut: before the last phrase-starting word once
        ``first_phrase_after`` whole words are waiting, at least ``first_phrase_min_words`` in."""
        if self.first_phrase_after is None:
            return None
        words = list(_WORD.finditer(text))
        if words and not text[-1].isspace():
            words.pop()  # still being written: "with" may become "without"
        if len(words) < self.first_phrase_after:
            return None
        for word in reversed(words[self.first_phrase_min_words:]):
            if word.group().lower() in _PHRASE_START:
                return word.start()
        return None


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in clean_for_speech(text))
