"""The quality bench as a function: every model on a fresh home, then the table."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from models.errors import CompanionError
from models.registry import CATALOG
from models.resolve import resolve_model
from pipeline.persona import load_persona
from tools.quality_bench.conversations import USERS, User
from tools.quality_bench.report import failures, rates, table
from tools.quality_bench.runner import BenchError, ModelRun, rejudge, run_model


def present_llms() -> list[str]:
    """The default LLM first, then every other catalog LLM already in the model cache."""
    names = [n for n, spec in CATALOG.items() if spec.role == "llm"]
    found = []
    for name in names:
        try:
            resolve_model("llm", name)
        except CompanionError:
            continue
        found.append(name)
    default = str(resolve_model("llm"))
    return sorted(found, key=lambda n: str(resolve_model("llm", n)) != default)


def measure(models: Sequence[str], persona_name: str, home: Path | None,
            memory_budget_ms: int | None, users: tuple[User, ...] = USERS) -> list[ModelRun]:
    """Every model through the whole set, each on a fresh home."""
    persona = load_persona(persona_name).name
    for model in models:
        resolve_model("llm", model)  # a wrong name fails now, in one line, not per session
    runs: list[ModelRun] = []
    with tempfile.TemporaryDirectory(prefix="quality-bench-") as tmp:
        root = home or Path(tmp)
        for i, model in enumerate(models):
            model_home = root / f"home-{i}"
            if model_home.exists():
                raise BenchError(f"{model_home} already exists: choose an empty --home")
            result = run_model(model, model_home, persona, ["--persona", persona_name], users,
                               progress=lambda msg: print(msg, file=sys.stderr, flush=True),
                               memory_budget_ms=memory_budget_ms)
            result.model = Path(model).stem if Path(model).suffix == ".gguf" else model
            runs.append(result)
    return runs


def save(runs: list[ModelRun], path: Path) -> None:
    path.write_text(json.dumps(
        [{"model": r.model, "seconds": r.seconds, "errors": r.errors,
          "turns": [t.__dict__ for t in r.turns]} for r in runs], indent=1, ensure_ascii=False),
        encoding="utf-8")


def load(path: Path, persona_name: str) -> list[ModelRun]:
    """Saved transcripts, judged by today's rules."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        runs = [rejudge(str(r["model"]), r["turns"], load_persona(persona_name).name)
                for r in saved]
        for run, r in zip(runs, saved, strict=True):
            run.seconds = float(r.get("seconds", 0.0))
            run.errors = list(r.get("errors", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BenchError(f"{path} is not a transcript file of this bench ({exc})") from exc
    return runs


def run(llms: Sequence[str] | None, persona_name: str = "juniper", home: Path | None = None,
        as_json: bool = False, transcripts: Path | None = None, rejudge_file: Path | None = None,
        memory_budget_ms: int | None = None, users: tuple[User, ...] = USERS) -> int:
    if rejudge_file is not None:
        runs = load(rejudge_file, persona_name)
    else:
        runs = measure(list(llms or present_llms()), persona_name, home, memory_budget_ms, users)
    if transcripts is not None:
        save(runs, transcripts)
    errors = [f"error: {r.model}: {e}" for r in runs for e in r.errors]
    if as_json:
        print(json.dumps([rates(r) for r in runs]))
    else:
        print(table(runs))
        for r in runs:
            shown = failures(r)
            if shown:
                print(f"\n{r.model}: some failed replies")
                print("\n".join(f"  {line}" for line in shown))
    for line in errors:
        print(line, file=sys.stderr)
    return 1 if errors else 0
