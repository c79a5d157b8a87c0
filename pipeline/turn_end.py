"""When has the user finished? The words (EndpointPolicy, a small language model) and the voice.

No one signal is enough. The recognizer punctuates a hesitation as if it were the end, and even
invents the end of a cut sentence ("I was thinking that we could go."); a voice model cannot hear
that "and" or "um" leave a sentence open, and Smart Turn reads synthetic voices at chance. A
small language model reading the words without their last punctuation (pipeline.llm.turn_words)
tells "How many people live in" from "What is the capital of Australia". So, once per pause:

- dangling words ("um", "and", a trailing comma): wait long, unless the voice is sure;
- the language model calls the words finished (or likely, and punctuated so): end fast after
  a question, an exclamation or words that read plainly finished, a little later after another
  statement ("I want to go to the park | with my dog"), and wait if the voice clearly objects
  (unless the words read finished quite surely);
- it calls them open: wait long unless the voice is sure;
- in between, or with no language model: the voice decides (the rule below, as before);
- no voice model (or no audio): the words alone;
- whatever the words read, a last word that whisper placed where the voice had already stopped
  was made up ("I left my keys on the table." for "...on the |"): the sentence is open.

``early_ms()``: the turn may end before the covering transcription is back when the last partial
transcript is already a finished sentence to the language model (or, without one, when the
voice is all but certain), unless that partial dangles.

The thresholds come from tools/eot_bench (README there): tuned on even scripts, checked on odd.
Pure logic, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.endpointing import EndpointPolicy

__all__ = ["TurnEndPolicy"]


@dataclass
class TurnEndPolicy:
    words: EndpointPolicy
    fast_ms: int = 200  # silence that ends a turn when the words and the voice call it finished
    unsure_ms: int = 800  # ... when they disagree, or neither is sure
    agree_p: float = 0.3  # below this the voice objects to punctuated words
    sure_p: float = 0.95  # the voice alone is sure the turn is finished
    open_p: float = 0.1  # the voice hears an unfinished sentence
    objects_p: float = 0.05  # ... so clearly that it outweighs the recognizer's full stop
    # ... but not words that read this surely finished: "Thanks, that was helpful." (0.8) waited
    # 1.2 s on Smart Turn's 0.03 for an espeak-ng voice (it reads synthetic prosody at chance).
    # On tools/eot_bench's saved corpus: no more premature ends, the mean wait 537 -> 516 ms.
    overrules_c: float = 0.2
    early_p: float = 0.98  # end on the voice alone, before the covering transcription
    min_words: int = 1  # fewer words punctuated as finished ("Can you please?"): unpunctuated
    finished_c: float = 0.1  # the language model's end-of-turn probability: finished words...
    likely_c: float = 0.01  # ...likely finished, when the recognizer punctuated them so
    open_c: float = 0.003  # ...an open sentence
    early_c: float = 0.3  # the last partial is finished: end before the covering transcription
    # A finished statement waits longer than a finished question: "I want to go to the park"
    # reads finished, and then goes on "...with my dog", far more often than a question does.
    statement_ms: int = 800
    read_unsure_ms: int = 1200  # unsure, although the language model read the words
    sure_c: float = 0.5  # ...unless the words read plainly finished ("Thanks, that was helpful")
    # Whisper ends a cut sentence for the user ("I left my keys on the table." for "...on the
    # |"), and the invented word starts about where the voice stopped; a spoken last word starts
    # 80 ms or more before (whisper's alignment, tools/eot_bench). Such words read open.
    invented_ms: int = 60

    def hangover_ms(self, transcript: str, p: float | None, c: float | None = None,
                    last_word_ms: float | None = None) -> int:
        """Silence (ms after the last voiced sample) that ends the turn; ``p``: the voice's
        end-of-turn probability, ``c``: the language model's, for ``transcript``;
        ``last_word_ms``: from the start of its last word to the last voiced sample."""
        if last_word_ms is not None and last_word_ms < self.invented_ms and transcript.strip():
            return self.read_unsure_ms if p is not None and p >= self.sure_p \
                else self.words.dangling_ms
        by_words = self.words.hangover_ms(transcript)
        if c is not None and transcript.strip():
            return self._with_language_model(transcript, by_words, p, c)
        if p is None:
            return by_words
        if by_words == self.words.complete_ms and len(transcript.split()) < self.min_words:
            by_words = self.words.default_ms  # too short to trust the full stop
        long = self.words.dangling_ms
        if by_words == long:
            return self.unsure_ms if p >= self.sure_p else long
        if by_words == self.words.complete_ms:
            if p >= self.agree_p:
                return self.fast_ms
            return long if p <= self.objects_p else self.unsure_ms
        if not transcript.strip():
            return self.unsure_ms  # nothing recognised yet: the words have no opinion
        if p >= self.sure_p:
            return self.fast_ms
        return long if p <= self.open_p else self.unsure_ms

    def _finished_ms(self, transcript: str, p: float | None, c: float) -> int:
        """Words that read finished: fast after a question or an exclamation, words that read
        plainly finished, or a voice that is sure; a statement waits a little longer."""
        if transcript.rstrip().endswith(("?", "!")) or c >= self.sure_c:
            return self.fast_ms
        return self.fast_ms if p is not None and p >= self.sure_p else self.statement_ms

    def _with_language_model(self, transcript: str, by_words: int, p: float | None,
                             c: float) -> int:
        long = self.words.dangling_ms
        if by_words == long:
            return self.read_unsure_ms if p is not None and p >= self.sure_p else long
        if c >= self.finished_c or (by_words == self.words.complete_ms and c >= self.likely_c):
            objects = p is not None and p < self.objects_p and c < self.overrules_c
            return self.read_unsure_ms if objects else self._finished_ms(transcript, p, c)
        if c <= self.open_c:
            return self.read_unsure_ms if p is not None and p >= self.sure_p else long
        return self.fast_ms if p is not None and p >= self.sure_p else self.read_unsure_ms

    def early_ms(self, partial: str, p: float | None, c: float | None = None) -> int | None:
        """The hangover to set before the covering transcription is back, or None to wait for
        it: on the last partial's words when the language model scored them (``c``), else on
        the voice alone (``p``)."""
        if self.words.hangover_ms(partial) == self.words.dangling_ms:
            return None
        if c is not None and partial.strip():
            return self._finished_ms(partial, p, c) if c >= self.early_c else None
        return self.fast_ms if p is not None and p >= self.early_p else None
