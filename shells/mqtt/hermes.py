"""Rhasspy Hermes compatibility, so existing automations keep working.

Handled: hermes/tts/say (answered by hermes/tts/sayFinished), hermes/asr/startListening and
stopListening (push-to-talk), hermes/hotword/toggleOn and toggleOff (wake phrase on/off).
Published: hermes/asr/textCaptured for each final transcript. Messages for another ``siteId``
are ignored: several Hermes satellites may share the broker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from shells.mqtt.commands import MAX_COMMAND_BYTES, MAX_TEXT_CHARS, BadCommand

SUBSCRIPTIONS = ["hermes/tts/say", "hermes/asr/startListening", "hermes/asr/stopListening",
                 "hermes/hotword/toggleOn", "hermes/hotword/toggleOff"]
SAY_FINISHED = "hermes/tts/sayFinished"
TEXT_CAPTURED = "hermes/asr/textCaptured"
KNOWN = {"tts/say", "asr/startListening", "asr/stopListening", "hotword/toggleOn",
         "hotword/toggleOff"}


@dataclass(frozen=True)
class HermesMessage:
    name: str  # "tts/say", "asr/startListening", ...
    site_id: str
    session_id: str | None
    request_id: str | None  # tts/say "id"
    text: str = ""


def parse_hermes(name: str, payload: bytes) -> HermesMessage:
    if name not in KNOWN:
        raise BadCommand(f"hermes/{name} is not supported; use one of "
                         f"{', '.join('hermes/' + k for k in sorted(KNOWN))}.")
    if len(payload) > MAX_COMMAND_BYTES:
        raise BadCommand(f"hermes/{name}: payload of {len(payload)} bytes is over the "
                         f"{MAX_COMMAND_BYTES}-byte limit.")
    data: Any = {}
    if payload.strip():
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise BadCommand(f"hermes/{name}: payload is not JSON; send "
                             '{"siteId": "default", ...} as Hermes specifies.') from None
    if not isinstance(data, dict):
        raise BadCommand(f"hermes/{name}: payload must be a JSON object.")
    site = data.get("siteId", "default")
    session, request = data.get("sessionId"), data.get("id")
    for key, value in (("siteId", site), ("sessionId", session), ("id", request)):
        if value is not None and not isinstance(value, str):
            raise BadCommand(f'hermes/{name}: "{key}" must be a string.')
    text = ""
    if name == "tts/say":
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise BadCommand('hermes/tts/say: "text" must be a non-empty string.')
        if len(text) > MAX_TEXT_CHARS:
            raise BadCommand(f"hermes/tts/say: text over {MAX_TEXT_CHARS} characters.")
    return HermesMessage(name, site, session, request, " ".join(text.split()))


def for_site(message: HermesMessage, device_id: str) -> bool:
    return message.site_id in (device_id, "default")


def say_finished(message: HermesMessage) -> bytes:
    return json.dumps({"id": message.request_id, "sessionId": message.session_id,
                       "siteId": message.site_id}).encode("utf-8")


def text_captured(text: str, site_id: str, seconds: float = 0.0) -> bytes:
    return json.dumps({"text": text, "likelihood": 1.0, "seconds": round(seconds, 3),
                       "siteId": site_id, "sessionId": None, "wakewordId": None}).encode()
