"""Pipeline logic with fake models: ordering, history, trimming, cancellation, states."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import aclosing

import numpy as np
import pytest

from pipeline.chunker import ClauseChunker, clean_for_speech
from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.hearing import NOT_HEARD
from pipeline.history import ContextOverflowError, History
from pipeline.items import ErrorEvent, State, StateChanged, Transcript, TurnMetrics, now
from pipeline.persona import Persona
from pipeline.think import LONG_REPLY_TIMES
from pipeline.threads import iterate_in_thread
from pipeline.turn import Turn
from tests.fakes import FakeLLM, FakeSTT, FakeTTS, RecordingSink
from voice.sinks import NullSink
from voice.vad import VadSegmenter


class EnergyVad(VadSegmenter):
    """The real segmenter, with loudness standing in for webrtcvad (which ignores tones)."""

    def is_voiced(self, frame: np.ndarray) -> bool:
        return bool(np.abs(frame).mean() > 500)


PERSONA = Persona(name="Test", system_prompt="You are a test.")


def conversation(reply: str = "You said {user}", heard: list[str] | None = None,
                 delay_s: float = 0.01, stt: FakeSTT | None = None) -> Conversation:
    engine = Engine(stt=stt or FakeSTT(heard), tts=FakeTTS(), llm=FakeLLM(reply, delay_s))
    conv = Conversation(engine, PERSONA, Config())  # type: ignore[arg-type]
    conv.make_vad = lambda: EnergyVad(hangover_ms=300, min_speech_ms=90)  # type: ignore[method-assign]
    return conv


def turn(conv: Conversation, text: str, sink: RecordingSink) -> Turn:
    assert conv.speaker is not None
    committed = Turn(text, now(), conv.thinker, conv.speaker, sink, conv.bus.emit)
    committed.commit()
    return committed


def words(message: dict[str, str]) -> int:
    return len(message["content"].split())


class ScriptedMic:
    """Loud (speech) and quiet frames paced like a real microphone: [(seconds, loud), ...]."""

    def __init__(self, script: list[tuple[float, bool]], pace: bool = True) -> None:
        self.script = script
        self.pace = pace

    async def frames(self):
        for seconds, loud in self.script:
            for _ in range(int(seconds / 0.03)):
                if self.pace:
                    await asyncio.sleep(0.03)
                yield np.full(480, 3000 if loud else 0, dtype=np.int16)

    def close(self) -> None:
        pass


def feed(text_deltas: list[str]) -> list[str]:
    chunker = ClauseChunker()
    out = [piece for delta in text_deltas for piece in chunker.feed(delta)]
    return out + chunker.flush()


def test_chunker_releases_first_clause_then_sentences() -> None:
    words = "The capital of France, as you surely know, is Paris. It is lovely in May. Bye"
    pieces = feed([w + " " for w in words.split(" ")])
    assert pieces == ["The capital of France,", "as you surely know, is Paris.",
                      "It is lovely in May.", "Bye"]


def test_a_decimal_point_streamed_alone_does_not_end_a_sentence() -> None:
    # "There are about 8. 9 million people living in London." was spoken as two sentences.
    chunker = ClauseChunker()
    assert chunker.feed("There are about 8") == []
    assert chunker.feed(".") == []
    assert chunker.feed("9 million people in London. It") == \
        ["There are about 8.9 million people in London."]
    assert feed(["It's about 25", ".", "5 degrees today."]) == ["It's about 25.5 degrees today."]
    assert feed(["I'd say 8", "."]) == ["I'd say 8."]  # at the end of the reply it is one
    assert feed(["It's 8", ". ", "Then"]) == ["It's 8.", "Then"]


def test_a_long_first_sentence_is_cut_where_a_phrase_starts() -> None:
    reply = "You could try making a simple stir-fry with vegetables and chicken. It is quick."
    deltas = [w + " " for w in reply.split(" ")]
    chunker, released = ClauseChunker(), []
    for n, delta in enumerate(deltas):
        if chunker.feed(delta):
            released.append(n)
    assert feed(deltas) == ["You could try making a simple stir-fry",
                            "with vegetables and chicken.", "It is quick."]
    assert released[0] == 7  # spoken before the model wrote "vegetables and chicken."
    # a short first sentence is left whole, and so is everything after the first piece
    short = "Spiders have eight legs and they spin webs. Then"
    assert feed([w + " " for w in short.split(" ")]) \
        == ["Spiders have eight legs and they spin webs.", "Then"]
    hate = "I really hate it when people leave without saying goodbye at all."
    assert feed([w + " " for w in hate.split(" ")]) \
        == ["I really hate it when people leave", "without saying goodbye at all."]
    whole = ClauseChunker(first_phrase_after=None)  # a turn at risk
    assert [p for d in deltas for p in whole.feed(d)][0] == reply.split(". ")[0] + "."


def test_an_opening_sound_of_feeling_is_released_alone_at_once() -> None:
    chunker = ClauseChunker()
    assert chunker.feed("Oh no,") == ["Oh no,"]  # before the model's first token
    assert chunker.feed(" that sounds") == []
    assert chunker.feed(" tough. How") == ["that sounds tough."]
    assert feed(["Aw, ", "that's hard."]) == ["Aw,", "that's hard."]
    # only a sound: a first clause of words still waits for its third word
    assert feed(["Paris, ", "of course."]) == ["Paris, of course."]
    assert feed(["Oh", " wait, ", "no."]) == ["Oh wait, no."]


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

    messages = history.prompt("system words", "the new question", 100, words)
    assert sum(map(words, messages)) <= 100
    assert messages[0]["role"] == "system" and messages[-1]["content"] == "the new question"
    assert "answer 9" in messages[-2]["content"]  # the newest exchange survives
    assert not any("question 0" in m["content"] for m in messages)


def test_history_keeps_the_end_of_an_overlong_user_message() -> None:
    long_text = " ".join(f"w{i}" for i in range(400)) + " what is my question"
    messages = History().prompt("sys", long_text, 50, words)
    assert sum(map(words, messages)) <= 50
    assert messages[-1]["content"].endswith("what is my question")
    with pytest.raises(ContextOverflowError):
        History().prompt("a b c d e f", "hi", 3, words)


async def test_first_audio_plays_before_the_llm_finishes() -> None:
    reply = "Paris is the capital. " + " ".join(["More words follow here."] * 8)
    conv = conversation(reply, delay_s=0.02)
    sink = RecordingSink()
    result = await turn(conv, "what is the capital of france", sink).run()
    t = result.timings_ms
    assert t["first_token"] <= t["first_clause"] <= t["first_tts_audio"] <= t["first_audio_out"]
    assert t["first_audio_out"] < t["llm_done"], "audio must start while the LLM still writes"
    assert result.reply.startswith("Paris is the capital.")
    assert result.audio_out_s == pytest.approx(sum(len(c) for c in sink.chunks) / 16000)


async def test_history_carries_into_the_next_turn() -> None:
    conv = conversation("Nice to meet you, Ana.")
    sink = RecordingSink()
    await turn(conv, "my name is ana", sink).run()
    await turn(conv, "what is my name", sink).run()
    second_prompt = conv.thinker.llm.prompts[1]  # type: ignore[attr-defined]
    contents = [m["content"] for m in second_prompt]
    assert contents[1:] == ["my name is ana", "Nice to meet you, Ana.", "what is my name"]


async def test_reply_budget_never_exceeds_the_context_window() -> None:
    conv = conversation("ok")
    conv.thinker.config.max_reply_tokens = 1000
    await turn(conv, "x " * 300, RecordingSink()).run()
    llm = conv.thinker.llm
    used = llm.prompt_tokens(llm.prompts[0])  # type: ignore[attr-defined]
    assert used + llm.max_tokens[0] <= llm.context_tokens  # type: ignore[attr-defined]


async def test_a_story_asked_for_gets_a_longer_budget() -> None:
    # "Can you tell me a bedtime story?" ended "When they woke up" at 96 tokens
    conv = conversation("ok")
    await turn(conv, "how are you", RecordingSink()).run()
    await turn(conv, "can you tell me a bedtime story?", RecordingSink()).run()
    budgets = conv.thinker.llm.max_tokens  # type: ignore[attr-defined]
    assert budgets == [conv.thinker.config.max_reply_tokens,
                       conv.thinker.config.max_reply_tokens * LONG_REPLY_TIMES]


async def test_a_reply_cut_by_its_budget_ends_at_a_full_sentence() -> None:
    conv = conversation("First sentence here. Second one is cut off in the mid")
    conv.thinker.config.max_reply_tokens = 8
    result = await turn(conv, "and then", RecordingSink()).run()
    assert result.reply == "First sentence here."
    assert conv.thinker.history.turns[-1]["content"] == "First sentence here."


async def test_silence_gives_a_no_speech_error_and_no_reply() -> None:
    conv = conversation(heard=[""])
    errors: list[ErrorEvent] = []
    conv.bus.subscribe(lambda e: errors.append(e) if isinstance(e, ErrorEvent) else None)
    sink = RecordingSink()
    results = await conv.run(ScriptedMic([(0.6, True), (0.6, False)], pace=False), sink,
                             realtime=False)
    assert results[0].error and "No speech" in results[0].error
    assert not sink.chunks and errors and conv.thinker.llm.prompts == []  # type: ignore[attr-defined]


async def test_words_whisper_was_unsure_of_are_asked_for_again_not_answered() -> None:
    # "Why is the sky blue?" heard as "Why is this kind you?" got "I'm here for you.".
    stt = FakeSTT(["why is this kind you?", "why is the sky blue?"],
                  unsure_of=("why is this kind you?",))
    conv = conversation(stt=stt)
    sink = RecordingSink()
    mic = ScriptedMic([(0.6, True), (0.6, False), (0.6, True), (0.6, False)], pace=False)
    results = await conv.run(mic, sink, realtime=False)
    assert [r.reply for r in results] == [NOT_HEARD, "You said why is the sky blue?"]
    llm = conv.thinker.llm
    assert len(llm.prompts) == 1  # type: ignore[attr-defined]
    said = " ".join(m["content"] for m in conv.thinker.history.turns)
    assert "kind you" not in said and NOT_HEARD not in said  # nonsense kept out of the history


async def test_states_follow_the_assist_cycle() -> None:
    conv = conversation(heard=["hi"])
    states: list[State] = []
    metrics: list[TurnMetrics] = []
    conv.bus.subscribe(lambda e: states.append(e.state) if isinstance(e, StateChanged) else None)
    conv.bus.subscribe(lambda e: metrics.append(e) if isinstance(e, TurnMetrics) else None)
    await conv.run(ScriptedMic([(1.8, True), (1.2, False)], pace=False), RecordingSink(),
                   realtime=False)
    assert states == [State.LISTENING, State.PROCESSING, State.RESPONDING, State.IDLE]
    assert metrics and "first_audio_out" in metrics[0].timings_ms


async def test_partials_arrive_before_the_final_transcript() -> None:
    stt = FakeSTT(by_length=[(0.9, "what is"), (99, "what is the capital of france?")])
    conv = conversation(stt=stt)
    transcripts: list[Transcript] = []
    conv.bus.subscribe(lambda e: transcripts.append(e) if isinstance(e, Transcript) else None)
    results = await conv.run(ScriptedMic([(1.5, True), (1.0, False)]), NullSink(realtime=True),
                             realtime=True)
    finals = [i for i, t in enumerate(transcripts) if t.final]
    partials = [i for i, t in enumerate(transcripts) if not t.final]
    assert len(finals) == 1 and partials and partials[0] < finals[0]
    assert transcripts[finals[0]].text == "what is the capital of france?"
    assert results[0].reply == "You said what is the capital of france?"


async def test_a_wrong_guess_is_discarded_and_never_heard() -> None:
    """The user pauses (the listener guesses), then goes on: only the final reply plays."""
    # a question: the fake's "You said ..." would be an echo of a statement (pipeline.parrot)
    stt = FakeSTT(by_length=[(1.3, "turn left."), (99, "turn left at the lights?")])
    conv = conversation(stt=stt)
    tts = conv.speaker.tts  # type: ignore[union-attr]
    sink = RecordingSink()
    script = [(0.9, True), (0.2, False), (0.9, True), (0.9, False)]  # 200 ms < the hangover
    results = await conv.run(ScriptedMic(script), sink, realtime=True)
    llm = conv.thinker.llm
    asked = [p[-1]["content"] for p in llm.prompts]  # type: ignore[attr-defined]
    assert asked[0] == "turn left." and asked[-1] == "turn left at the lights?"
    heard = {tts.text_of[id(chunk)] for chunk in sink.chunks}
    assert heard == {"You said turn left at the lights?"}
    assert len(results) == 1 and results[0].transcript == "turn left at the lights?"
    assert [m["content"] for m in conv.thinker.history.turns][0] == "turn left at the lights?"


async def test_a_right_guess_is_committed_without_a_second_generation() -> None:
    stt = FakeSTT(by_length=[(99, "what is a good film?")])
    conv = conversation(stt=stt)
    results = await conv.run(ScriptedMic([(1.2, True), (1.0, False)]), NullSink(realtime=True),
                             realtime=True)
    assert len(conv.thinker.llm.prompts) == 1  # type: ignore[attr-defined]
    assert results[0].preemptive and results[0].reply == "You said what is a good film?"
    # The reply was prepared before the endpoint, so it starts right at the endpoint.
    assert results[0].timings_ms["first_token"] <= results[0].timings_ms["speech_end"]


def long_reply_conversation() -> Conversation:
    reply = " ".join(f"Sentence number {n} is here." for n in range(12))  # ~5 s of audio
    return conversation(reply, stt=FakeSTT(by_length=[(99, "tell me a story.")]))


# A speaker that holds its place (pauses, then stops on words) and a far end that can only stop.
@pytest.mark.parametrize("pausable", [True, False])
async def test_barge_in_stops_playback_and_truncates_history(pausable: bool) -> None:
    conv = long_reply_conversation()
    sink = NullSink(realtime=True)
    sink.pausable = pausable
    script = [(0.9, True), (1.8, False), (0.9, True), (1.0, False)]
    results = await conv.run(ScriptedMic(script), sink, realtime=True, max_turns=1)
    result = results[0]
    assert result.interrupted and result.reply
    full = conv.thinker.llm.reply  # type: ignore[attr-defined]
    assert len(result.reply) < len(full) / 2
    assert sink.played_seconds() < result.audio_out_s
    # (a story asked for is steered: its hint stands before the user's line in the history)
    said = [m["content"] for m in conv.thinker.history.turns if m["role"] == "assistant"]
    assert said == [result.reply]


@pytest.mark.parametrize("pausable", [True, False])
async def test_a_backchannel_does_not_interrupt(pausable: bool) -> None:
    conv = long_reply_conversation()
    conv.thinker.llm.reply = "One short sentence here. And another one after it."  # type: ignore[attr-defined]
    conv.transcriber.stt = FakeSTT(by_length=[(1.1, "Mm-hmm."), (99, "tell me a story.")])  # type: ignore[union-attr]
    script = [(0.9, True), (1.0, False), (0.24, True), (3.0, False)]  # "mm-hm" while it speaks
    sink = NullSink(realtime=True)
    sink.pausable = pausable
    results = await conv.run(ScriptedMic(script), sink, realtime=True, max_turns=1)
    assert not results[0].interrupted
    assert results[0].reply == "One short sentence here. And another one after it."


async def test_stop_cancels_the_turn_and_leaves_no_task_running() -> None:
    conv = long_reply_conversation()
    sink = NullSink(realtime=True)
    run = asyncio.create_task(conv.run(ScriptedMic([(0.9, True), (4.0, False)]), sink,
                                       realtime=True))
    while conv.states.state != State.RESPONDING:
        await asyncio.sleep(0.02)
    await conv.stop()
    results = await run
    assert results[0].interrupted
    assert not conv.thinker.llm.running.is_set()  # type: ignore[attr-defined]
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_ask_and_say_speak_without_audio_input() -> None:
    conv = conversation()
    sink = RecordingSink()
    result = await conv.ask("what is the capital of peru", sink)
    assert result.reply == "You said what is the capital of peru" and sink.chunks
    assert conv.thinker.history.turns[-1]["content"] == result.reply
    before = len(conv.thinker.llm.prompts)  # type: ignore[attr-defined]
    await conv.say("Dinner is ready.", sink)
    assert conv.speaker.tts.spoken[-1] == "Dinner is ready."  # type: ignore[union-attr]
    assert len(conv.thinker.llm.prompts) == before  # type: ignore[attr-defined]


async def test_accept_filters_what_gets_answered() -> None:
    stt = FakeSTT(by_length=[(99, "hey juniper what time is it?")])
    conv = conversation(stt=stt)
    conv.accept = lambda text: text.split("juniper", 1)[1].strip() if "juniper" in text else None
    results = await conv.run(ScriptedMic([(1.2, True), (1.0, False)]), RecordingSink(),
                             realtime=True)
    assert results[0].transcript == "what time is it?"
    conv2 = conversation(stt=FakeSTT(by_length=[(99, "just talking to myself")]))
    conv2.accept = lambda text: None
    assert await conv2.run(ScriptedMic([(1.2, True), (1.0, False)]), RecordingSink(),
                           realtime=True) == []


@pytest.mark.parametrize("reply", ["Paris is lovely in spring.", "Shall I tell you more?"])
async def test_a_murmur_is_answered_only_when_it_answers_a_question(reply: str) -> None:
    """An "mm-hmm" after a statement is a listener's murmur: nothing to answer. After the
    companion asked something it means yes, and is answered."""
    stt = FakeSTT(by_length=[(1.2, "Mm-hmm."), (99, "tell me about paris")])
    conv = conversation(reply, stt=stt)
    results = await conv.run(ScriptedMic([(1.5, True), (2.0, False), (0.4, True), (1.5, False)]),
                             RecordingSink(), realtime=True)
    heard = [result.transcript for result in results]
    asked = reply.endswith("?")
    assert heard == (["tell me about paris", "Mm-hmm."] if asked else ["tell me about paris"])


async def test_reasoning_is_never_spoken() -> None:
    conv = conversation("<think>The user asks about the sky. Rayleigh scattering...</think>"
                        "It scatters blue light.")
    sink = RecordingSink()
    result = await turn(conv, "why is the sky blue", sink).run()
    assert result.reply == "It scatters blue light."
    assert all("think" not in text.lower() for text in conv.speaker.tts.spoken)  # type: ignore[union-attr]


async def test_a_failing_llm_gets_a_spoken_apology_and_an_error_event() -> None:
    from models.errors import CompanionError
    from pipeline.think_stage import APOLOGY

    conv = conversation()
    errors: list[ErrorEvent] = []
    conv.bus.subscribe(lambda e: errors.append(e) if isinstance(e, ErrorEvent) else None)

    def broken(messages, max_tokens, stats=None, avoid=()):
        yield "Well, the answer is"
        raise CompanionError("server http://gpu-box:8080 closed the stream")

    conv.thinker.llm.stream = broken  # type: ignore[attr-defined]
    result = await turn(conv, "tell me", RecordingSink()).run()
    assert result.reply == APOLOGY
    assert errors and "gpu-box" in errors[0].message


async def test_without_a_vision_model_it_says_it_cannot_see() -> None:
    from pipeline.sight import CANNOT_SEE

    conv = conversation()
    result = await turn(conv, "What do you see?", RecordingSink()).run()
    assert result.reply == CANNOT_SEE and conv.thinker.llm.prompts == []  # type: ignore[attr-defined]


async def test_a_shown_image_is_what_the_vision_model_looks_at() -> None:
    import struct
    import zlib

    from pipeline.sight import Vision, image_from_bytes

    def png(width: int, height: int) -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
        raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
        header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
                + chunk(b"IEND", b""))

    seen: list[str] = []

    def fake_model(messages, max_tokens):
        seen.append(messages[-1]["content"][0]["image_url"]["url"])
        return "A red square."

    conv = conversation()
    conv.thinker.vision = Vision(fake_model)
    conv.thinker.show(image_from_bytes(png(8, 8)))
    result = await turn(conv, "What do you see?", RecordingSink()).run()
    assert result.reply == "A red square." and seen[0].startswith("data:image/png;base64,")


async def test_a_memory_that_cannot_be_written_does_not_stop_the_conversation() -> None:
    from memory import MemoryWriteError

    class FullDiskStore:
        read_only = False

        def search(self, query, k, profile):
            return []

        def followups(self, profile, now):
            return []

        def add(self, *args, **kwargs):
            raise MemoryWriteError("database or disk is full")

    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=FakeLLM(), memory=FullDiskStore())  # type: ignore[arg-type]
    conv = Conversation(engine, PERSONA, Config())
    errors: list[ErrorEvent] = []
    conv.bus.subscribe(lambda e: errors.append(e) if isinstance(e, ErrorEvent) else None)
    sink = RecordingSink()
    first = await conv.ask("remember that I like tea", sink)
    assert conv.recall is not None
    await conv.recall.flush()
    await asyncio.sleep(0)  # the error is delivered on the loop
    second = await conv.ask("and coffee too", sink)
    assert first.reply and second.reply and not conv.recall.writable
    assert len(errors) == 1 and "disk is full" in errors[0].message


async def test_recall_leaves_out_this_sessions_turns_already_in_history() -> None:
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    def hit(text: str, session: str, role: str = "user") -> Hit:
        return Hit(id=1, text=text, score=0.9, kind="turn", timestamp=datetime(2026, 5, 1),
                   source_ids=[1], session=session, role=role)

    class Store:
        read_only = False

        def search(self, query, k, profile):
            # Nor a question the user asked, nor the companion's words: they tell nothing.
            return [hit("What is my dog called?", "last week"),
                    hit("Your dog is called Rex.", "last week", role="assistant"),
                    hit("My dog is called Biscuit.", "last week"), hit("Hello.", "now")]

    recall = Recall(Store(), "default", session="now")  # type: ignore[arg-type]
    notes = await recall.notes("what is my dog called")
    assert notes == ["[2026-05-01] My dog is called Biscuit."]


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


def test_a_hardware_profile_never_overrides_explicit_settings(monkeypatch) -> None:
    from hardware import profiles
    from shells.cli.commands import apply_hardware_profile

    config = Config()
    config.llm.gpu_layers = -1  # the user's config file asks for the GPU
    monkeypatch.setattr(profiles, "detect_facts", lambda: None)
    monkeypatch.setattr(profiles, "choose_profile",
                        lambda facts, name: profiles.PROFILES["rpi5-8gb"])
    apply_hardware_profile(config, None)
    assert config.llm.gpu_layers == -1
    assert config.llm.threads == profiles.PROFILES["rpi5-8gb"].threads == config.stt.threads


async def test_repeated_identical_clauses_each_count_as_heard() -> None:
    conv = conversation("Yes. Yes. Yes.")
    result = await turn(conv, "are you sure", RecordingSink()).run()
    assert result.reply == "Yes. Yes. Yes."


async def test_a_newer_partials_search_does_not_cancel_a_reply_waiting_for_an_older_one() -> None:
    """The prefill and a turn ask for different words at the same moment: the turn must get
    its memories (or none), never a CancelledError that ends the reply unspoken."""
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    class SlowStore:
        read_only = True

        def search(self, query, k, profile):
            time.sleep(0.03)
            return [Hit(id=1, text=f"About {query}.", score=0.9, kind="turn", role="user",
                        timestamp=datetime(2026, 5, 1), source_ids=[1], session="before")]

    recall = Recall(SlowStore(), "default", session="now", budget_s=1.0)  # type: ignore[arg-type]
    waiting = asyncio.create_task(recall.hits("what color is the sky"))
    await asyncio.sleep(0.005)
    recall.prefetch("what color is the sky on a clear day")  # the next partial arrives
    hits = await waiting
    assert [h.text for h in hits] == ["About what color is the sky."]


class _SearchTakes:
    """A store whose search takes ``seconds`` (a slow box with both cores busy)."""

    read_only = True

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.finished = threading.Event()

    def search(self, query, k, profile):
        from datetime import datetime

        from memory.hits import Hit

        time.sleep(self.seconds)
        self.finished.set()
        return [Hit(id=1, text="I skate to get away from it all.", score=0.9, kind="turn",
                    role="user", timestamp=datetime(2026, 5, 1), source_ids=[1],
                    session="before")]


async def test_a_search_begun_with_the_turn_gets_time_to_finish() -> None:
    """Typed text has no speech to search during: a reply made without the memory it asks
    for invents one ("I remember you telling me to go to bed early")."""
    from pipeline.recall import FRESH_SEARCH_S, Recall

    recall = Recall(_SearchTakes(0.2), "default", session="now")  # type: ignore[arg-type]
    assert recall.budget_s < 0.2 < FRESH_SEARCH_S
    hits = await recall.hits("do you remember what i do to get away from everything")
    assert [h.text for h in hits] == ["I skate to get away from it all."]


async def test_a_search_begun_long_before_the_turn_waits_only_the_budget() -> None:
    from pipeline.recall import Recall

    store = _SearchTakes(1.5)
    recall = Recall(store, "default", session="now")  # type: ignore[arg-type]
    recall.prefetch("what do i do to get away")  # a partial, well before the endpoint
    await asyncio.sleep(0.6)
    assert await recall.hits("what do i do to get away") == []
    assert not store.finished.is_set(), "memory must never hold a reply up for long"


async def test_asked_to_remember_a_less_alike_memory_is_a_note() -> None:
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    class Store:
        read_only = True

        def search(self, query, k, profile):
            return [Hit(id=7, text="i just stay in my room and skate or play games", score=0.47,
                        kind="turn", role="user", timestamp=datetime(2026, 5, 1),
                        source_ids=[7], session="before")]

    recall = Recall(Store(), "default", session="now")  # type: ignore[arg-type]
    asked = await recall.hits("do you remember what i do to get away from everything?")
    assert [h.id for h in asked] == [7]
    assert await recall.hits("what should i do to get away from everything?") == []


async def test_a_memory_said_again_is_one_note_leaving_room_for_others() -> None:
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    said = ["My dog is called Biscuit.", "my dog is called Biscuit!", "My dog is called Biscuit",
            "My dog Biscuit is called Biscuit.", "My sister Ana is a nurse.",
            "My dog is called Pepper, the other one."]

    class Store:
        read_only = False

        def search(self, query, k, profile):
            return [Hit(id=n, text=text, score=0.9 - n / 100, kind="turn",
                        timestamp=datetime(2026, 5, n + 1), source_ids=[n], session="before")
                    for n, text in enumerate(said)][:k]

    recall = Recall(Store(), "default", session="now")  # type: ignore[arg-type]
    notes = await recall.notes("what is my dog called")
    assert notes == ["[2026-05-01] My dog is called Biscuit.",
                     "[2026-05-05] My sister Ana is a nurse.",
                     "[2026-05-06] My dog is called Pepper, the other one."]


async def test_of_notes_not_about_the_words_one_at_most_unless_asked_to_remember() -> None:
    from datetime import datetime

    from memory.hits import Hit
    from pipeline.recall import Recall

    scored = [("My dog is called Biscuit.", 0.8), ("My sister Ana is a nurse.", 0.7),
              ("I love hiking.", 0.6), ("We went to the beach.", 0.55)]

    class Store:
        read_only = False

        def search(self, query, k, profile):
            return [Hit(id=n, text=text, score=score, kind="turn",
                        timestamp=datetime(2026, 5, n + 1), source_ids=[n], session="before")
                    for n, (text, score) in enumerate(scored)][:k]

    recall = Recall(Store(), "default", session="now")  # type: ignore[arg-type]
    assert [h.text for h in await recall.hits("tell me about my dog")] == \
        ["My dog is called Biscuit.", "My sister Ana is a nurse.", "I love hiking."]
    assert len(await recall.hits("do you remember what I told you about my dog?")) == 4


def test_a_number_that_ends_a_long_sentence_is_said() -> None:
    """A sentence cut after 30 words left "999." alone, taken for a list marker and dropped:
    "...if you ever think of harming yourself, call"."""
    from pipeline.chunker import ClauseChunker

    text = ("I'm so sorry you're feeling that, Hayley. Thoughts like that are common with "
            "postnatal depression, and they're not the truth: "
            "please tell your GP or health visitor today, and if you ever think of harming "
            "yourself, call 999.")
    chunker = ClauseChunker()
    pieces = [piece for word in text.split(" ") for piece in chunker.feed(word + " ")]
    pieces += chunker.flush()
    assert " ".join(pieces).endswith("call 999.")
    assert ClauseChunker().feed("Here you go:\n1. Flour\n2. Eggs\n") == ["Here you go:", "Flour",
                                                                       "Eggs"]
