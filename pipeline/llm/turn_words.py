"""End-of-turn from the words: how likely a small language model thinks the user's text is over.

The recognizer's punctuation is a poor judge: at a hesitation it writes "Can you tell me?" or
"How many people live in?". A language model reading the same words without that last
punctuation knows that "How many people live in" goes on, and that "What is the capital of
Australia" is a whole question. The score is the probability that the next token ends the
sentence or the turn (".", "?", "!", end of message), after the words as a user message of a
spoken conversation. This is the idea of LiveKit's turn detector, without its fine-tuning: on the
end-of-turn benchmark (tools/eot_bench) SmolLM2-135M separates finished turns from mid-sentence
pauses with ROC AUC 0.89 (Smart Turn: 0.62 on the same synthetic voices; the 1.5B brain: 0.91,
at three times the cost). The system prompt's KV cache is kept, so a call evaluates only the
words: a few tens of ms on one core.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from pathlib import Path

import numpy as np

from pipeline.llm.base import LOAD_LOCK

__all__ = ["TextTurnModel", "strip_end"]

log = logging.getLogger(__name__)

_PREFIX = ("<|im_start|>system\nYou are a friend having a spoken conversation.<|im_end|>\n"
           "<|im_start|>user\n")
_END_MARKS = set(".?!")
_TRAILING = re.compile(r"[\s.?!,;:…\-—]+$")


def strip_end(text: str) -> str:
    """The words without the punctuation the recognizer put after them."""
    return _TRAILING.sub("", text.strip())


class TextTurnModel:
    """``probability(text)``: the chance (0..1) that the user's words end the turn. Thread-safe;
    the last few answers are cached (partials and the covering pass often agree)."""

    def __init__(self, path: Path, threads: int = 1, cache_size: int = 64) -> None:
        from llama_cpp import Llama

        with LOAD_LOCK:
            self._llm = Llama(model_path=str(path), n_ctx=512, n_threads=threads,
                              n_threads_batch=threads, verbose=False)
        self._lock = threading.Lock()
        self._n_vocab = self._llm.n_vocab()
        self._end_ids = self._ending_tokens()
        self._prefix = self._llm.tokenize(_PREFIX.encode(), add_bos=False, special=True)
        self._llm.eval(self._prefix)
        self._cache: dict[str, float] = {}
        self._cache_size = cache_size
        self.last_ms = 0.0

    def _ending_tokens(self) -> np.ndarray:
        """Tokens that end a sentence (".", "?!", "?\\n"...; not "...") or the message."""
        ids = {self._llm.token_eos()}
        for special in ("<|im_end|>", "<|endoftext|>"):
            tokens = self._llm.tokenize(special.encode(), add_bos=False, special=True)
            if len(tokens) == 1:
                ids.add(tokens[0])
        for i in range(self._n_vocab):
            piece = self._llm.detokenize([i]).decode("utf-8", "ignore").strip()
            if piece and set(piece) <= _END_MARKS and not piece.startswith(".."):
                ids.add(i)
        return np.array(sorted(ids), dtype=np.int64)

    def probability(self, text: str) -> float:
        """0..1; 0.0 for no words (nothing said has not ended anything)."""
        words = strip_end(text)
        if not words:
            return 0.0
        with self._lock:
            if words in self._cache:
                return self._cache[words]
            t = time.perf_counter()
            tokens = self._llm.tokenize(words.encode(), add_bos=False, special=False)
            # The context holds the prefix and one utterance; a monologue keeps its last words.
            tokens = tokens[-(self._llm.n_ctx() - len(self._prefix) - 8):]
            self._llm.n_tokens = len(self._prefix)  # eval() drops the last words' KV entries
            self._llm.eval(tokens)
            logits = np.ctypeslib.as_array(self._llm._ctx.get_logits(), shape=(self._n_vocab,))
            shifted = np.exp(logits.astype(np.float64) - float(logits.max()))
            p = float(shifted[self._end_ids].sum() / shifted.sum())
            self.last_ms = (time.perf_counter() - t) * 1000
            if len(self._cache) >= self._cache_size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[words] = p
        log.debug("turn.words p=%.3f ms=%.1f words=%d", p, self.last_ms, len(words.split()))
        return p
