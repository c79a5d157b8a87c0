"""Echo cancellation: the microphone without the companion's own voice.

PlaybackReference   what the speaker played and when. The sink records every block it hands
                    the device (silence included) with the time its first sample reaches the
                    DAC, as time.monotonic() (PortAudio's ``outputBufferDacTime``, or now + the
                    measured output latency where a sink has no device clock). Kept at 16 kHz.
EchoCanceller       WebRTC AEC3 + noise suppression + high-pass (pywebrtc-audio) on 10 ms frames:
                    each microphone frame is paired with the reference that was playing when it
                    was captured, a little earlier still (``lead_s``): AEC3 models the echo from
                    a reference that precedes it, and tolerates ~250 ms of lead but no lag.
EchoGate            the fallback where pywebrtc-audio cannot be loaded: half-duplex. Frames
                    captured while our voice can be in the room are ``gated``: only checked
                    for barge-in, never transcribed.
make_echo_canceller picks one (or none: ``off``) and says once, with one warning, when it must
                    fall back.

Both return a ``CleanFrame`` per microphone frame. ``echo`` is true while our own voice can be
in the room: from the first loud reference sample until ``tail_s`` after the last one (device
buffers, the loop from speaker to microphone and the room's reverberation). During ``echo`` the
canceller also squelches what AEC3 leaves of the echo: cleaned frames fainter than
``squelch_dbfs`` are dropped unless someone was louder than that in the last 0.3 s, so that
whatever the mode the microphone never passes the companion's own voice on to the recognizer,
while a user talking over the reply passes whole (chopping their soft sounds would garble them).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

import numpy as np

from voice.audio import SAMPLE_RATE, StreamResampler, dbfs, float_to_int16, to_float32, window_dbfs

__all__ = ["CleanFrame", "PlaybackReference", "EchoCanceller", "EchoGate", "SampleClock",
           "make_echo_canceller", "aec_available", "ECHO_MODES"]

_LOG = logging.getLogger(__name__)
FRAME_10MS = SAMPLE_RATE // 100
_warned = False  # the fallback is announced once per process


@dataclass(frozen=True)
class CleanFrame:
    audio: np.ndarray  # int16, as long as the microphone frame: echo removed, or as captured
    t: float  # time.monotonic() at which its first sample was captured
    echo: bool  # the companion's voice may be in the room (playing, or within tail_s after)
    gated: bool  # half-duplex: check it for barge-in only, never transcribe it
    far_dbfs: float = float("-inf")  # loudest 10 ms the speaker played in the echo window


class SampleClock:
    """Sample index -> time.monotonic() of a running stream: t = t0 + index / rate.

    Device timestamps jitter by about a block; the clock follows them slowly (``gain``), so a
    stream's samples keep evenly spaced times. ``anchor`` re-sets it after a gap; so does an
    observation more than ``jump_s`` off (samples lost on the way, a restarted stream).
    """

    def __init__(self, rate: int = SAMPLE_RATE, gain: float = 0.02,
                 jump_s: float = float("inf")) -> None:
        self.rate = rate
        self.gain = gain
        self.jump_s = jump_s
        self.t0: float | None = None

    def anchor(self, index: float, t: float) -> None:
        self.t0 = t - index / self.rate

    def observe(self, index: float, t: float) -> None:
        if self.t0 is None or abs(t - self.time_of(index)) > self.jump_s:
            self.anchor(index, t)
        else:
            self.t0 += self.gain * (t - self.time_of(index))

    def time_of(self, index: float) -> float:
        assert self.t0 is not None, "the clock has no observation yet"
        return self.t0 + index / self.rate

    def index_at(self, t: float) -> float:
        assert self.t0 is not None, "the clock has no observation yet"
        return (t - self.t0) * self.rate


class PlaybackReference:
    """The far end: what the output device played, at 16 kHz, on the monotonic clock.

    ``played()`` is called from the audio thread and only queues; the canceller's thread turns
    queued blocks into the 16 kHz ring (resampling, timing) when it reads. Each 10 ms of the
    ring keeps its level too: ``level_between`` is what the gate and barge-in compare with.
    """

    def __init__(self, keep_s: float = 4.0, loud_dbfs: float = -55.0,
                 jump_s: float = 0.04) -> None:
        self.size = int(keep_s * SAMPLE_RATE) // FRAME_10MS * FRAME_10MS
        self._ring = np.zeros(self.size, dtype=np.int16)
        self._level = np.full(self.size // FRAME_10MS, -100.0)  # dBFS per 10 ms of the ring
        self.loud_dbfs = loud_dbfs
        self.jump_s = jump_s
        self.clock = SampleClock()
        self.written = 0  # 16 kHz samples in the ring so far (absolute index of the next one)
        self._next = 0.0  # 16 kHz index where the next device sample belongs (not yet resampled)
        self._rate_in = 0
        self._resampler: StreamResampler | None = None
        self._lock = threading.Lock()
        self._queued: deque[tuple[np.ndarray, int, float, bool]] = deque()

    def played(self, samples: np.ndarray, rate: int, dac_time: float,
               resync: bool = False) -> None:
        """Audio thread: ``samples`` (int16 mono at ``rate``) start at ``dac_time``.
        ``resync``: the device ran dry just before (an underrun): its clock jumped, so take
        ``dac_time`` as it is instead of smoothing towards it (AEC3 would lose the echo)."""
        with self._lock:
            self._queued.append((np.array(samples, dtype=np.int16).reshape(-1), rate, dac_time,
                                 resync))

    def retract(self, t: float) -> None:
        """Audio thread: what was to reach the DAC from ``t`` on never will (the device's buffer
        was dropped). Left in, AEC3 would subtract an echo that never came from the user's
        words."""
        with self._lock:
            self._queued.append((np.zeros(0, dtype=np.int16), 0, t, False))

    def absorb(self) -> None:
        """Move the queued blocks into the ring (call before reading)."""
        while True:
            with self._lock:
                if not self._queued:
                    return
                samples, rate, t, resync = self._queued.popleft()
            if rate == 0:  # retract()'s mark, in order with the blocks around it
                self._cut(t)
            else:
                self._add(samples, rate, t, resync)

    def _cut(self, t: float) -> None:
        """Forget the ring from time ``t`` on; the next block, played later, leaves silence."""
        if self.clock.t0 is None:
            return
        self._end_segment()
        keep = max(int(self.clock.index_at(t)), self.written - self.size, 0)
        if keep < self.written:
            self.written = keep
            self._next = float(keep)

    def _add(self, samples: np.ndarray, rate: int, t: float, resync: bool = False) -> None:
        if rate != self._rate_in:
            self._end_segment()
            self._rate_in = rate
            self._resampler = StreamResampler(rate, SAMPLE_RATE) if rate != SAMPLE_RATE else None
        if self.clock.t0 is None:
            self.clock.anchor(self._next, t)
        late = t - self.clock.time_of(self._next)
        # A pause in a sink without a clock, a restarted stream, or an underrun.
        if abs(late) > self.jump_s or (resync and abs(late) > 1 / SAMPLE_RATE):
            self._end_segment()
            if late > 0:
                self._append(np.zeros(int(late * SAMPLE_RATE), dtype=np.int16))
                self._next = float(self.written)
            self.clock.anchor(self._next, t)
        self.clock.observe(self._next, t)
        self._next += samples.size * SAMPLE_RATE / rate
        if self._resampler is None:
            self._append(samples)
        else:
            self._append(float_to_int16(self._resampler.process(to_float32(samples))))

    def _end_segment(self) -> None:
        if self._resampler is not None:
            self._append(float_to_int16(self._resampler.flush()))
        self._next = float(self.written)

    def _append(self, x: np.ndarray) -> None:
        if x.size == 0:
            return
        if x.size > self.size:
            self.written += x.size - self.size
            x = x[-self.size:]
        start = self.written % self.size
        first = min(x.size, self.size - start)
        self._ring[start:start + first] = x[:first]
        self._ring[:x.size - first] = x[first:]
        f0, f1 = self.written // FRAME_10MS, (self.written + x.size) // FRAME_10MS
        self.written += x.size
        if f1 > f0:  # 10 ms frames completed by this block: their levels
            frames = self.read(f0 * FRAME_10MS, (f1 - f0) * FRAME_10MS)
            self._level[np.arange(f0, f1) % self._level.size] = window_dbfs(frames, FRAME_10MS)

    def read(self, start: int, n: int) -> np.ndarray:
        """16 kHz samples [start, start + n); zeros where the ring holds nothing (yet)."""
        out = np.zeros(n, dtype=np.int16)
        lo, hi = max(start, self.written - self.size), min(start + n, self.written)
        for k in range(lo, hi, self.size):  # at most two slices of the ring
            a = k % self.size
            m = min(hi - k, self.size - a)
            out[k - start:k - start + m] = self._ring[a:a + m]
        return out

    def index_at(self, t: float) -> float | None:
        return None if self.clock.t0 is None else self.clock.index_at(t)

    def level_between(self, t0: float, t1: float) -> float:
        """The loudest 10 ms (dBFS) played between t0 and t1 (monotonic); -inf if none known."""
        if self.clock.t0 is None:
            return float("-inf")
        oldest = max(0, self.written - self.size) // FRAME_10MS
        f0 = max(int(self.clock.index_at(t0)) // FRAME_10MS, oldest)
        f1 = min(int(self.clock.index_at(t1)) // FRAME_10MS + 1, self.written // FRAME_10MS)
        if f1 <= f0:
            return float("-inf")
        return float(self._level[np.arange(f0, f1) % self._level.size].max())

    def loud_between(self, t0: float, t1: float) -> bool:
        """Did anything audible play between t0 and t1 (monotonic)?"""
        return self.level_between(t0, t1) > self.loud_dbfs


class EchoGate:
    """Half-duplex fallback: frames during echo (and its tail) are gated, never cleaned."""

    mode = "gate"
    full_duplex = False

    def __init__(self, reference: PlaybackReference, tail_s: float = 0.35) -> None:
        self.reference = reference
        self.tail_s = tail_s

    def _far_dbfs(self, t: float, n: int) -> float:
        """The loudest our voice was in the room's memory: from ``tail_s`` before the frame."""
        self.reference.absorb()
        return self.reference.level_between(t - self.tail_s, t + n / SAMPLE_RATE)

    def process(self, frame: np.ndarray, t: float) -> CleanFrame:
        far = self._far_dbfs(t, frame.size)
        echo = far > self.reference.loud_dbfs
        return CleanFrame(np.asarray(frame, dtype=np.int16), t, echo, gated=echo, far_dbfs=far)


class EchoCanceller(EchoGate):
    """AEC3 + noise suppression + high-pass; full-duplex once AEC3 has converged.

    Frames are any multiple of 10 ms. AEC3 needs a few seconds of our voice to learn the echo
    path (measured: residual bursts in the first ~2.5 s of a loud, reverberant leak). Until it
    has heard ``converge_s`` of our voice and removes ``converged_db`` of it (``erle_db``, a
    running estimate that rises fast and falls slowly, so a user talking over the reply does
    not unsettle it), frames during echo are gated as in half-duplex.
    """

    mode = "aec"
    full_duplex = True

    def __init__(self, reference: PlaybackReference, tail_s: float = 0.35, lead_s: float = 0.02,
                 noise_suppression: bool = True, squelch_dbfs: float = -45.0,
                 converged_db: float = 15.0, converge_s: float = 2.5,
                 processor: Any = None) -> None:
        super().__init__(reference, tail_s)
        if processor is None:
            import pywebrtc_audio

            processor = pywebrtc_audio.AudioProcessor(
                SAMPLE_RATE, echo_cancellation=True, noise_suppression=noise_suppression,
                high_pass_filter=True)
        self._apm = processor
        self.lead_s = lead_s
        self.squelch_dbfs = squelch_dbfs
        self.converged_db = converged_db
        self.converge_s = converge_s
        self.erle_db = 0.0  # how much of our echo AEC3 removes now (running estimate)
        self.echo_heard_s = 0.0  # seconds of our own voice heard by the microphone so far
        self._converged = False
        self._open_until = 0.0  # the squelch lets everything through until then (someone talks)
        self._mic = 0  # microphone samples processed
        self._offset: int | None = None  # reference index - microphone index, kept steady
        self._slack = SAMPLE_RATE // 250  # re-align only when 4 ms off (clock drift, a glitch)

    @property
    def converged(self) -> bool:
        return self._converged

    def process(self, frame: np.ndarray, t: float) -> CleanFrame:
        near = np.asarray(frame, dtype=np.int16).reshape(-1)
        far = self._far_dbfs(t, near.size)
        echo = far > self.reference.loud_dbfs
        out = self._apm.process(near, self._far(near.size, t))
        self._mic += near.size
        near_db, out_db = dbfs(near), max(dbfs(out), -100.0)  # dbfs(digital silence) = -inf
        if echo and near_db > self.squelch_dbfs:
            self._track(near_db - out_db, near.size / SAMPLE_RATE)
        if out_db >= self.squelch_dbfs and (not echo or out_db > near_db - 10.0):
            self._open_until = t + 0.3  # someone is talking: let all of it through
        elif echo and t > self._open_until:
            out = np.zeros_like(out)  # a faint remainder of our own voice, not the user
        return CleanFrame(out, t, echo, gated=echo and not self.converged, far_dbfs=far)

    def _far(self, n: int, t: float) -> np.ndarray:
        """The reference for a microphone frame captured at ``t``, ``lead_s`` early, continuous
        from frame to frame (re-aligned only when the clocks drift ``_slack`` apart)."""
        target = self.reference.index_at(t - self.lead_s)
        if target is not None:
            wanted = round(target) - self._mic
            if self._offset is None or abs(wanted - self._offset) > self._slack:
                self._offset = wanted
        if self._offset is None:
            return np.zeros(n, dtype=np.int16)
        return self.reference.read(self._mic + self._offset, n)

    def _track(self, removed_db: float, seconds: float) -> None:
        self.echo_heard_s += seconds
        rate = 0.1 if removed_db > self.erle_db else 0.02  # ~0.3 s up, ~1.5 s down
        self.erle_db += rate * (removed_db - self.erle_db)
        if self._converged:  # hysteresis: a short double talk must not flip it back
            self._converged = self.erle_db >= self.converged_db - 6.0
        else:
            self._converged = (self.echo_heard_s >= self.converge_s
                               and self.erle_db >= self.converged_db)

    def reset(self) -> None:
        self._apm.reset()
        self._offset = None
        self.erle_db = self.echo_heard_s = 0.0
        self._converged = False


def aec_available() -> str | None:
    """None when pywebrtc-audio loads and runs; else why not (one line)."""
    try:
        import pywebrtc_audio

        probe = pywebrtc_audio.AudioProcessor(SAMPLE_RATE, echo_cancellation=True)
        probe.process(np.zeros(FRAME_10MS, np.int16), np.zeros(FRAME_10MS, np.int16))
    except Exception as e:  # ImportError, a wheel built for another CPU, a broken .so
        return f"{type(e).__name__}: {e}"
    return None


ECHO_MODES = ("auto", "aec", "gate", "off")


def make_echo_canceller(reference: PlaybackReference, mode: str = "auto",
                        tail_s: float = 0.35) -> EchoCanceller | EchoGate | None:
    """``auto``: AEC3 when pywebrtc-audio works, else the half-duplex gate (said once);
    ``off``: none (the microphone is trusted as it is: a headset, a device that cancels)."""
    global _warned
    if mode not in ECHO_MODES:
        raise ValueError(f"echo mode must be one of {', '.join(ECHO_MODES)}, got {mode!r}")
    if mode == "off":
        return None
    if mode == "gate":
        return EchoGate(reference, tail_s)
    problem = aec_available()
    if problem is None:
        return EchoCanceller(reference, tail_s)
    if mode == "aec":
        raise RuntimeError(f"echo cancellation unavailable ({problem}); "
                           "install it with `pip install pywebrtc-audio==0.2.0`")
    if not _warned:
        _warned = True
        _LOG.warning("echo cancellation unavailable (%s): half-duplex, the microphone only "
                     "listens for barge-in while the companion speaks; install it with "
                     "`pip install pywebrtc-audio==0.2.0`", problem)
    return EchoGate(reference, tail_s)
