"""Reasoning models without dead air: thinking is never spoken, capped, and covered by a word.

ThinkFilter    text deltas -> visible text; drops <think>...</think> and the like, even when a
               tag is split across deltas; counts thinking tokens and time
ThinkingGuard  the async wrapper the Thinker uses: says a short acknowledgment when thinking
               lasts, enforces the think budget (tokens or ms), restarts without thinking
AckPicker      "Oh, let me think." and friends, never the same one twice in a row
no_think_switch / apply_no_think   how a model is told to skip thinking, where it can be
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Callable
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any

from pipeline.llm.base import Message

# (open, close) pairs. Harmony (gpt-oss) puts its analysis channel before the final channel.
THINK_TAGS: tuple[tuple[str, str], ...] = (
    ("<think>", "</think>"),
    ("<thinking>", "</thinking>"),
    ("<reasoning>", "</reasoning>"),
    ("<|channel|>analysis", "<|channel|>final<|message|>"),
    ("<|begin_of_thought|>", "<|end_of_thought|>"),
)

ACKS = (
    "Oh, let me think.",  # not "Hmm": the voice says "hem"
    "Let me think about that.",
    "Good question, one moment.",
    "Give me a second.",
    "Let me see.",
    "One moment, let me think.",
)


class ThinkFilter:
    """Feed raw deltas, get the text that may be spoken. One instance per reply."""

    def __init__(self, tags: tuple[tuple[str, str], ...] = THINK_TAGS,
                 starts_thinking: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.tags = tags
        self.clock = clock
        self.thinking_tokens = 0
        self.seen_thinking = starts_thinking  # some templates open <think> in the prompt
        self._close: str | None = tags[0][1] if starts_thinking else None
        self._pending = ""  # text that may be the start of a tag: held until it is decided
        self._think_start: float | None = clock() if starts_thinking else None
        self._think_ms = 0.0
        self._after_thought = False  # strip the blank lines models put after </think>

    @property
    def thinking(self) -> bool:
        return self._close is not None

    @property
    def thinking_ms(self) -> float:
        running = (self.clock() - self._think_start) * 1000 if self._think_start else 0.0
        return self._think_ms + running

    def feed(self, delta: str) -> str:
        if self.thinking:
            self.thinking_tokens += 1
        text = self._pending + delta
        self._pending = ""
        out: list[str] = []
        while text:
            if self._close is not None:
                end = text.find(self._close)
                if end < 0:
                    self._pending = _held_tail(text, (self._close,))
                    break
                text = text[end + len(self._close):]
                self._end_thought()
                continue
            found = _first_open(text, self.tags)
            if found is None:
                self._pending = _held_tail(text, tuple(o for o, _ in self.tags))
                out.append(text[: len(text) - len(self._pending)])
                break
            start, opening, closing = found
            out.append(text[:start])
            text = text[start + len(opening):]
            self._close = closing
            self.seen_thinking = True
            self._think_start = self.clock()
        return self._visible("".join(out))

    def flush(self) -> str:
        """End of reply: an unfinished tag prefix is text after all; open thinking is not."""
        held, self._pending = self._pending, ""
        if self.thinking:
            self._end_thought()
            return ""
        return self._visible(held)

    def _end_thought(self) -> None:
        self._close = None
        if self._think_start is not None:
            self._think_ms += (self.clock() - self._think_start) * 1000
        self._think_start = None
        self._after_thought = True

    def _visible(self, text: str) -> str:
        if self._after_thought:
            text = text.lstrip()
            if text:
                self._after_thought = False
        return text


def _first_open(text: str, tags: tuple[tuple[str, str], ...]) -> tuple[int, str, str] | None:
    hits = [(text.find(o), o, c) for o, c in tags if o in text]
    return min(hits) if hits else None


def _held_tail(text: str, tags: tuple[str, ...]) -> str:
    """The longest end of ``text`` that is the start of a tag (it may complete next delta)."""
    longest = 0
    for tag in tags:
        for n in range(min(len(tag) - 1, len(text)), longest, -1):
            if text.endswith(tag[:n]):
                longest = n
                break
    return text[len(text) - longest:] if longest else ""


class AckPicker:
    """A short acknowledgment that avoids the last ``avoid`` ones used."""

    def __init__(self, phrases: tuple[str, ...] = ACKS, avoid: int = 3,
                 rng: random.Random | None = None) -> None:
        self.phrases = phrases
        self.avoid = min(avoid, len(phrases) - 1)
        self.rng = rng or random.Random()
        self.recent: list[str] = []

    def pick(self) -> str:
        choices = [p for p in self.phrases if p not in self.recent] or list(self.phrases)
        phrase = self.rng.choice(choices)
        self.recent = ([*self.recent, phrase])[-self.avoid:] if self.avoid else []
        return phrase


@dataclass
class ThinkBudget:
    """How long a reply may think before the guard steps in (0 = no limit)."""

    tokens: int = 0
    ms: int = 0

    def exceeded(self, tokens: int, ms: float) -> bool:
        return bool((self.tokens and tokens > self.tokens) or (self.ms and ms > self.ms))


@dataclass
class ThinkReport:
    """What thinking cost in the last reply (for metrics and events)."""

    thinking_tokens: int = 0
    thinking_ms: float = 0.0
    ack: str | None = None
    budget_exceeded: bool = False
    restarted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


GIVE_UP = "Sorry, I need more time to think about that than I have right now."


class ThinkingGuard:
    """Wraps a reply's deltas: hides thinking, acknowledges long thought, enforces the budget.

    ``restart`` (optional) makes the same reply again with thinking switched off (see
    apply_no_think); without it, an exceeded budget ends the reply with ``give_up``. Time without
    any visible text counts as thinking when ``silence_is_thinking`` is set: a remote server that
    is slow to answer gets the same acknowledgment and the same budget.
    """

    def __init__(self, budget: ThinkBudget | None = None, ack_after_ms: int = 400,
                 acks: AckPicker | None = None, on_ack: Callable[[str], None] | None = None,
                 restart: Callable[[], AsyncIterator[str]] | None = None,
                 silence_is_thinking: bool = False, give_up: str = GIVE_UP,
                 starts_thinking: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.budget = budget or ThinkBudget()
        self.ack_after_ms = ack_after_ms
        self.acks = acks  # None: no spoken acknowledgment
        self.on_ack = on_ack
        self.restart = restart
        self.silence_is_thinking = silence_is_thinking
        self.give_up = give_up
        self.starts_thinking = starts_thinking
        self.clock = clock
        self.report = ThinkReport()

    async def run(self, deltas: AsyncIterator[str]) -> AsyncIterator[str]:
        self.report = ThinkReport()
        started = self.clock()
        filt = ThinkFilter(starts_thinking=self.starts_thinking, clock=self.clock)
        visible_any = False
        pending: asyncio.Future[str] | None = None
        try:
            while True:
                if pending is None:
                    pending = asyncio.ensure_future(_next(deltas))
                waiting = self._waiting(filt, visible_any)
                timeout = self._wake_in(started, waiting) if waiting else None
                done, _ = await asyncio.wait({pending}, timeout=timeout)
                if done:
                    try:
                        delta = pending.result()
                    except StopAsyncIteration:
                        pending = None
                        break
                    pending = None
                    text = filt.feed(delta)
                    if text:
                        visible_any = True
                        yield text
                ms = self._thought_ms(filt, started, visible_any)
                if self._waiting(filt, visible_any):
                    ack = self._maybe_ack(ms)
                    if ack:
                        yield ack + " "
                    if self.budget.exceeded(filt.thinking_tokens, ms):
                        self.report.budget_exceeded = True
                        break
            tail = filt.flush()
            if tail and not self.report.budget_exceeded:
                visible_any = True
                yield tail
        finally:
            if pending is not None:
                pending.cancel()
                await asyncio.gather(pending, return_exceptions=True)
            with suppress(Exception):
                await deltas.aclose()  # type: ignore[attr-defined]
            self.report.thinking_tokens = filt.thinking_tokens
            self.report.thinking_ms = round(filt.thinking_ms, 1)
        if self.report.budget_exceeded:
            async for text in self._after_budget():
                yield text

    async def _after_budget(self) -> AsyncIterator[str]:
        if self.restart is None:
            yield self.give_up
            return
        self.report.restarted = True
        filt = ThinkFilter(clock=self.clock)  # a no-think reply may still emit empty tags
        stream = self.restart()
        try:
            async for delta in stream:
                text = filt.feed(delta)
                if text:
                    yield text
            tail = filt.flush()
            if tail:
                yield tail
        finally:
            with suppress(Exception):
                await stream.aclose()  # type: ignore[attr-defined]

    def _waiting(self, filt: ThinkFilter, visible_any: bool) -> bool:
        """Still in thought (or, with silence_is_thinking, no word out yet)."""
        return filt.thinking or (self.silence_is_thinking and not visible_any)

    def _thought_ms(self, filt: ThinkFilter, started: float, visible_any: bool) -> float:
        if self.silence_is_thinking and not visible_any:
            return (self.clock() - started) * 1000
        return filt.thinking_ms

    def _wake_in(self, started: float, waiting: bool) -> float | None:
        """Seconds until the next deadline (acknowledgment or budget) while waiting."""
        elapsed = (self.clock() - started) * 1000
        marks = [m for m in (self.ack_after_ms if self.acks and not self.report.ack else 0,
                             self.budget.ms) if m]
        ahead = [m - elapsed for m in marks if m > elapsed]
        return max(0.005, min(ahead) / 1000 + 0.001) if ahead else (0.05 if marks else None)

    def _maybe_ack(self, ms: float) -> str | None:
        if self.acks is None or self.report.ack is not None or ms < self.ack_after_ms:
            return None
        self.report.ack = self.acks.pick()
        if self.on_ack is not None:
            self.on_ack(self.report.ack)
        return self.report.ack


async def _next(deltas: AsyncIterator[str]) -> str:
    return await deltas.__anext__()


@dataclass(frozen=True)
class NoThink:
    """How to ask one model for an answer without thinking."""

    user_suffix: str = ""  # appended to the last user message
    system_suffix: str = ""  # appended to the system prompt
    request: dict[str, Any] = field(default_factory=dict)  # extra request keys (remote servers)


def no_think_switch(model_name: str, chat_template: str = "",
                    fast_answers: bool = True) -> NoThink | None:
    """The model's no-think switch when the persona wants fast answers; None when it has none.

    Qwen3 (hybrid): " /no_think" in the user turn (its template also takes enable_thinking,
    which vLLM, SGLang and llama-server accept as chat_template_kwargs). SmolLM3: "/no_think"
    in the system prompt. gpt-oss: "Reasoning: low". Others (DeepSeek-R1, QwQ, the 2507
    "Thinking" Qwen3s) cannot skip thinking: the budget and the acknowledgment cover them.
    """
    if not fast_answers:
        return None
    name = model_name.lower()
    kwargs = ({"chat_template_kwargs": {"enable_thinking": False}}
              if "enable_thinking" in chat_template else {})
    if "qwen3" in name and "2507" not in name:
        return NoThink(user_suffix=" /no_think", request=kwargs)
    if "smollm3" in name:
        return NoThink(system_suffix="\n/no_think", request=kwargs)
    if "gpt-oss" in name:
        return NoThink(system_suffix="\nReasoning: low")
    if kwargs:
        return NoThink(request=kwargs)
    return None


def apply_no_think(messages: list[Message], switch: NoThink | None) -> list[Message]:
    """A copy of ``messages`` with the switch applied; the system prompt stays a stable prefix."""
    if switch is None:
        return messages
    out = [dict(m) for m in messages]
    if switch.system_suffix and out and out[0]["role"] == "system":
        out[0]["content"] += switch.system_suffix
    if switch.user_suffix:
        for message in reversed(out):
            if message["role"] == "user":
                message["content"] += switch.user_suffix
                break
    return out
