"""One turn: an utterance becomes a transcript, a streamed reply and audio, stage by stage.

The LLM, TTS and playback run concurrently, joined by bounded queues, so the first clause is
heard while the model is still writing the rest. A turn owns its tasks: cancelling the turn's
task cancels all of them, and that is the only way a turn is stopped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from pipeline.chunker import ClauseChunker
from pipeline.events import ErrorEvent, Event, Reply, Transcript, TurnMetrics, Utterance, now
from pipeline.stages import Speaker, Thinker, Transcriber
from voice.sinks import AudioSink

log = logging.getLogger(__name__)

NO_SPEECH = "No speech heard: the audio held no words the recognizer could make out."


@dataclass
class TurnResult:
    transcript: str = ""
    reply: str = ""
    audio_out_s: float = 0.0
    timings_ms: dict[str, float] = field(default_factory=dict)
    prompt_tokens: int = 0
    error: str | None = None


class Timeline:
    """Marks the first moment of each milestone, relative to the user's last voiced sample."""

    def __init__(self, origin: float) -> None:
        self.origin = origin
        self.marks: dict[str, float] = {}

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, round((now() - self.origin) * 1000.0, 1))


class Turn:
    def __init__(self, utterance: Utterance, transcriber: Transcriber, thinker: Thinker,
                 speaker: Speaker, sink: AudioSink, emit: Callable[[Event], None],
                 on_audio_start: Callable[[], None] = lambda: None) -> None:
        self.utterance = utterance
        self.transcriber = transcriber
        self.thinker = thinker
        self.speaker = speaker
        self.sink = sink
        self.emit = emit
        self.on_audio_start = on_audio_start
        self.timeline = Timeline(utterance.voiced_end_t)
        self.result = TurnResult()
        self._spoken: list[str] = []

    async def run(self) -> TurnResult:
        self.timeline.mark("speech_end")
        text = (await self.transcriber.transcribe(self.utterance.audio)).strip()
        self.timeline.mark("stt_final")
        self.result.transcript = text
        self.emit(Transcript(text=text, final=True))
        if not text:
            self.result.error = NO_SPEECH
            self.emit(ErrorEvent(message=NO_SPEECH))
            return self.result
        clauses: asyncio.Queue[str | None] = asyncio.Queue(maxsize=8)
        audio: asyncio.Queue[np.ndarray | None] = asyncio.Queue(maxsize=16)
        await run_together(self._think(text, clauses), self._voice(clauses, audio),
                           self._play(audio))
        self.result.reply = " ".join(self._spoken)
        self.result.prompt_tokens = self.thinker.last_prompt_tokens
        self.result.timings_ms = dict(self.timeline.marks)
        self.thinker.remember(text, self.result.reply)
        self.emit(Reply(text=self.result.reply))
        self.emit(TurnMetrics(timings_ms=self.result.timings_ms,
                              prompt_tokens=self.result.prompt_tokens))
        return self.result

    async def _think(self, text: str, clauses: asyncio.Queue[str | None]) -> None:
        # A failing stage gets no end marker: run_together cancels its partners instead.
        chunker = ClauseChunker()
        async for delta in self.thinker.reply(text):
            self.timeline.mark("first_token")
            for clause in chunker.feed(delta):
                self.timeline.mark("first_clause")
                await clauses.put(clause)
        spoken_any = "first_clause" in self.timeline.marks
        if not (spoken_any and getattr(self.thinker.llm, "cut_short", False)):
            # A reply cut off by its token budget ends at its last full sentence, not mid-word.
            for clause in chunker.flush():
                self.timeline.mark("first_clause")
                await clauses.put(clause)
        self.timeline.mark("llm_done")
        await clauses.put(None)

    async def _voice(self, clauses: asyncio.Queue[str | None],
                     audio: asyncio.Queue[np.ndarray | None]) -> None:
        while (clause := await clauses.get()) is not None:
            async for chunk in self.speaker.speak(clause):
                self.timeline.mark("first_tts_audio")
                await audio.put(chunk)
            self._spoken.append(clause)
        await audio.put(None)

    async def _play(self, audio: asyncio.Queue[np.ndarray | None]) -> None:
        rate = self.speaker.sample_rate
        while (chunk := await audio.get()) is not None:
            if "first_audio_out" not in self.timeline.marks:
                self.on_audio_start()
            await self.sink.play(chunk, rate)
            self.timeline.mark("first_audio_out")
            self.result.audio_out_s += len(chunk) / rate
        await self.sink.drain()
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
