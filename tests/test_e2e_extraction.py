"""Background LLM fact extraction with real models, a real store and its real KV cache."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest

from memory import MemoryStore
from memory.embedder import load_embedder
from models.cache import cache_dir
from models.errors import CompanionError
from models.resolve import resolve_model
from pipeline.config import LlmConfig
from pipeline.extraction import LlmExtractor, Said
from pipeline.llm.local import LlamaChat

pytestmark = pytest.mark.e2e

PERSONA = {"role": "system", "content": "You are Juniper, the user's warm friend."}
SAID = "Honestly, olives are the worst thing ever, and my brother Tom lives in Cork."


def model(name: str) -> Path:
    """A catalog LLM, or the file `make setup` put in the cache under its name."""
    try:
        return resolve_model("llm", name)
    except CompanionError as exc:
        cached = cache_dir() / name / f"{name}.gguf"
        if cached.is_file():
            return cached
        pytest.skip(f"{name} is not fetched: {exc}")


def extract(llm: LlamaChat, store: MemoryStore, history: list[dict[str, str]]) -> None:
    async def run() -> None:
        extractor = LlmExtractor(llm, store, "sam", prefix=lambda: history, grace_s=0.0)
        turn_id = store.add(SAID, role="user", session="s1", profile="sam")
        extractor.submit(Said(SAID, turn_id, datetime.now(), "s1"))
        await extractor.drain(timeout_s=600)

    asyncio.run(run())


def test_the_tiny_model_stores_only_grounded_facts_and_keeps_the_cached_prefix(
        tmp_path: Path) -> None:
    llm = LlamaChat(model("smollm2-135m-instruct-q4_1"), LlmConfig(max_reply_tokens=16))
    store = MemoryStore(tmp_path / "mem", embedder=load_embedder(), progress=False)
    history = [PERSONA, {"role": "user", "content": SAID},
               {"role": "assistant", "content": "Oh no, olives! Tell me about Tom."}]
    list(llm.stream(history, 8))  # the conversation as the turn left it in the KV cache
    before = {h.id for h in store.facts("sam")}
    extract(llm, store, history)
    for fact in store.facts("sam"):
        if fact.id not in before and fact.kind == "fact" and fact.source_ids:
            # The tiny model mostly echoes the request's example: what got through is real.
            assert "mushroom" not in fact.text.lower(), fact.text
    # The next turn shares the conversation's prefix with the extraction request, so llama.cpp
    # still holds it: only the new words are prefilled.
    next_turn = [*history, {"role": "user", "content": "Anyway, how are you?"}]
    list(llm.stream(next_turn, 4))
    assert llm.stats.reused_tokens >= llm.prompt_tokens(history) - 8
    store.close()


def test_the_default_model_extracts_what_the_rules_miss(tmp_path: Path) -> None:
    llm = LlamaChat(model("qwen2.5-coder-1.5b-instruct-q4_k_m"), LlmConfig())
    store = MemoryStore(tmp_path / "mem", embedder=load_embedder(), progress=False)
    assert not any("olive" in h.text.lower() for h in store.facts("sam"))
    extract(llm, store, [PERSONA, {"role": "user", "content": SAID},
                         {"role": "assistant", "content": "Oh no, olives! Tell me about Tom."}])
    facts = [h for h in store.facts("sam") if "olive" in h.text.lower()]
    assert facts and facts[0].text == "The user dislikes olives."  # rules see no "I dislike"
    assert facts[0].source_ids  # linked to the turn it came from
    store.close()
