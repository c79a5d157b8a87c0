"""`Rows`: read-only look-ups of memories by profile, the one place that knows the columns.

Every query filters on the profile, so no caller can read another profile's memories.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from memory.db import Database

COLUMNS = ("id, profile, kind, role, session, ts, text, category, slot, value, superseded_by, "
           "superseded_at, due, followed_up, feeling, source_ids, about_start, about_end")
LONGEST_ABOUT_S = 31 * 86400
SQL_LIMIT = 900  # SQLite's bound-parameter limit, with room for the profile


def unpack_vectors(rows: list[tuple[int, bytes]]) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) from (id, float32 blob) rows."""
    ids = np.array([r[0] for r in rows], np.int64)
    vectors = np.frombuffer(b"".join(r[1] for r in rows), np.float32).reshape(len(rows), -1)
    return ids, vectors


def _as_dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


class Rows:
    def __init__(self, db: Database) -> None:
        self.db = db
        have = {r[1] for r in db.conn.execute("PRAGMA table_info(memories)")}
        # A version-1 database opened read-only cannot gain the new columns: read them as NULL.
        self.columns = COLUMNS if "about_start" in have else COLUMNS.replace(
            "about_start, about_end", "NULL AS about_start, NULL AS about_end")

    def _dicts(self, sql: str, params: Iterable[Any]) -> list[dict[str, Any]]:
        return _as_dicts(self.db.conn.execute(sql, list(params)))

    def _in_profile(self, select: str, ids: Iterable[int], profile: str,
                    where: str = "") -> Iterator[sqlite3.Cursor]:
        """``SELECT select FROM memories`` for those of ``ids`` that belong to ``profile`` (and
        match ``where``), one cursor per chunk of SQL_LIMIT ids. "+profile": look rows up by
        id; with a plain "profile =" SQLite scans the profile's whole index (40 ms at 100k
        memories). The profile is still checked on every row."""
        ids = [int(i) for i in ids]
        for start in range(0, len(ids), SQL_LIMIT):
            chunk = ids[start:start + SQL_LIMIT]
            yield self.db.conn.execute(
                f"SELECT {select} FROM memories WHERE +profile = ? {where}AND id IN "
                f"({','.join('?' * len(chunk))})", [profile, *chunk])

    def by_ids(self, ids: Iterable[int], profile: str) -> list[dict[str, Any]]:
        """The rows of ``ids`` that belong to ``profile`` (others are silently left out)."""
        return [row for cur in self._in_profile(self.columns, ids, profile)
                for row in _as_dicts(cur)]

    def of_profile(self, ids: Iterable[int], profile: str) -> set[int]:
        """Those of ``ids`` that belong to ``profile``."""
        return {i for cur in self._in_profile("id", ids, profile) for (i,) in cur}

    def vectors(self, ids: list[int], profile: str) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the profile's memories among ``ids``."""
        rows: list[tuple[int, bytes]] = [
            row for cur in self._in_profile("id, vector", ids, profile, "AND vector IS NOT NULL ")
            for row in cur]
        if not rows:
            return np.zeros(0, np.int64), np.zeros((0, 0), np.float32)
        return unpack_vectors(rows)

    def ids(self, profile: str, session: str | None = None) -> set[int]:
        """Every id of the profile (or of one of its sessions)."""
        if session is None:
            return {r[0] for r in self.db.conn.execute(
                "SELECT id FROM memories WHERE profile = ?", (profile,))}
        return {r[0] for r in self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND session = ?", (profile, session))}

    def session(self, profile: str, session: str) -> list[dict[str, Any]]:
        """A session's memories in the order they were said."""
        return self._dicts(f"SELECT {self.columns} FROM memories WHERE profile = ? AND session = ? "
                           "ORDER BY ts, id", (profile, session))

    def neighbours(self, rows: Iterable[dict[str, Any]], profile: str, reach: int = 2
                   ) -> dict[int, tuple[int | None, int | None]]:
        """For each turn row, the turns said just before and after it in its session (ids are
        consecutive within a session, up to the facts saved in between): one query."""
        turns = {r["id"]: r["session"] for r in rows if r["kind"] == "turn"}
        near = sorted({i for t in turns for i in range(t - reach, t + reach + 1)} - set(turns))
        found: dict[int, str] = dict(turns)
        for cur in self._in_profile("id, session", near, profile, "AND kind = 'turn' "):
            found.update(cur)
        out = {}
        for t, session in turns.items():
            before = next((i for i in range(t - 1, t - reach - 1, -1)
                           if found.get(i, 0) == session), None)
            after = next((i for i in range(t + 1, t + reach + 1) if found.get(i, 0) == session),
                         None)
            out[t] = (before, after)
        return out

    def replies_to(self, ids: Iterable[int], profile: str) -> set[int]:
        """The companion's replies to those of ``ids`` that are the user's turns: the next turn
        of the same session, when it is the assistant's."""
        replies: set[int] = set()
        for cur in self._in_profile("id, session", ids, profile,
                                    "AND kind = 'turn' AND role = 'user' "):
            for turn, session in cur.fetchall():
                row = self.db.conn.execute(
                    "SELECT id, role FROM memories WHERE profile = ? AND session IS ? AND "
                    "kind = 'turn' AND id > ? ORDER BY id LIMIT 1",
                    (profile, session, turn)).fetchone()
                if row is not None and row[1] == "assistant":
                    replies.add(int(row[0]))
        return replies

    def about(self, profile: str, start: float, end: float, limit: int = 50) -> list[int]:
        """Memories about a day in [start, end): said then, or saying it happened then."""
        said = self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND ts >= ? AND ts < ? "
            "ORDER BY ts DESC LIMIT ?", (profile, start, end, limit)).fetchall()
        if self.columns is not COLUMNS:
            return [i for (i,) in said]
        # Bounded below so the index range stays the window's: a memory about a span that
        # began more than a month before the window (a whole year) is left to the other
        # retrievers.
        about = self.db.conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND about_start < ? AND about_start >= ? "
            "AND about_end > ? ORDER BY about_start DESC LIMIT ?",
            (profile, end, start - LONGEST_ABOUT_S, start, limit)).fetchall()
        return [i for (i,) in about] + [i for (i,) in said]

    def speakers(self, profile: str, names: Iterable[str]) -> set[str]:
        """Which of ``names`` (lowercase) are speakers of the profile's turns."""
        found = set()
        for name in names:
            if self.db.conn.execute(
                    "SELECT 1 FROM memories WHERE profile = ? AND role = ? COLLATE NOCASE "
                    "LIMIT 1", (profile, name)).fetchone():
                found.add(name)
        return found

    def derived(self, profile: str) -> list[tuple[int, str, str]]:
        """(id, kind, source_ids JSON) of the profile's facts and summaries."""
        return self.db.conn.execute(
            "SELECT id, kind, source_ids FROM memories WHERE profile = ? AND kind != 'turn'",
            (profile,)).fetchall()

    def recent(self, profile: str, limit: int, kind: str | None = None,
               current_only: bool = False) -> list[dict[str, Any]]:
        sql = f"SELECT {self.columns} FROM memories WHERE profile = ?"
        params: list[Any] = [profile]
        if kind:
            sql, params = sql + " AND kind = ?", [*params, kind]
        if current_only:
            sql += " AND superseded_by IS NULL"
        return self._dicts(sql + " ORDER BY ts DESC, id DESC LIMIT ?", [*params, limit])

    def profiles(self) -> list[str]:
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT profile FROM memories ORDER BY profile")]
