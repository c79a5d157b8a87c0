"""MQTT pieces without a broker: payload validation, dedupe, wake matching, audio framing."""

from __future__ import annotations

import asyncio
import json

import numpy as np
import pytest

from pipeline.items import Reply, SpeechStarted, Transcript
from pipeline.wake import WakeGate, WakeSettings, find_phrase
from shells.mqtt.audio import (
    AudioPayloadError,
    QueueSource,
    VolumeSink,
    check_audio_in,
    decode_out,
    encode_out,
)
from shells.mqtt.bridge import BrokerSettings, BrokerUrlError, Outbox, Outgoing
from shells.mqtt.commands import BadCommand, SeenIds, parse_command
from shells.mqtt.discovery import discovery_payloads
from shells.mqtt.hermes import parse_hermes
from shells.mqtt.topics import Topics, route
from tests.fakes import RecordingSink


def test_commands_parse_into_typed_commands():
    ask = parse_command("ask", b'{"text": "  What   time is it? ", "id": "q1"}')
    assert (ask.name, ask.text, ask.id) == ("ask", "What time is it?", "q1")
    assert parse_command("volume", b'{"level": 0.25}').level == 0.25
    assert parse_command("stop", b"").name == "stop"
    assert parse_command("mute", b'{"muted": false}').name == "unmute"
    assert parse_command("memory/forget", b'{"query": "my sister", "id": 7}').id == 7


@pytest.mark.parametrize("name,payload,words", [
    ("ask", b"nope", "not valid JSON"),
    ("ask", b"[1]", "JSON object"),
    ("ask", b'{"text": 3}', '"text" must be a string'),
    ("ask", b'{"text": "hi", "id": [1]}', '"id" must be'),
    ("volume", b'{"level": NaN}', "outside 0.0 to 1.0"),
    ("volume", b'{"level": true}', "must be a number"),
    ("dance", b"{}", "Unknown command"),
    ("ask", b"[" * 100000, "over the"),
    ("ask", b"[" * 60000, "not valid JSON"),
])
def test_bad_commands_say_what_is_wrong(name, payload, words):
    with pytest.raises(BadCommand, match=words.replace("(", r"\(").replace("[", r"\[")):
        parse_command(name, payload)


def test_seen_ids_are_bounded_and_survive_a_restart(tmp_path):
    path = tmp_path / "seen.json"
    seen = SeenIds(capacity=3, path=path)
    assert seen.first_time("a") and not seen.first_time("a")
    assert seen.first_time(1) and seen.first_time("1")  # an int and a string differ
    assert seen.first_time(None) and seen.first_time(None)  # no id: always runs
    for key in ("b", "c", "d"):
        seen.first_time(key)
    assert seen.first_time("a")  # evicted (oldest)
    again = SeenIds(capacity=3, path=path)
    assert not again.first_time("d")


@pytest.mark.parametrize("heard", [
    "Hey Juniper, what time is it?", "hey juniper what time is it", "Hi Juniper, a question.",
    "A juniper, what's the weather?", "Hey Junaper, tell me a joke.", "Heyjuniper, stop.",
    "Um, hey Juniper, are you there?", "Hey, Juniper. Set a timer.", "Juniper, lights off.",
    "Hey Juni per, what's up?",
])
def test_wake_phrase_is_heard_through_mishearings(heard):
    assert find_phrase(heard, "hey juniper") is not None


@pytest.mark.parametrize("heard", [
    "What is the capital of France?", "I planted a juniper bush last spring.",
    "Hey, can you help me?", "Hey Jennifer, dinner is ready.", "Hey there, how are you?",
    "Junior will be home soon.", "", "He knew it.",
])
def test_wake_phrase_does_not_fire_on_other_speech(heard):
    assert find_phrase(heard, "hey juniper") is None


def test_wake_gate_strips_the_phrase_and_opens_windows():
    clock = [100.0]
    woke: list[str] = []
    gate = WakeGate(WakeSettings(followup_s=5, listen_s=4), "Juniper",
                    on_wake=lambda text, score: woke.append(text), clock=lambda: clock[0])
    assert gate.accept("Hey Juniper, what is the capital of France?") == \
        "what is the capital of France?"
    gate.observe(SpeechStarted())  # every utterance starts with one
    assert gate.accept("What is the capital of France?") is None
    # A partial carried the phrase; the final garbled it: still ours.
    gate.observe(SpeechStarted())
    gate.observe(Transcript(text="Hey Juniper, what", final=False))
    assert gate.accept("Hey, Jennifer, what time is it?") == "Hey, Jennifer, what time is it?"
    # Follow-up window after a reply.
    gate.observe(SpeechStarted())
    gate.observe(Reply(text="It is noon."))
    clock[0] += 3
    gate.observe(SpeechStarted())
    assert gate.accept("And in Tokyo?") == "And in Tokyo?"
    clock[0] += 10
    gate.observe(SpeechStarted())
    assert gate.accept("And in Paris?") is None
    # The phrase alone: listen for the next utterance (push-to-talk works the same way).
    assert gate.accept("Hey Juniper.") is None
    clock[0] += 1
    gate.observe(SpeechStarted())
    assert gate.accept("Turn the lights off.") == "Turn the lights off."
    gate.hotword_on = False
    clock[0] += 60
    gate.observe(SpeechStarted())
    assert gate.accept("Hey Juniper, hello") is None
    assert len(woke) >= 2


def test_no_wake_phrase_accepts_everything():
    gate = WakeGate(WakeSettings(phrase=None), "Juniper")
    assert gate.accept("anything at all") == "anything at all"


def test_audio_out_header_round_trip_and_validation():
    samples = np.arange(-5, 5, dtype=np.int16)
    chunk = decode_out(encode_out(samples, 22050, 3))
    assert chunk.rate == 22050 and chunk.seq == 3 and not chunk.end
    assert np.array_equal(chunk.samples, samples)
    assert decode_out(encode_out(samples[:0], 22050, 4, flags=1)).end
    for bad in (b"", b"CAUD", b"XXXX" + bytes(20)):
        with pytest.raises(AudioPayloadError):
            decode_out(bad)
    for bad in (b"", b"\x01", bytes(32002)):
        with pytest.raises(AudioPayloadError):
            check_audio_in(bad)
    check_audio_in(bytes(960))


async def test_volume_sink_scales_audio():
    inner = RecordingSink()
    sink = VolumeSink(inner, level=0.5)
    await sink.play(np.full(4, 1000, dtype=np.int16), 16000)
    sink.level = 1.0
    await sink.play(np.full(4, 32767, dtype=np.int16), 16000)
    assert inner.chunks[0].tolist() == [500] * 4 and inner.chunks[1].tolist() == [32767] * 4


async def test_queue_source_fills_gaps_with_silence_then_stops():
    source = QueueSource(gap_s=0.03, fill_s=0.3)
    source.push(np.full(480 * 3, 100, dtype="<i2").tobytes())
    frames: list[np.ndarray] = []

    async def read() -> None:
        async for frame in source.frames():
            frames.append(frame)

    reader = asyncio.create_task(read())
    await asyncio.sleep(0.6)
    source.close()
    await asyncio.wait_for(reader, 2)
    voiced = [f for f in frames if f.any()]
    assert len(voiced) == 3
    assert 5 <= len(frames) - 3 <= 14  # ~0.3 s of silence filled, then nothing more


async def test_outbox_keeps_latest_retained_and_drops_transient_offline():
    box = Outbox()
    box.put(Outgoing("s", b"1", retain=True))
    box.put(Outgoing("s", b"2", retain=True))
    box.put(Outgoing("partial", b"x"), transient=True)  # offline: dropped
    box.put(Outgoing("reply", b"r"))
    got = [await box.get(), await box.get()]
    assert [(m.topic, m.payload) for m in got] == [("s", b"2"), ("reply", b"r")]
    box.republish_retained()
    assert (await box.get()).payload == b"2"


def test_broker_url_forms():
    s = BrokerSettings.from_url("mqtt://ann:p%40ss@broker.lan:1884")
    assert (s.host, s.port, s.username, s.password, s.tls) == ("broker.lan", 1884, "ann", "p@ss",
                                                               False)
    assert BrokerSettings.from_url("mqtts://h").port == 8883
    for bad in ("http://h", "mqtt://", "mqtt://h:99999", "localhost:1883"):
        with pytest.raises(BrokerUrlError):
            BrokerSettings.from_url(bad)
    with pytest.raises(BrokerUrlError):
        BrokerSettings.from_url("mqtt://h", tls_cert="c.pem")


def test_routes_and_discovery_configs():
    assert route("companion/me/cmd/memory/forget", "me").name == "memory/forget"
    assert route("companion/other/cmd/ask", "me").kind == "unknown"
    assert route("companion/sat1/audio/in", "me").device_id == "sat1"
    assert route("companion/me/image", "me").kind == "image"
    assert route("companion/other/image", "me").kind == "unknown"
    payloads = discovery_payloads(Topics("me"), ["juniper", "sage"])
    components = {t.split("/")[1] for t in payloads}
    assert components == {"sensor", "switch", "number", "text", "button", "select"}
    assert len(payloads) == 8
    for topic, payload in payloads.items():
        config = json.loads(payload)
        assert topic.startswith("homeassistant/") and topic.endswith("/config")
        assert config["availability_topic"] == "companion/me/availability"
    removed = discovery_payloads(Topics("me"), ["juniper"], remove=True)
    assert set(removed.values()) == {b""}


def test_hermes_payloads():
    say = parse_hermes("tts/say", b'{"text": "Hello", "siteId": "kitchen", "id": "x"}')
    assert (say.text, say.site_id, say.request_id) == ("Hello", "kitchen", "x")
    assert parse_hermes("hotword/toggleOff", b"").site_id == "default"
    for name, payload in (("tts/say", b"{}"), ("tts/say", b"[]"), ("asr/nothing", b"{}"),
                          ("tts/say", b'{"text": "a", "siteId": 1}')):
        with pytest.raises(BadCommand):
            parse_hermes(name, payload)
