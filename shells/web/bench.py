"""Browser mode of `companion bench`: several tabs talking at once over WebSockets on loopback.

Each client behaves like the page with its microphone on: it streams 40 ms frames of 16 kHz
s16le at real-time pace (leading silence, the spoken clip, trailing silence, then silence
until the reply is over) and plays nothing but notes when the reply's first audio packet
arrives. Voice-to-voice is that moment minus the moment the frame holding the clip's last
voiced sample was sent, on the same monotonic clock (server and clients share this process).
``transport_ms`` subtracts the server's own first_audio_out mark of the same turn, leaving
what the WebSocket and the packet framing add, plus the time the frames waited on the server
before its listener took them (the server measures from that moment): a few ms on a quiet
machine, seconds when the conversations fall behind the microphones.

The baseline is the same clips spoken by one client alone: the row shows what sharing one
Engine between ``clients`` conversations costs each of them.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from websockets.asyncio.client import ClientConnection, connect

from pipeline.config import Config
from pipeline.engine import Engine
from pipeline.persona import Persona
from shells.web.server import bind, build_app, serve_web
from tools.bench.latency import LEAD_S, TRAIL_S, last_voiced_sample, percentile
from voice.audio import SAMPLE_RATE
from voice.wire import HEADER

FRAME = 640  # samples per message, as the page's AudioWorklet sends them (40 ms)
TURN_TIMEOUT_S = 90.0


@dataclass
class SpokenTurn:
    voice_to_voice_ms: float | None = None
    server_first_audio_ms: float | None = None
    transcript: str = ""
    reply: str = ""


@dataclass
class BrowserLikeClient:
    """One tab with its microphone on, talking to ``url`` (ws://.../ws)."""

    url: str
    token: str = ""
    turns: list[SpokenTurn] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)  # what arrived, in order: "state:idle", ...

    async def talk(self, clips: list[np.ndarray]) -> list[SpokenTurn]:
        url = f"{self.url}?token={self.token}" if self.token else self.url
        async with connect(url, proxy=None, max_size=None, compression=None) as ws:
            await ws.send(json.dumps({"type": "hello", "format": "s16le", "rate": SAMPLE_RATE}))
            ready = json.loads(await ws.recv())
            if ready.get("type") != "ready":
                raise RuntimeError(f"no session: {ready}")
            for clip in clips:
                self.turns.append(await self._turn(ws, clip))
        return self.turns

    async def _turn(self, ws: ClientConnection, clip: np.ndarray) -> SpokenTurn:
        turn = SpokenTurn()
        done = asyncio.Event()
        voiced_end: list[float] = []  # when the frame with the last voiced sample was sent
        reader = asyncio.create_task(self._read(ws, turn, voiced_end, done))
        lead = np.zeros(int(LEAD_S * SAMPLE_RATE), np.int16)
        audio = np.concatenate([lead, clip, np.zeros(int(TRAIL_S * SAMPLE_RATE), np.int16)])
        last = lead.size + last_voiced_sample(clip)
        start = time.monotonic()
        deadline = start + TURN_TIMEOUT_S
        try:
            offset = 0
            while not done.is_set() and time.monotonic() < deadline:
                frame = audio[offset:offset + FRAME] if offset < audio.size else np.zeros(
                    FRAME, np.int16)
                frame = np.pad(frame, (0, FRAME - frame.size))
                await asyncio.sleep(max(0.0, start + offset / SAMPLE_RATE - time.monotonic()))
                await ws.send(frame.astype("<i2").tobytes())
                if offset <= last < offset + FRAME:
                    voiced_end.append(time.monotonic())
                offset += FRAME
        finally:
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)
        return turn

    async def _read(self, ws: ClientConnection, turn: SpokenTurn, voiced_end: list[float],
                    done: asyncio.Event) -> None:
        heard = False
        async for message in ws:
            if isinstance(message, bytes):
                playable = len(message) > HEADER.size
                self.log.append("audio" if playable else "end")
                if playable and turn.voice_to_voice_ms is None and voiced_end:
                    turn.voice_to_voice_ms = (time.monotonic() - voiced_end[0]) * 1000
                continue
            event = json.loads(message)
            kind = event.get("type")
            self.log.append(f"{kind}:{event.get('state', event.get('final', ''))}")
            if kind == "transcript" and event.get("final"):
                turn.transcript = event["text"]
            elif kind == "metrics":
                turn.server_first_audio_ms = event["timings_ms"].get("first_audio_out")
            elif kind == "error":
                self.errors.append(event["message"])
            elif kind == "reply":
                turn.reply = event["text"]
            elif kind == "state" and event["state"] == "idle" and (turn.reply or heard):
                done.set()  # answered, or nothing was heard (an error said so)
            heard = heard or (kind == "transcript" and event.get("final"))


async def _run_clients(url: str, per_client: list[list[np.ndarray]]) -> list[BrowserLikeClient]:
    clients = [BrowserLikeClient(url) for _ in per_client]
    await asyncio.gather(*(c.talk(clips) for c, clips in zip(clients, per_client, strict=True)),
                         return_exceptions=True)
    return clients


def _figures(clients: list[BrowserLikeClient]) -> dict[str, Any]:
    v2v = [t.voice_to_voice_ms for c in clients for t in c.turns
           if t.voice_to_voice_ms is not None and t.voice_to_voice_ms >= 0]
    transport = [t.voice_to_voice_ms - t.server_first_audio_ms for c in clients for t in c.turns
                 if t.voice_to_voice_ms is not None and t.server_first_audio_ms is not None]
    return {
        "answered": sum(bool(t.reply) for c in clients for t in c.turns),
        "voice_to_voice_ms": {"p50": percentile(v2v, 50), "p95": percentile(v2v, 95)},
        "per_client_ms": [
            {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "turns": len(ms)}
            for c in clients
            for ms in [[t.voice_to_voice_ms for t in c.turns if t.voice_to_voice_ms is not None]]],
        "transport_ms": {"p50": percentile(transport, 50), "p95": percentile(transport, 95)},
        "errors": sorted({e for c in clients for e in c.errors})[:5],
    }


async def browser_voice_to_voice(engine: Engine, persona: Persona, config: Config,
                                 clips: list[np.ndarray], clients: int = 5,
                                 turns_per_client: int = 2) -> dict[str, Any]:
    """Voice-to-voice of ``clients`` simultaneous tabs, and of the same tabs one at a time
    (the baseline)."""
    from dataclasses import replace

    config = replace(config, web=replace(config.web, host="127.0.0.1", max_clients=clients + 1))
    app = build_app(engine, persona, config, token="")
    sock = bind("127.0.0.1", 0)
    url = f"ws://127.0.0.1:{sock.getsockname()[1]}/ws"
    serving = asyncio.create_task(serve_web(app, sock))
    try:
        await _run_clients(url, [clips[:1]])  # warm-up: first-call costs
        plan = [[clips[(c + t) % len(clips)] for t in range(turns_per_client)]
                for c in range(clients)]
        alone = _figures([c for clips in plan for c in await _run_clients(url, [clips])])
        together = _figures(await _run_clients(url, plan))
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    return {"clients": clients, "turns": clients * turns_per_client, **together,
            "one_client_alone_ms": alone["voice_to_voice_ms"],
            "one_client_alone_answered": alone["answered"]}
