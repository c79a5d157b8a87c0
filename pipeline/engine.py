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
from pipeline.llm import LlamaChat
from pipeline.persona import Persona
from voice.stt import WhisperSTT
from voice.tts import PiperTTS

if TYPE_CHECKING:
    from memory import MemoryStore

log = logging.getLogger(__name__)


@dataclass
class Engine:
    stt: WhisperSTT | None
    tts: PiperTTS | None
    llm: LlamaChat
    memory: MemoryStore | None = None

    @classmethod
    async def load(cls, config: Config, persona: Persona, voice: bool = True) -> Engine:
        """Load STT, TTS and LLM concurrently (each in a thread); ``voice=False`` for text chat."""
        paths = model_paths(config, persona, voice)
        stt_cfg = config.stt
        loaders = [asyncio.to_thread(LlamaChat, paths["llm"], config.llm)]
        if voice:
            loaders.append(asyncio.to_thread(
                WhisperSTT, paths["stt"], compute_type=stt_cfg.compute_type,
                threads=stt_cfg.threads, beam_size=stt_cfg.beam_size, language=stt_cfg.language,
                device=stt_cfg.device))
            loaders.append(asyncio.to_thread(PiperTTS, paths["tts"]))
        memory = asyncio.to_thread(open_memory, config) if config.memory.enabled else None
        loaded = await asyncio.gather(*loaders)
        llm = loaded[0]
        stt, tts = (loaded[1], loaded[2]) if voice else (None, None)
        log.info("engine.loaded %s", " ".join(f"{k}={v}" for k, v in paths.items()))
        return cls(stt=stt, tts=tts, llm=llm, memory=await memory if memory else None)


    def close(self) -> None:
        """Flush what must outlive the process (the memory index)."""
        if self.memory is not None:
            self.memory.close()


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


def model_paths(config: Config, persona: Persona, voice: bool = True) -> dict[str, Path]:
    """Resolve every needed model before loading any, so a missing one fails fast and clearly."""
    roles = ["llm", "stt", "tts"] if voice else ["llm"]
    overrides = {
        "llm": config.models.llm,
        "stt": config.models.stt,
        "tts": config.models.tts or persona.voice,
    }
    return {role: resolve_model(role, overrides[role]) for role in roles}
