"""The SQLite side of memory: schema, one connection per thread, writes that fail clearly.

SQLite in WAL mode is the source of truth. Readers never wait for the writer (WAL), so the
pipeline can search from one thread while another thread saves the last turn. Each thread gets
its own connection; writes are serialized by a lock so the FAISS index is updated in the same
order as the database.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from memory.errors import MemoryCorruptError, MemoryOpenError, MemoryStoreError, MemoryWriteError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

# AUTOINCREMENT: ids are never reused after a forget, so a stale id left in a saved FAISS file
# can never point at a newer, different memory.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS memories(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('turn', 'fact', 'summary')),
    role TEXT,
    session TEXT,
    ts REAL NOT NULL,
    text TEXT NOT NULL,
    category TEXT,
    slot TEXT,
    value TEXT,
    superseded_by INTEGER,
    superseded_at REAL,
    due REAL,
    followed_up REAL,
    feeling TEXT,
    source_ids TEXT NOT NULL DEFAULT '[]',
    vector BLOB,
    about_start REAL,
    about_end REAL
);
CREATE INDEX IF NOT EXISTS memories_profile_ts ON memories(profile, ts);
CREATE INDEX IF NOT EXISTS memories_slot ON memories(profile, slot) WHERE slot IS NOT NULL;
CREATE INDEX IF NOT EXISTS memories_due ON memories(profile, due) WHERE due IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS memories_fts USING fts5(
    text, content='memories', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS memories_ai AFTER INSERT ON memories BEGIN
    INSERT INTO memories_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS memories_ad AFTER DELETE ON memories BEGIN
    INSERT INTO memories_fts(memories_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS memories_au AFTER UPDATE OF text ON memories BEGIN
    INSERT INTO memories_fts(memories_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO memories_fts(rowid, text) VALUES (new.id, new.text);
END;
"""
# Version 2: the day a memory is about ("last Saturday" said on a Monday), resolved when saved.
_V2_COLUMNS = ("about_start", "about_end")
_V2_INDEXES = ("CREATE INDEX IF NOT EXISTS memories_about ON memories(profile, about_start) "
               "WHERE about_start IS NOT NULL",
               "CREATE INDEX IF NOT EXISTS memories_role ON memories(profile, role COLLATE NOCASE)")

_FULL_MARKERS = ("database or disk is full", "disk i/o error")
_READONLY_MARKERS = ("readonly", "read-only", "unable to open", "permission denied")
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "disk image")


def corrupt_error(path: Path, detail: object) -> MemoryCorruptError:
    """The one line that says the database is damaged and how to recover."""
    said = " ".join(str(detail).replace("*", " ").split())
    said = said if len(said) <= 120 else said[:117] + "..."
    return MemoryCorruptError(
        f"The memory database {path} is damaged ({said}). Conversations go on without memory "
        f"until it is replaced: move it aside (mv {path} {path}.broken) to start fresh, then "
        "`companion memory import` an export if you have one.")


def read_error(exc: sqlite3.DatabaseError, path: Path) -> MemoryStoreError:
    """A failed read: damage gets the recovery line, anything else one clear line."""
    if any(m in str(exc).lower() for m in _CORRUPT_MARKERS):
        return corrupt_error(path, exc)
    return MemoryStoreError(f"Memory could not be read from {path}: {exc}")


def write_error(exc: BaseException, where: Path) -> MemoryWriteError:
    """The one-line, actionable error for a failed write."""
    text = str(exc).lower()
    if any(m in text for m in _FULL_MARKERS) or getattr(exc, "errno", None) == 28:
        reason = f"the disk holding {where} is full; free some space"
    elif any(m in text for m in _READONLY_MARKERS) or getattr(exc, "errno", None) in (1, 13, 30):
        reason = f"{where} is read-only; make it writable or choose another --home"
    else:
        reason = f"{exc}; check the disk and the folder {where}"
    return MemoryWriteError(f"Memory could not be saved: {reason} (the conversation goes on "
                            "without saving memories).")


class Database:
    """Thread-local SQLite connections to ``memory.db`` in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "memory.db"
        self.read_only_reason: str | None = None
        self._uri: str = str(self.path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self.write_lock = threading.RLock()
        self._open()

    def _open(self) -> None:
        if self.path.exists() and not self.path.is_file():
            raise corrupt_error(self.path, "it is not a file")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = self._new_connection(self._uri, uri=False)
            conn.execute("PRAGMA journal_mode=WAL")
            with conn:
                _create_schema(conn)
            _check(conn, self.path)
            self._adopt(conn)
            return
        except sqlite3.OperationalError as exc:
            if not _is_read_only(exc):
                raise corrupt_error(self.path, exc) from exc
            failure: BaseException = exc
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
            raise corrupt_error(self.path, exc) from exc
        except OSError as exc:
            failure = exc
        # Reads must keep working when the folder cannot be written: read-only, then immutable
        # (a WAL database in a read-only folder can only be opened without its -shm file).
        self.read_only_reason = str(write_error(failure, self.folder))
        log.warning("memory is read-only: %s", failure)
        if self.path.is_file():
            damage: sqlite3.DatabaseError | None = None
            for params in ("mode=ro", "immutable=1"):
                uri = f"file:{self.path}?{params}"
                try:
                    conn = self._new_connection(uri, uri=True)
                    _check(conn, self.path)
                except MemoryCorruptError:
                    raise
                except sqlite3.DatabaseError as exc:
                    damage = exc if not isinstance(exc, sqlite3.OperationalError) else damage
                    continue
                self._uri = uri
                self._adopt(conn)
                return
            if damage is not None:
                raise corrupt_error(self.path, damage)
        # No database to read: an empty in-memory one keeps every read path working.
        self._uri = "file:memory-empty?mode=memory&cache=shared"
        try:
            conn = self._new_connection(self._uri, uri=True)
            _create_schema(conn)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - sqlite without FTS5
            raise MemoryOpenError(f"Memory cannot be opened at {self.path}: {exc}") from exc
        self._adopt(conn)

    @staticmethod
    def _new_connection(target: str, uri: bool) -> sqlite3.Connection:
        # isolation_level=None: we open transactions ourselves (BEGIN IMMEDIATE in write()).
        conn = sqlite3.connect(target, uri=uri, timeout=10.0, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=10000")
        # FULL: a turn whose add() returned survives even a power cut (one fsync per turn).
        conn.execute("PRAGMA synchronous=FULL")
        # Forgotten memories are overwritten on disk, not just unlinked.
        conn.execute("PRAGMA secure_delete=ON")
        return conn

    def _adopt(self, conn: sqlite3.Connection) -> None:
        self._local.conn = conn
        with self._all_lock:
            self._all.append(conn)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = self._new_connection(self._uri, uri=self._uri.startswith("file:"))
            except sqlite3.DatabaseError as exc:
                raise MemoryOpenError(f"Memory cannot be opened at {self.path}: {exc}") from exc
            self._adopt(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure becomes a MemoryWriteError, nothing half-written."""
        if self.read_only_reason:
            raise MemoryWriteError(self.read_only_reason)
        with self.write_lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise write_error(exc, self.folder) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError):
                    raise write_error(exc, self.folder) from exc
                raise

    def scrub(self) -> None:
        """After a forget: leave no byte of the forgotten text in any file. FTS5 keeps deleted
        tokens in old segments until they merge ('optimize' merges them all); secure_delete
        zeroes freed pages and deleted cells; the WAL keeps old page images until a checkpoint
        (TRUNCATE empties it). Measured: nothing is left for VACUUM to remove."""
        with self.write_lock:
            conn = self.conn
            try:
                conn.execute("INSERT INTO memories_fts(memories_fts) VALUES ('optimize')")
                for _ in range(3):
                    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    if not busy:
                        return
                log.warning("memory.scrub: a reader kept the WAL busy; forgotten text stays in "
                            "%s-wal until the next checkpoint", self.path)
            except sqlite3.DatabaseError as exc:
                raise write_error(exc, self.folder) from exc

    def close(self) -> None:
        with self._all_lock:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                conn.close()
            except sqlite3.Error as exc:  # pragma: no cover - closing twice
                log.debug("closing a memory connection: %s", exc)
        self._local = threading.local()


def _create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    have = {r[1] for r in conn.execute("PRAGMA table_info(memories)")}
    for column in _V2_COLUMNS:
        if column not in have:  # a version-1 database: the new columns start empty
            conn.execute(f"ALTER TABLE memories ADD COLUMN {column} REAL")
    for index in _V2_INDEXES:
        conn.execute(index)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)",
                 (str(SCHEMA_VERSION),))


def _is_read_only(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(m in text for m in _READONLY_MARKERS) and not any(
        m in text for m in _CORRUPT_MARKERS)


def _check(conn: sqlite3.Connection, path: Path) -> None:
    """Damage shows up now, as one clear error, rather than in the middle of a turn: the
    first pages of every table and index are read (a cheap check, not a full scan)."""
    (result,) = conn.execute("PRAGMA quick_check(1)").fetchone()
    if result != "ok":
        raise corrupt_error(path, result)
