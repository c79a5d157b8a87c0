"""Run blocking generators (LLM tokens, TTS chunks) in a worker thread as async iterators.

This is the one bridge between blocking model calls and the event loop. Cancelling the
consuming task stops the worker at its next item, so a cancelled turn frees the CPU quickly.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

_DONE = object()


async def iterate_in_thread(make: Callable[[], Iterator[T]], maxsize: int = 64) -> AsyncIterator[T]:
    """Yield the items of ``make()`` (called in a worker thread) without blocking the loop."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[object] = asyncio.Queue()  # bounded by ``room`` below
    stop = threading.Event()
    room = threading.Semaphore(maxsize)  # back-pressure: the worker never runs ahead unbounded

    def put(item: object) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, item)

    def work() -> None:
        items: Iterator[T] | None = None
        try:
            items = make()  # a model call may fail before its first item, too
            for item in items:
                while not room.acquire(timeout=0.1):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                put(item)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            put(_Failure(exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # runs the generator's cleanup now, in this thread
                close()
            put(_DONE)

    worker = loop.run_in_executor(None, work)
    try:
        while True:
            item = await queue.get()
            if item is _DONE:
                break
            if isinstance(item, _Failure):
                raise item.exc
            room.release()
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        # The worker notices ``stop`` within one item; waiting keeps "no task left running" true.
        await asyncio.shield(worker)


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
