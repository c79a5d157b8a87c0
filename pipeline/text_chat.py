"""Text mode: the conversation's model, persona, memory and history, typed, without audio
(`companion chat`, the long-run bench)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from pipeline.context import Timeline, TurnContext
from pipeline.extraction import LlmExtractor
from pipeline.items import now
from pipeline.prefill import Prefiller
from pipeline.recall import Recall
from pipeline.speakable import ReplyShaper, speakable_reply
from pipeline.think import Thinker
from pipeline.think_stage import kept_as_written
from pipeline.typed import as_meant


class TextChat:
    """A mixin of ``pipeline.conversation.Conversation``: typed turns and their ending."""

    thinker: Thinker
    prefiller: Prefiller
    recall: Recall | None
    extractor: LlmExtractor | None

    async def chat(self, text: str, ctx: TurnContext | None = None) -> AsyncIterator[str]:
        """Text mode: the same model, persona, memory and history, no audio. ``ctx`` (given)
        collects the turn's timings and token counts."""
        text = as_meant(text)
        ctx = ctx or TurnContext(text, Timeline(now()))
        ctx.commit()
        if self.extractor is not None:
            self.extractor.busy()
        shapers: list[ReplyShaper] = []

        def make_shaper() -> ReplyShaper:
            shapers.append(self.thinker.shaper(ctx))
            return shapers[-1]

        parts: list[str] = []
        async for clause in speakable_reply(kept_as_written(self.thinker.reply(text, ctx), ctx),
                                            make_shaper):
            parts.append(clause)
            yield clause + " "
        ctx.altered = any(shaper.altered for shaper in shapers)
        self.thinker.remember(text, " ".join(parts), ctx)
        self.prefiller.between_turns()
        if self.extractor is not None:
            self.extractor.idle()

    async def finish(self, extraction_timeout_s: float = 120.0) -> None:
        """End of a text chat: save what is pending, then extract facts from what is queued."""
        await self.prefiller.close()
        if self.recall is not None:
            await self.recall.flush()
            await asyncio.sleep(0)  # the stored turns' callbacks queue them for extraction
        if self.extractor is not None:
            await self.extractor.drain(extraction_timeout_s)
