"""`DenseIndexes`: the FAISS index of every profile, opened lazily and always rebuildable.

This is the store's public index API: searches, adds and removals go through it, and it reads
vectors only from the database (never from the store), so helpers depend on it and on the
database, not on `MemoryStore`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

from memory import dense
from memory.db import Database
from memory.rows import unpack_vectors


class DenseIndexes:
    """Per-profile FAISS indexes over the vectors stored in SQLite. Thread-safe."""

    def __init__(self, db: Database, dim: Callable[[], int], progress: bool = True) -> None:
        self.db = db
        self._dim = dim
        self.progress = progress
        self._indexes: dict[str, dense.ProfileIndex] = {}
        self._lock = threading.RLock()
        self.events: dict[str, str] = {}  # profile -> what opening its index did

    def get(self, profile: str) -> dense.ProfileIndex:
        with self._lock:
            index = self._indexes.get(profile)
            if index is None:
                index = self._open(profile)
                self._indexes[profile] = index
            return index

    def search(self, profile: str, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(ids, inner products) of the profile's ``k`` nearest memories, best first."""
        return self.get(profile).search(vector, k)

    def add(self, profile: str, ids: list[int], vectors: np.ndarray) -> None:
        """Index vectors just committed to the database (call under the write lock)."""
        index = self.get(profile)
        index.add(np.array(ids, np.int64), vectors)
        if dense.wants_hnsw(len(index), index.hnsw) != index.hnsw or index.needs_rebuild():
            self.rebuild(profile, "switching index type" if not index.needs_rebuild()
                         else "dropping forgotten memories")
        elif index.unsaved >= max(1000, len(index) // 10):
            index.save()

    def remove(self, profile: str, ids: Iterable[int], scrub: bool = False) -> None:
        """Drop forgotten ids and save; ``scrub`` rebuilds so no byte of them stays on disk."""
        index = self.get(profile)
        index.remove(ids)
        if scrub or index.needs_rebuild():
            self.rebuild(profile, "dropping forgotten memories")
        else:
            index.save()

    def rebuild(self, profile: str | None = None, why: str = "requested") -> None:
        """Rebuild from the vectors in SQLite (no re-embedding); every profile when None."""
        with self._lock:
            names = [profile] if profile else [r[0] for r in self.db.conn.execute(
                "SELECT DISTINCT profile FROM memories")]
            for name in names:
                self._indexes[name] = self._open(name, rebuild=why)

    def status(self, profile: str) -> dict[str, Any]:
        """Whether the index holds exactly the database's vectors of ``profile``."""
        index = self.get(profile)
        db_ids = set(self._db_ids(profile).tolist())
        index_ids = set(index.ids().tolist()) - index.tombstones
        return {"db": len(db_ids), "index": len(index_ids), "agree": db_ids == index_ids,
                "hnsw": index.hnsw, "opened": self.events.get(profile, "")}

    def flush(self) -> None:
        """Save every index with unsaved changes."""
        if self.db.read_only_reason:
            return
        with self._lock:
            for index in self._indexes.values():
                if index.unsaved:
                    index.save()

    def clear(self) -> None:
        with self._lock:
            self._indexes.clear()

    # ----------------------------------------------------------------- opening
    def _db_ids(self, profile: str) -> np.ndarray:
        return np.array([r[0] for r in self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND vector IS NOT NULL", (profile,))],
            np.int64)

    def _open(self, profile: str, rebuild: str = "") -> dense.ProfileIndex:
        """Load (and repair) the profile's index; ``rebuild`` says why to build it afresh."""
        path = dense.index_path(self.db.folder, profile)
        db_ids = self._db_ids(profile)

        def source() -> Iterator[tuple[np.ndarray, np.ndarray]]:
            cur = self.db.conn.execute("SELECT id, vector FROM memories WHERE profile = ? AND "
                                       "vector IS NOT NULL ORDER BY id", (profile,))
            while rows := cur.fetchmany(4096):
                yield unpack_vectors(rows)

        def fetch(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            marks = ",".join("?" * len(ids))
            rows = self.db.conn.execute(f"SELECT id, vector FROM memories WHERE id IN ({marks})",
                                        [int(i) for i in ids]).fetchall()
            return unpack_vectors(rows)

        if rebuild:
            current = self._indexes.get(profile)
            index = dense.build(self._dim(), path, len(db_ids), source, rebuild, self.progress,
                                current is not None and current.hnsw)
            event = f"rebuilt ({rebuild})"
        else:
            index, event = dense.load_or_repair(self._dim(), path, db_ids, source, fetch,
                                                self.progress)
        self.events[profile] = event
        if event not in ("loaded", "new") and not self.db.read_only_reason:
            index.save()
        return index
