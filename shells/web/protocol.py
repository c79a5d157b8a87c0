"""What a browser and the server say to each other over the page's WebSocket.

Binary messages from the browser are microphone audio: raw 16 kHz mono s16le PCM (the page's
AudioWorklet sends 40 ms at a time). Binary messages to the browser are reply audio in the
voice.wire packet format (a 16-byte CAUD header with the rate, then s16le PCM; a packet with
the stop flag means "go quiet now"). Everything else is one JSON object per text message,
with a ``type``:

browser -> server
    hello    {format: "s16le", rate: 16000, channels: 1}   optional; checked when sent
    ask      {text, id?}     a typed question; the reply is spoken and sent back as `answer`
    stop     {}              stop the reply now
    persona  {name}          switch who is talking
    ping     {}              answered with `pong`

server -> browser
    ready {session, persona, personas, user, sample_rate, max_audio_bytes}, state {state},
    speech_started, transcript {text, final, stable}, reply {text, interrupted},
    metrics {timings_ms, prompt_tokens, reused_tokens, preemptive}, barge_in,
    answer {id, transcript, text, interrupted, error}, persona {name}, pong,
    error {message}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pipeline.items import (
    BargeIn,
    ErrorEvent,
    Event,
    Reply,
    SpeechStarted,
    StateChanged,
    Transcript,
    TurnMetrics,
)
from voice.audio import SAMPLE_RATE

MAX_AUDIO_BYTES = 32000  # 1 s of audio in one message; the page sends 40 ms
MAX_TEXT_BYTES = 8192  # one JSON message
MAX_ASK_CHARS = 2000
TYPES = ("hello", "ask", "stop", "persona", "ping")


class BadMessage(ValueError):
    """A message from the browser that the protocol does not allow; said back as `error`."""


@dataclass(frozen=True)
class ClientMessage:
    type: str
    text: str = ""  # ask: the question; persona: the name
    id: str | int | None = None


def parse_message(raw: str) -> ClientMessage:
    """One text message from the browser, checked; BadMessage says what is wrong."""
    if len(raw.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
        raise BadMessage(f"text message of {len(raw)} characters is over the "
                         f"{MAX_TEXT_BYTES}-byte limit.")
    try:
        data = json.loads(raw)
    except ValueError:
        raise BadMessage("text messages must be JSON objects like {\"type\": \"ask\", "
                         "\"text\": \"...\"}.") from None
    if not isinstance(data, dict):
        raise BadMessage("a text message must be a JSON object with a \"type\".")
    kind = data.get("type")
    if kind not in TYPES:
        raise BadMessage(f"unknown message type {str(kind)[:40]!r}; known: {', '.join(TYPES)}.")
    if kind == "hello":
        _check_format(data)
        return ClientMessage("hello")
    if kind == "ask":
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise BadMessage("ask needs a non-empty \"text\".")
        if len(text) > MAX_ASK_CHARS:
            raise BadMessage(f"ask text is over {MAX_ASK_CHARS} characters.")
        ask_id = data.get("id")
        if ask_id is not None and (isinstance(ask_id, bool)
                                   or not isinstance(ask_id, str | int) or len(str(ask_id)) > 64):
            raise BadMessage("ask \"id\" must be a short string or number.")
        return ClientMessage("ask", " ".join(text.split()), ask_id)
    if kind == "persona":
        name = data.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > 64:
            raise BadMessage("persona needs a \"name\" (see the list in `ready`).")
        return ClientMessage("persona", name.strip())
    return ClientMessage(kind)


def _check_format(data: dict[str, Any]) -> None:
    wanted = {"format": "s16le", "rate": SAMPLE_RATE, "channels": 1}
    for key, value in wanted.items():
        if key in data and data[key] != value:
            raise BadMessage(f"audio {key} {data[key]!r} is not supported; send {value!r} "
                             "(16 kHz mono signed 16-bit little-endian).")


def event_message(event: Event) -> dict[str, Any] | None:
    """The JSON for a conversation event worth showing on the page, or None."""
    if isinstance(event, StateChanged):
        return {"type": "state", "state": event.state.value}
    if isinstance(event, SpeechStarted):
        return {"type": "speech_started"}
    if isinstance(event, Transcript):
        return {"type": "transcript", "text": event.text, "final": event.final,
                "stable": event.stable}
    if isinstance(event, Reply):
        return {"type": "reply", "text": event.text, "interrupted": event.interrupted}
    if isinstance(event, TurnMetrics):
        return {"type": "metrics",
                "timings_ms": {k: round(v, 1) for k, v in event.timings_ms.items()},
                "prompt_tokens": event.prompt_tokens, "reused_tokens": event.reused_tokens,
                "preemptive": event.preemptive}
    if isinstance(event, BargeIn):
        return {"type": "barge_in"}
    if isinstance(event, ErrorEvent):
        return {"type": "error", "message": event.message}
    return None


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False)
