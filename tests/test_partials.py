"""Partial transcriptions while the user speaks: often enough to follow them, never so often
that whisper holds the cores all through the speech."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import numpy as np

from pipeline.config import Config
from pipeline.listen import ListenStage, Transcriber, TurnScorer
from pipeline.stage import Channel, run_stages
from pipeline.turn_end import TurnEndPolicy
from tests.fakes import FakeSTT
from tests.test_pipeline_units import EnergyVad
from voice.echo import CleanFrame


async def frames(speech_s: float, silence_s: float,
                 voice_stops: list[int] | None = None, stt: FakeSTT | None = None
                 ) -> AsyncIterator[CleanFrame]:
    """Loud frames for ``speech_s``, then silence, in real time."""
    for _ in range(int(speech_s / 0.03)):
        await asyncio.sleep(0.03)
        yield CleanFrame(np.full(480, 8000, np.int16), 0.0, echo=False, gated=False)
    if voice_stops is not None and stt is not None:
        voice_stops.append(stt.calls)
    for _ in range(int(silence_s / 0.03)):
        await asyncio.sleep(0.03)
        yield CleanFrame(np.zeros(480, np.int16), 0.0, echo=False, gated=False)


async def passes_while_speaking(pass_s: float, speech_s: float) -> int:
    """How many transcriptions start while ``speech_s`` of voice arrives in real time."""
    stt = FakeSTT(["hello there"] * 50, delay_s=pass_s)
    stage = ListenStage.from_config(Config().audio, Transcriber(stt), realtime=True,
                                    vad=EnergyVad(hangover_ms=300, min_speech_ms=90))
    started: list[int] = []
    await run_stages(frames(speech_s, 1.2, started, stt), stage, outbox=Channel(maxsize=0))
    return started[0]


async def test_slow_passes_are_spaced_out_while_the_user_speaks() -> None:
    """Passes of 0.5 s back to back would be ~6 in 3 s of speech; spaced, ~3."""
    assert await passes_while_speaking(0.5, 3.0) <= 4


async def test_fast_passes_follow_the_speech() -> None:
    assert await passes_while_speaking(0.01, 3.0) >= 5  # every 0.4 s


class SlowVoice:
    """Smart Turn on a busy slow box: it hears a cut sentence, after 0.3 s."""

    def probability(self, audio: np.ndarray) -> float:
        time.sleep(0.3)
        return 0.05


async def test_the_endpoint_waits_for_the_voices_score_when_the_words_come_first(
        caplog) -> None:
    """Whisper writes a cut sentence with a full stop; the words alone would end it at once."""
    stt = FakeSTT(["I was thinking that we could go."] * 50, delay_s=0.02)
    config = Config().audio
    stage = ListenStage.from_config(config, Transcriber(stt), realtime=True,
                                    scorer=TurnScorer(SlowVoice()),  # type: ignore[arg-type]
                                    vad=EnergyVad(hangover_ms=config.hangover_ms,
                                                  min_speech_ms=90))
    with caplog.at_level(logging.INFO, logger="pipeline.listen"):
        await run_stages(frames(1.5, 2.0), stage, outbox=Channel(maxsize=0))
    ends = [r.getMessage() for r in caplog.records if r.getMessage().startswith("turn.end")]
    assert len(ends) == 1 and "p=0.05" in ends[0], ends
    assert int(ends[0].split("hangover_ms=")[1].split()[0]) > TurnEndPolicy.fast_ms


class TimedSTT(FakeSTT):
    """Hears a finished sentence whose last word starts ``lead_s`` before the audio's end."""

    def __init__(self, lead_s: float) -> None:
        super().__init__(["I left my keys on the table."] * 50, delay_s=0.02)
        self.lead_s = lead_s
        self.timed = 0

    def transcribe_timed(self, samples: np.ndarray) -> tuple[str, float | None]:
        self.timed += 1
        return self.transcribe(samples), samples.size / 16000 - self.lead_s


async def hangover_for(stt: TimedSTT, caplog) -> int:
    config = Config().audio
    stage = ListenStage.from_config(config, Transcriber(stt), realtime=True,
                                    vad=EnergyVad(hangover_ms=config.hangover_ms,
                                                  min_speech_ms=90))
    with caplog.at_level(logging.INFO, logger="pipeline.listen"):
        caplog.clear()
        await run_stages(frames(1.5, 2.0), stage, outbox=Channel(maxsize=0))
    ends = [r.getMessage() for r in caplog.records if r.getMessage().startswith("turn.end")]
    assert len(ends) == 1, ends
    return int(ends[0].split("hangover_ms=")[1].split()[0])


async def test_a_last_word_the_recognizer_placed_after_the_voice_holds_the_turn(caplog) -> None:
    """Only the pass after the voice is timed; its last word starting where the voice had
    stopped (about 0.1 s before the audio's end) was made up, and the turn waits."""
    spoken, invented = TimedSTT(lead_s=0.6), TimedSTT(lead_s=0.1)
    assert await hangover_for(spoken, caplog) == Config().audio.complete_hangover_ms
    assert await hangover_for(invented, caplog) == Config().audio.dangling_hangover_ms
    assert 1 <= spoken.timed < spoken.calls
