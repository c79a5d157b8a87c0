"""What the stages of one turn share: its timeline, its gate, its cost and its tone.

A turn may start before the user has finished (a preemptive guess). Until it is committed it
prepares audio but plays nothing, and it has no effects on the world: anything that changes
state (forgetting a memory, marking a follow-up as asked) is deferred with ``on_commit`` and
runs only once the user really said this, or never when the guess is thrown away.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from memory.affect import Affect
from pipeline.items import now
from pipeline.llm.base import GenerationStats
from pipeline.safety import NO_RISK, Risk

log = logging.getLogger(__name__)

NEUTRAL = Affect(tone="neutral", intensity=0.0, style_hint="", speaking_rate=1.0,
                 sentence_pause_ms=0)


class Timeline:
    """Marks the first moment of each milestone, relative to the user's last voiced sample."""

    def __init__(self, origin: float) -> None:
        self.origin = origin
        self.marks: dict[str, float] = {}

    def mark(self, name: str, at: float | None = None) -> None:
        moment = now() if at is None else at
        self.marks.setdefault(name, round((moment - self.origin) * 1000.0, 1))


@dataclass
class TurnContext:
    transcript: str
    timeline: Timeline
    stats: GenerationStats = field(default_factory=GenerationStats)
    affect: Affect = NEUTRAL
    notes: str = ""  # recalled memories and tone the prompt carried; kept in the history
    quotes: tuple[str, ...] = ()  # the user's earlier words the prompt recalls (not ours to say)
    error: str | None = None  # the reply failed (an apology was said instead)
    said: str = ""  # the reply as the model wrote it (what its KV cache holds)
    interrupted: bool = False  # cut short by barge-in or stop: only part of it was heard
    altered: bool = False  # what was spoken differs from what the model wrote (cleaned, cut)
    risk: Risk = NO_RISK  # what the user's words say about their safety (pipeline.safety)
    committed: asyncio.Event = field(default_factory=asyncio.Event)
    _effects: list[Callable[[], None]] = field(default_factory=list)

    def on_commit(self, effect: Callable[[], None]) -> None:
        """Run ``effect`` (quick, on the loop) when the turn is committed; at once if it is."""
        if self.committed.is_set():
            effect()
        else:
            self._effects.append(effect)

    def commit(self, endpoint_t: float | None = None) -> None:
        if self.committed.is_set():
            return
        self.timeline.mark("speech_end", endpoint_t)
        self.timeline.mark("stt_final", endpoint_t)
        self.committed.set()
        effects, self._effects = self._effects, []
        for effect in effects:
            try:
                effect()
            except Exception:  # one failed effect must not stop the turn or the others
                log.exception("turn.effect_failed")
