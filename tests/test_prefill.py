"""The LLM's cache is kept one step ahead: history between turns, the user's words while they
speak, so at the endpoint only the last words remain to evaluate."""

from __future__ import annotations

import asyncio

import pytest

from pipeline.config import Config, LlmConfig
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from tests.fakes import FakeLLM, FakeSTT, FakeTTS, RecordingSink
from tests.test_pipeline_units import PERSONA, EnergyVad, ScriptedMic


def conversation(llm: object, stt: FakeSTT | None = None) -> Conversation:
    engine = Engine(stt=stt or FakeSTT(), tts=FakeTTS(), llm=llm)  # type: ignore[arg-type]
    conv = Conversation(engine, PERSONA, Config())
    conv.make_vad = lambda: EnergyVad(hangover_ms=300, min_speech_ms=90)  # type: ignore[method-assign]
    return conv


async def settle(conv: Conversation) -> None:
    task = conv.prefiller._task
    if task is not None:
        await asyncio.gather(task, return_exceptions=True)


async def test_history_is_prefilled_as_soon_as_a_reply_is_over() -> None:
    llm = FakeLLM("Nice to meet you.")
    conv = conversation(llm)
    await conv.ask("my name is ana", RecordingSink())
    await settle(conv)
    assert llm.prefilled, "nothing was prefilled after the reply"
    last = llm.prefilled[-1]
    assert [m["content"] for m in last[1:]] == ["my name is ana", "Nice to meet you.", ""]
    await conv.ask("what is my name", RecordingSink())
    prompt = llm.prompts[-1]
    assert prompt[: len(last) - 1] == last[:-1]  # the reply's prompt starts with what was cached


async def test_stable_words_are_prefilled_while_the_user_speaks() -> None:
    stt = FakeSTT(by_length=[(0.7, "tell me"), (1.0, "tell me about"),
                             (99, "tell me about paris.")])
    llm = FakeLLM()
    conv = conversation(llm, stt)
    results = await conv.run(ScriptedMic([(1.5, True), (1.0, False)]), RecordingSink(),
                             realtime=True)
    assert results and results[0].transcript == "tell me about paris."
    words = [p[-1]["content"] for p in llm.prefilled if p[-1]["role"] == "user"]
    assert any(w and "tell me" in w for w in words), llm.prefilled
    # what was prefilled while speaking is a prefix of the prompt at the endpoint
    during = next(p for p in llm.prefilled if p[-1]["content"].startswith("tell me"))
    prompt = llm.prompts[0]
    assert prompt[:-1] == during[:-1]
    assert prompt[-1]["content"].startswith(during[-1]["content"])


@pytest.mark.e2e
async def test_the_real_model_reuses_what_was_prefilled() -> None:
    """With llama.cpp: the second turn's prompt is cached up to its last words."""
    from models.resolve import resolve_model
    from pipeline.llm.local import LlamaChat

    llm = LlamaChat(resolve_model("llm", "tiny"), LlmConfig(max_reply_tokens=24))
    conv = conversation(llm)
    await conv.ask("My name is Ana and I love hiking in the mountains.", RecordingSink())
    await settle(conv)
    second = await conv.ask("What do I love?", RecordingSink())
    assert second.prompt_tokens > 30
    assert second.prompt_tokens - second.reused_tokens <= 12, second
