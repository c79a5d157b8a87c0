"""Keeping the language model's cache one step ahead of the conversation.

On 2 cores a 1.5B model needs 10-20 ms per prompt token, so a cold 100-token prompt costs a
second before the first word. Almost all of that prompt is known before the user stops
talking, so it is evaluated ahead of time, in a worker thread:

- between turns: persona and history, when a conversation starts and as soon as a reply is
  over;
- while the user speaks: the memories recalled for their words and their stable words
  (the prefix two consecutive partial transcripts agree on), after each partial.

The memories chosen for the words so far are kept for the reply (``Thinker.early_notes``); a
memory that matters, brought by later words, is added after them, and the hints follow them
(``TurnNotes.serving``): so the memories settle early, the prompt at the endpoint
starts with exactly the tokens the cache holds, and only the last few words remain. A reply
always wins: the model stops a prefill at its next step when a reply wants it, and a newer
prefill cancels an older one, then waits for it to stop before it takes the model (the model
turns away a prefill while another holds it: each new partial transcript then lost its prefill
to the one it had just cancelled, and of ~100 tokens of memories only ~20 were read while the
user spoke).
"""

from __future__ import annotations

import asyncio
import logging
import threading

from pipeline.cpu import off_loop
from pipeline.think import Thinker

log = logging.getLogger(__name__)


class Prefiller:
    def __init__(self, thinker: Thinker) -> None:
        self.thinker = thinker
        self._cancel = threading.Event()
        self._task: asyncio.Task[None] | None = None
        self._words = ""

    def between_turns(self) -> None:
        """The last reply is in the history: cache persona + history for the next turn."""
        self._words = ""
        self.thinker.early_notes = None  # they belonged to the turn that just ended
        self._start("")

    def while_speaking(self, stable: str) -> None:
        """The user's words so far (the stable prefix of a partial transcript)."""
        if stable and stable != self._words:
            self._words = stable
            self._start(stable)

    def stop(self) -> None:
        """A reply starts: a prefill not yet under way is dropped. The covering transcription
        is followed at once by a guess on the same words, and the prefill it triggered made
        the reply wait for its step (~130 ms), then evaluate its last tokens in a second pass:
        on 2 cores each pass of the 1.5B costs ~35 ms of reading weights, however few tokens."""
        self._cancel.set()

    def _start(self, words: str) -> None:
        self._cancel.set()  # an older prefill stops at its next step
        self._cancel = threading.Event()
        self._task = asyncio.ensure_future(self._prefill(words, self._cancel, self._task))

    async def _prefill(self, words: str, cancel: threading.Event,
                       older: asyncio.Task[None] | None) -> None:
        thinker = self.thinker
        try:
            await thinker.load_user()  # it is part of the system prompt: the cached prefix
            notes = await thinker.notes(words) if words else None
            if cancel.is_set():
                return
            if notes is not None:
                if thinker.early_notes is not None:  # cached: re-reading them buys nothing
                    notes = thinker.early_notes.serving(notes)
                thinker.early_notes = notes
            messages, _ = await off_loop(
                thinker.prompt, words, list(notes.lines) if notes else None)
            if older is not None:  # cancelled: it stops at its next step
                await asyncio.gather(older, return_exceptions=True)
            if cancel.is_set():
                return
            cached = await off_loop(thinker.llm.prefill, messages, cancel)
            log.debug("prefill words=%r cached_tokens=%d", words, cached)
        except Exception as exc:  # a warm-up that fails only costs the speed it would have won
            log.warning("prefill.failed error=%r", exc)

    async def settled(self) -> None:
        """Return once the prefill under way is over (a session's opening prefill, say)."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def close(self) -> None:
        self._cancel.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
