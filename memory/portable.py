"""Export and import memories as JSON lines.

One object per line: {"id", "profile", "kind", "role", "session", "timestamp" (ISO 8601 with
offset), "text", "source_ids"} (a corrected line also "superseded_by", "superseded_at") plus, for
facts, {"category", "slot", "value", "superseded_by", "superseded_at", "due", "followed_up",
"feeling"}. Vectors are not exported: they are re-made on
import, so a file stays readable and small. A line with only "text" (and optionally "role",
"session", "timestamp", "profile") is a plain turn; facts are then extracted from it.
An import is checked whole before anything is written (each error names its line), then saved
in one transaction: a bad line leaves the memory as it was, so a retry never duplicates.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TextIO

from memory.db import Database
from memory.errors import MemoryImportError, MemoryWriteError
from memory.extract import Fact
from memory.writer import NewDerived, NewTurn

_FACT_FIELDS = ("category", "slot", "value", "superseded_by", "superseded_at", "due",
                "followed_up", "feeling")
_TEXT_FIELDS = ("role", "session", "profile", "category", "slot", "value", "feeling")
_TIME_FIELDS = ("timestamp", "superseded_at", "due", "followed_up")
_MANY_VALUED = ("pet", "family", "event", "plan", "worry", "allergy", "imported")
Plan = dict[str, tuple[list[NewTurn], list[NewDerived]]]  # profile -> what to add


def _iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts).astimezone().isoformat() if ts is not None else None


@contextlib.contextmanager
def _open_for_writing(target: str | Path | TextIO) -> Iterator[TextIO]:
    if isinstance(target, (str, Path)):
        try:
            with open(target, "w", encoding="utf-8") as fh:
                yield fh
        except OSError as exc:
            raise MemoryWriteError(f"Cannot write {target}: {exc.strerror}; choose another "
                                   "file.") from exc
    else:
        yield target


def export_jsonl(db: Database, dest: str | Path | TextIO, profile: str | None) -> int:
    where, params = ("WHERE profile = ?", [profile]) if profile else ("", [])
    cur = db.conn.execute(
        "SELECT id, profile, kind, role, session, ts, text, source_ids, category, slot, value, "
        f"superseded_by, superseded_at, due, followed_up, feeling FROM memories {where} "
        "ORDER BY id", params)
    count = 0
    with _open_for_writing(dest) as fh:
        for row in cur:
            (mid, prof, kind, role, session, ts, text, sources, *fact) = row
            record: dict[str, Any] = {"id": mid, "profile": prof, "kind": kind, "role": role,
                                      "session": session, "timestamp": _iso(ts), "text": text,
                                      "source_ids": json.loads(sources)}
            values = dict(zip(_FACT_FIELDS, fact, strict=True))
            for key in ("superseded_at", "due", "followed_up"):
                values[key] = _iso(values[key])
            if kind == "fact":
                record.update(values)
            elif values["superseded_by"] is not None:  # a line corrected since: still kept
                record.update({key: values[key] for key in ("superseded_by", "superseded_at")})
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


# ----------------------------------------------------------------- reading and checking
def _lines(src: str | Path | IO[Any], name: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of non-blank lines; bytes that are not UTF-8 name their line."""
    if isinstance(src, (str, Path)):
        try:
            fh: IO[Any] = open(src, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise MemoryImportError(f"Cannot read {src}: {exc.strerror}.") from exc
    else:
        fh = getattr(src, "buffer", src)
    try:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            except UnicodeDecodeError as exc:
                raise MemoryImportError(f"{name} line {n} is not UTF-8 text ({exc.reason}); "
                                        "memory imports take JSON lines as written by "
                                        "`companion memory export`") from exc
            if line.strip():
                yield n, line
    finally:
        if isinstance(src, (str, Path)):
            fh.close()


def _check(record: Any, where: str) -> dict[str, Any]:
    """The record, or a MemoryImportError saying which field of which line is wrong."""
    if not isinstance(record, dict):
        raise MemoryImportError(f"{where} is not an object; each line must be an object with "
                                "at least a text field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MemoryImportError(f"{where} has no \"text\"; each line must be an object with "
                                "at least a text field (a non-empty string)")
    for key in _TEXT_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise MemoryImportError(f"{where}: \"{key}\" must be a string, not "
                                    f"{type(record[key]).__name__}")
    if record.get("kind", "turn") not in ("turn", "fact", "summary"):
        raise MemoryImportError(f"{where}: unknown kind {record.get('kind')!r} (turn, fact, "
                                "summary)")
    for key in ("id", "superseded_by"):
        value = record.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise MemoryImportError(f"{where}: \"{key}\" must be a whole number")
    sources = record.get("source_ids", [])
    if not isinstance(sources, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) for s in sources):
        raise MemoryImportError(f"{where}: \"source_ids\" must be a list of memory ids, e.g. "
                                "[12, 13]")
    out = dict(record)
    for key in _TIME_FIELDS:
        out[key] = _parse_time(record.get(key), where, key)
    return out


def _parse_time(value: Any, where: str, key: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        when = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        when = None
    if when is None:
        raise MemoryImportError(f"{where}: {key} {value!r} is not ISO 8601 (e.g. "
                                "2026-05-01T10:00:00)")
    # Stored times are naive local time; an offset in the file is honoured, then dropped.
    return when.astimezone().replace(tzinfo=None) if when.tzinfo else when


def read_import(src: str | Path | IO[Any], profile: str | None) -> tuple[Plan, int, bool]:
    """Check the whole file; returns (what to add per profile, how many records, whether to
    extract facts from turns: only when the file brings none of its own)."""
    name = str(src) if isinstance(src, (str, Path)) else getattr(src, "name", "input")
    records = []
    for n, line in _lines(src, name):
        where = f"{name} line {n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MemoryImportError(f"{where} is not JSON ({exc.msg}); memory imports take "
                                    "JSON lines as written by `companion memory export`"
                                    ) from exc
        records.append(_check(record, where))
    extract = not any(r.get("kind") == "fact" for r in records)
    plan: Plan = {}
    for r in records:
        turns, derived = plan.setdefault(profile or r.get("profile") or "default", ([], []))
        if r.get("kind", "turn") == "turn":
            turns.append(NewTurn(r["text"], r.get("role") or "user", r.get("session"),
                                 r["timestamp"], key=r.get("id"),
                                 replaced_by=r.get("superseded_by"),
                                 replaced_at=r.get("superseded_at")))
        else:
            derived.append(NewDerived(r["kind"], r["text"], r.get("session"), r["timestamp"],
                                      r.get("source_ids", []), _fact(r) if r["kind"] == "fact"
                                      else None, r.get("followed_up")))
    for _turns, derived in plan.values():
        # Facts oldest first, so superseding replays in the order it first happened.
        derived.sort(key=lambda d: d.when or datetime.min)
    return plan, len(records), extract


def _fact(r: dict[str, Any]) -> Fact:
    slot = r.get("slot") or f"imported:{r['text'][:40].lower()}"
    return Fact(slot, r.get("value") or r["text"], r["text"], r.get("category") or "fact",
                single=slot.split(":")[0] not in _MANY_VALUED, due=r.get("due"),
                feeling=r.get("feeling") or "")
