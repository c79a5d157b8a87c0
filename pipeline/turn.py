"""One turn: the user's words become a spoken reply, think -> speak -> play.

The stages run concurrently (pipeline.stage), so the first clause is heard while the model is
still writing the rest. A turn may start before the user has finished (preemptive): it then
prepares audio but plays nothing, and changes nothing, until it is committed. Cancelling the
task that runs ``Turn.run`` is the only way a turn is stopped, whether by barge-in, a changed
transcript, a stop command or shutdown. History keeps only what was actually heard.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.context import Timeline, TurnContext
from pipeline.items import ErrorEvent, Event, PlaybackStarted, Reply, TurnMetrics
from pipeline.play import PlayStage
from pipeline.speak import Speaker, SpeakStage
from pipeline.stage import one, run_stages
from pipeline.think_stage import ReplySource, ThinkStage
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
    reused_tokens: int = 0
    underruns: int = 0  # the speaker ran dry during the reply
    gaps: int = 0  # the reply ran out of audio before its end
    interrupted: bool = False
    preemptive: bool = False
    error: str | None = None


class Turn:
    def __init__(self, transcript: str, voiced_end_t: float, source: ReplySource,
                 speaker: Speaker, sink: AudioSink, emit: Callable[[Event], None],
                 report: Callable[[Event], None] = lambda item: None,
                 preemptive: bool = False) -> None:
        """``emit`` tells observers; ``report`` tells the conversation (PlaybackStarted).
        A ``preemptive`` turn starts on a guess, before the endpoint: ``commit`` it later."""
        self.transcript = transcript
        self.source = source
        self.emit = emit
        self.ctx = TurnContext(transcript, Timeline(voiced_end_t))
        self.think = ThinkStage(source, self.ctx, on_error=lambda m: emit(ErrorEvent(message=m)))
        self.speak = SpeakStage(speaker, self.ctx)
        self.play = PlayStage(sink, self.ctx,
                              on_first_audio=lambda: report(PlaybackStarted(turn=self)))
        self.result = TurnResult(transcript=transcript, preemptive=preemptive)

    @property
    def committed(self) -> bool:
        return self.ctx.committed.is_set()

    def commit(self, endpoint_t: float | None = None) -> None:
        """The user really said this: audio may play, and deferred effects run, from now on."""
        self.ctx.commit(endpoint_t)

    @property
    def pausable(self) -> bool:
        """Can a barge-in hold this reply where it is (rather than stop it)?"""
        return self.play.pausable

    def pause(self) -> None:
        self.play.pause()

    def resume(self) -> None:
        self.play.resume()

    async def run(self) -> TurnResult:
        try:
            await run_stages(one(self.transcript), self.think, self.speak, self.play)
        except asyncio.CancelledError:
            self._finish(interrupted=True)
            raise
        self._finish(interrupted=False)
        return self.result

    def _finish(self, interrupted: bool) -> None:
        self.play.stop()
        if not self.committed:
            return  # a discarded guess leaves no trace
        stats = self.ctx.stats
        result = self.result
        result.reply = self.play.heard_text(interrupted)
        result.interrupted = interrupted
        result.audio_out_s = self.play.audio_out_s
        result.prompt_tokens, result.reused_tokens = stats.prompt_tokens, stats.reused_tokens
        result.timings_ms = dict(self.ctx.timeline.marks)
        result.underruns, result.gaps = self.play.glitches()
        result.error = self.ctx.error
        self.ctx.interrupted = interrupted
        self.source.remember(self.transcript, result.reply, self.ctx)
        self.emit(Reply(text=result.reply, interrupted=interrupted))
        self.emit(TurnMetrics(timings_ms=result.timings_ms, prompt_tokens=stats.prompt_tokens,
                              reused_tokens=stats.reused_tokens, reply_tokens=stats.reply_tokens,
                              preemptive=result.preemptive, underruns=result.underruns,
                              gaps=result.gaps))
