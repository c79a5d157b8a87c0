"""When has the user finished? The words (EndpointPolicy) and the voice (Smart Turn), together.

Neither alone is enough. The recognizer punctuates a hesitation as if it were the end ("I was
thinking that we could." gets a full stop), and a voice model cannot hear that "and" or "um"
leave the sentence open. So:

- dangling words ("um", "and", a trailing comma): wait long, unless the voice is very sure;
- punctuated as complete: end fast only if the voice agrees, else wait the default;
- no punctuation: the voice decides between fast, default and long;
- no voice model (or no audio): the words alone, as before.

``early_ms`` is for the voice alone: when it is very sure (``sure_p``), the turn may end
before the covering transcription is back, unless the text seen so far dangles.
Pure logic, no I/O: the listening stage asks it once per pause.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.endpointing import EndpointPolicy

__all__ = ["TurnEndPolicy"]


@dataclass
class TurnEndPolicy:
    words: EndpointPolicy
    fast_ms: int = 200  # silence that ends a turn both the words and the voice call finished
    agree_p: float = 0.5  # the voice calls it finished
    sure_p: float = 0.9  # the voice is sure it is finished
    open_p: float = 0.15  # the voice is sure it is not

    def hangover_ms(self, transcript: str, p: float | None) -> int:
        """Silence (ms after the last voiced sample) that ends the turn."""
        by_words = self.words.hangover_ms(transcript)
        if p is None:
            return by_words
        if by_words == self.words.dangling_ms:
            return self.words.default_ms if p >= self.sure_p else by_words
        if by_words == self.words.complete_ms:
            return self.fast_ms if p >= self.agree_p else self.words.default_ms
        if not transcript.strip():
            return self.words.default_ms  # nothing recognised yet: no opinion of the words
        if p >= self.sure_p:
            return self.fast_ms
        return self.words.dangling_ms if p <= self.open_p else self.words.default_ms

    def early(self, partial: str, p: float) -> bool:
        """End now, on the voice alone, before the covering transcription is back?"""
        return p >= self.sure_p and self.words.hangover_ms(partial) != self.words.dangling_ms
