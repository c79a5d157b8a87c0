"""Audio over MQTT: satellites' ``audio/in`` checks, their reply sink, and volume.

``audio/in`` carries raw 16 kHz mono s16le PCM, any whole number of samples per message.
``audio/out`` messages are voice.wire packets (a 16-byte CAUD header, then s16le PCM), so a
satellite never has to guess the rate of the voice it plays. The wire format, the queue-fed
source and the packet sink are shared with the browser shell and live in voice.wire.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from voice.sinks import AudioSink
from voice.wire import (
    FLAG_END,
    FLAG_STOP,
    HEADER,
    MAGIC,
    AudioPayloadError,
    OutChunk,
    PacketSink,
    QueueSource,
    check_pcm16,
    decode_out,
    encode_out,
)

__all__ = ["FLAG_END", "FLAG_STOP", "HEADER", "MAGIC", "MAX_IN_BYTES", "AudioPayloadError",
           "MqttAudioSink", "OutChunk", "QueueSource", "VolumeSink", "check_audio_in",
           "decode_out", "encode_out"]

MAX_IN_BYTES = 32000  # 1 s of 16 kHz s16le per message: satellites send 20-100 ms frames


def check_audio_in(payload: bytes) -> None:
    check_pcm16(payload, MAX_IN_BYTES, "audio/in")


Publish = Callable[[str, bytes], None]


class MqttAudioSink(PacketSink):
    """Reply audio published to a satellite's ``audio/out`` (see voice.wire.PacketSink)."""

    def __init__(self, publish: Publish, topic: str) -> None:
        super().__init__(lambda packet: publish(topic, packet))
        self.topic = topic


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

    @property
    def pausable(self) -> bool:
        return bool(getattr(self.inner, "pausable", False))

    @property
    def output_latency(self) -> float:
        return float(getattr(self.inner, "output_latency", 0.0))

    def pause(self) -> None:
        self.inner.pause()

    def resume(self) -> None:
        self.inner.resume()

    def played_seconds(self) -> float:
        return self.inner.played_seconds()

    def reset_counter(self) -> None:
        self.inner.reset_counter()

    def close(self) -> None:
        self.inner.close()
