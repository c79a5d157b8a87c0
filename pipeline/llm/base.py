"""The one interface every language model back end implements, and what a reply cost.

``LlamaChat`` (llama.cpp in this process, with or without a speculative draft) and
``RemoteChat`` (an OpenAI-compatible server) both satisfy ``ChatModel``; the pipeline only ever
talks to this Protocol. Generation is blocking by nature: the pipeline iterates ``stream()`` in
a worker thread (pipeline.threads).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

Message = dict[str, str]  # {"role": "system" | "user" | "assistant", "content": text}

# llama-cpp-python quiets a load by pointing the process's stdout and stderr descriptors at
# /dev/null and back. Two loads at once (the brain and the words' end-of-turn model load in
# parallel) can each restore the other's /dev/null, and every later print is lost: hold this.
LOAD_LOCK = threading.Lock()


@dataclass
class GenerationStats:
    """What one reply cost: prompt size, how much of it the KV cache already held."""

    prompt_tokens: int = 0
    reused_tokens: int = 0  # of the prompt, already in the KV cache (not prefilled)
    reply_tokens: int = 0
    cut_short: bool = False  # ended at its token budget, mid-sentence

    @property
    def prefilled_tokens(self) -> int:
        return self.prompt_tokens - self.reused_tokens


@runtime_checkable
class ChatModel(Protocol):
    """A chat model the pipeline can stream replies from."""

    context_tokens: int
    # True when the back end hides reasoning itself, so a long silence before the first token
    # means "thinking" (a remote server); False when <think> tags arrive in the stream.
    thinks_silently: bool
    # True when a last message with role "assistant" is the start of the reply, which the model
    # continues (its words, not a finished turn): the reply can open with chosen words.
    continues_replies: bool

    @property
    def name(self) -> str:
        """Human-readable model name (logs, the bench, no-think switches)."""
        ...

    @property
    def source(self) -> str:
        """Where the model lives: a file path or a server URL."""
        ...

    def count_tokens(self, text: str) -> int: ...

    def prompt_tokens(self, messages: list[Message]) -> int:
        """Tokens of the whole chat prompt, template included (may be an estimate)."""
        ...

    def stream(self, messages: list[Message], max_tokens: int,
               stats: GenerationStats | None = None, avoid: Sequence[str] = ()) -> Iterator[str]:
        """Yield the reply's text deltas, filling ``stats`` as it goes; ``avoid``: words the
        reply must not say (what the user cannot stand), where the back end can rule them out.
        Blocking."""
        ...

    def prefill(self, messages: list[Message], cancel: threading.Event | None = None) -> int:
        """Put the next prompt, as far as it is known (the last message may still grow), into
        the cache ahead of the reply; give way at once to a reply. Returns the tokens cached.
        Blocking; a back end that cannot do it returns 0."""
        ...
