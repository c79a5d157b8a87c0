"""The LLM's cache is kept one step ahead: history between turns, the user's words while they
speak, so at the endpoint only the last words remain to evaluate."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime

import pytest

from memory.hits import Hit
from pipeline.config import Config, LlmConfig
from pipeline.context import Timeline, TurnContext
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.prefill import Prefiller
from pipeline.recall import Recall
from pipeline.think import Thinker
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


class Memories:
    """A store whose search finds the memory each phrase (a substring of the query) names."""

    read_only = True

    def __init__(self, by_phrase: dict[str, tuple[int, str, float]]) -> None:
        self.by_phrase = by_phrase

    def search(self, query: str, k: int, profile: str) -> list[Hit]:
        return [Hit(id=memory, text=text, score=score, kind="turn", role="user",
                    timestamp=datetime(2026, 5, 1), source_ids=[memory], session="before")
                for phrase, (memory, text, score) in self.by_phrase.items() if phrase in query]

    def facts(self, profile: str) -> list[Hit]:
        return []

    def followups(self, profile: str, now: datetime) -> list[object]:
        return []


async def notes_at_the_endpoint(store: Memories, stable: str, final: str
                                ) -> tuple[FakeLLM, str, str]:
    """Prefill for ``stable`` (the user still speaking), then reply to ``final``: the notes
    prefilled and the notes the reply's prompt carried."""
    llm = FakeLLM("Oh nice.")
    thinker = Thinker(llm, PERSONA, LlmConfig(), Recall(store, "default", "now"))  # type: ignore[arg-type]
    prefiller = Prefiller(thinker)
    prefiller.while_speaking(stable)
    assert prefiller._task is not None
    await prefiller._task
    ctx = TurnContext(transcript=final, timeline=Timeline(time.monotonic()))
    async for _ in thinker.reply(final, ctx):
        pass
    notes = [m["content"] for m in llm.prefilled[-1] if m["role"] == "system"][-1]
    return llm, notes, llm.prompts[-1][-2]["content"]


async def test_notes_chosen_while_speaking_stay_when_later_words_bring_no_better_memory() -> None:
    store = Memories({"tell me": (1, "I love hiking.", 0.55),
                      "paris": (2, "We went to the beach.", 0.58)})
    llm, prefilled, used = await notes_at_the_endpoint(store, "tell me about",
                                                       "tell me about paris")
    assert "hiking" in prefilled
    assert used == prefilled  # the cache holds them: only the last words are new
    assert llm.prompts[-1][:-1] == llm.prefilled[-1][:-1]


async def test_a_memory_the_last_words_are_about_replaces_the_early_notes() -> None:
    store = Memories({"what's my": (1, "I love hiking.", 0.55),
                      "dog": (2, "My dog is called Biscuit.", 0.71)})
    _, prefilled, used = await notes_at_the_endpoint(store, "what's my", "what's my dog's name")
    assert "Biscuit" not in prefilled
    assert "Biscuit" in used  # worth re-reading the prompt: it is what the question is about


async def test_a_memory_that_matters_is_added_after_the_cached_notes() -> None:
    """Only it is read again: the notes in the cache stay, even when the last words' search no
    longer finds them (replacing all the notes cost 30-120 tokens read after the endpoint on 2
    cores)."""
    store = Memories({"hiking": (1, "I love hiking.", 0.55),
                      "dog": (2, "My dog is called Biscuit.", 0.71)})
    _, prefilled, used = await notes_at_the_endpoint(store, "after hiking", "after my dog")
    assert "hiking" in prefilled and "Biscuit" not in prefilled
    assert used.startswith(prefilled) and used.endswith("My dog is called Biscuit.\"")


async def test_a_memory_that_matters_after_notes_without_memories_comes_with_its_header() -> None:
    store = Memories({"dog": (2, "My dog is called Biscuit.", 0.71)})
    _, prefilled, used = await notes_at_the_endpoint(store, "i feel so sad",
                                                     "i feel so sad about my dog")
    assert "told you before" not in prefilled
    assert used.index("told you before") < used.index("Biscuit") < used.index(prefilled)


async def test_a_new_tone_leaves_the_memories_in_the_cache_and_its_hint_follows_them() -> None:
    """"...and I'm exhausted": the tone comes with the last words; the memories read while the
    user spoke stay, and only the hint after them is new."""
    store = Memories({"doggy": (1, "I love hiking.", 0.55),
                      "died": (2, "My dog is called Biscuit.", 0.71)})
    _, prefilled, used = await notes_at_the_endpoint(store, "my doggy",
                                                     "my dog died and i'm sad")
    assert "hiking" in prefilled and used.startswith(prefilled)
    assert "Biscuit" in used[len(prefilled):] and "gentle" in used[len(prefilled):]
    assert used.index("Biscuit") < used.index("gentle")


async def test_a_reply_drops_a_prefill_not_yet_under_way() -> None:
    """The covering transcription and the guess on the same words come together: the reply
    reads those words itself, in one pass, instead of waiting for a prefill of them."""
    llm = FakeLLM()
    thinker = Thinker(llm, PERSONA, LlmConfig())
    prefiller = Prefiller(thinker)
    prefiller.while_speaking("what is the capital of france")
    prefiller.stop()
    await prefiller.close()
    assert llm.prefilled == []
    prefiller.while_speaking("what is the capital of spain")  # without a reply: prefilled
    assert prefiller._task is not None
    await prefiller._task
    assert llm.prefilled and llm.prefilled[-1][-1]["content"] == "what is the capital of spain"


class OnePrefillAtATime(FakeLLM):
    """Like the real model: a prefill that finds another under way is turned away (returns 0)."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = threading.Lock()
        self.turned_away: list[str] = []

    def prefill(self, messages: list[dict[str, str]], cancel: threading.Event | None = None
                ) -> int:
        if not self.busy.acquire(blocking=False):
            self.turned_away.append(messages[-1]["content"])
            return 0
        try:
            for _ in range(10):  # steps of ~150 ms on 2 cores, each checking for a cancel
                if cancel is not None and cancel.is_set():
                    return 0
                time.sleep(0.05)
            return super().prefill(messages, cancel)
        finally:
            self.busy.release()


async def test_a_newer_prefill_waits_for_the_one_it_cancelled() -> None:
    """Each partial transcript starts a prefill that cancels the one before; it used to find the
    model still held by it and was turned away, so of ~100 tokens of memories ~20 were read
    while the user spoke."""
    llm = OnePrefillAtATime()
    prefiller = Prefiller(Thinker(llm, PERSONA, LlmConfig()))
    prefiller.while_speaking("what should i")
    await asyncio.sleep(0.08)  # its prefill is under way
    prefiller.while_speaking("what should i cook")
    await prefiller.settled()
    assert llm.turned_away == []
    assert llm.prefilled[-1][-1]["content"] == "what should i cook"
