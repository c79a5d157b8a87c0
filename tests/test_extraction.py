"""Background LLM fact extraction: validated, stored with its source turn, never in the way."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from memory.extract import Fact
from pipeline.extraction import REQUEST, LlmExtractor, Said, parse_facts, worth_extracting

WHEN = datetime(2026, 5, 12, 9, 30)


class ScriptedLLM:
    """Answers every request with ``answer``, token by token, ``delay_s`` apart."""

    def __init__(self, answer: str, delay_s: float = 0.0, prefill_steps: int = 0) -> None:
        self.answer = answer
        self.delay_s = delay_s
        self.prefill_steps = prefill_steps
        self.prefilled: list[list[dict[str, str]]] = []
        self.requests: list[list[dict[str, str]]] = []
        self.closed = threading.Event()
        self.lock = threading.Lock()  # like LlamaChat: one generation at a time

    def prefill(self, messages: list[dict[str, str]], cancel: threading.Event | None = None
                ) -> int:
        """Reads the prompt in ``prefill_steps`` steps of ``delay_s``, as LlamaChat does."""
        with self.lock:
            self.prefilled.append(messages)
            for _ in range(self.prefill_steps):
                if cancel is not None and cancel.is_set():
                    break
                time.sleep(self.delay_s)
            return 0

    def stream(self, messages: list[dict[str, str]], max_tokens: int) -> Iterator[str]:
        with self.lock:
            self.requests.append(messages)
            self.closed.clear()
            try:
                for piece in self.answer.split(" "):
                    time.sleep(self.delay_s)
                    yield piece + " "
            finally:
                self.closed.set()


class FactStore:
    def __init__(self) -> None:
        self.saved: list[tuple[Fact, str, datetime | None, list[int], str | None]] = []

    def add_fact(self, fact: Fact, profile: str = "default", timestamp: datetime | None = None,
                 source_ids: list[int] = (), session: str | None = None) -> int | None:  # type: ignore[assignment]
        self.saved.append((fact, profile, timestamp, list(source_ids), session))
        return len(self.saved)


GOOD = ('{"type": "dislike", "value": "olives"}\n'
        '{"type": "family", "value": "brother Tom in Cork"}\n')


def test_grounded_facts_are_kept() -> None:
    said = "Honestly olives are the worst, and my brother Tom in Cork agrees."
    facts = parse_facts(GOOD, said, WHEN)
    assert [f.text for f in facts] == ["The user dislikes olives.",
                                       "The user's family: brother Tom in Cork."]
    assert facts[0].slot == "like:olives" and facts[0].value == "dislikes"


@pytest.mark.parametrize("output", [
    '{"type": "dislike", "value": "mushrooms"}',  # the request's example, echoed
    '{"type": "pet", "value": "a golden retriever called Max"}',  # invented
    '{"type": "job", "value": "nurse"}',  # invented
    '{"type": "mood", "value": "olives"}',  # not a known type
    '{"type": "like", "value": "olives olives olives olives olives olives olives"}',  # too long
    '{"type": "like", "value": ""}',
    '{"type": "like"}',
    '["dislike", "olives"]',
    "The user dislikes olives.",  # prose, not the format
    "none",
    REQUEST.format(text="Olives are the worst."),  # the whole prompt echoed back
    '{"type": "like", "value": "the"}',  # nothing but filler
    '{"type": "worry", "value": "olives are the worst"}',  # a clause, not a value
])
def test_junk_echoes_and_inventions_are_rejected(output: str) -> None:
    assert parse_facts(output, "Olives are the worst.", WHEN) == []


@pytest.mark.parametrize("said,output", [
    ("Do you think I'm a bad person for yelling at my brother?",
     '{"type": "dislike", "value": "yelling at brother"}'),
    ("I'm allergic to shellfish.", '{"type": "dislike", "value": "shellfish"}'),
    ("I started learning the guitar last week!", '{"type": "plan", "value": "learn guitar"}'),
    ("Jazz? I don't like it at all.", '{"type": "like", "value": "jazz"}'),
    # Someone else's job is not the user's, and a question tells nothing.
    ("My partner Dan works night shifts at the hospital.",
     '{"type": "job", "value": "works night shifts"}'),
    ("Who works night shifts?", '{"type": "job", "value": "works night shifts"}'),
    ("Where does my sister live?", '{"type": "home", "value": "sister"}'),
])
def test_a_taste_or_a_plan_needs_words_that_say_so(said: str, output: str) -> None:
    assert parse_facts(output, said, WHEN) == []


def test_the_user_s_own_job_is_kept() -> None:
    for said in ("I work nights at the hospital.", "I do nights at the hospital for a living."):
        facts = parse_facts('{"type": "job", "value": "nights at the hospital"}', said, WHEN)
        assert [f.slot for f in facts] == ["job"], said


def test_the_models_own_names_for_types_are_understood() -> None:
    said = "Olives are the worst; Cork has been home for ten years now."
    facts = parse_facts('```json\n{"type": "location", "value": "Cork"}\n```', said, WHEN)
    assert [f.text for f in facts] == ["The user lives in Cork."]


def test_a_worry_asks_for_a_follow_up_after_it_happens() -> None:
    said = "Seeing my dentist keeps me up at night, it's on Friday."
    [fact] = parse_facts('{"type": "worry", "value": "my dentist"}', said, WHEN)
    assert fact.text == "The user is worried about dentist."  # "my" dropped
    assert fact.category == "worry" and fact.due is not None
    assert fact.due.date() == datetime(2026, 5, 16).date()  # Friday 15 May, asked the day after


def test_the_user_s_name_needs_an_introduction() -> None:
    assert parse_facts('{"type": "name", "value": "Pixel"}', "My cat is called Pixel.", WHEN) \
        == []
    [fact] = parse_facts('{"type": "name", "value": "Lena"}', "Hey, this is Lena speaking.",
                         WHEN)
    assert fact.text == "The user's name is Lena."


def test_a_pet_is_an_animal_or_a_name_the_user_said() -> None:
    """ "I just had a baby" gave "pet: baby", said back as "your pet is baby"."""
    assert parse_facts('{"type": "pet", "value": "baby"}', "I just had a baby.", WHEN) == []
    assert parse_facts('{"type": "pet", "value": "cats"}', "Tell me a fun fact about cats?",
                       WHEN) == []
    facts = parse_facts('{"type": "pet", "value": "cat"}', "My cat is sick.", WHEN)
    assert [f.text for f in facts] == ["The user has a cat."]
    facts = parse_facts('{"type": "pet", "value": "Pixel"}', "My pet is called Pixel.", WHEN)
    assert [f.text for f in facts] == ["The user's pet: Pixel."]


def test_a_home_is_a_place_and_a_worry_a_thing() -> None:
    """ "I work from home" gave "home: work from home", "it's been bad this week" "worry: bad
    this week"."""
    assert parse_facts('{"type": "home", "value": "work from home"}',
                       "I work from home so I never see people.", WHEN) == []
    [fact] = parse_facts('{"type": "home", "value": "Cape Town"}',
                         "We're based in Cape Town these days.", WHEN)
    assert fact.text == "The user lives in Cape Town."
    assert parse_facts('{"type": "home", "value": "Canada"}',  # a question, not a home
                       "What's the capital of Canada?", WHEN) == []
    said = "I've got chronic back pain, it's been bad this week."
    out = '{"type": "worry", "value": "bad this week"}\n{"type": "worry", "value": "back pain"}'
    assert [f.value for f in parse_facts(out, said, WHEN)] == ["back pain"]


def test_a_sentence_is_not_a_value() -> None:
    said = "I have a big exam next Thursday and I'm stressed about it."
    out = '{"type": "worry", "value": "I\'m stressed about my exam"}'
    assert parse_facts(out, said, WHEN) == []


def test_what_the_rules_found_is_left_to_the_rules() -> None:
    said = "I have a big exam next Thursday and I'm stressed about it. I love sushi."
    out = ('{"type": "worry", "value": "big exam"}\n{"type": "like", "value": "sushi"}\n'
           '{"type": "like", "value": "big exam"}')
    # The rules found the exam (with its date) and sushi; only the new like is the LLM's.
    assert [f.text for f in parse_facts(out, said, WHEN)] == ["The user likes big exam."]


def test_only_a_capable_model_is_asked(tmp_path: Path) -> None:
    small = tmp_path / "small.gguf"
    small.write_bytes(b"x" * 1000)
    assert not worth_extracting(str(small))
    assert not worth_extracting(str(tmp_path / "missing.gguf"))
    assert worth_extracting("http://localhost:8080/v1")  # a remote inference server


async def wait_for(condition, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_facts_are_stored_with_their_source_turn_when_idle() -> None:
    llm, store = ScriptedLLM(GOOD), FactStore()
    prefix = [{"role": "system", "content": "You are Juniper."}]
    extractor = LlmExtractor(llm, store, "sam", prefix=lambda: prefix, grace_s=0.01)
    extractor.submit(Said("Olives are the worst. My brother Tom in Cork agrees.", 42, WHEN, "s1"))
    await wait_for(lambda: len(store.saved) == 2)
    fact, profile, when, sources, session = store.saved[0]
    assert (fact.text, profile, when, sources, session) == (
        "The user dislikes olives.", "sam", WHEN, [42], "s1")
    # The request follows the conversation's prefix, so its KV cache is reused.
    assert llm.requests[0][0] == prefix[0] and "Olives are the worst" in llm.requests[0][-1][
        "content"]
    await extractor.close()


async def test_nothing_runs_while_a_turn_is_active() -> None:
    llm, store = ScriptedLLM(GOOD), FactStore()
    extractor = LlmExtractor(llm, store, "sam", grace_s=0.01)
    extractor.busy()  # a turn is being answered
    extractor.submit(Said("Olives are the worst, says my brother Tom in Cork.", 1, WHEN))
    await asyncio.sleep(0.2)
    assert llm.requests == [] and extractor.pending == 0  # taken, but waiting for idle
    extractor.idle()
    await wait_for(lambda: len(store.saved) == 2)
    await extractor.close()


async def test_speech_cancels_the_extraction_at_once_and_it_is_retried_later() -> None:
    llm, store = ScriptedLLM(GOOD + " padding" * 40, delay_s=0.02), FactStore()
    extractor = LlmExtractor(llm, store, "sam", grace_s=0.01)
    extractor.submit(Said("Olives are the worst, says my brother Tom in Cork.", 1, WHEN))
    await wait_for(lambda: len(llm.requests) == 1)
    started = time.monotonic()
    extractor.busy()  # the user started speaking
    await asyncio.to_thread(llm.closed.wait, 2.0)
    assert llm.closed.is_set() and time.monotonic() - started < 0.5  # stopped within a token
    await asyncio.sleep(0.1)
    assert store.saved == [] and len(llm.requests) == 1  # not stored, not restarted yet
    extractor.idle()
    await wait_for(lambda: len(store.saved) == 2, timeout_s=10)
    assert len(llm.requests) == 2
    await extractor.close()


async def test_speech_stops_the_reading_of_a_long_request_before_any_token() -> None:
    # A request read in one batch cannot be interrupted: on a slow box it held the model and
    # both cores for seconds after the user began to speak.
    llm, store = ScriptedLLM(GOOD, delay_s=0.05, prefill_steps=200), FactStore()
    extractor = LlmExtractor(llm, store, "sam", grace_s=0.01)
    extractor.submit(Said("Olives are the worst, says my brother Tom in Cork.", 1, WHEN))
    await wait_for(lambda: len(llm.prefilled) == 1)
    started = time.monotonic()
    extractor.busy()  # the user started speaking
    await asyncio.to_thread(llm.lock.acquire)  # the model is free again...
    llm.lock.release()
    assert time.monotonic() - started < 0.5  # ...within a step, not after 200 of them
    await asyncio.sleep(0.1)
    assert llm.requests == [] and store.saved == []  # no token was generated
    extractor.idle()
    llm.prefill_steps = 1
    await wait_for(lambda: len(store.saved) == 2, timeout_s=10)
    assert len(llm.prefilled) == 2 and len(llm.requests) == 1
    await extractor.close()


async def test_after_each_interrupted_try_it_waits_for_a_longer_pause() -> None:
    llm, store = ScriptedLLM(GOOD, delay_s=0.02, prefill_steps=200), FactStore()
    extractor = LlmExtractor(llm, store, "sam", grace_s=0.05)
    extractor.submit(Said("Olives are the worst, says my brother Tom in Cork.", 1, WHEN))
    for tries in (1, 2):
        await wait_for(lambda tries=tries: len(llm.prefilled) == tries)
        extractor.busy()  # a turn: the try is interrupted
        extractor.idle()
    await asyncio.sleep(0.15)  # the first grace was 0.05 s; now 0.2 s
    assert len(llm.prefilled) == 2
    llm.prefill_steps = 1
    await wait_for(lambda: len(store.saved) == 2)
    assert extractor._grace_now == 0.05  # a finished extraction: short pauses will do again
    await extractor.close()


async def test_speaking_during_the_grace_period_postpones_it() -> None:
    llm, store = ScriptedLLM(GOOD), FactStore()
    extractor = LlmExtractor(llm, store, "sam", grace_s=0.3)
    extractor.submit(Said("Olives are the worst, says my brother Tom in Cork.", 1, WHEN))
    await asyncio.sleep(0.1)
    extractor.busy()
    extractor.idle()  # a short turn came and went: the grace period starts again
    await asyncio.sleep(0.25)
    assert llm.requests == []
    await wait_for(lambda: len(store.saved) == 2)
    await extractor.close()


async def test_drain_extracts_whats_queued_and_a_broken_model_hurts_nothing() -> None:
    class Broken(ScriptedLLM):
        def stream(self, messages: list[dict[str, str]], max_tokens: int) -> Iterator[str]:
            self.requests.append(messages)
            raise RuntimeError("model fell over")

    store, broken = FactStore(), Broken("")
    extractor = LlmExtractor(broken, store, "sam", grace_s=30)
    extractor.submit(Said("Olives are the worst.", 1, WHEN))
    extractor.submit(Said("My brother Tom lives in Cork.", 2, WHEN))
    started = time.monotonic()
    await extractor.drain(timeout_s=20)
    assert time.monotonic() - started < 5  # no grace period once draining
    assert len(broken.requests) == 2 and store.saved == [] and extractor.pending == 0
