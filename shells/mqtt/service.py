"""The brain on MQTT (`companion serve`): commands in, conversation events out.

The local voice conversation (microphone and speaker) runs beside the broker link and never
waits for it: with the broker gone, the companion still listens and answers, and its state is
republished when the broker is back. Every message is validated; anything wrong becomes an
``event/error`` and the service carries on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiomqtt

from models.errors import CompanionError
from pipeline.config import Config, MqttConfig
from pipeline.engine import Engine
from pipeline.persona import Persona, available_personas, load_persona
from pipeline.sight import image_from_bytes
from pipeline.wake import WakeSettings
from shells.mqtt import hermes
from shells.mqtt.audio import VolumeSink
from shells.mqtt.bridge import BrokerSettings, Link, cancel_and_wait
from shells.mqtt.commands import BadCommand, Command, CommandId, SeenIds, parse_command
from shells.mqtt.device import VoiceDevice
from shells.mqtt.discovery import discovery_payloads
from shells.mqtt.satellites import SatelliteHub
from shells.mqtt.topics import SATELLITE_AUDIO_FILTER, Topics, route
from voice.echo import EchoCanceller, EchoGate
from voice.sinks import AudioSink, NullSink
from voice.sources import AudioSource

log = logging.getLogger(__name__)

# (action, query) -> result; "forget" and "search". Given by whoever owns the memory store.
MemoryHandler = Callable[[str, str], Awaitable[dict[str, Any]]]


@dataclass
class ServeOptions:
    device_id: str = "companion"
    wake: WakeSettings = field(default_factory=WakeSettings)
    discovery: bool = True
    hermes: bool = True
    satellites: bool = True
    max_satellites: int = 8
    satellite_idle_s: float = 120.0  # a satellite silent this long gives its place up
    allowed_satellites: tuple[str, ...] = ()  # () = any satellite may join
    queue_depth: int = 3  # ask/say commands waiting behind the running one; more are "busy"
    allow_memory_read: bool = False  # cmd/memory/search answers with what was said
    seen_ids_path: Path | None = None
    backoff_s: tuple[float, float] = (0.5, 5.0)

    @classmethod
    def from_config(cls, mqtt: MqttConfig, **given: Any) -> ServeOptions:  # noqa: ANN401
        """The [mqtt] section's limits and permissions, plus what the command line gave."""
        return cls(max_satellites=mqtt.max_satellites, satellite_idle_s=mqtt.satellite_idle_s,
                   allowed_satellites=tuple(mqtt.satellites), queue_depth=mqtt.queue_depth,
                   allow_memory_read=mqtt.allow_memory_read,
                   backoff_s=(0.5, mqtt.reconnect_max_s), **given)


class CompanionService(VoiceDevice):
    def __init__(self, engine: Engine, persona: Persona, config: Config,
                 settings: BrokerSettings, options: ServeOptions,
                 sink: AudioSink | None = None, memory: MemoryHandler | None = None) -> None:
        self.engine, self.persona, self.config, self.options = engine, persona, config, options
        topics = Topics(options.device_id)
        self.memory = memory
        self.has_mic = False
        subscriptions = [topics.commands_filter, topics.image]
        subscriptions += hermes.SUBSCRIPTIONS if options.hermes else []
        subscriptions += [SATELLITE_AUDIO_FILTER] if options.satellites else []
        self.link = Link(settings, f"companion-{options.device_id}", topics.availability,
                         subscriptions, self.handle, on_connect=self._connected,
                         backoff_s=options.backoff_s)
        self.sink = VolumeSink(sink if sink is not None else NullSink())
        super().__init__(topics, engine, persona, config, self.link.publish, options.wake,
                         hermes_site=options.device_id if options.hermes else None)
        self.seen = SeenIds(path=options.seen_ids_path)
        self.satellites = SatelliteHub(engine, persona, config, self.link.publish, options.wake,
                                       options.max_satellites, on_change=self._satellites_changed,
                                       idle_s=options.satellite_idle_s,
                                       allowed=options.allowed_satellites)
        self._turn_lock = asyncio.Lock()  # one command turn (ask/say) at a time, in order
        self._queued = 0  # command turns running or waiting for the lock
        self._tasks: set[asyncio.Task[None]] = set()

    # --- running -------------------------------------------------------------------------

    async def run(self, source: AudioSource | None = None,
                  echo: EchoCanceller | EchoGate | None = None) -> None:
        """Serve until cancelled; with ``source``, also hold the local voice conversation
        (``echo`` takes our own speaker out of it)."""
        jobs = [asyncio.create_task(self.link.run(), name="mqtt-link"),
                asyncio.create_task(self.satellites.expire_idle(), name="satellite-expiry")]
        if source is not None:
            self.has_mic = True
            jobs.append(asyncio.create_task(self.conversation.run(
                source, self.sink, realtime=True, echo=echo), name="voice"))
        try:
            done, _ = await asyncio.wait(jobs, return_when=asyncio.FIRST_EXCEPTION)
            for job in done:
                job.result()
        finally:
            await self.conversation.stop()
            await cancel_and_wait(*self._tasks, *jobs[1:])
            await self.satellites.close()
            await cancel_and_wait(jobs[0])  # last: the link says "offline" on its way out

    def _connected(self) -> None:
        """Every (re)connect: fresh retained state and discovery configs."""
        self.events.publish_state()
        if self.options.discovery:
            for topic, payload in discovery_payloads(self.topics, self.personas()).items():
                self.link.publish(topic, payload, retain=True)

    def personas(self) -> list[str]:
        return sorted(available_personas(self.config.home))

    def _satellites_changed(self) -> None:
        self.state.satellites = sorted(self.satellites.sessions)
        self.events.publish_state()

    def _spawn(self, coro: Awaitable[None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # --- incoming ------------------------------------------------------------------------

    async def handle(self, message: aiomqtt.Message) -> None:
        topic = message.topic.value
        payload = message.payload if isinstance(message.payload, bytes) else (
            str(message.payload).encode() if message.payload is not None else b"")
        where = route(topic, self.options.device_id)
        if where.kind == "cmd":
            self._command(where.name, payload, topic)
        elif where.kind == "audio_in":
            if where.device_id == self.options.device_id:
                self.events.error("audio/in of the brain itself is not used; satellites "
                                  "stream to companion/<satellite id>/audio/in.", topic=topic)
                return
            problem = self.satellites.audio(where.device_id, payload)
            if problem is not None:
                self._satellite_error(where.device_id, problem, topic)
        elif where.kind == "image":
            try:
                self.conversation.thinker.show(image_from_bytes(payload))
            except CompanionError as exc:
                self.events.error(str(exc), topic=topic)
        elif where.kind == "hermes":
            self._hermes(where.name, payload, topic)

    def _satellite_error(self, sat_id: str, problem: str, topic: str) -> None:
        session = self.satellites.sessions.get(sat_id)
        if session is not None:
            session.events.error(problem, topic=topic)
        else:  # no such satellite (yet): tell the brain's own error channel
            self.events.error(problem, topic=topic)

    def _command(self, name: str, payload: bytes, topic: str) -> None:
        try:
            command = parse_command(name, payload)
        except BadCommand as exc:
            self.events.error(str(exc), exc.command_id, topic)
            return
        if not self.seen.first_time(command.id):
            self.events.error(f"command id {command.id!r} was already executed; the repeat "
                              "is ignored. Use a new id for a new command.", command.id, topic)
            return
        self.events.ack(command.name, command.id)
        try:
            self._execute(command)
        except CompanionError as exc:
            self.events.error(str(exc), command.id, topic)

    def _execute(self, command: Command) -> None:
        name = command.name
        if name == "ask":
            self._enqueue(lambda: self._ask(command), command.id)
        elif name == "say":
            self._enqueue(lambda: self._say(command.text, command.id), command.id)
        elif name == "stop":
            self._spawn(self._stop())
        elif name in ("mute", "unmute"):
            self.conversation.set_muted(name == "mute")
            self.state.muted = name == "mute"
            self.events.publish_state()
        elif name == "volume":
            self.sink.level = self.state.volume = command.level
            self.events.publish_state()
        elif name == "listen":
            self._listen()
        elif name == "persona":
            self._set_persona(command.text)
        elif name.startswith("memory/"):
            self._spawn(self._memory(name.split("/", 1)[1], command, self.topics.cmd(name)))

    def _enqueue(self, turn: Callable[[], Awaitable[None]], command_id: CommandId) -> None:
        """ask/say (and Hermes' say) run one at a time, in order. Beyond ``queue_depth``
        waiting, a command is refused as busy at once: a flood must not make a normal
        question wait for minutes (`stop` ends the running one)."""
        if self._queued > self.options.queue_depth:
            raise BadCommand(f"busy: {self._queued - 1} commands are waiting already; this one "
                             "is dropped. Send it again when the companion is idle.", command_id)
        self._queued += 1

        async def in_turn() -> None:
            try:
                async with self._turn_lock:
                    await turn()
            finally:
                self._queued -= 1

        self._spawn(in_turn())

    def _listen(self) -> None:
        if not self.has_mic:
            raise BadCommand("cmd/listen needs the microphone, but serve runs with --no-audio; "
                             "use cmd/ask with text instead.")
        self.gate.open()

    def _set_persona(self, name: str) -> None:
        known = self.personas()
        if name.lower() not in known:  # names only: a path would read any TOML file here
            raise BadCommand(f"cmd/persona: unknown persona {name[:80]!r}. Available: "
                             f"{', '.join(known)}.")
        persona = load_persona(name.lower(), self.config.home)
        self.persona = persona
        self.satellites.set_persona(persona)
        self.set_persona(persona)

    async def _ask(self, command: Command) -> None:
        self.events.correlation = command.id
        try:
            await self.conversation.ask(command.text, self.sink)
        finally:
            self.events.correlation = None

    async def _say(self, text: str, command_id: CommandId = None,
                   done: Callable[[], None] | None = None) -> None:
        if self.conversation.speaker is None:
            self.events.error("say needs the voice model, which is not loaded.", command_id)
            return
        try:
            result = await self.conversation.say(text, self.sink)
        finally:
            if done is not None:
                done()
        self.events.event("said", {"id": command_id, "text": text, "heard": result.reply,
                                   "interrupted": result.interrupted})

    async def _stop(self) -> None:
        await self.conversation.stop()  # a reply, an ask or a say: the same turn, the same stop

    async def _memory(self, action: str, command: Command, topic: str) -> None:
        if action == "search" and not self.options.allow_memory_read:
            self.events.error("cmd/memory/search is off: it would hand what was said to any "
                              "client of the broker. Set [mqtt] allow_memory_read = true, with "
                              "broker users and an ACL (README: Security and privacy).",
                              command.id, topic)
            return
        if self.memory is None:
            self.events.error("memory not available: this companion runs without a memory "
                              "store (enable [memory] in the config).", command.id, topic)
            return
        try:
            result = await self.memory(action, command.text)
        except Exception as exc:  # the store is someone else's code: report, never crash
            log.exception("mqtt.memory_failed action=%s", action)
            self.events.error(f"memory {action} failed: {exc}", command.id, topic)
            return
        self.events.event("memory", {"id": command.id, "action": action,
                                     "query": command.text, **result})

    def _hermes(self, name: str, payload: bytes, topic: str) -> None:
        try:
            message = hermes.parse_hermes(name, payload)
        except BadCommand as exc:
            self.events.error(str(exc), topic=topic)
            return
        if not hermes.for_site(message, self.options.device_id):
            return
        if message.name == "tts/say":
            def finished() -> None:
                self.link.publish(hermes.SAY_FINISHED, hermes.say_finished(message))

            try:
                self._enqueue(lambda: self._say(message.text, message.request_id, finished),
                              message.request_id)
            except BadCommand as exc:  # busy
                self.events.error(str(exc), message.request_id, topic)
        elif message.name == "asr/startListening":
            self.gate.open()
        elif message.name == "asr/stopListening":
            self.gate.close()
        else:
            self.gate.hotword_on = self.state.hotword = message.name == "hotword/toggleOn"
            self.events.publish_state()


async def unregister(settings: BrokerSettings, options: ServeOptions, personas: list[str]) -> int:
    """Remove the Home Assistant entities and the retained state: empty retained payloads."""
    topics = Topics(options.device_id)
    payloads = discovery_payloads(topics, personas, remove=True)
    payloads.update({topics.state: b"", topics.availability: b""})
    async with aiomqtt.Client(settings.host, settings.port, username=settings.username,
                              password=settings.password, tls_params=settings.tls_params(),
                              identifier=f"companion-{options.device_id}-admin") as client:
        for topic, payload in payloads.items():
            await client.publish(topic, payload, qos=1, retain=True)
    return len(payloads)

