"""Conversation history, trimmed so that prompt plus reply always fit the context window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.errors import CompanionError

Message = dict[str, str]


class ContextOverflowError(CompanionError):
    """Even the system prompt alone does not fit the context window."""


@dataclass
class History:
    turns: list[Message] = field(default_factory=list)

    def add(self, role: str, text: str) -> None:
        if text.strip():
            self.turns.append({"role": role, "content": text.strip()})

    def prompt(
        self,
        system: str,
        user_text: str,
        budget_tokens: int,
        count: Callable[[list[Message]], int],
        notes: str = "",
    ) -> list[Message]:
        """System + as much recent history as fits + notes (memories) + the user's words.

        Oldest exchanges go first. A single user message too long for the window keeps its end,
        since the last words are the question. The notes sit after the history so the system
        prompt and history stay an unchanged prefix from turn to turn (KV cache reuse).
        """
        system_message = {"role": "system", "content": system}
        user = {"role": "user", "content": user_text}
        if notes and count([system_message, {"role": "system", "content": notes}, user]) \
                < budget_tokens:
            tail = [{"role": "system", "content": notes}]
        else:
            tail = []
        if count([system_message]) >= budget_tokens:
            raise ContextOverflowError(
                "The persona's system prompt fills the whole context window: shorten it or raise "
                "[llm] context_tokens."
            )
        kept = list(self.turns)
        while kept and count([system_message, *kept, *tail, user]) > budget_tokens:
            kept = kept[2:] if len(kept) >= 2 else []  # drop whole exchanges, oldest first
        if count([system_message, user]) > budget_tokens:
            words = user_text.split()
            while len(words) > 1 and count([system_message, user]) > budget_tokens:
                words = words[len(words) // 4 or 1 :]
                user = {"role": "user", "content": " ".join(words)}
        return [system_message, *kept, *tail, user]
