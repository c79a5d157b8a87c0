"""Persistent memory: SQLite (source of truth) + FAISS (dense) + FTS5 (lexical).

The public API is a contract (scripts use it; the README's "Memory API" shows it)::

    from memory import MemoryStore
    store = MemoryStore("path/to/dir")
    turn_id = store.add("I moved to Lisbon in May", role="user", session="2026-11-20",
                        timestamp=datetime(...), profile="alice")
    hits = store.search("where does she live?", k=10, profile="alice")
"""

from memory.errors import (
    MemoryCorruptError,
    MemoryImportError,
    MemoryOpenError,
    MemoryStoreError,
    MemoryWriteError,
)
from memory.extract import Fact
from memory.hits import Followup, Hit
from memory.store import MemoryStore

__all__ = ["Fact", "Followup", "Hit", "MemoryCorruptError", "MemoryImportError", "MemoryOpenError",
           "MemoryStore",
           "MemoryStoreError", "MemoryWriteError"]
