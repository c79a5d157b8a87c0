"""Which memories a forget request covers.

"Forget what I told you about my sister" must remove every trace: the turns that mention her,
the facts made from them, and the turns those facts came from. A memory is about the topic when
it shares a content word with it (stemmed, as FTS5 matches) or is close in meaning.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from memory.retrieval import fts_query

if TYPE_CHECKING:
    from memory.store import MemoryStore

# A memory this close in meaning to the topic is about it even without a shared word.
SIMILAR_ENOUGH = 0.55


def select_for_forget(store: MemoryStore, query: str | None, ids: Iterable[int] | None,
                      profile: str, session: str | None, everything: bool) -> set[int]:
    conn = store.db.conn
    chosen: set[int] = set()
    if everything:
        return {r[0] for r in conn.execute("SELECT id FROM memories WHERE profile = ?",
                                           (profile,))}
    if ids is not None:
        wanted = [int(i) for i in ids]
        chosen |= {r["id"] for r in store._rows(wanted, profile)}  # never another profile's
    if session is not None:
        chosen |= {r[0] for r in conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND session = ?", (profile, session))}
    if query:
        match = fts_query(query)
        if match:
            chosen |= {r[0] for r in conn.execute(
                "SELECT m.id FROM memories_fts JOIN memories m ON m.id = memories_fts.rowid "
                "WHERE memories_fts MATCH ? AND m.profile = ?", (match, profile))}
        qvec = store.embedder.embed_one(query)
        index = store._index(profile)
        found, sims = index.search(qvec, 200)
        chosen |= {int(i) for i, s in zip(found, sims, strict=True) if s >= SIMILAR_ENOUGH}
        chosen = {r["id"] for r in store._rows(chosen, profile)}
    return _with_derived(store, chosen, profile)


def _with_derived(store: MemoryStore, chosen: set[int], profile: str) -> set[int]:
    """Add facts/summaries made from chosen turns, and the turns behind chosen facts.

    A turn that held two facts goes whole, so forgetting one of them also drops the other:
    for forgetting, saying too little is worse than losing a little too much."""
    if not chosen:
        return chosen
    rows = store.db.conn.execute(
        "SELECT id, kind, source_ids FROM memories WHERE profile = ? AND kind != 'turn'",
        (profile,)).fetchall()
    derived = {mid: set(json.loads(src)) for mid, _kind, src in rows}
    facts = {mid for mid, kind, _src in rows if kind == "fact"}
    result = set(chosen)
    for mid in chosen & facts:  # a summary's turns are not "about" what the summary is about
        result |= _turn_ids(store, profile, derived[mid])
    for mid, sources in derived.items():
        if sources & result:
            result.add(mid)
    return result


def _turn_ids(store: MemoryStore, profile: str, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    return {r["id"] for r in store._rows(np.array(sorted(ids)).tolist(), profile)
            if r["kind"] == "turn"}
