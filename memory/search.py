"""`Searcher`: the memories of one profile that best answer a question.

Retrievers: dense (FAISS), lexical (FTS5 BM25), the question's time window (matched against the
day each memory is about, resolved when it was saved, and the day it was said), and the
turns that fact and summary hits point at; strong hits bring their neighbouring turns
(an answer is often a reply to the turn before it). memory.fusion ranks the union.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from memory import fusion
from memory.db import Database
from memory.fusion import Candidate, Tuning
from memory.hits import Hit, TextEmbedder, hit_from_row
from memory.indexes import DenseIndexes
from memory.retrieval import normalize_bm25, query_terms
from memory.rows import Rows
from memory.timecues import TimeCue, parse_time_cue

# BM25 costs time in proportion to the rows a query matches: with 100k memories one common
# word matches thousands (40 ms p95). Words in more than TERM_CAP memories carry little
# information (low IDF) and are left out; the rarest words are kept within MATCH_BUDGET rows.
# 1000/1500 (from 1500/3000) and ranking without the join below: search p95 at 100k memories
# 5.9 -> 4.5 ms; recall on the memory bench unchanged.
TERM_CAP = 1000
MATCH_BUDGET = 1500


@dataclass
class _Query:
    """One search's state: whose memories, the question's vector, cosines known so far."""

    profile: str
    vector: np.ndarray | None = None
    cosines: dict[int, float] = field(default_factory=dict)


class Searcher:
    def __init__(self, db: Database, rows: Rows, indexes: DenseIndexes,
                 embedder: Callable[[], TextEmbedder], tuning: Tuning) -> None:
        self.db = db
        self.rows = rows
        self.indexes = indexes
        self._embedder = embedder
        self.tuning = tuning

    def search(self, query: str, k: int, profile: str, now: datetime | None = None,
               mode: str = "hybrid", kinds: Iterable[str] | None = None) -> list[Hit]:
        now = now or datetime.now()
        t = self.tuning
        cue = parse_time_cue(query, now)
        terms, speakers = self.terms(query, profile)
        q = _Query(profile)
        lists: dict[str, list[int]] = {}
        if mode != "lexical":
            q.vector = self._embedder().embed_one(_without(query, speakers))
            ids, sims = self.indexes.search(profile, q.vector, max(t.pool, 2 * k))
            q.cosines = dict(zip(ids.tolist(), sims.tolist(), strict=True))
            lists["dense"] = ids.tolist()
        if mode != "dense":
            lists["lexical"] = list(self.lexical(terms, profile, max(t.pool, 2 * k)))
        if mode == "hybrid":
            if cue.anchor:
                cue, lists["anchor"] = self._place_anchor(cue, q, lists.get("dense", []))
            if cue.has_window:
                assert cue.start is not None and cue.end is not None
                lists["time"] = self.rows.about(profile, cue.start.timestamp(),
                                                cue.end.timestamp(), t.pool)
        candidates = self._candidates(lists, q)
        wanted = set(kinds) if kinds else None
        if mode != "hybrid":
            pool = [c for c in candidates.values() if wanted is None or c.row["kind"] in wanted]
            return [hit_from_row(c.row, c.score, c.parts)
                    for c in fusion.single(pool, mode)[:k]]
        self._add_sources(candidates, q)
        fusion.rrf(list(candidates.values()), t)
        top = sorted(candidates.values(), key=lambda c: -c.rrf)[:t.rerank]
        top += self._add_neighbours(top, candidates, q)
        top += self._add_successors(candidates, q)
        pool = [c for c in top if wanted is None or c.row["kind"] in wanted]
        self._measure(pool, terms, cue)
        fusion.rrf(pool, t)
        ranked = fusion.rerank(pool, t, cue.asks_when, speakers)
        _newest_first(ranked)
        return [hit_from_row(c.row, c.score, c.parts) for c in ranked[:k]]

    # ----------------------------------------------------------------- retrievers
    def terms(self, query: str, profile: str) -> tuple[list[str], set[str]]:
        """The question's content words without the names of the profile's speakers, and
        those names: between Maya and Jon, "Maya" says whose memory, not what it is about
        (turns do not hold their speaker's name, so the name would only add noise)."""
        terms = query_terms(query)
        names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", query)} & set(terms)
        speakers = self.rows.speakers(profile, names) if names else set()
        return [t for t in terms if t not in speakers], speakers

    def lexical(self, terms: list[str], profile: str, pool: int) -> dict[int, float]:
        """BM25 over the rarest of ``terms``, best first, normalized to 0..1."""
        conn = self.db.conn
        sized = []
        for term in terms[:8]:
            quoted = f'"{term}"'
            (n,) = conn.execute("SELECT count(*) FROM (SELECT 1 FROM memories_fts WHERE "
                                "memories_fts MATCH ? LIMIT ?)", (quoted, TERM_CAP + 1)
                                ).fetchone()
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
        match = " OR ".join(keep)
        # Ranking the FTS index alone and then keeping this profile's rows costs a third of
        # joining every match to its row first; where other profiles crowd this one out of
        # the first rows, the join does it exactly.
        wide = 4 * pool
        ranked = conn.execute("SELECT rowid, bm25(memories_fts) FROM memories_fts WHERE "
                              "memories_fts MATCH ? ORDER BY bm25(memories_fts) LIMIT ?",
                              (match, wide)).fetchall()
        mine = self.rows.of_profile([i for i, _ in ranked], profile)
        scores = {i: score for i, score in ranked if i in mine}
        if len(scores) < pool and len(ranked) == wide:
            scores = dict(conn.execute(
                "SELECT m.id, bm25(memories_fts) FROM memories_fts JOIN memories m "
                "ON m.id = memories_fts.rowid WHERE memories_fts MATCH ? AND m.profile = ? "
                "ORDER BY bm25(memories_fts) LIMIT ?", (match, profile, pool)).fetchall())
        return normalize_bm25(dict(list(scores.items())[:pool]))

    def _place_anchor(self, cue: TimeCue, q: _Query, dense: list[int]
                      ) -> tuple[TimeCue, list[int]]:
        """"the weekend before the concert": find the concert (by the anchor's words and the
        question's dense hits), then the weekend before the day it happened."""
        found = {mid: 1 / (10 + rank) for rank, mid in enumerate(dense[:20])}
        for rank, mid in enumerate(self.lexical(query_terms(cue.anchor), q.profile, 20)):
            found[mid] = found.get(mid, 0.0) + 2 / (10 + rank)  # the anchor's own words first
        rows = sorted(self.rows.by_ids(found, q.profile), key=lambda r: -found[r["id"]])
        dated = [r for r in rows if r["about_start"] is not None] or rows
        if not dated:
            return cue, []
        best = dated[0]
        day = datetime.fromtimestamp(best["about_start"] if best["about_start"] is not None
                                     else best["ts"])
        return cue.around(day), [best["id"]]

    def _candidates(self, lists: dict[str, list[int]], q: _Query) -> dict[int, Candidate]:
        ids = {i for ranked in lists.values() for i in ranked}
        candidates = self._load(ids, q)
        for name, ranked in lists.items():
            if name == "time" and q.vector is not None:  # the window's memories, by meaning
                ranked = sorted((i for i in ranked if i in candidates),
                                key=lambda i: -candidates[i].cosine)
            fusion.rank_into(candidates, name, ranked)
        return candidates

    def _load(self, ids: Iterable[int], q: _Query) -> dict[int, Candidate]:
        """Candidates with their exact cosine: FAISS's for dense hits, the stored vector's
        for the others (only those vectors are read)."""
        rows = self.rows.by_ids(ids, q.profile)
        if q.vector is not None:
            unknown = [r["id"] for r in rows if r["id"] not in q.cosines]
            if unknown:
                found, vectors = self.rows.vectors(unknown, q.profile)
                q.cosines.update(zip(found.tolist(), (vectors @ q.vector).tolist(),
                                     strict=True))
        return {r["id"]: Candidate(r["id"], r, cosine=q.cosines.get(r["id"], 0.0))
                for r in rows}

    def _add_sources(self, candidates: dict[int, Candidate], q: _Query) -> None:
        """Facts and summaries point at the turns they came from: those turns join, ranked
        by the best rank of a memory pointing at them."""
        derived = sorted((c for c in candidates.values() if c.row["kind"] != "turn"),
                         key=lambda c: min(c.ranks.values()))
        order: list[int] = []
        for c in derived:
            sources = json.loads(c.row["source_ids"])
            if c.row["kind"] == "summary" and len(sources) > 5:
                continue  # a whole session is no pointer
            order += [s for s in sources if s not in order]
        self._join(candidates, "sources", order, q)

    def _add_neighbours(self, top: list[Candidate], candidates: dict[int, Candidate],
                        q: _Query) -> list[Candidate]:
        """The best hits bring the turns around them; and every turn also reads with the turn
        before it: "Yes! A beagle." answers "did you get the puppy?" only together.
        Returns the candidates that joined."""
        around = self.rows.neighbours([c.row for c in top[:self.tuning.read_with_previous]],
                                      q.profile)
        order: list[int] = []
        for c in top[:self.tuning.neighbours_of]:
            order += [n for n in around.get(c.id, ()) if n is not None and n not in order]
        before = {b for b, _ in around.values() if b is not None}
        new = self._load((set(order) | before) - set(candidates), q)
        joined = [new[i] for i in order if i in new]
        candidates.update(new)
        fusion.rank_into(candidates, "context", order)
        for c in top:
            prev = around.get(c.id, (None, None))[0]
            if prev is not None and prev in candidates:
                c.context_cosine = 0.5 * (c.cosine + candidates[prev].cosine)
        return joined

    def _join(self, candidates: dict[int, Candidate], name: str, order: list[int],
              q: _Query) -> None:
        new = self._load([i for i in order if i not in candidates], q)
        candidates.update(new)
        fusion.rank_into(candidates, name, order)

    def _add_successors(self, candidates: dict[int, Candidate], q: _Query
                        ) -> list[Candidate]:
        """A superseded fact brings the fact that replaced it: "where do I live?" finds the
        old home by its wording, and the answer is the new one."""
        joined: list[Candidate] = []
        wanted = {c.row["superseded_by"] for c in candidates.values()
                  if c.row["superseded_by"]} - set(candidates)
        while wanted:
            new = self._load(wanted, q)
            for c in new.values():
                c.ranks["successor"] = 0
            candidates.update(new)
            joined += new.values()
            wanted = {c.row["superseded_by"] for c in new.values()
                      if c.row["superseded_by"]} - set(candidates)
        return joined

    @staticmethod
    def _measure(candidates: Iterable[Candidate], terms: list[str], cue: TimeCue) -> None:
        start = cue.start.timestamp() if cue.start else None
        end = cue.end.timestamp() if cue.end else None
        for c in candidates:
            c.words = fusion.row_words(c.row["text"])
            c.coverage = fusion.coverage_of(terms, {fusion.stem(w) for w in c.words})
            if start is not None and end is not None:
                c.in_window = fusion.window_overlap(c.row, start, end)


def _without(query: str, names: set[str]) -> str:
    for name in names:
        query = re.sub(rf"\b{re.escape(name)}(?:'s)?\b", "", query, flags=re.IGNORECASE)
    return " ".join(query.split())


def _newest_first(ranked: list[Candidate]) -> None:
    """Lift each replacing fact just above the best fact it replaced (stable otherwise)."""
    position = {c.id: i for i, c in enumerate(ranked)}
    for _ in range(3):  # chains (Lisbon -> Porto -> Braga) settle in a pass or two
        for c in ranked:
            successor = c.row["superseded_by"]
            if successor in position:
                newer = ranked[position[successor]]
                if newer.score <= c.score:
                    newer.parts["successor"] = newer.parts.get("successor", 0.0) + \
                        c.score - newer.score + 0.01
    ranked.sort(key=lambda c: c.score, reverse=True)

