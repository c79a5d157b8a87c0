"""Fast stand-ins for the models, for unit tests of the pipeline's logic and ordering.

The end-to-end tests (test_e2e_*.py, test_live.py) run the real models instead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

import numpy as np

from pipeline.llm.base import GenerationStats


class FakeSTT:
    """Hears ``texts`` in order; or, with ``by_length``, the text for the audio's duration."""

    def __init__(self, texts: list[str] | None = None,
                 by_length: list[tuple[float, str]] | None = None, delay_s: float = 0.0,
                 unsure_of: tuple[str, ...] = ()) -> None:
        self.texts = list(texts or [])
        self.by_length = by_length or []
        self.delay_s = delay_s
        self.unsure_of = unsure_of  # texts it "decoded" with a very low score
        self.calls = 0

    def unsure(self, text: str) -> bool:
        return text in self.unsure_of

    def transcribe(self, samples: np.ndarray) -> str:
        self.calls += 1
        time.sleep(self.delay_s)
        if self.by_length:
            seconds = len(samples) / 16000
            return next((text for limit, text in self.by_length if seconds < limit), "")
        return self.texts.pop(0) if self.texts else ""


class FakeLLM:
    """Streams a scripted reply word by word, slowly enough to observe overlap with playback."""

    context_tokens = 512
    thinks_silently = False
    continues_replies = False
    name = "fake"
    source = "fake.gguf"

    def __init__(self, reply: str = "You said {user}", delay_s: float = 0.01) -> None:
        self.reply = reply  # "{user}" is replaced by the user's last words
        self.delay_s = delay_s
        self.prompts: list[list[dict[str, str]]] = []
        self.avoided: list[list[str]] = []  # the words each reply was to avoid
        self.prefilled: list[list[dict[str, str]]] = []
        self.max_tokens: list[int] = []
        self.running = threading.Event()
        self.finished = threading.Event()

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def prefill(self, messages: list[dict[str, str]], cancel: threading.Event | None = None
                ) -> int:
        self.prefilled.append([dict(m) for m in messages])
        return self.prompt_tokens(messages)

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(self.count_tokens(m["content"]) + 2 for m in messages)

    def stream(self, messages: list[dict[str, str]], max_tokens: int,
               stats: GenerationStats | None = None, avoid: Sequence[str] = ()) -> Iterator[str]:
        self.prompts.append(messages)
        self.avoided.append(list(avoid))
        self.max_tokens.append(max_tokens)
        self.running.set()
        words = self.reply.replace("{user}", messages[-1]["content"]).split(" ")
        stats = stats if stats is not None else GenerationStats()
        stats.prompt_tokens = self.prompt_tokens(messages)
        stats.cut_short = len(words) > max_tokens
        try:
            for word in words[:max_tokens]:
                time.sleep(self.delay_s)
                yield word + " "
        finally:
            self.running.clear()
            self.finished.set()


class FakeTTS:
    """0.1 s of audio per word; remembers which text each chunk came from."""

    sample_rate = 16000

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.text_of: dict[int, str] = {}

    def stream(self, text: str, length_scale: float | None = None) -> Iterator[np.ndarray]:
        self.spoken.append(text)
        chunk = np.full(1600 * len(text.split()), 1000, dtype=np.int16)
        self.text_of[id(chunk)] = text
        yield chunk

    def synthesize(self, text: str, length_scale: float | None = None) -> np.ndarray:
        return np.concatenate(list(self.stream(text, length_scale)))


class RecordingSink:
    """Collects what was played and when."""

    def __init__(self) -> None:
        self.chunks: list[np.ndarray] = []
        self.play_times: list[float] = []
        self.stopped = False

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        self.chunks.append(chunk)
        self.play_times.append(time.monotonic())

    async def drain(self) -> None:
        return None

    def stop(self) -> None:
        self.stopped = True

    def played_seconds(self) -> float:
        return sum(len(c) for c in self.chunks) / 16000

    def reset_counter(self) -> None:
        return None

    def close(self) -> None:
        return None
