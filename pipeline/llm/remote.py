"""A remote LLM: any OpenAI-compatible streaming chat-completions server, in place of LlamaChat.

llama.cpp's ``llama-server``, ``python -m llama_cpp.server``, vLLM, SGLang and Ollama's ``/v1``
all speak ``POST /v1/chat/completions`` with ``stream: true`` (server-sent events). RemoteChat is
a ``ChatModel`` (pipeline.llm.base) like LlamaChat, so the pipeline does not know the difference.

Standard library only (http.client): one HTTP connection per reply, closed when the generator is
closed, so a cancelled turn (barge-in, preemption) drops the connection and the server stops
decoding. Messages go out in the pipeline's order (persona, history, then the new words), which
keeps the server's prefix cache warm; llama.cpp servers also get ``cache_prompt: true``.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from models.errors import CompanionError
from models.redact import mask_url
from pipeline.config import LlmConfig, RemoteConfig  # noqa: F401 (RemoteConfig re-exported)
from pipeline.llm.base import GenerationStats, Message

log = logging.getLogger(__name__)

CHARS_PER_TOKEN = 4  # rough, for servers without a tokenize endpoint


class RemoteError(CompanionError):
    """The LLM server failed mid-reply: HTTP error, malformed stream, lost connection, timeout."""


class RemoteUnreachableError(RemoteError):
    """The LLM server cannot be reached at start."""


class _Server:
    """Where the server is and how to make one request to it."""

    def __init__(self, url: str, api_key: str, connect_timeout_s: float,
                 read_timeout_s: float) -> None:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteUnreachableError(
                f"LLM server URL {mask_url(url)!r} is not an http(s) URL. Set [remote] url to "
                "e.g. http://gpu-box:8080.")
        self.url = mask_url(url)  # shown in every message and log line: never its password
        self.scheme, self.host, self.port = parts.scheme, parts.hostname, parts.port
        path = parts.path.rstrip("/")
        self.root = path[: -len("/v1")] if path.endswith("/v1") else path  # /v1 is added per call
        self.api_key = api_key
        self.connect_timeout_s = connect_timeout_s
        self.read_timeout_s = read_timeout_s

    def open(self, method: str, path: str, body: dict[str, Any] | None = None,
             read_timeout_s: float | None = None) -> tuple[http.client.HTTPConnection,
                                                          http.client.HTTPResponse]:
        """Send one request; the caller reads and closes the response and its connection."""
        cls = (http.client.HTTPSConnection if self.scheme == "https"
               else http.client.HTTPConnection)
        conn = cls(self.host, self.port, timeout=self.connect_timeout_s)
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        try:
            conn.connect()
            assert conn.sock is not None
            conn.sock.settimeout(read_timeout_s or self.read_timeout_s)
            data = json.dumps(body).encode("utf-8") if body is not None else None
            conn.request(method, self.root + path, body=data, headers=headers)
            return conn, conn.getresponse()
        except BaseException:
            conn.close()
            raise

    def json(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """A small JSON call; None when the endpoint is absent or answers badly."""
        try:
            conn, resp = self.open(method, path, body, read_timeout_s=self.connect_timeout_s)
        except (OSError, http.client.HTTPException):
            return None
        try:
            if resp.status != 200:
                return None
            return json.loads(resp.read())
        except (OSError, http.client.HTTPException, ValueError):
            return None
        finally:
            conn.close()


class RemoteChat:
    """A chat model behind an OpenAI-compatible streaming server (a ``ChatModel``)."""

    thinks_silently = True  # servers may hide reasoning: a long silence is thinking
    continues_replies = False  # servers differ on a last assistant message: never rely on it

    def __init__(self, url: str, model: str = "", config: LlmConfig | None = None,
                 api_key: str = "", connect_timeout_s: float = 3.0, read_timeout_s: float = 30.0,
                 context_tokens: int = 0) -> None:
        self.config = config or LlmConfig()
        self.server = _Server(url, api_key, connect_timeout_s, read_timeout_s)
        models = self._check_reachable()
        self.model = model or _first_model(models) or "default"
        props = self.server.json("GET", "/props")  # llama-server only
        self._tokenize = _TokenizeProbe(self.server, self.model)
        # llama.cpp-family servers take cache_prompt; strict OpenAI servers may refuse unknown keys.
        is_llama_server = isinstance(props, dict) and "default_generation_settings" in props
        self.llama_cpp = is_llama_server or self._tokenize.available
        self.context_tokens = context_tokens or _server_context(props) or self.config.context_tokens
        self.stats = GenerationStats()

    @property
    def name(self) -> str:
        return f"{self.model} @ {self.server.url}"

    @property
    def source(self) -> str:
        return f"{self.server.url}#{self.model}"

    def count_tokens(self, text: str) -> int:
        return self._tokenize.count(text)

    def prompt_tokens(self, messages: list[Message]) -> int:  # a few per message: the template's
        return sum(self.count_tokens(m["content"]) + 4 for m in messages) + 2

    def prefill(self, messages: list[Message], cancel: threading.Event | None = None) -> int:
        """Nothing to do here: the server keeps its own prompt cache (cache_prompt), and a
        warm-up request would cost the household's GPU a generation."""
        return 0

    def stream(self, messages: list[Message], max_tokens: int,
               stats: GenerationStats | None = None, avoid: Sequence[str] = ()) -> Iterator[str]:
        """Text deltas of the reply; ``avoid`` is left to the prompt (token ids unknown here)."""
        body: dict[str, Any] = {
            "model": self.model, "messages": messages, "stream": True, "max_tokens": max_tokens,
            "temperature": self.config.temperature,
            "stream_options": {"include_usage": True},
        }
        if self.llama_cpp:
            body.update(cache_prompt=True, repeat_penalty=self.config.repeat_penalty)
        self.stats = stats if stats is not None else GenerationStats()
        self.stats.prompt_tokens = self.prompt_tokens(messages)
        started = time.monotonic()
        try:
            conn, resp = self.server.open("POST", "/v1/chat/completions", body)
        except (OSError, http.client.HTTPException) as exc:
            raise RemoteError(f"LLM server {self.server.url} cannot be reached ({exc}). "
                              "Check that it is running.") from exc
        try:  # closing this generator (a cancelled turn) closes the connection at once
            if resp.status != 200:
                raise RemoteError(f"LLM server {self.server.url} answered HTTP {resp.status}: "
                                  f"{_error_text(resp)}. Check [remote] model and the server log.")
            yield from self._deltas(resp)
        except TimeoutError as exc:
            raise RemoteError(f"LLM server {self.server.url} went silent for "
                              f"{self.server.read_timeout_s:g} s mid-reply. Check its load."
                              ) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise RemoteError(f"LLM server {self.server.url} dropped the connection mid-reply "
                              f"({exc}).") from exc
        finally:
            conn.close()
            log.debug("remote.reply ms=%.0f tokens=%d", (time.monotonic() - started) * 1000,
                      self.stats.reply_tokens)

    def _deltas(self, resp: http.client.HTTPResponse) -> Iterator[str]:
        finished = False
        for event in _sse_events(resp):
            if event == "[DONE]":
                return
            try:
                chunk = json.loads(event)
            except ValueError:
                raise RemoteError(f"LLM server {self.server.url} sent a malformed stream "
                                  f"({event[:60]!r}). Is the URL an OpenAI-compatible server?"
                                  ) from None
            if not isinstance(chunk, dict):
                raise RemoteError(f"LLM server {self.server.url} sent a malformed stream "
                                  f"({event[:60]!r}).")
            if "error" in chunk:
                raise RemoteError(f"LLM server {self.server.url} failed mid-reply: "
                                  f"{_message_of(chunk['error'])}.")
            self._account(chunk)
            for choice in chunk.get("choices") or []:
                reason = choice.get("finish_reason")
                if reason:
                    finished = True
                    self.stats.cut_short = reason == "length"
                text = (choice.get("delta") or {}).get("content")
                if text:
                    self.stats.reply_tokens += 1
                    yield text
        if not finished:
            raise RemoteError(f"LLM server {self.server.url} closed the stream mid-reply. "
                              "Check the server log.")

    def _account(self, chunk: dict[str, Any]) -> None:
        """Use the server's own counts when it sends them (usage; llama-server's timings)."""
        usage = chunk.get("usage") or {}
        if usage.get("prompt_tokens"):
            self.stats.prompt_tokens = int(usage["prompt_tokens"])
        timings = chunk.get("timings") or {}
        if "cache_n" in timings:
            self.stats.reused_tokens = int(timings["cache_n"])

    def _check_reachable(self) -> Any:
        try:
            conn, resp = self.server.open("GET", "/v1/models",
                                          read_timeout_s=self.server.connect_timeout_s)
        except (OSError, http.client.HTTPException) as exc:
            raise RemoteUnreachableError(
                f"LLM server {self.server.url} is unreachable ({exc}). Start it, fix [remote] "
                "url, or leave url empty to use the local model.") from exc
        try:
            return json.loads(resp.read()) if resp.status == 200 else None
        except (OSError, http.client.HTTPException, ValueError):
            return None  # reachable; the model list is a nicety (Ollama's /v1 has one, ...)
        finally:
            conn.close()


class _TokenizeProbe:
    """Exact counts from the server's tokenize endpoint when it has one, else chars/4.

    The probe runs once; counts are cached per text because history trimming asks again and
    again for the same messages.
    """

    def __init__(self, server: _Server, model: str) -> None:
        self.server = server
        self.model = model
        self._cache: dict[str, int] = {}
        self._call: Callable[[str], int | None] | None = None
        for call in (self._llama_server, self._llama_cpp_python):
            if call("probe") is not None:
                self._call = call
                break

    @property
    def available(self) -> bool:
        return self._call is not None

    def count(self, text: str) -> int:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        exact = self._call(text) if self._call is not None else None
        n = exact if exact is not None else max(1, -(-len(text) // CHARS_PER_TOKEN))
        if len(self._cache) > 512:
            self._cache.clear()
        self._cache[text] = n
        return n

    def _llama_server(self, text: str) -> int | None:
        return _token_count(self.server.json("POST", "/tokenize", {"content": text}))

    def _llama_cpp_python(self, text: str) -> int | None:
        body = {"input": text, "model": self.model}
        return _token_count(self.server.json("POST", "/extras/tokenize", body))


def open_llm(url: str, model: str, config: LlmConfig, *, api_key: str = "",
             connect_timeout_s: float = 3.0, read_timeout_s: float = 30.0,
             context_tokens: int = 0, fallback: Callable[[], Any] | None = None) -> Any:
    """RemoteChat, or ``fallback()`` (the local model) when the server is unreachable at start."""
    try:
        return RemoteChat(url, model, config, api_key=api_key,
                          connect_timeout_s=connect_timeout_s, read_timeout_s=read_timeout_s,
                          context_tokens=context_tokens)
    except RemoteUnreachableError as exc:
        if fallback is None:
            raise
        log.warning("remote.unreachable: using the local model instead: %s", exc)
        return fallback()


def _sse_events(resp: http.client.HTTPResponse) -> Iterator[str]:
    """The data payloads of a server-sent-event stream (multi-line data joined by newlines)."""
    data: list[str] = []
    while True:
        raw = resp.readline()
        if not raw:
            if data:
                yield "\n".join(data)
            return
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
        elif line.startswith((":", "event:", "id:", "retry:")):
            continue  # comments (keep-alive pings) and fields we do not need
        else:
            raise RemoteError(f"The LLM server sent a malformed stream ({line[:60]!r}). "
                              "Is the URL an OpenAI-compatible server?")


def _first_model(models: Any) -> str | None:
    try:
        return str(models["data"][0]["id"])
    except (TypeError, KeyError, IndexError):
        return None


def _server_context(props: Any) -> int:
    try:
        return int(props["default_generation_settings"]["n_ctx"])
    except (TypeError, KeyError, ValueError):
        return 0


def _token_count(answer: Any) -> int | None:
    tokens = answer.get("tokens") if isinstance(answer, dict) else None
    return len(tokens) if isinstance(tokens, list) else None


def _error_text(resp: http.client.HTTPResponse) -> str:
    try:
        body = resp.read(2000).decode("utf-8", errors="replace")
        return _message_of(json.loads(body).get("error", body))
    except (OSError, http.client.HTTPException, ValueError, AttributeError):
        return resp.reason or "no details"


def _message_of(error: Any) -> str:
    if isinstance(error, dict):
        return str(error.get("message") or error)[:200]
    return str(error)[:200]


class LocalServer:
    """``python -m llama_cpp.server`` on a free loopback port: for tests and the bench's remote row.

    Needs llama-cpp-python's ``server`` extra (fastapi, uvicorn, sse-starlette, ...).
    """

    def __init__(self, model_path: str, n_ctx: int = 2048, threads: int = 2,
                 ready_timeout_s: float = 60.0) -> None:
        self.model_path = model_path
        self.n_ctx = n_ctx
        self.threads = threads
        self.ready_timeout_s = ready_timeout_s
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: Any = None
        self._log: Any = None

    def __enter__(self) -> LocalServer:
        import subprocess
        import sys
        import tempfile

        # A file, not a pipe: the server logs a lot at start and would block on a full pipe.
        self._log = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", self.model_path,
             "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.n_ctx),
             "--n_threads", str(self.threads)],
            stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + self.ready_timeout_s
        server = _Server(self.url, "", 1.0, 5.0)
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._log.seek(0)
                err = self._log.read().decode("utf-8", "replace")[-500:]
                raise RemoteUnreachableError(
                    f"llama_cpp.server exited at start ({err.strip()}). Install its extra: "
                    "pip install 'llama-cpp-python[server]'.")
            if server.json("GET", "/v1/models") is not None:
                return self
            time.sleep(0.2)
        self.__exit__()
        raise RemoteUnreachableError(f"llama_cpp.server at {self.url} was not ready within "
                                     f"{self.ready_timeout_s:g} s.")

    def __exit__(self, *exc: object) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except Exception:  # noqa: BLE001 - a stuck server must not outlive us
                self._process.kill()
                self._process.wait()
        if self._log is not None:
            self._log.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
