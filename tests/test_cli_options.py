"""Global options work before or after the command, as users type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from shells.cli.main import build_parser


@pytest.mark.parametrize("argv", [
    ["--home", "/data", "--user", "ana", "say", "in.wav", "--out", "out.wav"],
    ["say", "in.wav", "--out", "out.wav", "--home", "/data", "--user", "ana"],
    ["--home", "/data", "say", "in.wav", "--user", "ana", "--out", "out.wav"],
])
def test_global_options_on_either_side(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.command == "say" and args.home == Path("/data") and args.user == "ana"
    assert args.input == Path("in.wav") and args.out == Path("out.wav")


def test_an_option_before_the_command_is_not_reset_after_it() -> None:
    args = build_parser().parse_args(["--llm", "tiny", "-v", "chat"])
    assert args.llm == "tiny" and args.verbose == 1


def test_nested_commands_take_them_too() -> None:
    args = build_parser().parse_args(["memory", "search", "dog", "--home", "/h", "--json"])
    assert args.home == Path("/h") and args.query == "dog" and args.json
    args = build_parser().parse_args(["models", "fetch", "--home", "/h"])
    assert args.home == Path("/h")


def test_a_commands_own_option_keeps_its_meaning() -> None:
    """`memory ... --profile P` names whose memories; the global --profile is hardware."""
    args = build_parser().parse_args(["--profile", "cpu-2core", "memory", "list",
                                      "--profile", "alice"])
    assert args.profile == "alice"
    assert build_parser().parse_args(["--profile", "cpu-2core", "chat"]).profile == "cpu-2core"
