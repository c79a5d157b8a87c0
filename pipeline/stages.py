"""The pipeline's stages: one small class each, model calls kept off the event loop.

(The listening stage, audio -> VAD -> transcripts, lives in pipeline.listening.)

Transcriber   utterance audio -> text                     (faster-whisper, in a thread)
Thinker       user text + history -> reply text deltas    (llama.cpp, in a thread)
Speaker       a clause of text -> audio chunks            (piper, in a thread)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import aclosing

import numpy as np

from pipeline.config import LlmConfig
from pipeline.history import History, Message
from pipeline.persona import Persona
from pipeline.threads import iterate_in_thread

log = logging.getLogger(__name__)

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

    def prompt(self, user_text: str) -> tuple[list[Message], int]:
        """The messages to send and the reply budget that still fits the context window."""
        window = self.llm.context_tokens  # type: ignore[attr-defined]
        reserve = min(self.config.max_reply_tokens, window // 4)
        messages = self.history.prompt(
            self.persona.system_prompt, user_text, window - reserve,
            self.llm.prompt_tokens,  # type: ignore[attr-defined]
        )
        used = self.llm.prompt_tokens(messages)  # type: ignore[attr-defined]
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
