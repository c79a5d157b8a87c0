"""A cheap extractive summary of the exchanges the history had to drop.

When the history is trimmed to fit the context window, the oldest exchanges leave the prompt;
so that a long-running speaker does not forget them, they go into memory as one summary, which
recall can bring back like any other memory. No model is asked (that would cost a turn's worth
of time): the user's own sentences that carry the most content words are kept, in order.
"""

from __future__ import annotations

import re

from memory.retrieval import STOPWORDS
from pipeline.llm.base import Message

MAX_CHARS = 600
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z0-9']+")


def content_words(sentence: str) -> int:
    return sum(1 for w in _WORD.findall(sentence.lower()) if w not in STOPWORDS and len(w) > 2)


def summarize_dropped(messages: list[Message], max_chars: int = MAX_CHARS) -> str:
    """One paragraph from the user's side of ``messages`` ("" when nothing is worth keeping).

    The user's words carry the facts (the companion's replies were made from them); recalled
    notes (system messages) are memories already.
    """
    sentences: list[str] = []
    seen: set[str] = set()
    for message in messages:
        if message["role"] != "user":
            continue
        for sentence in _SENTENCE.split(" ".join(message["content"].split())):
            key = " ".join(_WORD.findall(sentence.lower()))
            if key and key not in seen and content_words(sentence) >= 2:
                seen.add(key)
                sentences.append(sentence.strip())
    # The richest sentences win when they do not all fit; the kept ones stay in their order.
    budget = max_chars
    ranked = sorted(range(len(sentences)), key=lambda i: -content_words(sentences[i]))
    keep: set[int] = set()
    for i in ranked:
        if len(sentences[i]) + 1 <= budget:
            keep.add(i)
            budget -= len(sentences[i]) + 1
    if not keep:
        return ""
    said = " ".join(sentences[i] for i in sorted(keep))
    return f"Earlier in a conversation, the user said: {said}"
