"""The shape every stage has, the channel between two stages, and how a chain of them runs.

A stage takes items from one inbox (an async iterable) and puts its own items into one outbox
(a ``Channel``); it never knows who is before or after it. ``run_stages`` joins stages with
bounded channels and runs them concurrently, so the next stage starts on the first item while
the previous one is still working (the first clause is voiced while the LLM writes the rest).

There is one way to stop a chain: cancel the task that runs ``run_stages``. Every stage is
cancelled with it, and a stage that fails cancels its partners and raises.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Coroutine
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
In = TypeVar("In", contravariant=True)
Out = TypeVar("Out")

_CLOSED = object()


class Channel(Generic[T]):
    """A bounded queue between two stages; ``close()`` ends the reader's ``async for``."""

    def __init__(self, maxsize: int = 8) -> None:
        self._queue: asyncio.Queue[object] = asyncio.Queue(maxsize)

    async def put(self, item: T) -> None:
        await self._queue.put(item)

    def put_nowait(self, item: T) -> None:
        """For producers that cannot wait (a task's done-callback): only on an unbounded
        channel (``maxsize=0``), where it never fails."""
        self._queue.put_nowait(item)

    async def close(self) -> None:
        await self._queue.put(_CLOSED)

    def close_nowait(self) -> None:
        """Close from a callback: only on an unbounded channel (``maxsize=0``)."""
        self._queue.put_nowait(_CLOSED)

    async def get(self) -> T | None:
        """The next item, or None once the channel is closed."""
        item = await self._queue.get()
        if item is _CLOSED:
            self._queue.put_nowait(_CLOSED)  # later readers see the end too
            return None
        return item  # type: ignore[return-value]

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        while (item := await self.get()) is not None:
            yield item


class Stage(Protocol[In, Out]):
    """One step of the pipeline: items in, items out, stopped only by cancellation."""

    async def run(self, inbox: AsyncIterable[In], outbox: Channel[Out]) -> None: ...


async def one(item: T) -> AsyncIterator[T]:
    """An inbox holding a single item (a turn's user text)."""
    yield item


async def run_stages(inbox: AsyncIterable[Any], *stages: Stage[Any, Any],
                     outbox: Channel[Any] | None = None) -> None:
    """Chain ``stages``: each one's outbox is the next one's inbox; the last one writes to
    ``outbox`` (or a channel nobody reads). Returns when the last stage is done."""
    coroutines = []
    for n, stage in enumerate(stages):
        last = n == len(stages) - 1
        out: Channel[Any] = (outbox or Channel(maxsize=0)) if last else Channel()
        coroutines.append(_run_and_close(stage, inbox, out))
        inbox = out
    await run_together(*coroutines)


async def _run_and_close(stage: Stage[Any, Any], inbox: AsyncIterable[Any],
                         outbox: Channel[Any]) -> None:
    # A failing stage does not close its outbox: run_together cancels its partners instead.
    await stage.run(inbox, outbox)
    await outbox.close()


async def run_together(*coroutines: Coroutine[Any, Any, None]) -> None:
    """Run coroutines concurrently; the first failure cancels the rest and is raised."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
