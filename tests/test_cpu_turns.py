"""CPU turns: a clause being voiced runs alone; the LLM waits for it between two tokens."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from pipeline.config import LlmConfig
from pipeline.cpu import COMPUTE_NICE, CPU, CpuTurns, off_loop
from pipeline.persona import load_persona
from pipeline.speak import Speaker
from tests.fakes import FakeTTS
from tests.test_llm_prefill import chat, turn


def test_patient_work_waits_for_urgent_work_and_never_forever() -> None:
    cpu = CpuTurns(max_wait_s=5.0)
    order: list[str] = []

    def urgent() -> None:
        with cpu.urgent():
            time.sleep(0.3)
            order.append("urgent done")

    worker = threading.Thread(target=urgent)
    worker.start()
    time.sleep(0.05)
    for _ in cpu.patiently(["token"]):
        order.append("token")
    worker.join()
    assert order == ["urgent done", "token"]
    assert cpu.waited_s >= 0.2

    stuck = CpuTurns(max_wait_s=0.1)
    with stuck.urgent():  # an urgent section that never lets go only delays the patient one
        assert list(stuck.patiently([1, 2])) == [1, 2]


def test_urgent_items_hold_the_cores_only_while_they_are_computed() -> None:
    cpu = CpuTurns()
    held: list[int] = []

    def items() -> Iterator[int]:
        for n in range(3):
            held.append(cpu._urgent)
            yield n

    for _ in cpu.urgently(items()):
        assert cpu._urgent == 0  # the consumer holding an item does not block the LLM
    assert held == [1, 1, 1] and cpu._urgent == 0


def test_the_llm_waits_while_a_clause_is_voiced() -> None:
    llm = chat()
    llm._llama.reset()
    stamps: list[float] = []
    with CPU.urgent():
        released = time.monotonic() + 0.4
        waiter = threading.Thread(target=lambda: stamps.extend(
            time.monotonic() for _ in llm.stream(turn("Tell me about rivers."), 4)))
        waiter.start()
        time.sleep(0.4)
    waiter.join()
    assert stamps and min(stamps) >= released  # no token while the clause was synthesized


def test_a_gpu_llm_does_not_wait() -> None:
    llm = chat()
    llm._llama.reset()
    gpu = LlmConfig(context_tokens=512, gpu_layers=-1)
    llm.config, cpu_config = gpu, llm.config
    try:
        waited = CPU.waited_s
        with CPU.urgent():
            assert "".join(llm.stream(turn("Hello there."), 2))
        assert CPU.waited_s == waited  # a GPU does not take the cores the voice needs
    finally:
        llm.config = cpu_config


def test_speech_synthesis_runs_as_urgent_work() -> None:
    held: list[int] = []

    class WatchedTTS(FakeTTS):
        def stream(self, text: str, length_scale: float | None = None) -> Iterator[np.ndarray]:
            held.append(CPU._urgent)
            yield from super().stream(text, length_scale)

    speaker = Speaker(WatchedTTS(), load_persona("juniper"))

    async def speak() -> int:
        return len([chunk async for chunk in speaker.speak("Hello there, friend.")])

    assert asyncio.run(speak()) >= 1
    assert held == [1] and CPU._urgent == 0


def test_a_prefill_waits_while_urgent_work_runs() -> None:
    llm = chat()
    llm._llama.reset()
    with CPU.urgent():  # whisper transcribing: the memories being prefilled wait for it
        done = threading.Event()
        worker = threading.Thread(target=lambda: (llm.prefill(turn("Tell me about rivers.")),
                                                  done.set()))
        worker.start()
        assert not done.wait(0.3) and llm._llama.n_tokens == 0
    worker.join(30)
    assert done.is_set() and llm._llama.n_tokens > 0


def test_transcriptions_and_end_of_turn_scores_are_urgent_work() -> None:
    from pipeline.listen import Transcriber, TurnScorer

    held: list[int] = []

    class Watched:
        def transcribe(self, audio: np.ndarray) -> str:
            held.append(CPU._urgent)
            return "hello"

        def probability(self, anything: object) -> float:
            held.append(CPU._urgent)
            return 0.5

    async def listen() -> None:
        audio = np.zeros(1600, np.int16)
        scorer = TurnScorer(Watched(), Watched())  # type: ignore[arg-type]
        assert await Transcriber(Watched()).transcribe(audio) == "hello"  # type: ignore[arg-type]
        assert await scorer.probability(audio) == 0.5
        assert await scorer.words_probability("hello") == 0.5

    asyncio.run(listen())
    assert held == [1, 1, 1] and CPU._urgent == 0


def _nice_in(run: object) -> int:
    """The niceness of the thread in which ``run`` reads it."""
    seen: list[int] = []
    thread = threading.Thread(target=lambda: seen.append(run()))  # type: ignore[operator]
    thread.start()
    thread.join()
    return seen[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities: Linux")
def test_compute_threads_run_below_the_audio_path() -> None:
    own = os.getpriority(os.PRIO_PROCESS, 0)
    nice = lambda: os.getpriority(os.PRIO_PROCESS, 0)  # noqa: E731 - this thread's niceness
    assert _nice_in(nice) == own, "a thread starts as its creator"
    assert _nice_in(lambda: CPU.call(nice)) == max(own, COMPUTE_NICE)
    assert _nice_in(lambda: next(CPU.patiently(iter([0]))) + nice()) == max(own, COMPUTE_NICE)
    assert asyncio.run(off_loop(nice)) == max(own, COMPUTE_NICE)
    # The threads a model starts inherit it (llama.cpp's, whisper's and ONNX's pools).
    assert _nice_in(lambda: CPU.call(_nice_in, nice)) == max(own, COMPUTE_NICE)
    CPU.call(lambda: None)  # the event loop's thread (here the main one) is never lowered
    assert nice() == own
