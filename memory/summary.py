"""Session summaries: one short memory per conversation, for "what did we talk about on Monday?".

Without an LLM the summary is extractive: the facts learned in the session, else the user's
first sentences. A summarizer callable (e.g. the LLM) can do better; it gets the session's
lines ("user: ...", "assistant: ...") and returns one paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from memory.store import MemoryStore

Summarizer = Callable[[list[str]], str]


def summarize_session(store: MemoryStore, session: str, profile: str = "default",
                      summarize: Summarizer | None = None, max_chars: int = 400) -> int | None:
    """Store a summary of ``session`` (replacing an older one); None when it has no turns."""
    rows = store.db.conn.execute(
        "SELECT id, kind, role, text, ts FROM memories WHERE profile = ? AND session = ? "
        "ORDER BY ts, id", (profile, session)).fetchall()
    turns = [r for r in rows if r[1] == "turn"]
    if not turns:
        return None
    if summarize is not None:
        text = summarize([f"{role}: {text}" for _id, _k, role, text, _ts in turns]).strip()
    else:
        facts = [r[3] for r in rows if r[1] == "fact"]
        said = [r[3] for r in turns if r[2] == "user"]
        text = " ".join(facts or said)
    text = text[:max_chars].rsplit(" ", 1)[0] if len(text) > max_chars else text
    if not text:
        return None
    old = [r[0] for r in rows if r[1] == "summary"]
    if old:
        store.forget(ids=old, profile=profile)
    from memory.hits import from_ts

    return store.add_summary(f"Conversation of {session}: {text}", session, profile,
                             from_ts(turns[-1][4]), [r[0] for r in turns])
