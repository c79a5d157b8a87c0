"""Do not repeat yourself: a logits processor that steers a reply away from its recent replies.

With greedy decoding a small model copies the shape of its last answer into the next one: five
sad disclosures in a row got "I understand how you feel. It's important to take care of yourself
and stay informed about <X>. What are some things that make you feel better?" each time (the
1.5B brain, `companion chat`). llama.cpp's repeat penalty only looks at the last 64 tokens of the
context, which are the user's words, not the earlier replies. So, as the DRY sampler does: a token
that would continue a run of tokens the companion already said in a recent reply is made less
likely, the more so the longer the run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["RepeatAvoider"]

MIN_RUN = 2  # tokens of a past reply already repeated before the next one is penalized
PENALTY = 2.0  # logits taken off the token that would make the run MIN_RUN + 1 long...
GROWTH = 1.5  # ...and this factor more for each further token of the same run
MAX_PENALTY = 12.0


class RepeatAvoider:
    """``__call__(input_ids, scores)`` for llama-cpp-python's ``logits_processor``: ``past`` are
    the token ids of recent replies, ``start`` where the reply being generated begins in the
    input ids."""

    def __init__(self, past: Sequence[Sequence[int]], start: int) -> None:
        self.start = start
        self._past = [list(reply) for reply in past if len(reply) > MIN_RUN]

    def __call__(self, input_ids: np.ndarray, scores: np.ndarray) -> np.ndarray:
        said = [int(t) for t in input_ids[self.start:]]
        if len(said) < MIN_RUN or not self._past:
            return scores
        penalties: dict[int, float] = {}
        for reply in self._past:
            for token, run in _continuations(reply, said):
                penalty = min(MAX_PENALTY, PENALTY * GROWTH ** (run - MIN_RUN))
                penalties[token] = max(penalties.get(token, 0.0), penalty)
        for token, penalty in penalties.items():
            scores[token] -= penalty
        return scores


def _continuations(reply: list[int], said: list[int]) -> list[tuple[int, int]]:
    """(next token, run length) wherever the end of ``said`` (at least MIN_RUN tokens) matches
    ``reply`` just before that token."""
    found = []
    tail = said[-MIN_RUN:]
    for i in range(MIN_RUN, len(reply)):
        if reply[i - MIN_RUN:i] != tail:
            continue
        run = MIN_RUN
        while run < min(i, len(said)) and reply[i - run - 1] == said[-run - 1]:
            run += 1
        found.append((reply[i], run))
    return found
