"""Deciding when the user has finished. Pure logic, no I/O.

LocalAgreement   a word is stable once two consecutive hypotheses agree on it
EndpointPolicy   the silence that ends a turn depends on what was said: short after a complete
                 sentence or question, long after a filler or a dangling "and..."
(When the user talks over the reply: pipeline.barge_in.)
"""

from __future__ import annotations

import re


def normalize(text: str) -> str:
    """Lower-case words without punctuation, so transcripts that say the same compare equal."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


class LocalAgreement:
    """Stable prefix of a growing utterance's successive transcripts."""

    def __init__(self) -> None:
        self.previous: list[str] = []
        self.stable: list[str] = []

    def update(self, hypothesis: str) -> str:
        words = hypothesis.split()
        agreed = 0
        for old, new in zip(self.previous, words, strict=False):
            if normalize(old) != normalize(new):
                break
            agreed += 1
        # The stable prefix only grows: once two hypotheses agreed, the words are committed.
        if agreed > len(self.stable):
            self.stable = words[:agreed]
        self.previous = words
        return " ".join(self.stable)

    def reset(self) -> None:
        self.previous, self.stable = [], []


_FILLERS = {"um", "uh", "er", "erm", "hmm", "mm", "and", "or", "but", "so", "because", "like",
            "the", "a", "an", "to", "of", "with", "my", "if", "then", "well", "that"}


class EndpointPolicy:
    """Hangover (ms of silence that ends a turn) chosen from the transcript so far."""

    def __init__(self, default_ms: int = 600, complete_ms: int = 240,
                 dangling_ms: int = 1200) -> None:
        self.default_ms = default_ms
        self.complete_ms = complete_ms
        self.dangling_ms = dangling_ms

    def hangover_ms(self, transcript: str) -> int:
        text = transcript.strip()
        if not text:
            return self.default_ms
        if text.endswith(("...", "…", ",", "-", "—")):
            return self.dangling_ms
        words = normalize(text).split()
        if words and words[-1] in _FILLERS:
            return self.dangling_ms
        if text.endswith(("?", ".", "!")):
            return self.complete_ms
        return self.default_ms
