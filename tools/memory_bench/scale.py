"""Search latency at 10k and 100k memories in one profile, query embedding measured apart.

The memories get synthetic vectors (each a fixed mix of a few real sentence vectors plus
noise): embedding 100k texts would take ~7 minutes on 2 cores and measure the embedder, not the
search. Their texts use a Zipf-distributed vocabulary, as real text does, so BM25 sees a
realistic spread of term frequencies. The query embedding is timed with the real embedder.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from memory import MemoryStore
from tools.progress import bar

TEMPLATES = ("I went to the {a} with my {b} yesterday.", "My {a} said the {b} was closed.",
             "We talked about the {a} and the {b} for hours.", "I need to fix the {a} before {b}.",
             "The {a} near the {b} is my favourite place.", "Did you know my {a} likes {b}?",
             "Tell me more about {a}, {b} and {c}.", "I keep thinking about {a} and {b}.")


class SyntheticEmbedder:
    """Realistic-looking vectors without running the model."""

    dim = 384

    def __init__(self, basis: np.ndarray, seed: int = 3) -> None:
        self.basis = basis
        self.rng = np.random.default_rng(seed)

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        pick = self.rng.integers(0, len(self.basis), size=(len(texts), 2))
        v = self.basis[pick[:, 0]] + 0.5 * self.basis[pick[:, 1]]
        v += self.rng.normal(0, 0.03, size=v.shape).astype(np.float32)
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


class Words:
    """Content words with a Zipf distribution, from the embedder's vocabulary."""

    def __init__(self, embedder: Any, rng: random.Random, size: int = 8000) -> None:
        vocab = sorted(embedder.tokenizer.get_vocab().items(), key=lambda kv: kv[1])
        self.words = [w for w, _ in vocab if w.isalpha() and len(w) >= 4][:size]
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]
        self.rng = rng

    def pick(self, k: int) -> list[str]:
        return self.rng.choices(self.words, self.weights, k=k)

    def sentences(self, n: int, offset: int = 0) -> list[str]:
        out = []
        for i in range(n):
            a, b, c = self.pick(3)
            out.append(self.rng.choice(TEMPLATES).format(a=a, b=b, c=c) + f" ({offset + i})")
        return out


def _fill(store: MemoryStore, words: Words, start: int, stop: int, progress: bool) -> None:
    origin = time.time() - 400 * 86400
    with bar(total=stop - start, desc="Synthetic memories", quiet=not progress) as shown:
        for i in range(start, stop, 2000):
            n = min(2000, stop - i)
            batch = [(t, "user" if (i + j) % 2 == 0 else "assistant", f"s{(i + j) // 50}",
                      datetime.fromtimestamp(origin + 3000 * (i + j)))
                     for j, t in enumerate(words.sentences(n, i))]
            store.add_many(batch, "scale", extract=False)
            shown.update(n)


def scale_run(folder: Path, embedder: Any, sizes: Sequence[int], progress: bool,
              import_turns: int = 1000) -> dict[str, Any]:
    rng = random.Random(5)
    words = Words(embedder, rng)
    basis = embedder.embed(words.sentences(400), batch_size=64)
    queries = [f"what did my {a} say about the {b}?" for a, b in
               (words.pick(2) for _ in range(200))]
    queries += ["where did I go last week?", "what happened on 6 May 2023?",
                "what did she do the weekend before the concert?"] * 10
    rows: dict[str, Any] = {}
    done = 0
    for size in sizes:
        store = MemoryStore(folder / "scale", embedder=SyntheticEmbedder(basis),
                            progress=progress)
        _fill(store, words, done, size, progress)
        done = size
        store.close()
        t0 = time.perf_counter()
        store = MemoryStore(folder / "scale", embedder=embedder, progress=progress)
        status = store.index_status("scale")
        reopen_s = time.perf_counter() - t0
        for q in queries:  # warm the query-vector cache: these timings exclude embedding
            embedder.embed_one(q)
        search, cpu = _timed_both(lambda q, s=store: s.search(q, k=10, profile="scale"),
                                  queries)
        store.close()
        rows[str(size)] = {"index": status, "reopen_s": round(reopen_s, 2),
                           "search_ms": _pct(search), "search_cpu_ms": _pct(cpu)}
    fresh = [q.replace("?", " please?") for q in queries[:150]]
    embed_wall, embed_cpu = _timed_both(lambda q: embedder.embed([q]), fresh)
    return {"sizes": rows, "query_embedding_ms": _pct(embed_wall),
            "query_embedding_cpu_ms": _pct(embed_cpu), "synthetic_vectors": True,
            "import": _import_run(folder, embedder, words, import_turns, progress)}


def _import_run(folder: Path, embedder: Any, words: Words, n: int, progress: bool
                ) -> dict[str, Any]:
    path = folder / "import.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(words.sentences(n)):
            fh.write(json.dumps({"text": text, "role": "user" if i % 2 == 0 else "assistant",
                                 "session": f"imp{i // 40}",
                                 "timestamp": f"2026-0{1 + i % 9}-1{i % 10}T10:00:00"}) + "\n")
    store = MemoryStore(folder / "import", embedder=embedder, progress=progress)
    t0 = time.perf_counter()
    count = store.import_(path, "importer", progress=progress)
    seconds = time.perf_counter() - t0
    store.close()
    return {"turns": count, "seconds": round(seconds, 1)}


def _timed(fn: Callable[[str], Any], items: list[str]) -> list[float]:
    return _timed_both(fn, items)[0]


def _timed_both(fn: Callable[[str], Any], items: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per call. On a shared machine the wall clock also counts
    waiting for a core; the CPU time of this (single-threaded) search does not."""
    wall, cpu = [], []
    for item in items:
        t, c = time.perf_counter(), time.process_time()
        fn(item)
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    return wall, cpu


def _pct(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {"p50": round(ordered[len(ordered) // 2], 2),
            "p95": round(ordered[int(len(ordered) * 0.95) - 1], 2)}
