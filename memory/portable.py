"""Export and import memories as JSON lines.

One object per line: {"id", "profile", "kind", "role", "session", "timestamp" (ISO 8601 with
offset), "text", "source_ids"} plus, for facts, {"category", "slot", "value", "superseded_by",
"superseded_at", "due", "followed_up", "feeling"}. Vectors are not exported: they are re-made on
import, so a file stays readable and small. A line with only "text" (and optionally "role",
"session", "timestamp", "profile") is a plain turn; facts are then extracted from it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tqdm import tqdm

from memory.errors import MemoryImportError, MemoryWriteError
from memory.extract import Fact

if TYPE_CHECKING:
    from memory.store import MemoryStore

BATCH = 256
_FACT_FIELDS = ("category", "slot", "value", "superseded_by", "superseded_at", "due",
                "followed_up", "feeling")


def _iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts).astimezone().isoformat() if ts is not None else None


def _parse_time(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise MemoryImportError(f"{where}: timestamp {value!r} is not ISO 8601 "
                                "(e.g. 2026-05-01T10:00:00)") from exc
    # Stored times are naive local time; an offset in the file is honoured, then dropped.
    return when.astimezone().replace(tzinfo=None) if when.tzinfo else when


@contextlib.contextmanager
def _open(target: str | Path | TextIO, mode: str) -> Iterator[TextIO]:
    if isinstance(target, (str, Path)):
        try:
            with open(target, mode, encoding="utf-8") as fh:
                yield fh
        except OSError as exc:
            if "w" in mode:
                raise MemoryWriteError(f"Cannot write {target}: {exc.strerror}; choose another "
                                       "file.") from exc
            raise MemoryImportError(f"Cannot read {target}: {exc.strerror}.") from exc
    else:
        yield target


def export_jsonl(store: MemoryStore, dest: str | Path | TextIO, profile: str | None) -> int:
    where, params = ("WHERE profile = ?", [profile]) if profile else ("", [])
    cur = store.db.conn.execute(
        "SELECT id, profile, kind, role, session, ts, text, source_ids, category, slot, value, "
        f"superseded_by, superseded_at, due, followed_up, feeling FROM memories {where} "
        "ORDER BY id", params)
    count = 0
    with _open(dest, "w") as fh:
        for row in cur:
            (mid, prof, kind, role, session, ts, text, sources, *fact) = row
            record: dict[str, Any] = {"id": mid, "profile": prof, "kind": kind, "role": role,
                                      "session": session, "timestamp": _iso(ts), "text": text,
                                      "source_ids": json.loads(sources)}
            if kind == "fact":
                values = dict(zip(_FACT_FIELDS, fact, strict=True))
                for key in ("superseded_at", "due", "followed_up"):
                    values[key] = _iso(values[key])
                record.update(values)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _records(src: TextIO, name: str) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(src, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise MemoryImportError(f"{name} line {n} is not JSON ({exc.msg}); memory imports "
                                    "take JSON lines as written by `companion memory export`"
                                    ) from exc
        if not isinstance(record, dict) or not str(record.get("text", "")).strip():
            raise MemoryImportError(f"{name} line {n} has no \"text\"; each line must be an "
                                    "object with at least a text field")
        records.append(record)
    return records


def import_jsonl(store: MemoryStore, src: str | Path | TextIO, profile: str | None,
                 progress: bool) -> int:
    """Add the file's memories (ids are renumbered; links between them are kept)."""
    name = str(src) if isinstance(src, (str, Path)) else getattr(src, "name", "input")
    with _open(src, "r") as fh:
        records = _records(fh, name)
    has_facts = any(r.get("kind") == "fact" for r in records)
    new_id: dict[int, int] = {}
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        groups.setdefault(profile or r.get("profile") or "default", []).append(r)
    bar = tqdm(total=len(records), desc="Importing memories", unit="memory",
               disable=not progress or len(records) < 200)
    with bar:
        for prof, items in groups.items():
            turns = [r for r in items if r.get("kind", "turn") == "turn"]
            for start in range(0, len(turns), BATCH):
                chunk = turns[start:start + BATCH]
                ids = store.add_many(
                    [(str(r["text"]), str(r.get("role") or "user"), r.get("session"),
                      _parse_time(r.get("timestamp"), name)) for r in chunk],
                    prof, extract=not has_facts)
                for r, turn_id in zip(chunk, ids, strict=True):
                    if isinstance(r.get("id"), int):
                        new_id[r["id"]] = turn_id
                bar.update(len(chunk))
            # Facts oldest first, so superseding replays in the order it first happened.
            others = sorted((r for r in items if r.get("kind", "turn") != "turn"),
                            key=lambda r: str(r.get("timestamp") or ""))
            for r in others:
                sources = [new_id[i] for i in r.get("source_ids", []) if i in new_id]
                when = _parse_time(r.get("timestamp"), name)
                if r["kind"] == "summary":
                    mid = store.add_summary(r["text"], r.get("session") or "", prof, when,
                                            sources)
                else:
                    mid = store.add_fact(_fact(r, name), prof, when, sources, r.get("session"))
                    if mid is not None and r.get("followed_up"):
                        store.mark_followed_up(mid, _parse_time(r["followed_up"], name))
                if mid is not None and isinstance(r.get("id"), int):
                    new_id[r["id"]] = mid
                bar.update(1)
    return len(records)


def _fact(r: dict[str, Any], name: str) -> Fact:
    if r.get("kind") != "fact":
        raise MemoryImportError(f"{name}: unknown kind {r.get('kind')!r} (turn, fact, summary)")
    slot = str(r.get("slot") or f"imported:{r['text'][:40].lower()}")
    return Fact(slot, str(r.get("value") or r["text"]), str(r["text"]),
                str(r.get("category") or "fact"), single=slot.split(":")[0] not in (
                    "pet", "family", "event", "plan", "worry", "allergy", "imported"),
                due=_parse_time(r.get("due"), name), feeling=str(r.get("feeling") or ""))
