"""`Corrector`: a spoken correction applied to the memory (``memory.corrections`` parses it).

Each recent line of the user's that says the old word is kept, superseded by a corrected copy
(same session and time); the facts are made again from the copy (a weekday changed gets its new
date), and each old fact the copy no longer gives is superseded by the one it gives instead, else
by itself with the word changed (a fact the model found). Nothing is deleted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from memory.corrections import (
    JUST_SAID_S,
    RECENT_DAYS,
    Corrected,
    Correction,
    mentions,
    parse_correction,
    resolve_old,
    said_after,
    spelt,
    swap,
)
from memory.db import Database
from memory.extract import Fact, extract_facts
from memory.hits import TextEmbedder, from_ts, to_ts
from memory.indexes import DenseIndexes
from memory.writer import NewTurn, Writer, about_speaker

_FACT_COLUMNS = "id, role, session, ts, text, category, slot, value, due, followed_up, " \
    "feeling, source_ids"


class Corrector:
    def __init__(self, db: Database, writer: Writer, indexes: DenseIndexes,
                 embedder: Callable[[], TextEmbedder]) -> None:
        self.db = db
        self.writer = writer
        self.indexes = indexes
        self._embedder = embedder

    def apply(self, correction: Correction, profile: str, now: datetime | None = None
              ) -> Corrected | None:
        """Correct the recent memories that say Y; None when none does (nothing changed)."""
        now = now or datetime.now()
        since = to_ts(now - timedelta(days=RECENT_DAYS))
        new = spelt(correction)
        with self.db.write_lock:
            old = correction.old or self._just_said(correction, profile, now)
            turns = self._turns(correction, old, profile, since) if old else []
            facts = self._rows("kind = 'fact' AND ts >= ?", old, profile, since) \
                if old and correction.naming else []
            if not turns and not facts:
                return None
            self.indexes.get(profile)  # opened before the commit: it cannot hold the rows
            added: list[tuple[int, np.ndarray]] = []
            changed: list[int] = []
            with self.db.write() as conn:
                for turn in turns:
                    changed += self._turn(conn, turn, old, new, profile, now, added)
                for fact in facts:
                    if fact["id"] not in changed and Writer.is_current(conn, fact["id"]):
                        replaced = self._swapped(conn, fact, old, new, profile, added, [])
                        changed.append(Writer.supersede(conn, fact["id"], replaced, now))
            if added:
                self.indexes.add(profile, [i for i, _ in added],
                                 np.array([v for _, v in added], np.float32))
        return Corrected(new, old, correction.naming, tuple(changed))

    # ----------------------------------------------------------------- what it covers
    def _rows(self, where: str, old: str, profile: str, since: float) -> list[dict[str, Any]]:
        """Current rows matching ``where`` that say ``old``, newest first."""
        like = "%" + old.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") \
            + "%"
        cur = self.db.conn.execute(
            f"SELECT {_FACT_COLUMNS} FROM memories WHERE profile = ? AND {where} AND "
            "superseded_by IS NULL AND lower(text) LIKE ? ESCAPE '\\' ORDER BY ts DESC, id DESC",
            (profile, since, like))
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        return [r for r in rows if mentions(r["text"], old)]

    def _turns(self, correction: Correction, old: str, profile: str, since: float
               ) -> list[dict[str, Any]]:
        """The user's lines that say ``old``: not their questions, nor other corrections."""
        turns = [t for t in self._rows("kind = 'turn' AND role NOT IN ('assistant', 'system') "
                                       "AND ts >= ?", old, profile, since)
                 if not t["text"].rstrip().endswith("?") and parse_correction(t["text"]) is None]
        if correction.strict:
            turns = [t for t in turns if re.search(said_after(correction.context, re.escape(old)),
                                                   t["text"], re.I)]
        if correction.naming or not turns:
            return turns
        if correction.kind != "proper":
            return turns[:1]  # "Tuesday, not Thursday": the Thursday just told
        return [t for t in turns if t["session"] == turns[0]["session"]]

    def _just_said(self, correction: Correction, profile: str, now: datetime) -> str:
        """Y in the user's line just before "Sorry, I meant Leeds."; "" when unclear."""
        row = self.db.conn.execute(
            "SELECT text, ts FROM memories WHERE profile = ? AND kind = 'turn' AND role NOT IN "
            "('assistant', 'system') ORDER BY ts DESC, id DESC LIMIT 1", (profile,)).fetchone()
        if row is None or row[1] < to_ts(now) - JUST_SAID_S or row[0].rstrip().endswith("?") \
                or parse_correction(row[0]) is not None:
            return ""
        known = {str(v).lower() for (v,) in self.db.conn.execute(
            "SELECT value FROM memories WHERE profile = ? AND kind = 'fact' AND superseded_by IS "
            "NULL AND (slot = 'name' OR slot LIKE 'family:%' OR slot LIKE 'pet:%')", (profile,))}
        return resolve_old(correction, row[0], known)

    # ----------------------------------------------------------------- writing
    def _turn(self, conn: Any, turn: dict[str, Any], old: str, new: str, profile: str,
              now: datetime, added: list[tuple[int, np.ndarray]]) -> list[int]:
        """The line kept, superseded by its corrected copy; its facts made again from the
        copy. Returns the ids superseded."""
        when, role, text = from_ts(turn["ts"]), turn["role"], swap(turn["text"], old, new)
        vector = self._vector(text)
        copy = self.writer.insert_turn(conn, NewTurn(text, role, turn["session"], when), profile,
                                       vector)
        added.append((copy, vector))
        changed = [Writer.supersede(conn, turn["id"], copy, now)]
        olds = [dict(zip(_FACT_COLUMNS.split(", "), r, strict=True)) for r in conn.execute(
            f"SELECT {_FACT_COLUMNS} FROM memories WHERE profile = ? AND kind = 'fact' AND "
            "superseded_by IS NULL AND EXISTS (SELECT 1 FROM json_each(source_ids) WHERE value "
            "= ?)", (profile, turn["id"]))]
        told_before = {f.slot for f in _facts(turn["text"], when, role)}
        done: set[int] = set()
        landed: dict[int, str] = {}  # the facts the copy gives: id -> slot
        for fact in _facts(text, when, role):
            same = next((o for o in olds if o["slot"] == fact.slot and o["id"] not in done
                         and str(o["value"]).lower() == fact.value.lower()), None)
            if same is not None and same["text"] == fact.text:  # said alike: more sources
                Writer.add_source(conn, same["id"], copy)
                done.add(same["id"])
                continue
            if same is not None:  # the same value, told otherwise: "on Tuesday (on ...)"
                Writer.supersede(conn, same["id"], same["id"], now)
            fid = self._insert(conn, fact, profile, turn["session"], when, [copy], role, added)
            if same is not None:
                changed.append(Writer.supersede(conn, same["id"], fid, now))
                done.add(same["id"])
            landed[fid] = fact.slot
        for fact in olds:
            if fact["id"] in done:
                continue
            if not Writer.is_current(conn, fact["id"]):  # a one-value slot, told anew just now
                changed.append(fact["id"])
                continue
            says = mentions(fact["text"], old)
            if not says and fact["slot"] not in told_before:
                continue  # the model's fact, not about what changed
            replaced = _closest(fact["slot"], swap(fact["slot"] or "", old, new.lower()),
                                {i: s for i, s in landed.items()
                                 if i not in {o["id"] for o in olds}})
            if replaced is None and says:
                replaced = self._swapped(conn, fact, old, new, profile, added, [copy])
            if replaced is not None:
                changed.append(Writer.supersede(conn, fact["id"], replaced, now))
        return changed

    def _swapped(self, conn: Any, fact: dict[str, Any], old: str, new: str, profile: str,
                 added: list[tuple[int, np.ndarray]], sources: list[int]) -> int:
        """A fact made anew with ``old`` made ``new``: "The user's pet: Max."."""
        made = Fact(swap(fact["slot"] or "", old, new.lower()), swap(str(fact["value"]), old, new),
                    swap(fact["text"], old, new), fact["category"] or "fact", single=False,
                    due=from_ts(fact["due"]) if fact["due"] else None,
                    feeling=fact["feeling"] or "")
        fid = self._insert(conn, made, profile, fact["session"], from_ts(fact["ts"]),
                           sorted(set(json.loads(fact["source_ids"])) | set(sources)),
                           fact["role"] or "user", added)
        if fact["followed_up"] is not None:  # asked about already: not again
            conn.execute("UPDATE memories SET followed_up = ? WHERE id = ?",
                         (fact["followed_up"], fid))
        return fid

    def _insert(self, conn: Any, fact: Fact, profile: str, session: str | None, when: datetime,
                sources: list[int], role: str, added: list[tuple[int, np.ndarray]]) -> int:
        """The fact's id: new, or the current one that already said it (sources merged)."""
        vector = self._vector(fact.plain or fact.text)
        fid = Writer.insert_fact(conn, fact, profile, session, when, sources, vector, role)
        if fid is None:  # known already: its sources were merged
            return Writer.known_fact(conn, fact, profile)
        added.append((fid, vector))
        return fid

    def _vector(self, text: str) -> np.ndarray:
        return self._embedder().embed([text])[0]


def _facts(text: str, when: datetime, role: str) -> list[Fact]:
    """The facts the rules find in a line (the model's are not asked again)."""
    return [about_speaker(f, role) for f in extract_facts(text, when)]


def _closest(slot: str, swapped: str, landed: dict[int, str]) -> int | None:
    """Of the facts the corrected line gives, the one that takes the place of ``slot``'s:
    the same slot with the word changed, else the same kind of slot ("family:sister:...")."""
    for same in (lambda s: s == swapped, lambda s: s.rsplit(":", 1)[0] == slot.rsplit(":", 1)[0],
                 lambda s: s.split(":")[0] == slot.split(":")[0]):
        found = [i for i, s in landed.items() if same(s)]
        if found:
            return found[0]
    return None
