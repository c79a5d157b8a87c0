"""`Writer`: every insert into memory, with its vectors, in one transaction per call.

A turn is saved with the day it is about ("last Saturday" resolved against when it was said)
and the facts found in it. The speaker's words are facts about the speaker: "user" turns give
facts about "the user"; a named speaker ("Maya") gives facts about Maya, in slots of her own.
Vectors are computed before the write lock is taken; the FAISS index is updated under the lock,
after the commit, so it never holds an id the database does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import numpy as np
from tqdm import tqdm

from memory.dates import resolve_mentioned
from memory.db import Database
from memory.errors import MemoryWriteError
from memory.extract import Extractor, Fact, extract_facts
from memory.hits import TextEmbedder, to_blob, to_ts
from memory.indexes import DenseIndexes

NOT_A_SPEAKER = ("assistant", "system")


@dataclass
class NewTurn:
    text: str
    role: str = "user"
    session: str | None = None
    when: datetime | None = None
    facts: list[Fact] = field(default_factory=list)
    key: Any = None  # the import file's id, so facts and summaries can point at it
    # imported: the file's id of the corrected copy that stands in for this line, and when
    replaced_by: Any = None
    replaced_at: datetime | None = None


@dataclass
class NewDerived:
    """A fact or summary to import, pointing at turns by their ``NewTurn.key``."""

    kind: str  # "fact" | "summary"
    text: str
    session: str | None
    when: datetime | None
    sources: list[Any]
    fact: Fact | None = None
    followed_up: datetime | None = None


def about_speaker(fact: Fact, role: str) -> Fact:
    """A fact from a named speaker's turn is about that speaker, in a slot of their own. Its
    vector is still made of "The user ..." (``plain``): turns carry no speaker name either, so
    the name in a question weighs no memory over another."""
    if role == "user":
        return fact
    text = fact.text.replace("The user's", f"{role}'s").replace("The user", role)
    return replace(fact, slot=f"{role.lower()}:{fact.slot}", text=text, plain=fact.text)


class Writer:
    def __init__(self, db: Database, indexes: DenseIndexes,
                 embedder: Callable[[], TextEmbedder], extractor: Extractor | None) -> None:
        self.db = db
        self.indexes = indexes
        self._embedder = embedder
        self.extractor = extractor

    def prepare(self, turn: NewTurn, extract: bool) -> NewTurn:
        turn.when = turn.when or datetime.now()
        turn.text = turn.text.strip()
        turn.session = turn.session or f"{turn.when:%Y-%m-%d}"
        if extract and turn.role not in NOT_A_SPEAKER:
            turn.facts = [about_speaker(f, turn.role)
                          for f in extract_facts(turn.text, turn.when, self.extractor)]
        return turn

    def add(self, turns: Sequence[NewTurn], profile: str) -> list[int]:
        """Insert turns and their facts in one transaction; returns the turns' ids."""
        return self.add_plan({profile: (list(turns), [])})[profile]

    def add_plan(self, plan: dict[str, tuple[list[NewTurn], list[NewDerived]]],
                 progress: bool = False) -> dict[str, list[int]]:
        """Insert turns (and their facts), then imported facts and summaries, for every
        profile in ONE transaction: all of it is saved, or none."""
        if self.db.read_only_reason:
            raise MemoryWriteError(self.db.read_only_reason)
        texts = [t.text for turns, _ in plan.values() for t in turns]
        for turns, derived in plan.values():  # in the order _insert takes them
            texts += [f.plain or f.text for t in turns for f in t.facts] + [d.text for d in derived]
        vectors = self._embed(texts, progress)  # outside the write lock
        n_turns = sum(len(turns) for turns, _ in plan.values())
        turn_vectors, rest = iter(vectors[:n_turns]), iter(vectors[n_turns:])
        ids: dict[str, list[int]] = {}
        indexed: dict[str, list[tuple[int, np.ndarray]]] = {}
        with self.db.write_lock:  # commit and index update in one order for every thread
            for profile in plan:
                self.indexes.get(profile)  # opened before the commit: it cannot hold the rows
            with self.db.write() as conn:
                for profile, (turns, derived) in plan.items():
                    ids[profile], indexed[profile] = self._insert(
                        conn, profile, turns, derived, turn_vectors, rest)
            for profile, pairs in indexed.items():
                if pairs:
                    self.indexes.add(profile, [i for i, _ in pairs],
                                     np.array([v for _, v in pairs], np.float32))
        return ids

    def _embed(self, texts: list[str], progress: bool) -> np.ndarray:
        embedder = self._embedder()
        if len(texts) < 512:
            return embedder.embed(texts, batch_size=64)
        parts = []
        with tqdm(total=len(texts), desc="Embedding memories", unit="memory",
                  disable=not progress, leave=False) as bar:
            for start in range(0, len(texts), 512):
                parts.append(embedder.embed(texts[start:start + 512], batch_size=64))
                bar.update(len(parts[-1]))
        return np.concatenate(parts)

    def _insert(self, conn: Any, profile: str, turns: list[NewTurn], derived: list[NewDerived],
                turn_vectors: Iterator[np.ndarray], rest: Iterator[np.ndarray]
                ) -> tuple[list[int], list[tuple[int, np.ndarray]]]:
        ids: list[int] = []
        indexed: list[tuple[int, np.ndarray]] = []
        by_key: dict[Any, int] = {}
        for turn in turns:
            vector = next(turn_vectors)
            turn_id = self.insert_turn(conn, turn, profile, vector)
            ids.append(turn_id)
            indexed.append((turn_id, vector))
            if turn.key is not None:
                by_key[turn.key] = turn_id
            for fact in turn.facts:
                vec = next(rest)
                assert turn.when is not None
                fid = self.insert_fact(conn, fact, profile, turn.session, turn.when,
                                       [turn_id], vec, turn.role)
                if fid is not None:
                    indexed.append((fid, vec))
        for turn, turn_id in zip(turns, ids, strict=True):
            if turn.replaced_by in by_key:  # a line corrected since ("Leeds, not York.")
                self.supersede(conn, turn_id, by_key[turn.replaced_by],
                               turn.replaced_at or datetime.now())
        for item in derived:
            vec = next(rest)
            new_id = self._insert_derived(conn, item, profile, by_key, vec)
            if new_id is not None:
                indexed.append((new_id, vec))
        return ids, indexed

    @staticmethod
    def insert_turn(conn: Any, turn: NewTurn, profile: str, vector: np.ndarray) -> int:
        """Insert one turn (no facts); its id."""
        assert turn.when is not None
        about = resolve_mentioned(turn.text, turn.when)
        turn_id = conn.execute(
            "INSERT INTO memories(profile, kind, role, session, ts, text, vector, about_start, "
            "about_end) VALUES (?, 'turn', ?, ?, ?, ?, ?, ?, ?)",
            (profile, turn.role, turn.session, to_ts(turn.when), turn.text, to_blob(vector),
             about[0].timestamp() if about else None,
             about[1].timestamp() if about else None)).lastrowid
        conn.execute("UPDATE memories SET source_ids = ? WHERE id = ?",
                     (json.dumps([turn_id]), turn_id))
        return int(turn_id)

    def _insert_derived(self, conn: Any, item: NewDerived, profile: str,
                        by_key: dict[Any, int], vector: np.ndarray) -> int | None:
        sources = [by_key[k] for k in item.sources if k in by_key]
        if item.kind == "summary":
            return self.insert_summary(conn, item.text, item.session or "", profile, item.when,
                                       sources, vector)
        assert item.fact is not None
        fid = self.insert_fact(conn, item.fact, profile, item.session,
                               item.when or datetime.now(), sources, vector)
        if fid is not None and item.followed_up is not None:
            conn.execute("UPDATE memories SET followed_up = ? WHERE id = ?",
                         (to_ts(item.followed_up), fid))
        return fid

    @staticmethod
    def insert_summary(conn: Any, text: str, session: str, profile: str,
                       when: datetime | None, sources: Sequence[int], vector: np.ndarray) -> int:
        return int(conn.execute(
            "INSERT INTO memories(profile, kind, role, session, ts, text, source_ids, vector) "
            "VALUES (?, 'summary', 'system', ?, ?, ?, ?, ?)",
            (profile, session, to_ts(when), text, json.dumps(list(sources)),
             to_blob(vector))).lastrowid)

    @staticmethod
    def insert_fact(conn: Any, fact: Fact, profile: str, session: str | None, when: datetime,
                    source_ids: list[int], vector: np.ndarray, about: str = "user"
                    ) -> int | None:
        """Insert a fact, superseding (or merging into) the current one of the same slot;
        None when it was already known (its sources are merged into the known one)."""
        current = conn.execute(
            "SELECT id, value, ts, source_ids FROM memories WHERE profile = ? AND slot = ? "
            "AND kind = 'fact' AND superseded_by IS NULL", (profile, fact.slot)).fetchall()
        for fid, value, _ts, sources in current:
            if value.lower() == fact.value.lower():  # said again: one fact, more sources
                merged = sorted(set(json.loads(sources)) | set(source_ids))
                conn.execute("UPDATE memories SET source_ids = ? WHERE id = ?",
                             (json.dumps(merged), fid))
                return None
        day = resolve_mentioned(fact.text, when) if fact.due else None
        new_id = conn.execute(
            "INSERT INTO memories(profile, kind, role, session, ts, text, category, slot, value, "
            "due, feeling, source_ids, vector, about_start, about_end) VALUES (?, 'fact', "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (profile, about, session, to_ts(when), fact.text, fact.category, fact.slot, fact.value,
             fact.due.timestamp() if fact.due else None, fact.feeling or None,
             json.dumps(source_ids), to_blob(vector),
             day[0].timestamp() if day else None,
             day[1].timestamp() if day else None)).lastrowid
        if fact.single:
            for fid, _value, ts, _sources in current:
                if ts <= to_ts(when):  # the newer statement wins; both keep their dates
                    conn.execute("UPDATE memories SET superseded_by = ?, superseded_at = ? "
                                 "WHERE id = ?", (new_id, to_ts(when), fid))
                else:
                    conn.execute("UPDATE memories SET superseded_by = ?, superseded_at = ? "
                                 "WHERE id = ?", (fid, ts, new_id))
        return int(new_id)

    @staticmethod
    def known_fact(conn: Any, fact: Fact, profile: str) -> int:
        """The current fact saying ``fact`` (its slot and value): where ``insert_fact`` merged."""
        (known,) = conn.execute(
            "SELECT id FROM memories WHERE profile = ? AND slot = ? AND kind = 'fact' AND "
            "superseded_by IS NULL AND lower(value) = lower(?) ORDER BY id DESC LIMIT 1",
            (profile, fact.slot, fact.value)).fetchone()
        return int(known)

    @staticmethod
    def supersede(conn: Any, memory_id: int, by: int, when: datetime) -> int:
        """``memory_id`` is kept, no longer current: ``by`` says it now. Returns its id."""
        conn.execute("UPDATE memories SET superseded_by = ?, superseded_at = ? WHERE id = ?",
                     (by, to_ts(when), memory_id))
        return memory_id

    @staticmethod
    def add_source(conn: Any, memory_id: int, source: int) -> None:
        (sources,) = conn.execute("SELECT source_ids FROM memories WHERE id = ?",
                                  (memory_id,)).fetchone()
        conn.execute("UPDATE memories SET source_ids = ? WHERE id = ?",
                     (json.dumps(sorted(set(json.loads(sources)) | {source})), memory_id))

    @staticmethod
    def is_current(conn: Any, memory_id: int) -> bool:
        return conn.execute("SELECT 1 FROM memories WHERE id = ? AND superseded_by IS NULL",
                            (memory_id,)).fetchone() is not None

    def add_one(self, text: str, profile: str, insert: Callable[[Any, np.ndarray], int | None]
                ) -> int | None:
        """Embed ``text`` and run ``insert(conn, vector)`` in one transaction (facts found by
        an LLM, summaries)."""
        if self.db.read_only_reason:
            raise MemoryWriteError(self.db.read_only_reason)
        vector = self._embedder().embed([text])[0]
        with self.db.write_lock:
            self.indexes.get(profile)
            with self.db.write() as conn:
                new_id = insert(conn, vector)
            if new_id is not None:
                self.indexes.add(profile, [new_id], vector.reshape(1, -1))
        return new_id
