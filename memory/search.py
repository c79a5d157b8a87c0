"""Hybrid search over one profile: dense (FAISS) + lexical (FTS5 BM25) + time, fused."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from memory.hits import Hit, hit_from_row
from memory.retrieval import Candidate, coverage, fuse, normalize_bm25, query_terms
from memory.retrieval import score as fused_score
from memory.timecues import parse_time_cue

if TYPE_CHECKING:
    from memory.store import MemoryStore


def hybrid_search(store: MemoryStore, query: str, k: int, profile: str, now: datetime | None,
              mode: str, kinds: Iterable[str] | None) -> list[Hit]:
    """The ``k`` memories of ``profile`` that best answer ``query``, best first.

    ``mode``: "hybrid" (default), "dense" or "lexical" (for benchmarks). ``now`` anchors
    time cues such as "last week" (default: the current time).
    """
    now = now or datetime.now()
    cue = parse_time_cue(query, now)
    pool = max(50, 3 * k)
    conn = store.db.conn
    cosines: dict[int, float] = {}
    qvec = None
    if mode in ("hybrid", "dense"):
        qvec = store.embedder.embed_one(query)
        ids, sims = store._index(profile).search(qvec, pool)
        cosines = dict(zip(ids.tolist(), sims.tolist(), strict=True))
    bm25: dict[int, float] = {}
    if mode in ("hybrid", "lexical"):
        bm25 = _lexical(conn, query, profile, pool)
    wanted = set(cosines) | set(bm25)
    if cue.has_window and mode == "hybrid":
        wanted |= {r[0] for r in conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND ts >= ? AND ts < ? "
            "ORDER BY ts DESC LIMIT 100",
            (profile, cue.start.timestamp(), cue.end.timestamp()))}  # type: ignore[union-attr]
    if not wanted:
        return []
    kinds = set(kinds) if kinds else None
    rows = store._rows(wanted, profile, with_vectors=qvec is not None)
    candidates = []
    terms = query_terms(query)
    for row in rows:
        if kinds and row["kind"] not in kinds:
            continue
        lexical = bm25.get(row["id"], 0.0)
        if lexical:
            lexical *= coverage(terms, row["text"])
        c = Candidate(row["id"], row["kind"], row["ts"], bm25=lexical,
                      superseded=row["superseded_by"] is not None, category=row["category"],
                      role=row["role"])
        if qvec is not None:
            c.cosine = float(np.frombuffer(row["vector"], np.float32) @ qvec)
        candidates.append(c)
    by_id = {row["id"]: row for row in rows}
    _add_successors(store, candidates, by_id, profile, qvec, kinds)
    ranked = fuse(candidates, cue, now, store.weights)
    _newest_first(ranked, by_id)
    ranked = ranked[:k]
    return [hit_from_row(by_id[c.id], fused_score(c), c.parts) for c in ranked]


# BM25 costs time in proportion to the rows a query matches: with 100k memories one common
# word matches thousands (40 ms p95). Words in more than TERM_CAP memories carry little
# information (low IDF) and are left out; the rarest words are kept within MATCH_BUDGET rows.
TERM_CAP = 1500
MATCH_BUDGET = 3000


def _lexical(conn: Any, query: str, profile: str, pool: int) -> dict[int, float]:
    sized = []
    for term in query_terms(query)[:8]:
        quoted = f'"{term}"'
        (n,) = conn.execute("SELECT count(*) FROM (SELECT 1 FROM memories_fts WHERE "
                            "memories_fts MATCH ? LIMIT ?)", (quoted, TERM_CAP + 1)).fetchone()
        if 0 < n <= TERM_CAP:
            sized.append((n, quoted))
    keep, total = [], 0
    for n, quoted in sorted(sized):
        if total + n > MATCH_BUDGET:
            break
        keep.append(quoted)
        total += n
    if not keep:
        return {}
    return normalize_bm25(dict(conn.execute(
        "SELECT m.id, bm25(memories_fts) FROM memories_fts JOIN memories m "
        "ON m.id = memories_fts.rowid WHERE memories_fts MATCH ? AND m.profile = ? "
        "ORDER BY bm25(memories_fts) LIMIT ?", (" OR ".join(keep), profile, pool)).fetchall()))


def _add_successors(store: MemoryStore, candidates: list[Candidate],
                    by_id: dict[int, dict[str, Any]], profile: str, qvec: np.ndarray | None,
                    kinds: set[str] | None) -> None:
    """A superseded fact brings the fact that replaced it: "where do I live?" finds the
    old home by its wording, and the answer is the new one."""
    if kinds and "fact" not in kinds:
        return
    wanted = {r["superseded_by"] for r in by_id.values() if r["superseded_by"]} - set(by_id)
    while wanted:
        rows = store._rows(wanted, profile, with_vectors=qvec is not None)
        for row in rows:
            by_id[row["id"]] = row
            c = Candidate(row["id"], row["kind"], row["ts"],
                          superseded=row["superseded_by"] is not None,
                          category=row["category"])
            if qvec is not None:
                c.cosine = float(np.frombuffer(row["vector"], np.float32) @ qvec)
            candidates.append(c)
        wanted = {r["superseded_by"] for r in rows if r["superseded_by"]} - set(by_id)


def _newest_first(ranked: list[Candidate], by_id: dict[int, dict[str, Any]]) -> None:
    """Lift each replacing fact just above the best fact it replaced (stable otherwise)."""
    position = {c.id: i for i, c in enumerate(ranked)}
    total = {c.id: sum(c.parts.values()) for c in ranked}
    for _ in range(3):  # chains (Lisbon -> Porto -> Braga) settle in a pass or two
        for c in ranked:
            successor = by_id[c.id]["superseded_by"]
            if successor in position and total[successor] <= total[c.id]:
                bump = total[c.id] - total[successor] + 0.01
                parts = ranked[position[successor]].parts
                parts["successor"] = parts.get("successor", 0.0) + bump
                total[successor] += bump
    ranked.sort(key=lambda c: sum(c.parts.values()), reverse=True)
