"""What memory hands back: hits (search results), follow-ups, and the embedder it needs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from memory.small_talk import asks


class TextEmbedder(Protocol):
    dim: int

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray: ...

    def embed_one(self, text: str) -> np.ndarray: ...


@dataclass
class Hit:
    """One retrieved memory. The first six fields are the contract; the rest are extras."""

    id: int
    text: str
    score: float
    kind: str  # "turn" | "fact" | "summary"
    timestamp: datetime
    source_ids: list[int]  # the turn ids it came from (a turn: itself)
    role: str | None = None
    session: str | None = None
    category: str | None = None  # facts: fact | preference | plan | worry | event
    superseded_at: datetime | None = None
    parts: dict[str, float] = field(default_factory=dict, repr=False)  # why it scored so
    about: datetime | None = None  # the day it says something happened ("last Saturday")

    @property
    def users_statement(self) -> bool:
        """A turn in which the user told something: not the companion's words, nor a question
        the user asked (neither says anything about the user)."""
        return self.kind == "turn" and (self.role or "user") == "user" and not asks(self.text)

    def dated(self) -> str:
        """The memory with its date (and the day it is about), as it goes into a prompt."""
        said = f"{self.timestamp:%Y-%m-%d}"
        if self.about is not None and f"{self.about:%Y-%m-%d}" != said:
            said += f", about {self.about:%Y-%m-%d}"
        return f"[{said}] {self.text}"


@dataclass
class Followup:
    """An emotionally important event worth asking about; gone once ``mark_followed_up``."""

    id: int
    text: str
    question: str  # "You were nervous about the interview last week: how did it go?"
    timestamp: datetime  # when the user told us
    due: datetime
    source_ids: list[int]
    kind: str = "fact"
    score: float = 1.0


def to_ts(dt: datetime | None) -> float:
    return (dt or datetime.now()).timestamp()


def from_ts(ts: float) -> datetime:
    return datetime.fromtimestamp(ts)


def to_blob(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, np.float32).tobytes()


def hit_from_row(row: dict[str, Any], score: float = 0.0,
                 parts: dict[str, float] | None = None) -> Hit:
    """A Hit from a ``memories`` row; a superseded fact says since when it is no longer true."""
    text = row["text"]
    superseded_at = from_ts(row["superseded_at"]) if row["superseded_at"] else None
    if superseded_at is not None:
        text = f"{text} (no longer true since {superseded_at:%Y-%m-%d})"
    about = row.get("about_start")
    return Hit(row["id"], text, score, row["kind"], from_ts(row["ts"]),
               json.loads(row["source_ids"]), row["role"], row["session"], row["category"],
               superseded_at, parts or {}, from_ts(about) if about is not None else None)
