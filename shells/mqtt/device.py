"""One voice the house can talk to over MQTT: the brain itself, or one satellite speaker.

Each has its own conversation (history, state machine), wake gate, retained state and event
publisher under its own topic prefix; the brain's service and every satellite session are
set up the same way, here.
"""

from __future__ import annotations

from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.persona import Persona
from pipeline.wake import WakeGate, WakeSettings
from shells.mqtt.outgoing import DeviceState, EventPublisher, PublishFn
from shells.mqtt.topics import Topics


class VoiceDevice:
    def __init__(self, topics: Topics, engine: Engine, persona: Persona, config: Config,
                 publish: PublishFn, wake: WakeSettings, hermes_site: str | None = None) -> None:
        self.topics = topics
        self.conversation = Conversation(engine, persona, config)
        self.state = DeviceState(persona=persona.name.lower())
        self.events = EventPublisher(publish, topics, self.state, hermes_site=hermes_site)
        self.gate = WakeGate(wake, persona.name, on_wake=self._woke)
        self.state.wake_phrase = self.gate.phrase
        self.conversation.accept = self.gate.accept
        self.conversation.bus.subscribe(self.gate.observe)
        self.conversation.bus.subscribe(self.events.observe)

    def _woke(self, text: str, score: float) -> None:
        self.events.event("wake", {"text": text, "score": round(score, 3)})

    def set_persona(self, persona: Persona) -> None:
        """Another voice and name: the history stays; the wake phrase follows the name."""
        self.conversation.set_persona(persona)
        self.gate.set_name(persona.name)
        self.state.persona, self.state.wake_phrase = persona.name.lower(), self.gate.phrase
        self.events.publish_state()
