"""RemoteChat against a real llama_cpp.server, and against broken fake servers on loopback."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pipeline.config import LlmConfig
from pipeline.llm.remote import (
    LocalServer,
    RemoteChat,
    RemoteError,
    RemoteUnreachableError,
    open_llm,
)

MESSAGES = [{"role": "system", "content": "You are a friendly assistant."},
            {"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    pytest.importorskip("uvicorn", reason="needs pip install 'llama-cpp-python[server]'")
    from models.resolve import resolve_model

    with LocalServer(str(resolve_model("llm")), n_ctx=2048, threads=2) as srv:
        yield srv


def test_reply_streams_from_a_real_server_and_closing_stops_it(server):
    chat = RemoteChat(server.url, config=LlmConfig())
    assert chat.llama_cpp and chat.count_tokens("hello world") == 2  # the server's tokenizer
    deltas = list(chat.stream(MESSAGES, 32))
    assert len(deltas) > 3 and "".join(deltas).strip()
    assert chat.stats.reply_tokens == len(deltas) and chat.prompt_tokens(MESSAGES) > 10
    stream = chat.stream(MESSAGES, 200)
    first = next(stream)
    started = time.monotonic()
    stream.close()  # what a cancelled turn does
    assert first and time.monotonic() - started < 0.5
    assert "".join(chat.stream(MESSAGES, 8))  # the server is still fine afterwards


def test_unreachable_server_names_the_url_and_falls_back():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(RemoteUnreachableError, match=f"127.0.0.1:{port}"):
        RemoteChat(url, connect_timeout_s=1)
    assert open_llm(url, "", LlmConfig(), fallback=lambda: "local") == "local"
    with pytest.raises(RemoteUnreachableError, match="not an http"):
        RemoteChat("ftp://x")


class _Broken(BaseHTTPRequestHandler):
    mode = "garbage"

    def log_message(self, *args: object) -> None:
        return None

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # /v1/models: reachable
        self._send(200, b'{"data": [{"id": "fake"}]}')

    def do_POST(self) -> None:
        if self.path != "/v1/chat/completions":
            self._send(404, b"{}")
            return
        mode = type(self).mode
        if mode == "http500":
            self._send(500, b'{"error": {"message": "model crashed"}}')
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        chunk = b'data: {"choices": [{"delta": {"content": "Hello"}, "finish_reason": null}]}\n\n'
        self.wfile.write(chunk)
        self.wfile.flush()
        if mode == "garbage":
            self.wfile.write(b"data: {not json at all\n\n")
        elif mode == "error":
            self.wfile.write(b'data: {"error": {"message": "out of memory"}}\n\n')
        elif mode == "stall":
            time.sleep(3)
        # "drop": the connection just ends, with no [DONE]
        self.wfile.flush()


@pytest.fixture()
def broken() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Broken)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(("mode", "message"), [
    ("garbage", "malformed stream"), ("error", "out of memory"), ("drop", "mid-reply"),
    ("http500", "HTTP 500: model crashed"), ("stall", "went silent"),
])
async def test_server_faults_mid_stream_raise_clear_errors_without_hanging(broken, mode, message):
    from pipeline.threads import iterate_in_thread

    _Broken.mode = mode
    chat = RemoteChat(f"http://127.0.0.1:{broken.server_address[1]}", read_timeout_s=1)
    assert chat.model == "fake" and not chat.llama_cpp

    async def consume() -> list[str]:
        return [d async for d in iterate_in_thread(lambda: chat.stream(MESSAGES, 16))]

    with pytest.raises(RemoteError, match=message) as err:
        await asyncio.wait_for(consume(), timeout=5)
    assert f"127.0.0.1:{broken.server_address[1]}" in str(err.value)


@pytest.mark.e2e
async def test_spoken_turn_through_the_server(server):
    from pipeline.config import Config
    from pipeline.conversation import Conversation
    from pipeline.engine import Engine
    from pipeline.persona import load_persona
    from tests.voice_fixtures import load_stt, load_tts
    from voice.sinks import NullSink

    config = Config()
    config.memory.enabled = False
    engine = Engine(stt=load_stt(), tts=load_tts(), llm=RemoteChat(server.url, config=config.llm))
    conversation = Conversation(engine, load_persona(config.persona), config)
    sink = NullSink(keep=True)
    result = await asyncio.wait_for(conversation.ask("What is the capital of France?", sink), 60)
    assert result.error is None and result.reply.strip()
    assert result.audio_out_s > 0.3 and sink.chunks
    assert result.timings_ms["first_token"] <= result.timings_ms["first_audio_out"]
