"""The thinking filter and guard: scripted token streams, and the default model unchanged."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import pytest

from pipeline.llm.thinking import (
    GIVE_UP,
    AckPicker,
    NoThink,
    ThinkBudget,
    ThinkFilter,
    ThinkingGuard,
    apply_no_think,
    no_think_switch,
)


def run_filter(deltas: list[str], **kwargs) -> tuple[str, ThinkFilter]:
    f = ThinkFilter(**kwargs)
    out = "".join(f.feed(d) for d in deltas) + f.flush()
    return out, f


def test_think_block_removed_even_with_tags_split_everywhere():
    text = "<think>The user asks about France. Paris.</think>\n\nParis is the capital."
    for size in (1, 2, 3, 5, 7):
        deltas = [text[i:i + size] for i in range(0, len(text), size)]
        out, f = run_filter(deltas)
        assert out == "Paris is the capital.", size
        assert f.seen_thinking and f.thinking_tokens > 0


def test_other_reasoning_formats_and_nested_looking_text():
    harmony = ("<|channel|>analysis<|message|>Think hard.<|end|><|start|>assistant"
               "<|channel|>final<|message|>Hello there.")
    assert run_filter([harmony[i:i + 4] for i in range(0, len(harmony), 4)])[0] == "Hello there."
    assert run_filter(["<reasoning>x < y</reasoning>", "Yes."])[0] == "Yes."
    # Lookalikes are ordinary text: a lone "<", "<th", a tag-free comparison.
    assert run_filter(["3 <", " 4 and <th", "ings> ok"])[0] == "3 < 4 and <things> ok"
    assert run_filter(["a <thi"])[0] == "a <thi"  # an unfinished prefix at the end is text


def test_unclosed_thought_and_template_opened_thought_are_never_spoken():
    assert run_filter(["Sure. <think>never", " closed"])[0] == "Sure. "
    out, f = run_filter(["I should say hi.", "</think>", "Hi!"], starts_thinking=True)
    assert out == "Hi!" and f.thinking_tokens == 2


def test_ack_picker_never_repeats_recent():
    picker = AckPicker(avoid=3, rng=random.Random(1))
    picks = [picker.pick() for _ in range(40)]
    for i in range(len(picks)):
        assert picks[i] not in picks[max(0, i - 3):i]


async def scripted(deltas: list[str], delay_s: float = 0.0,
                   first_delay_s: float = 0.0) -> AsyncIterator[str]:
    await asyncio.sleep(first_delay_s)
    for d in deltas:
        await asyncio.sleep(delay_s)
        yield d


async def collect(guard: ThinkingGuard, stream: AsyncIterator[str]) -> str:
    return "".join([t async for t in guard.run(stream)])


async def test_ack_fires_once_when_thinking_lasts():
    fired: list[str] = []
    guard = ThinkingGuard(ack_after_ms=50, acks=AckPicker(), on_ack=fired.append)
    deltas = ["<think>"] + ["hmm "] * 15 + ["</think>", "Four."]
    out = await asyncio.wait_for(collect(guard, scripted(deltas, delay_s=0.01)), 5)
    assert len(fired) == 1 and out == f"{fired[0]} Four."
    assert guard.report.ack == fired[0] and guard.report.thinking_tokens >= 15
    assert guard.report.thinking_ms >= 50


async def test_no_ack_for_quick_thought_or_plain_reply():
    guard = ThinkingGuard(ack_after_ms=300, acks=AckPicker())
    assert await collect(guard, scripted(["<think>ok</think>", "Fine."])) == "Fine."
    assert guard.report.ack is None
    assert await collect(guard, scripted(["Just ", "words."], delay_s=0.01)) == "Just words."


async def test_token_budget_exceeded_restarts_without_thinking():
    calls: list[str] = []

    def restart() -> AsyncIterator[str]:
        calls.append("restart")
        return scripted(["<think>\n\n</think>", "Quick answer."])

    guard = ThinkingGuard(budget=ThinkBudget(tokens=5), restart=restart)
    out = await asyncio.wait_for(collect(guard, scripted(["<think>"] + ["more "] * 100)), 5)
    assert out == "Quick answer." and calls == ["restart"]
    assert guard.report.budget_exceeded and guard.report.restarted


async def test_ms_budget_on_a_silent_server_gives_up_without_hanging():
    # A server slower than the budget: nothing arrives at all within it.
    guard = ThinkingGuard(budget=ThinkBudget(ms=100), ack_after_ms=30, acks=AckPicker(),
                          silence_is_thinking=True)
    out = await asyncio.wait_for(collect(guard, scripted(["late"], first_delay_s=10)), 2)
    assert out.endswith(GIVE_UP) and guard.report.ack and out.startswith(guard.report.ack)
    assert guard.report.budget_exceeded and not guard.report.restarted


def test_no_think_switches():
    qwen = no_think_switch("Qwen3-4B-Instruct", "{% if enable_thinking %}")
    assert qwen is not None and qwen.user_suffix == " /no_think"
    assert qwen.request == {"chat_template_kwargs": {"enable_thinking": False}}
    assert no_think_switch("Qwen3-4B", fast_answers=False) is None
    assert no_think_switch("SmolLM2-135M-Instruct") is None
    assert no_think_switch("Qwen3-4B-Thinking-2507") is None
    messages = [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi"}]
    switched = apply_no_think(messages, qwen)
    assert switched[-1]["content"] == "Hi /no_think" and messages[-1]["content"] == "Hi"
    assert switched[0] == messages[0]  # the cached prefix stays the same
    assert apply_no_think(messages, NoThink(system_suffix="\n/no_think"))[0]["content"].endswith(
        "/no_think")


@pytest.mark.e2e
async def test_default_model_replies_pass_unchanged():
    from models.resolve import resolve_model
    from pipeline.config import LlmConfig
    from pipeline.llm.local import LlamaChat
    from pipeline.threads import iterate_in_thread

    llm = LlamaChat(resolve_model("llm"), LlmConfig(threads=2))
    guard = ThinkingGuard(ack_after_ms=300, acks=AckPicker())
    for question in ("What is the capital of France?", "Tell me a joke."):
        messages = [{"role": "system", "content": "You are a friendly assistant."},
                    {"role": "user", "content": question}]
        # One generation, recorded, then replayed through the guard: a second generation may
        # differ (the cached prompt's last token is read again alone, and on some CPUs that
        # changes the numbers enough to change the tiny model's words).
        raw = [delta async for delta in iterate_in_thread(lambda m=messages: llm.stream(m, 40))]
        filtered = await collect(guard, scripted(raw, delay_s=0.0))
        assert filtered == "".join(raw) and filtered.strip()
        assert not guard.report.thinking_tokens
