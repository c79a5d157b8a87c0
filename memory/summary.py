"""Session summaries: one short memory per conversation, for "what did we talk about on Monday?".

Without an LLM the summary is extractive: the facts learned in the session (it then points at
the turns they came from), else the speakers' first sentences (pointing at every turn). A
summarizer callable (e.g. the LLM) can do better; it gets the session's
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
    rows = store.session(session, profile)
    turns = [h for h in rows if h.kind == "turn"]
    if not turns:
        return None
    sources = [h.id for h in turns]
    if summarize is not None:
        text = summarize([f"{h.role}: {h.text}" for h in turns]).strip()
    else:
        facts = [h for h in rows if h.kind == "fact"]
        said = [h.text for h in turns if h.role not in ("assistant", "system")]
        text = " ".join([f.text for f in facts] or said)
        if facts:  # made of the facts: it points at the turns they came from
            sources = sorted({i for f in facts for i in f.source_ids})
    text = text[:max_chars].rsplit(" ", 1)[0] if len(text) > max_chars else text
    if not text:
        return None
    old = [h.id for h in rows if h.kind == "summary"]
    if old:
        store.forget(ids=old, profile=profile)
    return store.add_summary(f"Conversation of {session}: {text}", session, profile,
                             turns[-1].timestamp, sources)
