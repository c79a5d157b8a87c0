"""A conversation: the listen stage, the turns it starts, and the assist state machine.

One loop takes every item from one inbox (what was heard, what the turns report). A ``Guess`` starts
a turn early (uncommitted: it prepares audio, plays nothing); the endpoint's ``Utterance`` commits
it when the final transcript agrees, or replaces it; ``Resumed`` cancels it. Every stop is one path:
cancelling the turn's task. Text turns (``ask``), fixed text (``say``) and typed chat are turns too:
`stop` and barge-in end them all; typed words are read as meant (``pipeline.typed``).

A ``BargeIn`` pauses a playing reply where the sink can (else stops it); the words decide: real ones
stop it (once two partials agree on one), a cough or an "mm-hm" resume it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from pipeline.barge_in import is_interruption
from pipeline.bus import EventBus, log_event
from pipeline.config import Config
from pipeline.echo import EchoStage
from pipeline.endpointing import normalize
from pipeline.engine import Engine
from pipeline.extraction import make_extractor
from pipeline.items import (
    BargeIn,
    ConversationItem,
    ErrorEvent,
    Event,
    Guess,
    PlaybackStarted,
    Resumed,
    SpeechStarted,
    State,
    Transcript,
    TurnEnded,
    Utterance,
    now,
)
from pipeline.listen import ListenStage, Transcriber, TurnScorer, make_vad
from pipeline.persona import Persona
from pipeline.prefill import Prefiller
from pipeline.recall import Recall
from pipeline.speak import Speaker
from pipeline.stage import Channel, run_stages
from pipeline.states import StateMachine
from pipeline.text_chat import TextChat
from pipeline.think import Thinker
from pipeline.think_stage import ReplySource, Script
from pipeline.turn import NO_SPEECH, Turn, TurnResult
from pipeline.typed import as_meant
from voice.echo import EchoCanceller, EchoGate
from voice.sinks import AudioSink
from voice.sounds import only_sounds
from voice.sources import AudioSource
from voice.vad import VadSegmenter

log = logging.getLogger(__name__)

class Conversation(TextChat):
    def __init__(self, engine: Engine, persona: Persona, config: Config,
                 bus: EventBus | None = None) -> None:
        self.config = config
        self.bus = bus or EventBus()
        self.bus.subscribe(log_event)
        self.states = StateMachine(self.bus, on_change=self._state_changed)
        # Unique per conversation: two sessions in the same minute are still two sessions.
        session = f"{datetime.now():%Y-%m-%d %H:%M:%S}-{uuid.uuid4().hex[:6]}"
        self.recall = (Recall(engine.memory, config.user, session,
                              budget_s=config.memory.budget_ms / 1000,
                              on_error=lambda message: self.bus.emit(ErrorEvent(message=message)),
                              summarize_dropped=config.memory.summarize_dropped)
                       if engine.memory is not None else None)
        self.thinker = Thinker(engine.llm, persona, config.llm, self.recall, engine.vision,
                               config.vision.camera, config.region)
        self.prefiller = Prefiller(self.thinker)
        # With a capable model, facts are also extracted by the LLM, only while nobody talks.
        self.extractor = make_extractor(
            engine.llm, engine.memory, self.recall is None or not self.recall.writable,
            config.user, engine.llm.source, prefix=lambda: self.thinker.prompt("")[0][:-1])
        if self.extractor is not None and self.recall is not None:
            self.recall.on_user_turn = self.extractor.submit_turn
        self.transcriber = Transcriber(engine.stt) if engine.stt is not None else None
        self.speaker = Speaker(engine.tts, persona) if engine.tts is not None else None
        self.scorer = TurnScorer.of(engine.turn, engine.turn_words)
        self.results: list[TurnResult] = []
        # What of a final transcript to answer (the text, say without a wake phrase), or None.
        self.accept: Callable[[str], str | None] = lambda text: text
        self._turn: Turn | None = None
        self._task: asyncio.Task[TurnResult] | None = None
        self._listener: ListenStage | None = None
        self._inbox: Channel[ConversationItem] | None = None
        self.muted = False  # set with set_muted()
        self._barge_in = False
        self._paused: BargeIn | None = None  # the barge-in that holds the current reply

    @property
    def busy(self) -> bool:
        """A turn is running (a reply is being thought, spoken or played)."""
        return self._task is not None and not self._task.done()

    def make_vad(self) -> VadSegmenter:
        return make_vad(self.config.audio)

    async def run(self, source: AudioSource, sink: AudioSink, realtime: bool,
                  echo: EchoCanceller | EchoGate | None = None,
                  max_turns: int | None = None) -> list[TurnResult]:
        """Hold spoken turns until the source ends (or ``max_turns`` are done).

        ``realtime`` sources get streaming partials, early replies and barge-in; a file read
        as fast as possible is transcribed once per utterance. ``echo`` removes (or gates) the
        companion's own voice where its speaker can reach the microphone.
        """
        assert self.speaker is not None and self.transcriber is not None, \
            "a spoken conversation needs the speech models loaded"
        listener = ListenStage.from_config(self.config.audio, self.transcriber,
                                           vad=self.make_vad(), realtime=realtime,
                                           scorer=self.scorer)
        listener.muted = self.muted
        self._listener = listener
        self._barge_in = realtime and self.config.audio.barge_in
        inbox: Channel[ConversationItem] = Channel(maxsize=0)
        self._inbox = inbox
        self.prefiller.between_turns()  # the persona, before the first word is heard
        listening = asyncio.create_task(run_stages(source.frames(), EchoStage(echo, source),
                                                   listener, outbox=inbox))
        listening.add_done_callback(lambda task: inbox.close_nowait())  # failed or not
        first = len(self.results)
        try:
            async for item in inbox:
                await self._handle(item, sink)
                if max_turns is not None and len(self.results) - first >= max_turns:
                    break
            else:  # the source ended: let a committed reply finish
                self._resume()  # a paused one too: no words can come to stop it now
                if self._turn is not None and self._turn.committed and self._task:
                    await asyncio.gather(self._task, return_exceptions=True)
        finally:
            self._inbox = None
            await self.stop()
            listening.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listening  # the source's error (a microphone gone) is raised here
            await self.prefiller.close()
            if self.recall is not None:
                await self.recall.flush()
            if self.extractor is not None:
                await self.extractor.close()
        return self.results[first:]

    async def _handle(self, item: ConversationItem, sink: AudioSink) -> None:
        if isinstance(item, SpeechStarted):
            if self.extractor is not None:
                self.extractor.busy()  # the model is about to be needed: stop extracting
            if self.states.state == State.IDLE:
                self.states.move(State.LISTENING)
            self.bus.emit(item)
        elif isinstance(item, Transcript):
            if self.recall is not None:  # memory overlapped with transcription
                self.recall.prefetch(item.text)
            # a "stop" two partials agree on; the words of the next turn warm the model up
            if await self._interrupted_by(item.stable, 0.0):
                self.prefiller.while_speaking(item.stable)
            self.bus.emit(item)
        elif isinstance(item, Guess):
            await self._interrupted_by(item.text, item.speech_s)
            if self._paused is None:
                await self._guess(item, sink)
        elif isinstance(item, Resumed):
            if self._turn is not None and not self._turn.committed:
                await self.stop()
        elif isinstance(item, BargeIn):
            await self._barged_in(item)
        elif isinstance(item, Utterance):
            assert self.transcriber is not None, "a spoken turn needs the speech models loaded"
            if self._paused is not None:
                text = await self.transcriber.final_text(item)
                if not await self._interrupted_by(text, item.speech_s):
                    self._resume()  # a cough, a knock, an "mm-hm": go on where it was
                    return
                item = replace(item, transcript=text)
            if item.audio.size:
                await self._utterance(item, sink)
            elif self._turn is None:  # nothing was said after a barge-in
                self.states.move(State.IDLE)
        # TurnEnded: the turn was collected when its task ended; the item only wakes the loop

    async def _barged_in(self, item: BargeIn) -> None:
        """The user talks over the reply: hold it (or stop it) until the words decide."""
        turn = self._turn
        if not self._barge_in or turn is None or not turn.committed or self._paused is not None:
            return
        if turn.pausable:
            turn.pause()
            self._paused = item
            log.info("barge_in paused pause_ms=%.1f gated=%s", (now() - item.t) * 1000,
                     item.gated)
        else:  # a far end plays what it was sent: it can only be told to stop
            await self.stop()
            log.info("barge_in stop_ms=%.1f", (now() - item.t) * 1000)
        self.bus.emit(item)
        self.states.move(State.LISTENING)

    async def _interrupted_by(self, text: str, speech_s: float) -> bool:
        """While a reply is paused: stop it if ``text`` (spoken over ``speech_s``) is an
        interruption. True when nothing (any more) is paused: the text is the next turn."""
        barge_in = self._paused
        if barge_in is None:
            return True
        if not is_interruption(text, speech_s):
            return False
        self._paused = None
        await self.stop()
        log.info("barge_in stop_ms=%.1f speech_ms=%.0f text=%r", (now() - barge_in.t) * 1000,
                 speech_s * 1000, text)
        return True

    def _resume(self) -> None:
        barge_in, self._paused = self._paused, None
        turn = self._turn
        if barge_in is None or turn is None:
            return
        turn.resume()
        log.info("barge_in resumed after_ms=%.1f", (now() - barge_in.t) * 1000)
        self.states.move(State.RESPONDING)
        self._playback_started()

    def _answerable(self, text: str) -> str | None:
        """What of ``text`` to answer: None when not for us (``accept``), or only a sound
        ("mm-hmm", "uh") that does not answer a question the last reply asked."""
        asked = bool(self.results) and self.results[-1].reply.endswith("?")
        return None if only_sounds(text) and not asked else self.accept(text)

    async def _guess(self, guess: Guess, sink: AudioSink) -> None:
        text = self._answerable(guess.text)
        if text is None:
            return
        turn = self._turn
        if turn is not None and not turn.committed:
            if normalize(turn.transcript) == normalize(text):
                return  # the same guess again: keep preparing
            await self.stop()
        if self._turn is None:
            self._start(text, guess.voiced_end_t, sink, self._answerer(guess.text), committed=False)

    async def _utterance(self, utterance: Utterance, sink: AudioSink) -> None:
        assert self.transcriber is not None
        text = await self.transcriber.final_text(utterance)
        self.bus.emit(Transcript(text=text, final=True))
        turn = self._turn
        if turn is not None and not turn.committed:
            if text and normalize(turn.transcript) == normalize(self._answerable(text) or ""):
                turn.commit(utterance.t)  # the guess was right: its audio may play now
                self.states.move(State.PROCESSING)
                return
            await self.stop()  # the guess was wrong: nothing of it is heard
        elif turn is not None and self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)  # finish the reply first
        if not text:
            self.results.append(TurnResult(error=NO_SPEECH))
            self.bus.emit(ErrorEvent(message=NO_SPEECH))
            self.states.move(State.IDLE)
            return
        answer = self._answerable(text)
        if answer is None:  # not for us (no wake phrase): back to idle, quietly
            self.states.move(State.IDLE)
            return
        self._start(answer, utterance.voiced_end_t, sink, self._answerer(text), committed=True,
                    endpoint_t=utterance.t)

    def _answerer(self, heard: str) -> ReplySource:
        assert self.transcriber is not None, "heard words come from the listen stage"
        return self.transcriber.reply_source(heard, self.thinker, self._pace())

    def _pace(self) -> float:
        """The pace the user asked for ("speak a bit slower"), for words said without the model."""
        return self.thinker.user.pace if self.thinker.user else 1.0

    def _start(self, text: str, voiced_end_t: float, sink: AudioSink, source: ReplySource,
               committed: bool, endpoint_t: float | None = None) -> Turn:
        assert self.speaker is not None, "speaking needs the TTS loaded"
        self.prefiller.stop()
        turn = Turn(text, voiced_end_t, source, self.speaker, sink, self.bus.emit,
                    report=self._report, preemptive=not committed)
        if committed:
            turn.commit(endpoint_t)
            self.states.move(State.PROCESSING)
        task = asyncio.create_task(turn.run())
        task.add_done_callback(lambda done: self._collect(turn, done))
        self._turn, self._task = turn, task
        return turn

    def _report(self, item: Event) -> None:
        """A turn's report, acted on at once: the echo gate must close with the first sample,
        not when the loop gets round to it."""
        if isinstance(item, PlaybackStarted) and item.turn is self._turn:
            self._playback_started()

    def _playback_started(self) -> None:
        self.states.move(State.RESPONDING)
        # While a reply plays the microphone feeds the barge-in detector: cleaned frames as
        # they are, gated ones (our voice in them) with a margin over the echo to expect.
        if self._listener is not None and self._barge_in and self._turn is not None:
            self._listener.start_guarding(self._turn.pausable)

    def _collect(self, turn: Turn, task: asyncio.Task[TurnResult]) -> None:
        """A turn's task ended (done, failed or cancelled): keep its result, go back to idle.
        The task's first done-callback: it runs before anyone awaiting the task resumes."""
        if turn is self._turn:
            self._turn, self._task, self._paused = None, None, None
        if self._listener is not None:
            self._listener.stop_guarding()
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            log.error("turn.failed error=%r", error)
            turn.result.error = f"The reply failed: {error}"
            self.bus.emit(ErrorEvent(message=turn.result.error))
        if turn.committed:
            self.results.append(turn.result)
            if turn.source is self.thinker:
                self.prefiller.between_turns()
        if self._turn is None and self.states.state != State.LISTENING:
            self.states.move(State.IDLE)
        if self._inbox is not None:
            self._inbox.put_nowait(TurnEnded(turn=turn))

    async def stop(self) -> None:
        """Cancel the current turn (stop command, barge-in, wrong guess, shutdown)."""
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def ask(self, text: str, sink: AudioSink) -> TurnResult:
        """A turn from text (an MQTT `ask`, a typed question): the reply is spoken to ``sink``."""
        return await self._speak_turn(as_meant(text), sink, self.thinker)

    async def say(self, text: str, sink: AudioSink) -> TurnResult:
        """Speak ``text`` as it is, without the LLM (announcements, `say` commands)."""
        return await self._speak_turn(text, sink, Script(self._pace()))

    async def _speak_turn(self, text: str, sink: AudioSink, source: ReplySource) -> TurnResult:
        await self.stop()
        turn = self._start(text, now(), sink, source, committed=True)
        task = self._task
        assert task is not None
        await asyncio.gather(task, return_exceptions=True)
        return turn.result

    def set_persona(self, persona: Persona) -> None:
        """Switch who is talking; the history stays, the voice and system prompt change."""
        self.thinker.persona = persona
        if self.speaker is not None:
            self.speaker.persona = persona

    def set_muted(self, muted: bool) -> None:
        """Muted: the microphone is ignored entirely (privacy), replies still play."""
        self.muted = muted
        if self._listener is not None:
            self._listener.muted = muted
        if muted:
            self._resume()  # no words will be heard to decide on a paused reply

    def _state_changed(self, state: State) -> None:
        if self.extractor is not None:  # background extraction only while nobody talks
            self.extractor.idle() if state == State.IDLE else self.extractor.busy()
