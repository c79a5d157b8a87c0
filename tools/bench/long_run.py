"""The ``long_run`` row of `companion bench`: a long text conversation through the real LLM.

A speaker that runs for days holds long conversations, so its history is trimmed to fit the
context window. Trimmed by one exchange per turn, the KV-cached prefix changed every turn and
the first token slowed from 99 ms to 5.7 s after ~55 turns (29 of 1948 prompt tokens reused).
Trimmed in blocks (pipeline.history), it must stay flat; what is dropped is summarised into
memory. The row reports the first token and the reused/prompt tokens at turns 1, 50, 100, 150
and 200, the medians per block of 50 turns, and how many summaries were written.

``keep_after_trim=1.0`` trims as little as possible, every turn: the old behaviour, the baseline.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pipeline.config import Config
from pipeline.context import Timeline, TurnContext
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.items import now
from pipeline.persona import Persona
from tools.progress import bar

CHECKPOINTS = (1, 50, 100, 150, 200)
WARM_UP = "Hello, this is only a warm-up."  # not one of the lines: turn 1 reuses the persona only
BLOCK = 50


async def _chat(conversation: Conversation, lines: list[str], progress: bool
                ) -> list[dict[str, float]]:
    turns = []
    for line in bar(lines, desc="long run", quiet=not progress):
        ctx = TurnContext(line, Timeline(now()))
        first_token = None
        async for _ in conversation.chat(line, ctx):
            if first_token is None:
                first_token = (now() - ctx.timeline.origin) * 1000
        stats = ctx.stats
        turns.append({"first_token_ms": round(first_token or 0.0, 1),
                      "prompt_tokens": stats.prompt_tokens,
                      "reused_tokens": stats.reused_tokens})
    if conversation.recall is not None:
        await conversation.recall.flush()
    return turns


def long_run(engine: Engine, persona: Persona, config: Config, lines: list[str],
             turns: int = 200, keep_after_trim: float | None = None,
             progress: bool = False) -> dict[str, object]:
    """``turns`` typed turns (``lines`` over and over) in one conversation with memory on."""
    from memory import MemoryStore
    from memory.embedder import load_embedder

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="companion-long-run-") as folder:
        store = MemoryStore(Path(folder), embedder=load_embedder(), progress=False)
        try:
            # Warm-up: turn 1 is measured like any other turn, not with first-call costs.
            store.search("warm up", k=1)
            asyncio.run(_chat(Conversation(engine, persona, config), [WARM_UP], False))
            conversation = Conversation(replace(engine, memory=store), persona, config)
            if keep_after_trim is not None:
                conversation.thinker.history.keep_after_trim = keep_after_trim
            said = [lines[n % len(lines)] for n in range(turns)]
            measured = asyncio.run(_chat(conversation, said, progress))
            summaries = store.stats()["summaries"]
        finally:
            store.close()
    blocks = [measured[i:i + BLOCK] for i in range(0, len(measured), BLOCK)]
    return {
        "turns": turns,
        "context_tokens": engine.llm.context_tokens,
        "at_turn": {str(n): measured[n - 1] for n in (*CHECKPOINTS, len(measured))
                    if n <= len(measured)},
        "first_token_ms_p50_per_50": [
            round(statistics.median(t["first_token_ms"] for t in block), 1) for block in blocks],
        "prefilled_tokens_p50_per_50": [
            statistics.median(t["prompt_tokens"] - t["reused_tokens"] for t in block)
            for block in blocks],
        "reused_share_p50_per_50": [
            round(statistics.median(t["reused_tokens"] / max(1, t["prompt_tokens"])
                                    for t in block), 3) for block in blocks],
        "summaries_written": summaries,
        "seconds": round(time.monotonic() - started, 1),
    }
