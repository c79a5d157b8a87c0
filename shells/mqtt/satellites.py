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


class SatelliteSession(VoiceDevice):
    def __init__(self, sat_id: str, engine: Engine, persona: Persona, config: Config,
                 publish: PublishFn, wake: WakeSettings) -> None:
        super().__init__(Topics(sat_id), engine, persona, config, publish, wake)
        self.source = QueueSource()
        self.sink = MqttAudioSink(lambda topic, data: publish(topic, data), self.topics.audio_out)
        self.task: asyncio.Task[object] | None = None

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
    """Creates a session on a satellite's first audio; a bounded number of them."""

    def __init__(self, engine: Engine, persona: Persona, config: Config, publish: PublishFn,
                 wake: WakeSettings, max_satellites: int = 8,
                 on_change: Callable[[], None] = lambda: None) -> None:
        self.engine, self.persona, self.config = engine, persona, config
        self.publish, self.wake = publish, wake
        self.max_satellites = max_satellites
        self.on_change = on_change
        self.sessions: dict[str, SatelliteSession] = {}
        self.observers: list[Callable[[str, Event], None]] = []  # tests, the bench

    def audio(self, sat_id: str, payload: bytes) -> str | None:
        """Feed one audio/in message; returns an error message for the sender, or None."""
        if not valid_id(sat_id):
            return f"satellite id {sat_id[:80]!r} must be 1-64 letters, digits, '-' or '_'."
        try:
            check_audio_in(payload)
        except AudioPayloadError as exc:
            return str(exc)
        session = self.sessions.get(sat_id)
        if session is None:
            if len(self.sessions) >= self.max_satellites:
                return (f"too many satellites ({self.max_satellites}); audio from {sat_id!r} "
                        "ignored. Raise the limit or stop unused satellites.")
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
        session.source.push(payload)
        return None

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
        await asyncio.gather(*(s.close() for s in self.sessions.values()))
