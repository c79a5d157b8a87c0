"""pipeline.llm.speculative: acceptance counting, adaptivity, and a real run on the default LLM."""

from __future__ import annotations

import numpy as np
import pytest

from models.errors import CompanionError
from pipeline.llm.speculative import (
    DEFAULT_PROMPTS,
    AdaptivePromptLookup,
    DraftModelError,
    make_draft,
    measure_speculation,
)

COPY = DEFAULT_PROMPTS[2]  # SmolLM2 copies this list from the prompt


def ids(*tokens: int) -> np.ndarray:
    return np.array(tokens, dtype=np.intc)


def test_lookup_finds_latest_continuation():
    pl = AdaptivePromptLookup(max_tokens=3)
    assert pl.lookup(ids(1, 2, 3, 4, 5, 9, 1, 2)).tolist() == [3, 4, 5]
    assert pl.lookup(ids(1, 2, 7, 1, 2, 8, 1, 2)).tolist() == [8, 1, 2]  # latest occurrence
    assert pl.lookup(ids(1, 2, 3, 4)).size == 0  # a single repeated token is not enough


def test_switches_on_while_copying_and_counts_acceptance():
    pl = AdaptivePromptLookup(max_tokens=4, on_after=2, off_after=2)
    text = list(range(10, 30))
    seq = text + [10, 11]  # the reply starts copying the prompt
    assert pl(ids(*seq)).size == 0  # new generation: off, shadow predicts 12
    seq.append(12)
    assert pl(ids(*seq)).size == 0  # one shadow hit
    seq.append(13)
    draft = pl(ids(*seq))  # second hit: on
    assert pl.active and draft.tolist()[:2] == [14, 15]
    seq += draft.tolist() + [draft[-1] + 1]  # all accepted plus the target's own next token
    pl(ids(*seq))
    assert pl.proposed == draft.size and pl.accepted == draft.size and pl.acceptance == 1.0


def test_switches_off_when_drafts_are_rejected():
    pl = AdaptivePromptLookup(max_tokens=4, on_after=1, off_after=2)
    seq = [1, 2, 3, 1, 2, 4, 1, 2]
    assert pl(ids(*seq)).size == 0  # new generation: off; the shadow predicts 4
    seq.append(4)
    draft = pl(ids(*seq))  # shadow hit: on, proposes what followed (2, 4) before
    assert pl.active and draft.size
    for token in (9, 1, 2, 8):  # the target goes its own way; (1, 2) makes it propose again
        seq.append(token)
        pl(ids(*seq))
    assert not pl.active and pl.accepted == 0 and pl.proposed >= 2


def test_make_draft_kinds():
    assert make_draft("none") is None
    assert isinstance(make_draft("prompt-lookup"), AdaptivePromptLookup)
    with pytest.raises(DraftModelError, match="needs \\[llm\\] draft_model"):
        make_draft("model")
    with pytest.raises(DraftModelError, match="unknown draft kind"):
        make_draft("magic")
    with pytest.raises(CompanionError, match="not found"):
        make_draft("model", draft_model_path=__import__("pathlib").Path("/nonexistent.gguf"))


@pytest.fixture(scope="module")
def dense():
    from models.resolve import resolve_model

    try:
        return resolve_model("llm", "smollm2-135m-instruct-q4_1")
    except CompanionError as exc:
        pytest.skip(f"default LLM not installed: {exc}")


def test_real_prompt_lookup_same_reply_and_accepts(dense):
    result = measure_speculation(dense, make_draft("prompt-lookup"), [COPY], max_tokens=48)
    assert result["with"]["tokens"] == result["without"]["tokens"]
    assert result["proposed"] > 0 and result["acceptance"] > 0.5
    assert result["with"]["first_token_ms"] > 0 and result["without"]["tokens_per_s"] > 0
    for run in ("with", "without"):  # the first clause comes with or after the first token
        assert result[run]["first_clause_ms"] >= result[run]["first_token_ms"]


def test_real_small_model_draft(dense):
    draft = make_draft("model", dense, n_ctx=512, threads=1)
    draft._pause = 0  # judge the drafting itself, not the speed gate
    result = measure_speculation(dense, draft, [COPY], max_tokens=32, n_ctx=512)
    assert result["proposed"] > 0 and result["acceptance"] > 0.5  # same model drafts itself
