"""Who may use the web server: the token, the host it answers to, and the refusal page.

On a loopback address nobody else can reach the server, so no token is needed; but a web page
from elsewhere can still make the browser call 127.0.0.1, so the Host header must name a
loopback host (against DNS rebinding) and a WebSocket or a change from another site's page
(its Origin) is refused. On any other address a token is required: from `[web] token` or
COMPANION_WEB_TOKEN (never the command line, where `ps` shows it), else one is made up and
printed at start. The page's files hold no data and are public; every API call and the
WebSocket present the token (``Authorization: Bearer``, ``X-Companion-Token`` or ``?token=``).
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import json
import os
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_ENV = "COMPANION_WEB_TOKEN"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
PUBLIC_PATHS = ("/", "/favicon.ico")
PUBLIC_PREFIXES = ("/static/",)
CLOSE_UNAUTHORIZED = 4401  # WebSocket close codes 4000-4999 are the application's own
CLOSE_FORBIDDEN = 4403


def is_loopback(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def resolve_token(host: str, configured: str) -> tuple[str, bool]:
    """(token, made_up): the configured or environment token; on a non-loopback host without
    one, a fresh random token (printed by the caller); "" when none is needed."""
    token = configured or os.environ.get(TOKEN_ENV, "").strip()
    if token or is_loopback(host):
        return token, False
    return secrets.token_urlsafe(24), True


@dataclass(frozen=True)
class Guard:
    token: str  # "" = no token needed
    loopback: bool  # bound to a loopback address: only loopback Host headers

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """(status, reason) when this request must be refused, else None."""
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if self.loopback and not is_loopback(urlsplit(f"//{host}").hostname or ""):
            return 403, (f"this server answers only to localhost, not to {host[:80]!r}; "
                         "open http://127.0.0.1:PORT/ on this machine.")
        origin = headers.get("origin")
        changes = scope["type"] == "websocket" or scope.get("method") not in ("GET", "HEAD")
        if origin and changes and urlsplit(origin).netloc != host:
            return 403, "a page from another site may not talk to the companion."
        path = scope.get("path", "/")
        if not self.token or path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            return None
        given = _presented(headers, scope.get("query_string", b""))
        if not given:
            return 401, "a token is needed: open the link printed at start (…/#token=…)."
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return 401, "wrong token: open the link printed at start (…/#token=…)."
        return None


def _presented(headers: dict[str, str], query: bytes) -> str:
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    if headers.get("x-companion-token"):
        return headers["x-companion-token"].strip()
    values = parse_qs(query.decode("latin-1")).get("token", [])
    return values[0].strip() if values else ""


def refusal_page(status: int, reason: str) -> str:
    title = "Token needed" if status == 401 else "Not allowed"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font:17px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;
color:#222}}h1{{font-size:1.5em}}code{{background:#eee;padding:0 .3em}}</style></head><body>
<h1>{title}</h1><p>The companion refused this request: {html.escape(reason)}</p>
<p>Start it with <code>companion web</code> and open the address it prints; on another
device, use the whole link including <code>#token=…</code>.</p></body></html>"""


class GuardMiddleware:
    """Refuses what ``guard`` refuses: HTTP with a readable page (or JSON for the API), a
    WebSocket with a close code and reason the page can show."""

    def __init__(self, app: App, guard: Guard) -> None:
        self.app, self.guard = app, guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        refused = self.guard.refusal(scope)
        if refused is None:
            await self.app(scope, receive, send)
            return
        status, reason = refused
        if scope["type"] == "websocket":
            await receive()  # websocket.connect
            await send({"type": "websocket.accept"})
            code = CLOSE_UNAUTHORIZED if status == 401 else CLOSE_FORBIDDEN
            await send({"type": "websocket.close", "code": code, "reason": reason[:120]})
            return
        accept = dict(scope["headers"]).get(b"accept", b"").decode("latin-1")
        if "text/html" in accept:
            body, kind = refusal_page(status, reason).encode(), "text/html; charset=utf-8"
        else:
            body, kind = json.dumps({"error": reason}).encode(), "application/json"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", kind.encode()),
                                (b"content-length", str(len(body)).encode()),
                                (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body})
