"""Choose TurnEndPolicy's thresholds on one half of the measured corpus; report on the other.

The halves split by script number (even: tuning, odd: held out), so a sentence spoken by both
voice families lands in one half only and the held-out sentences were never seen while tuning.
The choice: the fewest premature endpoints (at most ``target_pct``, when any point reaches it),
then the shortest mean wait after finished questions.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from pipeline.endpointing import EndpointPolicy
from pipeline.turn_end import TurnEndPolicy
from tools.eot_bench.bench import Measured, Row, score, strategies

GRID = {  # the thresholds the language model's fusion uses (see TurnEndPolicy)
    "fast_ms": (200, 250),
    "statement_ms": (400, 600, 800),
    "sure_c": (0.4, 0.5, 0.7, 1.01),
    "read_unsure_ms": (800, 1000, 1200),
    "sure_p": (0.95, 0.98),
    "objects_p": (0.0, 0.05, 0.1),
    "finished_c": (0.1, 0.2, 0.3, 0.5),
    "likely_c": (0.01, 0.03, 0.1),
    "open_c": (0.001, 0.003, 0.01),
    "early_c": (0.3, 0.5, 1.01),  # 1.01: never before the covering transcription
}
DANGLING_MS = (1200,)


def halves(measured: list[Measured]) -> tuple[list[Measured], list[Measured]]:
    """(tuning, held out): even and odd script numbers (ids end in the script's number)."""
    def number(m: Measured) -> int:
        return int(m.id.rsplit("-", 1)[1])

    return ([m for m in measured if number(m) % 2 == 0],
            [m for m in measured if number(m) % 2 == 1])


def fusion_row(measured: list[Measured], policy: TurnEndPolicy) -> Row:
    return score(measured, "+lm", strategies(policy.words, policy)["+lm"])


def tune(measured: list[Measured], base: TurnEndPolicy,
         target_pct: float = 2.0) -> tuple[TurnEndPolicy, Row]:
    """The best policy on ``measured`` (see the module doc), and its row there."""
    best: tuple[tuple[float, float], TurnEndPolicy, Row] | None = None
    for dangling in DANGLING_MS:
        words = EndpointPolicy(base.words.default_ms, base.words.complete_ms, dangling)
        for values in itertools.product(*GRID.values()):
            policy = replace(base, words=words, **dict(zip(GRID, values, strict=True)))
            row = fusion_row(measured, policy)
            key = (max(row.premature_pct, target_pct), row.wait_ms_questions)
            if best is None or key < best[0]:
                best = (key, policy, row)
    assert best is not None
    return best[1], best[2]
