"""Audio to and from a device elsewhere: a satellite over MQTT, a browser over a WebSocket.

Microphone audio comes in as raw 16 kHz mono s16le PCM, any whole number of samples per
message; ``check_pcm16`` says plainly what is wrong with a message that is not that.
Reply audio goes out as packets: a 16-byte header followed by s16le mono PCM:

    offset 0  4 bytes  magic b"CAUD"
    offset 4  1 byte   version (1)
    offset 5  1 byte   flags: bit 0 = end of reply (no PCM follows), bit 1 = stop now
    offset 6  2 bytes  reserved (0)
    offset 8  uint32   sample rate, little-endian
    offset 12 uint32   chunk sequence number within the reply, little-endian

so the far end never has to guess the rate of the voice it plays.
"""

from __future__ import annotations

import asyncio
import struct
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import numpy as np

from voice.audio import FRAME_SAMPLES, SAMPLE_RATE
from voice.sinks import NullSink
from voice.sources import FRAME_SECONDS, FrameChunker

MAGIC = b"CAUD"
HEADER = struct.Struct("<4sBBHII")
FLAG_END, FLAG_STOP = 1, 2


class AudioPayloadError(ValueError):
    """An audio message that is not what the wire format says."""


def looks_like_float32(payload: bytes) -> bool:
    """True when the bytes read as float32 samples in [-1, 1] (a browser's native format).

    Real s16le speech read as float32 almost never stays in [-1, 1]: a negative sample in the
    high half of a float gives a huge exponent. Silence (all zeros) is silence either way.
    """
    if len(payload) % 4 or len(payload) < 64:
        return False
    with np.errstate(all="ignore"):
        x = np.abs(np.frombuffer(payload, dtype="<f4"))
        audible = (x > 1e-5) & (x <= 1.0001)
        return bool(np.isfinite(x).all() and audible.mean() > 0.5 and (x <= 1.0001).all())


def check_pcm16(payload: bytes, max_bytes: int, where: str) -> None:
    """Raise AudioPayloadError unless ``payload`` can be 16 kHz mono s16le microphone audio."""
    hint = "send raw 16 kHz mono s16le samples"
    if not payload:
        raise AudioPayloadError(f"{where}: empty audio message; {hint}.")
    if len(payload) % 2:
        raise AudioPayloadError(f"{where}: {len(payload)} bytes is not a whole number of "
                                f"16-bit samples; {hint}.")
    if len(payload) > max_bytes:
        raise AudioPayloadError(f"{where}: {len(payload)} bytes in one message is over the "
                                f"{max_bytes}-byte limit ({max_bytes / 2 / SAMPLE_RATE:g} s); "
                                "send 20-100 ms frames.")
    if looks_like_float32(payload):
        raise AudioPayloadError(f"{where}: these look like float32 samples; convert to "
                                "16-bit integers (s16le) before sending.")


@dataclass(frozen=True)
class OutChunk:
    rate: int
    seq: int
    flags: int
    samples: np.ndarray

    @property
    def end(self) -> bool:
        return bool(self.flags & FLAG_END)

    @property
    def stop(self) -> bool:
        return bool(self.flags & FLAG_STOP)


def encode_out(samples: np.ndarray, rate: int, seq: int, flags: int = 0) -> bytes:
    pcm = np.asarray(samples, dtype="<i2").tobytes()
    return HEADER.pack(MAGIC, 1, flags, 0, rate, seq) + pcm


def decode_out(payload: bytes, where: str = "audio/out") -> OutChunk:
    if len(payload) < HEADER.size or payload[:4] != MAGIC:
        raise AudioPayloadError(f"{where}: missing the 16-byte CAUD header.")
    _, version, flags, _, rate, seq = HEADER.unpack_from(payload)
    pcm = payload[HEADER.size:]
    if version != 1 or len(pcm) % 2 or not 4000 <= rate <= 96000:
        raise AudioPayloadError(f"{where}: bad header (version {version}, rate {rate}).")
    return OutChunk(rate, seq, flags, np.frombuffer(pcm, dtype="<i2").astype(np.int16))


class QueueSource:
    """An AudioSource fed by ``push()`` (audio arriving over the network).

    A far end may stream only while its own VAD hears speech (a satellite), or stop when the
    user lets go of a button (a browser), so the gaps are filled with silence for up to
    ``fill_s`` after the last frame: endpointing needs to see the pause to end the turn. If the
    consumer falls behind, the oldest frames are dropped.
    """

    def __init__(self, max_frames: int = 200, gap_s: float = 0.06, fill_s: float = 3.0) -> None:
        self.gap_s, self.fill_s = gap_s, fill_s
        self.dropped = 0
        self._queue: asyncio.Queue[np.ndarray | None] = asyncio.Queue(maxsize=max_frames)
        self._chunker = FrameChunker()
        self.last_push: float | None = None  # monotonic time of the latest push()

    def push(self, pcm: bytes) -> None:
        self.last_push = time.monotonic()
        for frame in self._chunker.push(np.frombuffer(pcm, dtype="<i2").astype(np.int16)):
            if self._queue.full():
                self._queue.get_nowait()
                self.dropped += 1
            self._queue.put_nowait(frame)

    async def frames(self) -> AsyncIterator[np.ndarray]:
        loop = asyncio.get_running_loop()
        covered = loop.time()  # the stream has audio (real or filled) up to this moment
        silence = np.zeros(FRAME_SAMPLES, dtype=np.int16)
        while True:
            try:
                frame = await asyncio.wait_for(self._queue.get(), self.gap_s)
            except asyncio.TimeoutError:
                now = loop.time()
                if self.last_push is None or now - self.last_push > self.fill_s:
                    covered = now
                    continue
                while covered + FRAME_SECONDS <= now:
                    covered += FRAME_SECONDS
                    yield silence
                continue
            if frame is None:
                return
            covered = max(covered + FRAME_SECONDS, loop.time() - self.gap_s)
            yield frame

    def close(self) -> None:
        if self._queue.full():
            self._queue.get_nowait()
        self._queue.put_nowait(None)


class PacketSink(NullSink):
    """Reply audio sent as packets (header above) through ``send``.

    The far end plays what it receives; here playback is modelled on the wall clock (the
    real-time NullSink's accounting), so drain() returns about when the far end has finished
    speaking and played_seconds() tells barge-in how much was heard. A reply ends with an
    end-of-reply packet; stop() (barge-in, a stop command) tells the far end to go quiet now.
    The far end cannot hold its place, so this sink is not ``pausable``: barge-in stops it.
    """

    pausable = False

    def __init__(self, send: Callable[[bytes], None]) -> None:
        super().__init__(realtime=True)
        self.send = send
        self.sent_bytes = 0
        self._seq = 0
        self._rate = 16000

    def _packet(self, samples: np.ndarray, flags: int = 0) -> None:
        packet = encode_out(samples, self._rate, self._seq, flags)
        self.sent_bytes += len(packet)
        self.send(packet)

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        self._rate = rate
        self._packet(chunk)
        self._seq += 1
        await super().play(chunk, rate)

    async def drain(self) -> None:
        if self._seq:
            self._packet(np.zeros(0, np.int16), FLAG_END)
            self._seq = 0
        await super().drain()

    def stop(self) -> None:
        self._packet(np.zeros(0, np.int16), FLAG_END | FLAG_STOP)
        self._seq = 0
        super().stop()

    def close(self) -> None:
        super().stop()  # forget the modelled playback; the far end needs no stop message
