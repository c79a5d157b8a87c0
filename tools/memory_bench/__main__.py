"""`python -m tools.memory_bench [--json] [--quick] [--skip-scale]` (`make bench-memory`)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from memory.embedder import load_embedder
from tools.memory_bench.recall import ANSWERABLE, recall_run
from tools.memory_bench.scale import scale_run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.memory_bench",
                                     description="Memory retrieval quality and speed: long "
                                     "two-speaker conversations, then 10k/100k memories.")
    parser.add_argument("--json", action="store_true", help="print one JSON summary")
    parser.add_argument("--quick", action="store_true", help="3 conversations, 10k memories")
    parser.add_argument("--skip-scale", action="store_true", help="recall only")
    parser.add_argument("--seed", type=int, default=13, help="conversation generator seed")
    args = parser.parse_args(argv)
    progress = True  # on stderr: a bar on a terminal, a line now and then in a log
    embedder = load_embedder()
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as tmp:
        result["recall"] = recall_run(Path(tmp) / "recall", embedder, progress, args.seed,
                                      3 if args.quick else 8)
        if not args.skip_scale:
            sizes = (10_000,) if args.quick else (10_000, 100_000)
            result["scale"] = scale_run(Path(tmp), embedder, sizes, progress)
    print(json.dumps(result) if args.json else report(result))
    return 0


def report(result: dict[str, Any]) -> str:
    r = result["recall"]
    lines = [f"Recall: {r['conversations']} two-speaker conversations, {r['sessions']} sessions, "
             f"{r['turns']} turns, {r['questions']} questions {r['questions_by_kind']}",
             f"{'mode':<8} {'R@5':>6} {'R@10':>6}  " + " ".join(f"{k:>11}" for k in ANSWERABLE)
             + f" {'adv.conf':>9}"]
    for mode, row in r["modes"].items():
        lines.append(f"{mode:<8} {row['recall@5']:>6} {row['recall@10']:>6}  "
                     + " ".join(f"{row['by_kind@10'][k]:>11}" for k in ANSWERABLE)
                     + f" {row['adversarial_confident']:>9}")
    lines.append("(kind columns: recall@10; adv.conf: adversarial questions whose best hit "
                 f"scored >= {r['confident_score']}, lower is better)")
    if "scale" in result:
        s = result["scale"]
        for size, row in s["sizes"].items():
            lines.append(f"Scale {size} memories (synthetic vectors, hnsw={row['index']['hnsw']}):"
                         f" search ms {row['search_ms']} (CPU {row.get('search_cpu_ms')}) "
                         "excluding the query embedding")
        lines.append(f"Query embedding alone: ms {s['query_embedding_ms']} (CPU "
                     f"{s.get('query_embedding_cpu_ms')}); import of {s['import']['turns']} "
                     f"turns: {s['import']['seconds']} s")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
