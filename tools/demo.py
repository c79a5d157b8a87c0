"""`make demo`: a scripted spoken conversation that needs no sound card.

The user's lines are synthesized (at a slower pace than the reply voice, so the two are easy to
tell apart), then fed as audio at real-time pace through the full pipeline, one utterance after
another with the history kept. Reply WAVs land in the output folder and a table shows what was
heard, what was said and how long each stage took.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace
from pathlib import Path

from pipeline.config import Config
from pipeline.conversation import Conversation
from pipeline.engine import Engine
from pipeline.persona import Persona
from pipeline.turn import TurnResult
from voice.audio import write_wav
from voice.sinks import WavFileSink
from voice.sources import WavFileSource

USER_LINES = (
    "Hello! What is the capital of France?",
    "I feel a bit tired today. Do you have any advice?",
    "Thank you. Can you tell me a fun fact about cats?",
)
USER_PACE = 1.2  # piper length_scale for the "user": slower than the companion's voice


def run_demo(config: Config, persona: Persona, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    # The demo remembers within its own folder, afresh each run, never in the user's memory.
    shutil.rmtree(out / "memory", ignore_errors=True)
    config = replace(config, home=out)
    print(f"Loading models for {persona.name}...", flush=True)
    engine = asyncio.run(Engine.load(config, persona))
    assert engine.tts is not None
    inputs = []
    for number, line in enumerate(USER_LINES, start=1):
        path = out / f"user_{number}.wav"
        write_wav(path, engine.tts.synthesize(line, length_scale=USER_PACE), engine.tts.sample_rate)
        inputs.append(path)

    async def converse() -> list[TurnResult]:
        conversation = Conversation(engine, persona, config)
        results = []
        for number, path in enumerate(inputs, start=1):
            print(f"turn {number}: playing {path.name} into the pipeline...", flush=True)
            sink = WavFileSink(out / f"reply_{number}.wav")
            source = WavFileSource(path, realtime=True,
                                   trailing_silence_s=config.audio.hangover_ms / 1000 + 0.3)
            try:
                # A pause between sentences may end a turn early: every turn heard is answered.
                results += await conversation.run(source, sink, realtime=True)
            finally:
                sink.close()
        return results

    try:
        results = asyncio.run(converse())
    finally:
        engine.close()
    print()
    print(format_table(USER_LINES, results))
    print(f"\nReply audio: {out}/reply_1.wav ... reply_{len(USER_LINES)}.wav")
    return 0 if len(results) >= len(USER_LINES) and all(r.reply for r in results) else 1


def format_table(lines: tuple[str, ...], results: list[TurnResult]) -> str:
    """One row per turn: what was said, heard and replied, and the per-stage latency (ms)."""
    head = (f"{'#':>2}  {'stt':>5} {'token':>6} {'clause':>6} {'tts':>6} {'audio':>6}  "
            "heard -> reply")
    rows = [head, "-" * len(head)]
    for number, result in enumerate(results, start=1):
        t = result.timings_ms
        cells = [t.get(k) for k in ("stt_final", "first_token", "first_clause",
                                    "first_tts_audio", "first_audio_out")]
        numbers = " ".join(f"{c:>6.0f}" if c is not None else f"{'-':>6}" for c in cells)
        rows.append(f"{number:>2} {numbers}  {result.transcript!r} -> {result.reply!r}")
    rows.append("(ms after the user's last voiced sample: speech recognized, first LLM token, "
                "first clause, first TTS audio, first audio out)")
    return "\n".join(rows)
