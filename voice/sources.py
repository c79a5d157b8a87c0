"""Audio sources: async generators of 30 ms int16 mono 16 kHz frames (FRAME_SAMPLES samples).

Every source ends its stream with a zero-padded last frame, so consumers only ever see full frames.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, BinaryIO, Protocol

import numpy as np

from models.errors import NoAudioDeviceError
from voice import portaudio
from voice.audio import (
    FRAME_SAMPLES,
    SAMPLE_RATE,
    StreamResampler,
    decode_pcm,
    float_to_int16,
    read_wav,
)
from voice.echo import SampleClock

__all__ = [
    "FRAME_SAMPLES",
    "FRAME_SECONDS",
    "AudioSource",
    "FrameChunker",
    "BlockConverter",
    "WavFileSource",
    "RawPcmSource",
    "MicrophoneSource",
]

_LOG = logging.getLogger(__name__)
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE
_STALL_S = 2.0  # a running input stream delivers a block every block_ms; this long means trouble


class AudioSource(Protocol):
    def frames(self) -> AsyncIterator[np.ndarray]:
        """Async iterator of int16 frames of FRAME_SAMPLES samples."""
        ...

    def close(self) -> None:
        """Stop producing; a running ``frames()`` loop ends soon after."""
        ...


class FrameChunker:
    """Cuts int16 audio of any block size into FRAME_SAMPLES frames."""

    def __init__(self, frame_samples: int = FRAME_SAMPLES) -> None:
        self.frame_samples = frame_samples
        self._pending = np.zeros(0, dtype=np.int16)

    def push(self, samples: np.ndarray) -> list[np.ndarray]:
        buf = np.concatenate([self._pending, np.asarray(samples, dtype=np.int16).reshape(-1)])
        n = buf.size // self.frame_samples
        frames = [buf[i * self.frame_samples:(i + 1) * self.frame_samples] for i in range(n)]
        self._pending = buf[n * self.frame_samples:]
        return frames

    def flush(self) -> list[np.ndarray]:
        """The remainder as one zero-padded frame (nothing if there is no remainder)."""
        if self._pending.size == 0:
            return []
        last = np.zeros(self.frame_samples, dtype=np.int16)
        last[: self._pending.size] = self._pending
        self._pending = np.zeros(0, dtype=np.int16)
        return [last]


class BlockConverter:
    """Raw interleaved PCM blocks (any width/channels/rate) -> 16 kHz mono int16, with state.

    Keeps resampler history and any partial sample bytes between blocks, so block edges are
    seamless.
    """

    def __init__(self, rate: int, channels: int = 1, width: int = 2,
                 is_float: bool = False) -> None:
        if width not in ((4, 8) if is_float else (1, 2, 3, 4)):
            raise ValueError(f"sample width must be 1, 2, 3 or 4 bytes, got {width}")
        if channels < 1 or rate < 1:
            raise ValueError(f"need channels >= 1 and rate >= 1, got {channels} and {rate}")
        self.rate, self.channels, self.width, self.is_float = rate, channels, width, is_float
        self._resampler = StreamResampler(rate, SAMPLE_RATE)
        self._carry = b""

    def convert(self, data: bytes) -> np.ndarray:
        data = self._carry + data
        frame = self.width * self.channels
        usable = (len(data) // frame) * frame
        self._carry = data[usable:]
        if self.width == 2 and self.channels == 1 and self.rate == SAMPLE_RATE \
                and not self.is_float:
            return np.frombuffer(data[:usable], dtype="<i2").astype(np.int16)  # common fast path
        x = decode_pcm(data[:usable], self.width, self.is_float)
        if self.channels > 1:
            x = x.reshape(-1, self.channels).mean(axis=1)
        return float_to_int16(self._resampler.process(x))

    def flush(self) -> np.ndarray:
        self._carry = b""
        return float_to_int16(self._resampler.flush())


class WavFileSource:
    """Frames of a WAV file (any PCM/float format, converted), then trailing silence.

    The file is read in the constructor so that a bad file fails at once with AudioFormatError.
    ``trailing_silence_s`` lets the VAD see the endpoint; ``realtime`` paces frames by the wall
    clock (for benchmarks that must look like a live microphone), otherwise frames come as fast
    as the consumer takes them.
    """

    def __init__(self, path: str | os.PathLike[str] | None, realtime: bool = False,
                 trailing_silence_s: float = 1.0, leading_silence_s: float = 0.0,
                 samples: np.ndarray | None = None) -> None:
        """Read ``path``, or take ``samples`` (16 kHz mono int16) when ``path`` is None."""
        self.path = path
        self.realtime = realtime
        lead = np.zeros(int(leading_silence_s * SAMPLE_RATE), dtype=np.int16)
        trail = np.zeros(int(trailing_silence_s * SAMPLE_RATE), dtype=np.int16)
        audio = read_wav(path) if path is not None else np.asarray(samples, dtype=np.int16)
        self.samples = np.concatenate([lead, audio, trail])
        self.started_at: float | None = None  # monotonic time the first sample "arrived"
        self.frame_time: float | None = None  # capture time of the last frame's first sample
        self._closed = False

    def arrival(self, sample_index: int) -> float:
        """Monotonic time at which a sample reached the consumer (real-time pacing)."""
        assert self.started_at is not None, "frames() has not started"
        frame_end = (sample_index // FRAME_SAMPLES + 1) * FRAME_SAMPLES
        return self.started_at + frame_end / SAMPLE_RATE

    @property
    def duration(self) -> float:
        return self.samples.size / SAMPLE_RATE

    async def frames(self) -> AsyncIterator[np.ndarray]:
        chunker = FrameChunker()
        loop = asyncio.get_running_loop()
        t0 = self.started_at = loop.time()  # the loop's clock is time.monotonic()
        for i, frame in enumerate(chunker.push(self.samples) + chunker.flush()):
            if self._closed:
                return
            if self.realtime:
                # Frame i is "captured" once its last sample has been spoken.
                await asyncio.sleep(max(0.0, t0 + (i + 1) * FRAME_SECONDS - loop.time()))
            else:
                await asyncio.sleep(0)  # let other stages run between frames
            self.frame_time = t0 + i * FRAME_SECONDS
            yield frame

    def close(self) -> None:
        self._closed = True


class RawPcmSource:
    """Raw little-endian PCM from a binary stream (default: stdin), converted to 16 kHz mono.

    width: 1 = unsigned 8-bit, 2 = s16le, 3 = s24le, 4 = s32le. Reads happen in a daemon thread
    (not asyncio.to_thread): a read blocked on an idle stdin must not keep the executor, and so
    asyncio.run(), from exiting.
    """

    def __init__(self, stream: BinaryIO | None = None, rate: int = SAMPLE_RATE,
                 channels: int = 1, width: int = 2, block_ms: int = 30) -> None:
        self.stream = stream if stream is not None else sys.stdin.buffer
        self._converter = BlockConverter(rate, channels, width)
        self._read_bytes = max(1, rate * block_ms // 1000) * channels * width
        self._closed = threading.Event()

    def _reader(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[Any]) -> None:
        while not self._closed.is_set():
            try:
                data: Any = self.stream.read(self._read_bytes)
            except (OSError, ValueError) as e:  # ValueError: read from a closed file
                data = e
            fut = asyncio.run_coroutine_threadsafe(queue.put(data or b""), loop)
            while True:  # wait for room in the queue (back-pressure), but notice close()
                try:
                    fut.result(timeout=0.2)
                    break
                except concurrent.futures.TimeoutError:
                    if self._closed.is_set():
                        fut.cancel()
                        return
                except (RuntimeError, concurrent.futures.CancelledError):
                    return  # the loop went away
            if not data or isinstance(data, Exception):
                return

    async def frames(self) -> AsyncIterator[np.ndarray]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue(maxsize=32)
        threading.Thread(target=self._reader, args=(loop, queue), daemon=True,
                         name="raw-pcm-reader").start()
        chunker = FrameChunker()
        while not self._closed.is_set():
            data = await queue.get()
            if isinstance(data, Exception):
                raise data
            if not data:
                break
            for frame in chunker.push(self._converter.convert(data)):
                yield frame
        for frame in chunker.push(self._converter.flush()) + chunker.flush():
            yield frame

    def close(self) -> None:
        self._closed.set()


class MicrophoneSource:
    """Live microphone via sounddevice.RawInputStream.

    Opens at 16 kHz when the device accepts it (PulseAudio/ALSA plug usually do), else at the
    device's default rate with a streaming resampler. The PortAudio callback only copies bytes and
    hands them to the event loop; if the consumer falls behind, the oldest blocks are dropped
    (latency matters more than completeness for a live conversation) and a warning is logged.

    ``frame_time`` is when the first sample of the frame just yielded was captured
    (time.monotonic(), from PortAudio's ``inputBufferAdcTime``, smoothed): the echo canceller
    pairs each frame with what the speaker played at that moment.
    """

    def __init__(self, device: int | str | None = None, block_ms: int = 30,
                 max_queue_blocks: int = 50) -> None:
        self.device = device
        # Called once, when the first block arrives: only then is a word spoken now heard (the
        # stream opens when the pipeline starts reading, which a busy machine can delay).
        self.on_open: Callable[[], None] | None = None
        self.block_ms = block_ms
        self.max_queue_blocks = max_queue_blocks
        self.dropped_blocks = 0
        self.rate: int | None = None
        self.frame_time: float | None = None  # capture time of the last frame's first sample
        self._yielded = 0  # 16 kHz samples yielded
        self._sd = portaudio.sounddevice()
        self._info = portaudio.check_device(self._sd, device, "input")  # fail early
        self._stream: Any = None
        self._queue: asyncio.Queue[tuple[bytes, float] | None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _open(self, callback: Any) -> Any:
        rates = [SAMPLE_RATE, int(self._info.get("default_samplerate") or 0)]
        last: Exception | None = None
        for rate in dict.fromkeys(r for r in rates if r > 0):
            try:
                stream = self._sd.RawInputStream(
                    samplerate=rate, blocksize=rate * self.block_ms // 1000, device=self.device,
                    channels=1, dtype="int16", callback=callback,
                )
            except (self._sd.PortAudioError, ValueError) as e:
                last = e
                continue
            self.rate = rate
            return stream
        raise NoAudioDeviceError(
            f"cannot open microphone {self.device!r} ({last}). {portaudio.NO_INPUT}"
        )

    def _push(self, data: tuple[bytes, float] | None) -> None:
        """Runs on the event loop thread."""
        assert self._queue is not None
        if self._queue.full():
            self._queue.get_nowait()
            self.dropped_blocks += 1
            if self.dropped_blocks in (1, 10) or self.dropped_blocks % 100 == 0:
                _LOG.warning("microphone: consumer too slow, %d blocks dropped",
                             self.dropped_blocks)
        self._queue.put_nowait(data)

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        """Runs on PortAudio's thread: copy, time-stamp and hand over, nothing else."""
        if status:
            _LOG.debug("microphone status: %s", status)
        loop = self._loop
        if loop is None:
            return
        block = (bytes(indata), self._adc_time(frames, time_info))
        with contextlib.suppress(RuntimeError):  # the loop closed during shutdown
            loop.call_soon_threadsafe(self._push, block)

    def _adc_time(self, frames: int, time_info: Any) -> float:
        """time.monotonic() at which the block's first sample was captured."""
        now = time.monotonic()
        adc = float(getattr(time_info, "inputBufferAdcTime", 0.0) or 0.0)
        current = float(getattr(time_info, "currentTime", 0.0) or 0.0)
        if adc > 0 and current > 0:
            return now - max(0.0, current - adc)
        latency = float(getattr(self._stream, "latency", 0.0) or 0.0)
        return now - frames / (self.rate or SAMPLE_RATE) - latency  # no timestamps: estimate

    async def frames(self) -> AsyncIterator[np.ndarray]:
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue(maxsize=self.max_queue_blocks)
        self._stream = self._open(self._callback)
        assert self.rate is not None
        converter = BlockConverter(self.rate, 1, 2)
        chunker = FrameChunker()
        clock = SampleClock(SAMPLE_RATE, jump_s=0.05)  # dropped blocks: re-anchor
        captured = 0  # device samples received
        self._stream.start()
        try:
            while True:
                try:
                    block = await asyncio.wait_for(self._queue.get(), _STALL_S)
                except asyncio.TimeoutError:
                    self._check_alive()
                    continue
                if block is None:
                    break
                data, adc = block
                if captured == 0:
                    _LOG.info("microphone.open device=%r rate=%d", self.device, self.rate)
                    if self.on_open is not None:
                        self.on_open()
                # 16 kHz sample n sits at device sample n * rate / 16000 (zero-phase resampler).
                clock.observe(captured * SAMPLE_RATE / self.rate, adc)
                captured += len(data) // 2
                for frame in chunker.push(converter.convert(data)):
                    self.frame_time = clock.time_of(self._yielded)
                    self._yielded += frame.size
                    yield frame
        finally:
            self._stop_stream()

    def _check_alive(self) -> None:
        """No audio for a while: fine if the stream still runs (a muted mic delivers zeros,
        not nothing), an error if PortAudio stopped it (device unplugged)."""
        if self._stream is not None and not getattr(self._stream, "active", True):
            raise NoAudioDeviceError(
                f"microphone {self.device!r} stopped delivering audio (unplugged?). "
                + portaudio.NO_INPUT
            )

    def _stop_stream(self) -> None:
        stream, self._stream = self._stream, None
        portaudio.close_stream(stream, "microphone")

    def close(self) -> None:
        self._stop_stream()
        loop, queue = self._loop, self._queue
        if loop is not None and queue is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._push, None)
