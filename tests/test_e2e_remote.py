"""The household brain: `companion` talking to a real llama.cpp server on loopback."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from models.resolve import resolve_model
from pipeline.llm.remote import LocalServer
from pipeline.think_stage import APOLOGY

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server():
    with LocalServer(str(resolve_model("llm")), n_ctx=2048, threads=2) as running:
        yield running


def test_spoken_turn_through_the_server(cli, server, question_wav: Path, tmp_path: Path) -> None:
    result = cli("-v", "--remote-url", server.url, "say", str(question_wav),
                 "--out", str(tmp_path / "r.wav"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "capital" in data["transcript"].lower() and data["reply"] and data["audio_out_s"] > 0
    assert data["reply"] != APOLOGY and "error" not in result.stderr.lower()
    assert "falling back" not in result.stderr  # the server answered, not the local model
    assert data["prompt_tokens"] > 0  # counted by the server's own tokenizer


class _DiesMidReply(BaseHTTPRequestHandler):
    """An OpenAI-style server that lists a model, then drops the reply after a few words."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = json.dumps({"data": [{"id": "flaky"}]}).encode()
        self.send_response(200 if self.path == "/v1/models" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        chunk = {"choices": [{"delta": {"content": "The capital of"}, "finish_reason": None}]}
        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        self.wfile.flush()
        self.close_connection = True  # and no [DONE]: the stream ends mid-reply

    def log_message(self, *args: object) -> None:
        return None


def test_a_server_failing_mid_reply_fails_the_turn(cli, question_wav: Path,
                                                  tmp_path: Path) -> None:
    """The apology is spoken to a live user, but `say` exits 1 with one error line."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _DiesMidReply)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        result = cli("--remote-url", url, "say", str(question_wav), "--out",
                     str(tmp_path / "r.wav"), "--json")
    finally:
        server.shutdown()
    assert result.returncode == 1, result.stdout
    assert len(result.error_lines) == 1 and url in result.error_lines[0], result.stderr


def test_unreachable_server_falls_back_to_the_local_model(cli, question_wav: Path,
                                                         tmp_path: Path) -> None:
    url = "http://127.0.0.1:9"  # the discard port: nothing listens there
    result = cli("--remote-url", url, "say", str(question_wav), "--out", str(tmp_path / "r.wav"),
                 "--json")
    assert result.returncode == 0, result.stderr
    assert url in result.stderr  # the warning names the server it could not reach
    assert json.loads(result.stdout)["reply"]
