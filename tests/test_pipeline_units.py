"""Pipeline logic with fake models: ordering, history, trimming, cancellation, states."""

from __future__ import annotations

import asyncio
import threading
from contextlib import aclosing

import numpy as np
import pytest

from pipeline.chunker import ClauseChunker, clean_for_speech
from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.events import ErrorEvent, State, StateChanged, TurnMetrics, Utterance, now
from pipeline.history import ContextOverflowError, History
from pipeline.persona import Persona
from pipeline.threads import iterate_in_thread
from tests.fakes import FakeLLM, FakeSTT, FakeTTS, RecordingSink
from voice.vad import SpeechEnd, SpeechStart


class EnergyVad:
    """Loud frame = speech; ten quiet frames end it (the real VAD has its own tests)."""

    def __init__(self) -> None:
        self.frames: list[np.ndarray] = []
        self.quiet = 0

    def feed(self, frame: np.ndarray) -> list[object]:
        loud = np.abs(frame).mean() > 500
        if loud and not self.frames:
            self.frames.append(frame)
            return [SpeechStart(t_audio=0.0)]
        if self.frames:
            self.frames.append(frame)
            self.quiet = 0 if loud else self.quiet + 1
            if self.quiet >= 10:
                audio, self.frames = np.concatenate(self.frames), []
                n = len(audio) / 16000
                return [SpeechEnd(audio=audio, t_audio_start=0.0, t_audio_end=n, voiced_end=n)]
        return []

    def reset(self) -> None:
        self.frames = []


PERSONA = Persona(name="Test", system_prompt="You are a test.")


def conversation(reply: str, heard: list[str], delay_s: float = 0.01) -> Conversation:
    engine = Engine(stt=FakeSTT(heard), tts=FakeTTS(), llm=FakeLLM(reply, delay_s))
    return Conversation(engine, PERSONA, Config())  # type: ignore[arg-type]


def utterance() -> Utterance:
    return Utterance(audio=np.zeros(16000, dtype=np.int16), voiced_end_t=now())


def feed(text_deltas: list[str]) -> list[str]:
    chunker = ClauseChunker()
    out = [piece for delta in text_deltas for piece in chunker.feed(delta)]
    return out + chunker.flush()


def test_chunker_releases_first_clause_then_sentences() -> None:
    words = "The capital of France, as you surely know, is Paris. It is lovely in May. Bye"
    pieces = feed([w + " " for w in words.split(" ")])
    assert pieces == ["The capital of France,", "as you surely know, is Paris.",
                      "It is lovely in May.", "Bye"]


def test_chunker_strips_markdown_and_list_markers() -> None:
    pieces = feed(["Ideas:\n\n1. **Walk** in the park.\n2. Read a `book`.\n"])
    assert pieces == ["Ideas:", "Walk in the park.", "Read a book."]
    assert clean_for_speech("## Title\n* item") == "Title item"


def test_chunker_splits_run_on_text() -> None:
    pieces = feed([" ".join(["word"] * 70)])
    assert len(pieces) == 3 and all(len(p.split()) <= 30 for p in pieces)


def test_history_trims_oldest_exchanges_first() -> None:
    history = History()
    for i in range(10):
        history.add("user", f"question {i} " + "x " * 20)
        history.add("assistant", f"answer {i} " + "y " * 20)

    def count(messages: list[dict[str, str]]) -> int:
        return sum(len(m["content"].split()) for m in messages)

    messages = history.prompt("system words", "the new question", 100, count)
    assert count(messages) <= 100
    assert messages[0]["role"] == "system" and messages[-1]["content"] == "the new question"
    assert "answer 9" in messages[-2]["content"]  # the newest exchange survives
    assert not any("question 0" in m["content"] for m in messages)


def test_history_keeps_the_end_of_an_overlong_user_message() -> None:
    def count(messages: list[dict[str, str]]) -> int:
        return sum(len(m["content"].split()) for m in messages)

    long_text = " ".join(f"w{i}" for i in range(400)) + " what is my question"
    messages = History().prompt("sys", long_text, 50, count)
    assert count(messages) <= 50
    assert messages[-1]["content"].endswith("what is my question")
    with pytest.raises(ContextOverflowError):
        History().prompt("a b c d e f", "hi", 3, count)


async def test_first_audio_plays_before_the_llm_finishes() -> None:
    reply = "Paris is the capital. " + " ".join(["More words follow here."] * 8)
    conv = conversation(reply, ["what is the capital of france"], delay_s=0.02)
    sink = RecordingSink()
    result = await conv._turn(utterance(), sink)
    t = result.timings_ms
    assert t["stt_final"] <= t["first_token"] <= t["first_clause"] <= t["first_audio_out"]
    assert t["first_audio_out"] < t["llm_done"], "audio must start while the LLM still writes"
    assert result.reply.startswith("Paris is the capital.")
    assert result.audio_out_s == pytest.approx(sum(len(c) for c in sink.chunks) / 16000)


async def test_history_carries_into_the_next_turn() -> None:
    conv = conversation("Nice to meet you, Ana.", ["my name is ana", "what is my name"])
    sink = RecordingSink()
    await conv._turn(utterance(), sink)
    await conv._turn(utterance(), sink)
    second_prompt = conv.thinker.llm.prompts[1]  # type: ignore[attr-defined]
    contents = [m["content"] for m in second_prompt]
    assert contents[1:] == ["my name is ana", "Nice to meet you, Ana.", "what is my name"]


async def test_silence_gives_a_no_speech_error_and_no_reply() -> None:
    conv = conversation("never said", [""])
    errors: list[ErrorEvent] = []
    conv.bus.subscribe(lambda e: errors.append(e) if isinstance(e, ErrorEvent) else None)
    sink = RecordingSink()
    result = await conv._turn(utterance(), sink)
    assert result.error and "No speech" in result.error
    assert not sink.chunks and errors and conv.thinker.llm.prompts == []  # type: ignore[attr-defined]


async def test_reply_budget_never_exceeds_the_context_window() -> None:
    conv = conversation("ok", ["x " * 300])
    conv.thinker.config.max_reply_tokens = 1000
    await conv._turn(utterance(), RecordingSink())
    llm = conv.thinker.llm
    used = llm.prompt_tokens(llm.prompts[0])  # type: ignore[attr-defined]
    assert used + llm.max_tokens[0] <= llm.context_tokens  # type: ignore[attr-defined]


async def test_a_reply_cut_by_its_budget_ends_at_a_full_sentence() -> None:
    conv = conversation("First sentence here. Second one is cut off in the mid", ["go on"])
    conv.thinker.config.max_reply_tokens = 8
    result = await conv._turn(utterance(), RecordingSink())
    assert result.reply == "First sentence here."
    assert conv.thinker.history.turns[-1]["content"] == "First sentence here."


async def test_states_follow_the_assist_cycle() -> None:
    conv = conversation("Hello there.", ["hi"])
    states: list[State] = []
    metrics: list[TurnMetrics] = []
    conv.bus.subscribe(lambda e: states.append(e.state) if isinstance(e, StateChanged) else None)
    conv.bus.subscribe(lambda e: metrics.append(e) if isinstance(e, TurnMetrics) else None)

    class OneUtterance:
        async def frames(self):  # loud then silent frames: one utterance for the energy VAD
            for i in range(100):
                yield np.full(480, 3000 if i < 60 else 0, dtype=np.int16)

    conv.make_vad = EnergyVad
    await conv.run(OneUtterance(), RecordingSink(), realtime=False)
    assert states == [State.LISTENING, State.PROCESSING, State.RESPONDING, State.IDLE]
    assert metrics and "first_audio_out" in metrics[0].timings_ms


async def test_cancelling_a_stream_stops_the_worker_thread() -> None:
    stopped = threading.Event()

    def slow_numbers():
        try:
            yield from range(10_000)
        finally:
            stopped.set()

    async def consume() -> None:
        async with aclosing(iterate_in_thread(slow_numbers, maxsize=2)) as numbers:
            async for _ in numbers:
                await asyncio.sleep(0.001)

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await asyncio.to_thread(stopped.wait, 1.0), "the worker must stop with its consumer"


async def test_worker_errors_reach_the_consumer() -> None:
    def broken():
        yield 1
        raise RuntimeError("model exploded")

    with pytest.raises(RuntimeError, match="model exploded"):
        async for _ in iterate_in_thread(broken):
            pass
