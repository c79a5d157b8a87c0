"""Bad input for memory, as a hostile user or a failing disk gives it (issue 15): damaged
databases, crafted imports, secrets that must be gone after forget, and whose memory it is.

Each case checks the exit code or exception, one clear line, no traceback, nothing lost or
half-written.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
from pathlib import Path

import pytest

from memory import MemoryCorruptError, MemoryImportError, MemoryStore
from models.errors import CompanionError
from tests.conftest import CliResult

pytestmark = pytest.mark.e2e



@pytest.fixture(scope="module")
def good_folder(tmp_path_factory, embedder) -> Path:
    folder = tmp_path_factory.mktemp("good") / "memory"
    with MemoryStore(folder, embedder=embedder, progress=False) as store:
        store.add_many([(f"Note {i}: the garden needs water and the cat wants food.", "user",
                         None, None) for i in range(300)], "default")
    return folder


def _random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(1).randbytes(db.stat().st_size))


def _bad_pages(db: Path) -> None:
    data = bytearray(db.read_bytes())
    rng = random.Random(2)
    for offset in range(4096 * 3, len(data), 4096 * 7):
        data[offset:offset + 512] = rng.randbytes(512)
    db.write_bytes(bytes(data))


def _truncated(db: Path) -> None:
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])


def _directory(db: Path) -> None:
    db.unlink()
    db.mkdir()


DAMAGE = {"random bytes": _random_bytes, "bad pages": _bad_pages, "truncated": _truncated,
          "a directory": _directory}


def damaged(good: Path, home: Path, how: str) -> Path:
    shutil.copytree(good, home / "memory")
    for extra in ("memory.db-wal", "memory.db-shm"):
        (home / "memory" / extra).unlink(missing_ok=True)
    DAMAGE[how](home / "memory" / "memory.db")
    return home


def one_error_line(result: CliResult) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert len(result.error_lines) == 1, result.stderr
    return result.error_lines[0]


# ----------------------------------------------------------------- damaged databases
@pytest.mark.parametrize("how", list(DAMAGE))
def test_a_damaged_database_is_one_clear_error(good_folder, companion_home, cli, embedder, how):
    home = damaged(good_folder, companion_home, how)
    with pytest.raises(MemoryCorruptError) as info:
        MemoryStore(home / "memory", embedder=embedder, progress=False)
    message = str(info.value)
    assert "\n" not in message and "move it aside" in message and "memory.db" in message
    assert isinstance(info.value, CompanionError)  # what the pipeline catches

    line = one_error_line(cli("memory", "stats"))
    assert "damaged" in line and "mv " in line


@pytest.mark.parametrize("how", ["random bytes", "a directory"])
def test_the_conversation_goes_on_without_a_damaged_memory(good_folder, companion_home, how,
                                                            caplog):
    from pipeline.config import Config
    from pipeline.engine import open_memory

    home = damaged(good_folder, companion_home, how)
    with caplog.at_level(logging.WARNING):
        assert open_memory(Config(home=home)) is None
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "move it aside" in warnings[0].getMessage()


# ----------------------------------------------------------------- imports
def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


GOOD = {"text": "My dog is called Biscuit.", "timestamp": "2026-01-05T10:00:00"}
BAD_IMPORTS = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\xff\xfe" * 50, "line 1 is not UTF-8"),
    "source_ids not a list": (_lines(GOOD, {"text": "a fact", "kind": "fact",
                                            "source_ids": 5}), "line 2: \"source_ids\""),
    "session an object": (_lines({"text": "hello", "session": {}}), "line 1: \"session\""),
    "text a number": (_lines({"text": 5}), "line 1 has no \"text\""),
    "unknown kind": (_lines({"text": "x", "kind": "dream"}), "unknown kind"),
    "bad timestamp": (_lines({"text": "x", "timestamp": "last tuesday"}), "ISO 8601"),
    "id a string": (_lines({"text": "x", "id": "7"}), "\"id\" must be a whole number"),
    "300 good, then 1 bad": (_lines(*[{"text": f"Good line {i}."} for i in range(300)],
                                    "{broken"), "line 301 is not JSON"),
}


@pytest.mark.parametrize("case", list(BAD_IMPORTS))
def test_a_bad_import_names_its_line_and_imports_nothing(tmp_path, companion_home, cli, embedder,
                                                        case):
    content, expected = BAD_IMPORTS[case]
    path = tmp_path / "in.jsonl"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    home = companion_home
    with MemoryStore(home / "memory", embedder=embedder, progress=False) as store:
        store.add("Already here.", profile="default")
        with pytest.raises(MemoryImportError, match=expected) as info:
            store.import_(path)
        assert "\n" not in str(info.value)
        assert store.stats()["turns"] == 1  # nothing of the file was written
    line = one_error_line(cli("memory", "import", str(path)))
    assert expected.split('"')[0].strip() in line
    with MemoryStore(home / "memory", embedder=embedder, progress=False) as store:
        assert store.stats()["turns"] == 1  # a retry cannot duplicate anything


def test_a_large_import_is_one_transaction(tmp_path, embedder):
    path = tmp_path / "in.jsonl"
    path.write_text(_lines(*[{"text": f"Line {i} about tomatoes.", "session": f"s{i // 50}"}
                             for i in range(600)]))
    with MemoryStore(tmp_path / "m", embedder=embedder, progress=False) as store:
        assert store.import_(path, "p") == 600
        assert store.stats("p")["turns"] == 600 and store.index_status("p")["agree"]


# ----------------------------------------------------------------- forgetting
def _files_holding(folder: Path, *secrets: bytes) -> list[str]:
    return sorted(f"{f.name}:{s.decode()}" for f in folder.rglob("*") if f.is_file()
                  for s in secrets if s in f.read_bytes())


@pytest.mark.parametrize("hnsw", [False, True])
def test_forgotten_words_are_gone_from_every_file(tmp_path, embedder, monkeypatch, hnsw):
    from memory import dense

    if hnsw:
        monkeypatch.setattr(dense, "HNSW_THRESHOLD", 40)
    folder = tmp_path / "memory"
    secrets = (b"4821", b"zanzibarqux")
    with MemoryStore(folder, embedder=embedder, progress=False) as store:
        store.add_many([(f"Note {i}: the garden needs water.", "user", None, None)
                        for i in range(60)], "alice", extract=False)
        secret = store.add("My bank PIN is 4821 and my password is zanzibarqux.",
                           profile="alice")
        store.add_many([(f"Later {i}: tomatoes and basil.", "user", None, None)
                        for i in range(20)], "alice", extract=False)
        store.flush()
        assert _files_holding(folder, *secrets)  # the check can see them
        assert secret in store.forget("bank PIN", profile="alice")
        assert _files_holding(folder, *secrets) == []  # while still open
        assert store.index_status("alice")["agree"]
        assert secret not in {int(i) for i in store.indexes.get("alice").ids()}
    assert _files_holding(folder, *secrets) == []
    with MemoryStore(folder, embedder=embedder, progress=False) as store:
        assert store.index_status("alice")["agree"]
        assert all("4821" not in h.text for h in store.search("bank PIN", profile="alice"))


# ----------------------------------------------------------------- whose memory
def test_user_and_profile_name_the_same_memory_everywhere(cli):
    added = cli("--user", "alice", "memory", "add", "my bank PIN is 4821")
    assert added.returncode == 0, added.stderr
    for who in (["--user", "bob"], ["--user", "default"]):
        found = cli(*who, "memory", "search", "bank PIN", "--json")
        assert found.returncode == 0 and "4821" not in found.stdout, (who, found.stdout)
    assert "4821" not in cli("memory", "search", "bank PIN", "--json").stdout
    for args in (["--user", "alice", "memory", "search", "bank PIN", "--json"],
                 ["memory", "search", "bank PIN", "--user", "alice", "--json"],
                 ["memory", "search", "bank PIN", "--profile", "alice", "--json"]):
        found = cli(*args)
        assert found.returncode == 0 and "4821" in found.stdout, (args, found.stderr)
    line = one_error_line(cli("--user", "alice", "memory", "search", "PIN", "--profile", "bob"))
    assert "two people" in line
