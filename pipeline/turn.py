"""One turn: a transcript becomes a streamed reply and audio, stage by stage.

The LLM, TTS and playback run concurrently, joined by bounded queues, so the first clause is
heard while the model is still writing the rest. A turn may start before the user has finished
(preemptive): it then prepares audio but plays nothing until it is committed. A turn owns its
tasks; cancelling the turn's task cancels all of them, and that is the only way a turn is
stopped, whether by barge-in, a changed transcript, a stop command or shutdown. History keeps
only what was actually heard.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from models.errors import CompanionError
from pipeline.chunker import ClauseChunker
from pipeline.events import ErrorEvent, Event, Reply, TurnMetrics, now
from pipeline.speakable import speakable_reply
from pipeline.stages import Speaker, Thinker
from voice.sinks import AudioSink

log = logging.getLogger(__name__)

APOLOGY = "Sorry, I lost my train of thought. Could you say that again?"
NO_SPEECH = "No speech heard: the audio held no words the recognizer could make out."


@dataclass
class TurnResult:
    transcript: str = ""
    reply: str = ""
    audio_out_s: float = 0.0
    timings_ms: dict[str, float] = field(default_factory=dict)
    prompt_tokens: int = 0
    reused_tokens: int = 0
    interrupted: bool = False
    preemptive: bool = False
    error: str | None = None


class Timeline:
    """Marks the first moment of each milestone, relative to the user's last voiced sample."""

    def __init__(self, origin: float) -> None:
        self.origin = origin
        self.marks: dict[str, float] = {}

    def mark(self, name: str, at: float | None = None) -> None:
        moment = now() if at is None else at
        self.marks.setdefault(name, round((moment - self.origin) * 1000.0, 1))


class Turn:
    def __init__(self, transcript: str, voiced_end_t: float, thinker: Thinker, speaker: Speaker,
                 sink: AudioSink, emit: Callable[[Event], None], committed: bool = True,
                 on_audio_start: Callable[[], None] = lambda: None) -> None:
        self.transcript = transcript
        self.thinker = thinker
        self.speaker = speaker
        self.sink = sink
        self.emit = emit
        self.on_audio_start = on_audio_start
        self.timeline = Timeline(voiced_end_t)
        self.result = TurnResult(transcript=transcript, preemptive=not committed)
        self._committed = asyncio.Event()
        self._clauses_played: list[tuple[str, float]] = []  # (clause, its audio seconds played)
        self._playing = False
        if committed:
            self.commit()

    @property
    def committed(self) -> bool:
        return self._committed.is_set()

    def commit(self, endpoint_t: float | None = None) -> None:
        """The user really said this: audio may play from now on."""
        if not self._committed.is_set():
            self.timeline.mark("speech_end", endpoint_t)
            self.timeline.mark("stt_final", endpoint_t)
            self._committed.set()

    async def run(self) -> TurnResult:
        clauses: asyncio.Queue[str | None] = asyncio.Queue(maxsize=8)
        audio: asyncio.Queue[str | np.ndarray | None] = asyncio.Queue(maxsize=16)
        try:
            await run_together(self._think(clauses), self._voice(clauses, audio),
                               self._play(audio))
        except asyncio.CancelledError:
            self._finish(interrupted=True)
            raise
        self._finish(interrupted=False)
        return self.result

    def _finish(self, interrupted: bool) -> None:
        if self._playing:
            self.sink.stop()  # barge-in: silence now, not after the buffer drains
        if not self.committed:
            return  # a discarded guess leaves no trace
        self.result.reply = self._heard_text(interrupted)
        self.result.interrupted = interrupted
        stats = getattr(self.thinker.llm, "stats", None)
        self.result.prompt_tokens = getattr(stats, "prompt_tokens", 0)
        self.result.reused_tokens = getattr(stats, "reused_tokens", 0)
        self.result.timings_ms = dict(self.timeline.marks)
        self.thinker.remember(self.transcript, self.result.reply)
        self.emit(Reply(text=self.result.reply, interrupted=interrupted))
        self.emit(TurnMetrics(timings_ms=self.result.timings_ms,
                              prompt_tokens=self.result.prompt_tokens,
                              reused_tokens=self.result.reused_tokens,
                              reply_tokens=getattr(stats, "reply_tokens", 0),
                              preemptive=self.result.preemptive))

    def _heard_text(self, interrupted: bool) -> str:
        """The reply as far as it was heard: whole clauses, then the share of the cut one."""
        if not interrupted:
            return " ".join(clause for clause, _ in self._clauses_played)
        heard = self.sink.played_seconds()
        words: list[str] = []
        for clause, seconds in self._clauses_played:
            if heard >= seconds:
                words.append(clause)
                heard -= seconds
                continue
            share = clause.split()[: int(len(clause.split()) * heard / max(seconds, 1e-6))]
            if share:
                words.append(" ".join(share) + "...")
            break
        return " ".join(words)

    async def _think(self, clauses: asyncio.Queue[str | None]) -> None:
        # A failing stage sends no end marker: run_together cancels its partners instead.
        ready = lambda: self.timeline.mark("memory_ready")  # noqa: E731
        # A reply cut off by its token budget ends at its last full sentence, not mid-word.
        keep_tail = lambda: not ("first_clause" in self.timeline.marks  # noqa: E731
                                 and getattr(self.thinker.llm, "cut_short", False))
        reply = speakable_reply(self.thinker.reply(self.transcript, context_ready=ready),
                                self.thinker.shaper,
                                on_delta=lambda: self.timeline.mark("first_token"),
                                keep_tail=keep_tail)
        try:
            async for clause in reply:
                self.timeline.mark("first_clause")
                await clauses.put(clause)
        except CompanionError as exc:  # e.g. the inference server went away mid-reply
            log.warning("reply.failed error=%s", exc)
            self.emit(ErrorEvent(message=str(exc)))
            # The half-said sentence is dropped, the apology said instead.
            for clause in ClauseChunker().feed(APOLOGY):
                await clauses.put(clause)
        self.timeline.mark("llm_done")
        await clauses.put(None)

    async def _voice(self, clauses: asyncio.Queue[str | None],
                     audio: asyncio.Queue[str | np.ndarray | None]) -> None:
        while (clause := await clauses.get()) is not None:
            await audio.put(clause)  # marks where each clause's audio starts
            async for chunk in self.speaker.speak(clause, self.thinker.affect):
                self.timeline.mark("first_tts_audio")
                await audio.put(chunk)
        await audio.put(None)

    async def _play(self, audio: asyncio.Queue[str | np.ndarray | None]) -> None:
        await self._committed.wait()  # a guess prepares audio but never plays it
        rate = self.speaker.sample_rate
        reset = getattr(self.sink, "reset_counter", None)
        if reset is not None:
            reset()
        while (item := await audio.get()) is not None:
            if isinstance(item, str):
                self._clauses_played.append((item, 0.0))
                continue
            if not self._playing:
                self._playing = True
                self.on_audio_start()
            await self.sink.play(item, rate)
            self.timeline.mark("first_audio_out")
            seconds = len(item) / rate
            self.result.audio_out_s += seconds
            clause, so_far = self._clauses_played[-1]
            self._clauses_played[-1] = (clause, so_far + seconds)
        await self.sink.drain()
        self._playing = False
        self.timeline.mark("audio_done")


async def run_together(*coroutines: Coroutine[Any, Any, None]) -> None:
    """Run stage coroutines concurrently; the first failure cancels the rest and is raised."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
