"""Observers of a conversation (CLI printer, logs, MQTT publisher, tests): a one-way fan-out.

The bus is for watching only. Nothing that steers the conversation travels on it: the
pipeline's own items go through its stages' channels (pipeline.stage).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pipeline.items import ErrorEvent, Event, Reply, StateChanged, Transcript, TurnMetrics

log = logging.getLogger("pipeline.items")


class EventBus:
    """Observers are plain callables and must return quickly; the pipeline never waits for them."""

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
    if isinstance(event, ErrorEvent):
        log.warning("error message=%r", event.message)
    elif isinstance(event, Transcript):
        log.info("transcript final=%s text=%r", event.final, event.text)
    elif isinstance(event, Reply):
        log.info("reply interrupted=%s text=%r", event.interrupted, event.text)
    elif isinstance(event, TurnMetrics):
        marks = " ".join(f"{k}={v:.0f}" for k, v in event.timings_ms.items())
        log.info("turn.metrics prompt_tokens=%d reused_tokens=%d preemptive=%s underruns=%d "
                 "gaps=%d %s", event.prompt_tokens, event.reused_tokens, event.preemptive,
                 event.underruns, event.gaps, marks)
    elif isinstance(event, StateChanged):
        log.debug("state %s", event.state.value)
