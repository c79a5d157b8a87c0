"""Speculative decoding drafts for llama-cpp-python's ``Llama(draft_model=...)`` hook.

How the hook works (llama-cpp-python 0.3.x): after every sampled token, ``generate()`` calls the
draft with all tokens so far, evaluates the sampled token plus the draft in one batch, and keeps
the draft tokens the target would have sampled itself. Output is therefore unchanged; only speed
moves. Two costs make a naive draft slower than none: every rejected draft token is evaluated for
nothing, and a draft model makes the bindings compute logits for *every* token of every batch,
prompts included (``logits_all``). So:

- each draft here is adaptive: it drafts only while its drafts are being accepted;
- ``attach(llama)`` makes the target compute all-token logits only for batches that carry a draft
  (a draft-free batch then costs exactly what it costs without speculation).

Acceptance is inferred, since the hook reports nothing back: at each call the tokens the target
appended since the previous call are compared with the previous draft.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from llama_cpp.llama_speculative import LlamaDraftModel

from models.errors import CompanionError

log = logging.getLogger(__name__)

__all__ = [
    "DRAFT_KINDS",
    "AdaptiveDraft",
    "AdaptivePromptLookup",
    "DraftModelError",
    "SmallModelDraft",
    "make_draft",
    "measure_speculation",
]

DRAFT_KINDS = ("none", "prompt-lookup", "model")
_EMPTY = np.array([], dtype=np.intc)
Tokens = npt.NDArray[np.intc]


class DraftModelError(CompanionError):
    """The draft model cannot serve this target (missing file or another tokenizer)."""


class AdaptiveDraft(LlamaDraftModel):
    """Book-keeping shared by the drafts: acceptance counting, draft length, a speed gate and
    the logits switch.

    The speed gate times the target between calls: tokens per second while drafting versus while
    not drafting (its own drafting time included). Once both are known, drafting that is slower
    than plain decoding pauses, for a back-off that doubles (4 .. 64 calls) while it stays slower.
    Why measure instead of predicting: whether a draft pays depends on the machine (a batch of 5
    tokens costs ~1.2x one token on a GPU but ~2x on two CPU cores) and on the text.
    """

    kind = "adaptive"

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens
        self.length = max(1, max_tokens // 2)  # grows on full acceptance, shrinks on rejection
        self.proposed = 0
        self.accepted = 0
        self.drafts = 0
        self.rate = {"plain": 0.0, "draft": 0.0}  # tokens/s, moving averages
        self._samples = {"plain": 0, "draft": 0}
        self._pause = 0
        self._backoff = 4
        self._last_input: Tokens = _EMPTY
        self._last_draft: Tokens = _EMPTY
        self._pending: Tokens = _EMPTY  # draft not yet evaluated by the target
        self._returned_at = 0.0
        self._own_s = 0.0  # time spent computing the previous draft
        self._llama: Any = None

    @property
    def acceptance(self) -> float:
        """Accepted / proposed draft tokens (0.0 before any draft was judged)."""
        return self.accepted / self.proposed if self.proposed else 0.0

    def stats(self) -> dict[str, Any]:
        """Counters for logs and the bench."""
        return {"kind": self.kind, "drafts": self.drafts, "proposed": self.proposed,
                "accepted": self.accepted, "acceptance": round(self.acceptance, 3),
                "plain_tok_s": round(self.rate["plain"], 1),
                "draft_tok_s": round(self.rate["draft"], 1)}

    def attach(self, llama: Any) -> None:
        """Let the target skip all-token logits on batches without a draft (see module doc).

        Call once, right after ``Llama(..., draft_model=self)``. Safe without it, only slower.
        """
        self._llama = llama
        llama._logits_all = False
        evaluate = type(llama).eval

        def eval_with_draft_logits(tokens: Sequence[int]) -> None:
            pending = self._pending
            llama._logits_all = bool(pending.size) and len(tokens) > pending.size and bool(
                np.array_equal(np.asarray(tokens[-pending.size:]), pending))
            self._pending = _EMPTY
            evaluate(llama, tokens)

        llama.eval = eval_with_draft_logits

    def _judge(self, input_ids: Tokens) -> Tokens | None:
        """Tokens appended since the previous call, or None if this is another generation."""
        now = time.perf_counter()
        prev = self._last_input
        draft, self._last_draft = self._last_draft, _EMPTY
        self._last_input = input_ids.copy()
        if not prev.size or input_ids.size <= prev.size or not np.array_equal(
                input_ids[: prev.size], prev):
            return None
        new = input_ids[prev.size:]
        elapsed = now - self._returned_at + self._own_s
        if elapsed > 0:
            self._clock("draft" if draft.size else "plain", new.size / elapsed)
        if draft.size:
            n = min(draft.size, new.size)
            mismatch = np.nonzero(draft[:n] != new[:n])[0]
            good = int(mismatch[0]) if mismatch.size else n
            self.proposed += int(draft.size)
            self.accepted += good
            self._adapt(good, int(draft.size))
        return new

    def _clock(self, key: str, rate: float) -> None:
        self._samples[key] += 1
        self.rate[key] = rate if self._samples[key] == 1 else 0.7 * self.rate[key] + 0.3 * rate
        if key == "draft" and self._samples["plain"] >= 2 and self._samples["draft"] >= 2:
            if self.rate["draft"] < self.rate["plain"]:
                self._pause = self._backoff
                self._backoff = min(64, self._backoff * 2)
                self._samples["draft"] = 0  # judge the next try afresh
            else:
                self._backoff = 4

    def _adapt(self, good: int, size: int) -> None:
        if good == size:
            self.length = min(self.max_tokens, self.length + 2)
        elif good < size // 2:
            self.length = max(1, self.length // 2)

    def _paused(self) -> bool:
        """True while the speed gate holds drafting back (counts the call)."""
        if self._pause > 0:
            self._pause -= 1
            return True
        return False

    def _emit(self, draft: Tokens, started: float) -> Tokens:
        draft = np.asarray(draft, dtype=np.intc)[: self.length]
        self._last_draft = draft
        self._pending = draft
        if draft.size:
            self.drafts += 1
        self._returned_at = time.perf_counter()
        self._own_s = self._returned_at - started
        return draft


class AdaptivePromptLookup(AdaptiveDraft):
    """Prompt-lookup decoding that is on only while the reply copies its context.

    Off, it keeps predicting in the shadow (a numpy n-gram search, no model call) and checks each
    prediction against the token the target really produced: ``on_after`` hits in a row switch it
    on. On, ``off_after`` drafts in a row with nothing accepted switch it off again, and so does
    the speed gate. Off costs nothing, so ordinary answers run at the speed of no speculation.
    """

    kind = "prompt-lookup"

    def __init__(self, max_tokens: int = 10, min_ngram: int = 2, max_ngram: int = 3,
                 on_after: int = 2, off_after: int = 2) -> None:
        super().__init__(max_tokens)
        self.min_ngram = min_ngram
        self.max_ngram = max_ngram
        self.on_after = on_after
        self.off_after = off_after
        self.active = False
        self._hits = 0
        self._misses = 0
        self._shadow: Tokens = _EMPTY

    def lookup(self, ids: Tokens) -> Tokens:
        """Tokens that followed the latest earlier occurrence of the last n-gram (longest n)."""
        for n in range(min(self.max_ngram, ids.size - 1), self.min_ngram - 1, -1):
            windows = np.lib.stride_tricks.sliding_window_view(ids[:-1], n)
            starts = np.nonzero(np.all(windows == ids[-n:], axis=1))[0]
            if starts.size:
                start = int(starts[-1]) + n  # the latest occurrence: most like what comes next
                return ids[start: start + self.max_tokens]
        return _EMPTY

    def __call__(self, input_ids: Tokens, /, **kwargs: Any) -> Tokens:
        started = time.perf_counter()
        before, judged = self.accepted, self._last_draft.size > 0
        new = self._judge(input_ids)
        if new is None:  # a new generation: start cautious
            self.active, self._hits, self._misses = False, 0, 0
        elif self.active:
            if judged:
                self._misses = 0 if self.accepted > before else self._misses + 1
                if self._misses >= self.off_after:
                    self.active, self._hits = False, 0
        elif self._shadow.size:
            self._hits = self._hits + 1 if new[0] == self._shadow[0] else 0
            if self._hits >= self.on_after:
                self.active, self._misses = True, 0
        candidate = self.lookup(input_ids)
        self._shadow = candidate
        use = self.active and not self._paused()
        return self._emit(candidate if use else _EMPTY, started)


class SmallModelDraft(AdaptiveDraft):
    """A small GGUF with the target's tokenizer drafts tokens greedily.

    Its own KV cache keeps the common prefix between calls, so each call evaluates only the
    tokens the target added plus the draft. It starts with a few plain calls to time the target
    alone, then drafts while the speed gate says drafting is faster.
    """

    kind = "model"

    def __init__(self, model_path: Path, max_tokens: int = 4, n_ctx: int = 2048,
                 threads: int | None = None, **llama_options: Any) -> None:
        super().__init__(max_tokens)
        from llama_cpp import Llama

        if not Path(model_path).is_file():
            raise DraftModelError(f"draft model {model_path} not found; point [llm] draft_model "
                                  "at a small .gguf with the same tokenizer as the LLM")
        try:
            self._llm = Llama(str(model_path), n_ctx=n_ctx, n_threads=threads,
                              n_threads_batch=threads, verbose=False,
                              **llama_options)
        except (ValueError, RuntimeError, OSError) as exc:
            raise DraftModelError(f"draft model {model_path} cannot be loaded ({exc}); use a "
                                  "valid .gguf or set [llm] draft = \"none\"") from exc
        self.model_path = Path(model_path)
        self.length = max_tokens
        self._pause = 3  # time the target alone first

    def attach(self, llama: Any) -> None:
        """Check the vocabularies match, then as `AdaptiveDraft.attach`."""
        if llama.n_vocab() != self._llm.n_vocab():
            raise DraftModelError(
                f"draft model {self.model_path.name} has a {self._llm.n_vocab()}-token vocabulary,"
                f" the LLM {llama.n_vocab()}: use a draft of the same tokenizer family")
        super().attach(llama)

    def __call__(self, input_ids: Tokens, /, **kwargs: Any) -> Tokens:
        started = time.perf_counter()
        self._judge(input_ids)
        if self._paused():
            return self._emit(_EMPTY, started)
        return self._emit(self._greedy(input_ids, self.length), started)

    def _greedy(self, ids: Tokens, count: int) -> Tokens:
        llm = self._llm
        count = min(count, llm.n_ctx() - ids.size - 1)
        if count <= 0:
            return _EMPTY
        cached = llm.input_ids[: llm.n_tokens]
        n = min(cached.size, ids.size - 1)  # re-evaluate at least one token to get its logits
        differ = np.nonzero(cached[:n] != ids[:n])[0]
        llm.n_tokens = int(differ[0]) if differ.size else n  # eval() drops the KV beyond this
        llm.eval(ids[llm.n_tokens:].tolist())
        out = []
        n_vocab = llm.n_vocab()
        for i in range(count):
            logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(n_vocab,))
            out.append(int(np.argmax(logits)))
            if i + 1 < count:
                llm.eval([out[-1]])
        return np.array(out, dtype=np.intc)


def make_draft(kind: str, draft_model_path: Path | None = None, *, max_tokens: int | None = None,
               n_ctx: int = 2048, threads: int | None = None,
               **llama_options: Any) -> AdaptiveDraft | None:
    """The draft for ``kind`` ("none", "prompt-lookup", "model"); None for "none".

    ``llama_options`` go to the draft model's ``Llama(...)`` (e.g. ``n_gpu_layers=-1``).
    """
    if kind == "none":
        return None
    if kind == "prompt-lookup":
        return AdaptivePromptLookup(max_tokens=max_tokens or 10)
    if kind == "model":
        if draft_model_path is None:
            raise DraftModelError("draft = \"model\" needs [llm] draft_model: a small .gguf with "
                                  "the LLM's tokenizer (e.g. SmolLM2-135M for a SmolLM2 target)")
        return SmallModelDraft(draft_model_path, max_tokens=max_tokens or 4, n_ctx=n_ctx,
                               threads=threads, **llama_options)
    raise DraftModelError(f"unknown draft kind {kind!r}; use one of {', '.join(DRAFT_KINDS)}")


DEFAULT_PROMPTS = (  # ordinary answers and answers that copy the prompt: both must not slow down
    "Tell me about the moon in three sentences.",
    "What should I cook tonight? Give me one idea.",
    "Here is a shopping list: apples, bananas, cherries, dates, elderberries, figs, grapes, "
    "honeydew, kiwis, lemons. Write the same list again.",
    "Repeat after me: I will water the plants on Monday, feed the cat on Tuesday, and call "
    "grandma on Wednesday.",
)


def _one_reply(llama: Any, prompt: str, max_tokens: int,
               clock: Callable[[], float] = time.perf_counter) -> tuple[float, int, float, float]:
    """(first-token ms, tokens, decode seconds after the first token, first-clause ms) for one
    cold reply; the first clause is what the chunker would hand to TTS first. ``clock`` may be
    ``time.process_time``: CPU time, which a busy machine does not inflate (1 thread)."""
    from pipeline.chunker import ClauseChunker

    chunker = ClauseChunker()
    llama.reset()
    start = clock()
    first = clause = 0.0
    count = 0
    for chunk in llama.create_chat_completion(
            [{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0,
            repeat_penalty=1.1, stream=True):
        delta = chunk["choices"][0]["delta"].get("content")
        if delta:
            count += 1
            first = first or clock()
            if not clause and chunker.feed(delta):
                clause = clock()
    end = clock()
    first = first or end
    clause = clause or end  # a reply of one clause: it is ready at the end
    return (first - start) * 1000, count, end - first, (clause - start) * 1000


def measure_speculation(model_path: Path, draft: AdaptiveDraft | None,
                        prompts: Sequence[str] = DEFAULT_PROMPTS, *, max_tokens: int = 96,
                        threads: int = 2, n_ctx: int = 1024, rounds: int = 1,
                        llama_options: dict[str, Any] | None = None,
                        clock: Callable[[], float] = time.perf_counter) -> dict[str, Any]:
    """First-token and first-clause latency and tokens/s of ``model_path`` without and with
    ``draft``.

    Both instances are loaded side by side and run alternately on each prompt (cold prompt each
    time) so machine noise hits both alike. Returns {"model", "draft", "without": {...},
    "with": {...}, "speedup", plus the draft's proposed/accepted/acceptance}. ``llama_options``
    go to both ``Llama(...)`` calls (e.g. the output of models.moe.llama_kwargs).
    """
    from llama_cpp import Llama

    def load(with_draft: AdaptiveDraft | None) -> Any:
        options = {"n_ctx": n_ctx, "n_threads": threads, "n_threads_batch": threads,
                   **(llama_options or {})}
        llama = Llama(str(model_path), verbose=False, draft_model=with_draft, **options)
        if with_draft is not None:
            with_draft.attach(llama)
        return llama

    runs: dict[str, Any] = {"without": load(None)}
    if draft is not None:
        runs["with"] = load(draft)
    samples: dict[str, list[tuple[float, int, float, float]]] = {key: [] for key in runs}
    for _ in range(rounds):
        for prompt in prompts:
            for key, llama in runs.items():
                samples[key].append(_one_reply(llama, prompt, max_tokens, clock))
    result: dict[str, Any] = {
        "model": runs["without"].metadata.get("general.name", Path(model_path).stem),
        "draft": draft.kind if draft is not None else "none",
    }
    for key, rows in samples.items():
        decoded = sum(max(0, n - 1) for _, n, _, _ in rows)
        seconds = sum(s for _, _, s, _ in rows)
        result[key] = {"first_token_ms": round(float(np.median([r[0] for r in rows])), 1),
                       "first_clause_ms": round(float(np.median([r[3] for r in rows])), 1),
                       "tokens_per_s": round(decoded / seconds, 1) if seconds else 0.0,
                       "tokens": sum(n for _, n, _, _ in rows)}
    if draft is not None:
        result.update({k: v for k, v in draft.stats().items() if k != "kind"})
        base = result["without"]["tokens_per_s"]
        result["speedup"] = round(result["with"]["tokens_per_s"] / base, 3) if base else 0.0
    return result
