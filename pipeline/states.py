"""The assist state machine: idle, listening, processing, responding."""

from __future__ import annotations

import logging
from collections.abc import Callable

from pipeline.bus import EventBus
from pipeline.items import State, StateChanged

log = logging.getLogger(__name__)

# Allowed moves of the assist state machine; anything else is a bug worth logging.
_TRANSITIONS = {
    State.IDLE: {State.LISTENING, State.PROCESSING, State.RESPONDING},
    State.LISTENING: {State.PROCESSING, State.IDLE, State.RESPONDING},
    State.PROCESSING: {State.RESPONDING, State.IDLE, State.LISTENING},
    State.RESPONDING: {State.IDLE, State.LISTENING},
}


class StateMachine:
    def __init__(self, bus: EventBus,
                 on_change: Callable[[State], None] = lambda state: None) -> None:
        self.bus = bus
        self.on_change = on_change  # the conversation's own reaction (observers use the bus)
        self.state = State.IDLE

    def move(self, state: State) -> None:
        if state == self.state:
            return
        if state not in _TRANSITIONS[self.state]:
            log.warning("state.unexpected from=%s to=%s", self.state.value, state.value)
        self.state = state
        self.on_change(state)
        self.bus.emit(StateChanged(state=state))
