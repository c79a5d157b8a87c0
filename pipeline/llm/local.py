"""The language model: llama-cpp-python with the chat template the GGUF carries.

We render the chat prompt ourselves and hand llama.cpp token ids, so we know exactly how many
prompt tokens there are and how many of them the KV cache already holds: the persona, memory
and history form a stable prefix that llama.cpp reuses, and only the new words are prefilled.
``prefill()`` puts such a prefix into the KV cache ahead of time (between turns, and while the
user is still speaking), so at the endpoint only the last few tokens remain to evaluate.
Blocking by nature; the pipeline iterates ``stream()`` in a worker thread (pipeline.threads).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.errors import ModelCorruptError
from models.resolve import resolve_model
from pipeline.config import LlmConfig
from pipeline.cpu import CPU
from pipeline.llm.avoid import AvoidWords
from pipeline.llm.base import LOAD_LOCK, GenerationStats, Message
from pipeline.llm.no_repeat import RepeatAvoider

log = logging.getLogger(__name__)

# Marks where the known text ends when a prompt prefix is rendered (never tokenized).
_OPEN_END = "\ue000prefill-ends-here\ue000"
# Tokens evaluated in the first step of a prefill. A stream that arrives waits for the step
# under way, so later steps are sized to take about STEP_MS at the speed the last step showed:
# the 1.5B read 16 tokens in ~100 ms on one 2-core box and in 730 ms on a slower one (Zen 1,
# 46-65 ms a token), where a reply waited up to that long. Smaller steps cost a little prefill
# speed (4 tokens: 258 ms there, against 183 ms at the 16-token rate).
PREFILL_STEP = 16
STEP_MS = 150.0
MIN_STEP, MAX_STEP = 2, 32

RECENT_REPLIES = 6  # the replies a new one should not copy (pipeline.llm.no_repeat)
# End-of-turn markers of common templates, plus the invented next turns tiny models run on into.
_STOPS = ["<|im_end|>", "<|im_start|>", "<end_of_turn>", "<start_of_turn>", "<|eot_id|>",
          "<|end|>", "</s>", "\nuser:", "\nUser:", "\nuser\n", "\nHuman:", "\nassistant:"]


@dataclass
class PrefillStats:
    """What the last ``prefill()`` did: its prefix, how much was already cached, how much it
    evaluated, and whether it stopped early (cancelled, or a stream wanted the model)."""

    prefix_tokens: int = 0
    reused_tokens: int = 0
    evaluated_tokens: int = 0
    stopped: bool = False


class LlamaChat:
    """A loaded GGUF chat model (a ``ChatModel``)."""

    thinks_silently = False  # <think> tags arrive in the stream, where the guard sees them
    continues_replies = True  # see tokens()

    def __init__(self, model_path: Path, config: LlmConfig) -> None:
        from llama_cpp import Llama  # heavy import: only when a model is really loaded

        from models.moe import expert_tensors_on_cpu, llama_kwargs
        from pipeline.llm.speculative import make_draft

        self.config = config
        self.model_path = model_path
        kwargs, warnings = llama_kwargs(config, model_path)  # threads, context, GPU, MoE knobs
        for warning in warnings:
            log.warning("llm.option %s", warning)
        draft_path = resolve_model("llm", config.draft_model) if config.draft_model else None
        with LOAD_LOCK:
            self.draft = make_draft(
                config.draft, draft_path, max_tokens=config.draft_tokens or None,
                n_ctx=config.context_tokens, threads=config.threads,
                n_gpu_layers=config.gpu_layers)
            try:
                with expert_tensors_on_cpu(config.moe_experts_on_cpu and config.gpu_layers != 0):
                    self._llama = Llama(model_path=str(model_path), verbose=False,
                                        draft_model=self.draft, **kwargs)
            except (ValueError, RuntimeError, OSError) as exc:
                raise ModelCorruptError(
                    f"LLM {model_path} cannot be loaded ({exc}). Re-fetch it with "
                    "`companion models fetch` or point [models] llm at a valid GGUF file."
                ) from exc
        if self.draft is not None:
            self.draft.attach(self._llama)  # else every prompt token gets its logits computed
        self._render = _prompt_renderer(self._llama)
        # llama.cpp pads the context (384 -> 512) but llama-cpp-python's token buffer keeps the
        # size asked for: a prompt sized to the padded window overflows it. The smaller wins.
        self.context_tokens = min(self._llama.n_ctx(), len(self._llama.input_ids))
        self.stats = GenerationStats()
        self.prefill_stats = PrefillStats()
        self._step_tokens = PREFILL_STEP  # tokens per prefill step, re-sized after each
        # llama.cpp contexts are not thread-safe; one generation or prefill at a time.
        self._lock = threading.Lock()
        self._streams_waiting = 0  # a prefill gives way as soon as this is non-zero
        self._waiting_lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._llama.metadata.get("general.name", self.model_path.stem)

    @property
    def source(self) -> str:
        return str(self.model_path)

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def tokens(self, messages: list[Message]) -> list[int]:
        """The exact token ids of the chat prompt, ending where the reply starts; a last
        assistant message is the reply's beginning, which the model goes on from."""
        started = messages[-1]["content"] if messages and messages[-1]["role"] == "assistant" \
            else None
        prompt, add_bos = self._render(messages if started is None else messages[:-1])
        prompt += started or ""
        return self._llama.tokenize(prompt.encode("utf-8"), add_bos=add_bos, special=True)

    def prompt_tokens(self, messages: list[Message]) -> int:
        return len(self.tokens(messages))

    def _tokenize(self, text: str) -> list[int]:
        return self._llama.tokenize(text.encode("utf-8"), add_bos=False)

    def _token_text(self, token: int) -> str:
        return self._llama.detokenize([token]).decode("utf-8", errors="ignore")

    def prefix_tokens(self, messages: list[Message]) -> list[int]:
        """Tokens of the prompt for ``messages`` up to the end of the last message's text, which
        may still grow (the user is speaking) or be empty (the next turn is not known yet).

        The last token is left out: it may merge with the text that follows. A wrong guess only
        costs re-evaluation, since ``stream()`` reuses the longest common prefix.
        """
        if not messages:
            return []
        *before, last = messages
        head, add_bos = self._render([*before, {**last, "content": last["content"] + _OPEN_END}])
        cut = head.find(_OPEN_END)
        tokens = self._llama.tokenize(head[: max(cut, 0)].encode("utf-8"), add_bos=add_bos,
                                      special=True)
        return tokens[:-1]

    def prefill(self, messages: list[Message], cancel: threading.Event | None = None) -> int:
        """Evaluate the known prefix of the next prompt into the KV cache, without generating.

        ``messages`` are the next prompt as far as it is known (see ``prefix_tokens``): persona,
        memories and history with an empty user turn between turns, or the user's stable words
        while they speak. Returns how many prefix tokens the cache holds afterwards. Never waits
        for a running stream (returns at once instead) and stops between steps (of about
        ``STEP_MS`` each) when ``cancel`` is set or a stream wants the model. On the CPU
        it waits between steps while urgent work runs (pipeline.cpu): 60 tokens of memories,
        prefilled as the user spoke, once starved whisper's partials for 1.6 s. Blocking: run it
        in a worker thread.
        """
        prefix = self.prefix_tokens(messages)[: self.context_tokens - 1]
        if not self._lock.acquire(blocking=False):
            return 0
        try:
            llama = self._llama
            cached = _common_prefix(llama._input_ids[: llama.n_tokens].tolist(), prefix)
            self.prefill_stats = stats = PrefillStats(len(prefix), cached)
            start = cached
            while start < len(prefix):
                if self.config.gpu_layers == 0:
                    CPU.give_way()
                if self._streams_waiting or (cancel is not None and cancel.is_set()):
                    stats.stopped = True
                    break
                step = prefix[start: start + self._step_tokens]
                llama.n_tokens = start  # eval() first drops the KV entries beyond this
                began = time.perf_counter()
                llama.eval(step)
                per_token_ms = (time.perf_counter() - began) * 1000 / len(step)
                self._step_tokens = min(MAX_STEP, max(MIN_STEP, int(STEP_MS / per_token_ms)))
                stats.evaluated_tokens += len(step)
                start += len(step)
            return cached + stats.evaluated_tokens
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def _generation(self) -> Iterator[None]:
        """Hold the model for a stream; a running prefill gives way at its next step."""
        with self._waiting_lock:
            self._streams_waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._waiting_lock:
                self._streams_waiting -= 1
        try:
            yield
        finally:
            self._lock.release()

    def stream(self, messages: list[Message], max_tokens: int,
               stats: GenerationStats | None = None, avoid: Sequence[str] = ()) -> Iterator[str]:
        """Yield text deltas of the reply, never spelling a word of ``avoid``. Blocking: run it
        in a worker thread."""
        prompt = self.tokens(messages)
        self.stats = stats = stats if stats is not None else GenerationStats()
        with self._generation():
            cached = self._llama._input_ids[: self._llama.n_tokens].tolist()
            stats.prompt_tokens = len(prompt)
            stats.reused_tokens = _common_prefix(cached, prompt)
            from llama_cpp import LogitsProcessorList

            past = [self._llama.tokenize(reply.encode(), add_bos=False)
                    for reply in recent_replies(messages)]
            processors: list[Any] = [RepeatAvoider(past, len(prompt))]
            if avoid:
                processors.append(AvoidWords(avoid, self._tokenize, self._token_text, len(prompt)))
            chunks = self._llama.create_completion(
                prompt, stream=True, max_tokens=max_tokens,
                temperature=self.config.temperature, repeat_penalty=self.config.repeat_penalty,
                stop=_STOPS,
                logits_processor=LogitsProcessorList(processors),
            )
            # On the CPU, a clause being voiced goes first (pipeline.cpu); on a GPU, no need.
            tokens = CPU.patiently(chunks) if self.config.gpu_layers == 0 else chunks
            try:
                for chunk in tokens:
                    choice = chunk["choices"][0]
                    stats.cut_short = choice.get("finish_reason") == "length"
                    if choice["text"]:
                        stats.reply_tokens += 1
                        yield choice["text"]
            finally:
                chunks.close()  # a cancelled reply stops decoding at once


def recent_replies(messages: list[Message]) -> list[str]:
    """The companion's last ``RECENT_REPLIES`` replies, however many notes lie between them, and
    not the start of the reply being written (a last assistant message)."""
    return [m["content"] for m in messages[:-1] if m["role"] == "assistant"][-RECENT_REPLIES:]


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _prompt_renderer(llama: Any) -> Callable[[list[Message]], tuple[str, bool]]:
    """messages -> (prompt text, whether the tokenizer must add BOS), from the GGUF's template.

    GGUFs without a template get llama-cpp-python's format for their architecture.
    """
    from llama_cpp import llama_chat_format as formats

    metadata = llama.metadata
    template = metadata.get("tokenizer.chat_template")
    if template:
        def token_text(key: str) -> str:
            token_id = int(metadata.get(key, -1))
            return llama._model.token_get_text(token_id) if token_id >= 0 else ""

        jinja = formats.Jinja2ChatFormatter(template, eos_token=token_text(
            "tokenizer.ggml.eos_token_id"), bos_token=token_text("tokenizer.ggml.bos_token_id"))
        # The template writes BOS itself when it mentions it; otherwise the tokenizer adds it.
        add_bos = "bos_token" not in template
        return lambda messages: (jinja(messages=messages).prompt, add_bos)
    arch = metadata.get("general.architecture", "")
    by_arch = {"gemma": formats.format_gemma, "gemma2": formats.format_gemma,
               "gemma3": formats.format_gemma, "llama": formats.format_llama2}
    fallback = by_arch.get(arch, formats.format_chatml)
    log.info("llm.chat_format arch=%s format=%s", arch, fallback.__name__)
    return lambda messages: (fallback(messages).prompt, True)
