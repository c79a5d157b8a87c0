"""Who gets the cores first: the voice's next clause, and what decides that the user has
finished, before the LLM's next token.

Piper and llama.cpp each run two threads; on 2 cores side by side, piper took 210 ms for a
first clause instead of 100 ms and the LLM wrote 6.5 instead of 25 tokens/s. Taking turns is
faster for both, and the LLM writes far ahead of the voice anyway (a clause of ~2 s of speech
is ~15 tokens, 0.6 s of writing): so it waits between two tokens while a clause is being
synthesized. In the pipeline's bench, piper's first clause took 106 ms on average against 130 ms
(the slowest turn 157 against 238 ms): the LLM is not always writing when a clause is voiced.

The transcriptions and end-of-turn scores are urgent too: a reply started on a guess is often
ready before the endpoint, and the endpoint then waits for them alone. Starved by that reply,
the words' score once came back after the 600 ms fallback hangover had already ended the turn.

Above all of them comes the audio path: the microphone's frames, the echo canceller and the
listener's bookkeeping run on the event loop and PortAudio's threads and need little CPU, but
they need it at once. So every thread that computes (the models' calls and loads, and the
native thread pools they start, which inherit it) runs at a lower priority (``COMPUTE_NICE``)
than the audio path. On a slow 2-core box with both cores busy, the endpoint came a median
927 ms after the silence it waited for without it, 681-692 ms with it; the audio now reaches
the listener within ~15 ms (what remains is whisper's pass).
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

# The niceness of compute threads. 10 leaves the audio path ~9x their weight on a busy core, and
# costs the models nothing when nothing else runs. COMPANION_COMPUTE_NICE=0 turns it off.
_NICE = os.environ.get("COMPANION_COMPUTE_NICE", "10")
COMPUTE_NICE = int(_NICE) if _NICE.strip().lstrip("-").isdigit() else 10
_lowered = threading.local()


def run_below_audio() -> None:
    """Lower the calling thread to ``COMPUTE_NICE`` (once; Linux sets it per thread, and the
    threads it starts from now on inherit it). Never the main thread, which runs the event loop;
    elsewhere than Linux the call would lower the whole process, so priorities stay as they are."""
    if getattr(_lowered, "done", False) or threading.current_thread() is threading.main_thread() \
            or not sys.platform.startswith("linux"):
        return
    _lowered.done = True
    try:
        if os.getpriority(os.PRIO_PROCESS, 0) < COMPUTE_NICE:
            os.setpriority(os.PRIO_PROCESS, 0, COMPUTE_NICE)
    except (AttributeError, OSError):
        pass


def _below_audio(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    run_below_audio()
    return fn(*args, **kwargs)


async def off_loop(fn: Callable[..., T], *args: object, **kwargs: object) -> T:
    """``fn(*args, **kwargs)`` in a worker thread lowered below the audio path: a model's call
    or load (the thread pools a model starts as it loads inherit their creator's priority), a
    memory lookup. The pipeline's one way off the event loop for blocking work."""
    return await asyncio.to_thread(_below_audio, fn, *args, **kwargs)


class CpuTurns:
    """Urgent work (speech synthesis) runs alone; patient work (LLM tokens) waits for it between
    its steps, but never longer than ``max_wait_s`` at a time, so nothing can stall it."""

    def __init__(self, max_wait_s: float = 2.0) -> None:
        self.max_wait_s = max_wait_s
        self._urgent = 0
        self._idle = threading.Condition()
        self.waited_s = 0.0  # patient time spent waiting (tests read it)

    @contextmanager
    def urgent(self) -> Iterator[None]:
        run_below_audio()  # urgent among the computations, never above the audio path
        with self._idle:
            self._urgent += 1
        try:
            yield
        finally:
            with self._idle:
                self._urgent -= 1
                self._idle.notify_all()

    def give_way(self) -> None:
        """Return when no urgent work runs (or after ``max_wait_s``)."""
        run_below_audio()
        with self._idle:
            if not self._urgent:
                return
            start = time.monotonic()
            self._idle.wait_for(lambda: not self._urgent, timeout=self.max_wait_s)
            self.waited_s += time.monotonic() - start

    def call(self, fn: Callable[..., T], *args: object) -> T:
        """``fn(*args)`` as urgent work."""
        with self.urgent():
            return fn(*args)

    def urgently(self, items: Iterable[T]) -> Iterator[T]:
        """``items``, each computed as urgent work (not while the consumer holds it)."""
        source = iter(items)
        try:
            while True:
                with self.urgent():
                    try:
                        item = next(source)
                    except StopIteration:
                        return
                yield item
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    def patiently(self, items: Iterable[T]) -> Iterator[T]:
        """``items``, each computed only once urgent work has let go of the cores."""
        source = iter(items)
        while True:
            self.give_way()
            try:
                item = next(source)
            except StopIteration:
                return
            yield item


CPU = CpuTurns()  # one per process: the cores are shared by every conversation in it
