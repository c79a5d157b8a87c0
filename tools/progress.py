"""Progress of a benchmark's long loops, on stderr wherever it goes.

On a terminal the bar redraws in place. In a log file or a pipe (``make bench > bench.log``,
CI) tqdm's carriage-return redraws would pile into one unreadable line, and switching the bar
off left a 20-minute run silent; there it is written as a plain line now and then instead.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")
LOG_EVERY_S = 15.0  # off a terminal: a line at most this often


class _Lines:
    """A file for tqdm that turns each redraw into one line on stderr."""

    def write(self, text: str) -> None:
        text = text.replace("\r", "").strip()
        if text:
            print(text, file=sys.stderr, flush=True)

    def flush(self) -> None:
        sys.stderr.flush()


def bar(iterable: Iterable[T] | None = None, *, desc: str, total: int | None = None,
             quiet: bool = False) -> tqdm:
    """A bar for ``iterable`` (or ``total`` steps, updated by hand); ``quiet`` for none."""
    if sys.stderr.isatty():
        return tqdm(iterable, desc=desc, total=total, disable=quiet)
    return tqdm(iterable, desc=desc, total=total, disable=quiet, file=_Lines(), ascii=True,
                mininterval=LOG_EVERY_S, ncols=80)


def step(what: str) -> None:
    """A stage of long work with no steps to count begins."""
    print(f"{what}...", file=sys.stderr, flush=True)
