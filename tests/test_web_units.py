"""The browser shell's pieces without a server: the WebSocket protocol, the audio wire format,
who may connect (token, Host, Origin) and the [web] config. Barge-in without the echo gate
(the browser cancels our echo) is tested with the other barge-in tests, in
test_pipeline_units.py."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.config import ConfigError, load_config
from pipeline.items import BargeIn, ErrorEvent, State, StateChanged, Transcript, TurnMetrics
from shells.web.auth import Guard, is_loopback, refusal_page, resolve_token
from shells.web.protocol import BadMessage, event_message, parse_message
from voice.wire import (
    FLAG_END,
    FLAG_STOP,
    AudioPayloadError,
    PacketSink,
    check_pcm16,
    decode_out,
    looks_like_float32,
)

# --- protocol -------------------------------------------------------------------------------


def test_messages_parse_into_typed_messages():
    ask = parse_message('{"type": "ask", "text": "  What   time is it? ", "id": 7}')
    assert (ask.type, ask.text, ask.id) == ("ask", "What time is it?", 7)
    assert parse_message('{"type": "persona", "name": " sage "}').text == "sage"
    assert parse_message('{"type": "hello", "format": "s16le", "rate": 16000}').type == "hello"
    assert parse_message('{"type": "stop"}').type == "stop"


@pytest.mark.parametrize("raw,words", [
    ("not json", "JSON objects"),
    ("[1, 2]", "JSON object"),
    ('{"type": "dance"}', "unknown message type 'dance'"),
    ('{"text": "hi"}', "unknown message type"),
    ('{"type": "ask"}', "non-empty"),
    ('{"type": "ask", "text": "   "}', "non-empty"),
    ('{"type": "ask", "text": "hi", "id": true}', "short string or number"),
    ('{"type": "persona", "name": 3}', "persona needs"),
    ('{"type": "hello", "rate": 44100}', "rate 44100 is not supported"),
    ('{"type": "hello", "format": "f32le"}', "format 'f32le' is not supported"),
    (json.dumps({"type": "ask", "text": "x" * 2500}), "over 2000 characters"),
    (json.dumps({"type": "ask", "text": "x" * 9000}), "over the 8192-byte limit"),
])
def test_bad_messages_say_what_is_wrong(raw, words):
    with pytest.raises(BadMessage, match=words):
        parse_message(raw)


def test_events_become_page_messages():
    assert event_message(StateChanged(state=State.LISTENING)) == {"type": "state",
                                                                  "state": "listening"}
    partial = event_message(Transcript(text="what time", final=False, stable="what"))
    assert partial == {"type": "transcript", "text": "what time", "final": False,
                       "stable": "what"}
    metrics = event_message(TurnMetrics(timings_ms={"first_audio_out": 312.345}))
    assert metrics["timings_ms"] == {"first_audio_out": 312.3}
    assert event_message(BargeIn()) == {"type": "barge_in"}
    assert event_message(ErrorEvent(message="boom"))["message"] == "boom"


# --- the wire format --------------------------------------------------------------------


def test_pcm_checks_catch_odd_bytes_oversize_and_float32():
    speech = (np.sin(np.arange(1600) / 5) * 8000).astype("<i2").tobytes()
    check_pcm16(speech, 32000, "audio")  # real s16le passes
    check_pcm16(bytes(1280), 32000, "audio")  # silence passes
    floats = (np.sin(np.arange(800) / 5) * 0.5).astype("<f4").tobytes()
    assert looks_like_float32(floats) and not looks_like_float32(speech)
    for payload, words in ((b"", "empty"), (b"\x01\x02\x03", "whole number"),
                           (bytes(32002), "over the 32000-byte limit"), (floats, "float32")):
        with pytest.raises(AudioPayloadError, match=words):
            check_pcm16(payload, 32000, "audio")


async def test_packet_sink_frames_replies_and_says_stop():
    sent: list[bytes] = []
    sink = PacketSink(sent.append)
    await sink.play(np.arange(10, dtype=np.int16), 22050)
    await sink.play(np.arange(5, dtype=np.int16), 22050)
    await sink.drain()
    sink.stop()
    chunks = [decode_out(p) for p in sent]
    assert [c.seq for c in chunks[:3]] == [0, 1, 2] and chunks[0].rate == 22050
    assert chunks[1].samples.tolist() == list(range(5))
    assert chunks[2].flags == FLAG_END and chunks[3].flags == FLAG_END | FLAG_STOP
    assert sink.sent_bytes == sum(len(p) for p in sent)


# --- who may connect ----------------------------------------------------------------------


def scope(path="/api/info", host="127.0.0.1:8080", kind="http", method="GET", query=b"",
          **headers: str):
    raw = [(b"host", host.encode())] + [(k.replace("_", "-").encode(), v.encode())
                                         for k, v in headers.items()]
    return {"type": kind, "path": path, "method": method, "headers": raw, "query_string": query}


def test_loopback_needs_no_token_but_only_answers_loopback_hosts():
    guard = Guard(token="", loopback=True)
    assert guard.refusal(scope()) is None
    assert guard.refusal(scope(host="localhost:8080")) is None
    assert guard.refusal(scope(host="[::1]:8080")) is None
    status, reason = guard.refusal(scope(host="evil.example:8080"))  # DNS rebinding
    assert status == 403 and "only to localhost" in reason
    same = scope(kind="websocket", path="/ws", origin="http://127.0.0.1:8080")
    assert guard.refusal(same) is None
    other = scope(kind="websocket", path="/ws", origin="http://evil.example")
    assert guard.refusal(other)[0] == 403
    assert guard.refusal(scope(method="DELETE", origin="http://evil.example"))[0] == 403


def test_a_token_is_needed_everywhere_but_the_page_files():
    token = "s3cret-token-0123456789"
    guard = Guard(token=token, loopback=False)
    lan = {"host": "192.0.2.10:8080"}
    assert guard.refusal(scope(path="/", **lan)) is None
    assert guard.refusal(scope(path="/static/app.js", **lan)) is None
    assert guard.refusal(scope(**lan))[0] == 401
    assert "wrong token" in guard.refusal(scope(authorization="Bearer nope", **lan))[1]
    assert guard.refusal(scope(authorization=f"Bearer {token}", **lan)) is None
    assert guard.refusal(scope(x_companion_token=token, **lan)) is None
    assert guard.refusal(scope(query=f"q=1&token={token}".encode(), **lan)) is None
    assert guard.refusal(scope(kind="websocket", path="/ws", **lan))[0] == 401
    assert "Token needed" in refusal_page(401, "a token is needed <here>")
    assert "&lt;here&gt;" in refusal_page(401, "a token is needed <here>")


def test_tokens_come_from_config_or_env_or_are_made_up_off_loopback(monkeypatch):
    monkeypatch.delenv("COMPANION_WEB_TOKEN", raising=False)
    assert resolve_token("127.0.0.1", "") == ("", False)
    assert resolve_token("localhost", "") == ("", False)
    made, made_up = resolve_token("0.0.0.0", "")
    assert made_up and len(made) >= 24
    assert resolve_token("0.0.0.0", "") != (made, True)  # fresh each run
    assert resolve_token("0.0.0.0", "from-config-0123456") == ("from-config-0123456", False)
    monkeypatch.setenv("COMPANION_WEB_TOKEN", "from-env-0123456789")
    assert resolve_token("192.0.2.1", "") == ("from-env-0123456789", False)
    assert is_loopback("127.0.0.2") and is_loopback("[::1]") and not is_loopback("0.0.0.0")


@pytest.mark.parametrize("toml,words", [
    ('[web]\nport = 70000\n', "use 0 to 65535"),
    ('[web]\ntoken = "short"\n', "at least 16"),
    ('[web]\nmax_clients = 0\n', "max_clients = 0 is out of range"),
    ('[web]\nhost = " "\n', "host must not be empty"),
    ('[web]\ntls_cert = "/nonexistent.pem"\n', "both tls_cert and tls_key"),
    ('[web]\nport = "80"\n', "port must be a whole number"),
    ('[web]\nwhatever = 1\n', "unknown key"),
])
def test_web_config_is_checked(tmp_path, toml, words):
    path = tmp_path / "config.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError, match=words):
        load_config(path, tmp_path)


def test_web_config_keys_load(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[web]\nhost = "0.0.0.0"\nport = 9000\ntoken = "abcdefghijklmnop"\n'
                    "max_clients = 2\n")
    web = load_config(path, tmp_path).web
    assert (web.host, web.port, web.token, web.max_clients) == ("0.0.0.0", 9000,
                                                                "abcdefghijklmnop", 2)
