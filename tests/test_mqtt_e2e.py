"""End to end over a real Mosquitto with the real default models: the `serve` process (reply,
retained state, discovery, Last Will on SIGKILL, unregister) and satellites streaming speech."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.listen import make_vad
from pipeline.persona import load_persona
from pipeline.wake import WakeSettings
from shells.mqtt.bridge import BrokerSettings
from shells.mqtt.broker import LocalBroker
from shells.mqtt.satellite import SatelliteClient
from shells.mqtt.service import CompanionService, ServeOptions
from tests.fakes import FakeLLM
from tests.test_mqtt_support import Probe, event_with, topic_is
from tests.voice_fixtures import load_stt, load_tts, speech_16k
from voice.sinks import NullSink
from voice.sources import WavFileSource

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]


@pytest.fixture(scope="module")
def broker() -> Iterator[LocalBroker]:
    with LocalBroker() as running:
        yield running


def serve_command() -> list[str]:
    """`companion serve`, exactly as a user or a systemd unit starts it."""
    return [sys.executable, "-m", "shells.cli", "serve"]


async def retained(port: int, topic: str, wait_s: float = 0.5) -> list[bytes]:
    """What a newcomer subscribing to ``topic`` gets as retained messages."""
    async with Probe(port, (topic,)) as probe:
        await asyncio.sleep(wait_s)
    return [m.payload for m in probe.messages if m.retain]


async def test_serve_process_replies_retains_state_and_leaves_a_last_will(broker, tmp_path,
                                                                         real_brain):
    # The real brain: the tiny model's words change with the CPU's kernels (on a Zen 1 box it
    # answered "there's only one way to find the capital of France: by walking!").
    device = f"e2e-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "COMPANION_HOME": str(tmp_path)}
    args = ["--mqtt", broker.url, "--device-id", device]
    proc = subprocess.Popen([*serve_command(), *args, "--no-audio", "--no-wake"], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    prefix = f"companion/{device}"
    try:
        async with Probe(broker.port, (f"{prefix}/#",)) as probe:
            await probe.wait(lambda m: m.topic == f"{prefix}/availability"
                             and m.payload == b"online", timeout=90)
            await probe.wait(topic_is(f"{prefix}/state"))
            await probe.publish(f"{prefix}/cmd/ask", json.dumps(
                {"text": "What is the capital of France?", "id": "real-1"}))
            reply = await probe.wait(event_with(f"{prefix}/event/reply", id="real-1"),
                                     timeout=60)
        assert "paris" in reply.json()["text"].lower()
        state = json.loads((await retained(broker.port, f"{prefix}/state"))[0])
        assert state["state"] == "idle" and state["last_reply"] == reply.json()["text"]
        configs = await retained(broker.port, f"homeassistant/+/{device}/+/config")
        assert len(configs) == 8 and all(isinstance(json.loads(c), dict) for c in configs)
        proc.send_signal(signal.SIGKILL)  # no goodbye: the broker publishes the Last Will
        proc.wait(timeout=10)
        await asyncio.sleep(0.3)
        assert await retained(broker.port, f"{prefix}/availability") == [b"offline"]
        done = subprocess.run([*serve_command(), *args, "--unregister"], env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert await retained(broker.port, f"homeassistant/+/{device}/+/config") == []
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def real_engine() -> Engine:
    from models.resolve import resolve_model
    from pipeline.llm.local import LlamaChat

    config = Config()
    return Engine(stt=load_stt(), tts=load_tts(), llm=LlamaChat(resolve_model("llm"), config.llm))


async def run_satellite(url: str, sat_id: str, speech: np.ndarray) -> tuple[NullSink, int]:
    """A satellite speaks ``speech`` (real time) and waits for one whole reply."""
    source = WavFileSource(None, realtime=True, samples=speech, leading_silence_s=0.3,
                           trailing_silence_s=1.5)
    sink = NullSink(keep=True)
    client = SatelliteClient(BrokerSettings.from_url(url), sat_id, source, sink,
                             make_vad(Config().audio))
    task = asyncio.create_task(client.run())
    try:
        for _ in range(1200):
            if client.replies_done:
                break
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    return sink, client.sent_bytes


def start_brain(url: str, engine: Engine, wake: WakeSettings, home: Path) -> CompanionService:
    options = ServeOptions(device_id=f"brain-{uuid.uuid4().hex[:6]}", wake=wake, discovery=False)
    return CompanionService(engine, load_persona("juniper"), Config(home=home),
                            BrokerSettings.from_url(url), options)


async def test_satellite_end_to_end_with_wake_phrase(broker, real_engine, tmp_path):
    brain = start_brain(broker.url, real_engine, WakeSettings(), tmp_path)
    serving = asyncio.create_task(brain.run())
    await asyncio.wait_for(brain.link.connected.wait(), 10)
    sat = f"sat-{uuid.uuid4().hex[:6]}"
    speech = speech_16k("Hey Juniper, what is the capital of France?")
    try:
        async with Probe(broker.port, (f"companion/{sat}/#",)) as probe:
            sink, sent = await run_satellite(broker.url, sat, speech)
            # "Hey Juniper," may be an utterance of its own: the question follows it.
            final = await probe.wait(lambda m: m.topic == f"companion/{sat}/event/transcript"
                                     and m.json()["final"]
                                     and "capital" in m.json()["text"].lower())
            # The reply to the question, not to a lone "Hey Juniper": it comes after it.
            reply = await probe.wait(topic_is(f"companion/{sat}/event/reply"),
                                     start=next(i for i, m in enumerate(probe.messages)
                                                if m is final) + 1)
            await probe.wait(topic_is(f"companion/{sat}/event/wake"))
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    assert "france" in final.json()["text"].lower()
    # The test's brain is the tiny model: what it says is its own (once, "by walking!").
    said = reply.json()["text"].strip()
    assert said and said.lower() != final.json()["text"].strip().lower()
    audio_s = sum(chunk.size / rate for chunk, rate in sink.chunks)
    assert audio_s > 0.5 and {rate for _, rate in sink.chunks} == {real_engine.tts.sample_rate}
    # Local VAD: only speech (and its preroll/hangover) went up, not the silence around it.
    assert sent < (speech.size + 0.3 * 16000 + 1.5 * 16000) * 2 * 0.9


async def test_two_satellites_at_once_get_their_own_replies(broker, real_engine, tmp_path):
    echo = Engine(stt=real_engine.stt, tts=real_engine.tts, llm=FakeLLM(delay_s=0.001))
    brain = start_brain(broker.url, echo, WakeSettings(phrase=None), tmp_path)
    serving = asyncio.create_task(brain.run())
    await asyncio.wait_for(brain.link.connected.wait(), 10)
    sats = {f"sat-a-{uuid.uuid4().hex[:4]}": "What is the capital of France?",
            f"sat-b-{uuid.uuid4().hex[:4]}": "How many legs does a spider have?"}
    try:
        async with Probe(broker.port, tuple(f"companion/{s}/#" for s in sats)) as probe:
            sinks = await asyncio.gather(*(run_satellite(broker.url, s, speech_16k(text))
                                           for s, text in sats.items()))
            replies = {s: (await probe.wait(topic_is(f"companion/{s}/event/reply"))).json()
                       for s in sats}
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    (a, b) = sats
    assert "france" in replies[a]["text"].lower() and "spider" not in replies[a]["text"].lower()
    assert "spider" in replies[b]["text"].lower() and "france" not in replies[b]["text"].lower()
    for sink, _ in sinks:
        assert sum(chunk.size for chunk, _ in sink.chunks) > 0
    assert set(brain.satellites.sessions) == set(sats)
