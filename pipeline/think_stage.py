"""The think stage: a reply source's text in, clauses ready for the voice out.

ReplySource  what a turn speaks: the LLM's reply (pipeline.think.Thinker) or fixed text (Script)
Script       fixed text to be spoken as it is (`say`, announcements): a turn like any other
Fixed        one fixed reply whatever was said (words not heard clearly are asked for again)
ThinkStage   either of them -> clauses, the first as early as possible; a failed reply ends with
             a spoken apology, not silence
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import replace
from typing import Protocol

from models.errors import CompanionError
from pipeline.chunker import ClauseChunker
from pipeline.context import TurnContext
from pipeline.items import Clause
from pipeline.speakable import ReplyShaper, speakable_reply
from pipeline.stage import Channel

log = logging.getLogger(__name__)

APOLOGY = "Sorry, I lost my train of thought. Could you say that again?"


class ReplySource(Protocol):
    """What a turn speaks: the LLM's reply (Thinker) or fixed text (Script)."""

    def reply(self, text: str, ctx: TurnContext) -> AsyncIterator[str]: ...

    def remember(self, text: str, reply: str, ctx: TurnContext) -> None:
        """The turn was committed and ``reply`` is what the user heard of it."""

    def shaper(self, ctx: TurnContext) -> ReplyShaper:
        """What checks the reply's clauses before they are spoken (pipeline.speakable)."""
        ...


class Script:
    """Speaks the turn's text as it is, without the LLM; nothing goes into the history. At the
    ``pace`` the user asked for (``UserProfile.pace``): an announcement is for them too."""

    def __init__(self, pace: float = 1.0) -> None:
        self.pace = pace

    async def reply(self, text: str, ctx: TurnContext) -> AsyncIterator[str]:
        ctx.affect = replace(ctx.affect, speaking_rate=ctx.affect.speaking_rate * self.pace)
        async for said in self._said(text):
            yield said

    async def _said(self, text: str) -> AsyncIterator[str]:
        yield text

    def remember(self, text: str, reply: str, ctx: TurnContext) -> None:
        return None

    def shaper(self, ctx: TurnContext) -> ReplyShaper:
        return ReplyShaper(length_cap=False)  # an announcement is said whole


class Fixed(Script):
    """Speaks one fixed reply, whatever was said (a line that was not heard clearly)."""

    def __init__(self, reply: str, pace: float = 1.0) -> None:
        super().__init__(pace)
        self.fixed = reply

    async def _said(self, text: str) -> AsyncIterator[str]:
        yield self.fixed


class ThinkStage:
    """One turn's words -> clauses; a failed reply ends with a spoken apology, not silence."""

    def __init__(self, source: ReplySource, ctx: TurnContext,
                 on_error: Callable[[str], None]) -> None:
        self.source = source
        self.ctx = ctx
        self.on_error = on_error

    async def run(self, inbox: AsyncIterable[str], outbox: Channel[Clause]) -> None:
        marks = self.ctx.timeline
        count = 0

        async def put(text: str) -> None:
            nonlocal count
            marks.mark("first_clause")
            await outbox.put(Clause(text=text, index=count))
            count += 1

        shapers: list[ReplyShaper] = []

        def make_shaper() -> ReplyShaper:  # once the reply started: its risk is known then
            shapers.append(self.source.shaper(self.ctx))
            return shapers[-1]

        async for text in inbox:
            clauses = speakable_reply(kept_as_written(self.source.reply(text, self.ctx), self.ctx),
                                      make_shaper,
                                      keep_tail=lambda: not (count and self.ctx.stats.cut_short))
            try:
                async with aclosing(clauses) as speakable:
                    async for clause in speakable:
                        await put(clause)
            except CompanionError as exc:  # e.g. the inference server went away mid-reply
                log.warning("reply.failed error=%s", exc)
                self.ctx.error = str(exc)
                self.on_error(str(exc))
                for piece in ClauseChunker().feed(APOLOGY):  # the half-said sentence is dropped
                    await put(piece)
        self.ctx.altered = any(shaper.altered for shaper in shapers)
        marks.mark("llm_done")


async def kept_as_written(deltas: AsyncIterator[str], ctx: TurnContext) -> AsyncIterator[str]:
    """The reply's deltas as they come; ``ctx.said`` keeps them as the model wrote them."""
    async with aclosing(deltas) as stream:
        async for delta in stream:
            ctx.timeline.mark("first_token")
            ctx.said += delta
            yield delta
