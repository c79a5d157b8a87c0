"""`companion web` and `companion serve --web`: argument parsing and wiring.

Wired into shells.cli.main with ``register(subparsers)``, ``handle(args)`` and, for serve,
``alongside(args)``. The address is bound and the token settled before any model loads, so a
busy port or a missing token fails at once.
"""

from __future__ import annotations

import argparse
import socket
import sys
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import CompanionError

if TYPE_CHECKING:  # starlette and uvicorn load only when a command runs: `--help` stays instant
    from pipeline.config import Config
    from pipeline.engine import Engine
    from pipeline.persona import Persona

ServeToo = Callable[["Engine", "Persona", "Config"], Coroutine[Any, Any, None]]


class WebUsageError(CompanionError):
    """`companion web` got options it cannot use."""


def register(subparsers: Any) -> None:  # noqa: ANN401 - argparse's private subparsers type
    web = subparsers.add_parser("web", help="the browser page: talk, transcript, reply, "
                                "latency waterfall, memory")
    web.add_argument("--host", help="address to listen on (default: [web] host, 127.0.0.1); "
                     "any other address needs a token")
    web.add_argument("--port", type=int, help="port (default: [web] port, 8080; 0 = any free)")
    serve = subparsers.choices.get("serve")
    if serve is not None:
        serve.add_argument("--web", action="store_true",
                           help="also serve the browser page (see `companion web`)")
        serve.add_argument("--web-port", type=int, metavar="N",
                           help="port of the page (default: [web] port, 8080)")


def handle(args: argparse.Namespace) -> int:
    import asyncio

    from pipeline.engine import Engine
    from shells.cli.commands import setup
    from shells.running import run_until_signal

    config, persona = setup(args)
    start = _prepare(config, args.host, args.port)
    engine = asyncio.run(Engine.load(config, persona))
    try:
        run_until_signal(start(engine, persona, config))
    finally:
        engine.close()  # flushes the memory index
    print("Stopped.", file=sys.stderr)
    return 0


def alongside(args: argparse.Namespace) -> list[ServeToo]:
    """For `serve --web`: the page on the same loop and models as the MQTT service."""
    if not getattr(args, "web", False):
        return []
    from pipeline.config import load_config

    config = load_config(args.config, args.home)
    return [_prepare(config, None, args.web_port)]


def _prepare(config: Config, host: str | None, port: int | None) -> ServeToo:
    """Settle the address and token and bind now; the returned coroutine serves the page."""
    from shells.web.auth import resolve_token
    from shells.web.server import bind

    host = (host or config.web.host).strip()
    port = config.web.port if port is None else port
    if not 0 <= port <= 65535:
        raise WebUsageError(f"--port {port} is not in 0..65535.")
    web = replace(config.web, host=host, port=port)
    web.check("--host/--port")
    token, made_up = resolve_token(host, web.token)
    if token and (len(token) < 16 or " " in token):
        raise WebUsageError("COMPANION_WEB_TOKEN must be at least 16 characters without "
                            "spaces (e.g. the output of `openssl rand -hex 16`).")
    tls = (str(Path(web.tls_cert).expanduser()),
           str(Path(web.tls_key).expanduser())) if web.tls_cert else None
    sock = bind(host, port)

    async def serve_page(engine: Engine, persona: Persona, run_config: Config) -> None:
        from shells.web.server import build_app, serve_web

        run_config = replace(run_config, web=web)
        app = build_app(engine, persona, run_config, token)
        await serve_web(app, sock, tls=tls, on_ready=lambda: _announce(
            persona.name, "https" if tls else "http", host, sock.getsockname()[1], token,
            made_up))

    return serve_page


def _announce(name: str, scheme: str, host: str, port: int, token: str, made_up: bool) -> None:
    """Where to point a browser; the token goes in the link's #fragment, never in a URL the
    server (or a proxy) would log."""
    fragment = f"#token={token}" if token else ""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    lines = [f"{name} is on {scheme}://{_bracket(shown)}:{port}/{fragment}"]
    if host in ("0.0.0.0", "::"):
        lines.append(f"From a phone on the same network: {scheme}://{socket.gethostname()}:"
                     f"{port}/{fragment} (or this machine's address)")
        if scheme == "http":
            lines.append("Browsers allow the microphone only over https (or on localhost): "
                         "set [web] tls_cert and tls_key to talk from a phone.")
    if made_up:
        lines.append("The token was made up for this run; set [web] token or "
                     "COMPANION_WEB_TOKEN to keep one.")
    lines.append("Press Ctrl-C to stop.")
    print("\n".join(lines), file=sys.stderr, flush=True)


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host
