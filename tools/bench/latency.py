"""`companion bench`: voice-to-voice latency of the streaming pipeline against the naive one.

Spoken turns of varied length (synthesized at a slower pace than the reply voice) are fed at
real-time rate, once through the full pipeline (streaming partials, early replies, clause
streaming) and, in the same run, through the naive sequential pipeline: endpoint -> full
transcription -> full LLM reply -> full TTS -> play. Voice-to-voice is when the first reply
sample is heard minus the user's last voiced input sample, both on the same monotonic clock:
the sink is a real-time model of the speaker, whose device buffer (``OUTPUT_LATENCY_S``, the
speaker's configured latency) delays what the user hears after the sample is handed over.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import statistics
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from pipeline.chunker import clean_for_speech
from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.listen import make_vad
from pipeline.persona import Persona
from tools.progress import bar, step
from tools.synth import VOICES, speak
from voice.audio import SAMPLE_RATE, window_dbfs
from voice.sinks import NullSink
from voice.sources import WavFileSource
from voice.speaker import LATENCY_S
from voice.vad import SpeechEnd

LINES = (
    "Hi there!",
    "What is the capital of France?",
    "How are you today?",
    "Tell me a joke.",
    "What time is it in Tokyo right now?",
    "Can you recommend a good book for a rainy weekend?",
    "I had a really long day at work and I'm exhausted.",
    "What should I cook for dinner tonight?",
    "How many legs does a spider have?",
    "Thanks, that was helpful.",
    "My sister is visiting next week and I want to plan something fun for us to do together.",
    "Why is the sky blue?",
    "Good morning.",
    "Could you remind me what we talked about earlier?",
    "What's a good way to fall asleep faster?",
    "I'm thinking about learning to play the guitar, is that hard?",
    "Do you like music?",
    "What is the tallest mountain in the world?",
    "I feel a bit anxious about my exam tomorrow.",
    "Give me one tip for staying focused while studying at home in the afternoon.",
    "Who wrote Romeo and Juliet?",
    "Okay, goodbye for now.",
)
MEMORY_LINES = (
    "My dog is called Biscuit.", "I live in Lisbon with my partner.", "I love hiking.",
    "My sister Ana is a nurse.", "I'm nervous about my job interview.", "I hate mushrooms.",
    "We went to the beach last weekend.", "My favorite band is Radiohead.",
)
LEAD_S, TRAIL_S = 0.4, 2.0
OUTPUT_LATENCY_S = LATENCY_S  # the speaker's device buffer: heard this long after handed over


log = logging.getLogger(__name__)

Runner = Callable[[Engine, Persona, Config, np.ndarray], Awaitable["TurnTiming | None"]]


@dataclass
class TurnTiming:
    voice_to_voice_ms: float
    stages_ms: dict[str, float] = field(default_factory=dict)
    prompt_tokens: int = 0
    reused_tokens: int = 0
    preemptive: bool = False


def last_voiced_sample(samples: np.ndarray, threshold_dbfs: float = -45.0) -> int:
    """Index of the last sample of the last 10 ms window louder than the threshold."""
    window = SAMPLE_RATE // 100
    loud = np.nonzero(window_dbfs(samples, window) > threshold_dbfs)[0]
    return int((loud[-1] + 1) * window - 1) if loud.size else 0


async def full_turn(engine: Engine, persona: Persona, config: Config,
                    speech: np.ndarray) -> TurnTiming | None:
    conversation = Conversation(engine, persona, config)  # fresh history: turns comparable
    # A turn of a session under way: its system prompt (persona, and who the user is, read from
    # memory) was cached when the session began, as ``companion run`` does while it waits for
    # the first words. Without this the memory row re-read its ~60 tokens of profile every turn,
    # evicted by the plain row's turn before it on the same model (~600 ms of its overhead).
    conversation.prefiller.between_turns()
    await conversation.prefiller.settled()
    source = WavFileSource(None, realtime=True, samples=speech, leading_silence_s=LEAD_S,
                           trailing_silence_s=TRAIL_S)
    sink = NullSink(realtime=True, output_latency=OUTPUT_LATENCY_S)
    results = await conversation.run(source, sink, realtime=True, max_turns=1)
    if not results or results[0].error or sink.first_play_time is None:
        return None
    voiced_end = source.arrival(int(LEAD_S * SAMPLE_RATE) + last_voiced_sample(speech))
    result = results[0]
    heard = sink.first_play_time + sink.output_latency  # the timeline's first_audio_heard
    return TurnTiming((heard - voiced_end) * 1000, result.timings_ms,
                      result.prompt_tokens, result.reused_tokens, result.preemptive)


async def sequential_turn(engine: Engine, persona: Persona, config: Config,
                          speech: np.ndarray) -> TurnTiming | None:
    """The naive pipeline: each stage waits for the whole output of the one before."""
    assert engine.stt is not None and engine.tts is not None
    source = WavFileSource(None, realtime=True, samples=speech, leading_silence_s=LEAD_S,
                           trailing_silence_s=TRAIL_S)
    vad = make_vad(config.audio)
    sink = NullSink(realtime=True, output_latency=OUTPUT_LATENCY_S)
    async for frame in source.frames():
        ends = [e for e in vad.feed(frame) if isinstance(e, SpeechEnd)]
        if ends:
            break
    else:
        return None
    text = await asyncio.to_thread(engine.stt.transcribe, ends[0].audio)
    messages = [{"role": "system", "content": persona.system_prompt},
                {"role": "user", "content": text}]
    reply = await asyncio.to_thread(
        lambda: "".join(engine.llm.stream(messages, config.llm.max_reply_tokens)))
    audio = await asyncio.to_thread(engine.tts.synthesize, clean_for_speech(reply),
                                    persona.length_scale)
    await sink.play(audio, engine.tts.sample_rate)
    voiced_end = source.arrival(int(LEAD_S * SAMPLE_RATE) + last_voiced_sample(speech))
    assert sink.first_play_time is not None
    return TurnTiming((sink.first_play_time + sink.output_latency - voiced_end) * 1000)


def optional_row(measure: Callable[[], object]) -> object:
    """A secondary figure; its failure is reported in its place, not lost with the rest."""
    try:
        return measure()
    except Exception as exc:  # noqa: BLE001 - any failure of one row must keep the report
        log.warning("bench.row_failed error=%r", exc)
        return {"error": f"{type(exc).__name__}: {exc}"}


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1) if values else 0.0


def percentile(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)), 1) if values else float("nan")


def earlier_talk(count: int = 200) -> list[tuple[str, str, str, datetime]]:
    """``count`` lines of earlier talk over two months: (text, role, session, time) for
    add_many. Real users' lines, all different (the quality set's): the store used to hold 8
    lines 25 times each, and recalled notes that repeat one another are now said once
    (``pipeline.recall.distinct``), which flattered such a store."""
    from tools.quality_bench.conversations import USERS

    said = [line.text for user in USERS for session in user.sessions for line in session.lines
            if len(line.text.split()) >= 4]
    start = datetime.now() - timedelta(days=60)
    return [(text, "user", f"s{n // 10}", start + timedelta(hours=n))
            for n, text in enumerate(dict.fromkeys(said))][:count]


def memory_engine(engine: Engine, folder: Path) -> Engine:
    """The same models with a memory store holding a few hundred earlier exchanges."""
    from memory import MemoryStore
    from memory.embedder import load_embedder

    store = MemoryStore(folder, embedder=load_embedder(), progress=False)
    store.add_many(earlier_talk(), profile="default")
    store.search("warm up", k=1, profile="default")
    return replace(engine, memory=store)


def llm_rows(config: Config) -> list[dict[str, object]]:
    """First token and tokens/s of each LLM, without and with speculative decoding; then the
    configured LLM's first token cold and prefilled, with its small-model draft when one is
    present, beside whisper per OpenMP wait policy, and the resident memory of the whole stack
    (tools.bench.llm_speed)."""
    from models.resolve import resolve_model
    from models.upcycle import UpcycleError, upcycle_moe
    from pipeline.llm.speculative import make_draft, measure_speculation
    from tools.bench.llm_speed import (
        measure_draft,
        measure_prefill,
        measure_wait_policies,
        stack_rss_in_subprocess,
    )

    dense = resolve_model("llm", config.models.llm)
    rows: list[dict[str, object]] = []
    paths = [dense]
    try:  # the MoE path, where the architecture can be upcycled (llama family)
        paths.append(upcycle_moe(dense, progress=False))
    except UpcycleError as exc:
        rows.append({"kind": "moe-upcycle", "skipped": str(exc)})
    for path in paths:
        row = measure_speculation(path, make_draft("prompt-lookup"), max_tokens=64,
                                  threads=config.llm.threads)
        row["path"] = str(path)
        rows.append(row)
    threads = config.llm.threads
    rows.append(kind_row("prefill", lambda: measure_prefill(dense, threads)))
    draft = draft_model_path(config)
    if draft is not None:
        rows.append(kind_row("model-draft", lambda: measure_draft(dense, draft, threads)))
    rows.append(kind_row("openmp-wait", lambda: measure_wait_policies(config.models.llm,
                                                                      threads)))
    rows.append(kind_row("stack-rss", lambda: stack_rss_in_subprocess(config.models.llm,
                                                                      threads)))
    return rows


# A row measured by a shell (the MQTT satellite transport): given the engine and spoken turns.
ExtraRow = Callable[[Engine, list[np.ndarray]], object]


def kind_row(kind: str, measure: Callable[[], object]) -> dict[str, object]:
    """An ``optional_row`` tagged with what it measured."""
    value = optional_row(measure)
    return {"kind": kind, **value} if isinstance(value, dict) else {"kind": kind, "value": value}


def draft_model_path(config: Config) -> Path | None:
    """The configured draft model, else the catalog draft when it has been fetched."""
    from models.fetch import is_fetched
    from models.registry import get_spec
    from models.resolve import resolve_model

    if config.llm.draft_model:
        return resolve_model("llm", config.llm.draft_model)
    return resolve_model("llm", "draft") if is_fetched(get_spec("draft")) else None


def run_bench(config: Config, persona: Persona, turns: int, as_json: bool,
              with_memory: bool = True, with_llms: bool = True, with_extras: bool = True,
              extra_rows: dict[str, ExtraRow] | None = None, long_run_turns: int = 200) -> int:
    config = replace(config, memory=replace(config.memory, enabled=False))
    engine = asyncio.run(Engine.load(config, persona))
    assert engine.tts is not None and engine.stt is not None
    lines = [LINES[i % len(LINES)] for i in range(turns)]
    # The users speak with espeak-ng voices of several accents, never the companion's own voice:
    # a recognizer hearing the voice it was benchmarked with would flatter the endpoint.
    speech = [speak(line, VOICES[i % len(VOICES)])
              for i, line in enumerate(bar(lines, desc="synthesizing turns"))]

    with tempfile.TemporaryDirectory(prefix="companion-bench-") as folder, \
            contextlib.ExitStack() as servers:
        remembering = memory_engine(engine, Path(folder)) if with_memory else None
        runs: list[tuple[str, Engine, Runner]] = [("full", engine, full_turn),
                                                 ("sequential", engine, sequential_turn)]
        if remembering is not None:
            runs.append(("memory", remembering, full_turn))
        if with_extras:  # the same model behind a llama.cpp server on loopback
            from pipeline.llm.remote import LocalServer, RemoteChat

            server = servers.enter_context(LocalServer(
                engine.llm.source, config.llm.context_tokens, config.llm.threads))
            runs.append(("remote", replace(engine, llm=RemoteChat(server.url,
                                                                  config=config.llm)), full_turn))

        async def measure() -> dict[str, list[TurnTiming]]:
            await full_turn(engine, persona, config, speech[0])  # warm-up: first-call costs
            timings: dict[str, list[TurnTiming]] = {name: [] for name, _, _ in runs}
            for clip in bar(speech, desc="bench turns"):
                for name, which, runner in runs:  # interleaved: machine noise hits all alike
                    timing = await runner(which, persona, config, clip)
                    if timing is not None:
                        timings[name].append(timing)
            return timings

        timings = asyncio.run(measure())
        if remembering is not None:
            remembering.close()
    report = summarize(timings["full"], timings["sequential"], engine, turns)
    if "memory" in timings:
        with_mem = percentile([t.voice_to_voice_ms for t in timings["memory"]], 50)
        report["memory_overhead_ms_p50"] = round(with_mem - report["voice_to_voice_ms"]["p50"], 1)
        ready = [t.stages_ms.get("memory_ready") for t in timings["memory"]]
        report["memory_ready_ms_p50"] = median([r for r in ready if r is not None])
        # Less noisy than the overhead: what the memory turns' prompts had the model read after
        # the endpoint, on average (turns answered without the model count as none)
        late = [t.prompt_tokens - t.reused_tokens for t in timings["memory"]]
        report["memory_late_tokens_mean"] = round(statistics.fmean(late), 1) if late else None
    if "remote" in timings:
        remote = [t.voice_to_voice_ms for t in timings["remote"] if t.voice_to_voice_ms >= 0]
        report["remote_voice_to_voice_ms"] = {"p50": percentile(remote, 50),
                                              "p95": percentile(remote, 95)}
    if with_extras:
        from tools.bench.wake import measure as wake_rates

        for name, row in (extra_rows or {}).items():
            report[name] = optional_row(lambda row=row: row(engine, speech))
        step("wake phrase rates")
        report["wake"] = optional_row(
            lambda: wake_rates(engine.stt, engine.tts, persona.name, quick=True))
        if long_run_turns > 0:
            from tools.bench.long_run import long_run

            step(f"long run ({long_run_turns} turns)")
            report["long_run"] = optional_row(lambda: long_run(
                engine, persona, config, list(LINES + MEMORY_LINES), long_run_turns,
                progress=True))
    if with_llms:
        step("model speeds (tokens/s, with and without the draft)")
        report["llms"] = optional_row(lambda: llm_rows(config))
    print(json.dumps(report, indent=None if as_json else 2))
    return 0 if timings["full"] and timings["sequential"] else 1


def summarize(full: list[TurnTiming], naive: list[TurnTiming], engine: Engine,
              turns: int) -> dict[str, object]:
    # A reply that starts before the user's last word answered a pause, not the turn: counted
    # apart, since its "latency" would flatter the pipeline.
    v2v = [t.voice_to_voice_ms for t in full if t.voice_to_voice_ms >= 0]
    seq = [t.voice_to_voice_ms for t in naive]
    stage_names = ("stt_final", "first_token", "first_clause", "first_tts_audio",
                   "first_audio_out", "first_audio_heard", "llm_done")
    stages = {name: median([t.stages_ms[name] for t in full if name in t.stages_ms])
              for name in stage_names}
    stages["prompt_tokens"] = median([float(t.prompt_tokens) for t in full])
    stages["prefilled_tokens"] = median([float(t.prompt_tokens - t.reused_tokens) for t in full])
    p50, seq_p50 = percentile(v2v, 50), percentile(seq, 50)
    return {
        "turns": turns,
        "completed": {"full": len(full), "sequential": len(naive)},
        "premature_endpoints": sum(t.voice_to_voice_ms < 0 for t in full),
        "voice_to_voice_ms": {"p50": p50, "p95": percentile(v2v, 95)},
        "output_latency_ms": round(OUTPUT_LATENCY_S * 1000, 1),  # included in the above
        "sequential_ms": {"p50": seq_p50, "p95": percentile(seq, 95)},
        "speedup_p50": round(seq_p50 / p50, 2) if p50 > 0 else None,
        "preemptive_share": round(sum(t.preemptive for t in full) / max(1, len(full)), 2),
        "memory_overhead_ms_p50": None,
        "stages_ms": stages,
        "models": {"llm": engine.llm.source, "llm_name": engine.llm.name},
    }
