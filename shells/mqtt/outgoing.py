"""Conversation events -> MQTT events, and the retained device state (the README's MQTT section).

One ``EventPublisher`` per device: the brain itself and each satellite it serves publish under
their own ``companion/<id>/`` prefix, so a satellite's events never reach another.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from pipeline.items import ErrorEvent, Event, Reply, StateChanged, Transcript, TurnMetrics
from shells.mqtt import hermes
from shells.mqtt.commands import CommandId
from shells.mqtt.topics import Topics

_SENSOR_CHARS = 255  # Home Assistant sensor states are cut at 255 characters


class PublishFn(Protocol):
    def __call__(self, topic: str, payload: bytes | str, qos: int = 1, retain: bool = False,
                 transient: bool = False) -> None: ...


@dataclass
class DeviceState:
    state: str = "idle"
    muted: bool = False
    volume: float = 1.0
    persona: str = ""
    wake_phrase: str | None = None
    hotword: bool = True
    last_transcript: str = ""
    last_reply: str = ""
    satellites: list[str] = field(default_factory=list)

    def to_json(self) -> bytes:
        data = asdict(self)
        for key in ("last_transcript", "last_reply"):
            data[key] = data[key][:_SENSOR_CHARS]
        data["t"] = round(time.time(), 3)
        return json.dumps(data).encode("utf-8")


def dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


class EventPublisher:
    def __init__(self, publish: PublishFn, topics: Topics, state: DeviceState,
                 hermes_site: str | None = None) -> None:
        self.publish = publish
        self.topics = topics
        self.state = state
        self.hermes_site = hermes_site  # publish hermes/asr/textCaptured as this site
        self.correlation: CommandId = None  # id of the command whose turn is running

    def event(self, name: str, data: dict[str, Any], transient: bool = False) -> None:
        self.publish(self.topics.event(name), dumps(data), transient=transient)

    def error(self, message: str, command_id: CommandId = None, topic: str | None = None) -> None:
        self.event("error", {"message": message, "id": command_id, "topic": topic})

    def ack(self, command: str, command_id: CommandId) -> None:
        self.event("ack", {"id": command_id, "command": command})

    def publish_state(self) -> None:
        self.publish(self.topics.state, self.state.to_json(), retain=True)

    def observe(self, event: Event) -> None:
        """Bus observer: must return at once (it only queues messages)."""
        if isinstance(event, StateChanged):
            self.state.state = event.state.value
            self.event("state", {"state": event.state.value}, transient=True)
            self.publish_state()
        elif isinstance(event, Transcript):
            self._transcript(event)
        elif isinstance(event, Reply):
            self.state.last_reply = event.text
            self.event("reply", {"text": event.text, "interrupted": event.interrupted,
                                 "id": self.correlation})
            self.publish_state()
        elif isinstance(event, TurnMetrics):
            self.event("metrics", {"timings_ms": event.timings_ms,
                                   "prompt_tokens": event.prompt_tokens,
                                   "reused_tokens": event.reused_tokens,
                                   "reply_tokens": event.reply_tokens,
                                   "preemptive": event.preemptive, "id": self.correlation})
        elif isinstance(event, ErrorEvent):
            self.error(event.message, self.correlation)

    def _transcript(self, event: Transcript) -> None:
        if not event.final:
            self.event("transcript", {"text": event.text, "final": False,
                                      "stable": event.stable}, transient=True)
            return
        self.event("transcript", {"text": event.text, "final": True})
        if event.text:
            self.state.last_transcript = event.text
            self.publish_state()
            if self.hermes_site is not None:
                self.publish(hermes.TEXT_CAPTURED, hermes.text_captured(event.text,
                                                                        self.hermes_site))
