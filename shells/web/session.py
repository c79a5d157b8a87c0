"""One browser tab talking to the companion, and the bounded set of them.

Each tab gets its own Conversation (history, state machine, turn), fed by a queue of its
microphone frames and speaking into a packet sink, as a satellite does over MQTT; all of them
share one Engine (the loaded models). The conversation is watched through its EventBus, and
what is worth showing goes to the tab as JSON. Everything for the tab goes through one outbox,
so a slow or vanished tab never blocks a conversation: past ``MAX_PENDING`` unsent messages the
session gives up on that tab alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import Any

from models.errors import CompanionError
from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.items import Event, SpeechStarted
from pipeline.persona import Persona, available_personas, load_persona
from shells.web.protocol import MAX_AUDIO_BYTES, BadMessage, ClientMessage, dumps, event_message
from voice.audio import SAMPLE_RATE
from voice.wire import PacketSink, QueueSource, check_pcm16

log = logging.getLogger(__name__)

MAX_PENDING = 2000  # messages queued for a tab that does not read them: then it is dropped
Outgoing = str | bytes | None  # None: the session is over, the writer stops


class WebSession:
    def __init__(self, engine: Engine, persona: Persona, config: Config) -> None:
        self.id = uuid.uuid4().hex[:8]
        self.config = config
        self.conversation = Conversation(engine, persona, config)
        self.conversation.bus.subscribe(self._observe)
        self.outbox: asyncio.Queue[Outgoing] = asyncio.Queue()
        self.source = QueueSource()
        self.sink = PacketSink(self._put)
        self.last_seen = time.monotonic()  # the user's last words or message (idle check)
        self.overflowed = False
        self.close_code, self.close_reason = 1000, "goodbye"
        self.received_bytes = 0
        self._run: asyncio.Task[None] | None = None
        self._asks: set[asyncio.Task[None]] = set()

    def start(self, personas: list[str]) -> None:
        self.send({"type": "ready", "session": self.id,
                   "persona": self.conversation.thinker.persona.name, "personas": personas,
                   "user": self.config.user, "sample_rate": SAMPLE_RATE,
                   "max_audio_bytes": MAX_AUDIO_BYTES})
        self._run = asyncio.create_task(self._converse(), name=f"web-{self.id}")

    async def _converse(self) -> None:
        try:
            # No canceller here: the browser cancels its own echo.
            await self.conversation.run(self.source, self.sink, realtime=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - this tab's failure must not reach the others
            log.exception("web.session_failed id=%s", self.id)
            self.send({"type": "error", "message": f"The conversation stopped: {exc}. "
                       "Reload the page to start again."})

    # --- to the browser ------------------------------------------------------------------

    def send(self, message: dict[str, Any]) -> None:
        self._put(dumps(message))

    def _put(self, item: str | bytes) -> None:
        if self.overflowed:
            return
        if self.outbox.qsize() >= MAX_PENDING:  # the tab stopped reading: give up on it
            self.overflowed = True
            log.warning("web.client_too_slow id=%s pending=%d", self.id, self.outbox.qsize())
            self.close_code, self.close_reason = 1008, "the page stopped reading; reload it."
            self.outbox.put_nowait(None)
            return
        self.outbox.put_nowait(item)

    def expire(self, code: int, reason: str) -> None:
        """End this session from outside (idle): the tab is told why, then disconnected."""
        self.send({"type": "error", "message": reason})
        self.close_code, self.close_reason = code, reason
        self.outbox.put_nowait(None)

    def _observe(self, event: Event) -> None:
        if isinstance(event, SpeechStarted):
            self.last_seen = time.monotonic()
        message = event_message(event)
        if message is not None:
            self.send(message)

    # --- from the browser ----------------------------------------------------------------

    def audio(self, payload: bytes) -> None:
        """Microphone audio; AudioPayloadError (said to the tab) when it is not s16le PCM.

        Audio alone does not keep a session alive: a tab listening to a silent room is idle."""
        check_pcm16(payload, MAX_AUDIO_BYTES, "audio")
        self.received_bytes += len(payload)
        self.source.push(payload)

    async def handle(self, message: ClientMessage) -> None:
        self.last_seen = time.monotonic()
        if message.type == "ask":
            task = asyncio.create_task(self._ask(message.text, message.id))
            self._asks.add(task)
            task.add_done_callback(self._asks.discard)
        elif message.type == "stop":
            await self.conversation.stop()
        elif message.type == "persona":
            self.set_persona(message.text)
        elif message.type == "ping":
            self.send({"type": "pong"})
        # hello: its format was checked when it was parsed; nothing else to do

    async def _ask(self, text: str, ask_id: str | int | None) -> None:
        """A typed question: spoken like any reply, and the text sent back as `answer`."""
        result = await self.conversation.ask(text, self.sink)
        self.send({"type": "answer", "id": ask_id, "transcript": result.transcript,
                   "text": result.reply, "interrupted": result.interrupted,
                   "error": result.error})

    def set_persona(self, name: str) -> None:
        known = available_personas(self.config.home)
        if name.lower() not in known:  # never a path: a browser must not pick files
            raise BadMessage(f"unknown persona {name!r}; available: {', '.join(sorted(known))}.")
        try:
            persona = load_persona(name, self.config.home)
        except CompanionError as exc:
            raise BadMessage(str(exc)) from exc
        self.conversation.set_persona(persona)
        self.send({"type": "persona", "name": persona.name})

    async def close(self) -> None:
        self.source.close()
        for task in [*self._asks, *([self._run] if self._run else [])]:
            task.cancel()
        for task in [*self._asks, *([self._run] if self._run else [])]:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.sink.close()
        self.outbox.put_nowait(None)


class SessionHub:
    """At most ``max_clients`` sessions; a session silent for ``idle_timeout_s`` is closed."""

    def __init__(self, engine: Engine, persona: Persona, config: Config) -> None:
        self.engine, self.persona, self.config = engine, persona, config
        self.sessions: dict[str, WebSession] = {}

    def open(self) -> WebSession | str:
        """A new session, or the refusal to say to the tab."""
        limit = self.config.web.max_clients
        if len(self.sessions) >= limit:
            return (f"too many browser clients ({limit}); close another tab or raise "
                    "[web] max_clients.")
        if self.engine.stt is None or self.engine.tts is None:
            return "this companion has no speech models loaded; it cannot talk to a browser."
        session = WebSession(self.engine, self.persona, self.config)
        self.sessions[session.id] = session
        session.start(sorted(available_personas(self.config.home)))
        log.info("web.client_joined id=%s clients=%d", session.id, len(self.sessions))
        return session

    async def close(self, session: WebSession) -> None:
        if self.sessions.pop(session.id, None) is not None:
            await session.close()
            log.info("web.client_left id=%s clients=%d", session.id, len(self.sessions))

    def idle(self) -> list[WebSession]:
        cutoff = time.monotonic() - self.config.web.idle_timeout_s
        return [s for s in self.sessions.values() if s.last_seen < cutoff]

    async def close_all(self) -> None:
        await asyncio.gather(*(self.close(s) for s in list(self.sessions.values())))
