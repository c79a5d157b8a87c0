"""Memory survives crashes, lost or damaged index files, a full disk and a read-only folder."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from memory import MemoryStore, MemoryWriteError
from memory.dense import index_path

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys
from datetime import datetime
from memory import MemoryStore
store = MemoryStore(sys.argv[1], progress=False)
store.embedder.embed_one("warm up")  # kills should land in add(), not in start-up
print("ready", flush=True)
i = int(sys.argv[2])
while True:
    turn_id = store.add(f"Note {i}: my dog Biscuit likes the park number {i}.",
                        timestamp=datetime(2026, 1, 1), profile="p")
    print(turn_id, flush=True)  # only after add() returned
    i += 1
"""



def test_sigkill_at_random_moments_loses_no_acknowledged_turn(tmp_path, embedder):
    folder = tmp_path / "mem"
    rng = random.Random(11)
    acknowledged: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kills = 0
    for round_no in range(20):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(round_no * 1000)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        # A few writes acknowledged first, however slow the machine, then a kill at a random
        # moment: mid-embedding, mid-commit or mid-index-update.
        for _ in range(rng.randint(1, 4)):
            acknowledged.add(int(child.stdout.readline()))
        time.sleep(rng.uniform(0.0, 0.1))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        kills += child.returncode == -signal.SIGKILL
        acknowledged |= {int(line) for line in out.split() if line.isdigit()}
        with MemoryStore(folder, embedder=embedder, progress=False) as store:
            present = {h.id for h in store.recent("p", limit=100_000, kind="turn")}
            assert acknowledged <= present, f"round {round_no}: lost {acknowledged - present}"
            status = store.index_status("p")
            assert status["agree"], status
    assert kills == 20 and len(acknowledged) >= 20, len(acknowledged)


@pytest.mark.parametrize("damage", ["missing", "corrupt", "truncated"])
def test_broken_index_file_is_rebuilt(tmp_path, embedder, damage, capsys):
    folder = tmp_path / "mem"
    with MemoryStore(folder, embedder=embedder, progress=False) as store:
        ids = store.add_many([(f"Fact {i}: I like colour number {i}.", "user", None, None)
                              for i in range(40)], "p")
    path = index_path(folder, "p")
    if damage == "missing":
        path.unlink()
    elif damage == "corrupt":
        path.write_bytes(b"this is not a faiss index" * 10)
    else:
        path.write_bytes(path.read_bytes()[:200])
    with MemoryStore(folder, embedder=embedder, progress=True) as store:
        hits = store.search("colour number 7", k=3, profile="p")
        assert ids[7] in {h.id for h in hits} | {s for h in hits for s in h.source_ids}
        status = store.index_status("p")
        assert status["agree"] and status["opened"].startswith("rebuilt")
    assert "Rebuilding memory index" in capsys.readouterr().err  # the progress bar
    assert path.is_file()  # saved again, so the next start is quick


def test_full_disk_gives_a_clear_error_and_reads_go_on(tmp_path, embedder):
    """Simulated at the SQLite level: ``PRAGMA max_page_count`` caps the database at its current
    size, so the next write fails with SQLITE_FULL, the same error a full disk gives."""
    with MemoryStore(tmp_path / "mem", embedder=embedder, progress=False) as store:
        store.add("My dog is called Biscuit.", profile="p")
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(MemoryWriteError) as info:
            store.add("A long story. " * 2000, profile="p")
        message = str(info.value)
        assert "disk" in message and "full" in message and "\n" not in message
        assert "Biscuit" in store.search("dog's name", k=1, profile="p")[0].text
        assert store.index_status("p")["agree"]  # the failed add left no half-written memory
        store.db.conn.execute(f"PRAGMA max_page_count = {pages * 1000}")
        store.add("Space again: I love tea.", profile="p")  # usable once space is back


READ_ONLY_CHILD = """
import os, sys
from memory import MemoryStore, MemoryWriteError
from memory.embedder import load_embedder
embedder = load_embedder()          # the model cache may be unreadable to the unprivileged user
if os.geteuid() == 0:
    os.setgid(65534); os.setuid(65534)  # drop root: permissions apply again
store = MemoryStore(sys.argv[1], embedder=embedder, progress=False)
print("read_only", store.read_only)
print("hit", store.search("dog's name", k=1, profile="p")[0].text)
try:
    store.add("I moved to Porto.", profile="p")
    print("write ok")
except MemoryWriteError as exc:
    print("error", exc)
store.close()
"""


def test_read_only_folder_reads_work_and_writes_fail_clearly(embedder):
    """A real read-only folder: as root, the child drops to user 'nobody' before opening the
    store (root ignores permission bits); otherwise the folder is simply chmod'ed."""
    base = Path(tempfile.mkdtemp(prefix="memory-ro-"))
    try:
        folder = base / "mem"
        with MemoryStore(folder, embedder=embedder, progress=False) as store:
            store.add("My dog is called Biscuit.", profile="p")
        os.chmod(base, 0o755)
        for path in [folder, *folder.rglob("*")]:
            os.chmod(path, 0o555 if path.is_dir() else 0o444)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-c", READ_ONLY_CHILD, str(folder)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines())
        assert lines["read_only"] == "True"
        assert "Biscuit" in lines["hit"]
        assert "read-only" in lines["error"] and "without saving memories" in lines["error"]
    finally:
        for path in [base, *base.rglob("*")]:
            os.chmod(path, 0o755)
        shutil.rmtree(base)


def test_no_database_in_a_read_only_folder_still_answers_reads(embedder, monkeypatch):
    """Opening fails at the OS boundary (simulated: sqlite3.connect raises as for EACCES);
    the store then serves empty reads and refuses writes with one clear line."""
    import sqlite3

    from memory import db

    real_connect = sqlite3.connect

    def refuse(target: str, *args, **kwargs):
        if "memory-empty" not in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(db.sqlite3, "connect", refuse)
    with tempfile.TemporaryDirectory() as tmp:
        store = MemoryStore(Path(tmp) / "mem", embedder=embedder, progress=False)
        assert store.read_only and store.search("anything", profile="p") == []
        with pytest.raises(MemoryWriteError, match="read-only"):
            store.add("hello", profile="p")
        store.close()
