"""Where fetched models live on disk."""

from __future__ import annotations

import os
from pathlib import Path

from models.registry import ModelSpec


def cache_dir() -> Path:
    """The model cache: $COMPANION_CACHE, else $XDG_CACHE_HOME/companion/models, else
    ~/.cache/companion/models. Not created here (callers that write create it)."""
    explicit = os.environ.get("COMPANION_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "companion" / "models"


def wheels_dir(cache: Path | None = None) -> Path:
    """Downloaded wheels are kept here so re-extraction needs no network."""
    return (cache if cache is not None else cache_dir()) / "wheels"


def model_dir(spec: ModelSpec, cache: Path | None = None) -> Path:
    """The folder one model's files are extracted into."""
    return (cache if cache is not None else cache_dir()) / spec.name


def entry_path(spec: ModelSpec, cache: Path | None = None) -> Path:
    """What loaders get for this model (dir, .onnx or .gguf)."""
    return model_dir(spec, cache) / spec.entry
