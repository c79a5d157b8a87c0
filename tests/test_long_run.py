"""The bench's long_run row with the real LLM in a small window, so that trims come quickly:
trimmed in blocks the KV cache keeps being reused; trimmed every turn (the old way) it is not."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timezone, tzinfo

import pytest

from pipeline.config import Config, LlmConfig
from pipeline.engine import Engine
from pipeline.persona import load_persona
from tools.bench.latency import LINES, MEMORY_LINES
from tools.bench.long_run import long_run

pytestmark = pytest.mark.e2e


class _Noon(datetime):
    """A fixed moment: "What time is it in Tokyo?" is answered from the clock, and a reply a few
    tokens longer or shorter moves every trim of a 384-token window (the share fell to 0.49 at
    some times of day)."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        return datetime(2026, 12, 4, 12, 0, tzinfo=tz or timezone.utc)


class _Day(date):
    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(2026, 12, 4)  # the joke and the dinner ideas of the day


def test_long_run_keeps_the_cache_and_writes_summaries(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.clock
    import pipeline.idea_steers
    import pipeline.steer

    monkeypatch.setattr(pipeline.clock, "datetime", _Noon)
    monkeypatch.setattr(pipeline.steer, "date", _Day)
    monkeypatch.setattr(pipeline.idea_steers, "date", _Day)
    config = Config(llm=LlmConfig(context_tokens=384, max_reply_tokens=32))
    persona = load_persona("juniper")
    engine = asyncio.run(Engine.load(config, persona, voice=False))
    lines = list(LINES + MEMORY_LINES)
    try:
        blocks = long_run(engine, persona, config, lines, turns=24)
        every_turn = long_run(engine, persona, config, lines, turns=24, keep_after_trim=1.0)
    finally:
        engine.close()
    assert blocks["summaries_written"] >= 2  # the window was outgrown again and again
    assert set(blocks["at_turn"]) == {"1", "24"}
    assert blocks["reused_share_p50_per_50"][0] >= 0.6
    assert every_turn["reused_share_p50_per_50"][0] < 0.4  # the baseline: the cache is lost


def test_a_context_size_llama_pads_is_not_overrun() -> None:
    """context_tokens = 384: llama.cpp pads its window to 512, llama-cpp-python's token buffer
    stays at 384; the window the prompts are sized to must be the smaller, or a conversation
    crashes once it has grown past 384 tokens (found by the long run)."""
    from models.resolve import resolve_model
    from pipeline.llm.local import LlamaChat

    chat = LlamaChat(resolve_model("llm"), LlmConfig(context_tokens=384))
    assert chat.context_tokens == 384
