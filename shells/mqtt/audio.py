"""Audio over MQTT and around the sinks: a queue-fed source, a publishing sink, volume.

``audio/in`` carries raw 16 kHz mono s16le PCM, any whole number of samples per message.
``audio/out`` messages are a 16-byte header followed by s16le mono PCM:

    offset 0  4 bytes  magic b"CAUD"
    offset 4  1 byte   version (1)
    offset 5  1 byte   flags: bit 0 = end of reply (no PCM follows), bit 1 = stop now
    offset 6  2 bytes  reserved (0)
    offset 8  uint32   sample rate, little-endian
    offset 12 uint32   chunk sequence number within the reply, little-endian

so a satellite never has to guess the rate of the voice it plays.
"""

from __future__ import annotations

import asyncio
import struct
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import numpy as np

from voice.sinks import AudioSink, NullSink
from voice.sources import FRAME_SAMPLES, FRAME_SECONDS, FrameChunker

MAGIC = b"CAUD"
HEADER = struct.Struct("<4sBBHII")
FLAG_END, FLAG_STOP = 1, 2
MAX_IN_BYTES = 32000  # 1 s of 16 kHz s16le per message: satellites send 20-100 ms frames


class AudioPayloadError(ValueError):
    """An audio/in or audio/out payload that is not what the contract says."""


def check_audio_in(payload: bytes) -> None:
    if not payload:
        raise AudioPayloadError("audio/in: empty payload; send raw 16 kHz mono s16le samples.")
    if len(payload) % 2:
        raise AudioPayloadError(f"audio/in: {len(payload)} bytes is not a whole number of "
                                "16-bit samples; send raw 16 kHz mono s16le.")
    if len(payload) > MAX_IN_BYTES:
        raise AudioPayloadError(f"audio/in: {len(payload)} bytes in one message is over the "
                                f"{MAX_IN_BYTES}-byte limit (1 s); send 20-100 ms frames.")


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


def decode_out(payload: bytes) -> OutChunk:
    if len(payload) < HEADER.size or payload[:4] != MAGIC:
        raise AudioPayloadError("audio/out: missing the 16-byte CAUD header.")
    _, version, flags, _, rate, seq = HEADER.unpack_from(payload)
    pcm = payload[HEADER.size:]
    if version != 1 or len(pcm) % 2 or not 4000 <= rate <= 96000:
        raise AudioPayloadError(f"audio/out: bad header (version {version}, rate {rate}).")
    return OutChunk(rate, seq, flags, np.frombuffer(pcm, dtype="<i2").astype(np.int16))


class QueueSource:
    """An AudioSource fed by ``push()`` (satellite audio arriving over MQTT).

    A satellite only streams while its own VAD hears speech, so the gaps are filled with
    silence for up to ``fill_s`` after the last frame: the brain's endpointing needs to see
    the pause to end the turn. If the consumer falls behind, the oldest frames are dropped.
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


Publish = Callable[[str, bytes], None]


class MqttAudioSink(NullSink):
    """Reply audio published to a satellite's ``audio/out``.

    The satellite plays what it receives; here playback is modelled on the wall clock (the
    real-time NullSink's accounting), so drain() returns about when the satellite has finished
    speaking and played_seconds() tells barge-in how much was heard.
    """

    def __init__(self, publish: Publish, topic: str) -> None:
        super().__init__(realtime=True)
        self.publish, self.topic = publish, topic
        self._seq = 0
        self._rate = 16000

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        self._rate = rate
        self.publish(self.topic, encode_out(chunk, rate, self._seq))
        self._seq += 1
        await super().play(chunk, rate)

    async def drain(self) -> None:
        if self._seq:
            self.publish(self.topic, encode_out(np.zeros(0, np.int16), self._rate, self._seq,
                                                FLAG_END))
            self._seq = 0
        await super().drain()

    def stop(self) -> None:
        self.publish(self.topic, encode_out(np.zeros(0, np.int16), self._rate, self._seq,
                                            FLAG_END | FLAG_STOP))
        self._seq = 0
        super().stop()

    def close(self) -> None:
        super().stop()  # forget the modelled playback; the satellite needs no stop message


class VolumeSink:
    """Scales reply audio by ``level`` (0.0-1.0) on its way to the real sink."""

    def __init__(self, inner: AudioSink, level: float = 1.0) -> None:
        self.inner = inner
        self.level = level

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        if self.level < 1.0:
            scaled = np.asarray(chunk, dtype=np.float32) * self.level
            chunk = np.clip(np.rint(scaled), -32768, 32767).astype(np.int16)
        await self.inner.play(chunk, rate)

    async def drain(self) -> None:
        await self.inner.drain()

    def stop(self) -> None:
        self.inner.stop()

    def played_seconds(self) -> float:
        return self.inner.played_seconds()

    def reset_counter(self) -> None:
        self.inner.reset_counter()

    def close(self) -> None:
        self.inner.close()
