"""What the history has to drop on a long run is summarised into memory, after the turn, and
recall can bring it back in the same session (real MemoryStore, real embedder, fake LLM)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from pipeline.config import Config, MemoryConfig
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.history import History
from pipeline.persona import load_persona
from pipeline.summary import summarize_dropped
from tests.fakes import FakeLLM

FACTS = ("My dog is called Biscuit.", "I live in Lisbon with my partner.",
         "My sister Ana is a nurse in Porto.")
SMALL_TALK = ("Hi there!", "Okay.", "Thanks, that was helpful.", "Tell me a joke.")


def test_summary_keeps_the_users_richest_sentences_in_order() -> None:
    dropped = [{"role": "system", "content": "What you remember: - the user likes tea"},
               {"role": "user", "content": "Hi there! My dog is called Biscuit."},
               {"role": "assistant", "content": "What a lovely name for a dog."},
               {"role": "user", "content": "Okay."},
               {"role": "user", "content": "My dog is called Biscuit."},
               {"role": "user", "content": "I live in Lisbon with my partner."}]
    text = summarize_dropped(dropped)
    assert text.index("Biscuit") < text.index("Lisbon")
    assert text.count("Biscuit") == 1 and "tea" not in text and "lovely" not in text
    assert "Okay" not in text and "Hi there" not in text
    assert summarize_dropped([{"role": "user", "content": "Okay. Thanks."}]) == ""
    long = [{"role": "user", "content": f"Fact number {n} about my garden roses."}
            for n in range(100)]
    assert len(summarize_dropped(long, max_chars=200)) <= 200 + 50


def test_history_hands_over_what_trimming_dropped() -> None:
    history = History()
    for n in range(10):
        history.add_exchange(f"question {n} " * 5, f"answer {n} " * 5)
    words = lambda m: len(m["content"].split())  # noqa: E731
    history.prompt("system", "now", budget_tokens=60, measure=words)
    dropped = history.take_dropped()
    assert dropped and dropped[0]["content"].startswith("question 0")
    assert dropped + history.turns == [m for n in range(10) for m in (
        {"role": "user", "content": (f"question {n} " * 5).strip()},
        {"role": "assistant", "content": (f"answer {n} " * 5).strip()})]
    assert history.take_dropped() == []


class SmallWindowLLM(FakeLLM):
    context_tokens = 160  # a few exchanges fit: a long run trims in blocks


@pytest.mark.e2e
async def test_long_run_summaries_reach_memory_and_come_back(tmp_path: Path) -> None:
    from memory import MemoryStore
    from memory.embedder import load_embedder

    store = MemoryStore(tmp_path / "memory", embedder=load_embedder(), progress=False)
    try:
        engine = Engine(stt=None, tts=None, llm=SmallWindowLLM(delay_s=0.0), memory=store)
        config = Config(home=tmp_path, memory=MemoryConfig(budget_ms=10_000))  # a busy box
        conversation = Conversation(engine, load_persona("juniper"), config)
        lines = list(FACTS) + [SMALL_TALK[n % len(SMALL_TALK)] for n in range(30)]
        for line in lines:
            async for _ in conversation.chat(line):
                pass
        assert conversation.recall is not None
        await conversation.recall.flush()
        in_history = " ".join(m["content"] for m in conversation.thinker.history.turns)
        assert "Biscuit" not in in_history  # long gone from the prompt...
        summaries = [h for h in store.search("dog Biscuit Lisbon sister", k=20)
                     if h.kind == "summary"]
        assert summaries and "Biscuit" in summaries[0].text  # ...but not from memory
        turns = {h.id: h.text for h in store.search("Biscuit", k=50, kinds=["turn"])}
        linked = [turns[i] for s in summaries for i in s.source_ids if i in turns]
        assert any("Biscuit" in text for text in linked)  # the summary names its turns
        notes = await conversation.recall.notes("What is my dog called?")
        assert any("Biscuit" in note for note in notes)  # recalled in the same session
    finally:
        await asyncio.sleep(0)
        store.close()
