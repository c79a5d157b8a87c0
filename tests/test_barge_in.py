"""Talking over the reply: pause, then stop on words or resume on none; gated frames stay out.

Fake models and a scripted microphone (tests/test_pipeline_units.py); the echo stage's real
canceller on a leaking microphone is in tests/test_echo_stage.py, the live rig in
tests/test_leak_rig.py.
"""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest

from pipeline.barge_in import BargeInDetector, interruption_words, is_interruption
from pipeline.config import Config
from pipeline.items import BargeIn, SpeechStarted, State, StateChanged, Utterance
from pipeline.listen import ListenStage, Transcriber
from pipeline.stage import Channel, run_stages
from tests.fakes import FakeSTT
from tests.test_pipeline_units import EnergyVad, ScriptedMic, long_reply_conversation
from voice.echo import CleanFrame
from voice.sinks import NullSink

# The user's question, then (the reply playing from ~1.3 s) something over the reply.
OVER_THE_REPLY = [(1.2, True), (1.8, False), (0.4, True), (2.5, False)]


class LoggingSink(NullSink):
    """A realtime sink that notes each pause, resume and stop, in order."""

    def __init__(self) -> None:
        super().__init__(realtime=True)
        self.calls: list[str] = []

    def pause(self) -> None:
        self.calls.append("pause")
        super().pause()

    def resume(self) -> None:
        self.calls.append("resume")
        super().resume()

    def stop(self) -> None:
        self.calls.append("stop")
        super().stop()


def interrupted_by(heard: str) -> tuple:
    """A long reply, something said over it that the recognizer hears as ``heard``."""
    conv = long_reply_conversation()
    conv.transcriber.stt = FakeSTT(by_length=[(1.25, heard), (99, "tell me a story.")])  # type: ignore[union-attr]
    states: list[State] = []
    conv.bus.subscribe(lambda e: states.append(e.state) if isinstance(e, StateChanged) else None)
    return conv, states


# No words, or what whisper makes up for 0.4 s of a cough heard through AEC3 ("And man.").
@pytest.mark.parametrize("heard", ["", "Mm-hmm.", "[coughing]", "A-", "Yeah.", "And man."])
async def test_no_words_pause_the_reply_then_resume_it_whole(heard: str) -> None:
    conv, states = interrupted_by(heard)
    sink = LoggingSink()
    results = await conv.run(ScriptedMic(OVER_THE_REPLY), sink, realtime=True, max_turns=1)
    assert sink.calls[:2] == ["pause", "resume"] and "stop" not in sink.calls[:2]
    result = results[0]
    full = conv.thinker.llm.reply  # type: ignore[attr-defined]
    assert not result.interrupted and result.reply == full  # nothing lost
    assert conv.thinker.history.turns[-1]["content"] == full
    # It listened while paused, then spoke again.
    assert states[states.index(State.RESPONDING):][:3] == [State.RESPONDING, State.LISTENING,
                                                          State.RESPONDING]
    assert len(conv.thinker.llm.prompts) == 1  # type: ignore[attr-defined]  # not answered


async def test_words_pause_the_reply_then_stop_it_and_are_answered() -> None:
    conv, _ = interrupted_by("wait, what about dragons?")
    sink = LoggingSink()
    results = await conv.run(ScriptedMic(OVER_THE_REPLY), sink, realtime=True, max_turns=2)
    assert sink.calls[0] == "pause" and "resume" not in sink.calls
    assert sink.calls[1] == "stop"  # the paused reply is dropped, not played on
    first, second = results
    assert first.interrupted and first.reply != conv.thinker.llm.reply  # type: ignore[attr-defined]
    assert second.transcript == "wait, what about dragons?"
    said = [m["content"] for m in conv.thinker.history.turns if m["role"] == "assistant"]
    assert said[0] == first.reply  # only what was heard before the pause


async def test_a_far_end_that_cannot_pause_is_stopped_at_once() -> None:
    conv, _ = interrupted_by("")
    sink = LoggingSink()
    sink.pausable = False
    conv.config.audio.barge_in_ms = 300  # the 0.4 s over the reply must be enough
    results = await conv.run(ScriptedMic(OVER_THE_REPLY), sink, realtime=True, max_turns=1)
    assert "pause" not in sink.calls and "stop" in sink.calls
    assert results[0].interrupted


def clean(level: int, gated: bool = False, far_dbfs: float = -math.inf) -> CleanFrame:
    return CleanFrame(np.full(480, level, np.int16), 0.0, echo=gated, gated=gated,
                      far_dbfs=far_dbfs)


async def listen(stage: ListenStage, frames: list[CleanFrame]) -> list[object]:
    out: Channel[object] = Channel(maxsize=0)

    async def inbox():
        for frame in frames:
            await asyncio.sleep(0)
            yield frame

    await run_stages(inbox(), stage, outbox=out)
    return [item async for item in out]


class SpyVad(EnergyVad):
    def __init__(self) -> None:
        super().__init__(hangover_ms=300, min_speech_ms=90)
        self.loudest = 0

    def feed(self, frame: np.ndarray) -> list:
        self.loudest = max(self.loudest, int(np.abs(frame).max()))
        return super().feed(frame)


def listener(vad: SpyVad) -> ListenStage:
    return ListenStage.from_config(Config().audio, Transcriber(FakeSTT(["hello."])),
                                   realtime=True, vad=vad)


async def test_gated_frames_never_reach_the_vad() -> None:
    vad = SpyVad()
    loud_echo = [clean(8000, gated=True, far_dbfs=-10.0)] * 60
    heard = await listen(listener(vad), loud_echo)
    assert vad.loudest == 0 and not heard  # the VAD heard silence: no speech, no utterance
    vad = SpyVad()
    heard = await listen(listener(vad), [clean(8000)] * 40 + [clean(0)] * 20)
    assert vad.loudest == 8000 and isinstance(heard[0], SpeechStarted)  # the same, clean


async def test_after_a_barge_in_that_no_speech_follows_an_empty_utterance_says_so() -> None:
    stage = listener(SpyVad())
    stage.start_guarding(pausable=True)
    # The user's 0.3 s over the reply (the VAD would not start on it: too short once
    # gated), then our voice still in the room, then clean silence.
    frames = [clean(9000, gated=True, far_dbfs=-40.0)] * 10 + \
             [clean(0, gated=True, far_dbfs=-40.0)] * 10 + [clean(0)] * 30
    heard = await listen(stage, frames)
    assert isinstance(heard[0], BargeIn)
    assert isinstance(heard[-1], Utterance) and heard[-1].audio.size == 0


def test_a_gated_echo_never_barges_in_but_the_user_over_it_does() -> None:
    detector = BargeInDetector(window_ms=240)
    far = -20.0
    echo = clean(int(32768 * 10 ** ((far - 10.5) / 20)), gated=True, far_dbfs=far)  # 0.3 gain
    assert not any(detector.feed(echo, voiced=True) for _ in range(200))
    assert detector.coupling_db == pytest.approx(-10.5, abs=0.5)  # learned from the room
    user = clean(int(32768 * 10 ** ((far + 2) / 20)), gated=True, far_dbfs=far)
    assert any(detector.feed(user, voiced=True) for _ in range(10))
    detector.reset()  # a new reply: the room's coupling is kept
    assert detector.coupling_db < -5
    assert not any(detector.feed(clean(2000), voiced=False) for _ in range(20))  # not speech


def test_words_are_what_interrupts() -> None:
    for noise in ("", "  ", "Mm-hmm.", "mm hmm", "Uh-huh.", "[coughing]", "(knocking)", "A-",
                  "Yeah.", "Okay.", "hmm", "*sigh*",
                  # a sound is known by its shape, in whisper's many spellings of it
                  "Mm-m-m-m-m", "M-H-M", "Mm-mm-mm.", "Hm-huh.", "Uh-uh.", "Ohh", "Mmm"):
        assert interruption_words(noise) == [], noise
    assert interruption_words("Stop.") == ["stop"]
    assert interruption_words("Yeah, but what about Rome?") == ["yeah", "but", "what", "about",
                                                                "rome"]
    assert interruption_words("No.") == ["no"]


def test_short_sounds_interrupt_only_with_a_word_that_means_stop() -> None:
    assert is_interruption("Stop.", 0.4) and is_interruption("Wait, wait.", 0.5)
    assert not is_interruption("I'm not gonna be a fan of the game.", 0.45)  # a cough
    assert is_interruption("Tell me about Rome instead.", 1.2)  # long enough to be meant
    assert not is_interruption("Mm-hmm.", 2.0)


async def test_a_reply_paused_when_the_microphone_ends_is_finished_not_left_hanging() -> None:
    conv, _ = interrupted_by("")
    sink = LoggingSink()
    mic = ScriptedMic([(1.2, True), (1.8, False), (0.4, True)])  # ends while talking over it
    results = await asyncio.wait_for(conv.run(mic, sink, realtime=True), 60)
    assert sink.calls[:2] == ["pause", "resume"]
    assert not results[0].interrupted and results[0].reply == conv.thinker.llm.reply  # type: ignore[attr-defined]
