"""The brain's side of satellite speakers: one conversation per satellite, one shared Engine.

A satellite streams its microphone to ``companion/<sat>/audio/in`` while its own VAD hears
speech; the brain runs a full Conversation on that stream (own history, state and wake gate)
and publishes the reply audio to ``companion/<sat>/audio/out`` and the events under the
satellite's prefix, so replies go only to the satellite that asked. Models are shared; the LLM
serialises generations itself (LlamaChat's lock).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.items import Event
from pipeline.persona import Persona
from pipeline.wake import WakeSettings
from shells.mqtt.audio import AudioPayloadError, MqttAudioSink, QueueSource, check_audio_in
from shells.mqtt.bridge import cancel_and_wait
from shells.mqtt.device import VoiceDevice
from shells.mqtt.outgoing import PublishFn
from shells.mqtt.topics import Topics, valid_id

log = logging.getLogger(__name__)

REPEAT_S = 60.0  # the same refusal to the same sender, at most this often


class SatelliteSession(VoiceDevice):
    def __init__(self, sat_id: str, engine: Engine, persona: Persona, config: Config,
                 publish: PublishFn, wake: WakeSettings) -> None:
        super().__init__(Topics(sat_id), engine, persona, config, publish, wake)
        self.source = QueueSource()
        self.sink = MqttAudioSink(lambda topic, data: publish(topic, data), self.topics.audio_out)
        self.task: asyncio.Task[object] | None = None
        self.last_audio = time.monotonic()

    def idle_for(self, now: float) -> float:
        """Seconds without audio and without a reply on the way (0 while it answers)."""
        return 0.0 if self.conversation.busy else now - self.last_audio

    def start(self) -> None:
        # No canceller: a satellite is half-duplex on its own side.
        self.task = asyncio.create_task(self.conversation.run(self.source, self.sink,
                                                              realtime=True))
        self.events.publish_state()

    async def close(self) -> None:
        self.source.close()
        if self.task is not None:
            await cancel_and_wait(self.task)


class SatelliteHub:
    """Creates a session on a satellite's first audio; a bounded number of them.

    Anyone who can publish to the broker can start a session, so sessions are let go when idle
    for ``idle_s`` (junk on audio/in holds no place for ever), ``allowed`` may name the only
    satellites let in, and the same refusal is told to the same sender once a minute at most.
    """

    def __init__(self, engine: Engine, persona: Persona, config: Config, publish: PublishFn,
                 wake: WakeSettings, max_satellites: int = 8,
                 on_change: Callable[[], None] = lambda: None, idle_s: float = 120.0,
                 allowed: tuple[str, ...] = ()) -> None:
        self.engine, self.persona, self.config = engine, persona, config
        self.publish, self.wake = publish, wake
        self.max_satellites = max_satellites
        self.idle_s = idle_s
        self.allowed = frozenset(allowed)
        self.on_change = on_change
        self.sessions: dict[str, SatelliteSession] = {}
        self.observers: list[Callable[[str, Event], None]] = []  # tests, the bench
        self._told: dict[tuple[str, str], float] = {}  # (sender, problem) -> when
        self._closing: set[asyncio.Future[None]] = set()  # expired sessions shutting down

    def audio(self, sat_id: str, payload: bytes) -> str | None:
        """Feed one audio/in message; returns an error message for the sender, or None."""
        problem = self._feed(sat_id, payload)
        return problem if problem is not None and self._tell(sat_id, problem) else None

    def _tell(self, sat_id: str, problem: str) -> bool:
        """Whether to report ``problem`` now: not again to the same sender within a minute."""
        now = time.monotonic()
        if now - self._told.get((sat_id, problem), -REPEAT_S) < REPEAT_S:
            return False
        if len(self._told) >= 1024:
            self._told.clear()
        self._told[(sat_id, problem)] = now
        return True

    def _feed(self, sat_id: str, payload: bytes) -> str | None:
        if not valid_id(sat_id):
            return f"satellite id {sat_id[:80]!r} must be 1-64 letters, digits, '-' or '_'."
        try:
            check_audio_in(payload)
        except AudioPayloadError as exc:
            return str(exc)
        session = self.sessions.get(sat_id)
        if session is None:
            if self.allowed and sat_id not in self.allowed:
                return (f"satellite {sat_id!r} is not in [mqtt] satellites; its audio is "
                        "ignored. Add it there to let it in.")
            if len(self.sessions) >= self.max_satellites:
                self._drop_idle(time.monotonic(), self.idle_s)
            if len(self.sessions) >= self.max_satellites:
                return (f"too many satellites ({self.max_satellites}); audio from {sat_id!r} "
                        "ignored. Raise [mqtt] max_satellites or stop unused satellites.")
            if self.engine.stt is None or self.engine.tts is None:
                return "this brain has no speech models loaded; it cannot serve satellites."
            session = self.sessions[sat_id] = SatelliteSession(
                sat_id, self.engine, self.persona, self.config, self.publish, self.wake)
            for observer in self.observers:
                session.conversation.bus.subscribe(
                    lambda event, sat=sat_id, fn=observer: fn(sat, event))
            session.start()
            log.info("satellite.joined id=%s", sat_id)
            self.on_change()
        session.last_audio = time.monotonic()
        session.source.push(payload)
        return None

    async def expire_idle(self) -> None:
        """Let idle satellites go, for as long as the brain runs."""
        while True:
            await asyncio.sleep(min(30.0, self.idle_s / 2))
            self._drop_idle(time.monotonic(), self.idle_s)

    def _drop_idle(self, now: float, idle_s: float) -> None:
        idle = [sat for sat, session in self.sessions.items() if session.idle_for(now) >= idle_s]
        for sat_id in idle:
            session = self.sessions.pop(sat_id)
            log.info("satellite.expired id=%s idle_s=%.0f", sat_id, now - session.last_audio)
            closing = asyncio.ensure_future(session.close())
            self._closing.add(closing)
            closing.add_done_callback(self._closing.discard)
        if idle:
            self.on_change()

    async def drop(self, sat_id: str) -> None:
        """Forget a satellite (its history too); its next audio starts a fresh session."""
        session = self.sessions.pop(sat_id, None)
        if session is not None:
            await session.close()
            self.on_change()

    def set_persona(self, persona: Persona) -> None:
        self.persona = persona
        for session in self.sessions.values():
            session.set_persona(persona)

    async def close(self) -> None:
        await asyncio.gather(*(s.close() for s in self.sessions.values()), *self._closing)
