"""Helpers for the MQTT tests (no tests here): a probe client that records every message."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiomqtt


@dataclass(frozen=True)
class Seen:
    topic: str
    payload: bytes
    retain: bool

    def json(self) -> Any:
        return json.loads(self.payload)


class Probe:
    """An MQTT client that subscribes to ``topics`` and keeps everything it receives."""

    def __init__(self, port: int, topics: tuple[str, ...] = ("#",),
                 settings: Any = None) -> None:  # noqa: ANN401 - a BrokerSettings: as whom
        login = {} if settings is None else {
            "username": settings.username, "password": settings.password,
            "tls_params": settings.tls_params()}
        self.client = aiomqtt.Client(settings.host if settings else "127.0.0.1", port,
                                     identifier=f"probe-{uuid.uuid4().hex[:8]}",
                                     max_queued_incoming_messages=100000, **login)
        self.topics = topics
        self.messages: list[Seen] = []
        self._new = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Probe:
        await self.client.__aenter__()
        for topic in self.topics:
            await self.client.subscribe(topic, qos=1)
        self._task = asyncio.create_task(self._collect())
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, aiomqtt.MqttError):
                await self._task
        with contextlib.suppress(aiomqtt.MqttError):
            await self.client.__aexit__(None, None, None)

    async def _collect(self) -> None:
        async for message in self.client.messages:
            payload = message.payload if isinstance(message.payload, bytes) else b""
            self.messages.append(Seen(message.topic.value, payload, message.retain))
            self._new.set()

    async def publish(self, topic: str, payload: bytes | str, qos: int = 1,
                      retain: bool = False) -> None:
        await self.client.publish(topic, payload, qos=qos, retain=retain)

    def matching(self, predicate: Callable[[Seen], bool], start: int = 0) -> list[Seen]:
        return [m for m in self.messages[start:] if predicate(m)]

    async def wait(self, predicate: Callable[[Seen], bool], timeout: float = 10.0,
                   start: int = 0) -> Seen:
        """The first message (from index ``start``) that satisfies ``predicate``."""
        async def find() -> Seen:
            while True:
                found = self.matching(predicate, start)
                if found:
                    return found[0]
                self._new.clear()
                await self._new.wait()

        return await asyncio.wait_for(find(), timeout)


def topic_is(topic: str) -> Callable[[Seen], bool]:
    return lambda m: m.topic == topic


def event_with(topic: str, **fields: Any) -> Callable[[Seen], bool]:  # noqa: ANN401
    """A JSON message on ``topic`` whose fields have the given values."""
    def check(m: Seen) -> bool:
        if m.topic != topic:
            return False
        try:
            data = m.json()
        except ValueError:
            return False
        return isinstance(data, dict) and all(data.get(k) == v for k, v in fields.items())
    return check
