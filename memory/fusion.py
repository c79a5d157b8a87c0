"""How candidates from several retrievers become one ranking.

Reciprocal-rank fusion (RRF): each retriever (dense, BM25, the question's time window, facts
and summaries pointing at their turns, a hit's neighbouring turns) ranks its candidates, and a
candidate scores ``sum(weight / (RRF_K + rank))``. Ranks, not raw scores, are added, so no
retriever can dominate: a turn that BM25 ranks first competes even if its cosine is low, and a
dense match without a shared word still counts. The best ``rerank`` candidates then get a
cheap lexical-semantic rerank: exact cosine to the question (its own, or with the turn before
it, for answers that only make sense after a question), share of the question's words it
holds, whether it is about the asked day, and the fused rank itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tuning:
    pool: int = 30  # candidates each retriever brings
    rrf_k: int = 60
    dense: float = 1.0  # retriever weights in RRF
    lexical: float = 1.0
    time: float = 1.0
    sources: float = 0.8  # turns a fact or summary hit points at
    context: float = 0.5  # turns next to a strong hit
    neighbours_of: int = 10  # how many of the best hits bring their neighbours
    rerank: int = 40
    read_with_previous: int = 20  # how many of the best also read with the turn before
    w_rrf: float = 0.3  # rerank: fused rank (normalized 0..1)
    w_cosine: float = 1.0
    w_context: float = 0.3  # cosine gained by reading the turn after the one before it
    w_coverage: float = 0.2  # share of the question's content words in the memory
    w_time: float = 0.5  # about (or said on) the day the question asks about
    fact_bonus: float = 0.04
    summary_penalty: float = 0.1  # a whole session: broad, rarely the answer itself
    superseded_penalty: float = 0.12
    assistant_penalty: float = 0.08
    dated_bonus: float = 0.05  # "when did I ...": memories about events
    w_speaker: float = 0.2  # said by (or a fact about) the speaker the question names


DEFAULT_TUNING = Tuning()


@dataclass
class Candidate:
    id: int
    row: dict
    cosine: float = 0.0
    context_cosine: float = 0.0  # with the turn said just before
    coverage: float = 0.0
    in_window: float = 0.0  # 1 inside the asked window, 0.3 a day off, else 0
    ranks: dict[str, int] = field(default_factory=dict)  # retriever -> rank (0 = best)
    rrf: float = 0.0
    words: list[str] = field(default_factory=list)  # the text's words, lowercase
    parts: dict[str, float] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return round(sum(self.parts.values()), 4)


def rank_into(candidates: dict[int, Candidate], name: str, ids: list[int]) -> None:
    """Record retriever ``name``'s ranking (best first) on the candidates it names."""
    for rank, mid in enumerate(ids):
        c = candidates.get(mid)
        if c is not None and name not in c.ranks:
            c.ranks[name] = rank


def rrf(candidates: list[Candidate], tuning: Tuning) -> None:
    weights = {"dense": tuning.dense, "lexical": tuning.lexical, "time": tuning.time,
               "sources": tuning.sources, "context": tuning.context, "anchor": tuning.time}
    for c in candidates:
        c.rrf = sum(weights.get(name, 1.0) / (tuning.rrf_k + rank)
                    for name, rank in c.ranks.items())


def rerank(candidates: list[Candidate], tuning: Tuning, asks_when: bool,
           speakers: set[str] = frozenset()) -> list[Candidate]:  # type: ignore[assignment]
    """Final order of the best candidates by fused rank; ``parts`` says why each scored so.
    The same words said twice count once (the best-placed one)."""
    top = sorted(candidates, key=lambda c: c.rrf, reverse=True)[:tuning.rerank]
    best = max((c.rrf for c in top), default=0.0) or 1.0
    for c in top:
        row = c.row
        parts = {"rank": tuning.w_rrf * c.rrf / best, "dense": tuning.w_cosine * c.cosine}
        if c.context_cosine > c.cosine:
            parts["context"] = tuning.w_context * (c.context_cosine - c.cosine)
        if c.coverage:
            parts["lexical"] = tuning.w_coverage * c.coverage
        if c.in_window:
            parts["time"] = tuning.w_time * c.in_window
        if row["kind"] == "fact":
            superseded = row["superseded_by"] is not None
            parts["kind"] = -tuning.superseded_penalty if superseded else tuning.fact_bonus
        elif row["kind"] == "summary":
            parts["kind"] = -tuning.summary_penalty
        if row["role"] == "assistant":
            parts["role"] = -tuning.assistant_penalty
        elif speakers and (row["role"] or "").lower() in speakers:
            parts["role"] = tuning.w_speaker
        if asks_when and (row["category"] in ("event", "plan") or row.get("about_start")):
            parts["when"] = tuning.dated_bonus
        c.parts = parts
    top.sort(key=lambda c: sum(c.parts.values()), reverse=True)
    seen: set[str] = set()
    unique = []
    for c in top:
        said = " ".join(c.words or row_words(c.row["text"]))
        if said not in seen:
            seen.add(said)
            unique.append(c)
    return unique


_WORD = re.compile(r"[a-z0-9]+")


def row_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def single(candidates: list[Candidate], name: str) -> list[Candidate]:
    """One retriever's ranking alone (dense-only and lexical-only modes, for benchmarks)."""
    ranked = sorted((c for c in candidates if name in c.ranks), key=lambda c: c.ranks[name])
    for c in ranked:
        c.parts = {name: c.cosine if name == "dense" else 1.0 / (1 + c.ranks[name])}
    return ranked


def window_overlap(row: dict, start: float, end: float) -> float:
    """How well a memory fits the asked window [start, end): 1 when it says something
    happened then ("last Saturday", resolved when saved), 0.6 when it was said then (small
    talk of that day is weaker evidence), 0.3 a day off, else 0."""
    spans = [(row["ts"], row["ts"], 0.6)]
    if row.get("about_start") is not None:
        spans.insert(0, (row["about_start"], row["about_end"] - 1, 1.0))
    best = 0.0
    for lo, hi, inside in spans:
        if lo < end and hi >= start:
            best = max(best, inside)
        elif min(abs(lo - end), abs(start - hi)) <= 86400:
            best = max(best, 0.3)
    return best


def coverage_of(terms: list[str], stems: set[str]) -> float:
    """Share of the question's ``terms`` whose stem is among ``stems``."""
    if not terms:
        return 0.0
    return sum(stem(t) in stems for t in terms) / len(terms)


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem, enough to match "live", "lives", "lived" and "living" (FTS5 stems its
    own index; this is for the rerank's word coverage)."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return word[:5]
