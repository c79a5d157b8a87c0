"""A conversation: listening, the turn loop and the assist state machine.

The loop reacts to the listener's signals. A ``Guess`` starts a turn early (uncommitted: it
prepares audio but plays nothing); the endpoint's ``Utterance`` commits that turn when the
final transcript says the same, or replaces it; ``Resumed`` and ``BargeIn`` cancel. Every stop
goes through the same path: cancelling the turn's task.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from pipeline.config import Config
from pipeline.endpointing import BargeInDetector, EndpointPolicy, normalize
from pipeline.engine import Engine
from pipeline.events import (
    BargeIn,
    ErrorEvent,
    Event,
    EventBus,
    Guess,
    Resumed,
    SpeechStarted,
    State,
    StateChanged,
    Transcript,
    Utterance,
    log_event,
    now,
)
from pipeline.extraction import make_extractor
from pipeline.listening import Listener, Signal
from pipeline.persona import Persona
from pipeline.recall import Recall
from pipeline.speakable import speakable_reply
from pipeline.stages import Speaker, Thinker, Transcriber
from pipeline.turn import NO_SPEECH, Turn, TurnResult
from voice.sinks import AudioSink
from voice.sources import AudioSource
from voice.vad import VadSegmenter

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
        # Unique per conversation: two sessions in the same minute are still two sessions.
        session = f"{datetime.now():%Y-%m-%d %H:%M:%S}-{uuid.uuid4().hex[:6]}"
        self.recall = (Recall(engine.memory, config.user, session,
                              budget_s=config.memory.budget_ms / 1000,
                              on_error=lambda message: self.bus.emit(ErrorEvent(message=message)))
                       if engine.memory is not None else None)
        self.thinker = Thinker(engine.llm, persona, config.llm, self.recall, engine.vision,
                               config.vision.camera)
        local = getattr(engine.llm, "model_path", None)
        self.extractor = make_extractor(
            engine.llm, engine.memory, self.recall is None or not self.recall.writable,
            config.user, str(local) if local else "remote://server",
            prefix=lambda: self.thinker.prompt("")[0][:-1])  # persona + history, KV-cached
        if self.extractor is not None and self.recall is not None:
            self.recall.on_user_turn = self.extractor.submit_turn
            self.bus.subscribe(self._pause_extraction)
        self.transcriber = Transcriber(engine.stt)
        self.speaker = Speaker(engine.tts, persona) if engine.tts is not None else None
        self.results: list[TurnResult] = []
        # Decides what of a final transcript to answer: the text (e.g. with a wake phrase
        # removed) or None to ignore it. The default answers everything.
        self.accept: Callable[[str], str | None] = lambda text: text
        self._turn: Turn | None = None
        self._task: asyncio.Task[TurnResult] | None = None
        self._listener: Listener | None = None
        self._muted = False

    def make_vad(self) -> VadSegmenter:
        audio = self.config.audio
        return VadSegmenter(aggressiveness=audio.vad_aggressiveness,
                            hangover_ms=audio.hangover_ms, min_speech_ms=audio.min_speech_ms)

    async def run(self, source: AudioSource, sink: AudioSink, realtime: bool,
                  echo_gate: bool = False, max_turns: int | None = None) -> list[TurnResult]:
        """Hold spoken turns until the source ends (or ``max_turns`` are done).

        ``realtime`` sources get streaming partials, early replies and barge-in; a file read
        as fast as possible is transcribed once per utterance.
        """
        assert self.speaker is not None, "a spoken conversation needs the TTS loaded"
        audio = self.config.audio
        self._listener = Listener(
            source, self.make_vad(), self.transcriber, self.bus.emit, realtime=realtime,
            streaming=realtime and audio.streaming,
            policy=EndpointPolicy(default_ms=audio.hangover_ms,
                                  complete_ms=audio.complete_hangover_ms,
                                  dangling_ms=audio.dangling_hangover_ms),
            barge_in=BargeInDetector(min_speech_ms=audio.barge_in_ms,
                                     margin_db=audio.echo_margin_db if echo_gate else 0.0),
            partial_interval_s=audio.partial_interval_ms / 1000)
        self._echo_gate = echo_gate
        self._listener.muted = self._muted
        self._barge_in = realtime and audio.barge_in
        signals: asyncio.Queue[Signal | None] = asyncio.Queue()
        listening = asyncio.create_task(self._listener.run(signals))
        first = len(self.results)
        self.bus.subscribe(self._on_speech_start)
        self.bus.subscribe(self._prefetch_memory)
        try:
            await self._loop(signals, sink, max_turns, first)
        finally:
            await self.stop()
            listening.cancel()
            await asyncio.gather(listening, return_exceptions=True)
            if self.recall is not None:
                await self.recall.flush()
            if self.extractor is not None:
                await self.extractor.close()
        return self.results[first:]

    async def _loop(self, signals: asyncio.Queue[Signal | None], sink: AudioSink,
                    max_turns: int | None, first: int) -> None:
        next_signal = asyncio.ensure_future(signals.get())
        try:
            while True:
                waiting: set[asyncio.Future[object]] = {next_signal}  # type: ignore[arg-type]
                if self._task is not None:
                    waiting.add(self._task)  # type: ignore[arg-type]
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if self._task is not None and self._task.done():
                    self._end_turn()
                if max_turns is not None and len(self.results) - first >= max_turns:
                    return
                if not next_signal.done():
                    continue
                signal = next_signal.result()
                if signal is None:  # the source ended: let a committed reply finish
                    if self._turn is not None and self._turn.committed and self._task:
                        await asyncio.gather(self._task, return_exceptions=True)
                        self._end_turn()
                    return
                await self._handle(signal, sink)
                next_signal = asyncio.ensure_future(signals.get())
                if max_turns is not None and len(self.results) - first >= max_turns:
                    return
        finally:
            next_signal.cancel()

    async def _handle(self, signal: Signal, sink: AudioSink) -> None:
        turn = self._turn
        if isinstance(signal, Guess):
            guess = self.accept(signal.text)
            if guess is None:
                return
            signal = Guess(text=guess, voiced_end_t=signal.voiced_end_t, t=signal.t)
            if turn is not None and not turn.committed:
                if normalize(turn.transcript) == normalize(signal.text):
                    return  # the same guess again: keep preparing
                await self.stop()
            if self._turn is None:
                self._start(signal.text, signal.voiced_end_t, sink, committed=False)
        elif isinstance(signal, Resumed):
            if turn is not None and not turn.committed:
                await self.stop()
        elif isinstance(signal, BargeIn):
            if self._barge_in and turn is not None and turn.committed:
                await self.stop()
                # Detection to silence: the sink dropped its queue inside stop().
                log.info("barge_in stop_ms=%.1f", (now() - signal.t) * 1000)
                self.bus.emit(signal)
                self.states.move(State.LISTENING)
        elif isinstance(signal, Utterance):
            await self._utterance(signal, sink)

    async def _utterance(self, utterance: Utterance, sink: AudioSink) -> None:
        text = utterance.transcript
        if text is None:
            text = (await self.transcriber.transcribe(utterance.audio)).strip()
        self.bus.emit(Transcript(text=text, final=True))
        turn = self._turn
        if turn is not None and not turn.committed:
            if text and normalize(turn.transcript) == normalize(self.accept(text) or ""):
                turn.commit(utterance.t)  # the guess was right: its audio may play now
                self._committed_now()
                return
            await self.stop()  # the guess was wrong: nothing of it is heard
        elif turn is not None and self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)  # finish the reply first
            self._end_turn()
        if not text:
            self.results.append(TurnResult(error=NO_SPEECH))
            self.bus.emit(ErrorEvent(message=NO_SPEECH))
            self.states.move(State.IDLE)
            return
        answer = self.accept(text)
        if answer is None:  # not for us (no wake phrase): back to idle, quietly
            self.states.move(State.IDLE)
            return
        self._start(answer, utterance.voiced_end_t, sink, committed=True, endpoint_t=utterance.t)

    def _start(self, text: str, voiced_end_t: float, sink: AudioSink, committed: bool,
               endpoint_t: float | None = None) -> None:
        assert self.speaker is not None
        self._turn = Turn(text, voiced_end_t, self.thinker, self.speaker, sink, self.bus.emit,
                          committed=False, on_audio_start=self._audio_started)
        if committed:
            self._turn.commit(endpoint_t)
            self._committed_now()
        self._task = asyncio.create_task(self._turn.run())

    def _committed_now(self) -> None:
        self.states.move(State.PROCESSING)

    def _audio_started(self) -> None:
        self.states.move(State.RESPONDING)
        if self._listener is not None and self._echo_gate:
            self._listener.start_guarding()

    def _end_turn(self) -> None:
        """Collect a finished (or cancelled) turn's result and go back to idle."""
        turn, task = self._turn, self._task
        self._turn = self._task = None
        if self._listener is not None:
            self._listener.stop_guarding()
        if turn is None or task is None:
            return
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("turn.failed error=%r", error)
            self.bus.emit(ErrorEvent(message=f"The reply failed: {error}"))
        if turn.committed:
            self.results.append(turn.result)
        if self.states.state != State.LISTENING:
            self.states.move(State.IDLE)

    async def stop(self) -> None:
        """Cancel the current turn (stop command, barge-in, wrong guess, shutdown)."""
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if task is not None:
            self._end_turn()

    async def ask(self, text: str, sink: AudioSink) -> TurnResult:
        """A turn from text (an MQTT `ask`, a typed question): the reply is spoken to ``sink``."""
        await self.stop()
        self._start(text, now(), sink, committed=True)
        turn, task = self._turn, self._task
        assert turn is not None and task is not None
        await asyncio.gather(task, return_exceptions=True)
        if self._turn is turn:  # the run loop may have collected it already
            self._end_turn()
        return turn.result

    async def say(self, text: str, sink: AudioSink) -> None:
        """Speak ``text`` as it is, without the LLM (announcements, `say` commands)."""
        assert self.speaker is not None, "speaking needs the TTS loaded"
        await self.stop()
        self.states.move(State.RESPONDING)
        try:
            async for chunk in self.speaker.speak(text):
                await sink.play(chunk, self.speaker.sample_rate)
            await sink.drain()
        finally:
            self.states.move(State.IDLE)

    def set_persona(self, persona: Persona) -> None:
        """Switch who is talking; the history stays, the voice and system prompt change."""
        self.thinker.persona = persona
        if self.speaker is not None:
            self.speaker.persona = persona

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        """Muted: the microphone is ignored entirely (privacy), replies still play."""
        self._muted = muted
        if self._listener is not None:
            self._listener.muted = muted

    def _prefetch_memory(self, event: Event) -> None:
        # Memory overlapped with transcription: search on every partial, ready by the endpoint.
        if self.recall is not None and isinstance(event, Transcript) and not event.final:
            self.recall.prefetch(event.text)

    def _pause_extraction(self, event: Event) -> None:
        # Background fact extraction runs only while idle; speech or any turn stops it at once.
        assert self.extractor is not None
        if isinstance(event, SpeechStarted) or (isinstance(event, StateChanged)
                                                and event.state != State.IDLE):
            self.extractor.busy()
        elif isinstance(event, StateChanged):
            self.extractor.idle()

    def _on_speech_start(self, event: Event) -> None:
        if isinstance(event, SpeechStarted) and self.states.state == State.IDLE:
            self.states.move(State.LISTENING)

    async def chat(self, text: str) -> AsyncIterator[str]:
        """Text mode: the same model, persona and history, no audio."""
        if self.extractor is not None:
            self.extractor.busy()
        parts: list[str] = []
        async for clause in speakable_reply(self.thinker.reply(text), self.thinker.shaper):
            parts.append(clause)
            yield clause + " "
        self.thinker.remember(text, " ".join(parts))
        if self.extractor is not None:
            self.extractor.idle()

    async def finish(self, extraction_timeout_s: float = 120.0) -> None:
        """End of a text chat: save what is pending, then extract facts from what is queued."""
        if self.recall is not None:
            await self.recall.flush()
            await asyncio.sleep(0)  # the stored turns' callbacks queue them for extraction
        if self.extractor is not None:
            await self.extractor.drain(extraction_timeout_s)
