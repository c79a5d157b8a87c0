"""Personas: who the companion is (name, system prompt, voice, speaking rate), from TOML files.

Built-in personas ship in ``pipeline/personas``; a user's own live in ``$COMPANION_HOME/personas``
and win over built-ins of the same name.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from models.errors import CompanionError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BUILTIN_DIR = Path(__file__).parent / "personas"


class PersonaError(CompanionError):
    """An unknown or malformed persona."""


@dataclass(frozen=True)
class Persona:
    name: str
    system_prompt: str
    voice: str | None = None
    speaking_rate: float = 1.0
    fast_answers: bool = True  # reasoning models: switch thinking off where the model allows

    @property
    def length_scale(self) -> float:
        """Piper's length_scale is duration per phoneme: the inverse of the speaking rate."""
        return 1.0 / self.speaking_rate


def available_personas(home: Path | None) -> dict[str, Path]:
    """Persona key (file stem, lower case) -> file; the user's files override built-ins."""
    found = {p.stem.lower(): p for p in sorted(BUILTIN_DIR.glob("*.toml"))}
    if home is not None:
        found.update({p.stem.lower(): p for p in sorted((home / "personas").glob("*.toml"))})
    return found


def load_persona(name_or_path: str, home: Path | None = None) -> Persona:
    """Load a persona by name (built-in or user's) or from a TOML file path."""
    path = Path(name_or_path).expanduser()
    if not (path.suffix == ".toml" and path.is_file()):
        known = available_personas(home)
        if name_or_path.lower() not in known:
            where = f" or add {home / 'personas' / (name_or_path + '.toml')}" if home else ""
            raise PersonaError(
                f"Unknown persona {name_or_path!r}. Available: {', '.join(sorted(known))}"
                f" (choose one with --persona{where})."
            )
        path = known[name_or_path.lower()]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PersonaError(f"Persona file {path} cannot be read: {exc}. Fix the TOML.") from exc
    return _persona_from_dict(data, path)


def _persona_from_dict(data: dict, path: Path) -> Persona:
    unknown = set(data) - {"name", "system_prompt", "voice", "speaking_rate", "fast_answers"}
    if unknown:
        raise PersonaError(f"Persona file {path} has unknown keys: {', '.join(sorted(unknown))}.")
    if not isinstance(data.get("system_prompt"), str) or not data["system_prompt"].strip():
        raise PersonaError(f"Persona file {path} needs a non-empty system_prompt string.")
    rate = data.get("speaking_rate", 1.0)
    if not isinstance(rate, (int, float)) or not 0.5 <= rate <= 2.0:
        raise PersonaError(f"Persona file {path}: speaking_rate must be a number from 0.5 to 2.0.")
    voice = data.get("voice")
    if voice is not None and not isinstance(voice, str):
        raise PersonaError(f"Persona file {path}: voice must be a model name or a path.")
    fast = data.get("fast_answers", True)
    if not isinstance(fast, bool):
        raise PersonaError(f"Persona file {path}: fast_answers must be true or false.")
    return Persona(
        name=str(data.get("name", path.stem)),
        system_prompt=data["system_prompt"].strip(),
        voice=voice,
        speaking_rate=float(rate),
        fast_answers=fast,
    )
