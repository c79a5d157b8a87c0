"""Audio sinks: where reply audio goes (speaker, WAV file, nowhere).

``played_seconds()`` is what barge-in uses to keep only the heard part of a reply in history, so
each sink counts audio that actually left it, not audio that was queued.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from models.errors import NoAudioDeviceError
from voice import portaudio
from voice.audio import StreamResampler, float_to_int16, resample, write_wav
from voice.echo import PlaybackReference

__all__ = ["AudioSink", "PlaybackBuffer", "SpeakerSink", "WavFileSink", "NullSink"]

_LOG = logging.getLogger(__name__)
_STALL_S = 2.0  # no playback progress for this long while audio is pending: check the device
# Device buffer: longer than the callback thread's longest stall on a loaded 2-core box (it
# waits for the GIL and the CPU), short enough that barge-in silences the reply quickly. With
# tools/playback_bench.py on PulseAudio, 2 busy processes and a GIL-bound thread: "low" (40 ms
# measured) underran ~120 times a minute, 0.1 s (120 ms measured) 0-6 times.
LATENCY_S = 0.1
BLOCK_MS = 20  # one Python callback per 20 ms: fewer GIL round trips than PortAudio's default
PREROLL_S = 0.08  # a reply starts once this much of it is buffered (or its end is queued)


class AudioSink(Protocol):
    async def play(self, chunk: np.ndarray, rate: int) -> None:
        """Queue int16 mono audio; returns once queued/written, not when heard."""
        ...

    async def drain(self) -> None:
        """Wait until everything queued has been heard (or written)."""
        ...

    def stop(self) -> None:
        """Drop everything not yet played, at once (barge-in)."""
        ...

    def played_seconds(self) -> float:
        """Seconds of audio actually played since the last reset_counter()."""
        ...

    def reset_counter(self) -> None: ...

    def close(self) -> None: ...


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

    Each block handed to the device (silence included) is given to ``reference`` with the time
    it reaches the DAC, for the echo canceller. ``output_latency`` is the device's measured
    latency (buffer + DAC) for voice-to-voice figures.

    The stream opens at the first chunk's rate when the device accepts it, else at the device's
    default rate with a streaming resampler.
    """

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

    @property
    def output_latency(self) -> float:
        """Seconds from a sample leaving the callback to it reaching the DAC (0 when closed)."""
        return float(getattr(self._stream, "latency", 0.0) or 0.0)

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        """PortAudio thread: copy from the buffer, count real samples. Never blocks."""
        if self._flowing and status and getattr(status, "output_underflow", False):
            self.underruns += 1  # during a reply: the user heard a click or a gap
        data, real = self._next_block(frames)
        outdata[:] = data.tobytes()
        self._played += real
        if self.reference is not None and self.rate:
            self.reference.played(data, self.rate, self._dac_time(time_info))

    def _next_block(self, frames: int) -> tuple[np.ndarray, int]:
        assert self.rate is not None
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
        # The last block is still in the device's buffer for about the output latency.
        await asyncio.sleep(self.output_latency)

    def stop(self) -> None:
        self._buffer.clear()
        self._ending = self._starved = self._flowing = False
        self._waited = 0
        if self._resampler is not None:
            self._resampler.reset()

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


class WavFileSink:
    """Collects reply audio and writes 16-bit mono WAV files (atomically).

    ``path_or_dir`` is a file path (one file, rewritten by each drain()/close()) or an existing
    directory (or a path ending in '/'): then each ``new_file()`` starts reply-0001.wav,
    reply-0002.wav, ... The WAV rate is ``rate`` or else the first chunk's rate; chunks at another
    rate are resampled. A file sink plays instantly: stop() has nothing left to drop. Nobody
    hears a file, so it gives the echo canceller no reference.
    """

    output_latency = 0.0

    def __init__(self, path_or_dir: str | os.PathLike[str] | None,
                 rate: int | None = None) -> None:
        """``path_or_dir`` None: collect only; the caller takes ``audio()`` when it succeeded."""
        p = Path(path_or_dir) if path_or_dir is not None else None
        self.directory = p if p is not None and (
            p.is_dir() or str(path_or_dir).endswith(("/", os.sep))) else None
        self.rate = rate
        self.path: Path | None = None if self.directory else p
        self.written: list[Path] = []
        self._chunks: list[np.ndarray] = []
        self._dirty = False
        self._played = 0
        self._counter = 0

    def _next_path(self) -> Path:
        assert self.directory is not None
        self._counter += 1
        return self.directory / f"reply-{self._counter:04d}.wav"

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        if self.rate is None:
            self.rate = int(rate)
        if self.path is None and self.directory is not None:
            self.path = self._next_path()
        x = np.asarray(chunk, dtype=np.int16).reshape(-1)
        if rate != self.rate:
            x = resample(x, rate, self.rate)  # sentence chunks: edges are near silence
        self._chunks.append(x)
        self._played += x.size
        self._dirty = True

    def _write(self, force: bool = False) -> None:
        if self.path is None or not (self._dirty or force):
            return
        write_wav(self.path, self.audio(), self.rate or 16000)
        if self.path not in self.written:
            self.written.append(self.path)
        self._dirty = False

    def audio(self) -> np.ndarray:
        """The current file's audio so far, at ``rate``."""
        return np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)

    async def drain(self) -> None:
        self._write()

    def new_file(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Finish the current file and start another (``path``, or the next name in the dir)."""
        self._write()
        self._chunks = []
        self.path = Path(path) if path is not None else (
            self._next_path() if self.directory else self.path
        )
        assert self.path is not None
        return self.path

    def stop(self) -> None:
        pass

    def played_seconds(self) -> float:
        return self._played / self.rate if self.rate else 0.0

    def reset_counter(self) -> None:
        self._played = 0

    def close(self) -> None:
        # In single-file mode always leave a (possibly empty) valid WAV where the user asked.
        self._write(force=self.directory is None and self.path not in self.written)


class NullSink:
    """Discards audio but counts it. ``realtime=True`` makes it behave like a speaker on the wall
    clock (playback takes the audio's duration; stop() cuts it), for barge-in tests and benches.
    ``keep=True`` keeps the chunks in ``chunks`` for inspection. A realtime sink with a
    ``reference`` tells it when each chunk "plays" (no device clock: the wall clock; audio that
    stop() drops stays in the reference, which only makes the echo gate more careful).
    """

    output_latency = 0.0

    def __init__(self, realtime: bool = False, keep: bool = False,
                 reference: PlaybackReference | None = None) -> None:
        self.realtime = realtime
        self.keep = keep
        self.reference = reference
        self.chunks: list[tuple[np.ndarray, int]] = []
        self.first_play_time: float | None = None  # time.monotonic() of the first play()
        self._queued = 0.0  # seconds queued since reset_counter(), minus what stop() dropped
        self._busy_until = 0.0

    def _remaining(self) -> float:
        return max(0.0, self._busy_until - time.monotonic()) if self.realtime else 0.0

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        now = time.monotonic()
        if self.first_play_time is None:
            self.first_play_time = now
        if self.keep:
            self.chunks.append((np.array(chunk, dtype=np.int16), rate))
        dur = np.asarray(chunk).size / rate
        if self.reference is not None and self.realtime:
            self.reference.played(np.asarray(chunk), rate, max(now, self._busy_until))
        self._busy_until = max(now, self._busy_until) + dur
        self._queued += dur

    async def drain(self) -> None:
        await asyncio.sleep(self._remaining())

    def stop(self) -> None:
        self._queued -= self._remaining()
        self._busy_until = time.monotonic()

    def played_seconds(self) -> float:
        return max(0.0, self._queued - self._remaining())

    def reset_counter(self) -> None:
        self._queued = self._remaining()
        self.first_play_time = None

    def close(self) -> None:
        self.stop()
