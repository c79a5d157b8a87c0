"""Recall on the generated two-speaker conversations: dense, lexical (BM25) and fused.

Every turn is stored with its speaker as role, its session name and a time within the
session's date, one profile per conversation; after each session its summary is made, as the
pipeline does at a session's end. recall@k of a question = share of its evidence turns found
in the top k. A hit finds a turn when it is that turn, or a fact made from it (a fact points
at one or two turns); a summary's hit alone finds nothing, since it points at a whole session.
Adversarial questions have no evidence: they count how often the best hit still scores at or
above CONFIDENT_SCORE (the bar a memory must pass to enter the prompt).
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from memory import MemoryStore
from memory.retrieval import CONFIDENT_SCORE
from memory.summary import summarize_session
from tools.memory_bench.dialogues import KINDS, Conversation, generate
from tools.progress import bar

MODES = ("dense", "lexical", "hybrid")
ANSWERABLE = tuple(k for k in KINDS if k != "adversarial")


def store_conversations(store: MemoryStore, conversations: list[Conversation],
                        progress: bool) -> dict[tuple[str, str], int]:
    """Add every session's turns; returns (conversation, turn key) -> memory id."""
    ids: dict[tuple[str, str], int] = {}
    sessions = [(c, s) for c in conversations for s in c.sessions]
    for conv, session in bar(sessions, desc="Storing sessions", quiet=not progress):
        rows = [(t.text, t.speaker, session.name, session.when + timedelta(seconds=30 * i))
                for i, t in enumerate(session.turns)]
        added = store.add_many(rows, conv.name)
        ids.update({(conv.name, t.key): i for t, i in zip(session.turns, added, strict=True)
                    if t.key})
        summarize_session(store, session.name, conv.name)
    return ids


def recall_run(folder: Path, embedder: Any, progress: bool, seed: int = 13,
               conversations: int = 8) -> dict[str, Any]:
    convs = generate(seed, conversations)
    store = MemoryStore(folder, embedder=embedder, progress=progress)
    t0 = time.perf_counter()
    ids = store_conversations(store, convs, progress)
    store_s = time.perf_counter() - t0
    found: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in MODES}
    confident: dict[str, list[bool]] = {m: [] for m in MODES}
    questions = [(c, q) for c in convs for q in c.questions]
    search_ms: list[float] = []
    for conv, q in bar(questions, desc="Asking", quiet=not progress):
        for mode in MODES:
            t = time.perf_counter()
            hits = store.search(q.text, k=10, profile=conv.name, now=q.now, mode=mode)
            if mode == "hybrid":
                search_ms.append((time.perf_counter() - t) * 1000)
            if not q.evidence:
                confident[mode].append(bool(hits) and hits[0].score >= CONFIDENT_SCORE)
                continue
            targets = {ids[(conv.name, key)] for key in q.evidence}
            for k in (5, 10):
                got: set[int] = set()
                for hit in hits[:k]:
                    got |= ({hit.id} | (set(hit.source_ids) if hit.kind == "fact" else set())
                            ) & targets
                found[mode][f"{q.kind}@{k}"].append(len(got) / len(targets))
    table: dict[str, Any] = {}
    for mode in MODES:
        row: dict[str, Any] = {}
        for k in (5, 10):
            every = [s for kind in ANSWERABLE for s in found[mode][f"{kind}@{k}"]]
            row[f"recall@{k}"] = round(statistics.mean(every), 3)
            row[f"by_kind@{k}"] = {kind: round(statistics.mean(found[mode][f"{kind}@{k}"]), 3)
                                   for kind in ANSWERABLE}
        row["adversarial_confident"] = round(statistics.mean(confident[mode]), 3)
        table[mode] = row
    turns = sum(len(s.turns) for c in convs for s in c.sessions)
    store.close()
    ordered = sorted(search_ms)
    return {"conversations": len(convs), "sessions": sum(len(c.sessions) for c in convs),
            "turns": turns, "questions": len(questions),
            "questions_by_kind": {k: sum(q.kind == k for _, q in questions) for k in KINDS},
            "store_s": round(store_s, 1), "confident_score": CONFIDENT_SCORE,
            "hybrid_search_ms_p50": round(ordered[len(ordered) // 2], 2), "modes": table}
