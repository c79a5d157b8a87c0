"""`companion memory add|search|list|forget|export|import|stats [--user NAME] [--json]`.

Memories live in ``<home>/memory``. Wired into the CLI with ``register(subparsers)`` and
``handle(args)``; every failure is a CompanionError with a one-line message.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from memory.hits import Hit
from models.errors import CompanionError


class MemoryUsageError(CompanionError):
    """A memory subcommand got arguments it cannot use."""


def register(subparsers: Any) -> None:
    """Add the ``memory`` subcommand to the CLI's subparsers."""
    mem = subparsers.add_parser("memory", help="what the companion remembers: search, forget, "
                                "export, import")
    actions = mem.add_subparsers(dest="memory_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text)
        p.add_argument("--profile", metavar="NAME", help="whose memories, the same as --user "
                       "(default: the config's user; export, import and stats: every profile)")
        # The global --user, also after the action; no default, so one given before the
        # command is kept.
        p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                       help="the same as --profile")
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    add = action("add", "remember one thing said by the user (or --role assistant)")
    add.add_argument("text")
    add.add_argument("--role", default="user", choices=["user", "assistant"])
    add.add_argument("--session", help="session name (default: the date)")
    add.add_argument("--time", help="when it was said, ISO 8601 (default: now)")
    search = action("search", "the memories that best answer a question")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=10, help="how many (default 10)")
    lst = action("list", "the latest memories, newest first")
    lst.add_argument("--kind", choices=["turn", "fact", "summary"])
    lst.add_argument("--limit", type=int, default=20)
    forget = action("forget", "delete memories about a topic, by id, by session, or all")
    forget.add_argument("query", nargs="?", help="topic, e.g. 'my sister'")
    forget.add_argument("--id", type=int, action="append", dest="ids", help="memory id")
    forget.add_argument("--session")
    forget.add_argument("--all", action="store_true", help="everything of the profile")
    forget.add_argument("--dry-run", action="store_true", help="only show what would go")
    export = action("export", "write memories as JSON lines (all profiles unless --profile)")
    export.add_argument("file", nargs="?", help="output file (default: stdout)")
    imp = action("import", "read JSON lines from `memory export` (or plain {\"text\"} lines)")
    imp.add_argument("file", help="input file ('-' for stdin)")
    action("stats", "counts, dates and size")


def _hit_dict(hit: Hit) -> dict[str, Any]:
    return {"id": hit.id, "text": hit.text, "score": hit.score, "kind": hit.kind,
            "timestamp": hit.timestamp.isoformat(), "source_ids": hit.source_ids,
            "role": hit.role, "session": hit.session}


def _print_hits(hits: list[Hit], as_json: bool) -> None:
    if as_json:
        print(json.dumps([_hit_dict(h) for h in hits], ensure_ascii=False))
        return
    if not hits:
        print("No memories.")
    for h in hits:
        score = f" {h.score:.3f}" if h.score else ""
        print(f"{h.id:>6} {h.timestamp:%Y-%m-%d %H:%M} {h.kind:<7}{score}  {h.text}")


def whose(args: argparse.Namespace, configured: str) -> tuple[str, str | None]:
    """One notion of whose memory: ``--user`` (global or after the action) and ``--profile``
    name the same person. Returns (profile to use, the one named or None)."""
    named = {n for n in (getattr(args, "profile", None), getattr(args, "user", None)) if n}
    if len(named) > 1:
        raise MemoryUsageError(f"--user/--profile name two people ({', '.join(sorted(named))})"
                               "; give one.")
    given = named.pop() if named else None
    return given or configured or "default", given


def handle(args: argparse.Namespace) -> int:
    """Run one ``companion memory`` action; returns the exit status."""
    from memory import MemoryStore
    from pipeline.config import load_config

    config = load_config(getattr(args, "config", None), getattr(args, "home", None))
    profile, given = whose(args, config.user)
    embedder = None
    if config.models.embedder:
        from memory.embedder import load_embedder

        embedder = load_embedder(config.models.embedder)
    store = MemoryStore(config.home / "memory", embedder=embedder, progress=sys.stderr.isatty())
    try:
        return _run(args, store, profile, given)
    finally:
        store.close()


def _run(args: argparse.Namespace, store: Any, profile: str, given: str | None) -> int:
    """``given``: the profile named on the command line; None lets export, import and stats
    cover every profile."""
    cmd = args.memory_command
    if cmd == "add":
        when = None
        if args.time:
            try:
                when = datetime.fromisoformat(args.time)
            except ValueError as exc:
                raise MemoryUsageError(f"--time {args.time!r} is not ISO 8601, e.g. "
                                       "2026-05-01T18:30") from exc
        memory_id = store.add(args.text, role=args.role, session=args.session, timestamp=when,
                              profile=profile)
        print(json.dumps({"id": memory_id}) if args.json else f"Remembered (id {memory_id}).")
    elif cmd == "search":
        _print_hits(store.search(args.query, k=args.k, profile=profile), args.json)
    elif cmd == "list":
        _print_hits(store.recent(profile, args.limit, kind=args.kind), args.json)
    elif cmd == "forget":
        if not (args.query or args.ids or args.session or args.all):
            raise MemoryUsageError("Say what to forget: a topic, --id N, --session S or --all.")
        ids = store.forget(args.query, ids=args.ids, profile=profile, session=args.session,
                           everything=args.all, dry_run=args.dry_run)
        verb = "Would forget" if args.dry_run else "Forgot"
        print(json.dumps({"forgotten": ids, "dry_run": args.dry_run}) if args.json
              else f"{verb} {len(ids)} memories" + (f": {ids}" if ids else "."))
    elif cmd == "export":
        count = store.export(Path(args.file) if args.file else sys.stdout, given)
        if args.file:
            print(json.dumps({"exported": count}) if args.json
                  else f"Exported {count} memories to {args.file}.")
    elif cmd == "import":
        source = sys.stdin if args.file == "-" else Path(args.file)
        if isinstance(source, Path) and not source.is_file():
            raise MemoryUsageError(f"{source} does not exist; give a JSON lines file from "
                                   "`companion memory export`.")
        count = store.import_(source, given)
        print(json.dumps({"imported": count}) if args.json else f"Imported {count} memories.")
    else:
        stats = store.stats(given)
        if args.json:
            print(json.dumps(stats))
        else:
            for key, value in stats.items():
                print(f"{key:>16}: {value}")
    return 0
