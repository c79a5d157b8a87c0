"""The language model: llama-cpp-python with the chat template the GGUF carries.

Blocking by nature; the pipeline iterates ``stream()`` in a worker thread (pipeline.threads).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

from models.errors import ModelCorruptError
from pipeline.config import LlmConfig

log = logging.getLogger(__name__)

Message = dict[str, str]

# GGUFs without a chat template in their metadata: pick llama-cpp-python's format by architecture.
_FORMAT_BY_ARCH = {"gemma": "gemma", "gemma2": "gemma", "gemma3": "gemma", "llama": "llama-2",
                   "qwen2": "chatml", "qwen3": "chatml", "qwen3moe": "chatml", "olmoe": "chatml"}
# End-of-turn markers of common templates, plus the invented next turns tiny models run on into.
_STOPS = ["<|im_end|>", "<|im_start|>", "<end_of_turn>", "<start_of_turn>", "<|eot_id|>",
          "<|end|>", "</s>", "\nuser:", "\nUser:", "\nuser\n", "\nHuman:", "\nassistant:"]
_MESSAGE_OVERHEAD_TOKENS = 6  # role markers and separators around each message


class LlamaChat:
    """A loaded GGUF chat model."""

    def __init__(self, model_path: Path, config: LlmConfig) -> None:
        from llama_cpp import Llama  # heavy import: only when a model is really loaded

        self.config = config
        self.model_path = model_path
        try:
            self._llama = Llama(
                model_path=str(model_path),
                n_ctx=config.context_tokens,
                n_threads=config.threads,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelCorruptError(
                f"LLM {model_path} cannot be loaded ({exc}). Re-fetch it with "
                "`companion models fetch` or point [models] llm at a valid GGUF file."
            ) from exc
        metadata = self._llama.metadata
        if "tokenizer.chat_template" not in metadata:
            arch = metadata.get("general.architecture", "")
            self._llama.chat_format = _FORMAT_BY_ARCH.get(arch, "chatml")
            log.info("llm.chat_format arch=%s format=%s", arch, self._llama.chat_format)
        self.context_tokens = self._llama.n_ctx()
        self.cut_short = False  # did the last reply end at its token budget, mid-sentence?
        # llama.cpp contexts are not thread-safe; one generation at a time.
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._llama.metadata.get("general.name", self.model_path.stem)

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def prompt_tokens(self, messages: list[Message]) -> int:
        """Token count of a rendered chat prompt (close upper bound; templates add a little)."""
        return sum(self.count_tokens(m["content"]) + _MESSAGE_OVERHEAD_TOKENS for m in messages) + 2

    def stream(self, messages: list[Message], max_tokens: int) -> Iterator[str]:
        """Yield text deltas of the reply. Blocking: run it in a worker thread."""
        with self._lock:
            chunks = self._llama.create_chat_completion(
                messages,
                stream=True,
                max_tokens=max_tokens,
                temperature=self.config.temperature,
                repeat_penalty=self.config.repeat_penalty,
                stop=_STOPS,
            )
            self.cut_short = False
            for chunk in chunks:
                choice = chunk["choices"][0]
                self.cut_short = choice.get("finish_reason") == "length"
                delta = choice["delta"].get("content")
                if delta:
                    yield delta
