"""The household brain: `companion` talking to a real llama.cpp server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.resolve import resolve_model
from pipeline.llm.remote import LocalServer

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


def test_unreachable_server_falls_back_to_the_local_model(cli, question_wav: Path,
                                                         tmp_path: Path) -> None:
    url = "http://127.0.0.1:9"  # the discard port: nothing listens there
    result = cli("--remote-url", url, "say", str(question_wav), "--out", str(tmp_path / "r.wav"),
                 "--json")
    assert result.returncode == 0, result.stderr
    assert url in result.stderr  # the warning names the server it could not reach
    assert json.loads(result.stdout)["reply"]
