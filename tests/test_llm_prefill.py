"""LlamaChat.prefill: a prompt prefix goes into the KV cache ahead of the turn, the next stream
reuses it, and a stream never waits for a prefill. Runs the real llama.cpp with the tiny model."""

from __future__ import annotations

import threading
from functools import lru_cache

import pytest

from models.resolve import resolve_model
from pipeline.config import LlmConfig
from pipeline.llm.local import MIN_STEP, STEP_MS, LlamaChat, PrefillStats

SYSTEM = ("You are June, a warm friend. You answer in one or two short spoken sentences, and you "
          "ask a gentle question back when the user shares something about their life.")
HISTORY = [
    {"role": "system", "content": SYSTEM},
    {"role": "user", "content": "Hi June, I just got back from a long walk by the river."},
    {"role": "assistant", "content": "That sounds lovely. Was it quiet out there today?"},
]
SAID = "I have a golden retriever called Mango and she loves swimming."


@lru_cache(maxsize=1)
def chat() -> LlamaChat:
    return LlamaChat(resolve_model("llm", "tiny"), LlmConfig(context_tokens=512))


@pytest.fixture
def llm() -> LlamaChat:
    model = chat()
    model._llama.reset()  # each test starts from an empty KV cache
    model.prefill_stats = PrefillStats()  # and no figures of the test before it
    return model


def turn(text: str) -> list[dict[str, str]]:
    return [*HISTORY, {"role": "user", "content": text}]


def reply(llm: LlamaChat, text: str) -> str:
    return "".join(llm.stream(turn(text), 4))


def test_cold_stream_reuses_nothing(llm):
    assert reply(llm, SAID)
    assert llm.stats.reused_tokens == 0 and llm.stats.prompt_tokens > 40


def test_prefilled_history_is_reused_by_the_next_stream(llm):
    cached = llm.prefill(turn(""))
    stats = llm.prefill_stats
    assert cached == stats.prefix_tokens > 40 and stats.evaluated_tokens == cached
    assert not stats.stopped
    assert reply(llm, SAID)
    assert llm.stats.reused_tokens >= cached  # only the user's words were left to evaluate
    assert llm.stats.prefilled_tokens == llm.stats.prompt_tokens - llm.stats.reused_tokens


def test_words_prefilled_while_the_user_speaks_are_reused(llm):
    partial = turn("I have a golden retriever called")
    prefix = llm.prefix_tokens(partial)
    assert llm.tokens(turn(SAID))[: len(prefix)] == prefix  # a true prefix of the final prompt
    assert llm.prefill(partial) == len(prefix)
    assert reply(llm, SAID)
    assert llm.stats.reused_tokens == len(prefix)
    # Left for the endpoint: the words not yet said, the guarded last token, the turn's end.
    rest = llm.count_tokens(" Mango and she loves swimming.")
    assert llm.stats.prompt_tokens - llm.stats.reused_tokens <= rest + 8


def test_a_second_prefill_only_evaluates_what_is_new(llm):
    llm.prefill(turn(""))
    first = llm.prefill_stats.prefix_tokens
    llm.prefill(turn("I have a golden retriever"))
    assert llm.prefill_stats.reused_tokens >= first - 1
    assert llm.prefill_stats.evaluated_tokens < 10


def test_prefill_after_a_reply_keeps_the_shared_history(llm):
    assert reply(llm, SAID)
    before = llm.stats.prompt_tokens
    llm.prefill([*turn(SAID), {"role": "assistant", "content": "Mango sounds adorable!"},
                 {"role": "user", "content": ""}])
    assert llm.prefill_stats.reused_tokens >= before - 1  # the old prompt was not thrown away


def test_cancelled_prefill_stops_before_evaluating(llm):
    cancel = threading.Event()
    cancel.set()
    assert llm.prefill(turn(""), cancel=cancel) == 0
    assert llm.prefill_stats.stopped and llm.prefill_stats.evaluated_tokens == 0


def test_prefill_never_waits_for_a_running_stream(llm):
    with llm._lock:  # as while a reply is being generated
        assert llm.prefill(turn("")) == 0
    assert llm.prefill_stats.evaluated_tokens == 0


def test_a_waiting_stream_stops_the_prefill_at_its_next_step(llm):
    real_eval = llm._llama.eval
    done: list[str] = []
    started = threading.Event()

    def eval_then_start_a_stream(tokens):
        real_eval(tokens)
        if not started.is_set():  # after the first prefill step, a reply is asked for
            started.set()
            threading.Thread(target=lambda: done.append(reply(llm, SAID))).start()
            for _ in range(30_000):  # until the stream is waiting for the model (30 s at most)
                if llm._streams_waiting:
                    break
                threading.Event().wait(0.001)

    llm._llama.eval = eval_then_start_a_stream
    first_step = llm._step_tokens  # sized by the speed earlier steps showed
    try:
        llm.prefill(turn(""))
        stats = llm.prefill_stats
        assert stats.stopped and stats.evaluated_tokens == first_step < stats.prefix_tokens
        for _ in range(3000):
            if done:
                break
            threading.Event().wait(0.01)
    finally:
        llm._llama.eval = real_eval
    assert done and done[0] and llm.stats.reused_tokens >= first_step


def test_prefill_steps_are_sized_to_the_speed_of_the_box(llm):
    """A reply waits for the prefill step under way: on a slow box 16 tokens took 730 ms."""
    real_eval = llm._llama.eval
    sizes: list[int] = []

    def slow_eval(tokens):  # a box where a token costs 50 ms
        sizes.append(len(tokens))
        threading.Event().wait(0.05 * len(tokens))
        real_eval(tokens)

    llm._llama.eval = slow_eval
    try:
        llm.prefill(turn("Tell me about the history of the Roman empire, all of it."))
    finally:
        llm._llama.eval = real_eval
    assert len(sizes) > 2 and all(n >= MIN_STEP and n * 50 <= STEP_MS for n in sizes[1:-1])


def test_llama_options_from_the_config():
    from models.moe import llama_kwargs

    kwargs, warnings = llama_kwargs(LlmConfig(threads=3))
    assert kwargs["n_threads"] == kwargs["n_threads_batch"] == 3  # prompts too: not every core
    assert kwargs["use_mmap"] is False and warnings == []  # read once: ~600 MB less RSS
    assert llama_kwargs(LlmConfig(mmap=True))[0]["use_mmap"] is True


def test_a_last_assistant_message_is_the_replys_beginning(llm):
    opened = [*turn(SAID), {"role": "assistant", "content": "Oh no,"}]
    tokens = llm.tokens(opened)
    assert tokens[: len(llm.tokens(turn(SAID)))] == llm.tokens(turn(SAID))
    assert llm._llama.detokenize(tokens[-3:]).decode().endswith("Oh no,")  # no end of turn
    assert "".join(llm.stream(opened, 4))
    assert llm.stats.prompt_tokens == len(tokens)
