"""`python -m shells.mqtt serve|satellite ...`: the same commands before (or without) their
wiring into `companion`; every global option of `companion` works here too."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from models.errors import CompanionError
from shells.cli import main as companion_cli
from shells.mqtt import cli


def main(argv: Sequence[str] | None = None) -> int:
    parser = companion_cli.build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "serve" not in subparsers.choices:
        cli.register(subparsers)
    args = parser.parse_args(argv)
    companion_cli.setup_logging(args.verbose)
    try:
        result = cli.handle(args)
    except CompanionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if result is None:
        return companion_cli.main(argv)
    return result


if __name__ == "__main__":
    sys.exit(main())
