"""Audio sinks: where reply audio goes (speaker, WAV file, nowhere).

``played_seconds()`` is what barge-in uses to keep only the heard part of a reply in history, so
each sink counts audio that actually left it, not audio that was queued. The speaker itself
lives in voice.speaker.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path
from typing import Protocol

import numpy as np

from voice.audio import resample, write_wav
from voice.echo import PlaybackReference
from voice.speaker import PlaybackBuffer, SpeakerSink

__all__ = ["AudioSink", "PlaybackBuffer", "SpeakerSink", "WavFileSink", "NullSink"]


class AudioSink(Protocol):
    """Where reply audio goes. A ``pausable`` sink holds its place on ``pause()`` (barge-in
    that may be a cough) and goes on from there on ``resume()``; one that is not (a far end
    that plays what it was sent) is only ever stopped."""

    pausable: bool

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        """Queue int16 mono audio; returns once queued/written, not when heard."""
        ...

    async def drain(self) -> None:
        """Wait until everything queued has been heard (or written)."""
        ...

    def stop(self) -> None:
        """Drop everything not yet played, at once (barge-in)."""
        ...

    def pause(self) -> None:
        """Silence now, keeping what is not yet played (pausable sinks only)."""
        ...

    def resume(self) -> None:
        """Go on from where pause() held."""
        ...

    def played_seconds(self) -> float:
        """Seconds of audio actually played since the last reset_counter()."""
        ...

    def reset_counter(self) -> None: ...

    def close(self) -> None: ...


class WavFileSink:
    """Collects reply audio and writes 16-bit mono WAV files (atomically).

    ``path_or_dir`` is a file path (one file, rewritten by each drain()/close()) or an existing
    directory (or a path ending in '/'): then each ``new_file()`` starts reply-0001.wav,
    reply-0002.wav, ... The WAV rate is ``rate`` or else the first chunk's rate; chunks at another
    rate are resampled. A file sink plays instantly: stop() has nothing left to drop. Nobody
    hears a file, so it gives the echo canceller no reference.
    """

    output_latency = 0.0
    pausable = False

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

    def pause(self) -> None:
        pass

    def resume(self) -> None:
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
    clock (playback takes the audio's duration; stop() cuts it; pause() holds it), for barge-in
    tests and benches. ``keep=True`` keeps the chunks in ``chunks`` for inspection. A realtime
    sink with a ``reference`` tells it when each chunk "plays" (no device clock: the wall clock;
    audio that stop() drops or pause() holds stays in the reference, which only makes the echo
    gate more careful). ``output_latency`` models a device buffer for voice-to-voice figures.
    """

    pausable = True

    def __init__(self, realtime: bool = False, keep: bool = False,
                 reference: PlaybackReference | None = None, output_latency: float = 0.0) -> None:
        self.realtime = realtime
        self.keep = keep
        self.reference = reference
        self.output_latency = output_latency
        self.chunks: list[tuple[np.ndarray, int]] = []
        self.first_play_time: float | None = None  # time.monotonic() of the first play()
        self._queued = 0.0  # seconds queued since reset_counter(), minus what stop() dropped
        self._busy_until = 0.0
        self._paused_at: float | None = None  # playback is held since then

    def _now(self) -> float:
        """The playback clock: it stands still while paused."""
        return self._paused_at if self._paused_at is not None else time.monotonic()

    def _remaining(self) -> float:
        return max(0.0, self._busy_until - self._now()) if self.realtime else 0.0

    async def play(self, chunk: np.ndarray, rate: int) -> None:
        now = self._now()
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
        while self._paused_at is not None or self._remaining() > 0:
            await asyncio.sleep(0.01 if self._paused_at is not None else self._remaining())

    def stop(self) -> None:
        self._queued -= self._remaining()
        self._paused_at = None
        self._busy_until = time.monotonic()

    def pause(self) -> None:
        if self.realtime and self._paused_at is None:
            self._paused_at = time.monotonic()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._busy_until += time.monotonic() - self._paused_at
            self._paused_at = None

    def played_seconds(self) -> float:
        return max(0.0, self._queued - self._remaining())

    def reset_counter(self) -> None:
        self._queued = self._remaining()
        self.first_play_time = None

    def close(self) -> None:
        self.stop()
