"""The speak stage: clauses in, voice out, streamed as piper produces it (in a worker thread)."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from contextlib import aclosing

import numpy as np

from memory.affect import Affect
from pipeline.context import NEUTRAL, TurnContext
from pipeline.cpu import CPU
from pipeline.items import Clause, SpokenAudio
from pipeline.persona import Persona
from pipeline.stage import Channel
from pipeline.threads import iterate_in_thread
from voice.tts import TextToSpeech


class Speaker:
    """Text to audio chunks with the persona's voice and the turn's prosody."""

    def __init__(self, tts: TextToSpeech, persona: Persona) -> None:
        self.tts = tts
        self.persona = persona

    @property
    def sample_rate(self) -> int:
        return int(self.tts.sample_rate)

    async def speak(self, text: str, affect: Affect = NEUTRAL) -> AsyncIterator[np.ndarray]:
        # A sad or anxious user gets a slower voice and longer pauses between sentences.
        scale = self.persona.length_scale / affect.speaking_rate
        chunks = iterate_in_thread(
            lambda: CPU.urgently(self.tts.stream(text, length_scale=scale)), maxsize=4)
        async with aclosing(chunks) as audio:
            async for chunk in audio:
                yield chunk
        if affect.sentence_pause_ms and text.rstrip().endswith((".", "!", "?")):
            yield np.zeros(self.sample_rate * affect.sentence_pause_ms // 1000, dtype=np.int16)


class SpeakStage:
    def __init__(self, speaker: Speaker, ctx: TurnContext) -> None:
        self.speaker = speaker
        self.ctx = ctx

    async def run(self, inbox: AsyncIterable[Clause], outbox: Channel[SpokenAudio]) -> None:
        rate = self.speaker.sample_rate
        async for clause in inbox:
            async with aclosing(self.speaker.speak(clause.text, self.ctx.affect)) as chunks:
                async for samples in chunks:
                    self.ctx.timeline.mark("first_tts_audio")
                    await outbox.put(SpokenAudio(samples=samples, rate=rate, clause=clause))
