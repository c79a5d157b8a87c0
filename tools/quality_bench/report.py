"""Pass rates per model and per check, as a table (and as JSON for scripts)."""

from __future__ import annotations

from typing import Any

from tools.quality_bench.checks import CHECKS
from tools.quality_bench.runner import ModelRun


def rates(run: ModelRun) -> dict[str, Any]:
    """{"model", "replies", "all_checks": [passed, total], "checks": {name: [passed, total]}}."""
    checks: dict[str, list[int]] = {}
    for turn in run.turns:
        for name, ok in turn.verdicts.items():
            tally = checks.setdefault(name, [0, 0])
            tally[0] += ok
            tally[1] += 1
    return {
        "model": run.model, "replies": len(run.turns), "seconds": run.seconds,
        "errors": run.errors,
        "all_checks": [sum(t.passed for t in run.turns), len(run.turns)],
        "checks": {name: checks[name] for name in CHECKS if name in checks},
    }


def _cell(passed: int, total: int) -> str:
    return f"{passed}/{total} {100 * passed / total:.0f}%" if total else "-"


def table(runs: list[ModelRun]) -> str:
    """A Markdown table: one column per model, one row per check."""
    summaries = [rates(r) for r in runs]
    header = "| check | " + " | ".join(s["model"] for s in summaries) + " |"
    lines = [header, "|---" * (len(summaries) + 1) + "|",
             "| **every check passed** | "
             + " | ".join(f"**{_cell(*s['all_checks'])}**" for s in summaries) + " |"]
    for name in CHECKS:
        cells = [_cell(*s["checks"][name]) if name in s["checks"] else "-" for s in summaries]
        if any(c != "-" for c in cells):
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| time for the set | " + " | ".join(f"{s['seconds']:.0f} s" for s in summaries)
                 + " |")
    if any(s["errors"] for s in summaries):
        lines.append("| sessions that failed to run | "
                     + " | ".join(str(len(s["errors"])) for s in summaries) + " |")
    return "\n".join(lines)


def failures(run: ModelRun, limit: int = 12) -> list[str]:
    """A few failed replies with the checks they failed, to see what goes wrong."""
    out = []
    for turn in run.turns:
        failed = [name for name, ok in turn.verdicts.items() if not ok]
        if failed:
            out.append(f"[{turn.user} s{turn.session}] {turn.said!r} -> {turn.reply[:160]!r} "
                       f"({', '.join(failed)})")
    return out[:limit]
