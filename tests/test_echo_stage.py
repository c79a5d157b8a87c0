"""A spoken conversation whose speaker leaks into its microphone: the echo stage in the chain.

Real whisper, piper (the companion's voice), webrtcvad and WebRTC AEC3; a scripted LLM. The
microphone hears the user and, 30 ms late at 0.3 gain, whatever the sink played (read back from
the playback reference, on the same clock). Without a canceller the companion takes its own
reply for the user talking over it; with AEC3, or the half-duplex gate, it hears only the user.
"""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.items import Transcript
from pipeline.persona import Persona
from tests.fakes import FakeLLM
from tests.voice_fixtures import load_stt, load_tts
from voice.audio import FRAME_SAMPLES, SAMPLE_RATE
from voice.echo import EchoCanceller, EchoGate, PlaybackReference
from voice.sinks import NullSink

pytestmark = pytest.mark.e2e

# Two statements and a question: as long as a friend's reply may be (pipeline.speakable).
REPLY = ("The capital of France is Paris. It is a lovely city with many museums, and the "
         "food is wonderful. Have you ever been there in the spring?")
FRAME_S = FRAME_SAMPLES / SAMPLE_RATE


class LeakyMic:
    """The user's audio, plus the speaker's sound ``gain`` x ``delay_s`` late, in real time."""

    def __init__(self, user: np.ndarray, reference: PlaybackReference, seconds: float,
                 gain: float = 0.3, delay_s: float = 0.03) -> None:
        self.user = np.concatenate([user, np.zeros(int(seconds * SAMPLE_RATE), np.int16)])
        self.reference = reference
        self.gain = gain
        self.delay_s = delay_s
        self.frame_time: float | None = None

    async def frames(self):
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        hiss = np.random.default_rng(5).standard_normal(self.user.size) * 30.0
        for i in range(self.user.size // FRAME_SAMPLES):
            await asyncio.sleep(max(0.0, t0 + (i + 1) * FRAME_S - loop.time()))
            t = t0 + i * FRAME_S
            part = slice(i * FRAME_SAMPLES, (i + 1) * FRAME_SAMPLES)
            self.reference.absorb()
            index = self.reference.index_at(t - self.delay_s)
            echo = (np.zeros(FRAME_SAMPLES) if index is None
                    else self.reference.read(round(index), FRAME_SAMPLES).astype(np.float64))
            near = self.user[part] + self.gain * echo + hiss[part]
            self.frame_time = t
            yield np.clip(np.rint(near), -32768, 32767).astype(np.int16)

    def close(self) -> None:
        pass


def question() -> np.ndarray:
    from tests.test_echo import espeak

    words = espeak("What is the capital of France?", voice=2)
    return np.concatenate([np.zeros(SAMPLE_RATE // 2, np.int16), words])


def converse(echo: str) -> tuple[list[str], list]:
    """The user asks once; the reply plays; nobody speaks. What did the companion hear?"""
    engine = Engine(stt=load_stt(), tts=load_tts(), llm=FakeLLM(REPLY, delay_s=0.0))
    conv = Conversation(engine, Persona(name="Test", system_prompt="You are a test."),  # type: ignore[arg-type]
                        Config())
    heard: list[str] = []
    conv.bus.subscribe(lambda e: heard.append(e.text)
                       if isinstance(e, Transcript) and e.final else None)
    # The NullSink hands the reference each chunk when it is queued, seconds ahead of when it
    # "plays" (a speaker's callback hands it over as played): a ring long enough for that.
    reference = PlaybackReference(keep_s=30.0)
    canceller = {"aec": lambda: EchoCanceller(reference), "gate": lambda: EchoGate(reference),
                 "none": lambda: None}[echo]()
    sink = NullSink(realtime=True, reference=reference)
    mic = LeakyMic(question(), reference, seconds=14.0)
    results = asyncio.run(conv.run(mic, sink, realtime=True, echo=canceller))
    return heard, results


@pytest.mark.parametrize("echo", ["aec", "gate"])
def test_the_companion_hears_only_the_user(echo: str) -> None:
    heard, results = converse(echo)
    assert len(heard) == 1 and "capital" in heard[0].lower(), heard
    assert len(results) == 1 and not results[0].interrupted, heard
    assert results[0].reply == REPLY  # its own voice never barged in


def test_without_a_canceller_it_hears_itself() -> None:
    """The leak is real: the same conversation with nothing between speaker and microphone."""
    heard, results = converse("none")
    assert results[0].interrupted or len(heard) > 1, heard
    assert any(word in " ".join(heard[1:]).lower() for word in ("paris", "museum", "lovely",
                                                                "food", "city")), heard
