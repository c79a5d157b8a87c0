"""Floods and outages: a bounded command queue, satellites that give their place up when idle,
a capped reconnect backoff, and a broker that forgot our session is noticed (real Mosquitto)."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from pipeline.config import Config, MqttConfig
from pipeline.engine import Engine
from pipeline.llm.base import GenerationStats
from pipeline.persona import load_persona
from pipeline.wake import WakeSettings
from shells.mqtt.bridge import Backoff, BrokerSettings, Link
from shells.mqtt.broker import LocalBroker
from shells.mqtt.satellites import SatelliteHub
from shells.mqtt.service import CompanionService, ServeOptions
from tests.fakes import FakeLLM, FakeSTT, FakeTTS
from tests.test_mqtt_support import Probe, event_with

pytestmark = pytest.mark.timeout(120)


class GatedLLM(FakeLLM):
    """Answers only once ``gate`` is set: a reply that takes as long as the test wants."""

    def __init__(self) -> None:
        super().__init__(delay_s=0.001)
        self.gate = threading.Event()

    def stream(self, messages: list[dict[str, str]], max_tokens: int,
               stats: GenerationStats | None = None, avoid: Sequence[str] = ()) -> Iterator[str]:
        self.gate.wait(60)
        yield from super().stream(messages, max_tokens, stats, avoid)


@pytest.fixture(scope="module")
def broker() -> Iterator[LocalBroker]:
    with LocalBroker() as running:
        yield running


async def test_a_flood_of_asks_is_refused_as_busy_beyond_the_queue(broker: LocalBroker,
                                                                   tmp_path: Path) -> None:
    """Once 200 asks in 2 s were all queued and the last was answered after 20 minutes."""
    llm = GatedLLM()
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=llm)
    options = ServeOptions.from_config(
        MqttConfig(queue_depth=2), device_id=f"q-{uuid.uuid4().hex[:8]}",
        wake=WakeSettings(phrase=None), discovery=False)
    svc = CompanionService(engine, load_persona("juniper"), Config(home=tmp_path),
                           BrokerSettings.from_url(broker.url), options)
    task = asyncio.create_task(svc.run())
    try:
        await asyncio.wait_for(svc.link.connected.wait(), 10)
        p = svc.topics
        async with Probe(broker.port, (p.event("#"),)) as probe:
            for n in range(10):
                await probe.publish(p.cmd("ask"), json.dumps({"text": f"question {n}", "id": n}))
            for n in range(3, 10):  # one running + two waiting; the rest at once, not later
                error = await probe.wait(event_with(p.event("error"), id=n))
                assert error.json()["message"].startswith("busy:")
            llm.gate.set()
            for n in range(3):
                await probe.wait(event_with(p.event("reply"), id=n), timeout=30)
            await probe.publish(p.cmd("ask"), json.dumps({"text": "and now?", "id": "later"}))
            await probe.wait(event_with(p.event("reply"), id="later"), timeout=30)
            replies = {m.json()["id"] for m in probe.messages if m.topic == p.event("reply")}
        assert replies == {0, 1, 2, "later"}
    finally:
        llm.gate.set()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def _hub(**limits: object) -> SatelliteHub:
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=FakeLLM(delay_s=0.001))
    return SatelliteHub(engine, load_persona("juniper"), Config(), lambda *a, **k: None,
                        WakeSettings(phrase=None), **limits)  # type: ignore[arg-type]


AUDIO = bytes(960)  # 30 ms of silence, a valid audio/in payload


async def test_junk_satellites_give_their_places_up_when_idle() -> None:
    """Once 8 junk messages on audio/in took all 8 places for ever."""
    hub = _hub(max_satellites=2, idle_s=0.3)
    try:
        assert hub.audio("junk-1", AUDIO) is None and hub.audio("junk-2", AUDIO) is None
        refused = hub.audio("kitchen", AUDIO)
        assert refused is not None and "too many satellites (2)" in refused
        assert "kitchen" not in hub.sessions
        assert hub.audio("kitchen", AUDIO) is None  # the same refusal is not repeated at once...
        assert "kitchen" not in hub.sessions  # ...and it is still a refusal
        await asyncio.sleep(0.4)
        hub.audio("junk-2", AUDIO)  # a junk sender that keeps sending keeps its place
        await asyncio.sleep(0.1)
        assert hub.audio("kitchen", AUDIO) is None
        assert set(hub.sessions) == {"junk-2", "kitchen"}
    finally:
        await hub.close()


async def test_only_allowed_satellites_get_in() -> None:
    hub = _hub(allowed=("kitchen",))
    try:
        refused = hub.audio("stranger", AUDIO)
        assert refused is not None and "not in [mqtt] satellites" in refused
        assert hub.audio("kitchen", AUDIO) is None
        assert set(hub.sessions) == {"kitchen"}
    finally:
        await hub.close()


def test_serve_options_come_from_the_mqtt_section() -> None:
    options = ServeOptions.from_config(
        MqttConfig(max_satellites=3, satellite_idle_s=60, satellites=["a"], queue_depth=5,
                   allow_memory_read=True, reconnect_max_s=2.0), device_id="x")
    assert (options.max_satellites, options.satellite_idle_s, options.allowed_satellites,
            options.queue_depth, options.allow_memory_read, options.backoff_s) == (
        3, 60, ("a",), 5, True, (0.5, 2.0))


def test_reconnect_backoff_is_capped_at_a_few_seconds() -> None:
    """Once 17-25 s after a 40 s outage: the doubling stops at the cap (+20 % jitter)."""
    backoff = Backoff(0.5, 5.0)
    waits = [backoff.next() for _ in range(40)]  # 40 failed attempts: a long outage
    assert max(waits) <= 6.0 and min(waits[5:]) >= 4.0
    backoff.reset()
    assert backoff.next() <= 0.6


@pytest.mark.parametrize("persistence", [False, True])
async def test_a_broker_that_forgot_our_session_is_noticed(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, persistence: bool) -> None:
    """Mosquitto's default keeps sessions in memory only: after its restart, what was sent to
    us meanwhile is gone. The reconnect's CONNACK says so; we warn once (README)."""
    broker = LocalBroker(persistence=persistence, folder=tmp_path / "broker").start()

    async def ignore(message: object) -> None:
        return None

    link = Link(BrokerSettings.from_url(broker.url), f"s-{uuid.uuid4().hex[:8]}",
                "test/availability", ["test/cmd/#"], ignore, backoff_s=(0.1, 0.3))
    task = asyncio.create_task(link.run())
    try:
        with caplog.at_level(logging.WARNING):
            await asyncio.wait_for(link.connected.wait(), 10)
            assert link.session_present is False  # a first connect: nothing to expect
            broker.stop(kill=True)
            broker.start()
            for _ in range(200):
                if link.connections == 2 and link.connected.is_set():
                    break
                await asyncio.sleep(0.05)
        assert link.connections == 2
        assert link.session_present is persistence
        assert link.sessions_lost == (0 if persistence else 1)
        assert ("mqtt.session_lost" in caplog.text) is not persistence
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        broker.stop()
