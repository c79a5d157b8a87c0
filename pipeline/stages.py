"""The pipeline's stages: one small class each, model calls kept off the event loop.

(The listening stage, audio -> VAD -> transcripts, lives in pipeline.listening.)

Transcriber   utterance audio -> text                     (faster-whisper, in a thread)
Thinker       user text + history -> reply text deltas    (llama.cpp, in a thread)
Speaker       a clause of text -> audio chunks            (piper, in a thread)
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from datetime import datetime

import numpy as np

from memory.affect import Affect, detect_affect
from models.errors import CompanionError
from pipeline.config import LlmConfig
from pipeline.history import History, Message
from pipeline.persona import Persona
from pipeline.prompting import (
    UserProfile,
    followup_fits,
    greeting_reply,
    memory_notes,
    preference_hints,
    system_prompt,
    tone_hint,
    user_profile,
)
from pipeline.recall import Recall
from pipeline.remote import RemoteChat
from pipeline.safety import CRISIS_REPLY, NO_RISK, assess
from pipeline.sight import CANNOT_SEE, Vision, image_from_camera, is_sight_question
from pipeline.speakable import ReplyShaper
from pipeline.thinking import (
    AckPicker,
    ThinkBudget,
    ThinkingGuard,
    apply_no_think,
    no_think_switch,
)
from pipeline.threads import iterate_in_thread

log = logging.getLogger(__name__)

SHOWN_FOR_S = 120.0

NEUTRAL = Affect(tone="neutral", intensity=0.0, style_hint="", speaking_rate=1.0,
                 sentence_pause_ms=0)


class Transcriber:
    def __init__(self, stt: object) -> None:
        self.stt = stt

    async def transcribe(self, audio: np.ndarray) -> str:
        return await asyncio.to_thread(self.stt.transcribe, audio)  # type: ignore[attr-defined]


class Thinker:
    """Builds the prompt (persona + trimmed history + memories + user words), streams the reply.

    Before the LLM, the user's tone is read: distress gets a caring, safe answer at once; a
    memory command ("what do you remember about me?") is answered from the store; otherwise
    the tone's style hint, a due follow-up and the recalled memories go into the prompt, just
    before the user's words, so persona and history stay a stable, KV-cached prefix.
    """

    def __init__(self, llm: object, persona: Persona, config: LlmConfig,
                 recall: Recall | None = None, vision: Vision | None = None,
                 camera: str = "0") -> None:
        self.llm = llm
        self.persona = persona
        self.config = config
        self.recall = recall
        self.vision = vision
        self.camera = camera
        self.acks = AckPicker()
        self._shown: tuple[str, float] | None = None  # (image, when) sent over MQTT
        self.history = History()
        self.affect = NEUTRAL
        self.risk = NO_RISK
        self._said = ""  # the words this reply answers
        self.user: UserProfile | None = None  # read from memory once per session

    def prompt(self, user_text: str, notes: list[str] | None = None) -> tuple[list[Message], int]:
        """The messages to send and the reply budget that still fits the context window."""
        window = self.llm.context_tokens  # type: ignore[attr-defined]
        reserve = min(self.config.max_reply_tokens, window // 4)
        messages = self.history.prompt(
            system_prompt(self.persona.system_prompt, self.user or UserProfile()), user_text,
            window - reserve,
            self.llm.prompt_tokens,  # type: ignore[attr-defined]
            notes="\n".join(notes or []),
        )
        used = self.llm.prompt_tokens(messages)  # type: ignore[attr-defined]
        return messages, max(1, min(self.config.max_reply_tokens, window - used))

    async def reply(self, user_text: str,
                    context_ready: Callable[[], None] = lambda: None) -> AsyncIterator[str]:
        self.affect = detect_affect(user_text)
        self.risk = assess(user_text)
        self._said = user_text
        if self.user is None:
            self.user = await self._load_user()
        followup = self._due_followup(user_text)
        direct = self._direct_answer(user_text, followup)
        if direct is not None:
            context_ready()
            yield direct
            return
        if is_sight_question(user_text):
            context_ready()
            yield await self._look(user_text)
            return
        notes = await self._notes(user_text, followup)
        context_ready()
        messages, max_tokens = self.prompt(user_text, notes)
        async with aclosing(self._guarded(messages, max_tokens)) as deltas:
            async for delta in deltas:
                yield delta

    async def _load_user(self) -> UserProfile:
        """The user's name and dislikes, read once per session; memory trouble is no failure."""
        recall = self.recall
        if recall is None:
            return UserProfile()
        try:
            return await asyncio.to_thread(lambda: user_profile(recall.store.facts(recall.profile)))
        except Exception as exc:  # a broken store must not break the conversation
            log.warning("memory.profile_failed error=%r", exc)
            return UserProfile()

    def shaper(self) -> ReplyShaper:
        """What checks this turn's reply before it is spoken (made once the reply started)."""
        return ReplyShaper(self.risk, self.persona.name, (self.user or UserProfile()).name,
                           said=self._said)

    def _guarded(self, messages: list[Message], max_tokens: int) -> AsyncIterator[str]:
        """The LLM's reply with reasoning hidden, a think budget, and an early "let me think".

        A persona that wants fast answers switches thinking off where the model allows it;
        otherwise thinking past the budget restarts the reply with it switched off.
        """
        switch = no_think_switch(getattr(self.llm, "name", ""))
        fast = self.persona.fast_answers and switch is not None
        if fast:
            messages = apply_no_think(messages, switch)

        def stream(chat: list[Message]) -> AsyncIterator[str]:
            return iterate_in_thread(lambda: self.llm.stream(chat, max_tokens))  # type: ignore[attr-defined]

        guard = ThinkingGuard(
            ThinkBudget(self.config.think_budget_tokens, self.config.think_budget_ms),
            self.config.ack_after_ms, self.acks,
            restart=(lambda: stream(apply_no_think(messages, switch))) if switch and not fast
            else None,
            silence_is_thinking=isinstance(self.llm, RemoteChat))
        return guard.run(stream(messages))

    def show(self, image_uri: str) -> None:
        """An image to look at instead of the camera (an MQTT image topic), for two minutes."""
        self._shown = (image_uri, time.monotonic())

    async def _look(self, question: str) -> str:
        """ "What do you see?": the shown image or a camera snapshot, for the vision model."""
        if self.vision is None or not self.vision.available:
            return CANNOT_SEE
        try:
            if self._shown is not None and time.monotonic() - self._shown[1] < SHOWN_FOR_S:
                image = self._shown[0]
            else:
                image = await asyncio.to_thread(image_from_camera, self.camera)
            return await asyncio.to_thread(self.vision.answer, question, image)
        except CompanionError as exc:
            return f"I couldn't look just now: {exc}"

    def _due_followup(self, user_text: str) -> str | None:
        """A worry to ask about, when one is due and this is the moment for it."""
        if self.recall is None or not followup_fits(user_text, self.affect.tone,
                                                    self.risk.flagged):
            return None
        return self.recall.followup()

    def _direct_answer(self, user_text: str, followup: str | None) -> str | None:
        if self.risk.level == "crisis":
            return CRISIS_REPLY
        answer = self.recall.answer(user_text) if self.recall is not None else None
        return answer or greeting_reply(user_text, self.user or UserProfile(), followup)

    async def _notes(self, user_text: str, followup: str | None) -> list[str]:
        # A flagged turn's safety hint replaces the tone's own hint.
        user, now = self.user or UserProfile(), datetime.now()
        hints = [self.risk.hint or tone_hint(self.affect.tone),
                 *preference_hints(user_text, user, now)]
        hits = await self.recall.hits(user_text) if self.recall is not None else []
        notes = memory_notes(hits, user, now, followup=followup, hints=hints)
        if notes:
            log.info("prompt.notes %r", notes)
        return notes

    def remember(self, user_text: str, reply_text: str) -> None:
        self.history.add("user", user_text)
        self.history.add("assistant", reply_text)
        if self.recall is not None:
            self.recall.remember(user_text, reply_text)


class Speaker:
    """Text to audio chunks, streamed as piper produces them, with the turn's prosody."""

    def __init__(self, tts: object, persona: Persona) -> None:
        self.tts = tts
        self.persona = persona

    @property
    def sample_rate(self) -> int:
        return int(self.tts.sample_rate)  # type: ignore[attr-defined]

    async def speak(self, text: str, affect: Affect = NEUTRAL) -> AsyncIterator[np.ndarray]:
        # A sad or anxious user gets a slower voice and longer pauses between sentences.
        scale = self.persona.length_scale / affect.speaking_rate
        chunks = iterate_in_thread(lambda: self.tts.stream(text, length_scale=scale), maxsize=4)  # type: ignore[attr-defined]
        async with aclosing(chunks) as audio:
            async for chunk in audio:
                yield chunk
        if affect.sentence_pause_ms and text.rstrip().endswith((".", "!", "?")):
            yield np.zeros(self.sample_rate * affect.sentence_pause_ms // 1000, dtype=np.int16)
