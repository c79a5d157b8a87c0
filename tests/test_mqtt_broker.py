"""The MQTT service against a real Mosquitto, with fake models (fast): commands, events,
retained state, discovery, Hermes, reconnects and the malformed-payload corpus."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.persona import load_persona
from pipeline.wake import WakeSettings
from shells.mqtt.bridge import BrokerSettings
from shells.mqtt.broker import LocalBroker
from shells.mqtt.service import CompanionService, ServeOptions
from tests.fakes import FakeLLM, FakeSTT, FakeTTS
from tests.test_mqtt_support import Probe, event_with, topic_is

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def broker() -> Iterator[LocalBroker]:
    with LocalBroker() as running:
        yield running


def make_service(url: str | BrokerSettings, home: Path,
                 backoff: tuple[float, float] = (0.1, 1.0), memory: object = None,
                 llm: FakeLLM | None = None, **options: object) -> CompanionService:
    engine = Engine(stt=FakeSTT(), tts=FakeTTS(), llm=llm or FakeLLM(delay_s=0.001))
    settings = url if isinstance(url, BrokerSettings) else BrokerSettings.from_url(url)
    serve = ServeOptions(device_id=f"t-{uuid.uuid4().hex[:8]}", wake=WakeSettings(phrase=None),
                         backoff_s=backoff, seen_ids_path=home / "seen.json",
                         **options)  # type: ignore[arg-type]
    return CompanionService(engine, load_persona("juniper"), Config(home=home), settings,
                            serve, memory=memory)  # type: ignore[arg-type]


@pytest.fixture
async def service(broker: LocalBroker, tmp_path: Path) -> AsyncIterator[CompanionService]:
    svc = make_service(broker.url, tmp_path)
    task = asyncio.create_task(svc.run())
    await asyncio.wait_for(svc.link.connected.wait(), 10)
    yield svc
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_ask_gets_a_reply_with_its_correlation_id(broker, service):
    p = service.topics
    async with Probe(broker.port, (f"{p.prefix}/#",)) as probe:
        await probe.publish(p.cmd("ask"), json.dumps({"text": "hello there", "id": "q-1"}))
        ack = await probe.wait(event_with(p.event("ack"), id="q-1"))
        reply = await probe.wait(event_with(p.event("reply"), id="q-1"))
        assert ack.json()["command"] == "ask"
        assert reply.json()["text"] == "You said hello there"
        metrics = await probe.wait(event_with(p.event("metrics"), id="q-1"))
        assert "first_audio_out" in metrics.json()["timings_ms"]
        state = await probe.wait(lambda m: m.topic == p.state
                                 and m.json()["last_reply"] == "You said hello there")
        assert state.json()["state"] in ("idle", "responding")


async def test_state_and_availability_are_retained_and_controls_change_state(broker, service):
    p = service.topics
    async with Probe(broker.port, (f"{p.prefix}/#",)) as probe:
        for name, payload in (("mute", {}), ("volume", {"level": 0.3}),
                              ("persona", {"name": "sage"})):
            await probe.publish(p.cmd(name), json.dumps(payload))
        await probe.wait(lambda m: m.topic == p.state and m.json()["persona"] == "sage")
    async with Probe(broker.port, (f"{p.prefix}/#",)) as late:  # a newcomer gets the retained
        availability = await late.wait(topic_is(p.availability))
        state = await late.wait(topic_is(p.state))
    assert availability.retain and availability.payload == b"online"
    data = state.json()
    assert state.retain and data["muted"] is True and data["volume"] == 0.3
    assert data["persona"] == "sage" and data["wake_phrase"] is None
    assert service.sink.level == 0.3 and service.conversation.muted


async def test_home_assistant_discovery_configs_are_retained_json(broker, service):
    device = service.options.device_id
    while service.link.outbox.pending():  # all published: a newcomer gets them as retained
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    async with Probe(broker.port, (f"homeassistant/+/{device}/+/config",)) as probe:
        await probe.wait(lambda m: "/select/" in m.topic)
        await asyncio.sleep(0.3)
    configs = {m.topic: json.loads(m.payload) for m in probe.messages}
    assert len(configs) == 8 and all(m.retain for m in probe.messages)
    kinds = sorted(t.split("/")[1] for t in configs)
    assert kinds == ["button", "number", "select", "sensor", "sensor", "sensor", "switch", "text"]
    select = configs[f"homeassistant/select/{device}/persona/config"]
    assert set(select["options"]) >= {"juniper", "sage"}
    for config in configs.values():
        assert config["device"]["identifiers"] == [f"companion_{device}"]
        assert config["unique_id"].startswith(f"companion_{device}_")


async def test_unregister_removes_discovery(broker, tmp_path):
    from shells.mqtt.service import unregister

    svc = make_service(broker.url, tmp_path)
    task = asyncio.create_task(svc.run())
    await asyncio.wait_for(svc.link.connected.wait(), 10)
    await asyncio.sleep(0.3)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    device = svc.options.device_id
    async with Probe(broker.port, (f"companion/{device}/availability",)) as probe:
        offline = await probe.wait(topic_is(f"companion/{device}/availability"))
    assert offline.payload == b"offline"  # a clean stop says so itself
    await unregister(svc.link.settings, svc.options, ["juniper", "sage"])
    async with Probe(broker.port, (f"homeassistant/+/{device}/+/config",
                                   f"companion/{device}/#")) as probe:
        await asyncio.sleep(0.5)
    assert probe.messages == []


async def test_hermes_say_listen_and_hotword(broker, service):
    p = service.topics
    async with Probe(broker.port, ("hermes/#", f"{p.prefix}/#")) as probe:
        await probe.publish("hermes/tts/say", json.dumps({"text": "Dinner is ready.", "id": "h1",
                                                          "siteId": p.device_id}))
        finished = await probe.wait(event_with("hermes/tts/sayFinished", id="h1"))
        assert finished.json()["siteId"] == p.device_id
        await probe.publish("hermes/tts/say", json.dumps({"text": "Not me.", "id": "h2",
                                                          "siteId": "elsewhere"}))
        await probe.publish("hermes/hotword/toggleOff", "{}")
        await probe.wait(lambda m: m.topic == p.state and m.json()["hotword"] is False)
        await probe.publish("hermes/hotword/toggleOn", json.dumps({"siteId": "default"}))
        await probe.wait(lambda m: m.topic == p.state and m.json()["hotword"] is True)
        await asyncio.sleep(0.2)
        assert not probe.matching(event_with("hermes/tts/sayFinished", id="h2"))
    assert "Dinner is ready." in service.engine.tts.spoken  # type: ignore[union-attr]


async def test_memory_commands_use_the_injected_store(broker, tmp_path):
    calls: list[tuple[str, str]] = []

    async def memory(action: str, query: str) -> dict[str, object]:
        calls.append((action, query))
        return {"forgotten": [3, 4]}

    svc = make_service(broker.url, tmp_path, memory=memory)
    task = asyncio.create_task(svc.run())
    await asyncio.wait_for(svc.link.connected.wait(), 10)
    p = svc.topics
    async with Probe(broker.port, (f"{p.prefix}/#",)) as probe:
        await probe.publish(p.cmd("memory/forget"), json.dumps({"query": "my sister", "id": 5}))
        event = await probe.wait(event_with(p.event("memory"), id=5))
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert event.json()["forgotten"] == [3, 4] and calls == [("forget", "my sister")]


def malformed_corpus(device: str) -> list[tuple[str, bytes]]:
    """(topic, payload) pairs that must each produce an event/error."""
    cmd = f"companion/{device}/cmd/"
    big = b'{"text": "' + b"a" * (10 * 1024 * 1024) + b'"}'
    garbage = bytes(range(256)) * 40960  # 10 MB of binary
    ask_cases = [b"not json", b"{", b"[]", b'"text"', b"42", b"null", b"{}", b'{"text": 5}',
                 b'{"text": null}', b'{"text": ["a"]}', b'{"text": {"a": 1}}', b'{"text": ""}',
                 b'{"text": "  \\n\\t "}', json.dumps({"text": "x" * 5000}).encode(),
                 b'{"text": "hi", "id": [1]}', b'{"text": "hi", "id": {"a": 1}}',
                 b'{"text": "hi", "id": true}', b'{"text": "hi", "id": 1.5}',
                 b'{"text": "hi", "id": ""}', json.dumps({"text": "hi", "id": "x" * 200}).encode(),
                 b'{"text": "hi", "extra": 1}', big, b"\xff\xfe\xfa", b"[" * 50000,
                 b'{"text": NaN}', b'{"text": "hi", "id": 99999999999999999999999}',
                 b'\x00\x01\x02{"text": "hi"}']
    corpus = [(cmd + "ask", payload) for payload in ask_cases]
    corpus += [(cmd + "say", garbage), (cmd + "say", b'{"text": 1}'), (cmd + "stop", b"garbage")]
    corpus += [(cmd + "volume", p) for p in (b'{"level": "loud"}', b'{"level": 2}',
                                             b'{"level": -0.1}', b'{"level": NaN}',
                                             b'{"level": Infinity}', b'{"level": true}', b"{}",
                                             b"")]
    corpus += [(cmd + "persona", p) for p in (b'{"name": "nobody"}', b'{"name": 3}',
                                              b'{"name": "/etc/hosts.toml"}')]
    corpus += [(cmd + "mute", b'{"muted": "yes"}'), (cmd + "unknown", b"{}"), (cmd, b"{}"),
               (cmd + "ask/extra", b'{"text": "hi"}'), (cmd + "memory/forget", b"{}"),
               (cmd + "memory/forget", b'{"query": 1}'),
               (cmd + "memory/forget", b'{"query": "x"}'),  # no memory store here
               (cmd + "listen", b"{}")]  # no microphone here
    corpus += [("hermes/tts/say", b"not json"), ("hermes/tts/say", b'{"text": ""}'),
               ("hermes/tts/say", b'{"text": "hi", "siteId": 5}'),
               ("hermes/asr/startListening", b"[1, 2]")]
    corpus += [(f"companion/sat-{device}/audio/in", p) for p in (b"\x01", b"", garbage,
                                                                 b"\x01\x02\x03", bytes(40000))]
    corpus += [(f"companion/{device}/audio/in", bytes(960)),  # the brain has no audio/in
               ("companion/bad id!/audio/in", bytes(960))]
    return corpus


async def test_malformed_corpus_gives_errors_and_service_keeps_answering(broker, service):
    p = service.topics
    corpus = malformed_corpus(p.device_id)
    assert len(corpus) >= 50
    async with Probe(broker.port, (f"{p.prefix}/#", f"companion/sat-{p.device_id}/#")) as probe:
        for topic, payload in corpus:
            start = len(probe.messages)
            await probe.publish(topic, payload)
            error = await probe.wait(lambda m, t=topic: m.topic.endswith("/event/error")
                                     and m.json().get("topic") == t, start=start)
            message = error.json()["message"]
            assert 10 < len(message) < 300 and "\n" not in message, message
        # Replayed ids: the first runs, the repeat is refused.
        for _ in range(2):
            await probe.publish(p.cmd("ask"), json.dumps({"text": "once", "id": "dup"}))
        await probe.wait(event_with(p.event("error"), id="dup"))
        await probe.publish(p.cmd("ask"), json.dumps({"text": "still there?", "id": "after"}))
        reply = await probe.wait(event_with(p.event("reply"), id="after"))
    assert reply.json()["text"] == "You said still there?"
    assert len(probe.matching(event_with(p.event("ack"), id="dup"))) == 1


async def test_command_sent_while_broker_restarts_runs_exactly_once(tmp_path):
    broker = LocalBroker(persistence=True, folder=tmp_path / "broker").start()
    try:
        # A long first retry, so the command surely arrives while the service is still away.
        svc = make_service(broker.url, tmp_path, backoff=(2.5, 2.5))
        task = asyncio.create_task(svc.run())
        await asyncio.wait_for(svc.link.connected.wait(), 10)
        await asyncio.sleep(1.2)  # the broker's autosave holds our session and subscription
        broker.stop(kill=True)
        for _ in range(100):
            if not svc.link.connected.is_set():
                break
            await asyncio.sleep(0.05)
        assert not svc.link.connected.is_set()
        broker.start()
        p = svc.topics
        async with Probe(broker.port, (f"{p.prefix}/event/#",)) as probe:
            await probe.publish(p.cmd("ask"), json.dumps({"text": "pending", "id": "p-1"}))
            assert not svc.link.connected.is_set(), "the service reconnected too early"
            reply = await probe.wait(event_with(p.event("reply"), id="p-1"), timeout=20)
            await probe.publish(p.cmd("ask"), json.dumps({"text": "pending", "id": "p-1"}))
            await probe.wait(event_with(p.event("error"), id="p-1"))
            await asyncio.sleep(0.5)
            replies = probe.matching(event_with(p.event("reply"), id="p-1"))
        assert reply.json()["text"] == "You said pending" and len(replies) == 1
        prompts = [m[-1]["content"] for m in svc.engine.llm.prompts]  # type: ignore[attr-defined]
        assert prompts.count("pending") == 1
        assert svc.link.connections == 2
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    finally:
        broker.stop()


async def test_memory_commands_on_a_real_store(broker, tmp_path):
    from memory import MemoryStore
    from shells.mqtt.cli import store_handler

    store = MemoryStore(tmp_path / "memory")
    store.add("My sister Ana lives in Porto.", role="user", profile="default")
    svc = make_service(broker.url, tmp_path, memory=store_handler(store, "default"),
                       allow_memory_read=True)  # off by default: see test_mqtt_security
    task = asyncio.create_task(svc.run())
    await asyncio.wait_for(svc.link.connected.wait(), 10)
    p = svc.topics
    try:
        async with Probe(broker.port, (f"{p.prefix}/#",)) as probe:
            await probe.publish(p.cmd("memory/search"), json.dumps({"query": "sister", "id": 1}))
            found = await probe.wait(event_with(p.event("memory"), id=1), timeout=30)
            await probe.publish(p.cmd("memory/forget"), json.dumps({"query": "sister", "id": 2}))
            forgot = await probe.wait(event_with(p.event("memory"), id=2), timeout=30)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        store.close()
    assert any("Porto" in hit["text"] for hit in found.json()["hits"])
    assert forgot.json()["forgotten"]


async def test_voice_works_without_the_broker_and_state_follows_on_connect(tmp_path):
    from tests.voice_fixtures import speech_16k
    from voice.sinks import NullSink
    from voice.sources import WavFileSource

    broker = LocalBroker(folder=tmp_path / "late")  # its port is chosen, nothing listens yet
    engine = Engine(stt=FakeSTT(by_length=[(100.0, "hello there")]), tts=FakeTTS(),
                    llm=FakeLLM(delay_s=0.001))
    options = ServeOptions(device_id=f"t-{uuid.uuid4().hex[:8]}", wake=WakeSettings(phrase=None),
                           backoff_s=(0.2, 0.5))
    svc = CompanionService(engine, load_persona("juniper"), Config(home=tmp_path),
                           BrokerSettings.from_url(broker.url), options, sink=NullSink())
    source = WavFileSource(None, realtime=True, samples=speech_16k("Hello there."),
                           trailing_silence_s=1.5)
    task = asyncio.create_task(svc.run(source))
    try:
        for _ in range(200):
            if svc.conversation.results:
                break
            await asyncio.sleep(0.05)
        assert svc.conversation.results[0].reply == "You said hello there"
        assert not svc.link.connected.is_set()
        broker.start()
        await asyncio.wait_for(svc.link.connected.wait(), 10)
        async with Probe(broker.port, (svc.topics.state,)) as probe:
            state = await probe.wait(topic_is(svc.topics.state))
        assert state.json()["last_reply"] == "You said hello there"
        assert state.json()["last_transcript"] == "hello there"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        broker.stop()
