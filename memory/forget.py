"""`Forgetter`: which memories a forget request covers, and deleting them without a trace.

"Forget what I told you about my sister" must remove every trace: the turns that mention her,
the companion's replies to them (which repeat what was said: "Green is a lovely colour!"), the
facts made from them, and the turns those facts came from. A memory is about the topic when
it shares a content word with it (stemmed, as FTS5 matches) or is close in meaning. Deleted
text must then be gone from every file: memory.db, its WAL and the FAISS index.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from memory.db import Database
from memory.hits import TextEmbedder
from memory.indexes import DenseIndexes
from memory.retrieval import fts_query
from memory.rows import Rows

# A memory this close in meaning to the topic is about it even without a shared word.
SIMILAR_ENOUGH = 0.55


class Forgetter:
    def __init__(self, db: Database, rows: Rows, indexes: DenseIndexes,
                 embedder: Callable[[], TextEmbedder]) -> None:
        self.db = db
        self.rows = rows
        self.indexes = indexes
        self._embedder = embedder

    def select(self, query: str | None, ids: Iterable[int] | None, profile: str,
               session: str | None, everything: bool) -> set[int]:
        if everything:
            return self.rows.ids(profile)
        chosen: set[int] = set()
        if ids is not None:  # never another profile's
            chosen |= {r["id"] for r in self.rows.by_ids([int(i) for i in ids], profile)}
        if session is not None:
            chosen |= self.rows.ids(profile, session)
        if query:
            match = fts_query(query)
            if match:
                chosen |= {r[0] for r in self.db.conn.execute(
                    "SELECT m.id FROM memories_fts JOIN memories m ON m.id = memories_fts.rowid "
                    "WHERE memories_fts MATCH ? AND m.profile = ?", (match, profile))}
            qvec = self._embedder().embed_one(query)
            found, sims = self.indexes.search(profile, qvec, 200)
            chosen |= {int(i) for i, s in zip(found, sims, strict=True) if s >= SIMILAR_ENOUGH}
            chosen = {r["id"] for r in self.rows.by_ids(chosen, profile)}
            chosen |= self.rows.replies_to(chosen, profile)
        return self._with_derived(chosen, profile)

    def _with_derived(self, chosen: set[int], profile: str) -> set[int]:
        """Add facts/summaries made from chosen turns, and the turns behind chosen facts.

        A turn that held two facts goes whole, so forgetting one of them also drops the other:
        for forgetting, saying too little is worse than losing a little too much."""
        if not chosen:
            return chosen
        rows = self.rows.derived(profile)
        derived = {mid: set(json.loads(src)) for mid, _kind, src in rows}
        facts = {mid for mid, kind, _src in rows if kind == "fact"}
        result = set(chosen)
        for mid in chosen & facts:  # a summary's turns are not "about" what the summary is about
            result |= {r["id"] for r in self.rows.by_ids(derived[mid], profile)
                       if r["kind"] == "turn"}
        for mid, sources in derived.items():
            if sources & result:
                result.add(mid)
        return result

    def delete(self, chosen: set[int], profile: str) -> None:
        """Delete, then scrub: FTS segments merged, WAL emptied, FAISS rebuilt without them."""
        marks = ",".join("?" * len(chosen))
        with self.db.write_lock:
            self.indexes.get(profile)
            with self.db.write() as conn:
                conn.execute(f"UPDATE memories SET superseded_by = NULL, superseded_at = NULL "
                             f"WHERE superseded_by IN ({marks})", sorted(chosen))
                conn.execute(f"DELETE FROM memories WHERE id IN ({marks})", sorted(chosen))
            self.indexes.remove(profile, chosen, scrub=self.indexes.get(profile).hnsw)
            self.db.scrub()
