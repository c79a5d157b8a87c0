"""The speaker: gap-free playback through PortAudio, with a tap for the echo canceller.

``played_seconds()`` counts audio that reached the device, so barge-in keeps only the heard part
of a reply in history.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from typing import Any

import numpy as np

from models.errors import NoAudioDeviceError
from voice import portaudio
from voice.audio import StreamResampler, float_to_int16
from voice.echo import PlaybackReference

__all__ = ["PlaybackBuffer", "SpeakerSink", "LATENCY_S"]

_LOG = logging.getLogger(__name__)
_STALL_S = 2.0  # no playback progress for this long while audio is pending: check the device
# Device buffer: longer than the callback thread's longest stall on a loaded 2-core box (it
# waits for the GIL and the CPU), short enough that barge-in silences the reply quickly. With
# tools/playback_bench.py on PulseAudio, 2 busy processes and a GIL-bound thread: "low" (40 ms
# measured) underran ~120 times a minute, 0.1 s (120 ms measured) 0-6 times.
LATENCY_S = 0.1
BLOCK_MS = 20  # one Python callback per 20 ms: fewer GIL round trips than PortAudio's default
PREROLL_S = 0.08  # a reply starts once this much of it is buffered (or its end is queued)


class PlaybackBuffer:
    """Thread-safe FIFO of int16 samples between the event loop and PortAudio's callback."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chunks: deque[np.ndarray] = deque()
        self._offset = 0  # samples of _chunks[0] already read
        self._pending = 0

    def push(self, samples: np.ndarray) -> None:
        if samples.size:
            with self._lock:
                self._chunks.append(samples.astype(np.int16, copy=False).reshape(-1))
                self._pending += samples.size

    def read(self, n: int) -> tuple[np.ndarray, int]:
        """n samples (zero-filled past the end) and how many of them were real audio."""
        out = np.zeros(n, dtype=np.int16)
        got = 0
        with self._lock:
            while got < n and self._chunks:
                head = self._chunks[0]
                take = min(n - got, head.size - self._offset)
                out[got:got + take] = head[self._offset:self._offset + take]
                got += take
                self._offset += take
                if self._offset == head.size:
                    self._chunks.popleft()
                    self._offset = 0
            self._pending -= got
        return out, got

    def unread(self, samples: np.ndarray) -> None:
        """Put ``samples`` back in front: they were handed to the device but never played."""
        if samples.size:
            with self._lock:
                if self._offset:
                    self._chunks[0] = self._chunks[0][self._offset:]
                    self._offset = 0
                self._chunks.appendleft(samples.astype(np.int16, copy=False).reshape(-1))
                self._pending += samples.size

    def clear(self) -> None:
        with self._lock:
            self._chunks.clear()
            self._offset = 0
            self._pending = 0

    def pending(self) -> int:
        with self._lock:
            return self._pending


class SpeakerSink:
    """Plays through sounddevice.RawOutputStream; the stream runs continuously (silence when idle)
    so a reply starts without device start-up delay.

    Gap-free on a loaded box: the PortAudio callback only copies from a ring buffer that the event
    loop fills, and never waits. The device buffer (``latency``, seconds) must outlast the
    longest stall of the callback thread (it needs the GIL, which model threads and the event
    loop hold for milliseconds at a time); ``preroll_s`` of a reply is buffered before it
    starts, so a slow first chunk does not stutter. Silence is played only between replies.
    ``underruns`` counts PortAudio's output-underflow reports during replies (the device ran
    dry: a click or a gap), ``gaps`` the times a reply ran out of audio before drain() (TTS
    slower than real time).

    ``pause()`` and ``stop()`` silence the speaker at once: they drop what the device buffer
    still holds (PortAudio's abort), which would otherwise play on for its latency (measured on
    PulseAudio: 150 ms of a barge-in's stop time). A pause puts those unheard samples back in
    the queue, so ``resume()`` goes on from what the user last heard.

    Each block handed to the device (silence included) is given to ``reference`` with the time
    it reaches the DAC, for the echo canceller. ``output_latency`` is the device's measured
    latency (buffer + DAC) for voice-to-voice figures.

    The stream opens at the first chunk's rate when the device accepts it, else at the device's
    default rate with a streaming resampler.
    """

    pausable = True

    def __init__(self, device: int | str | None = None, latency: str | float = LATENCY_S,
                 preroll_s: float = PREROLL_S, reference: PlaybackReference | None = None) -> None:
        self.device = device
        self.latency = latency
        self.preroll_s = preroll_s
        self.reference = reference
        self.underruns = 0
        self.gaps = 0
        self._sd = portaudio.sounddevice()
        self._info = portaudio.check_device(self._sd, device, "output")  # fail early
        self._buffer = PlaybackBuffer()
        self._played = 0  # samples handed to the device since reset_counter(); callback thread
        self._stream: Any = None
        self._src_rate: int | None = None  # rate of incoming chunks
        self.rate: int | None = None  # rate of the device stream
        self._resampler: StreamResampler | None = None
        self._flowing = False  # a reply is being played (pre-roll done)
        self._waited = 0  # samples of silence played while a reply waits for its pre-roll
        self._ending = False  # drain() called: the reply's last audio is queued
        self._starved = False  # the reply ran dry before drain(): a gap if more audio comes
        self._paused = False  # hold the reply where it is: silence until resume()
        # (time it reaches the DAC, its real samples) of the blocks that may still be in the
        # device buffer: 64 blocks of 20 ms outlast any sensible output latency.
        self._handed: deque[tuple[float, np.ndarray]] = deque(maxlen=64)

    @property
    def output_latency(self) -> float:
        """Seconds from a sample leaving the callback to it reaching the DAC (0 when closed)."""
        return float(getattr(self._stream, "latency", 0.0) or 0.0)

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio thread: copy from the buffer, count real samples. Never blocks."""
        underflow = bool(status and getattr(status, "output_underflow", False))
        if underflow and self._flowing and not self._paused:
            self.underruns += 1  # during a reply: the user heard a click or a gap
        data, real = self._next_block(frames)
        outdata[:] = data.tobytes()
        self._played += real
        dac_time = self._dac_time(time_info)
        self._handed.append((dac_time, data[:real]))
        if self.reference is not None and self.rate:
            self.reference.played(data, self.rate, dac_time, resync=underflow)

    def _next_block(self, frames: int) -> tuple[np.ndarray, int]:
        assert self.rate is not None
        if self._paused:
            return np.zeros(frames, dtype=np.int16), 0
        pending = self._buffer.pending()
        if not self._flowing and pending:
            self._waited += frames
            self._flowing = (pending >= self.preroll_s * self.rate or self._ending
                             or self._waited >= self.preroll_s * self.rate)
        if not self._flowing:
            return np.zeros(frames, dtype=np.int16), 0
        data, real = self._buffer.read(frames)
        if real < frames:  # ran dry: the reply ended, or its next chunk is late
            self._starved = not self._ending
            self._flowing = self._ending = False
            self._waited = 0
        return data, real

    def _dac_time(self, time_info: Any) -> float:
        """time.monotonic() at which this block's first sample reaches the DAC."""
        now = time.monotonic()
        dac = float(getattr(time_info, "outputBufferDacTime", 0.0) or 0.0)
        current = float(getattr(time_info, "currentTime", 0.0) or 0.0)
        if dac > 0 and current > 0:
            return now + max(0.0, dac - current)
        return now + self.output_latency  # host API without timestamps

    def _open(self, src_rate: int) -> None:
        self._close_stream()
        rates = [src_rate, int(self._info.get("default_samplerate") or 0)]
        last: Exception | None = None
        for rate in dict.fromkeys(r for r in rates if r > 0):
            try:
                stream = self._sd.RawOutputStream(
                    samplerate=rate, device=self.device, channels=1, dtype="int16",
                    callback=self._callback, latency=self.latency,
                    blocksize=rate * BLOCK_MS // 1000,
                )
            except (self._sd.PortAudioError, ValueError) as e:
                last = e
                continue
            self._stream, self.rate, self._src_rate = stream, rate, src_rate
            self._resampler = None if rate == src_rate else StreamResampler(src_rate, rate)
            stream.start()
            _LOG.debug("speaker.open rate=%d latency_ms=%.1f", rate, self.output_latency * 1000)
            return
        raise NoAudioDeviceError(
            f"cannot open speaker {self.device!r} ({last}). {portaudio.NO_OUTPUT}"
        )

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        if self._stream is None or rate != self._src_rate:
            if self._stream is not None:
                await self.drain()  # a new voice rate: finish the old audio first
            self._open(rate)
        x = np.asarray(chunk, dtype=np.int16).reshape(-1)
        if self._resampler is not None:
            x = float_to_int16(self._resampler.process(x.astype(np.float32) / 32768.0))
        if self._starved:  # more of a reply that had run dry: the user heard a gap
            self.gaps += 1
            self._starved = False
        self._buffer.push(x)

    async def drain(self) -> None:
        if self._stream is None:
            return
        if self._resampler is not None:
            self._buffer.push(float_to_int16(self._resampler.flush()))
        self._ending = True  # play what is queued even if shorter than the pre-roll
        self._starved = False
        last, since = self._buffer.pending(), time.monotonic()
        while (pending := self._buffer.pending()) > 0:
            await asyncio.sleep(0.01)
            if pending != last:
                last, since = pending, time.monotonic()
            elif time.monotonic() - since > _STALL_S and not getattr(self._stream, "active", 1):
                self.stop()  # PortAudio stopped calling back (device gone): never wait forever
                raise NoAudioDeviceError(
                    f"speaker {self.device!r} stopped playing (unplugged?). {portaudio.NO_OUTPUT}"
                )
        # The last blocks are still in the device's buffer: done once they have been heard.
        await asyncio.sleep(max(0.0, self._heard_by() - time.monotonic()))

    def _heard_by(self) -> float:
        """When the last real sample handed to the device reaches the listener."""
        assert self.rate is not None
        ends = [t + block.size / self.rate for t, block in list(self._handed) if block.size]
        return max(ends, default=0.0)

    def stop(self) -> None:
        self._buffer.clear()
        self._ending = self._starved = self._flowing = self._paused = False
        self._waited = 0
        if self._resampler is not None:
            self._resampler.reset()
        self._drop_device_buffer()  # after the queue is empty: the restarted stream plays none

    def pause(self) -> None:
        self._paused = True
        self._buffer.unread(self._drop_device_buffer())

    def _drop_device_buffer(self) -> np.ndarray:
        """Silence now: abort the stream (the device forgets what it holds) and restart it.
        Returns the reply's samples that were handed to the device but not yet heard."""
        if self._stream is None or self.rate is None:
            return np.zeros(0, dtype=np.int16)
        now = time.monotonic()
        try:
            self._stream.abort()  # returns once the callback has stopped: _handed is ours
        except self._sd.PortAudioError as e:  # a device gone: drain() or the next play says so
            _LOG.debug("speaker.abort error=%s", e)
            return np.zeros(0, dtype=np.int16)
        unheard = [block[max(0, int((now - t) * self.rate)):] for t, block in self._handed]
        self._handed.clear()
        samples = np.concatenate([np.zeros(0, dtype=np.int16), *unheard])
        self._played = max(0, self._played - samples.size)
        if self.reference is not None:
            self.reference.retract(now)
        try:
            self._stream.start()
        except self._sd.PortAudioError as e:
            _LOG.debug("speaker.restart error=%s", e)
        return samples

    def resume(self) -> None:
        self._paused = False

    def played_seconds(self) -> float:
        return self._played / self.rate if self.rate else 0.0

    def reset_counter(self) -> None:
        self._played = 0

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        portaudio.close_stream(stream, "speaker")

    def close(self) -> None:
        self.stop()
        self._close_stream()
