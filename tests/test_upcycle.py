"""The upcycled MoE: llama.cpp sees the experts and greedy decoding equals the dense model."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import CompanionError, ModelMissingError
from models.resolve import resolve_model
from models.upcycle import UpcycleError, moe_metadata, upcycle_moe, upcycled_name

PROMPTS = ["The capital of France is", "Once upon a time, a little robot",
           "def fibonacci(n):", "My favourite colour is"]


@pytest.fixture(scope="module")
def dense() -> Path:
    try:
        return resolve_model("llm", "smollm2-135m-instruct-q4_1")
    except CompanionError as exc:
        pytest.skip(f"default LLM not installed: {exc}")


@pytest.fixture(scope="module")
def moe(dense, tmp_path_factory) -> Path:
    return upcycle_moe(dense, tmp_path_factory.mktemp("moe") / "moe.gguf", experts=4, used=2,
                       progress=False)


def greedy(llama, prompt: str, n: int = 20) -> list[int]:
    out = []
    for token in llama.generate(llama.tokenize(prompt.encode()), temp=0.0, top_k=1):
        out.append(token)
        if len(out) == n:
            break
    llama.reset()
    return out


def test_metadata_and_tensors(dense, moe):
    meta = moe_metadata(moe)
    assert meta["architecture"] == "llama"
    assert (meta["expert_count"], meta["expert_used_count"]) == (4, 2)
    assert meta["tensors"] == moe_metadata(dense)["tensors"] + 30  # one router per block
    assert upcycled_name(dense, 4) == "smollm2-135m-upcycled-moe-4x"


def test_same_greedy_tokens_as_dense(dense, moe):
    from llama_cpp import Llama

    from pipeline.config import LlmConfig
    from pipeline.llm.local import LlamaChat

    chat = LlamaChat(moe, LlmConfig(context_tokens=256))  # loads through the LLM stage
    big = chat._llama
    assert big.metadata["llama.expert_count"] == "4"
    assert big.metadata["llama.expert_used_count"] == "2"
    small = Llama(str(dense), n_ctx=256, n_threads=2, verbose=False)
    assert big._model.n_params() > 2 * small._model.n_params()  # the experts are really there
    for prompt in PROMPTS:
        assert greedy(big, prompt) == greedy(small, prompt), prompt
    # One expert per token through the metadata override: still the same (experts are equal).
    one = Llama(str(moe), n_ctx=256, n_threads=2, verbose=False,
                kv_overrides={"llama.expert_used_count": 1})
    assert greedy(one, PROMPTS[0]) == greedy(small, PROMPTS[0])


def test_idempotent_and_argument_errors(dense, moe, tmp_path):
    before = moe.stat().st_mtime_ns
    assert upcycle_moe(dense, moe, experts=4, used=2, progress=False) == moe
    assert moe.stat().st_mtime_ns == before
    with pytest.raises(UpcycleError, match="--used"):
        upcycle_moe(dense, tmp_path / "x.gguf", experts=2, used=3)
    with pytest.raises(UpcycleError, match="already is a mixture-of-experts"):
        upcycle_moe(moe, tmp_path / "y.gguf")
    with pytest.raises(ModelMissingError):
        upcycle_moe(tmp_path / "absent.gguf", tmp_path / "z.gguf")
    assert not list(tmp_path.glob("*.part"))
