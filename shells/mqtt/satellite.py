"""`companion satellite`: a thin speaker that lends its microphone and speaker to a brain.

The microphone is streamed to ``companion/<id>/audio/in`` only while the local VAD hears speech
(with its preroll, so soft onsets are kept); silence never crosses the network. Reply audio
arrives on ``audio/out`` (header in shells.mqtt.audio) and is played at once. Half-duplex:
while the reply plays, and briefly after, the microphone is not streamed, so the brain never
hears the satellite's own voice.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import aiomqtt
import numpy as np

from shells.mqtt.audio import MAX_IN_BYTES, AudioPayloadError, OutChunk, decode_out
from shells.mqtt.bridge import BrokerSettings, Link, cancel_and_wait
from shells.mqtt.topics import Topics
from voice.sinks import AudioSink
from voice.sources import AudioSource
from voice.vad import SpeechStart, VadSegmenter

log = logging.getLogger(__name__)


class SatelliteClient:
    def __init__(self, settings: BrokerSettings, device_id: str, source: AudioSource,
                 sink: AudioSink, vad: VadSegmenter, tail_s: float = 0.3,
                 on_chunk: Callable[[OutChunk], None] = lambda chunk: None,
                 backoff_s: tuple[float, float] = (0.5, 5.0)) -> None:
        self.topics = Topics(device_id)
        self.source, self.sink, self.vad = source, sink, vad
        self.tail_s = tail_s
        self.on_chunk = on_chunk
        self.link = Link(settings, f"companion-sat-{device_id}", self.topics.availability,
                         [self.topics.audio_out], self._on_message, backoff_s=backoff_s)
        self.replies_done = 0  # end-of-reply markers received
        self.sent_bytes = 0
        self._play_until = 0.0

    @property
    def speaking(self) -> bool:
        return time.monotonic() < self._play_until + self.tail_s

    async def run(self) -> None:
        """Stream and play until cancelled (the microphone ending does not stop playback)."""
        link = asyncio.create_task(self.link.run(), name="satellite-link")
        mic = asyncio.create_task(self._stream(), name="satellite-mic")
        try:
            await asyncio.gather(link, mic)
        finally:
            await cancel_and_wait(mic)
            await cancel_and_wait(link)  # the link last: it says "offline" on its way out

    async def _stream(self) -> None:
        async for frame in self.source.frames():
            if self.speaking:
                if self.vad.in_speech:
                    self.vad.reset()
                continue
            was_speaking = self.vad.in_speech
            events = self.vad.feed(frame)
            if any(isinstance(e, SpeechStart) for e in events):
                audio = self.vad.utterance_audio()  # the preroll and the frames so far
                self._send(audio if audio is not None else frame)
            elif was_speaking:
                self._send(frame)  # through the hangover: the brain endpoints by itself

    def _send(self, samples: np.ndarray) -> None:
        data = np.asarray(samples, dtype="<i2").tobytes()
        for start in range(0, len(data), MAX_IN_BYTES):
            part = data[start:start + MAX_IN_BYTES]
            self.sent_bytes += len(part)
            self.link.publish(self.topics.audio_in, part, qos=0, transient=True)

    async def _on_message(self, message: aiomqtt.Message) -> None:
        payload = message.payload
        if not isinstance(payload, bytes):
            return
        try:
            chunk = decode_out(payload)
        except AudioPayloadError as exc:
            log.warning("satellite.bad_audio error=%s", exc)
            return
        self.on_chunk(chunk)
        if chunk.stop:
            self.sink.stop()
            self._play_until = time.monotonic()
        if chunk.end:
            self.replies_done += 1
            return
        now = time.monotonic()
        self._play_until = max(now, self._play_until) + chunk.samples.size / chunk.rate
        await self.sink.play(chunk.samples, chunk.rate)
