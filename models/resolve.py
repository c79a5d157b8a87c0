"""Decide which model file/folder each role loads, and check it looks right. Never downloads.

Priority: explicit override (CLI flag / config) > env COMPANION_<ROLE>_MODEL > default catalog
entry in the cache. An override or env value may be a catalog name or a local path.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from models.cache import cache_dir, entry_path, model_dir
from models.errors import ModelCorruptError, ModelMissingError
from models.fetch import is_fetched, read_stamp, sha256_file
from models.registry import (
    CATALOG,
    DEFAULT_MODELS,
    ROLES,
    SERVED_BY,
    ModelSpec,
    canonical_name,
)

_FETCH_HINT = "run `companion models fetch` (or `make setup`)"


def env_var(role: str) -> str:
    """Name of the environment variable that overrides a role's model."""
    return f"COMPANION_{role.upper()}_MODEL"


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown model role {role!r}; expected one of {', '.join(ROLES)}")


def _choose(role: str, override: str | None) -> tuple[str, str]:
    """(value, source) where source is override | env | default; aliases become catalog names."""
    if override:
        return canonical_name(override), "override"
    env = os.environ.get(env_var(role))
    if env:
        return canonical_name(env), "env"
    return DEFAULT_MODELS[role], "default"


def _where(source: str, role: str) -> str:
    return {
        "override": f"--{role} / the [models] {role} config key",
        "env": env_var(role),
        "default": "the default catalog entry",
    }.get(source, source)


def validate_model_path(role: str, path: Path, origin: str = "") -> Path:
    """Check ``path`` looks loadable for ``role``; return the path loaders should get.

    stt: folder with model.bin (a model.bin file is accepted and its folder returned);
    tts: .onnx with its .onnx.json beside it; llm and turn_words: file starting with b"GGUF";
    embedder: folder with tokenizer.json and a .safetensors or .onnx weights file;
    turn: an .onnx file (Smart Turn: Whisper log-mel features in, end-of-turn probability out).
    """
    _check_role(role)
    origin = f" (from {origin})" if origin else ""
    if not path.exists():
        raise ModelMissingError(f"{role} model not found at {path}{origin}; {_FETCH_HINT} "
                                "or point the setting at an existing model")
    if role == "stt":
        if path.is_file() and path.name == "model.bin":
            path = path.parent
        if not (path / "model.bin").is_file():
            raise ModelCorruptError(
                f"stt model {path}{origin} is not a faster-whisper (CTranslate2) folder: no "
                f"model.bin inside; point it at the folder holding model.bin, or {_FETCH_HINT}"
            )
    elif role == "tts":
        sidecar = path.with_name(path.name + ".json")
        if path.suffix != ".onnx" or not path.is_file():
            raise ModelCorruptError(f"tts model {path}{origin} is not a piper .onnx voice file; "
                                    f"point it at the .onnx, or {_FETCH_HINT}")
        if not sidecar.is_file():
            raise ModelCorruptError(f"tts voice {path}{origin} has no {sidecar.name} beside it; "
                                    "put the voice's config file next to the .onnx")
    elif role == "turn":
        if path.suffix != ".onnx" or not path.is_file():
            raise ModelCorruptError(f"turn model {path}{origin} is not an .onnx file; point it "
                                    f"at a Smart Turn .onnx, or {_FETCH_HINT}")
    elif role in ("llm", "turn_words"):
        if not path.is_file():
            raise ModelCorruptError(
                f"{role} model {path}{origin} is not a file; point it at a .gguf")
        with open(path, "rb") as fh:
            magic = fh.read(4)
        if magic != b"GGUF":
            raise ModelCorruptError(f"{role} model {path}{origin} is not a GGUF file (bad header); "
                                    f"use a llama.cpp .gguf model, or {_FETCH_HINT}")
    else:
        weights = [*path.glob("*.safetensors"), *path.glob("*.onnx"), *path.glob("onnx/*.onnx")]
        if not path.is_dir() or not (path / "tokenizer.json").is_file() or not weights:
            raise ModelCorruptError(
                f"embedder model {path}{origin} must be a folder with tokenizer.json and "
                f".safetensors/.onnx weights; {_FETCH_HINT}"
            )
    return path


def _catalog_spec(role: str, name: str, source: str) -> ModelSpec:
    spec = CATALOG[name]
    if spec.role != SERVED_BY.get(role, role):
        raise ModelMissingError(
            f"{name!r} (from {_where(source, role)}) is a {spec.role} model, not {role}; "
            f"{role} models: "
            + ", ".join(n for n, s in CATALOG.items() if s.role == SERVED_BY.get(role, role))
        )
    return spec


def _check_sizes(spec: ModelSpec, cache: Path | None, origin: str) -> None:
    folder = model_dir(spec, cache)
    for mf in spec.files:
        path = folder / mf.dest
        if not path.is_file():
            raise ModelMissingError(
                f"{spec.role} model {spec.name!r}{origin} is not installed (missing {path}); "
                + _FETCH_HINT
            )
        if path.stat().st_size != mf.size:
            raise ModelCorruptError(
                f"{spec.role} model file {path} has the wrong size (damaged or partial); "
                f"delete {folder} and {_FETCH_HINT}"
            )


def resolve_model(role: str, override: str | None = None, cache: Path | None = None) -> Path:
    """Path that the loader for ``role`` should open. Cheap (stat calls only), never downloads."""
    _check_role(role)
    value, source = _choose(role, override)
    return _resolve_value(role, value, source, cache)


def _resolve_value(role: str, value: str, source: str, cache: Path | None) -> Path:
    where = _where(source, role) if source in ("override", "env") else ""
    origin = f" (from {where})" if where else ""
    if value in CATALOG:
        spec = _catalog_spec(role, value, source)
        _check_sizes(spec, cache, origin)
        return validate_model_path(role, entry_path(spec, cache), where)
    path = Path(value).expanduser()
    if not path.exists():
        raise ModelMissingError(
            f"{role} model {value!r}{origin} is neither a catalog name nor an existing path: "
            "fix the path, or use a catalog model ("
            + ", ".join(n for n, s in CATALOG.items() if s.role == role)
            + ") fetched with `companion models fetch --all`"
        )
    return validate_model_path(role, path, where)


@dataclass
class ModelStatus:
    """One row of `companion models`."""

    role: str
    name: str
    path: Path
    source: str  # override | env | default | catalog (non-active catalog entry)
    size_bytes: int
    present: bool
    problem: str = ""  # one-line reason when the model is absent or looks wrong

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (path as str)."""
        data = asdict(self)
        data["path"] = str(self.path)
        return data


def _disk_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return 0


def _status_row(role: str, value: str, source: str, cache: Path | None) -> ModelStatus:
    spec = CATALOG.get(value)
    name = value if spec else Path(value).name
    path = entry_path(spec, cache) if spec else Path(value).expanduser()
    try:
        path = _resolve_value(role, value, source, cache)
        present, problem = True, ""
    except (ModelMissingError, ModelCorruptError, OSError) as exc:
        present, problem = False, str(exc)
    # For catalog models report what the registry says (also what a fetch will put on disk).
    size = spec.size if spec else _disk_size(path)
    return ModelStatus(role, name, path, source, size, present, problem)


def model_status(
    overrides: dict[str, str | None] | None = None,
    cache: Path | None = None,
    all_catalog: bool = False,
) -> list[ModelStatus]:
    """One row per role for the active model; with ``all_catalog`` also the other catalog entries
    (source "catalog"), e.g. the alternative LLM."""
    overrides = overrides or {}
    rows: list[ModelStatus] = []
    for role in ROLES:
        value, source = _choose(role, overrides.get(role))
        rows.append(_status_row(role, value, source, cache))
    if all_catalog:
        active = {r.name for r in rows}
        rows += [
            _status_row(spec.role, name, "catalog", cache)
            for name, spec in CATALOG.items()
            if name not in active
        ]
    return rows


def verify_model(
    role: str,
    override: str | None = None,
    cache: Path | None = None,
    deep: bool = False,
) -> list[str]:
    """Problems with the model a role would load ([] = fine). Never raises for model problems.

    Catalog models are checked against the registry checksums: by default through the
    ``.verified`` stamp (stat only, fast enough for `companion doctor`); ``deep`` re-hashes every
    file. Local-path models have no known checksum: only their shape is checked.
    """
    _check_role(role)
    try:
        resolve_model(role, override, cache)
    except (ModelMissingError, ModelCorruptError, OSError) as exc:
        return [str(exc)]
    value, _source = _choose(role, override)
    spec = CATALOG.get(value)
    if spec is None:
        return []
    folder = model_dir(spec, cache if cache is not None else cache_dir())
    if not deep:
        if is_fetched(spec, cache):
            return []
        if read_stamp(folder) is None:
            return [f"{spec.name}: no checksum stamp in {folder}; {_FETCH_HINT} to verify it"]
        return [f"{spec.name}: files changed since they were verified; {_FETCH_HINT}"]
    problems = []
    for mf in spec.files:
        if sha256_file(folder / mf.dest) != mf.sha256:
            problems.append(
                f"{spec.name}: {mf.dest} fails its sha256 check; delete {folder} and {_FETCH_HINT}"
            )
    return problems


def _human_size(n: int) -> str:
    if n < 1000:
        return f"{n} B"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def format_model_status(statuses: list[ModelStatus]) -> str:
    """Plain-text table for `companion models`; problems are listed under the table."""
    header = ("ROLE", "NAME", "SOURCE", "SIZE", "STATE", "PATH")
    rows = [
        (s.role, s.name, s.source, _human_size(s.size_bytes), "ok" if s.present else "MISSING",
         str(s.path))
        for s in statuses
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in (header, *rows)
    ]
    lines += [f"! {s.role}: {s.problem}" for s in statuses if s.problem]
    return "\n".join(lines)
