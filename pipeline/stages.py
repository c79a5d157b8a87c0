"""The pipeline's stages: one small class each, model calls kept off the event loop.

Listener      audio source -> VAD -> Utterance events (with the echo gate)
Transcriber   utterance audio -> text                     (faster-whisper, in a thread)
Thinker       user text + history -> reply text deltas    (llama.cpp, in a thread)
Speaker       a clause of text -> audio chunks            (piper, in a thread)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing

import numpy as np

from pipeline.config import AudioConfig, LlmConfig
from pipeline.events import Event, SpeechStarted, Utterance, now
from pipeline.history import History, Message
from pipeline.persona import Persona
from pipeline.threads import iterate_in_thread
from voice.sources import AudioSource
from voice.vad import SpeechEnd, SpeechStart, VadSegmenter

log = logging.getLogger(__name__)

class EchoGate:
    """Half-duplex: mic ignored while the companion speaks, so it never hears itself."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.closed = False

    def blocks(self) -> bool:
        return self.enabled and self.closed


class Listener:
    """Cuts the audio stream into utterances."""

    def __init__(self, source: AudioSource, vad: VadSegmenter, gate: EchoGate,
                 realtime: bool) -> None:
        self.source = source
        self.vad = vad
        self.gate = gate
        self.realtime = realtime

    @staticmethod
    def make_vad(audio: AudioConfig) -> VadSegmenter:
        return VadSegmenter(
            aggressiveness=audio.vad_aggressiveness,
            hangover_ms=audio.hangover_ms,
            min_speech_ms=audio.min_speech_ms,
        )

    async def run(self, out: asyncio.Queue[Utterance | None],
                  emit: Callable[[Event], None]) -> None:
        """Put each utterance on ``out``; ``None`` when the source ends."""
        gated = False
        try:
            async for frame in self.source.frames():
                if self.gate.blocks():
                    gated = True
                    continue
                if gated:  # audio from before and during our own speech is not the user's turn
                    self.vad.reset()
                    gated = False
                for segment in self.vad.feed(frame):
                    if isinstance(segment, SpeechStart):
                        emit(SpeechStarted())
                    elif isinstance(segment, SpeechEnd):
                        await out.put(self._utterance(segment))
        finally:
            await out.put(None)

    def _utterance(self, segment: SpeechEnd) -> Utterance:
        endpoint = now()
        # For a live stream the last voiced sample arrived one hangover ago; a file read as fast
        # as possible has no such wall-clock meaning, so latency is counted from the endpoint.
        lag = (segment.t_audio_end - segment.voiced_end) if self.realtime else 0.0
        return Utterance(audio=segment.audio, voiced_end_t=endpoint - lag, t=endpoint)


class Transcriber:
    def __init__(self, stt: object) -> None:
        self.stt = stt

    async def transcribe(self, audio: np.ndarray) -> str:
        return await asyncio.to_thread(self.stt.transcribe, audio)  # type: ignore[attr-defined]


class Thinker:
    """Builds the prompt (persona + trimmed history + user words) and streams the reply."""

    def __init__(self, llm: object, persona: Persona, config: LlmConfig) -> None:
        self.llm = llm
        self.persona = persona
        self.config = config
        self.history = History()
        self.last_prompt_tokens = 0

    def prompt(self, user_text: str) -> tuple[list[Message], int]:
        """The messages to send and the reply budget that still fits the context window."""
        window = self.llm.context_tokens  # type: ignore[attr-defined]
        reserve = min(self.config.max_reply_tokens, window // 4)
        messages = self.history.prompt(
            self.persona.system_prompt, user_text, window - reserve,
            self.llm.prompt_tokens,  # type: ignore[attr-defined]
        )
        used = self.llm.prompt_tokens(messages)  # type: ignore[attr-defined]
        self.last_prompt_tokens = used
        return messages, max(1, min(self.config.max_reply_tokens, window - used))

    async def reply(self, user_text: str) -> AsyncIterator[str]:
        messages, max_tokens = self.prompt(user_text)
        stream = iterate_in_thread(lambda: self.llm.stream(messages, max_tokens))  # type: ignore[attr-defined]
        async with aclosing(stream) as deltas:
            async for delta in deltas:
                yield delta

    def remember(self, user_text: str, reply_text: str) -> None:
        self.history.add("user", user_text)
        self.history.add("assistant", reply_text)


class Speaker:
    """Text to audio chunks, streamed as piper produces them."""

    def __init__(self, tts: object, persona: Persona) -> None:
        self.tts = tts
        self.persona = persona

    @property
    def sample_rate(self) -> int:
        return int(self.tts.sample_rate)  # type: ignore[attr-defined]

    async def speak(self, text: str) -> AsyncIterator[np.ndarray]:
        scale = self.persona.length_scale
        chunks = iterate_in_thread(lambda: self.tts.stream(text, length_scale=scale), maxsize=4)  # type: ignore[attr-defined]
        async with aclosing(chunks) as audio:
            async for chunk in audio:
                yield chunk
