"""Conversation history, trimmed so that prompt plus reply always fit the context window.

The history is the KV-cached prefix of every prompt: persona, then the exchanges so far, each
with the memories that were recalled for it. Memories stay where they were given, so the next
turn's prompt starts with the same tokens as the last one and llama.cpp reuses its cache.
For the same reason the history is trimmed in blocks: when it no longer fits, the oldest
exchanges go until it fills ``keep_after_trim`` of the window, and then it stays unchanged
(and cached) for many turns, instead of shifting by one exchange every turn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.errors import CompanionError
from pipeline.llm.base import Message

Measure = Callable[[Message], int]  # tokens of one message, template included


class ContextOverflowError(CompanionError):
    """Even the system prompt alone does not fit the context window."""


@dataclass
class History:
    turns: list[Message] = field(default_factory=list)
    keep_after_trim: float = 0.6  # share of the budget the history keeps after a trim
    dropped: list[Message] = field(default_factory=list)  # trimmed away, not yet summarised

    def take_dropped(self) -> list[Message]:
        """What trimming has dropped since the last call (to be summarised into memory)."""
        dropped, self.dropped = self.dropped, []
        return dropped

    def add(self, role: str, text: str) -> None:
        if text.strip():
            self.turns.append({"role": role, "content": text.strip()})

    def add_exchange(self, user_text: str, reply_text: str, notes: str = "") -> None:
        """One exchange; ``notes`` (recalled memories, tone) precede it as they were given."""
        if notes:
            self.add("system", notes)
        self.add("user", user_text)
        self.add("assistant", reply_text)

    def prompt(self, system: str, user_text: str, budget_tokens: int, measure: Measure,
               notes: str = "") -> list[Message]:
        """System + the history that fits + notes (memories) + the user's words.

        A single user message too long for the window keeps its end, since the last words are
        the question. Notes that do not fit are left out before any history is dropped.
        """
        system_message = {"role": "system", "content": system}
        user = {"role": "user", "content": user_text}
        if measure(system_message) >= budget_tokens:
            raise ContextOverflowError(
                "The persona's system prompt fills the whole context window: shorten it or raise "
                "[llm] context_tokens."
            )
        words = user_text.split()
        while len(words) > 1 and measure(system_message) + measure(user) > budget_tokens:
            words = words[len(words) // 4 or 1:]
            user = {"role": "user", "content": " ".join(words)}
        fixed = measure(system_message) + measure(user)
        tail = [{"role": "system", "content": notes}] if notes else []
        if tail and fixed + measure(tail[0]) > budget_tokens:
            tail = []
        fixed += sum(measure(m) for m in tail)
        if fixed + self._size(measure) > budget_tokens:
            self._trim(max(0, int(budget_tokens * self.keep_after_trim) - fixed), measure)
            if fixed + self._size(measure) > budget_tokens:
                self._trim(budget_tokens - fixed, measure)
        return [system_message, *self.turns, *tail, user]

    def _size(self, measure: Measure) -> int:
        return sum(measure(m) for m in self.turns)

    def _trim(self, budget: int, measure: Measure) -> None:
        """Drop whole exchanges, oldest first, until the history fits ``budget`` tokens."""
        while self.turns and self._size(measure) > budget:
            # the oldest exchange ends with its (first) reply
            end = next((n for n, m in enumerate(self.turns) if m["role"] == "assistant"),
                       len(self.turns) - 1)
            self.dropped += self.turns[:end + 1]
            self.turns = self.turns[end + 1:]
