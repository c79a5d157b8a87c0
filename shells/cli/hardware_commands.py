"""CLI pieces for hardware profiles, MoE upcycling, model pulls and the doctor's options.

shells.cli.main wires them in (the CLI is the only place that joins the packages):
``register_models_actions(models_sub)`` / ``handle_models_action(args)`` for
`companion models upcycle-moe|pull`, ``register_profile_option(parser)`` for the global
``--profile``, ``register_doctor_options(doctor)`` / ``doctor_command(args)`` for
`companion doctor`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = [
    "doctor_command",
    "handle_models_action",
    "register_doctor_options",
    "register_models_actions",
    "register_profile_option",
]


def register_models_actions(models_sub: Any) -> None:
    """Add `upcycle-moe` and `pull` to the `companion models` sub-parsers."""
    up = models_sub.add_parser(
        "upcycle-moe", help="turn the default dense LLM into a Mixtral-style MoE (offline test)")
    up.add_argument("--src", help="dense GGUF: catalog name or path (default: the default LLM)")
    up.add_argument("--out", type=Path, help="where to write it (default: the model cache)")
    up.add_argument("--experts", type=int, default=4, help="experts per layer (default 4)")
    up.add_argument("--used", type=int, default=2, help="experts used per token (default 2)")
    up.add_argument("--no-progress", action="store_true", help="no progress bar")
    pull = models_sub.add_parser(
        "pull", help="download a recommended model or any URL into the cache (resumable)")
    pull.add_argument("source", metavar="NAME_OR_URL",
                      help="a recommended model name (see hardware/README.md) or an http(s) URL")
    pull.add_argument("--sha256", help="expected sha256 of the file; a mismatch is refused")
    pull.add_argument("--name", help="cache folder name (default: from the name or URL)")
    pull.add_argument("--no-progress", action="store_true", help="no progress bar")


def handle_models_action(args: argparse.Namespace) -> int | None:
    """Run `models upcycle-moe` / `models pull`; None when the action is not one of these."""
    action = getattr(args, "models_command", None)
    progress = not getattr(args, "no_progress", False) and sys.stderr.isatty()
    if action == "upcycle-moe":
        from models.resolve import resolve_model
        from models.upcycle import upcycle_moe

        src = resolve_model("llm", args.src)
        path = upcycle_moe(src, args.out, experts=args.experts, used=args.used,
                           progress=progress)
        print(f"{path}  ({args.experts} experts, {args.used} used per token)")
        print(f"use it with: companion --llm {path} chat")
        return 0
    if action == "pull":
        from models.pull import pull_model

        path = pull_model(args.source, sha256=args.sha256, name=args.name, progress=progress)
        print(path)
        return 0
    return None


def register_profile_option(parser: argparse.ArgumentParser, **kwargs: Any) -> None:
    """The global ``--profile NAME`` (default: detected from this box)."""
    from hardware.profiles import PROFILES

    parser.add_argument("--profile", choices=list(PROFILES), metavar="PROFILE",
                        help="hardware profile: " + ", ".join(PROFILES)
                        + " (default: detected; see `companion doctor`)", **kwargs)


def register_doctor_options(doctor: argparse.ArgumentParser) -> None:
    """`companion doctor [--deep] [--quick] [--mqtt URL] [--json]`."""
    doctor.add_argument("--deep", action="store_true",
                        help="re-hash every model file against its checksum (slower)")
    doctor.add_argument("--quick", action="store_true",
                        help="skip loading the models for the measured probe (< 2 s)")
    doctor.add_argument("--mqtt", metavar="URL", help="also check this broker accepts TCP")
    doctor.add_argument("--json", action="store_true", help="print the checks as JSON")


def doctor_command(args: argparse.Namespace, overrides: dict[str, str | None] | None = None,
                   echo_mode: str = "auto", turn_model: bool = True,
                   turn_words: bool = True, region: str = "") -> int:
    """Run the doctor with the options above (and the global ``--profile`` if wired); the
    listening lines say what this config's ``[audio] echo``, ``turn_model`` and ``turn_words``
    make active, the help line which one a crisis reply names for this ``region``."""
    from hardware.doctor import doctor_ok, format_report, run_doctor

    checks = run_doctor(overrides, deep=getattr(args, "deep", False),
                        probe=not getattr(args, "quick", False),
                        broker_url=getattr(args, "mqtt", None),
                        profile=getattr(args, "profile", None), echo_mode=echo_mode,
                        turn_model=turn_model, turn_words=turn_words)
    checks.append(help_line_check(region))
    if getattr(args, "json", False):
        print(json.dumps([c.to_dict() for c in checks], indent=2))
    else:
        print(format_report(checks))
    return 0 if doctor_ok(checks) else 1


def help_line_check(region: str) -> Any:  # noqa: ANN401 - a hardware.doctor.Check
    """Which help line a crisis reply names here; a warning when the country is not known."""
    from hardware.doctor import Check
    from pipeline.helplines import helpline_for, known_regions

    helpline = helpline_for(region)
    if helpline.country:
        return Check("help line", True, f"{helpline.country}: {helpline.line} (from "
                     f"{helpline.why})")
    why = f" ({helpline.why})" if helpline.why else ""
    return Check("help line", False, f"country not known{why}: the city the user says they "
                 "live in decides, else a crisis reply names 988 (US) and 'your local crisis "
                 "line'", "set region in config.toml to your "
                 f"country: {', '.join(known_regions())}", required=False)
