"""Helpers for the voice tests: model paths, cached real models, WAV builders, fake PortAudio.

Models are loaded once per test process (lru_cache) so several test modules share one whisper and
one piper instance.
"""

from __future__ import annotations

import struct
import threading
import time
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from voice.audio import SAMPLE_RATE, resample


def model_path(role: str) -> Path:
    """The installed model for ``role``; `make setup` fetches them (tests never download)."""
    from models.resolve import resolve_model

    return resolve_model(role)


@lru_cache(maxsize=1)
def load_tts() -> Any:
    """The real voice without its random variation: the same words give the same audio in
    every run, so what the recognizer hears (and every test built on it) is repeatable."""
    from voice.tts import PiperTTS

    return PiperTTS(model_path("tts"), variation=0.0)


@lru_cache(maxsize=1)
def load_stt() -> Any:
    from voice.stt import WhisperSTT

    return WhisperSTT(model_path("stt"), threads=2)


@lru_cache(maxsize=8)
def speech_16k(text: str = "What is the capital of France?") -> np.ndarray:
    """Piper speech for ``text`` resampled to 16 kHz int16 (read-only: it is cached)."""
    tts = load_tts()
    x = resample(tts.synthesize(text), tts.sample_rate, SAMPLE_RATE)
    x.setflags(write=False)
    return x


def tone(freq: float, seconds: float, rate: int, level: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dominant_freq(x: np.ndarray, rate: int) -> float:
    spec = np.abs(np.fft.rfft(np.asarray(x, dtype=np.float64) * np.hanning(len(x))))
    return float(np.argmax(spec) * rate / len(x))


def wav_bytes(payload: bytes, *, tag: int = 1, channels: int = 1, rate: int = 16000,
              bits: int = 16, extensible: bool = False, data_size: int | None = None,
              extra_chunk: bool = False) -> bytes:
    """A hand-built RIFF/WAVE file (to cover what the wave module cannot write)."""
    align = channels * bits // 8
    fmt = struct.pack("<HHIIHH", 0xFFFE if extensible else tag, channels, rate,
                      (rate * align) & 0xFFFFFFFF,
                      align, bits)
    if extensible:
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt += struct.pack("<HHI", 22, bits, 0) + struct.pack("<H", tag) + guid_tail
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    if extra_chunk:  # odd-sized LIST chunk: exercises the word-alignment padding
        chunks += b"LIST" + struct.pack("<I", 3) + b"abc\x00"
    size = len(payload) if data_size is None else data_size
    chunks += b"data" + struct.pack("<I", size) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


class FakePortAudioError(Exception):
    pass


class _FakeStream:
    """Runs the callback from its own thread, like PortAudio, ``speed`` times faster than real."""

    def __init__(self, owner: FakeSoundDevice, kind: str, samplerate: int, callback: Any,
                 blocksize: int = 0, **kwargs: Any) -> None:
        if samplerate not in owner.accepted_rates:
            raise FakePortAudioError(f"Invalid sample rate {samplerate}")
        self.owner, self.kind, self.samplerate, self.callback = owner, kind, samplerate, callback
        self.blocksize = blocksize or samplerate // 100
        self.latency = owner.latency
        self.kwargs = kwargs
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.closed = False
        owner.streams.append(self)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _times(self) -> Any:
        """PortAudio's time info when the owner simulates a device clock (else None)."""
        if not self.owner.clock_offset:
            return None
        current = time.monotonic() + self.owner.clock_offset  # another clock than ours
        return SimpleNamespace(currentTime=current, outputBufferDacTime=current + self.latency,
                               inputBufferAdcTime=current - self.latency)

    def _status(self, block: int) -> Any:
        every = self.owner.underflow_every
        return SimpleNamespace(output_underflow=bool(every) and block % every == every - 1)

    def _run(self) -> None:
        n, pos, block = self.blocksize, 0, 0
        while not self._stop.is_set():
            if self.kind == "input":
                chunk = self.owner.input_signal[pos:pos + n]
                if chunk.size < n:
                    break
                pos += n
                self.callback(chunk.astype("<i2").tobytes(), n, self._times(), None)
            else:
                out = bytearray(2 * n)
                self.callback(out, n, self._times(), self._status(block))
                self.owner.output.append(np.frombuffer(bytes(out), dtype="<i2"))
                self.owner.heard_at.append(time.monotonic() + self.latency / self.owner.speed)
            block += 1
            time.sleep(n / self.samplerate / self.owner.speed)

    @property
    def active(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2)
        self._stop.clear()

    def abort(self) -> None:
        """Stop and drop what the device buffer holds: blocks not heard yet never are."""
        now = time.monotonic()
        self.stop()
        self.owner.aborts += 1
        while self.owner.heard_at and self.owner.heard_at[-1] > now:
            self.owner.heard_at.pop()
            self.owner.output.pop()
        if self.owner.output:  # the block playing: only its start was heard
            heard = int((now - self.owner.heard_at[-1]) * self.samplerate * self.owner.speed)
            self.owner.output[-1] = self.owner.output[-1][:heard]

    def close(self) -> None:
        self.closed = True


class FakeSoundDevice(SimpleNamespace):
    """Enough of the sounddevice module for MicrophoneSource and SpeakerSink."""

    PortAudioError = FakePortAudioError

    def __init__(self, *, has_input: bool = True, has_output: bool = True,
                 accepted_rates: tuple[int, ...] = (16000, 22050, 44100, 48000),
                 default_rate: int = 48000, input_signal: np.ndarray | None = None,
                 speed: float = 1.0) -> None:
        super().__init__()
        self.has_input, self.has_output = has_input, has_output
        self.accepted_rates = accepted_rates
        self.default_rate = default_rate
        self.input_signal = (input_signal if input_signal is not None
                             else np.zeros(0, dtype=np.int16))
        self.speed = speed
        self.latency = 0.0  # what streams report as their latency
        self.clock_offset = 0.0  # != 0: callbacks get time info on a clock this far from ours
        self.underflow_every = 0  # > 0: every n-th output callback reports an underflow
        self.streams: list[_FakeStream] = []
        self.output: list[np.ndarray] = []  # the blocks heard (or to be heard: see heard_at)
        self.heard_at: list[float] = []  # when each output block reaches the listener
        self.aborts = 0

    def query_devices(self, device: Any = None, kind: str | None = None) -> dict[str, Any]:
        present = self.has_input if kind == "input" else self.has_output
        if not present:
            raise FakePortAudioError("Error querying device -1")
        return {"name": "fake", "index": 0, "max_input_channels": 2 if self.has_input else 0,
                "max_output_channels": 2 if self.has_output else 0,
                "default_samplerate": float(self.default_rate)}

    def RawInputStream(self, **kwargs: Any) -> _FakeStream:
        return _FakeStream(self, "input", **kwargs)

    def RawOutputStream(self, **kwargs: Any) -> _FakeStream:
        return _FakeStream(self, "output", **kwargs)

    def played(self) -> np.ndarray:
        return np.concatenate(self.output) if self.output else np.zeros(0, np.int16)
