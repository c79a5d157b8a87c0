"""Typed events that flow through the pipeline and out to observers (CLI, MQTT, tests).

Every event carries a monotonic timestamp ``t`` so latency is measured from the events
themselves, never guessed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

import numpy as np


class State(str, Enum):
    """Assist-satellite states, as Home Assistant names them."""

    IDLE = "idle"
    LISTENING = "listening"
    PROCESSING = "processing"
    RESPONDING = "responding"


def now() -> float:
    return time.monotonic()


@dataclass(frozen=True)
class Event:
    t: float = field(default_factory=now, kw_only=True)


@dataclass(frozen=True)
class StateChanged(Event):
    state: State


@dataclass(frozen=True)
class SpeechStarted(Event):
    pass


@dataclass(frozen=True)
class Utterance(Event):
    """A complete user utterance cut by the VAD; ``t`` is when the endpoint fired."""

    audio: np.ndarray
    voiced_end_t: float  # monotonic moment the last voiced sample arrived
    transcript: str | None = None  # the final transcript, when the listener already has it


@dataclass(frozen=True)
class Guess(Event):
    """A transcript that covers all voiced audio before the endpoint: start replying early."""

    text: str
    voiced_end_t: float


@dataclass(frozen=True)
class Resumed(Event):
    """The user spoke again after a guess: the guess is void."""


@dataclass(frozen=True)
class BargeIn(Event):
    """The user talks over the reply."""


@dataclass(frozen=True)
class Transcript(Event):
    text: str
    final: bool = True
    stable: str = ""  # partials: the prefix two consecutive hypotheses agreed on


@dataclass(frozen=True)
class Reply(Event):
    """The reply text of a finished (or cut-short) turn."""

    text: str
    interrupted: bool = False


@dataclass(frozen=True)
class TurnMetrics(Event):
    """Per-turn latencies in milliseconds, measured from the user's last voiced sample."""

    timings_ms: dict[str, float]
    prompt_tokens: int = 0
    reused_tokens: int = 0  # of the prompt, already in the LLM's KV cache (not prefilled)
    reply_tokens: int = 0
    preemptive: bool = False  # the reply was started before the endpoint and kept


@dataclass(frozen=True)
class ErrorEvent(Event):
    message: str
    fatal: bool = False


class EventBus:
    """Fan-out of events to observers (CLI printer, logs, MQTT bridge, tests).

    Observers are plain callables and must return quickly; the pipeline never waits for them.
    """

    def __init__(self) -> None:
        self._observers: list[Callable[[Event], None]] = []

    def subscribe(self, observer: Callable[[Event], None]) -> None:
        self._observers.append(observer)

    def emit(self, event: Event) -> None:
        for observer in list(self._observers):
            try:
                observer(event)
            except Exception:  # an observer's bug must never break a conversation
                logging.getLogger(__name__).exception("event observer failed")


def log_event(event: Event) -> None:
    """Structured log lines for the events worth a line: quiet by default, all of them at -v."""
    log = logging.getLogger("pipeline.events")
    if isinstance(event, ErrorEvent):
        log.warning("error message=%r", event.message)
    elif isinstance(event, Transcript):
        log.info("transcript final=%s text=%r", event.final, event.text)
    elif isinstance(event, Reply):
        log.info("reply interrupted=%s text=%r", event.interrupted, event.text)
    elif isinstance(event, TurnMetrics):
        marks = " ".join(f"{k}={v:.0f}" for k, v in event.timings_ms.items())
        log.info("turn.metrics prompt_tokens=%d reused_tokens=%d preemptive=%s %s",
                 event.prompt_tokens, event.reused_tokens, event.preemptive, marks)
    elif isinstance(event, StateChanged):
        log.debug("state %s", event.state.value)
