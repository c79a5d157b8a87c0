"""models.pull against a loopback HTTP server with Range support (never the internet)."""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from models.errors import CompanionError, ModelCorruptError, ModelDownloadError
from models.pull import RECOMMENDED, PullError, download, pull_model

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB, not all the same byte
SHA = hashlib.sha256(PAYLOAD).hexdigest()


class Handler(BaseHTTPRequestHandler):
    cut_after: int | None = None  # send only this many bytes, then drop the connection
    requests: list[str | None] = []

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:
        if self.path != "/model.gguf":
            self.send_error(404)
            return
        rng = self.headers.get("Range")
        type(self).requests.append(rng)
        start = int(rng.split("=")[1].split("-")[0]) if rng else 0
        if start >= len(PAYLOAD):
            self.send_error(416)
            return
        body = PAYLOAD[start:]
        self.send_response(206 if rng else 200)
        if rng:
            self.send_header("Content-Range", f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        cut = type(self).cut_after
        self.wfile.write(body if cut is None else body[:cut])
        self.wfile.flush()
        if cut is not None:
            self.close_connection = True


@pytest.fixture
def server():
    Handler.cut_after, Handler.requests = None, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_verifies_and_is_idempotent(server, tmp_path):
    dest = tmp_path / "m" / "model.gguf"
    assert download(f"{server}/model.gguf", dest, sha256=SHA, progress=False) == SHA
    assert dest.read_bytes() == PAYLOAD and not dest.with_name("model.gguf.part").exists()
    assert dest.with_name("model.gguf.sha256").read_text().startswith(SHA)
    download(f"{server}/model.gguf", dest, sha256=SHA, progress=False)
    download(f"{server}/model.gguf", dest, progress=False)  # recorded digest: no request
    assert len(Handler.requests) == 1


def test_interrupted_download_resumes_with_range(server, tmp_path):
    dest = tmp_path / "model.gguf"
    Handler.cut_after = 300_000
    with pytest.raises(ModelDownloadError, match="run the same command again"):
        download(f"{server}/model.gguf", dest, sha256=SHA, progress=False)
    part = tmp_path / "model.gguf.part"
    assert part.stat().st_size == 300_000 and not dest.exists()
    Handler.cut_after = None
    assert download(f"{server}/model.gguf", dest, sha256=SHA, progress=False) == SHA
    assert Handler.requests == [None, "bytes=300000-"]
    assert dest.read_bytes() == PAYLOAD


def test_checksum_mismatch_is_refused(server, tmp_path):
    dest = tmp_path / "model.gguf"
    with pytest.raises(ModelCorruptError, match="fails its sha256 check") as err:
        download(f"{server}/model.gguf", dest, sha256="0" * 64, progress=False)
    assert isinstance(err.value, CompanionError) and "\n" not in str(err.value)
    assert not dest.exists() and not (tmp_path / "model.gguf.part").exists()


def test_pull_url_into_cache_and_errors(server, tmp_path):
    path = pull_model(f"{server}/model.gguf", sha256=SHA, cache=tmp_path, progress=False)
    assert path == tmp_path / "model" / "model.gguf" and path.read_bytes() == PAYLOAD
    named = pull_model(f"{server}/model.gguf", name="mine", cache=tmp_path, progress=False)
    assert named.parent.name == "mine"
    with pytest.raises(ModelDownloadError, match="HTTP 404"):
        pull_model(f"{server}/nope.gguf", cache=tmp_path, progress=False)
    with pytest.raises(PullError, match="neither an http"):
        pull_model("no-such-model", cache=tmp_path)
    with pytest.raises(ModelDownloadError, match="cannot reach"):
        download("http://127.0.0.1:9/x.gguf", tmp_path / "x.gguf", progress=False, timeout=2)


def test_recommended_table_is_well_formed():
    for rec in RECOMMENDED.values():
        assert rec.role in ("llm", "stt") and rec.files
        assert all(url.startswith("https://huggingface.co/") for url, _ in rec.files)


def test_cli_actions(server, tmp_path, monkeypatch, capsys):
    import argparse

    from shells.cli.hardware_commands import (
        handle_models_action,
        register_models_actions,
        register_profile_option,
    )

    parser = argparse.ArgumentParser()
    register_profile_option(parser)
    models_sub = parser.add_subparsers(dest="models_command")
    register_models_actions(models_sub)
    monkeypatch.setenv("COMPANION_CACHE", str(tmp_path))
    args = parser.parse_args(["--profile", "rpi5-8gb", "pull", f"{server}/model.gguf",
                              "--sha256", SHA, "--name", "cli", "--no-progress"])
    assert args.profile == "rpi5-8gb" and handle_models_action(args) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "cli" / "model.gguf")
    up = parser.parse_args(["upcycle-moe", "--experts", "8", "--used", "2"])
    assert (up.experts, up.used, up.src) == (8, 2, None)
    assert handle_models_action(argparse.Namespace(models_command="fetch")) is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--profile", "gpu-9000", "pull", "x"])
