"""The listen stage: clean microphone frames in; what was heard out (``pipeline.items.Heard``).

While the user speaks, the growing utterance is re-transcribed every ``partial_interval_s``
(one transcription in flight at a time, in a worker thread; on a slow box, spaced by twice a
pass's length). As soon as the voice stops, one more pass covers everything said, and Smart
Turn (when loaded) scores how finished the voice sounds, on a worker thread of its own.
``TurnEndPolicy`` fuses the two into the endpoint's hangover (short after a finished question,
long after "and..."), and the covering text is offered as a ``Guess`` so the reply can start
before the endpoint. At the endpoint that pass usually *is* the final transcript, so no decode
is left to wait for.

The frames come from the echo stage. A gated frame still holds the companion's voice: the VAD
hears it as silence, so the companion never takes its own voice for the user's. While a reply
plays (``guarding``) every frame only feeds the barge-in detector; after a barge-in the last
second of frames is listened to, so the interruption's first words are not lost, and if no
speech follows, an empty ``Utterance`` says so (the paused reply resumes).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterable

import numpy as np

from pipeline.barge_in import BargeInDetector
from pipeline.config import AudioConfig
from pipeline.endpointing import EndpointPolicy, LocalAgreement
from pipeline.hearing import Transcriber, TurnScorer
from pipeline.items import (
    BargeIn,
    CleanFrame,
    Guess,
    Heard,
    Resumed,
    SpeechStarted,
    Transcript,
    Utterance,
    now,
)
from pipeline.stage import Channel
from pipeline.turn_end import TurnEndPolicy
from voice.audio import FRAME_SAMPLES, SAMPLE_RATE
from voice.vad import SpeechEnd, SpeechStart, VadSegmenter

log = logging.getLogger(__name__)

SILENCE_ONSET_MS = 90  # this much silence after voice triggers the covering transcription
# A partial launched this far into a silence covers the voice too, if none follows: launching
# another pass once it is back made one bench turn in five wait ~200 ms more for its endpoint.
COVERS_AFTER_MS = 60
PASS_SPACING = 2.0  # partials no oftener than once per this many passes' length (slow boxes)
AWAIT_SPEECH_MS = 600  # after a barge-in, clean audio this long without speech: nothing said
_SILENCE = np.zeros(FRAME_SAMPLES, dtype=np.int16)


def make_vad(audio: AudioConfig) -> VadSegmenter:
    """The VAD with the configured settings (the brain's and a satellite's agree on speech)."""
    return VadSegmenter(aggressiveness=audio.vad_aggressiveness,
                        hangover_ms=audio.hangover_ms, min_speech_ms=audio.min_speech_ms)


class ListenStage:
    def __init__(self, vad: VadSegmenter, transcriber: Transcriber, *, realtime: bool,
                 streaming: bool, policy: TurnEndPolicy, barge_in: BargeInDetector,
                 scorer: TurnScorer | None = None, partial_interval_s: float = 0.4,
                 barge_in_ms: int = 450, pause_ms: int = 180) -> None:
        self.vad = vad
        self.transcriber = transcriber
        self.realtime = realtime
        self.streaming = streaming
        self.policy = policy
        self.barge_in = barge_in
        self.scorer = scorer
        self.partial_interval_s = partial_interval_s
        self.barge_in_ms = barge_in_ms  # talking over a reply this long stops it...
        self.pause_ms = pause_ms  # ...or pauses it, where the sink can hold its place
        self.guarding = False  # a reply is playing: only listen for barge-in
        self.muted = False
        self._recent: deque[CleanFrame] = deque(maxlen=40)  # ~1.2 s kept while guarding
        self._awaiting_ms: float | None = None  # after a barge-in: clean audio left for speech
        self._interrupting = False  # the utterance talks over a paused reply
        self._agreement = LocalAgreement()
        self._job: asyncio.Task[None] | None = None
        self._job_until = 0.0
        self._scoring: asyncio.Task[None] | None = None
        self._words_job: asyncio.Task[None] | None = None
        self._hypothesis = ""
        self._hypothesis_until = -1.0
        self._after_voice = False  # was the hypothesis taken after the voice stopped?
        self._p: float | None = None  # Smart Turn's end-of-turn probability...
        self._p_until = -1.0  # ...for the audio up to here
        self._scored_until = -1.0  # the pause Smart Turn was last asked about
        self._words_p: tuple[str, float] | None = None  # a transcript and how finished it reads
        # From the start of the covering text's last word to the last voiced sample.
        self._last_word_ms: float | None = None
        self._decided_until: float | None = None  # the pause whose hangover was chosen
        self._guessed_until: float | None = None
        self._speech_start = 0.0  # stream time of the utterance's first voiced frame
        self._last_launch = 0.0
        self._pass_s = 0.0  # how long the last transcription took
        self._generation = 0  # bumps per utterance so stale transcriptions are ignored
        self._captured_until: float | None = None  # capture time of the last frame's end

    @classmethod
    def from_config(cls, audio: AudioConfig, transcriber: Transcriber, *, realtime: bool,
                    scorer: TurnScorer | None = None,
                    vad: VadSegmenter | None = None) -> ListenStage:
        """Streaming partials, early guesses and barge-in only for audio heard in real time."""
        words = EndpointPolicy(default_ms=audio.hangover_ms, complete_ms=audio.complete_hangover_ms,
                               dangling_ms=audio.dangling_hangover_ms)
        return cls(vad or make_vad(audio), transcriber, realtime=realtime,
                   streaming=realtime and audio.streaming, policy=TurnEndPolicy(words),
                   barge_in=BargeInDetector(margin_db=audio.echo_margin_db), scorer=scorer,
                   partial_interval_s=audio.partial_interval_ms / 1000,
                   barge_in_ms=audio.barge_in_ms, pause_ms=audio.barge_in_pause_ms)

    async def run(self, inbox: AsyncIterable[CleanFrame], outbox: Channel[Heard]) -> None:
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
            jobs = [job for job in (self._job, self._scoring, self._words_job) if job is not None]
            await asyncio.gather(*jobs, return_exceptions=True)

    async def _guard(self, frame: CleanFrame, out: Channel[Heard]) -> None:
        self._recent.append(frame)
        if not self.barge_in.feed(frame, self.vad.is_voiced(frame.audio)):
            return
        await out.put(BargeIn(gated=frame.gated))
        self.guarding = False
        recent, self._recent = list(self._recent), deque(maxlen=self._recent.maxlen)
        self.vad.reset()  # the interrupting words start a fresh utterance
        self._interrupting = True
        for earlier in recent:
            await self._listen(earlier, out)
        if not self.vad.in_speech:  # the words were gated: they must go on once the gate opens
            self._awaiting_ms = AWAIT_SPEECH_MS

    def start_guarding(self, pausable: bool = False) -> None:
        """A reply plays: listen for barge-in only (a shorter stretch where it only pauses)."""
        self.guarding = True
        self.barge_in.reset(self.pause_ms if pausable else self.barge_in_ms)
        self._recent.clear()
        self._awaiting_ms = None
        self._interrupting = False

    def stop_guarding(self) -> None:
        if self.guarding:
            self.guarding = False
            self.vad.reset()  # what the mic heard during the reply is not the next turn's preroll

    async def _listen(self, frame: CleanFrame, out: Channel[Heard]) -> None:
        self._captured_until = frame.t + frame.audio.size / SAMPLE_RATE
        for segment in self.vad.feed(_SILENCE if frame.gated else frame.audio):
            if isinstance(segment, SpeechStart):
                self._new_utterance()
                self._speech_start = segment.t_audio
                await out.put(SpeechStarted())
            elif isinstance(segment, SpeechEnd):
                ended = now()
                text = await self._final_text(segment)
                self._log_turn_end(segment, text, ended)
                await out.put(Utterance(audio=segment.audio, transcript=text,
                                        voiced_end_t=self._wall(segment.voiced_end),
                                        speech_s=segment.voiced_end - self._speech_start))
                self._new_utterance()
                self._interrupting = False
        await self._await_speech(frame, out)
        if not self.vad.in_speech:
            return
        if self._decided_until is not None and self.vad.voiced_until > self._decided_until:
            self._decided_until = None  # voice again: the pause's decision is void
            self.vad.hangover_ms = self.policy.words.default_ms
        if self._guessed_until is not None and self.vad.voiced_until > self._guessed_until:
            self._guessed_until = None
            await out.put(Resumed())
        if self.streaming:
            self._maybe_transcribe(out)

    async def _await_speech(self, frame: CleanFrame, out: Channel[Heard]) -> None:
        """After a barge-in: no speech in ``AWAIT_SPEECH_MS`` of clean audio means none came."""
        if self._awaiting_ms is None:
            return
        if self.vad.in_speech:
            self._awaiting_ms = None
        elif not frame.gated:
            self._awaiting_ms -= self.vad.frame_ms
            if self._awaiting_ms <= 0:
                self._awaiting_ms = None
                await out.put(Utterance(audio=np.zeros(0, np.int16), voiced_end_t=now(),
                                        transcript=""))

    def _new_utterance(self) -> None:
        self._generation += 1
        self._agreement.reset()
        self._hypothesis, self._hypothesis_until, self._after_voice = "", -1.0, False
        self._p, self._p_until, self._scored_until = None, -1.0, -1.0
        self._words_p = None
        self._last_word_ms = None
        self._guessed_until = self._decided_until = None
        self._last_launch = self.vad.stream_time
        self.vad.hangover_ms = self.policy.words.default_ms

    def _wall(self, stream_t: float) -> float:
        """Monotonic time at which the audio at stream time ``stream_t`` was captured, by the
        frames' capture clock: measured from outside on a slow box, the listener got the
        microphone's audio 16-440 ms after it was spoken (buffers, a busy loop), which a clock
        read on arrival hid from the turn's timings."""
        if not self.realtime:
            return now()
        heard_until = self._captured_until if self._captured_until is not None else now()
        return heard_until - (self.vad.stream_time - stream_t)

    def _maybe_transcribe(self, out: Channel[Heard]) -> None:
        silent = self.vad.silent_ms >= SILENCE_ONSET_MS
        if silent:
            self._maybe_score()
            if self._decided_until is None:
                self._decide()  # the last partial may already read as finished
        if self._job is not None and not self._job.done():
            return
        covered = self._hypothesis_until >= self.vad.voiced_until and self._after_voice
        spacing = max(self.partial_interval_s, PASS_SPACING * self._pass_s)
        due = self.vad.stream_time - self._last_launch >= spacing
        if (silent and not covered) or (not silent and due):
            audio = self.vad.utterance_audio()
            if audio is not None:
                self._last_launch = self._job_until = self.vad.stream_time
                after_voice = self.vad.silent_ms >= COVERS_AFTER_MS
                self._job = asyncio.create_task(
                    self._partial(audio, self._job_until, self._generation, after_voice, out))

    def _maybe_score(self) -> None:
        """Once per pause: how finished does the voice sound? (Smart Turn, when loaded)"""
        if self.scorer is None or self.scorer.voice is None \
                or self._scored_until >= self.vad.voiced_until:
            return
        if self._scoring is not None and not self._scoring.done():
            return
        audio = self.vad.utterance_audio()
        if audio is not None:
            self._scored_until = self.vad.voiced_until  # one call per pause
            self._scoring = asyncio.create_task(
                self._score(audio, self._scored_until, self._generation))

    async def _score(self, audio: np.ndarray, until: float, generation: int) -> None:
        assert self.scorer is not None
        p = await self.scorer.probability(audio)
        if p is None or generation != self._generation or until < self.vad.voiced_until:
            return  # a later utterance, or the user spoke again
        self._p, self._p_until = p, until
        if self.vad.in_speech:
            self._decide()

    async def _partial(self, audio: np.ndarray, until: float, generation: int, after_voice: bool,
                       out: Channel[Heard]) -> None:
        started = now()
        if after_voice:
            text, last_word_s = await self.transcriber.transcribe_timed(audio)
        else:
            text, last_word_s = await self.transcriber.transcribe(audio), None
        self._pass_s = now() - started
        if generation != self._generation:
            return  # the utterance it belonged to is over
        self._hypothesis, self._hypothesis_until, self._after_voice = text, until, after_voice
        self._last_word_ms = None if last_word_s is None else \
            (self.vad.voiced_until - (until - audio.size / SAMPLE_RATE + last_word_s)) * 1000
        stable = self._agreement.update(text)
        await out.put(Transcript(text=text, final=False, stable=stable))
        # Only a pass taken after the voice stopped, with no voice since, can end the turn.
        if after_voice and until >= self.vad.voiced_until and self.vad.in_speech:
            self._decide()
            if text.strip():
                self._guessed_until = until
                await out.put(Guess(text=text, voiced_end_t=self._wall(self.vad.voiced_until),
                                    speech_s=self.vad.voiced_until - self._speech_start))
        if self.scorer is not None and self.scorer.words is not None and text.strip():
            # Its own task: the final transcript never waits for this score.
            self._words_job = asyncio.create_task(self._score_words(text, generation))

    async def _score_words(self, text: str, generation: int) -> None:
        """How finished the words read; partials are scored while the user speaks, so a pause
        after a finished sentence can end the turn before the covering transcription."""
        assert self.scorer is not None
        c = await self.scorer.words_probability(text)
        if c is None or generation != self._generation:
            return
        self._words_p = (text, c)
        if self.vad.in_speech and text == self._hypothesis:
            self._decide()

    def _decide(self) -> None:
        """The hangover for this pause, from what is known of it: the words and the voice."""
        until = self.vad.voiced_until
        p = self._p if self._p_until >= until else None
        c = self._words_score(self._hypothesis)
        if self._after_voice and self._hypothesis_until >= until:
            if (c is None and self._reads_words()) or (p is None and self._hears_voice(until)):
                return  # the scores follow (in tens of ms; the fallback hangover bounds it)
            hangover = self.policy.hangover_ms(self._hypothesis, p, c, self._last_word_ms)
        elif self.vad.silent_ms >= SILENCE_ONSET_MS and (
                early := self.policy.early_ms(self._hypothesis, p, c)) is not None:
            hangover = early  # the words (or the voice) are sure; the text follows
        else:
            return
        # Over a paused reply each burst is judged on its own: a hangover neither so short that
        # "Stop. | What is..." splits, nor so long that an "mm-hm" and a cough 1.5 s later make
        # one long utterance, which would pass for meant words.
        if self._interrupting:
            hangover = self.policy.words.default_ms
        self.vad.hangover_ms = hangover
        self._decided_until = until

    def _words_score(self, text: str) -> float | None:
        """How finished ``text`` reads, when the words' model has scored exactly that text."""
        scored = self._words_p
        return scored[1] if scored is not None and scored[0] == text else None

    def _hears_voice(self, until: float) -> bool:
        """Is Smart Turn scoring this pause? (The covering pass may be back first.)"""
        return self._scored_until >= until and not (self._scoring is None or self._scoring.done())

    def _reads_words(self) -> bool:
        return self.scorer is not None and self.scorer.words is not None and bool(
            self._hypothesis.strip())

    def _log_turn_end(self, segment: SpeechEnd, text: str, ended: float) -> None:
        """Lateness before ``ended`` (the silence counted out) is the audio's way to the listener;
        after it, the wait for the covering transcription (whisper, on a slow box)."""
        p = self._p if self._p_until >= segment.voiced_end else None
        c = self._words_score(text)
        late = ended - self._captured_until if self._captured_until is not None else 0.0
        log.info("turn.end p=%s c=%s hangover_ms=%d silence_ms=%.0f heard_late_ms=%.0f "
                 "stt_wait_ms=%.0f words=%d", "-" if p is None else f"{p:.2f}",
                 "-" if c is None else f"{c:.3f}", self.vad.hangover_ms,
                 (segment.t_audio_end - segment.voiced_end) * 1000, late * 1000,
                 (now() - ended) * 1000, len(text.split()))
        log.debug("turn.end.text %r", text)  # -v only: what the user said stays out of the logs

    async def _final_text(self, segment: SpeechEnd) -> str:
        """The last hypothesis when it heard everything voiced; otherwise one more pass."""
        if self._job is not None and not self._job.done() and self._job_until >= segment.voiced_end:
            await asyncio.gather(self._job, return_exceptions=True)
        if self._hypothesis_until >= segment.voiced_end:
            return self._hypothesis
        self._generation += 1  # a partial still running is stale now
        return await self.transcriber.transcribe(segment.audio)
