"""`companion web`: the page, its WebSocket and the memory API, served by Starlette on uvicorn.

    GET    /                      the page (static/index.html); /static/* its scripts and style
    GET    /api/info              persona, personas, user, whether memory is on
    GET    /api/memory?q=&limit=  the user's memories: newest first, or the best for q
    DELETE /api/memory/{id}       forget one (and what was made from it)
    GET    /api/memory/export     all of the user's memories as JSON lines
    WS     /ws                    talk: microphone audio in, reply audio and events out
                                  (shells.web.protocol)

The server runs on the caller's event loop beside anything else (serve's MQTT service), with
the caller's Engine: every tab's conversation shares the loaded models.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from models.errors import CompanionError
from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.persona import Persona, available_personas
from shells.web.auth import Guard, GuardMiddleware, is_loopback
from shells.web.protocol import BadMessage, dumps, parse_message
from shells.web.session import SessionHub, WebSession
from voice.wire import AudioPayloadError

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
WS_MAX_BYTES = 1 << 20  # a bigger message closes the connection (1009) before it is read
CLOSE_TRY_LATER, CLOSE_IDLE = 1013, 4408
TOKEN_IN_QUERY = re.compile(r"([?&])token=[^&\s\"']*")
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


class WebServerError(CompanionError):
    """The web server cannot start (address in use, no permission)."""


def build_app(engine: Engine, persona: Persona, config: Config, token: str,
              reap_every_s: float = 5.0) -> Starlette:
    hub = SessionHub(engine, persona, config)
    profile = config.user

    def store() -> Any:  # noqa: ANN401 - memory.MemoryStore, imported only when memory is on
        if engine.memory is None:
            raise MemoryOff()
        return engine.memory

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers=SECURITY_HEADERS)

    async def info(request: Request) -> Response:
        return JSONResponse({"persona": persona.name, "user": profile,
                             "personas": sorted(available_personas(config.home)),
                             "memory": engine.memory is not None,
                             "clients": len(hub.sessions),
                             "max_clients": config.web.max_clients})

    async def memories(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()[:500]
        limit = _int(request.query_params.get("limit", "50"), 1, 500)
        memory = store()
        hits = await asyncio.to_thread(
            (lambda: memory.search(query, k=limit, profile=profile)) if query
            else (lambda: memory.recent(profile, limit)))
        return JSONResponse({"user": profile, "query": query, "memories": [
            {"id": h.id, "text": h.text, "kind": h.kind, "role": h.role,
             "category": h.category, "score": round(float(h.score), 4),
             "timestamp": h.timestamp.isoformat(timespec="seconds")} for h in hits]})

    async def forget(request: Request) -> Response:
        memory_id = _int(request.path_params["memory_id"], 1, 2**62)
        forgotten = await asyncio.to_thread(store().forget, ids=[memory_id], profile=profile)
        if not forgotten:
            return JSONResponse({"error": f"no memory {memory_id} for {profile!r}."}, 404)
        return JSONResponse({"forgotten": forgotten})

    async def export(request: Request) -> Response:
        buffer = io.StringIO()
        count = await asyncio.to_thread(store().export, buffer, profile)
        return Response(buffer.getvalue(), media_type="application/x-ndjson", headers={
            "content-disposition": f'attachment; filename="memories-{profile}.jsonl"',
            "x-memory-count": str(count)})

    async def talk(websocket: WebSocket) -> None:
        await websocket.accept()
        opened = hub.open()
        if isinstance(opened, str):
            await websocket.send_text(dumps({"type": "error", "message": opened}))
            await websocket.close(CLOSE_TRY_LATER, opened[:120])
            return
        try:
            await _converse(websocket, opened)
        finally:
            await hub.close(opened)
            if websocket.client_state == WebSocketState.CONNECTED:
                with contextlib.suppress(Exception):
                    await websocket.close(opened.close_code, opened.close_reason[:120])

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        reaper = asyncio.create_task(_reap(hub, reap_every_s))
        try:
            yield
        finally:
            reaper.cancel()
            await hub.close_all()

    async def memory_off(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": "memory is off for this companion ([memory] enabled = "
                             "false or --no-memory)."}, 503)

    async def bad_value(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": str(exc)}, 400)

    app = Starlette(routes=[
        Route("/", page),
        Route("/api/info", info),
        Route("/api/memory", memories),
        Route("/api/memory/export", export),
        Route("/api/memory/{memory_id}", forget, methods=["DELETE"]),
        WebSocketRoute("/ws", talk),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ], middleware=[Middleware(GuardMiddleware, guard=Guard(token, is_loopback(config.web.host)))],
        exception_handlers={MemoryOff: memory_off, ValueError: bad_value}, lifespan=lifespan)
    app.state.hub = hub
    return app


class MemoryOff(Exception):
    """The memory API was called on a companion without memory."""


def _int(value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{value[:20]!r} is not a whole number.") from None
    if not low <= number <= high:
        raise ValueError(f"{number} is not in {low}..{high}.")
    return number


async def _converse(websocket: WebSocket, session: WebSession) -> None:
    """Read the tab's messages and write the session's outbox until either side ends."""
    reader = asyncio.create_task(_read(websocket, session))
    writer = asyncio.create_task(_write(websocket, session))
    try:
        await asyncio.wait({reader, writer}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (reader, writer):
            task.cancel()
        await asyncio.gather(reader, writer, return_exceptions=True)


async def _read(websocket: WebSocket, session: WebSession) -> None:
    while True:
        try:
            message = await websocket.receive()
        except (WebSocketDisconnect, RuntimeError):
            return
        if message["type"] == "websocket.disconnect":
            return
        try:
            if message.get("bytes") is not None:
                session.audio(message["bytes"])
            elif message.get("text") is not None:
                await session.handle(parse_message(message["text"]))
        except (BadMessage, AudioPayloadError) as exc:
            session.send({"type": "error", "message": str(exc)})


async def _write(websocket: WebSocket, session: WebSession) -> None:
    while (item := await session.outbox.get()) is not None:
        try:
            if isinstance(item, bytes):
                await websocket.send_bytes(item)
            else:
                await websocket.send_text(item)
        except Exception:  # noqa: BLE001 - the tab vanished mid-reply: this session ends
            return


async def _reap(hub: SessionHub, every_s: float) -> None:
    while True:
        await asyncio.sleep(every_s)
        for session in hub.idle():
            minutes = hub.config.web.idle_timeout_s / 60
            session.expire(CLOSE_IDLE, f"closed after {minutes:g} minutes without talking; "
                           "reload the page to talk again.")


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, so a busy port fails here with a clear message."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, _, _, _, address = infos[0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(64)
    except OSError as exc:
        raise WebServerError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose "
                             "another --port or stop what uses it.") from exc
    sock.setblocking(False)
    return sock


class RedactTokens(logging.Filter):
    """uvicorn logs each WebSocket's path with its query (`-v`): never with the token."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "token=" in message:
            record.msg, record.args = TOKEN_IN_QUERY.sub(r"\1token=<hidden>", message), ()
        return True


class _EmbeddedServer(uvicorn.Server):
    """uvicorn without its own signal handling: the caller's event loop owns Ctrl-C."""

    def capture_signals(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()


async def serve_web(app: Starlette, sock: socket.socket,
                    on_ready: Callable[[], None] = lambda: None,
                    tls: tuple[str, str] | None = None) -> None:
    """Serve ``app`` on ``sock`` until cancelled; then close every tab's session cleanly.

    ``tls``: (certificate, key) files for https, which phones need for the microphone."""
    cert, key = tls or (None, None)
    config = uvicorn.Config(app, log_config=None, access_log=False, ws="websockets-sansio",
                            ws_max_size=WS_MAX_BYTES, ws_per_message_deflate=False,  # audio
                            lifespan="on", timeout_graceful_shutdown=3, server_header=False,
                            ssl_certfile=cert, ssl_keyfile=key)
    for name in ("uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
    server = _EmbeddedServer(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.02)
    if server.started:
        on_ready()
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        server.should_exit = True
        with contextlib.suppress(Exception):
            await task
        raise

