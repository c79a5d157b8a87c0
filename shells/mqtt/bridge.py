"""The broker connection: connect, subscribe, publish, and reconnect with backoff for ever.

The rest of the program never waits on the broker: ``publish()`` only puts a message in the
``Outbox``. While the broker is away, retained messages (state, availability, discovery) keep
only their latest value and are all republished on reconnect; transient ones (partial
transcripts, audio) are dropped; the rest (replies, acks, errors) wait in a bounded queue.
The session is persistent (fixed client id, clean_session off) and subscriptions are QoS 1, so
commands published while we are away are delivered when we are back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import aiomqtt

from models.errors import CompanionError
from models.redact import mask_url

log = logging.getLogger(__name__)


class BrokerUrlError(CompanionError):
    """The --mqtt URL cannot be used."""


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int = 1883
    username: str | None = None
    password: str | None = None
    tls: bool = False
    tls_ca: str | None = None
    tls_cert: str | None = None
    tls_key: str | None = None

    @classmethod
    def from_url(cls, url: str, tls_ca: str | None = None, tls_cert: str | None = None,
                 tls_key: str | None = None) -> BrokerSettings:
        """``mqtt://[user:pass@]host[:port]`` (1883) or ``mqtts://...`` (8883, TLS)."""
        hint = "Use --mqtt mqtt://[user@]host:port, e.g. mqtt://localhost:1883."
        shown = mask_url(url)
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise BrokerUrlError(f"Broker URL {shown!r} has a bad host or port. {hint}") from None
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise BrokerUrlError(f"Broker URL {shown!r} is not an mqtt:// or mqtts:// URL. "
                                 f"{hint}")
        tls = parts.scheme == "mqtts" or tls_ca is not None or tls_cert is not None
        if (tls_cert is None) != (tls_key is None):
            raise BrokerUrlError("A client certificate needs both --tls-cert and --tls-key.")
        return cls(host=parts.hostname, port=port or (8883 if tls else 1883),
                   username=unquote(parts.username) if parts.username else None,
                   password=unquote(parts.password) if parts.password else None,
                   tls=tls, tls_ca=tls_ca, tls_cert=tls_cert, tls_key=tls_key)

    def tls_params(self) -> aiomqtt.TLSParameters | None:
        if not self.tls:
            return None
        return aiomqtt.TLSParameters(ca_certs=self.tls_ca, certfile=self.tls_cert,
                                     keyfile=self.tls_key)


@dataclass(frozen=True)
class Outgoing:
    topic: str
    payload: bytes
    qos: int = 1
    retain: bool = False


class Outbox:
    """What waits to be published; survives broker outages (see the module docstring)."""

    def __init__(self, max_queued: int = 1000) -> None:
        self._queue: deque[Outgoing] = deque(maxlen=max_queued)
        self._retained: dict[str, Outgoing] = {}
        self._dirty: dict[str, None] = {}  # retained topics to (re)publish, in order
        self._ready = asyncio.Event()
        self.online = False

    def put(self, message: Outgoing, transient: bool = False) -> None:
        if message.retain:
            self._retained[message.topic] = message
            self._dirty.pop(message.topic, None)
            self._dirty[message.topic] = None
        elif transient and not self.online:
            return  # live-only (partial transcripts, audio): stale once the broker is back
        else:
            self._queue.append(message)
        self._ready.set()

    def republish_retained(self) -> None:
        """After a (re)connect: every retained value goes out again, first."""
        self._dirty = dict.fromkeys(self._retained)
        self._ready.set()

    def forget_retained(self, topic: str) -> None:
        self._retained.pop(topic, None)
        self._dirty.pop(topic, None)

    def push_back(self, message: Outgoing) -> None:
        """A publish that failed goes out first after the reconnect."""
        if message.retain:
            self._dirty = {message.topic: None, **self._dirty}
        else:
            self._queue.appendleft(message)

    def pending(self) -> int:
        return len(self._dirty) + len(self._queue)

    async def get(self) -> Outgoing:
        while True:
            if self._dirty:
                topic = next(iter(self._dirty))
                del self._dirty[topic]
                return self._retained[topic]
            if self._queue:
                return self._queue.popleft()
            self._ready.clear()
            await self._ready.wait()


Handler = Callable[[aiomqtt.Message], Awaitable[None]]


class Backoff:
    """Waits between reconnects: doubling from ``first`` up to ``cap``, with +-20 % jitter so
    a house of satellites does not come back all at once. Capped low (a few seconds): a long
    outage must not leave the speaker deaf for half a minute after the broker is back."""

    def __init__(self, first: float, cap: float) -> None:
        self.first, self.cap = first, max(first, cap)
        self._delay = first

    def reset(self) -> None:
        self._delay = self.first

    def next(self) -> float:
        wait = self._delay * random.uniform(0.8, 1.2)
        self._delay = min(self._delay * 2, self.cap)
        return wait


async def cancel_and_wait(*tasks: asyncio.Task[Any]) -> None:
    """Cancel and wait, insisting: before Python 3.12, asyncio.wait_for (inside aiomqtt's
    publish) swallows a cancel that lands as its inner future completes, and the task runs on."""
    pending = {t for t in tasks if not t.done()}
    while pending:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=0.2)
    await asyncio.gather(*tasks, return_exceptions=True)


class Link:
    """One MQTT client identity, connected for as long as ``run()`` runs."""

    def __init__(self, settings: BrokerSettings, client_id: str, availability_topic: str,
                 subscriptions: list[str], on_message: Handler,
                 on_connect: Callable[[], None] = lambda: None,
                 backoff_s: tuple[float, float] = (0.5, 5.0)) -> None:
        self.settings = settings
        self.client_id = client_id
        self.availability_topic = availability_topic
        self.subscriptions = subscriptions
        self.on_message = on_message
        self.on_connect = on_connect
        self.backoff_s = backoff_s
        self.outbox = Outbox()
        self.connected = asyncio.Event()
        self.connections = 0  # successful connects so far (tests, logs)
        self.session_present: bool | None = None  # what the last CONNACK said
        self.sessions_lost = 0  # reconnects that found no session (the broker forgot us)

    def publish(self, topic: str, payload: bytes | str, qos: int = 1, retain: bool = False,
                transient: bool = False) -> None:
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        self.outbox.put(Outgoing(topic, data, qos, retain), transient=transient)

    def _client(self) -> aiomqtt.Client:
        s = self.settings
        client = aiomqtt.Client(
            s.host, s.port, username=s.username, password=s.password,
            identifier=self.client_id, clean_session=False, keepalive=30, timeout=10,
            will=aiomqtt.Will(self.availability_topic, b"offline", qos=1, retain=True),
            tls_params=s.tls_params(), max_queued_incoming_messages=2000)
        # aiomqtt drops the CONNACK flags; paho has them: was our session still there?
        paho = client._client
        on_connect = paho.on_connect

        def connected(*args: Any) -> None:  # noqa: ANN401 - paho's callback signature
            self.session_present = bool(getattr(args[2], "session_present", False))
            on_connect(*args)

        paho.on_connect = connected
        return client

    async def run(self) -> None:
        """Stay connected until cancelled; on cancel, say "offline" and disconnect cleanly."""
        backoff = Backoff(*self.backoff_s)
        while True:
            try:
                async with self._client() as client:
                    backoff.reset()
                    await self._serve(client)
            except aiomqtt.MqttError as exc:
                self._went_offline()
                wait = backoff.next()
                log.warning("mqtt.disconnected host=%s port=%d error=%r retry_in_s=%.1f",
                            self.settings.host, self.settings.port, str(exc), wait)
                await asyncio.sleep(wait)

    def _went_offline(self) -> None:
        self.connected.clear()
        self.outbox.online = False

    async def _serve(self, client: aiomqtt.Client) -> None:
        self.connections += 1
        self.publish(self.availability_topic, "online", retain=True)
        self.outbox.online = True
        self.outbox.republish_retained()
        self.on_connect()
        for topic in self.subscriptions:
            await client.subscribe(topic, qos=1)
        self.connected.set()
        log.info("mqtt.connected host=%s port=%d client_id=%s session_present=%s",
                 self.settings.host, self.settings.port, self.client_id, self.session_present)
        if self.connections > 1 and not self.session_present:
            self._session_lost()
        sender = asyncio.create_task(self._send(client))
        receiver = asyncio.create_task(self._receive(client))
        try:
            done, _ = await asyncio.wait({sender, receiver}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()  # raises the MqttError that ended it
            raise aiomqtt.MqttError("connection closed")
        except asyncio.CancelledError:
            await self._say_goodbye(client, sender)
            raise
        finally:
            await cancel_and_wait(sender, receiver)
            self._went_offline()

    def _session_lost(self) -> None:
        """A reconnect found no session: the broker restarted without persistence (Mosquitto's
        default), so whatever was sent to us while we were away is gone. Said once."""
        self.sessions_lost += 1
        if self.sessions_lost == 1:
            log.warning("mqtt.session_lost client_id=%s: the broker kept no session for us, so "
                        "commands sent while we were away were lost; set `persistence true` in "
                        "mosquitto.conf (README: Smart speaker over MQTT)", self.client_id)

    async def _send(self, client: aiomqtt.Client) -> None:
        while True:
            message = await self.outbox.get()
            try:
                await client.publish(message.topic, message.payload, qos=message.qos,
                                     retain=message.retain)
            except (aiomqtt.MqttError, asyncio.CancelledError):
                self.outbox.push_back(message)
                raise

    async def _receive(self, client: aiomqtt.Client) -> None:
        async for message in client.messages:
            try:
                await self.on_message(message)
            except Exception:  # a handler bug must not drop the connection
                log.exception("mqtt.handler_failed topic=%s", message.topic.value)

    async def _say_goodbye(self, client: aiomqtt.Client, sender: asyncio.Task[None]) -> None:
        """Graceful stop: flush what is queued (briefly), then the retained "offline"."""
        await cancel_and_wait(sender)
        self.outbox.forget_retained(self.availability_topic)

        async def flush() -> None:
            while self.outbox.pending():
                message = await self.outbox.get()
                await client.publish(message.topic, message.payload, qos=message.qos,
                                     retain=message.retain)
            await client.publish(self.availability_topic, b"offline", qos=1, retain=True)

        with contextlib.suppress(aiomqtt.MqttError, asyncio.TimeoutError):
            await asyncio.wait_for(flush(), 2.0)
