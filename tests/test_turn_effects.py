"""A turn's effects on the world, where its work runs, and how every kind of speech stops.

- A preemptive guess that is thrown away leaves no trace: no memory forgotten, no follow-up
  marked as asked. Effects run when the turn is committed.
- Nothing blocking runs on the event loop: tokenization and the memory store run in threads.
- Fixed text (`say`) is a turn like any other: `stop()` and barge-in end it the same way.
- History is trimmed in blocks, so the prompt's cached prefix survives many turns.
"""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.history import History
from pipeline.items import State, now
from pipeline.turn import Turn
from tests.fakes import FakeLLM, FakeSTT, FakeTTS, RecordingSink
from tests.test_pipeline_units import PERSONA, EnergyVad, ScriptedMic
from voice.sinks import NullSink


class Store:
    """A memory store that records what was done to it, and from which thread."""

    read_only = False

    def __init__(self, followup: str | None = None) -> None:
        self.forgotten: list[str] = []
        self.marked: list[int] = []
        self.threads: set[int] = set()
        self.followup = followup

    def _seen(self) -> None:
        self.threads.add(threading.get_ident())

    def search(self, query, k, profile):
        self._seen()
        return []

    def followups(self, profile, now):
        self._seen()
        return [SimpleNamespace(id=7, question=self.followup)] if self.followup else []

    def facts(self, profile, limit=50):
        self._seen()
        return []

    def mark_followed_up(self, memory_id, when=None):
        self._seen()
        self.marked.append(memory_id)

    def forget(self, query=None, *, profile="default", **kwargs):
        self._seen()
        self.forgotten.append(query)
        return 1

    def add(self, *args, **kwargs):
        self._seen()
        return 1


class ThreadRecordingLLM(FakeLLM):
    def __init__(self, reply: str = "You said {user}") -> None:
        super().__init__(reply)
        self.threads: set[int] = set()

    def count_tokens(self, text: str) -> int:
        self.threads.add(threading.get_ident())
        return super().count_tokens(text)

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        self.threads.add(threading.get_ident())
        return super().prompt_tokens(messages)


def conversation_with(store: Store, llm: FakeLLM | None = None) -> Conversation:
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=llm or FakeLLM(), memory=store)  # type: ignore[arg-type]
    conv = Conversation(engine, PERSONA, Config())
    conv.make_vad = lambda: EnergyVad(hangover_ms=300, min_speech_ms=90)  # type: ignore[method-assign]
    return conv


def guess(conv: Conversation, text: str) -> Turn:
    assert conv.speaker is not None
    return Turn(text, now(), conv.thinker, conv.speaker, RecordingSink(), conv.bus.emit,
                preemptive=True)


async def run_until_cancelled(turn: Turn, ready: asyncio.Event | threading.Event) -> None:
    task = asyncio.create_task(turn.run())
    for _ in range(200):
        if ready.is_set() or task.done():
            break
        await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_a_discarded_guess_forgets_nothing() -> None:
    store = Store()
    conv = conversation_with(store)
    never = asyncio.Event()
    await run_until_cancelled(guess(conv, "forget what I told you about my dog"), never)
    assert store.forgotten == []
    committed = guess(conv, "forget what I told you about my dog")
    committed.commit()
    result = await committed.run()
    assert store.forgotten == ["my dog"] and result.reply


async def test_a_discarded_guess_leaves_the_follow_up_due() -> None:
    store = Store(followup="How did the interview go?")
    llm = FakeLLM()
    conv = conversation_with(store, llm)
    await run_until_cancelled(guess(conv, "I just made some tea"), llm.running)
    assert llm.prompts and "interview" in llm.prompts[0][-2]["content"]
    assert conv.recall is not None
    await conv.recall.flush()
    assert store.marked == []  # the guess asked nothing: the question is still due
    committed = guess(conv, "I just made some tea")
    committed.commit()
    await committed.run()
    await conv.recall.flush()
    assert "interview" in llm.prompts[-1][-2]["content"] and store.marked == [7]


async def test_nothing_blocking_runs_on_the_event_loop() -> None:
    store = Store(followup="How are you feeling now?")
    llm = ThreadRecordingLLM()
    conv = conversation_with(store, llm)
    loop_thread = threading.get_ident()
    await conv.ask("hello there", RecordingSink())
    await conv.ask("forget what I told you about my dog", RecordingSink())
    assert conv.recall is not None
    await conv.recall.flush()
    assert llm.threads and loop_thread not in llm.threads, "tokenization ran on the loop"
    assert store.threads and loop_thread not in store.threads, "the store ran on the loop"
    assert store.forgotten == ["my dog"]


async def test_stop_ends_a_say_like_any_reply() -> None:
    conv = conversation_with(Store())
    sink = NullSink(realtime=True)
    text = " ".join(f"Announcement part {n} goes on." for n in range(10))
    saying = asyncio.create_task(conv.say(text, sink))
    while conv.states.state != State.RESPONDING:
        await asyncio.sleep(0.01)
    await conv.stop()
    result = await saying
    assert result.interrupted and len(result.reply) < len(text) / 2
    assert conv.states.state == State.IDLE and conv.thinker.history.turns == []


async def test_barge_in_stops_a_say() -> None:
    conv = conversation_with(Store())
    conv.transcriber.stt = FakeSTT(by_length=[(99, "stop please.")])  # type: ignore[union-attr]
    sink = NullSink(realtime=True)
    mic = ScriptedMic([(0.6, False), (0.9, True), (1.0, False)])
    listening = asyncio.create_task(conv.run(mic, sink, realtime=True))
    text = " ".join(f"A long announcement, part {n}." for n in range(12))
    said = await conv.say(text, sink)
    await listening
    assert said.interrupted and len(said.reply) < len(text) / 2


def test_history_is_trimmed_in_blocks_so_its_prefix_stays_cached() -> None:
    history = History()

    def words(message: dict[str, str]) -> int:
        return len(message["content"].split())

    prefixes = []
    for n in range(40):
        messages = history.prompt("system words", f"question {n} " + "x " * 8, 200, words)
        assert sum(map(words, messages)) <= 200
        prefixes.append(messages[:-1])
        history.add_exchange(messages[-1]["content"], f"answer {n} " + "y " * 8)
    # A shift of the oldest exchange every turn would change the prefix every turn; in blocks
    # most turns' prompt starts with the whole previous prompt.
    kept = sum(prefixes[n][: len(prefixes[n - 1])] == prefixes[n - 1] for n in range(1, 40))
    assert kept >= 30 and len(history.turns) < 40


async def test_a_reply_that_breaks_ends_its_turn_and_the_conversation_goes_on() -> None:
    """A bug in a back end (here a wrong call) fails that turn, never hangs the loop."""
    conv = conversation_with(Store())
    conv.transcriber.stt = FakeSTT(texts=["hello there", "and again"])  # type: ignore[union-attr]

    def broken(messages):  # the wrong signature: it raises as soon as it is called
        yield "never"

    conv.thinker.llm.stream = broken  # type: ignore[method-assign]
    mic = ScriptedMic([(0.9, True), (0.9, False), (0.9, True), (0.9, False)], pace=False)
    results = await asyncio.wait_for(conv.run(mic, RecordingSink(), realtime=False), 20)
    assert [r.transcript for r in results] == ["hello there", "and again"]
    assert all(r.error and "reply failed" in r.error for r in results)


async def test_a_question_about_the_user_memory_cannot_answer_goes_to_the_model() -> None:
    """ "Where do I live?" with no home in memory is the model's (a recalled turn may hold it);
    with one, memory answers and the model is not asked."""
    llm = FakeLLM("From the model.")
    conv = conversation_with(Store(), llm)
    said = "".join([piece async for piece in conv.chat("Where do I live?")])
    assert said.strip() == "From the model." and len(llm.prompts) == 1

    store = Store()
    store.facts = lambda profile, limit=50: [  # type: ignore[method-assign]
        SimpleNamespace(text="The user lives in Leeds (moved there).")]
    llm = FakeLLM("From the model.")
    conv = conversation_with(store, llm)
    said = "".join([piece async for piece in conv.chat("Where did I move to?")])
    assert said.strip() == "You moved to Leeds." and llm.prompts == []
