"""The listen stage: audio frames in; what was heard out (``pipeline.items.Heard``).

While the user speaks, the growing utterance is re-transcribed every ``partial_interval_s``
(one transcription in flight at a time, in a worker thread). As soon as the voice stops, one
more pass covers everything said: its text sets the endpoint's hangover (short after a
complete sentence) and is offered as a ``Guess`` so the reply can start before the endpoint.
At the endpoint that pass usually *is* the final transcript, so no decode is left to wait for.

While a reply plays (``guarding``) the microphone only feeds the barge-in detector, so the
companion never takes its own voice for the user's.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterable

import numpy as np

from pipeline.config import AudioConfig
from pipeline.endpointing import BargeInDetector, EndpointPolicy, LocalAgreement
from pipeline.items import (
    BargeIn,
    Guess,
    Heard,
    Resumed,
    SpeechStarted,
    Transcript,
    Utterance,
    now,
)
from pipeline.stage import Channel
from voice.stt import SpeechToText
from voice.vad import SpeechEnd, SpeechStart, VadSegmenter

log = logging.getLogger(__name__)

SILENCE_ONSET_MS = 90  # this much silence after voice triggers the covering transcription


def make_vad(audio: AudioConfig) -> VadSegmenter:
    """The VAD with the configured settings (the brain's and a satellite's agree on speech)."""
    return VadSegmenter(aggressiveness=audio.vad_aggressiveness,
                        hangover_ms=audio.hangover_ms, min_speech_ms=audio.min_speech_ms)


class Transcriber:
    """Utterance audio -> text, in a worker thread (faster-whisper blocks)."""

    def __init__(self, stt: SpeechToText) -> None:
        self.stt = stt

    async def transcribe(self, audio: np.ndarray) -> str:
        return await asyncio.to_thread(self.stt.transcribe, audio)


class ListenStage:
    def __init__(self, vad: VadSegmenter, transcriber: Transcriber, *, realtime: bool,
                 streaming: bool, policy: EndpointPolicy, barge_in: BargeInDetector,
                 partial_interval_s: float = 0.4) -> None:
        self.vad = vad
        self.transcriber = transcriber
        self.realtime = realtime
        self.streaming = streaming
        self.policy = policy
        self.barge_in = barge_in
        self.partial_interval_s = partial_interval_s
        self.guarding = False  # a reply is playing: only listen for barge-in
        self.muted = False
        self._recent: deque[np.ndarray] = deque(maxlen=40)  # ~1.2 s kept while guarding
        self._agreement = LocalAgreement()
        self._job: asyncio.Task[None] | None = None
        self._job_until = 0.0
        self._hypothesis = ""
        self._hypothesis_until = -1.0
        self._after_voice = False  # was the hypothesis taken after the voice stopped?
        self._guessed_until: float | None = None
        self._last_launch = 0.0
        self._generation = 0  # bumps per utterance so stale transcriptions are ignored

    @classmethod
    def from_config(cls, audio: AudioConfig, transcriber: Transcriber, *, realtime: bool,
                    echo_gate: bool, vad: VadSegmenter | None = None) -> ListenStage:
        """Streaming partials, early guesses and barge-in only for audio heard in real time."""
        return cls(vad or make_vad(audio), transcriber, realtime=realtime,
                   streaming=realtime and audio.streaming,
                   policy=EndpointPolicy(default_ms=audio.hangover_ms,
                                         complete_ms=audio.complete_hangover_ms,
                                         dangling_ms=audio.dangling_hangover_ms),
                   barge_in=BargeInDetector(min_speech_ms=audio.barge_in_ms,
                                            margin_db=audio.echo_margin_db if echo_gate else 0.0),
                   partial_interval_s=audio.partial_interval_ms / 1000)

    async def run(self, inbox: AsyncIterable[np.ndarray], outbox: Channel[Heard]) -> None:
        """Put what was heard into ``outbox`` until the frames end."""
        try:
            async for frame in inbox:
                if self.muted:
                    continue
                if self.guarding:
                    await self._guard(frame, outbox)
                else:
                    await self._listen(frame, outbox)
        finally:
            if self._job is not None:
                await asyncio.gather(self._job, return_exceptions=True)

    async def _guard(self, frame: np.ndarray, out: Channel[Heard]) -> None:
        self._recent.append(frame)
        if not self.barge_in.feed(frame, self.vad.is_voiced(frame)):
            return
        await out.put(BargeIn())
        self.guarding = False
        self.barge_in.reset()
        recent, self._recent = list(self._recent), deque(maxlen=self._recent.maxlen)
        self.vad.reset()  # the interrupting words start a fresh utterance
        for earlier in recent:
            await self._listen(earlier, out)

    def start_guarding(self) -> None:
        self.guarding = True
        self.barge_in.reset()
        self._recent.clear()

    def stop_guarding(self) -> None:
        if self.guarding:
            self.guarding = False
            self.vad.reset()  # what the mic heard during the reply is not the next turn's preroll

    async def _listen(self, frame: np.ndarray, out: Channel[Heard]) -> None:
        for segment in self.vad.feed(frame):
            if isinstance(segment, SpeechStart):
                self._new_utterance()
                await out.put(SpeechStarted())
            elif isinstance(segment, SpeechEnd):
                text = await self._final_text(segment)
                await out.put(Utterance(audio=segment.audio, transcript=text,
                                        voiced_end_t=self._wall(segment.voiced_end)))
                self._new_utterance()
        if not self.vad.in_speech:
            return
        if self._guessed_until is not None and self.vad.voiced_until > self._guessed_until:
            self._guessed_until = None
            self.vad.hangover_ms = self.policy.default_ms
            await out.put(Resumed())
        if self.streaming:
            self._maybe_transcribe(out)

    def _new_utterance(self) -> None:
        self._generation += 1
        self._agreement.reset()
        self._hypothesis, self._hypothesis_until, self._after_voice = "", -1.0, False
        self._guessed_until = None
        self._last_launch = self.vad.stream_time
        self.vad.hangover_ms = self.policy.default_ms

    def _wall(self, stream_t: float) -> float:
        """Monotonic time at which the audio at stream time ``stream_t`` arrived."""
        return now() - (self.vad.stream_time - stream_t) if self.realtime else now()

    def _maybe_transcribe(self, out: Channel[Heard]) -> None:
        if self._job is not None and not self._job.done():
            return
        silent = self.vad.silent_ms >= SILENCE_ONSET_MS
        covered = self._hypothesis_until >= self.vad.voiced_until and self._after_voice
        due = self.vad.stream_time - self._last_launch >= self.partial_interval_s
        if (silent and not covered) or (not silent and due):
            audio = self.vad.utterance_audio()
            if audio is not None:
                self._last_launch = self._job_until = self.vad.stream_time
                self._job = asyncio.create_task(
                    self._partial(audio, self._job_until, self._generation, silent, out))

    async def _partial(self, audio: np.ndarray, until: float, generation: int, after_voice: bool,
                       out: Channel[Heard]) -> None:
        text = await self.transcriber.transcribe(audio)
        if generation != self._generation:
            return  # the utterance it belonged to is over
        self._hypothesis, self._hypothesis_until, self._after_voice = text, until, after_voice
        stable = self._agreement.update(text)
        await out.put(Transcript(text=text, final=False, stable=stable))
        # Only a pass taken after the voice stopped, with no voice since, can end the turn.
        if after_voice and until >= self.vad.voiced_until and self.vad.in_speech:
            self.vad.hangover_ms = self.policy.hangover_ms(text)
            if text.strip():
                self._guessed_until = until
                await out.put(Guess(text=text, voiced_end_t=self._wall(self.vad.voiced_until)))

    async def _final_text(self, segment: SpeechEnd) -> str:
        """The last hypothesis when it heard everything voiced; otherwise one more pass."""
        if self._job is not None and not self._job.done() and self._job_until >= segment.voiced_end:
            await asyncio.gather(self._job, return_exceptions=True)
        if self._hypothesis_until >= segment.voiced_end:
            return self._hypothesis
        self._generation += 1  # a partial still running is stale now
        return await self.transcriber.transcribe(segment.audio)
