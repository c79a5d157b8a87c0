"""`python -m memory.bench [--json] [--quick]`: retrieval quality and speed of the memory store.

1. Recall: generated multi-session dialogues (memory.benchdata) are stored with the real
   embedder; every question is searched lexical-only, dense-only and hybrid. recall@k of a
   question = share of its answer turns found in the top k (a hit counts for a turn when it is
   that turn or a fact made from it). Unanswerable questions have no answer turns: they are
   scored by abstention, i.e. correct when the best hit scores below CONFIDENT_SCORE (the bar
   a memory must pass to enter the prompt), and excluded from the recall averages.
2. Scale: 100k synthetic memories in one profile, search latency p50/p95 (query embedding
   excluded, then included), and an import of 10k turns through the full path (real
   embedder, fact extraction, SQLite, FAISS). The 100k memories get synthetic vectors (mixes
   of real sentence vectors plus noise): embedding 100k texts would take ~7 minutes on 2 cores
   and measures the embedder, not the search.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from memory.benchdata import CATEGORIES, generate
from memory.embedder import Embedder, load_embedder
from memory.retrieval import CONFIDENT_SCORE
from memory.store import MemoryStore

MODES = ("lexical", "dense", "hybrid")


def recall_run(folder: Path, embedder: Embedder, progress: bool) -> dict[str, Any]:
    personas = generate()
    store = MemoryStore(folder, embedder=embedder, progress=progress)
    t0 = time.perf_counter()
    turn_ids: dict[tuple[str, str], int] = {}
    n_turns = 0
    for persona in tqdm(personas, desc="Storing dialogues", disable=not progress):
        by_session: dict[str, list[Any]] = defaultdict(list)
        for turn in persona.turns:
            by_session[turn.session].append(turn)
        for turns in by_session.values():
            ids = store.add_many([(t.text, t.role, t.session, t.when) for t in turns],
                                 persona.name)
            n_turns += len(ids)
            turn_ids.update({(persona.name, t.key): i for t, i in zip(turns, ids, strict=True)
                             if t.key})
    store_s = time.perf_counter() - t0
    found: dict[str, dict[str, list[float]]] = {m: defaultdict(list) for m in MODES}
    abstain: dict[str, list[bool]] = {m: [] for m in MODES}
    confident: list[bool] = []
    questions = [(p, q) for p in personas for q in p.questions]
    for persona, q in tqdm(questions, desc="Asking", disable=not progress):
        for mode in MODES:
            hits = store.search(q.text, k=10, profile=persona.name, now=q.now, mode=mode)
            if not q.target_keys:
                abstain[mode].append(not hits or hits[0].score < CONFIDENT_SCORE)
                continue
            targets = {turn_ids[(persona.name, key)] for key in q.target_keys}
            for k in (5, 10):
                got: set[int] = set()
                for hit in hits[:k]:
                    got |= ({hit.id} | set(hit.source_ids)) & targets
                found[mode][f"{q.category}@{k}"].append(len(got) / len(targets))
            if mode == "hybrid":
                confident.append(bool(hits) and hits[0].score >= CONFIDENT_SCORE)
    table: dict[str, Any] = {}
    for mode in MODES:
        row: dict[str, Any] = {}
        for k in (5, 10):
            all_scores = [s for cat in CATEGORIES[:-1] for s in found[mode][f"{cat}@{k}"]]
            row[f"recall@{k}"] = round(statistics.mean(all_scores), 3)
            row[f"by_category@{k}"] = {cat: round(statistics.mean(found[mode][f"{cat}@{k}"]), 3)
                                       for cat in CATEGORIES[:-1]}
        row["unanswerable_abstained"] = round(statistics.mean(abstain[mode]), 3)
        table[mode] = row
    store.close()
    return {"personas": len(personas), "sessions": sum(len({t.session for t in p.turns})
                                                         for p in personas),
            "turns": n_turns, "questions": len(questions),
            "questions_by_category": {c: sum(q.category == c for _, q in questions)
                                      for c in CATEGORIES},
            "store_s": round(store_s, 1), "confident_score": CONFIDENT_SCORE,
            "answerable_with_confident_top_hit": round(statistics.mean(confident), 3),
            "modes": table}


class SyntheticEmbedder:
    """Realistic-looking vectors without running the model: each text gets a fixed mix of a
    few real sentence vectors plus noise, so neighbours and norms look like real data."""

    dim = 384

    def __init__(self, basis: np.ndarray, seed: int = 3) -> None:
        self.basis = basis
        self.rng = np.random.default_rng(seed)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        n = len(texts)
        pick = self.rng.integers(0, len(self.basis), size=(n, 2))
        v = self.basis[pick[:, 0]] + 0.5 * self.basis[pick[:, 1]]
        v += self.rng.normal(0, 0.03, size=v.shape).astype(np.float32)
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


TEMPLATES = ("I went to the {a} with my {b} yesterday.", "My {a} said the {b} was closed.",
             "We talked about the {a} and the {b} for hours.", "I need to fix the {a} before {b}.",
             "The {a} near the {b} is my favourite place.", "Did you know my {a} likes {b}?",
             "Tell me more about {a}, {b} and {c}.", "I keep thinking about {a} and {b}.")


class Words:
    """Content words with a Zipf distribution (word frequencies of real text follow one), taken
    from the embedder's vocabulary so the lexical index sees a realistic spread of terms."""

    def __init__(self, embedder: Embedder, rng: random.Random, size: int = 8000) -> None:
        vocab = sorted(embedder.tokenizer.get_vocab().items(), key=lambda kv: kv[1])
        self.words = [w for w, _ in vocab if w.isalpha() and len(w) >= 4][:size]
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]
        self.rng = rng

    def pick(self, k: int) -> list[str]:
        return self.rng.choices(self.words, self.weights, k=k)

    def sentences(self, n: int) -> list[str]:
        out = []
        for i in range(n):
            a, b, c = self.pick(3)
            out.append(self.rng.choice(TEMPLATES).format(a=a, b=b, c=c) + f" ({i})")
        return out


def scale_run(folder: Path, embedder: Embedder, n_memories: int, n_import: int,
              progress: bool) -> dict[str, Any]:
    rng = random.Random(5)
    words = Words(embedder, rng)
    basis = embedder.embed(words.sentences(400), batch_size=64)
    store = MemoryStore(folder / "scale", embedder=SyntheticEmbedder(basis), progress=progress)
    t0 = time.perf_counter()
    texts = words.sentences(n_memories)
    start = time.time() - 400 * 86400
    with tqdm(total=n_memories, desc="Synthetic memories", disable=not progress) as bar:
        for i in range(0, n_memories, 2000):
            batch = [(t, "user", f"s{(i + j) // 50}", None) for j, t in
                     enumerate(texts[i:i + 2000])]
            batch = [(t, r, s, _when(start, i + j, n_memories))
                     for j, (t, r, s, _) in enumerate(batch)]
            store.add_many(batch, "scale", extract=False)
            bar.update(len(batch))
    load_s = time.perf_counter() - t0
    store.close()
    t0 = time.perf_counter()
    store = MemoryStore(folder / "scale", embedder=embedder, progress=progress)
    status = store.index_status("scale")
    reopen_s = time.perf_counter() - t0
    queries = [f"what did my {a} say about the {b}?" for a, b in
               (words.pick(2) for _ in range(220))]
    queries += ["where did I go last week?", "what happened in May?"] * 10
    # Fewer queries than the embedder's query cache (256), so warming it really warms it.
    for q in queries:  # warm the query-vector cache: the first timing excludes embedding
        embedder.embed_one(q)
    search_ms = _timed(lambda q: store.search(q, k=10, profile="scale"), queries)
    embedder._cache.clear()
    fresh = [q.replace("?", " please?") for q in queries[:150]]
    full_ms = _timed(lambda q: store.search(q, k=10, profile="scale"), fresh)
    embed_ms = _timed(embedder.embed_one, [q + " again" for q in queries[:150]])
    store.close()

    imp_path = folder / "import.jsonl"
    with open(imp_path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(words.sentences(n_import)):
            fh.write(json.dumps({"text": text, "role": "user" if i % 2 == 0 else "assistant",
                                 "session": f"imp{i // 40}",
                                 "timestamp": f"2026-0{1 + i % 9}-1{i % 10}T10:00:00"}) + "\n")
    imp_store = MemoryStore(folder / "import", embedder=embedder, progress=progress)
    t0 = time.perf_counter()
    imported = imp_store.import_(imp_path, "importer", progress=progress)
    import_s = time.perf_counter() - t0
    imp_store.close()
    return {"memories": n_memories, "synthetic_vectors": True, "load_s": round(load_s, 1),
            "reopen_s": round(reopen_s, 2), "index": status,
            "search_ms_excluding_embedding": _pct(search_ms),
            "search_ms_including_embedding": _pct(full_ms),
            "query_embedding_ms": _pct(embed_ms),
            "import_turns": imported, "import_s": round(import_s, 1)}


def _when(start: float, i: int, n: int) -> Any:
    from datetime import datetime

    return datetime.fromtimestamp(start + 400 * 86400 * i / max(1, n))


def _timed(fn: Any, items: list[str]) -> list[float]:
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t) * 1000)
    return out


def _pct(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {"p50": round(ordered[len(ordered) // 2], 2),
            "p95": round(ordered[int(len(ordered) * 0.95) - 1], 2)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m memory.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON summary")
    parser.add_argument("--quick", action="store_true", help="10k memories, 1k import")
    parser.add_argument("--skip-scale", action="store_true", help="recall only")
    parser.add_argument("--memories", type=int, default=100_000)
    parser.add_argument("--import-turns", type=int, default=10_000)
    args = parser.parse_args(argv)
    progress = sys.stderr.isatty()
    embedder = load_embedder()
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as tmp:
        result["recall"] = recall_run(Path(tmp) / "recall", embedder, progress)
        if not args.skip_scale:
            n_mem = 10_000 if args.quick else args.memories
            n_imp = 1_000 if args.quick else args.import_turns
            result["scale"] = scale_run(Path(tmp), embedder, n_mem, n_imp, progress)
    if args.json:
        print(json.dumps(result))
    else:
        _print(result)
    return 0


def _print(result: dict[str, Any]) -> None:
    r = result["recall"]
    print(f"Recall: {r['personas']} personas, {r['sessions']} sessions, {r['turns']} turns, "
          f"{r['questions']} questions {r['questions_by_category']}")
    cats = list(CATEGORIES[:-1])
    print(f"{'mode':<8} {'R@5':>6} {'R@10':>6}  " + " ".join(f"{c[:12]:>12}" for c in cats)
          + f" {'abstain':>8}")
    for mode, row in r["modes"].items():
        print(f"{mode:<8} {row['recall@5']:>6} {row['recall@10']:>6}  "
              + " ".join(f"{row['by_category@10'][c]:>12}" for c in cats)
              + f" {row['unanswerable_abstained']:>8}")
    print("(per-category columns are recall@10; 'abstain' = unanswerable questions whose best "
          f"hit scored below {r['confident_score']})")
    if "scale" in result:
        s = result["scale"]
        print(f"Scale: {s['memories']} memories (synthetic vectors), index {s['index']}")
        print(f"  search ms excluding query embedding {s['search_ms_excluding_embedding']}, "
              f"including {s['search_ms_including_embedding']}, "
              f"embedding alone {s['query_embedding_ms']}")
        print(f"  import of {s['import_turns']} turns: {s['import_s']} s")


if __name__ == "__main__":
    sys.exit(main())
