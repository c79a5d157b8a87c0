"""Home Assistant MQTT discovery: one device, eight entities, all read from the retained state.

Each config is published retained on ``homeassistant/<component>/<device_id>/<object>/config``;
an empty retained payload on the same topic removes the entity (``serve --unregister``).
"""

from __future__ import annotations

import json
from typing import Any

from shells.mqtt.topics import Topics

DISCOVERY_PREFIX = "homeassistant"
VERSION = "0.1.0"


def discovery_topic(component: str, device_id: str, obj: str) -> str:
    return f"{DISCOVERY_PREFIX}/{component}/{device_id}/{obj}/config"


def discovery_configs(topics: Topics, personas: list[str]) -> dict[str, dict[str, Any]]:
    """topic -> config for every entity of the device."""
    device_id = topics.device_id
    device = {"identifiers": [f"companion_{device_id}"], "name": f"Companion {device_id}",
              "manufacturer": "voice-companion", "model": "companion serve",
              "sw_version": VERSION}

    def entity(obj: str, name: str, **extra: Any) -> dict[str, Any]:  # noqa: ANN401
        return {"name": name, "unique_id": f"companion_{device_id}_{obj}",
                "object_id": f"companion_{device_id}_{obj}", "device": device,
                "availability_topic": topics.availability, "payload_available": "online",
                "payload_not_available": "offline", **extra}

    state = topics.state
    entities: dict[tuple[str, str], dict[str, Any]] = {
        ("sensor", "assist_state"): entity(
            "assist_state", "Assist state", state_topic=state, icon="mdi:account-voice",
            value_template="{{ value_json.state }}"),
        ("sensor", "last_transcript"): entity(
            "last_transcript", "Last transcript", state_topic=state, icon="mdi:text-short",
            value_template="{{ value_json.last_transcript }}"),
        ("sensor", "last_reply"): entity(
            "last_reply", "Last reply", state_topic=state, icon="mdi:message-reply-text",
            value_template="{{ value_json.last_reply }}"),
        ("switch", "mute"): entity(
            "mute", "Mute microphone", state_topic=state, command_topic=topics.cmd("mute"),
            value_template="{{ 'ON' if value_json.muted else 'OFF' }}",
            payload_on='{"muted": true}', payload_off='{"muted": false}',
            state_on="ON", state_off="OFF", icon="mdi:microphone-off"),
        ("number", "volume"): entity(
            "volume", "Volume", state_topic=state, command_topic=topics.cmd("volume"),
            value_template="{{ (value_json.volume * 100) | round(0) }}",
            command_template='{"level": {{ value / 100 }}}', min=0, max=100, step=5,
            unit_of_measurement="%", mode="slider", icon="mdi:volume-high"),
        ("text", "ask"): entity(
            "ask", "Ask", command_topic=topics.cmd("ask"), max=255,
            command_template='{"text": {{ value | tojson }}}', icon="mdi:chat-question"),
        ("button", "stop"): entity(
            "stop", "Stop", command_topic=topics.cmd("stop"), payload_press="{}",
            icon="mdi:stop"),
        ("select", "persona"): entity(
            "persona", "Persona", state_topic=state, command_topic=topics.cmd("persona"),
            value_template="{{ value_json.persona }}", options=sorted(personas),
            command_template='{"name": {{ value | tojson }}}', icon="mdi:account-switch"),
    }
    return {discovery_topic(component, device_id, obj): config
            for (component, obj), config in entities.items()}


def discovery_payloads(topics: Topics, personas: list[str],
                       remove: bool = False) -> dict[str, bytes]:
    """topic -> retained payload: the JSON configs, or empty payloads that remove them."""
    return {topic: b"" if remove else json.dumps(config).encode("utf-8")
            for topic, config in discovery_configs(topics, personas).items()}
