"""How fast the LLM answers, measured the way a conversation uses it (for `companion bench`).

- ``measure_prefill``: first token of a cold prompt, after the history was prefilled between
  turns, and after the user's words were prefilled while they spoke (LlamaChat.prefill).
- ``measure_options``: llama.cpp knobs (threads, n_batch, flash attention, quantized KV cache,
  mlock): cold first token and decode tokens/s per variant.
- ``measure_overlap``: the LLM alone and while whisper transcribes in another thread (as at
  the endpoint, or when the user's words are prefilled between partials), per OpenMP wait
  policy (``measure_wait_policies`` runs each in a fresh process).
- ``stack_rss``: resident memory of one process holding speech recognition, voice and LLM after
  a turn (run it in a fresh process: ``python -m tools.bench.llm_speed rss``).

Variants are run interleaved, round after round, so machine noise hits all alike; figures are
medians. On a shared machine they are indicative only; there, ``clock=time.process_time`` with
1 thread (``--cpu-clock``) gives CPU milliseconds, which other processes do not inflate.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pipeline.config import LlmConfig

Messages = list[dict[str, str]]
Clock = Callable[[], float]

_PERSONA = ("You are June, a warm friend who talks with the user. Speak in one or two short "
            "sentences, and ask a gentle question back.")
_NOTES = ("What the user told you before: their dog is called Mango (May 2); their sister Ana "
          "lives in Porto (May 3); they have a job interview on Friday and feel nervous about "
          "it (May 4); they dislike mushrooms.")
SHORT: Messages = [  # ~50 tokens with a ChatML template: persona and one line
    {"role": "system", "content": _PERSONA},
    {"role": "user", "content": "I had a long day at work and I'm really tired tonight."},
]
LONG: Messages = [  # ~110 tokens: persona, memory notes, one exchange, the new line
    {"role": "system", "content": f"{_PERSONA} {_NOTES}"},
    {"role": "user", "content": "Hi June."},
    {"role": "assistant", "content": "Hi! How was your day?"},
    {"role": "user", "content": "I had a long day at work and I'm really tired tonight."},
]
STORY = "Tell me a long story about a lighthouse keeper and a storm."


def _median(values: Sequence[float]) -> float:
    return round(statistics.median(values), 1) if values else 0.0


def _first_token_ms(chat: Any, messages: Messages, clock: Clock) -> float:
    start = clock()
    with contextlib.closing(chat.stream(messages, 1)) as deltas:
        next(deltas, None)
    return (clock() - start) * 1000


def measure_prefill(model_path: Path, threads: int = 2, rounds: int = 3,
                    prompts: dict[str, Messages] | None = None,
                    clock: Clock = time.perf_counter) -> dict[str, Any]:
    """First-token ms per prompt: cold, with the history prefilled (between turns), and with the
    user's words prefilled up to the last two (while they speak). Also how long the history
    prefill itself took, and the tokens left for the endpoint in each case."""
    from pipeline.llm.local import LlamaChat

    chat = LlamaChat(model_path, LlmConfig(threads=threads, context_tokens=1024))
    prompts = prompts if prompts is not None else {"short": SHORT, "long": LONG}
    result: dict[str, Any] = {"model": chat.name, "threads": threads}
    for name, messages in prompts.items():
        *before, user = messages
        words = user["content"].split()
        cases: dict[str, Messages | None] = {
            "cold": None,
            "history_prefilled": [*before, {"role": "user", "content": ""}],
            "words_prefilled": [*before, {"role": "user", "content": " ".join(words[:-2])}],
        }
        samples: dict[str, list[float]] = {case: [] for case in cases}
        prefill_ms: list[float] = []
        left: dict[str, int] = {}
        for _ in range(rounds):
            for case, known in cases.items():
                chat._llama.reset()  # nothing cached from the previous case
                if known is not None:
                    start = clock()
                    chat.prefill(known)
                    if case == "history_prefilled":
                        prefill_ms.append((clock() - start) * 1000)
                samples[case].append(_first_token_ms(chat, messages, clock))
                left[case] = chat.stats.prefilled_tokens
        result[name] = {"prompt_tokens": chat.prompt_tokens(messages),
                        **{f"{case}_ms": _median(v) for case, v in samples.items()},
                        "tokens_left": left, "history_prefill_ms": _median(prefill_ms)}
    return result


# Llama(...) keyword variants; the first is the baseline the others are compared with.
OPTION_VARIANTS: dict[str, dict[str, Any]] = {
    "base (n_batch 512)": {},
    "1 thread": {"n_threads": 1, "n_threads_batch": 1},
    "n_batch 64": {"n_batch": 64},
    "n_batch 16": {"n_batch": 16},
    "flash_attn": {"flash_attn": True},
    "flash_attn + q8_0 KV": {"flash_attn": True, "type_k": 8, "type_v": 8},  # GGML_TYPE_Q8_0
    "mlock": {"use_mlock": True},
    "no mmap": {"use_mmap": False},  # weights read into RAM once: ~600 MB less RSS (repacking)
}


def _cold_and_decode(llama: Any, messages: Messages, max_tokens: int,
                     clock: Clock) -> tuple[float, float]:
    """(cold first-token ms, decode tokens/s after the first token) of one chat completion."""
    llama.reset()
    start = clock()
    first = 0.0
    count = 0
    for chunk in llama.create_chat_completion(messages, max_tokens=max_tokens, temperature=0.0,
                                              stream=True):
        if chunk["choices"][0]["delta"].get("content"):
            count += 1
            first = first or clock()
    end = clock()
    rate = (count - 1) / (end - first) if count > 1 and end > first else 0.0
    return ((first or end) - start) * 1000, rate


def measure_options(model_path: Path, variants: dict[str, dict[str, Any]] | None = None,
                    rounds: int = 3, max_tokens: int = 48, threads: int = 2,
                    clock: Clock = time.perf_counter) -> dict[str, Any]:
    """Cold first token (the long prompt) and decode tokens/s (a story) per llama.cpp variant."""
    from llama_cpp import Llama

    variants = variants if variants is not None else OPTION_VARIANTS
    base = {"n_threads": threads, "n_threads_batch": threads, "n_ctx": 1024}
    loaded = {name: Llama(str(model_path), verbose=False, **{**base, **options})
              for name, options in variants.items()}
    first: dict[str, list[float]] = {name: [] for name in loaded}
    rate: dict[str, list[float]] = {name: [] for name in loaded}
    story: Messages = [{"role": "user", "content": STORY}]
    for _ in range(rounds):
        for name, llama in loaded.items():
            first[name].append(_cold_and_decode(llama, LONG, 1, clock)[0])
            rate[name].append(_cold_and_decode(llama, story, max_tokens, clock)[1])
    return {name: {"cold_first_token_ms": _median(first[name]),
                   "decode_tok_s": _median(rate[name])} for name in loaded}


def measure_draft(model_path: Path, draft_path: Path, threads: int = 2, draft_tokens: int = 4,
                  rounds: int = 1, max_tokens: int = 64,
                  clock: Clock = time.perf_counter) -> dict[str, Any]:
    """Speculative decoding with a small draft model of the same tokenizer, against none:
    tokens/s, first token and first clause (see speculative.measure_speculation)."""
    from pipeline.llm.speculative import DEFAULT_PROMPTS, SmallModelDraft, measure_speculation

    prompts = (*DEFAULT_PROMPTS, STORY, LONG[-1]["content"])
    draft = SmallModelDraft(draft_path, max_tokens=draft_tokens, n_ctx=1024, threads=threads)
    row = measure_speculation(model_path, draft, prompts, max_tokens=max_tokens, threads=threads,
                              rounds=rounds, clock=clock)
    row["draft_model"] = draft_path.name
    return row


def _reply_timing(chat: Any, messages: Messages, max_tokens: int) -> tuple[float, float]:
    """(first-token ms, decode tokens/s) of one cold reply through LlamaChat."""
    chat._llama.reset()
    start = time.perf_counter()
    first = 0.0
    count = 0
    for _ in chat.stream(messages, max_tokens):
        count += 1
        first = first or time.perf_counter()
    end = time.perf_counter()
    rate = (count - 1) / (end - first) if count > 1 and end > first else 0.0
    return ((first or end) - start) * 1000, rate


def measure_overlap(model_path: Path, threads: int = 2, rounds: int = 3) -> dict[str, Any]:
    """The LLM's cold first token and tokens/s alone and while whisper transcribes without a
    break in another thread; whisper's ms per call alone and meanwhile."""
    import threading

    from models.resolve import resolve_model
    from pipeline.llm.local import LlamaChat
    from voice.audio import SAMPLE_RATE, resample
    from voice.stt import WhisperSTT
    from voice.tts import PiperTTS

    tts = PiperTTS(resolve_model("tts"))
    speech = resample(tts.synthesize(LONG[-1]["content"]), tts.sample_rate, SAMPLE_RATE)
    stt = WhisperSTT(resolve_model("stt"), threads=threads)
    chat = LlamaChat(model_path, LlmConfig(threads=threads, context_tokens=1024))

    def transcribe_ms() -> float:
        start = time.perf_counter()
        stt.transcribe(speech)
        return (time.perf_counter() - start) * 1000

    stt_alone = [transcribe_ms() for _ in range(rounds)]
    alone = [_reply_timing(chat, LONG, 16) for _ in range(rounds)]
    stop = threading.Event()
    stt_busy: list[float] = []

    def keep_transcribing() -> None:  # like partials and the final pass, without a break
        while True:
            stt_busy.append(transcribe_ms())
            if stop.is_set():
                break

    worker = threading.Thread(target=keep_transcribing)
    worker.start()
    try:
        busy = [_reply_timing(chat, LONG, 16) for _ in range(rounds)]
    finally:
        stop.set()
        worker.join()
    return {"omp_wait_policy": os.environ.get("OMP_WAIT_POLICY", "(default)"),
            "llm_alone": {"first_token_ms": _median([f for f, _ in alone]),
                          "tokens_per_s": _median([r for _, r in alone])},
            "llm_while_stt": {"first_token_ms": _median([f for f, _ in busy]),
                              "tokens_per_s": _median([r for _, r in busy])},
            "stt_ms_alone": _median(stt_alone), "stt_ms_while_llm": _median(stt_busy)}


def measure_wait_policies(llm: str | None = None, threads: int = 2,
                          policies: Sequence[str] = ("default", "ACTIVE", "PASSIVE")
                          ) -> dict[str, Any]:
    """``measure_overlap`` in a fresh process per OpenMP wait policy (it is read at load).

    "default" is what the pipeline does when the environment says nothing: llama.cpp's runtime
    spins a bounded while, whisper's waits passively (``pipeline/__init__.py``).
    """
    rows = {}
    for policy in policies:
        told = policy != "default"
        rows[policy] = _in_subprocess(
            ["overlap", *([llm] if llm else []), "--threads", str(threads)],
            {"OMP_WAIT_POLICY": policy} if told else None,
            drop=() if told else ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT"))
        rows[policy]["omp_wait_policy"] = policy
    return rows


def _vm_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def stack_rss(llm: str | None = None, threads: int = 2) -> dict[str, Any]:
    """Resident MB of this process after loading whisper + piper + the LLM and running one turn
    (speech in, reply, speech out). Meaningful only in a fresh process."""
    from models.resolve import resolve_model
    from pipeline.llm.local import LlamaChat
    from voice.audio import SAMPLE_RATE, resample
    from voice.stt import WhisperSTT
    from voice.tts import PiperTTS

    stages: dict[str, float] = {"python": _vm_mb("VmRSS")}
    stt = WhisperSTT(resolve_model("stt"), threads=threads)
    tts = PiperTTS(resolve_model("tts"))
    stages["stt+tts loaded"] = _vm_mb("VmRSS")
    chat = LlamaChat(resolve_model("llm", llm), LlmConfig(threads=threads))
    stages["llm loaded"] = _vm_mb("VmRSS")
    speech = resample(tts.synthesize(LONG[-1]["content"]), tts.sample_rate, SAMPLE_RATE)
    heard = stt.transcribe(speech)
    reply = "".join(chat.stream([*LONG[:-1], {"role": "user", "content": heard}], 48))
    tts.synthesize(reply or "Okay.")
    stages["after a turn"] = _vm_mb("VmRSS")
    return {"llm": chat.name, "rss_mb": stages, "peak_rss_mb": _vm_mb("VmHWM")}


def stack_rss_in_subprocess(llm: str | None = None, threads: int = 2) -> dict[str, Any]:
    """``stack_rss`` in a fresh interpreter, so nothing loaded here is counted."""
    return _in_subprocess(["rss", *([llm] if llm else []), "--threads", str(threads)])


def _in_subprocess(args: list[str], env: dict[str, str] | None = None,
                   drop: Sequence[str] = ()) -> dict[str, Any]:
    argv = [sys.executable, "-m", "tools.bench.llm_speed", *args]
    child = {k: v for k, v in os.environ.items() if k not in drop}
    proc = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=900,
                          env={**child, **(env or {})})
    if proc.returncode != 0:
        raise RuntimeError((proc.stderr.strip().splitlines() or ["measurement failed"])[-1])
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def _cli(argv: list[str]) -> int:
    from models.resolve import resolve_model

    parser = argparse.ArgumentParser(prog="python -m tools.bench.llm_speed",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("prefill", "options", "draft", "overlap", "policies",
                                         "rss"))
    parser.add_argument("llm", nargs="?", help="catalog name, alias or GGUF (default: the "
                                               "configured default)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cpu-clock", action="store_true",
                        help="CPU ms on 1 thread instead of wall ms (for a busy machine)")
    args = parser.parse_args(argv)
    model = resolve_model("llm", args.llm)
    clock, threads = (time.process_time, 1) if args.cpu_clock else (time.perf_counter,
                                                                      args.threads)
    runs: dict[str, Callable[[], dict[str, Any]]] = {
        "prefill": lambda: measure_prefill(model, threads, args.rounds, clock=clock),
        "options": lambda: measure_options(model, rounds=args.rounds, threads=threads,
                                           clock=clock),
        "draft": lambda: measure_draft(model, resolve_model("llm", "draft"), threads,
                                       rounds=max(1, args.rounds // 3), clock=clock),
        "overlap": lambda: measure_overlap(model, args.threads, args.rounds),
        "policies": lambda: measure_wait_policies(args.llm, args.threads),
        "rss": lambda: stack_rss(args.llm, args.threads),
    }
    print(json.dumps(runs[args.what](), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(_cli(sys.argv[1:]))
