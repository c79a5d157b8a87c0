"""`companion memory ...` through memory_commands.register/handle, as the CLI wires them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from models.errors import CompanionError
from shells.cli import memory_commands

pytestmark = pytest.mark.e2e


def run(home: Path, capsys, *argv: str) -> str:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", type=Path)
    parser.add_argument("--config", type=Path)
    memory_commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--home", str(home), *argv])
    assert memory_commands.handle(args) == 0
    return capsys.readouterr().out


def test_memory_commands_end_to_end(tmp_path, capsys):
    home = tmp_path / "home"
    out = run(home, capsys, "memory", "add", "My dog is called Biscuit", "--profile", "alice",
              "--json")
    turn_id = json.loads(out)["id"]
    run(home, capsys, "memory", "add", "I live in Leeds", "--profile", "bob",
        "--time", "2026-05-01T10:00")
    hits = json.loads(run(home, capsys, "memory", "search", "what's my dog called?",
                          "--profile", "alice", "--json"))
    assert hits[0]["id"] == turn_id and {"id", "text", "score", "kind", "timestamp",
                                         "source_ids"} <= set(hits[0])
    assert all("Leeds" not in h["text"] for h in hits)
    listed = run(home, capsys, "memory", "list", "--profile", "bob")
    assert "I live in Leeds" in listed and "2026-05-01" in listed
    stats = json.loads(run(home, capsys, "memory", "stats", "--json"))
    assert stats["turns"] == 2 and stats["profiles"] == ["alice", "bob"]
    export = tmp_path / "all.jsonl"
    run(home, capsys, "memory", "export", str(export))
    assert len(export.read_text().splitlines()) == 4  # two turns, two facts
    assert (home / "memory" / "memory.db").is_file()

    other = tmp_path / "other"
    imported = json.loads(run(other, capsys, "memory", "import", str(export), "--json"))
    assert imported == {"imported": 4}
    forgotten = json.loads(run(other, capsys, "memory", "forget", "dog", "--profile", "alice",
                               "--json"))
    assert len(forgotten["forgotten"]) == 2
    assert json.loads(run(other, capsys, "memory", "stats", "--json"))["turns"] == 1


def test_memory_command_errors_are_one_line(tmp_path, capsys):
    with pytest.raises(CompanionError, match="Say what to forget"):
        run(tmp_path, capsys, "memory", "forget")
    with pytest.raises(CompanionError, match="does not exist"):
        run(tmp_path, capsys, "memory", "import", str(tmp_path / "nope.jsonl"))
    with pytest.raises(CompanionError, match="ISO 8601"):
        run(tmp_path, capsys, "memory", "add", "hi", "--time", "last tuesday")
