"""`MemoryStore`: the memory API (a contract: scripts use it; see memory/__init__.py).

SQLite holds everything (turns, facts, summaries, their vectors); FAISS and FTS5 are indexes
over it. Thread-safe: the pipeline searches from one thread while another adds the last turn.
Profiles isolate people: every query filters on the profile in SQL, and each profile has its own
FAISS index, so a search can never return another profile's memory.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from memory import dense
from memory.affect import followup_question
from memory.db import Database
from memory.errors import MemoryWriteError
from memory.extract import Extractor, Fact, extract_facts
from memory.hits import Followup, Hit, TextEmbedder, from_ts, hit_from_row, to_blob, to_ts
from memory.retrieval import DEFAULT_WEIGHTS, Weights
from memory.search import hybrid_search
from memory.timecues import spoken_when

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "default"
_COLUMNS = ("id, profile, kind, role, session, ts, text, category, slot, value, superseded_by, "
            "superseded_at, due, followed_up, feeling, source_ids")


class MemoryStore:
    """Persistent memory in folder ``path`` (created if needed)."""

    def __init__(self, path: str | Path, *, embedder: TextEmbedder | None = None,
                 extractor: Extractor | None = None, progress: bool = True,
                 weights: Weights = DEFAULT_WEIGHTS) -> None:
        self.path = Path(path).expanduser()
        self.db = Database(self.path)
        self._embedder = embedder
        self.extractor = extractor
        self.progress = progress
        self.weights = weights
        self._indexes: dict[str, dense.ProfileIndex] = {}
        self._index_lock = threading.RLock()
        self.index_events: dict[str, str] = {}  # profile -> what opening its index did

    # ----------------------------------------------------------------- plumbing
    @property
    def read_only(self) -> bool:
        return self.db.read_only_reason is not None

    @property
    def embedder(self) -> TextEmbedder:
        if self._embedder is None:
            from memory.embedder import load_embedder

            self._embedder = load_embedder()
        return self._embedder

    def _index(self, profile: str) -> dense.ProfileIndex:
        with self._index_lock:
            index = self._indexes.get(profile)
            if index is None:
                index = self._open_index(profile)
                self._indexes[profile] = index
            return index

    def _open_index(self, profile: str, rebuild: str = "") -> dense.ProfileIndex:
        """Load (and repair) the profile's index; ``rebuild`` says why to build it afresh."""
        path = dense.index_path(self.path, profile)
        db_ids = np.array([r[0] for r in self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND vector IS NOT NULL", (profile,))],
            np.int64)

        def source() -> Any:
            cur = self.db.conn.execute("SELECT id, vector FROM memories WHERE profile = ? AND "
                                       "vector IS NOT NULL ORDER BY id", (profile,))
            while rows := cur.fetchmany(4096):
                yield self._unpack(rows)

        def fetch(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            marks = ",".join("?" * len(ids))
            rows = self.db.conn.execute(f"SELECT id, vector FROM memories WHERE id IN ({marks})",
                                        [int(i) for i in ids]).fetchall()
            return self._unpack(rows)

        dim = self._embedder.dim if self._embedder is not None else 384
        if rebuild:
            current = self._indexes.get(profile)
            index = dense.build(dim, path, len(db_ids), source, rebuild, self.progress,
                                current is not None and current.hnsw)
            event = f"rebuilt ({rebuild})"
        else:
            index, event = dense.load_or_repair(dim, path, db_ids, source, fetch, self.progress)
        self.index_events[profile] = event
        if event not in ("loaded", "new") and not self.read_only:
            index.save()
        return index

    @staticmethod
    def _unpack(rows: list[tuple[int, bytes]]) -> tuple[np.ndarray, np.ndarray]:
        ids = np.array([r[0] for r in rows], np.int64)
        vectors = np.frombuffer(b"".join(r[1] for r in rows), np.float32).reshape(len(rows), -1)
        return ids, vectors

    def _index_add(self, profile: str, ids: list[int], vectors: np.ndarray) -> None:
        index = self._index(profile)
        index.add(np.array(ids, np.int64), vectors)
        if dense.wants_hnsw(len(index), index.hnsw) != index.hnsw or index.needs_rebuild():
            self.rebuild_index(profile, "switching index type" if not index.needs_rebuild()
                               else "dropping forgotten memories")
        elif index.unsaved >= max(1000, len(index) // 10):
            index.save()

    # ----------------------------------------------------------------- writing
    def add(self, text: str, role: str = "user", session: str | None = None,
            timestamp: datetime | None = None, profile: str = DEFAULT_PROFILE) -> int:
        """Save one turn (and, for user turns, the facts in it). Returns the turn's id.

        Raises MemoryWriteError when the disk is full or the folder read-only; reads go on.
        """
        return self.add_many([(text, role, session, timestamp)], profile)[0]

    def add_many(self, turns: Sequence[tuple[str, str, str | None, datetime | None]],
                 profile: str = DEFAULT_PROFILE, extract: bool = True) -> list[int]:
        """Save many turns in one transaction (imports); (text, role, session, timestamp) each."""
        if self.read_only:
            raise MemoryWriteError(self.db.read_only_reason or "memory is read-only")
        rows = []
        for text, role, session, when in turns:
            when = when or datetime.now()
            facts = extract_facts(text, when, self.extractor) if extract and role == "user" \
                else []
            rows.append((text.strip(), role, session or f"{when:%Y-%m-%d}", when, facts))
        texts = [r[0] for r in rows] + [f.text for r in rows for f in r[4]]
        vectors = self.embedder.embed(texts, batch_size=64)  # outside the write lock
        new_ids: list[int] = []
        added: list[int] = []
        added_vectors: list[np.ndarray] = []
        fact_row = len(rows)
        with self.db.write_lock:  # commit and index update in one order for every thread
            self._index(profile)  # opened before the commit, so it cannot already hold the rows
            with self.db.write() as conn:
                for i, (text, role, session, when, facts) in enumerate(rows):
                    turn_id = conn.execute(
                        "INSERT INTO memories(profile, kind, role, session, ts, text, vector) "
                        "VALUES (?, 'turn', ?, ?, ?, ?, ?)",
                        (profile, role, session, to_ts(when), text, to_blob(vectors[i]))).lastrowid
                    conn.execute("UPDATE memories SET source_ids = ? WHERE id = ?",
                                 (json.dumps([turn_id]), turn_id))
                    new_ids.append(turn_id)
                    added.append(turn_id)
                    added_vectors.append(vectors[i])
                    for fact in facts:
                        fid = self._insert_fact(conn, fact, profile, session, when, [turn_id],
                                                vectors[fact_row])
                        if fid is not None:
                            added.append(fid)
                            added_vectors.append(vectors[fact_row])
                        fact_row += 1
            self._index_add(profile, added, np.array(added_vectors, np.float32))
        return new_ids

    def _insert_fact(self, conn: Any, fact: Fact, profile: str, session: str | None,
                     when: datetime, source_ids: list[int], vector: np.ndarray) -> int | None:
        """Insert a fact, superseding (or merging into) the current one of the same slot."""
        current = conn.execute(
            "SELECT id, value, ts, source_ids FROM memories WHERE profile = ? AND slot = ? "
            "AND kind = 'fact' AND superseded_by IS NULL", (profile, fact.slot)).fetchall()
        for fid, value, _ts, sources in current:
            if value.lower() == fact.value.lower():  # said again: one fact, more sources
                merged = sorted(set(json.loads(sources)) | set(source_ids))
                conn.execute("UPDATE memories SET source_ids = ? WHERE id = ?",
                             (json.dumps(merged), fid))
                return None
        new_id = conn.execute(
            "INSERT INTO memories(profile, kind, role, session, ts, text, category, slot, value, "
            "due, feeling, source_ids, vector) VALUES (?, 'fact', 'user', ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)",
            (profile, session, to_ts(when), fact.text, fact.category, fact.slot, fact.value,
             fact.due.timestamp() if fact.due else None, fact.feeling or None,
             json.dumps(source_ids), to_blob(vector))).lastrowid
        if fact.single:
            for fid, _value, ts, _sources in current:
                if ts <= to_ts(when):  # the newer statement wins; both keep their dates
                    conn.execute("UPDATE memories SET superseded_by = ?, superseded_at = ? "
                                 "WHERE id = ?", (new_id, to_ts(when), fid))
                else:
                    conn.execute("UPDATE memories SET superseded_by = ?, superseded_at = ? "
                                 "WHERE id = ?", (fid, ts, new_id))
        return new_id

    def add_fact(self, fact: Fact, profile: str = DEFAULT_PROFILE,
                 timestamp: datetime | None = None, source_ids: Sequence[int] = (),
                 session: str | None = None) -> int | None:
        """Save a fact found elsewhere (e.g. by the LLM); None when it was already known."""
        vector = self.embedder.embed([fact.text])[0]
        when = timestamp or datetime.now()
        with self.db.write_lock:
            self._index(profile)
            with self.db.write() as conn:
                fid = self._insert_fact(conn, fact, profile, session, when, list(source_ids),
                                        vector)
            if fid is not None:
                self._index_add(profile, [fid], vector.reshape(1, -1))
        return fid

    def add_summary(self, text: str, session: str, profile: str = DEFAULT_PROFILE,
                    timestamp: datetime | None = None, source_ids: Sequence[int] = ()) -> int:
        """Save a session summary (kind "summary") made of the given turns."""
        vector = self.embedder.embed([text])[0]
        with self.db.write_lock:
            self._index(profile)
            with self.db.write() as conn:
                sid = conn.execute(
                    "INSERT INTO memories(profile, kind, role, session, ts, text, source_ids, "
                    "vector) VALUES (?, 'summary', 'system', ?, ?, ?, ?, ?)",
                    (profile, session, to_ts(timestamp), text, json.dumps(list(source_ids)),
                     to_blob(vector))).lastrowid
            self._index_add(profile, [sid], vector.reshape(1, -1))
        return sid

    def mark_followed_up(self, memory_id: int, when: datetime | None = None) -> None:
        """The companion asked about it: do not bring it up again."""
        with self.db.write() as conn:
            conn.execute("UPDATE memories SET followed_up = ? WHERE id = ?", (to_ts(when),
                                                                             memory_id))

    # ----------------------------------------------------------------- reading

    def search(self, query: str, k: int = 10, profile: str = DEFAULT_PROFILE,
               now: datetime | None = None, mode: str = "hybrid",
               kinds: Iterable[str] | None = None) -> list[Hit]:
        """The ``k`` memories of ``profile`` that best answer ``query``, best first.

        ``mode``: "hybrid" (default), "dense" or "lexical" (for benchmarks). ``now`` anchors
        time cues such as "last week" (default: the current time).
        """
        return hybrid_search(self, query, k, profile, now, mode, kinds)

    def _rows(self, ids: Iterable[int], profile: str, with_vectors: bool = False
              ) -> list[dict[str, Any]]:
        ids = [int(i) for i in ids]
        cols = _COLUMNS + (", vector" if with_vectors else "")
        out: list[dict[str, Any]] = []
        # "+profile": look rows up by id; with a plain "profile =" SQLite scans the profile's
        # whole index (40 ms at 100k memories). The profile is still checked on every row.
        for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
            chunk = ids[start:start + 900]
            cur = self.db.conn.execute(
                f"SELECT {cols} FROM memories WHERE +profile = ? AND id IN "
                f"({','.join('?' * len(chunk))})", [profile, *chunk])
            names = [d[0] for d in cur.description]
            out += [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        return out

    def recent(self, profile: str = DEFAULT_PROFILE, limit: int = 50,
               kind: str | None = None, current_only: bool = False) -> list[Hit]:
        """The latest memories of a profile, newest first (``current_only``: no superseded)."""
        sql = f"SELECT {_COLUMNS} FROM memories WHERE profile = ?"
        params: list[Any] = [profile]
        if kind:
            sql, params = sql + " AND kind = ?", [*params, kind]
        if current_only:
            sql += " AND superseded_by IS NULL"
        cur = self.db.conn.execute(sql + " ORDER BY ts DESC, id DESC LIMIT ?", [*params, limit])
        names = [d[0] for d in cur.description]
        return [hit_from_row(dict(zip(names, r, strict=True))) for r in cur.fetchall()]

    def facts(self, profile: str = DEFAULT_PROFILE, limit: int = 50) -> list[Hit]:
        """What the companion currently believes about the user (no superseded facts)."""
        return self.recent(profile, limit, kind="fact", current_only=True)

    def followups(self, profile: str = DEFAULT_PROFILE, now: datetime | None = None,
                  max_age_days: int = 21) -> list[Followup]:
        """Events and worries worth asking about now, oldest due first, until followed up."""
        now = now or datetime.now()
        rows = self.db.conn.execute(
            "SELECT id, text, ts, due, value, feeling, category, source_ids FROM memories "
            "WHERE profile = ? AND due IS NOT NULL AND due <= ? AND due >= ? AND "
            "followed_up IS NULL AND superseded_by IS NULL ORDER BY due",
            (profile, now.timestamp(), (now - timedelta(days=max_age_days)).timestamp()))
        out = []
        for mid, text, ts, due, value, feeling, category, sources in rows:
            said = from_ts(ts)
            question = followup_question(value, feeling or "", spoken_when(said, now),
                                         past=category != "event" or feeling not in ("sad",))
            out.append(Followup(mid, text, question, said, from_ts(due), json.loads(sources)))
        return out

    def profiles(self) -> list[str]:
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT profile FROM memories ORDER BY profile")]

    def stats(self, profile: str | None = None) -> dict[str, Any]:
        """Counts per kind, sessions, date range, index state."""
        where, params = ("WHERE profile = ?", [profile]) if profile else ("", [])
        kinds = dict(self.db.conn.execute(
            f"SELECT kind, count(*) FROM memories {where} GROUP BY kind", params).fetchall())
        first, last, sessions, superseded = self.db.conn.execute(
            f"SELECT min(ts), max(ts), count(DISTINCT session), "
            f"sum(superseded_by IS NOT NULL) FROM memories {where}", params).fetchone()
        db_file = self.db.path
        return {
            "path": str(self.path), "profiles": [profile] if profile else self.profiles(),
            "turns": kinds.get("turn", 0), "facts": kinds.get("fact", 0),
            "summaries": kinds.get("summary", 0), "superseded_facts": superseded or 0,
            "sessions": sessions, "first": from_ts(first).isoformat() if first else None,
            "last": from_ts(last).isoformat() if last else None,
            "db_bytes": db_file.stat().st_size if db_file.exists() else 0,
            "read_only": self.read_only,
        }

    def index_status(self, profile: str = DEFAULT_PROFILE) -> dict[str, Any]:
        """Whether the FAISS index holds exactly the database's vectors of ``profile``."""
        index = self._index(profile)
        db_ids = {r[0] for r in self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND vector IS NOT NULL", (profile,))}
        index_ids = set(index.ids().tolist()) - index.tombstones
        return {"db": len(db_ids), "index": len(index_ids), "agree": db_ids == index_ids,
                "hnsw": index.hnsw, "opened": self.index_events.get(profile, "")}

    # ----------------------------------------------------------------- forgetting, files
    def forget(self, query: str | None = None, *, ids: Iterable[int] | None = None,
               profile: str = DEFAULT_PROFILE, session: str | None = None,
               everything: bool = False, dry_run: bool = False) -> list[int]:
        """Delete memories: by ids, by topic (``query``), by session, or ``everything``.

        Forgetting is thorough: facts made from a forgotten turn go too, and so do the turns a
        forgotten fact came from. Returns the ids deleted (or that would be, with ``dry_run``).
        """
        from memory.forget import select_for_forget

        chosen = select_for_forget(self, query, ids, profile, session, everything)
        if dry_run or not chosen:
            return sorted(chosen)
        with self.db.write_lock:
            index = self._index(profile)
            with self.db.write() as conn:
                marks = ",".join("?" * len(chosen))
                conn.execute(f"UPDATE memories SET superseded_by = NULL, superseded_at = NULL "
                             f"WHERE superseded_by IN ({marks})", sorted(chosen))
                conn.execute(f"DELETE FROM memories WHERE id IN ({marks})", sorted(chosen))
            index.remove(chosen)
            if index.needs_rebuild():
                self.rebuild_index(profile, "dropping forgotten memories")
            else:
                index.save()  # a forgotten memory must not linger in the index file
        return sorted(chosen)

    def export(self, dest: str | Path | TextIO, profile: str | None = None) -> int:
        """Write memories as JSON lines (all profiles, or one); returns how many."""
        from memory.portable import export_jsonl

        return export_jsonl(self, dest, profile)

    def import_(self, src: str | Path | TextIO, profile: str | None = None,
                progress: bool | None = None) -> int:
        """Read JSON lines written by ``export`` (or plain turns); returns how many were added.

        Named with a trailing underscore because ``import`` is a Python keyword.
        """
        from memory.portable import import_jsonl

        return import_jsonl(self, src, profile, self.progress if progress is None else progress)

    def rebuild_index(self, profile: str | None = None, why: str = "requested") -> None:
        """Rebuild FAISS indexes from the vectors in SQLite (no re-embedding)."""
        with self._index_lock:
            for name in [profile] if profile else self.profiles():
                self._indexes[name] = self._open_index(name, rebuild=why)

    def flush(self) -> None:
        """Save every index with unsaved changes (close does this too)."""
        if self.read_only:
            return
        with self._index_lock:
            for index in self._indexes.values():
                if index.unsaved:
                    index.save()

    def close(self) -> None:
        self.flush()
        self._indexes.clear()
        self.db.close()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
