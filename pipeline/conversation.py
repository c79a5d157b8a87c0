"""A conversation: the turn loop over an audio source, with the assist state machine."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.events import (
    Event,
    EventBus,
    SpeechStarted,
    State,
    StateChanged,
    Utterance,
    log_event,
)
from pipeline.persona import Persona
from pipeline.stages import EchoGate, Listener, Speaker, Thinker, Transcriber
from pipeline.turn import Turn, TurnResult
from voice.sinks import AudioSink
from voice.sources import AudioSource

log = logging.getLogger(__name__)

# Allowed moves of the assist state machine; anything else is a bug worth logging.
_TRANSITIONS = {
    State.IDLE: {State.LISTENING, State.PROCESSING},
    State.LISTENING: {State.PROCESSING, State.IDLE},
    State.PROCESSING: {State.RESPONDING, State.IDLE, State.LISTENING},
    State.RESPONDING: {State.IDLE, State.LISTENING},
}


class StateMachine:
    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self.state = State.IDLE

    def move(self, state: State) -> None:
        if state == self.state:
            return
        if state not in _TRANSITIONS[self.state]:
            log.warning("state.unexpected from=%s to=%s", self.state.value, state.value)
        self.state = state
        self.bus.emit(StateChanged(state=state))


class Conversation:
    def __init__(self, engine: Engine, persona: Persona, config: Config,
                 bus: EventBus | None = None) -> None:
        self.config = config
        self.bus = bus or EventBus()
        self.bus.subscribe(log_event)
        self.states = StateMachine(self.bus)
        self.thinker = Thinker(engine.llm, persona, config.llm)
        self.transcriber = Transcriber(engine.stt)
        self.speaker = Speaker(engine.tts, persona) if engine.tts is not None else None
        self.make_vad = lambda: Listener.make_vad(config.audio)

    async def run(self, source: AudioSource, sink: AudioSink, realtime: bool,
                  echo_gate: bool = False, max_turns: int | None = None) -> list[TurnResult]:
        """Hold spoken turns until the source ends (or ``max_turns`` are done)."""
        assert self.speaker is not None, "a spoken conversation needs the TTS loaded"
        gate = EchoGate(echo_gate)
        listener = Listener(source, self.make_vad(), gate, realtime)
        utterances: asyncio.Queue[Utterance | None] = asyncio.Queue(maxsize=4)
        results: list[TurnResult] = []

        def on_event(event: Event) -> None:
            if isinstance(event, SpeechStarted) and self.states.state == State.IDLE:
                self.states.move(State.LISTENING)

        self.bus.subscribe(on_event)
        listening = asyncio.create_task(listener.run(utterances, self.bus.emit))
        try:
            while (utterance := await utterances.get()) is not None:
                self.states.move(State.PROCESSING)
                gate.closed = True
                try:
                    results.append(await self._turn(utterance, sink))
                finally:
                    gate.closed = False
                    self.states.move(State.IDLE)
                if max_turns is not None and len(results) >= max_turns:
                    break
        finally:
            listening.cancel()
            await asyncio.gather(listening, return_exceptions=True)
        return results

    async def _turn(self, utterance: Utterance, sink: AudioSink) -> TurnResult:
        assert self.speaker is not None
        turn = Turn(utterance, self.transcriber, self.thinker, self.speaker, sink,
                    self.bus.emit, on_audio_start=lambda: self.states.move(State.RESPONDING))
        return await turn.run()

    async def chat(self, text: str) -> AsyncIterator[str]:
        """Text mode: the same model, persona and history, no audio."""
        parts: list[str] = []
        async for delta in self.thinker.reply(text):
            parts.append(delta)
            yield delta
        self.thinker.remember(text, "".join(parts).strip())
