"""Topic names (the README's MQTT section), built and parsed in one place.

Device and satellite ids appear inside topics, so they are restricted to characters that can
never be MQTT wildcards or separators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROOT = "companion"
ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def valid_id(device_id: str) -> bool:
    return bool(ID_PATTERN.match(device_id))


@dataclass(frozen=True)
class Topics:
    device_id: str

    @property
    def prefix(self) -> str:
        return f"{ROOT}/{self.device_id}"

    def cmd(self, name: str) -> str:
        return f"{self.prefix}/cmd/{name}"

    def event(self, name: str) -> str:
        return f"{self.prefix}/event/{name}"

    @property
    def state(self) -> str:
        return f"{self.prefix}/state"

    @property
    def availability(self) -> str:
        return f"{self.prefix}/availability"

    @property
    def audio_in(self) -> str:
        return f"{self.prefix}/audio/in"

    @property
    def audio_out(self) -> str:
        return f"{self.prefix}/audio/out"

    @property
    def image(self) -> str:
        """A picture (PNG/JPEG bytes) for the next "what do you see?"."""
        return f"{self.prefix}/image"

    @property
    def commands_filter(self) -> str:
        return f"{self.prefix}/cmd/#"


# What the brain subscribes to besides its own commands: every satellite's microphone.
SATELLITE_AUDIO_FILTER = f"{ROOT}/+/audio/in"


@dataclass(frozen=True)
class Route:
    """Where an incoming message belongs."""

    kind: str  # "cmd", "audio_in", "image", "hermes", "unknown"
    device_id: str = ""
    name: str = ""


def route(topic: str, device_id: str) -> Route:
    """Classify an incoming topic; the name of a command may contain '/' (memory/forget)."""
    parts = topic.split("/")
    if parts[0] == "hermes":
        return Route("hermes", name="/".join(parts[1:]))
    if len(parts) >= 3 and parts[0] == ROOT:
        if parts[2] == "cmd" and parts[1] == device_id and len(parts) >= 4:
            return Route("cmd", parts[1], "/".join(parts[3:]))
        if parts[2:] == ["audio", "in"]:
            return Route("audio_in", parts[1])
        if parts[2:] == ["image"] and parts[1] == device_id:
            return Route("image", parts[1])
    return Route("unknown", name=topic)
