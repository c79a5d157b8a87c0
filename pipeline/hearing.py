"""The models the listen stage consults, each off the event loop: the recognizer and the
end-of-turn models (Smart Turn hears the voice, a small LLM reads the words)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from pipeline.cpu import CPU, off_loop
from pipeline.items import Utterance
from pipeline.llm.turn_words import TextTurnModel
from pipeline.think_stage import Fixed, ReplySource
from voice.stt import SpeechToText
from voice.turn_detector import SmartTurn

__all__ = ["NOT_HEARD", "Transcriber", "TurnScorer"]

NOT_HEARD = "Sorry, I didn't quite catch that. Could you say it again?"


class Transcriber:
    """Utterance audio -> text, in a worker thread (faster-whisper blocks)."""

    def __init__(self, stt: SpeechToText) -> None:
        self.stt = stt

    async def transcribe(self, audio: np.ndarray) -> str:
        return await off_loop(CPU.call, self.stt.transcribe, audio)

    async def transcribe_timed(self, audio: np.ndarray) -> tuple[str, float | None]:
        """The text and where its last word starts (s into ``audio``; None: unknown), for a
        pass that may end the turn: a word whisper invented past a cut sentence starts where
        the voice stopped (``TurnEndPolicy.invented_ms``)."""
        timed = getattr(self.stt, "transcribe_timed", None)
        if timed is None:
            return await self.transcribe(audio), None
        return await off_loop(CPU.call, timed, audio)

    def reply_source(self, heard: str, thinker: ReplySource, pace: float = 1.0) -> ReplySource:
        """Who answers ``heard``: the thinker, unless whisper was so unsure of the words that
        they are likely nonsense ("Why is this kind you?" for "Why is the sky blue?" got "I'm
        here for you."); then they are asked for again (at the user's ``pace``), and kept out
        of the history."""
        unsure = getattr(self.stt, "unsure", None)
        return Fixed(NOT_HEARD, pace) if unsure is not None and unsure(heard) else thinker

    async def final_text(self, utterance: Utterance) -> str:
        """What the utterance said: the listen stage's transcript, else one pass now."""
        if utterance.transcript is not None:
            return utterance.transcript
        return (await self.transcribe(utterance.audio)).strip()


class TurnScorer:
    """The end-of-turn models, each on a worker thread of its own (one call at a time, never on
    the loop): Smart Turn hears the voice, a small LLM reads the words. Either may be absent."""

    def __init__(self, voice: SmartTurn | None, words: TextTurnModel | None = None) -> None:
        self.voice = voice
        self.words = words
        self._voice_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smart-turn")
        self._words_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="turn-words")

    @classmethod
    def of(cls, voice: SmartTurn | None, words: TextTurnModel | None) -> TurnScorer | None:
        """A scorer for the models there are; None without any."""
        return cls(voice, words) if voice is not None or words is not None else None

    async def probability(self, audio: np.ndarray) -> float | None:
        """How finished the voice sounds (0..1); None without Smart Turn."""
        if self.voice is None:
            return None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._voice_worker, CPU.call, self.voice.probability,
                                          audio)

    async def words_probability(self, text: str) -> float | None:
        """How finished the words read (0..1); None without the words' model."""
        if self.words is None:
            return None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._words_worker, CPU.call, self.words.probability,
                                          text)
