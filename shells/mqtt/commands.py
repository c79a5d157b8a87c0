"""Command payloads -> typed commands, and the memory of command ids already executed.

Every payload is untrusted: anything wrong becomes a ``BadCommand`` whose message says what
was wrong and what a correct payload looks like; the service publishes it as ``event/error``.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.errors import CompanionError

log = logging.getLogger(__name__)

MAX_COMMAND_BYTES = 64 * 1024
MAX_TEXT_CHARS = 2000
MAX_ID_CHARS = 128

CommandId = str | int | None


class BadCommand(CompanionError):
    """A command payload that cannot be executed; ``command_id`` echoes its id when readable."""

    def __init__(self, message: str, command_id: CommandId = None) -> None:
        super().__init__(message)
        self.command_id = command_id


@dataclass(frozen=True)
class Command:
    name: str
    id: CommandId = None
    text: str = ""  # ask, say, persona (the name), memory/* (the query)
    level: float = 0.0  # volume


# name -> (required field or "", usage shown in errors)
_SPEC: dict[str, tuple[str, str]] = {
    "ask": ("text", '{"text": "What time is it?", "id": "optional"}'),
    "say": ("text", '{"text": "Dinner is ready.", "id": "optional"}'),
    "listen": ("", '{} or {"id": "optional"}'),
    "stop": ("", "{}"),
    "mute": ("muted", '{} or {"muted": false} (to unmute)'),
    "unmute": ("", "{}"),
    "volume": ("level", '{"level": 0.5}  (0.0 to 1.0)'),
    "persona": ("name", '{"name": "sage"}'),
    "memory/forget": ("query", '{"query": "my sister"}'),
    "memory/search": ("query", '{"query": "where do I work?"}'),
}
COMMAND_NAMES = tuple(_SPEC)


def json_type(value: Any) -> str:  # noqa: ANN401 - any decoded JSON value
    """The JSON name of a decoded value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    names = {dict: "an object", list: "an array", str: "a string", int: "a number",
             float: "a number"}
    return names.get(type(value), type(value).__name__)


def parse_command(name: str, payload: bytes) -> Command:
    """Validate one command; raises BadCommand with a one-line, actionable message."""
    if name not in _SPEC:
        raise BadCommand(f"Unknown command {name!r}. Known: {', '.join(COMMAND_NAMES)}.")
    field, usage = _SPEC[name]
    data = _json_object(name, payload, usage)
    command_id = _command_id(data.get("id"))
    unknown = set(data) - {"id", field} - {""}
    if unknown:
        raise BadCommand(f"cmd/{name}: unknown field(s) {', '.join(sorted(map(str, unknown)))};"
                         f" send {usage}.", command_id)
    if field == "muted":  # Home Assistant's switch has one command topic for on and off
        muted = data.get("muted", True)
        if not isinstance(muted, bool):
            raise BadCommand(f'cmd/mute: "muted" must be true or false; send {usage}.',
                             command_id)
        return Command("mute" if muted else "unmute", command_id)
    if field == "level":
        return Command(name, command_id, level=_level(data.get("level"), usage, command_id))
    if field:
        return Command(name, command_id, text=_text(name, field, data.get(field), usage,
                                                     command_id))
    return Command(name, command_id)


def _json_object(name: str, payload: bytes, usage: str) -> dict[str, Any]:
    if len(payload) > MAX_COMMAND_BYTES:
        raise BadCommand(f"cmd/{name}: payload of {len(payload)} bytes is over the "
                         f"{MAX_COMMAND_BYTES}-byte limit; send {usage}.")
    if not payload.strip():
        if _SPEC[name][0] not in ("", "muted"):
            raise BadCommand(f"cmd/{name}: empty payload; send {usage}.")
        return {}
    try:
        data = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadCommand(f"cmd/{name}: payload is not UTF-8 text; send JSON like "
                         f"{usage}.") from None
    except (ValueError, RecursionError):
        raise BadCommand(f"cmd/{name}: payload is not valid JSON; send {usage}.") from None
    if not isinstance(data, dict):
        raise BadCommand(f"cmd/{name}: payload must be a JSON object, not "
                         f"{json_type(data)}; send {usage}.")
    return data


def _command_id(value: Any) -> CommandId:  # noqa: ANN401 - it is untrusted JSON
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise BadCommand(f'"id" must be a string or an integer, not {json_type(value)}.')
    if isinstance(value, str) and not 0 < len(value) <= MAX_ID_CHARS:
        raise BadCommand(f'"id" must be 1 to {MAX_ID_CHARS} characters long.')
    if isinstance(value, int) and abs(value) >= 2 ** 63:
        raise BadCommand('"id" integer is out of range; use a string.')
    return value


def _text(name: str, field: str, value: Any, usage: str,  # noqa: ANN401 - untrusted JSON
          command_id: CommandId) -> str:
    if not isinstance(value, str):
        got = "nothing" if value is None else json_type(value)
        raise BadCommand(f'cmd/{name}: "{field}" must be a string, got {got}; send {usage}.',
                         command_id)
    text = " ".join(value.split())  # collapses control characters and runs of whitespace
    if not text:
        raise BadCommand(f'cmd/{name}: "{field}" is empty; send {usage}.', command_id)
    if len(text) > MAX_TEXT_CHARS:
        raise BadCommand(f'cmd/{name}: "{field}" has {len(text)} characters, over the '
                         f"{MAX_TEXT_CHARS} limit.", command_id)
    return text


def _level(value: Any, usage: str, command_id: CommandId) -> float:  # noqa: ANN401
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        got = "nothing" if value is None else json_type(value)
        raise BadCommand(f'cmd/volume: "level" must be a number, got {got}; send {usage}.',
                         command_id)
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise BadCommand(f'cmd/volume: "level" {value} is outside 0.0 to 1.0.', command_id)
    return float(value)


class SeenIds:
    """Ids of commands already executed, so a QoS 1 redelivery or a replay runs only once.

    A bounded LRU; with ``path`` it is also kept on disk, so a restart of the service does not
    run again what the broker redelivers from the persistent session.
    """

    def __init__(self, capacity: int = 2048, path: Path | None = None) -> None:
        self.capacity = capacity
        self.path = path
        self._ids: OrderedDict[str, None] = OrderedDict()
        if path is not None and path.is_file():
            try:
                for key in json.loads(path.read_text(encoding="utf-8"))[-capacity:]:
                    self._ids[str(key)] = None
            except (OSError, ValueError, TypeError) as exc:
                log.warning("mqtt.seen_ids.unreadable path=%s error=%s", path, exc)

    @staticmethod
    def key(command_id: str | int) -> str:
        return f"{type(command_id).__name__}:{command_id}"

    def first_time(self, command_id: CommandId) -> bool:
        """True (and remembered) the first time an id is seen; commands without id always run."""
        if command_id is None:
            return True
        key = self.key(command_id)
        if key in self._ids:
            self._ids.move_to_end(key)
            return False
        self._ids[key] = None
        while len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        self._save()
        return True

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(list(self._ids)), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # losing the file only risks a rerun after a restart
            log.warning("mqtt.seen_ids.save_failed path=%s error=%s", self.path, exc)
