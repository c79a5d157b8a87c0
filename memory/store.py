"""`MemoryStore`: the memory API (a contract: scripts use it; see memory/__init__.py).

SQLite holds everything (turns, facts, summaries, their vectors); FAISS and FTS5 are indexes
over it. Thread-safe: the pipeline searches from one thread while another adds the last turn.
Profiles isolate people: every query filters on the profile in SQL, and each profile has its own
FAISS index, so a search can never return another profile's memory.
The store only wires its parts, one job each: `Database` (SQLite), `Rows` (reads),
`DenseIndexes` (FAISS, public as ``store.indexes``), `Writer`, `Searcher`, `Forgetter`,
`Corrector`.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

from memory.affect import followup_question
from memory.corrections import Corrected, Correction
from memory.corrector import Corrector
from memory.db import Database, read_error
from memory.extract import Extractor, Fact
from memory.forget import Forgetter
from memory.fusion import DEFAULT_TUNING, Tuning
from memory.hits import Followup, Hit, TextEmbedder, from_ts, hit_from_row
from memory.indexes import DenseIndexes
from memory.portable import export_jsonl, read_import
from memory.rows import Rows
from memory.search import Searcher
from memory.timecues import spoken_when
from memory.writer import NewTurn, Writer

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "default"
T = TypeVar("T")


def _reading(method: Callable[..., T]) -> Callable[..., T]:
    """A database that turns out damaged mid-read fails as one clear CompanionError."""

    @functools.wraps(method)
    def guarded(self: MemoryStore, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise read_error(exc, self.db.path) from exc

    return guarded


class MemoryStore:
    """Persistent memory in folder ``path`` (created if needed)."""

    def __init__(self, path: str | Path, *, embedder: TextEmbedder | None = None,
                 extractor: Extractor | None = None, progress: bool = True,
                 tuning: Tuning = DEFAULT_TUNING) -> None:
        self.path = Path(path).expanduser()
        self.db = Database(self.path)
        self._embedder = embedder
        self.progress = progress
        self.rows = Rows(self.db)
        self.indexes = DenseIndexes(self.db, self._dim, progress)
        self.writer = Writer(self.db, self.indexes, lambda: self.embedder, extractor)
        self.searcher = Searcher(self.db, self.rows, self.indexes, lambda: self.embedder,
                                 tuning)
        self.forgetter = Forgetter(self.db, self.rows, self.indexes, lambda: self.embedder)
        self.corrector = Corrector(self.db, self.writer, self.indexes, lambda: self.embedder)

    @property
    def read_only(self) -> bool:
        return self.db.read_only_reason is not None

    @property
    def embedder(self) -> TextEmbedder:
        if self._embedder is None:
            from memory.embedder import load_embedder

            self._embedder = load_embedder()
        return self._embedder

    def _dim(self) -> int:
        return self._embedder.dim if self._embedder is not None else 384

    # ----------------------------------------------------------------- writing
    def add(self, text: str, role: str = "user", session: str | None = None,
            timestamp: datetime | None = None, profile: str = DEFAULT_PROFILE) -> int:
        """Save one turn (and the facts in it). Returns the turn's id.

        ``role`` is "user", "assistant", or a speaker's name for conversations between people.
        Raises MemoryWriteError when the disk is full or the folder read-only; reads go on.
        """
        return self.add_many([(text, role, session, timestamp)], profile)[0]

    def add_many(self, turns: Sequence[tuple[str, str, str | None, datetime | None]],
                 profile: str = DEFAULT_PROFILE, extract: bool = True) -> list[int]:
        """Save many turns in one transaction; (text, role, session, timestamp) each."""
        prepared = [self.writer.prepare(NewTurn(text, role, session, when), extract)
                    for text, role, session, when in turns]
        return self.writer.add(prepared, profile)

    def add_fact(self, fact: Fact, profile: str = DEFAULT_PROFILE,
                 timestamp: datetime | None = None, source_ids: Sequence[int] = (),
                 session: str | None = None) -> int | None:
        """Save a fact found elsewhere (e.g. by the LLM); None when it was already known."""
        when = timestamp or datetime.now()
        return self.writer.add_one(fact.text, profile, lambda conn, vector:
                                   self.writer.insert_fact(conn, fact, profile, session, when,
                                                           list(source_ids), vector))

    def add_summary(self, text: str, session: str, profile: str = DEFAULT_PROFILE,
                    timestamp: datetime | None = None, source_ids: Sequence[int] = ()) -> int:
        """Save a session summary (kind "summary") made of the given turns."""
        sid = self.writer.add_one(text, profile, lambda conn, vector:
                                  self.writer.insert_summary(conn, text, session, profile,
                                                             timestamp, source_ids, vector))
        assert sid is not None
        return sid

    def correct(self, correction: Correction, profile: str = DEFAULT_PROFILE,
                now: datetime | None = None) -> Corrected | None:
        """The user corrected something told lately ("Leeds, not York."): the recent memories
        that say the old word are superseded by corrected ones (kept, not deleted). None when
        no recent memory says it: nothing changed."""
        return self.corrector.apply(correction, profile, now)

    def mark_followed_up(self, memory_id: int, when: datetime | None = None) -> None:
        """The companion asked about it: do not bring it up again."""
        with self.db.write() as conn:
            conn.execute("UPDATE memories SET followed_up = ? WHERE id = ?",
                         ((when or datetime.now()).timestamp(), memory_id))

    # ----------------------------------------------------------------- reading
    @_reading
    def search(self, query: str, k: int = 10, profile: str = DEFAULT_PROFILE,
               now: datetime | None = None, mode: str = "hybrid",
               kinds: Iterable[str] | None = None) -> list[Hit]:
        """The ``k`` memories of ``profile`` that best answer ``query``, best first.

        ``mode``: "hybrid" (default), "dense" or "lexical" (for benchmarks). ``now`` anchors
        time cues such as "last week" (default: the current time).
        """
        hits = self.searcher.search(query, k, profile, now, mode, kinds)
        # A line the user corrected is kept, superseded by its corrected copy: that one is found.
        if stale := sum(h.kind == "turn" and h.superseded_at is not None for h in hits):
            hits = [h for h in self.searcher.search(query, k + stale, profile, now, mode, kinds)
                    if h.kind != "turn" or h.superseded_at is None][:k]
        return hits

    @_reading
    def recent(self, profile: str = DEFAULT_PROFILE, limit: int = 50,
               kind: str | None = None, current_only: bool = False) -> list[Hit]:
        """The latest memories of a profile, newest first (``current_only``: no superseded)."""
        return [hit_from_row(r) for r in self.rows.recent(profile, limit, kind, current_only)]

    def facts(self, profile: str = DEFAULT_PROFILE, limit: int = 5000) -> list[Hit]:
        """What the companion currently believes about the user (no superseded facts). All of
        it by default: with the 50 newest, a name told on the first day fell out of the
        profile after a few weeks of plans and likes."""
        return self.recent(profile, limit, kind="fact", current_only=True)

    @_reading
    def session(self, session: str, profile: str = DEFAULT_PROFILE) -> list[Hit]:
        """A session's memories in the order they were said."""
        return [hit_from_row(r) for r in self.rows.session(profile, session)]

    @_reading
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
                                         past=category != "event" or feeling not in ("sad",),
                                         plan=category == "plan")
            out.append(Followup(mid, text, question, said, from_ts(due), json.loads(sources)))
        return out

    @_reading
    def profiles(self) -> list[str]:
        return self.rows.profiles()

    @_reading
    def stats(self, profile: str | None = None) -> dict[str, Any]:
        """Counts per kind, sessions, date range, index state."""
        where, params = ("WHERE profile = ?", [profile]) if profile else ("", [])
        kinds = dict(self.db.conn.execute(
            f"SELECT kind, count(*) FROM memories {where} GROUP BY kind", params).fetchall())
        first, last, sessions, superseded = self.db.conn.execute(
            f"SELECT min(ts), max(ts), count(DISTINCT session), "
            f"sum(superseded_by IS NOT NULL AND kind = 'fact') FROM memories {where}",
            params).fetchone()
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

    @_reading
    def index_status(self, profile: str = DEFAULT_PROFILE) -> dict[str, Any]:
        """Whether the FAISS index holds exactly the database's vectors of ``profile``."""
        return self.indexes.status(profile)

    # ----------------------------------------------------------------- forgetting, files
    def forget(self, query: str | None = None, *, ids: Iterable[int] | None = None,
               profile: str = DEFAULT_PROFILE, session: str | None = None,
               everything: bool = False, dry_run: bool = False) -> list[int]:
        """Delete memories: by ids, by topic (``query``), by session, or ``everything``.

        Forgetting is thorough: facts made from a forgotten turn go too, and so do the turns a
        forgotten fact came from; afterwards no file in the folder holds their text.
        Returns the ids deleted (or that would be, with ``dry_run``).
        """
        chosen = self.forgetter.select(query, ids, profile, session, everything)
        if chosen and not dry_run:
            self.forgetter.delete(chosen, profile)
        return sorted(chosen)

    @_reading
    def export(self, dest: str | Path | TextIO, profile: str | None = None) -> int:
        """Write memories as JSON lines (all profiles, or one); returns how many."""
        return export_jsonl(self.db, dest, profile)

    def import_(self, src: str | Path | IO[Any], profile: str | None = None,
                progress: bool | None = None) -> int:
        """Read JSON lines written by ``export`` (or plain turns); returns how many were added.
        The whole file is checked first, then saved in one transaction (all or nothing).

        Named with a trailing underscore because ``import`` is a Python keyword.
        """
        plan, count, extract = read_import(src, profile)
        for turns, _ in plan.values():
            for turn in turns:
                self.writer.prepare(turn, extract)
        self.writer.add_plan(plan, self.progress if progress is None else progress)
        return count

    def rebuild_index(self, profile: str | None = None, why: str = "requested") -> None:
        """Rebuild FAISS indexes from the vectors in SQLite (no re-embedding)."""
        self.indexes.rebuild(profile, why)

    def flush(self) -> None:
        """Save every index with unsaved changes (close does this too)."""
        self.indexes.flush()

    def close(self) -> None:
        self.flush()
        self.indexes.clear()
        self.db.close()

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
