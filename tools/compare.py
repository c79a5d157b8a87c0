"""`companion models compare`: pick the default LLM by measurement, not by taste.

Each model answers the same short voice-style prompts with the same persona and settings. Speed:
time to first token and tokens per second on this machine. Quality: a reply scores a point when
it is non-empty, answers with the expected words where there are any, does not echo the system
prompt or invent further turns, and does not loop. Crude, but it separates usable from broken.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from models.registry import CATALOG
from models.resolve import resolve_model
from pipeline.config import Config
from pipeline.llm.local import LlamaChat
from pipeline.persona import load_persona

# (prompt, words of which one must appear in a good answer; empty: any sensible reply)
PROMPTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("What is the capital of France?", ("paris",)),
    ("How many legs does a spider have?", ("eight", "8")),
    ("What color is the sky on a clear day?", ("blue",)),
    ("What do bees make?", ("honey",)),
    ("I feel a bit lonely today.", ("sorry", "here", "understand", "feel", "lonely")),
    ("Can you suggest something fun to do this weekend?", ()),
    ("Good morning! How are you?", ()),
    ("My dog is called Biscuit. What's a good trick to teach him?", ("sit", "paw", "shake",
                                                                      "fetch", "roll", "treat")),
)
_ROLE_MARKERS = ("user:", "assistant:", "<|im_", "<start_of_turn>", "[inst]", "<</sys>>")


@dataclass
class ModelScore:
    name: str
    quality: float  # share of prompts answered well, 0..1
    first_token_ms_p50: float
    tokens_per_s: float
    samples: list[str]


def score_reply(reply: str, expected: tuple[str, ...], system_prompt: str) -> bool:
    text = reply.strip().lower()
    if len(text) < 2 or any(marker in text for marker in _ROLE_MARKERS):
        return False
    if system_prompt.lower()[:40] in text:
        return False
    words = text.split()
    grams = [tuple(words[i:i + 4]) for i in range(max(0, len(words) - 3))]
    if grams and len(set(grams)) / len(grams) < 0.7:  # loops on itself
        return False
    return not expected or any(word in text for word in expected)


def measure(path: Path, name: str, config: Config, system_prompt: str) -> ModelScore:
    llm = LlamaChat(path, config.llm)
    firsts, rates, good, samples = [], [], 0, []
    for prompt, expected in PROMPTS:
        messages = [{"role": "system", "content": system_prompt},
                    {"role": "user", "content": prompt}]
        start = time.monotonic()
        first, pieces = None, []
        for delta in llm.stream(messages, config.llm.max_reply_tokens):
            first = first or time.monotonic()
            pieces.append(delta)
        end = time.monotonic()
        reply = "".join(pieces)
        if first is not None:
            firsts.append((first - start) * 1000)
            tokens = llm.count_tokens(reply)
            if end > first and tokens > 1:
                rates.append((tokens - 1) / (end - first))
        good += score_reply(reply, expected, system_prompt)
        samples.append(f"{prompt} -> {reply.strip()[:100]}")
    return ModelScore(name=name, quality=good / len(PROMPTS),
                      first_token_ms_p50=round(statistics.median(firsts or [0.0]), 1),
                      tokens_per_s=round(statistics.median(rates or [0.0]), 1), samples=samples)


def compare_models(names: list[str], as_json: bool, config: Config) -> int:
    persona = load_persona(config.persona, config.home)
    names = names or [n for n, spec in CATALOG.items() if spec.role == "llm"]
    scores = []
    for name in names:
        path = resolve_model("llm", name)
        print(f"measuring {name}...", flush=True)
        scores.append(measure(path, name, config, persona.system_prompt))
    if as_json:
        print(json.dumps([asdict(s) for s in scores], indent=2))
        return 0
    print(f"\n{'model':<30} {'quality':>8} {'first token':>12} {'tokens/s':>9}")
    for s in scores:
        print(f"{s.name:<30} {s.quality:>8.0%} {s.first_token_ms_p50:>9.0f} ms "
              f"{s.tokens_per_s:>9.0f}")
    for s in scores:
        print(f"\n{s.name}:")
        for sample in s.samples:
            print(f"  {sample}")
    return 0
