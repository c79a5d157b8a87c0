"""Satellite mode of `companion bench`: voice-to-voice through MQTT against local audio.

Each clip is spoken once into the local pipeline (tools.bench.latency.full_turn) and once by a
satellite client over a private loopback broker: satellite VAD -> audio/in -> the brain's
conversation -> audio/out -> the satellite's speaker (a real-time NullSink). Both measure the
first reply sample out minus the user's last voiced sample on the same monotonic clock, so the
difference is what MQTT adds. Every clip uses a fresh satellite id (fresh history), as the
local run uses a fresh Conversation.

Two runs of the same clip differ by far more than MQTT costs (preemptive guesses, the LLM's
cache, CPU contention), so the report also gives ``transport_ms``: for each satellite turn, its
voice-to-voice minus the brain's own first_audio_out mark for that very turn, i.e. the time the
audio spent on the way up (the brain measures from when the frames reached it) and down.
"""

from __future__ import annotations

import asyncio
import statistics
from typing import Any

import numpy as np

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.items import Event, TurnMetrics
from pipeline.listen import make_vad
from pipeline.persona import Persona
from pipeline.wake import WakeSettings
from shells.mqtt.bridge import BrokerSettings
from shells.mqtt.broker import LocalBroker
from shells.mqtt.satellite import SatelliteClient
from shells.mqtt.service import CompanionService, ServeOptions
from tools.bench.latency import (
    LEAD_S,
    OUTPUT_LATENCY_S,
    TRAIL_S,
    full_turn,
    last_voiced_sample,
    percentile,
)
from voice.audio import SAMPLE_RATE
from voice.sinks import NullSink
from voice.sources import WavFileSource

TURN_TIMEOUT_S = 30.0


async def satellite_turn(settings: BrokerSettings, config: Config, sat_id: str,
                         speech: np.ndarray) -> float | None:
    """One spoken turn by a satellite; voice-to-voice in ms, or None when no reply came.

    The satellite runs in this process (same clock); its speaker is a real-time NullSink.
    """
    source = WavFileSource(None, realtime=True, samples=speech, leading_silence_s=LEAD_S,
                           trailing_silence_s=TRAIL_S)
    sink = NullSink(realtime=True, output_latency=OUTPUT_LATENCY_S)  # as the local row's
    client = SatelliteClient(settings, sat_id, source, sink, make_vad(config.audio))
    task = asyncio.create_task(client.run())
    try:
        await asyncio.wait_for(client.link.connected.wait(), 10)
        deadline = asyncio.get_running_loop().time() + TURN_TIMEOUT_S
        while client.replies_done < 1 and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    if client.replies_done < 1 or sink.first_play_time is None or source.started_at is None:
        return None
    voiced_end = source.arrival(int(LEAD_S * SAMPLE_RATE) + last_voiced_sample(speech))
    return (sink.first_play_time + sink.output_latency - voiced_end) * 1000


async def satellite_voice_to_voice(engine: Engine, persona: Persona, config: Config,
                                   clips: list[np.ndarray],
                                   url: str | None = None) -> dict[str, Any]:
    """Voice-to-voice p50/p95 locally and through MQTT on loopback, and MQTT's overhead.

    ``clips``: 16 kHz mono int16 speech; ``url``: a broker to use instead of a private one.
    """
    broker = LocalBroker() if url is None else None
    if broker is not None:
        broker.start()
    settings = BrokerSettings.from_url(url or (broker.url if broker else ""))
    options = ServeOptions(device_id="bench-brain", wake=WakeSettings(phrase=None),
                           discovery=False, hermes=False, max_satellites=len(clips) + 2)
    service = CompanionService(engine, persona, config, settings, options)
    brain_marks: dict[str, float] = {}  # satellite id -> the brain's first_audio_out (ms)

    def on_event(sat_id: str, event: Event) -> None:
        if isinstance(event, TurnMetrics) and "first_audio_out" in event.timings_ms:
            brain_marks.setdefault(sat_id, event.timings_ms["first_audio_out"])

    service.satellites.observers.append(on_event)
    serving = asyncio.create_task(service.run())
    local: list[float] = []
    mqtt: list[float] = []
    pairs: list[float] = []
    transport: list[float] = []
    try:
        await asyncio.wait_for(service.link.connected.wait(), 10)
        await full_turn(engine, persona, config, clips[0])  # warm-up, as the local bench does
        await satellite_turn(settings, config, "bench-sat-warmup", clips[0])
        for i, clip in enumerate(clips):
            here = await full_turn(engine, persona, config, clip)
            there = await satellite_turn(settings, config, f"bench-sat-{i}", clip)
            await service.satellites.drop(f"bench-sat-{i}")
            if here is not None:
                local.append(here.voice_to_voice_ms)
            if there is not None:
                mqtt.append(there)
            if here is not None and there is not None:
                pairs.append(there - here.voice_to_voice_ms)
            if there is not None and f"bench-sat-{i}" in brain_marks:
                transport.append(there - brain_marks[f"bench-sat-{i}"])
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
        if broker is not None:
            broker.stop()
    local_p50, mqtt_p50 = percentile(local, 50), percentile(mqtt, 50)
    return {
        "turns": len(clips),
        "completed": {"local": len(local), "mqtt": len(mqtt)},
        "local_ms": {"p50": local_p50, "p95": percentile(local, 95)},
        "mqtt_ms": {"p50": mqtt_p50, "p95": percentile(mqtt, 95)},
        "overhead_ms_p50": round(mqtt_p50 - local_p50, 1),
        "paired_overhead_ms_p50": round(statistics.median(pairs), 1) if pairs else None,
        "transport_ms": {"p50": percentile(transport, 50), "p95": percentile(transport, 95)},
        "target_ms": 30.0,
    }
