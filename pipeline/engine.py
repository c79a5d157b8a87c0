"""Loads the models a command needs, once, from the configuration and persona."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import CompanionError
from models.resolve import resolve_model
from pipeline.config import Config
from pipeline.cpu import off_loop
from pipeline.llm.base import ChatModel
from pipeline.llm.local import LlamaChat
from pipeline.llm.remote import open_llm
from pipeline.persona import Persona
from pipeline.sight import Vision
from voice.stt import SpeechToText, WhisperSTT
from voice.tts import PiperTTS, TextToSpeech

if TYPE_CHECKING:
    from memory import MemoryStore
    from pipeline.llm.turn_words import TextTurnModel
    from voice.turn_detector import SmartTurn

log = logging.getLogger(__name__)


@dataclass
class Engine:
    stt: SpeechToText | None
    tts: TextToSpeech | None
    llm: ChatModel
    memory: MemoryStore | None = None
    vision: Vision | None = None
    turn: SmartTurn | None = None  # the end-of-turn model; None: the words alone end turns
    turn_words: TextTurnModel | None = None  # reads whether the words are finished

    @classmethod
    async def load(cls, config: Config, persona: Persona, voice: bool = True) -> Engine:
        """Load STT, TTS and LLM concurrently (each in a thread); ``voice=False`` for text chat."""
        paths = model_paths(config, persona, voice, local_llm=not config.remote.url)
        stt_cfg = config.stt
        loaders = [off_loop(load_llm, config, paths.get("llm"))]
        if voice:
            loaders.append(off_loop(
                WhisperSTT, paths["stt"], compute_type=stt_cfg.compute_type,
                threads=stt_cfg.threads, beam_size=stt_cfg.beam_size, language=stt_cfg.language,
                device=stt_cfg.device))
            loaders.append(off_loop(PiperTTS, paths["tts"]))
        if voice:
            loaders.append(off_loop(load_turn_model, config))
            loaders.append(off_loop(load_turn_words, config))
        memory = off_loop(open_memory, config) if config.memory.enabled else None
        loaded = await asyncio.gather(*loaders)
        llm = loaded[0]
        stt, tts, turn, turn_words = loaded[1:5] if voice else (None, None, None, None)
        log.info("engine.loaded %s", " ".join(f"{k}={v}" for k, v in paths.items()))
        vision = Vision.load(resolve_path(config.vision.model), resolve_path(
            config.vision.projector), config.vision.handler) if config.vision.model else None
        return cls(stt=stt, tts=tts, llm=llm, memory=await memory if memory else None,
                   vision=vision, turn=turn, turn_words=turn_words)


    def close(self) -> None:
        """Flush what must outlive the process (the memory index)."""
        if self.memory is not None:
            self.memory.close()


def load_llm(config: Config, path: Path | None) -> ChatModel:
    """The in-process model, or the household's inference server when [remote] url is set."""
    remote = config.remote
    if not remote.url:
        assert path is not None
        return LlamaChat(path, config.llm)

    def local() -> LlamaChat:
        return LlamaChat(resolve_model("llm", config.models.llm), config.llm)

    return open_llm(remote.url, remote.model, config.llm, api_key=remote.api_key,
                    connect_timeout_s=remote.connect_timeout_s,
                    read_timeout_s=remote.read_timeout_s, context_tokens=remote.context_tokens,
                    fallback=local if remote.fallback_local else None)


def load_turn_model(config: Config) -> SmartTurn | None:
    """Smart Turn when ``[audio] turn_model`` is on and the model is there; else None, said once
    (the transcript rule alone then ends turns, as `companion doctor` reports)."""
    if not config.audio.turn_model:
        return None
    try:
        from voice.turn_detector import SmartTurn

        return SmartTurn(resolve_model("turn", config.models.turn))
    except Exception as exc:  # noqa: BLE001 - optional: a missing or broken model, no runtime
        log.warning("turn_model.unavailable: the words alone end turns (%s); "
                    "`companion models fetch` gets it", str(exc).splitlines()[0])
        return None


def load_turn_words(config: Config) -> TextTurnModel | None:
    """The small LLM that reads whether the words are finished (``[audio] turn_words``); None,
    said once, when it is off or missing (the transcript rule and the voice then decide)."""
    if not config.audio.turn_words:
        return None
    try:
        from pipeline.llm.turn_words import TextTurnModel

        return TextTurnModel(resolve_model("turn_words", config.models.turn_words))
    except Exception as exc:  # noqa: BLE001 - optional: a missing or broken model
        log.warning("turn_words.unavailable: the punctuation rule reads the words (%s); "
                    "`companion models fetch` gets it", str(exc).splitlines()[0])
        return None


def resolve_path(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


def open_memory(config: Config) -> MemoryStore | None:
    """The memory store, warmed up; None (with a warning) when it cannot be opened at all."""
    from memory import MemoryStore
    from memory.embedder import load_embedder

    try:
        store = MemoryStore(config.home / "memory",
                            embedder=load_embedder(config.models.embedder), progress=False)
        store.search("hello", k=1, profile=config.user)  # loads the index and embedder now
    except CompanionError as exc:
        log.warning("memory.unavailable: going on without memory: %s", exc)
        return None
    return store


def model_paths(config: Config, persona: Persona, voice: bool = True,
                local_llm: bool = True) -> dict[str, Path]:
    """Resolve every needed model before loading any, so a missing one fails fast and clearly."""
    roles = (["llm"] if local_llm else []) + (["stt", "tts"] if voice else [])
    overrides = {
        "llm": config.models.llm,
        "stt": config.models.stt,
        "tts": config.models.tts or persona.voice,
    }
    return {role: resolve_model(role, overrides[role]) for role in roles}
