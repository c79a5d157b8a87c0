"""The play stage: voice in, sound out; it keeps count of what the user actually heard.

Nothing plays until the turn is committed: a preemptive guess prepares its audio and is
dropped unheard when the user turns out to have said something else. When the turn is cut
short (barge-in, stop), ``heard_text`` is the reply as far as it was heard: whole clauses,
then the share of the clause that was playing, so the history never claims more. A barge-in
may first ``pause`` it (the sink holds its place, nothing is lost) and ``resume`` it later.

The timeline gets ``first_audio_out`` (the first sample handed to the sink) and
``first_audio_heard`` (that plus the device's output latency: when the user can hear it); the
sink's underruns and gaps during the reply are counted for the turn's metrics.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable

from pipeline.context import TurnContext
from pipeline.items import Clause, SpokenAudio, now
from pipeline.stage import Channel
from voice.sinks import AudioSink


class PlayStage:
    def __init__(self, sink: AudioSink, ctx: TurnContext,
                 on_first_audio: Callable[[], None] = lambda: None) -> None:
        self.sink = sink
        self.ctx = ctx
        self.on_first_audio = on_first_audio
        self.audio_out_s = 0.0
        self.playing = False
        self._heard: list[tuple[Clause, float]] = []  # (clause, seconds of it played)
        self._counts_at_start = (0, 0)  # the sink's (underruns, gaps) when the reply began

    async def run(self, inbox: AsyncIterable[SpokenAudio], outbox: Channel[None]) -> None:
        await self.ctx.committed.wait()  # a guess prepares audio but never plays it
        self.sink.reset_counter()
        self._counts_at_start = self._sink_counts()
        async for audio in inbox:
            if not self._heard or self._heard[-1][0] is not audio.clause:
                self._heard.append((audio.clause, 0.0))
            if not self.playing:
                self.playing = True
                self.on_first_audio()
            await self.sink.play(audio.samples, audio.rate)
            if "first_audio_out" not in self.ctx.timeline.marks:
                out = now()
                self.ctx.timeline.mark("first_audio_out", out)
                latency = float(getattr(self.sink, "output_latency", 0.0) or 0.0)
                self.ctx.timeline.mark("first_audio_heard", out + latency)
            seconds = len(audio.samples) / audio.rate
            self.audio_out_s += seconds
            self._heard[-1] = (audio.clause, self._heard[-1][1] + seconds)
        await self.sink.drain()
        self.playing = False
        self.ctx.timeline.mark("audio_done")

    def stop(self) -> None:
        """Silence now, not after the device's buffer drains (barge-in, stop)."""
        if self.playing:
            self.sink.stop()
            self.playing = False

    @property
    def pausable(self) -> bool:
        return bool(getattr(self.sink, "pausable", False))

    def pause(self) -> None:
        """Silence now, keeping the place (the sink holds what it has not played)."""
        self.sink.pause()

    def resume(self) -> None:
        self.sink.resume()

    def _sink_counts(self) -> tuple[int, int]:
        return int(getattr(self.sink, "underruns", 0)), int(getattr(self.sink, "gaps", 0))

    def glitches(self) -> tuple[int, int]:
        """Underruns and gaps of the sink during this reply (a speaker counts them)."""
        underruns, gaps = self._sink_counts()
        return underruns - self._counts_at_start[0], gaps - self._counts_at_start[1]

    def heard_text(self, interrupted: bool) -> str:
        if not interrupted:
            return " ".join(clause.text for clause, _ in self._heard)
        heard = self.sink.played_seconds()
        words: list[str] = []
        for clause, seconds in self._heard:
            if heard >= seconds:
                words.append(clause.text)
                heard -= seconds
                continue
            share = clause.text.split()[: int(len(clause.text.split()) * heard /
                                              max(seconds, 1e-6))]
            if share:
                words.append(" ".join(share) + "...")
            break
        return " ".join(words)
