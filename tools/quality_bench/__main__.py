"""`python -m tools.quality_bench` (`make bench-quality`, `companion bench --quality`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from models.errors import CompanionError
from tools.quality_bench.bench import run
from tools.quality_bench.conversations import USERS, User, line_count
from tools.quality_bench.runner import BenchError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tools.quality_bench",
        description=f"Reply quality: {line_count()} user lines from {len(USERS)} people over "
        "several sessions, each session a separate `companion chat` process on one home.")
    parser.add_argument("--llm", action="append", dest="llms", metavar="NAME_OR_PATH",
                        help="a model to measure (repeat it; default: every LLM present)")
    parser.add_argument("--persona", default="juniper", help="persona (default: juniper)")
    parser.add_argument("--home", type=Path, help="keep the homes here (default: a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the rates as JSON")
    parser.add_argument("--transcripts", type=Path, metavar="FILE",
                        help="write every reply and its verdicts to this JSON file")
    parser.add_argument("--rejudge", type=Path, metavar="FILE",
                        help="judge the replies saved in FILE (--transcripts) again, by the "
                             "current rules, without running any model")
    parser.add_argument("--users", metavar="NAME,...",
                        help="only these people of the set, e.g. george,chloe (default: all: "
                             f"{','.join(u.user for u in USERS)})")
    parser.add_argument("--memory-budget-ms", type=int, default=None,
                        help="how long a reply waits for memory (default: the companion's "
                             "own, what a user meets)")
    return parser


def pick_users(names: str | None) -> tuple[User, ...]:
    if not names:
        return USERS
    wanted = [n.strip().lower() for n in names.split(",") if n.strip()]
    unknown = sorted(set(wanted) - {u.user for u in USERS})
    if unknown:
        raise BenchError(f"no such people in the set: {', '.join(unknown)} (it has "
                         f"{', '.join(u.user for u in USERS)})")
    return tuple(u for u in USERS if u.user in wanted)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args.llms, args.persona, args.home, args.json, args.transcripts,
                   args.rejudge, args.memory_budget_ms, pick_users(args.users))
    except CompanionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
