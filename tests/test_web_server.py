"""The web server on loopback, driven by real WebSocket and HTTP clients, with fast stand-ins
for the models (the real ones are in test_web_e2e.py): bad input, several tabs, tabs that
vanish or idle, the client limit, the token and the Host/Origin checks."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import subprocess
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.persona import load_persona
from shells.web.bench import BrowserLikeClient
from shells.web.server import bind, build_app, serve_web
from tests.fakes import FakeLLM, FakeSTT, FakeTTS
from tests.voice_fixtures import speech_16k
from voice.wire import decode_out

pytestmark = pytest.mark.timeout(120)
TOKEN = "test-token-0123456789abcdef"


@dataclass
class Served:
    port: int
    app: Any

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def http(self, path: str, method: str = "GET", **headers: str) -> tuple[int, str, str]:
        """(status, content type, body) of a plain HTTP request, never through a proxy."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                         headers=headers)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status, response.headers["content-type"], response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers["content-type"], error.read().decode()


def fake_engine(reply: str = "You said {user}", delay_s: float = 0.01) -> Engine:
    return Engine(stt=FakeSTT(by_length=[(99.0, "hello there")]), tts=FakeTTS(),
                  llm=FakeLLM(reply, delay_s=delay_s))


@contextlib.asynccontextmanager
async def served(engine: Engine | None = None, token: str = "", host: str = "127.0.0.1",
                 **web: Any) -> AsyncIterator[Served]:
    config = Config()
    config = replace(config, web=replace(config.web, host=host, **web))
    app = build_app(engine or fake_engine(), load_persona("juniper"), config, token,
                    reap_every_s=0.05)
    sock = bind("127.0.0.1", 0)
    ready = asyncio.Event()
    task = asyncio.create_task(serve_web(app, sock, on_ready=ready.set))
    await asyncio.wait_for(ready.wait(), 10)
    try:
        yield Served(sock.getsockname()[1], app)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def open_ws(url: str, **kwargs: Any) -> Any:
    return connect(url, proxy=None, max_size=None, compression=None, **kwargs)


async def next_json(ws: ClientConnection, kind: str, timeout: float = 10) -> dict[str, Any]:
    """The next JSON message of type ``kind`` (audio and other messages are skipped)."""
    async with asyncio.timeout(timeout):
        while True:
            message = await ws.recv()
            if isinstance(message, str) and json.loads(message)["type"] == kind:
                return json.loads(message)


async def ask(ws: ClientConnection, text: str = "hello") -> dict[str, Any]:
    await ws.send(json.dumps({"type": "ask", "text": text, "id": "q"}))
    return await next_json(ws, "answer", timeout=20)


async def test_bad_input_gets_an_error_and_the_server_keeps_serving():
    floats = (np.sin(np.arange(1600) / 5) * 0.5).astype("<f4").tobytes()
    bad_inputs = [
        (b"\x01\x02\x03", "whole number of 16-bit samples"),
        (floats, "float32"),
        (bytes(40000), "over the 32000-byte limit"),
        ("{not json", "JSON objects"),
        ('{"type": "shout"}', "unknown message type"),
        ('{"type": "hello", "rate": 48000}', "rate 48000 is not supported"),
        ('{"type": "persona", "name": "/etc/juniper.toml"}', "unknown persona"),
        ('{"type": "persona", "name": "nobody"}', "unknown persona 'nobody'"),
    ]
    async with served() as server:
        async with open_ws(server.ws) as ws:
            assert (await next_json(ws, "ready"))["personas"] == ["juniper", "sage"]
            for payload, words in bad_inputs:
                await ws.send(payload)
                assert words in (await next_json(ws, "error"))["message"]
            assert (await ask(ws))["text"] == "You said hello"  # the same tab still works
            await ws.send(bytes(2 << 20))  # over the WebSocket limit: that tab is closed
            with pytest.raises(ConnectionClosed) as closed:
                await next_json(ws, "never")
            assert closed.value.rcvd.code == 1009
        async with open_ws(server.ws) as other:  # ...and the server serves the next one
            assert (await ask(other, "still there"))["text"] == "You said still there"
        await asyncio.sleep(0.2)
        assert server.app.state.hub.sessions == {}


async def test_a_tab_that_vanishes_mid_reply_leaves_the_others_talking():
    engine = fake_engine(reply=" ".join(["Word"] * 60), delay_s=0.02)
    async with served(engine) as server, open_ws(server.ws) as steady:
        await next_json(steady, "ready")
        gone = await open_ws(server.ws)
        await next_json(gone, "ready")
        await gone.send(json.dumps({"type": "ask", "text": "tell me a long story"}))
        async with asyncio.timeout(10):
            while not isinstance(await gone.recv(), bytes):
                pass  # the reply is playing...
        gone.transport.abort()  # ...when the tab dies without a goodbye
        engine.llm.reply = "You said {user}"  # type: ignore[attr-defined]
        assert (await ask(steady, "are you ok")).get("text") == "You said are you ok"
        async with asyncio.timeout(5):
            while len(server.app.state.hub.sessions) != 1:
                await asyncio.sleep(0.05)


async def test_each_tab_has_its_own_conversation():
    async with served() as server, open_ws(server.ws) as first, open_ws(server.ws) as second:
        a, b = await next_json(first, "ready"), await next_json(second, "ready")
        assert a["session"] != b["session"]
        await first.send(json.dumps({"type": "persona", "name": "sage"}))
        assert (await next_json(first, "persona"))["name"] == "Sage"
        answers = await asyncio.gather(ask(first, "one"), ask(second, "two"))
        assert [x["text"] for x in answers] == ["You said one", "You said two"]
        hub = server.app.state.hub
        histories = [s.conversation.thinker.history.turns for s in hub.sessions.values()]
        assert sorted(len(h) for h in histories) == [2, 2]
        personas = sorted(s.conversation.thinker.persona.name for s in hub.sessions.values())
        assert personas == ["Juniper", "Sage"]


async def test_spoken_audio_gets_transcript_reply_metrics_and_audio_in_order():
    async with served() as server:
        client = BrowserLikeClient(server.ws)
        turn, = await client.talk([speech_16k("Hello there.")])
    assert turn.transcript == "hello there" and turn.reply == "You said hello there"
    assert turn.voice_to_voice_ms is not None and turn.server_first_audio_ms is not None
    log = client.log
    assert log.index("state:listening") < log.index("transcript:True") < log.index("audio")
    assert log.index("audio") < log.index("end") and log.index("reply:") < log.index("metrics:")
    assert "state:responding" in log and log[-1] == "state:idle"


async def test_typed_question_is_answered_in_text_and_spoken():
    async with served() as server:
        async with open_ws(server.ws) as ws:
            await next_json(ws, "ready")
            await ws.send(json.dumps({"type": "ask", "text": "what is up", "id": 42}))
            packets: list[bytes] = []
            async with asyncio.timeout(10):
                while True:
                    message = await ws.recv()
                    if isinstance(message, bytes):
                        packets.append(message)
                    elif json.loads(message)["type"] == "answer":
                        answer = json.loads(message)
                        break
        assert answer == {"type": "answer", "id": 42, "transcript": "what is up",
                          "text": "You said what is up", "interrupted": False, "error": None}
        chunks = [decode_out(p) for p in packets]
        assert sum(c.samples.size for c in chunks) > 0 and chunks[-1].end


async def test_too_many_tabs_are_refused_with_a_reason():
    async with served(max_clients=1) as server:
        async with open_ws(server.ws) as first:
            await next_json(first, "ready")
            async with open_ws(server.ws) as second:
                assert "too many browser clients (1)" in (await next_json(second, "error"))[
                    "message"]
                with pytest.raises(ConnectionClosed) as closed:
                    await second.recv()
                assert closed.value.rcvd.code == 1013
        async with open_ws(server.ws) as later:  # the first one left: room again
            await next_json(later, "ready")


async def test_an_idle_tab_is_told_and_closed():
    async with served(idle_timeout_s=0.3) as server:
        async with open_ws(server.ws) as ws:
            await next_json(ws, "ready")
            assert "without talking" in (await next_json(ws, "error"))["message"]
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd.code == 4408
        assert server.app.state.hub.sessions == {}


async def test_with_a_token_everything_but_the_page_needs_it():
    async with served(token=TOKEN, host="0.0.0.0") as server:
        status, kind, body = await asyncio.to_thread(server.http, "/")
        assert status == 200 and 'id="talk"' in body
        status, kind, body = await asyncio.to_thread(server.http, "/api/info")
        assert status == 401 and "token is needed" in json.loads(body)["error"]
        status, kind, body = await asyncio.to_thread(server.http, "/api/memory",
                                                     accept="text/html")
        assert status == 401 and kind.startswith("text/html") and "Token needed" in body
        status, _, body = await asyncio.to_thread(server.http, "/api/info",
                                                  authorization=f"Bearer {TOKEN}")
        assert status == 200 and json.loads(body)["persona"] == "Juniper"
        status, _, _ = await asyncio.to_thread(server.http, f"/api/info?token={TOKEN}")
        assert status == 200
        async with open_ws(server.ws) as refused:
            with pytest.raises(ConnectionClosed) as closed:
                await refused.recv()
            assert closed.value.rcvd.code == 4401 and "token" in closed.value.rcvd.reason
        async with open_ws(f"{server.ws}?token={TOKEN}") as ws:
            await next_json(ws, "ready")


async def test_loopback_refuses_other_hosts_and_other_sites():
    async with served() as server:
        status, _, body = await asyncio.to_thread(server.http, "/api/info",
                                                  host="evil.example")
        assert status == 403 and "only to localhost" in body
        async with open_ws(server.ws, origin="http://evil.example") as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            assert closed.value.rcvd.code == 4403
        origin = f"http://127.0.0.1:{server.port}"
        async with open_ws(server.ws, origin=origin) as ws:
            await next_json(ws, "ready")


async def test_memory_api_without_memory_says_so():
    async with served() as server:
        status, _, body = await asyncio.to_thread(server.http, "/api/memory")
        assert status == 503 and "memory is off" in json.loads(body)["error"]
        status, _, body = await asyncio.to_thread(server.http, "/api/memory/abc", "DELETE")
        assert status == 400 and "not a whole number" in json.loads(body)["error"]


async def _stream(ws: ClientConnection, audio: np.ndarray) -> None:
    """``audio`` at real-time pace in 40 ms messages, as the page's microphone sends it."""
    for start in range(0, audio.size, 640):
        await ws.send(np.pad(audio[start:start + 640], (0, max(0, start + 640 - audio.size)))
                      .astype("<i2").tobytes())
        await asyncio.sleep(0.04)


async def _reply_under(ws: ClientConnection, words: np.ndarray) -> tuple[dict[str, Any], list]:
    """Ask for a long reply, talk ``words`` over it once it plays; the answer and what came."""
    await ws.send(json.dumps({"type": "ask", "text": "tell me a story"}))
    seen: list[Any] = []
    talking: asyncio.Task[None] | None = None
    async with asyncio.timeout(30):
        while True:
            message = await ws.recv()
            seen.append(decode_out(message) if isinstance(message, bytes)
                        else json.loads(message))
            if isinstance(message, bytes) and talking is None:
                silence = np.zeros(16000, np.int16)
                talking = asyncio.create_task(_stream(ws, np.concatenate([words, silence])))
            if isinstance(seen[-1], dict) and seen[-1]["type"] == "answer":
                assert talking is not None
                talking.cancel()
                return seen[-1], seen


async def test_talking_over_the_reply_stops_it_but_a_short_sound_does_not():
    engine = fake_engine(reply=" ".join(["Word."] * 40))  # ~4 s of reply audio
    async with served(engine) as server, open_ws(server.ws) as ws:
        await next_json(ws, "ready")
        speech = np.asarray(speech_16k("Hello there, wait a moment please."))
        answer, seen = await _reply_under(ws, speech)
        assert answer["interrupted"]
        assert any(isinstance(m, dict) and m["type"] == "barge_in" for m in seen)
        assert any(not isinstance(m, dict) and m.stop for m in seen)  # the page goes quiet
        await asyncio.sleep(1.5)  # the interrupting words make a turn of their own; let it end
        engine.llm.reply = " ".join(["Word."] * 40)  # type: ignore[attr-defined]
        answer, seen = await _reply_under(ws, speech[:int(0.2 * 16000)])  # an "mm"
        assert not answer["interrupted"]
        assert not any(isinstance(m, dict) and m["type"] == "barge_in" for m in seen)


def test_cli_fails_fast_on_a_busy_port_or_a_weak_token(cli):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = cli("web", "--port", str(busy.getsockname()[1]), timeout=60)
    assert result.returncode == 1 and result.error_lines
    assert "cannot listen on 127.0.0.1" in result.error_lines[0]
    weak = cli("web", "--host", "0.0.0.0", "--port", "0", env={"COMPANION_WEB_TOKEN": "abc"})
    assert weak.returncode == 1 and "at least 16 characters" in weak.error_lines[0]
    bad = cli("web", "--port", "70000")
    assert bad.returncode == 1 and "70000 is not in 0..65535" in bad.error_lines[0]


async def test_https_with_the_configured_certificate(tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    config = Config()
    config.web.tls_cert, config.web.tls_key = str(cert), str(key)
    app = build_app(fake_engine(), load_persona("juniper"), config, "")
    sock = bind("127.0.0.1", 0)
    ready = asyncio.Event()
    task = asyncio.create_task(serve_web(app, sock, ready.set, tls=(str(cert), str(key))))
    try:
        await asyncio.wait_for(ready.wait(), 10)
        context = ssl.create_default_context(cafile=str(cert))
        context.check_hostname = False
        url = f"https://127.0.0.1:{sock.getsockname()[1]}/api/info"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                             urllib.request.HTTPSHandler(context=context))
        body = await asyncio.to_thread(lambda: opener.open(url, timeout=10).read())
        assert json.loads(body)["persona"] == "Juniper"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
