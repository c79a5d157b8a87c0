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
from tools.quality_bench.report import failures, rates, table
from tools.quality_bench.runner import ModelRun, run_model


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


def run(llms: Sequence[str] | None, persona_name: str = "juniper", home: Path | None = None,
        as_json: bool = False, transcripts: Path | None = None) -> int:
    persona = load_persona(persona_name).name
    models = list(llms or present_llms())
    runs: list[ModelRun] = []
    with tempfile.TemporaryDirectory(prefix="quality-bench-") as tmp:
        root = home or Path(tmp)
        for i, model in enumerate(models):
            model_home = root / f"home-{i}"
            model_home.mkdir(parents=True, exist_ok=False)
            label = Path(model).stem if Path(model).suffix == ".gguf" else model
            result = run_model(model, model_home, persona, ["--persona", persona_name],
                               progress=lambda msg: print(msg, file=sys.stderr, flush=True))
            result.model = label
            runs.append(result)
    if transcripts is not None:
        transcripts.write_text(json.dumps(
            [{"model": r.model, "turns": [t.__dict__ for t in r.turns]} for r in runs],
            indent=1, ensure_ascii=False), encoding="utf-8")
    if as_json:
        print(json.dumps([rates(r) for r in runs]))
        return 0
    print(table(runs))
    for r in runs:
        shown = failures(r)
        if shown:
            print(f"\n{r.model}: some failed replies")
            print("\n".join(f"  {line}" for line in shown))
    return 0
