"""The rooms of the house and their one-way doors (ARCHITECTURE.md), checked on the source.

Every import counts, also one inside a function: a lazy import is still a dependency. Only
imports under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "hardware", "voice", "memory", "pipeline", "tools", "shells")

# What each package may import of the project (besides itself).
ALLOWED: dict[str, set[str]] = {
    "models": set(),
    "hardware": {"models"},
    "voice": {"models"},
    "memory": {"models"},
    "pipeline": {"models", "hardware", "voice", "memory"},
    "tools": {"models", "hardware", "voice", "memory", "pipeline"},
    "shells": {"models", "hardware", "voice", "memory", "pipeline", "tools"},
}


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def project_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of a project package in ``path``."""
    tree = ast.parse(path.read_text())
    skipped = _type_checking_lines(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and node.lineno in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return [(line, name) for line, name in found if name.split(".")[0] in PACKAGES]


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_one_way(package: str) -> None:
    wrong = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, name in project_imports(path):
            top = name.split(".")[0]
            if top != package and top not in ALLOWED[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_pipeline_holds_only_the_turn() -> None:
    """Shells (CLI, MQTT, web) and tools (bench, demo, compare) live outside pipeline/."""
    names = {p.stem for p in (ROOT / "pipeline").rglob("*.py")}
    assert not names & {"cli", "commands", "bench", "demo", "compare", "service"}, names
    assert not (ROOT / "pipeline" / "mqtt").exists()


def test_no_module_over_400_lines() -> None:
    long = [f"{p.relative_to(ROOT)}: {n}" for package in PACKAGES
            for p in (ROOT / package).rglob("*.py")
            if (n := len(p.read_text().splitlines())) > 400]
    assert not long, long
