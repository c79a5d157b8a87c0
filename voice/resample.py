"""Numpy-only band-limited resampling (windowed-sinc, polyphase), offline and streaming.

scipy is not a dependency, so this is a small Kaiser-windowed sinc resampler. One streaming class
does all the work; the offline ``resample()`` is that class fed once and flushed, so a file and a
live microphone resampled block by block give the same samples (no clicks at block edges).

Output sample ``n`` sits at input position ``n * src / dst``. With ``up/down = dst/src`` reduced,
that position's fractional part takes only ``up`` values, so the filters are precomputed per phase.
"""

from __future__ import annotations

from math import ceil, gcd

import numpy as np

# Zero crossings of the sinc on each side (at the lower of the two rates): 16 gives > 80 dB
# stop-band with the Kaiser window below, and ~100 taps for 48 kHz -> 16 kHz.
_ZERO_CROSSINGS = 16
_KAISER_BETA = 8.6
# Cutoff as a fraction of the lower Nyquist: leaves a transition band so aliasing stays small.
_ROLLOFF = 0.94
# Above this many phases (odd rate pairs such as 44100 -> 16001) filters are computed on the fly.
_MAX_PRECOMPUTED_PHASES = 4096
_CHUNK_OUT = 16384  # outputs computed per vectorised step: bounds temporary memory


class StreamResampler:
    """Stateful resampler for float32 mono blocks; ``process`` may be called with any block size.

    Latency: an output sample is produced once ``half_taps`` input samples after it have arrived
    (about 1 ms at 48 kHz -> 16 kHz). ``flush()`` pads the end with zeros to release the rest.
    """

    def __init__(self, src_rate: int, dst_rate: int) -> None:
        if src_rate <= 0 or dst_rate <= 0:
            raise ValueError(f"sample rates must be positive, got {src_rate} -> {dst_rate}")
        self.src_rate = int(src_rate)
        self.dst_rate = int(dst_rate)
        g = gcd(self.src_rate, self.dst_rate)
        self._up = self.dst_rate // g
        self._down = self.src_rate // g
        # Normalised cutoff in cycles per input sample.
        self._fc = 0.5 * _ROLLOFF * min(1.0, self._up / self._down)
        self._half = int(ceil(_ZERO_CROSSINGS / (2.0 * self._fc)))
        small = self._up <= _MAX_PRECOMPUTED_PHASES
        self._bank = self._filters(np.arange(self._up)) if small else None
        self.reset()

    def reset(self) -> None:
        """Forget all history (e.g. after a barge-in stop or a new utterance)."""
        # The buffer starts with half_taps zeros so that output 0 (input position 0) has history.
        self._buf = np.zeros(self._half - 1, dtype=np.float32)
        self._buf_start = -(self._half - 1)  # absolute input index of _buf[0]
        self._n_in = 0  # input samples received
        self._n_out = 0  # next output index

    @property
    def passthrough(self) -> bool:
        return self._up == self._down

    def _filters(self, phases: np.ndarray) -> np.ndarray:
        """Filter taps for each phase p: h(p/up + half - 1 - j), j = 0 .. 2*half-1, sum 1."""
        j = np.arange(2 * self._half)
        t = phases[:, None] / self._up + (self._half - 1) - j[None, :]
        x = t / self._half
        taps = np.sinc(2.0 * self._fc * t) * _kaiser(x)
        # Normalising each phase to unit DC gain removes any ripple between phases.
        taps /= taps.sum(axis=1, keepdims=True)
        return taps.astype(np.float32)

    def process(self, block: np.ndarray) -> np.ndarray:
        """Feed float32 samples; returns every output sample that is now fully determined."""
        block = np.asarray(block, dtype=np.float32).reshape(-1)
        if self.passthrough:
            return block.copy()
        self._buf = np.concatenate([self._buf, block])
        self._n_in += block.size
        # Output n needs input up to base(n) + half, base(n) = floor(n * down / up).
        last_input = self._buf_start + self._buf.size - 1
        n_end = -(-(last_input - self._half + 1) * self._up // self._down)
        return self._emit(n_end)

    def flush(self) -> np.ndarray:
        """Release the tail: outputs up to ceil(n_in * dst / src), then reset."""
        if self.passthrough:
            self.reset()
            return np.zeros(0, dtype=np.float32)
        self._buf = np.concatenate([self._buf, np.zeros(self._half + 1, dtype=np.float32)])
        n_total = -((-self._n_in * self._up) // self._down)
        out = self._emit(n_total)
        self.reset()
        return out

    def _emit(self, n_end: int) -> np.ndarray:
        if n_end <= self._n_out:
            return np.zeros(0, dtype=np.float32)
        pieces = []
        for start in range(self._n_out, n_end, _CHUNK_OUT):
            n = np.arange(start, min(start + _CHUNK_OUT, n_end), dtype=np.int64)
            pos = n * self._down
            base, phase = pos // self._up, pos % self._up
            first = base - self._half + 1 - self._buf_start  # index in _buf of the first tap
            windows = np.lib.stride_tricks.sliding_window_view(self._buf, 2 * self._half)[first]
            taps = self._bank[phase] if self._bank is not None else self._filters(phase)
            pieces.append(np.einsum("ij,ij->i", windows, taps).astype(np.float32))
        self._n_out = n_end
        # Drop input no later output can need (keeps the buffer to ~2 * half samples).
        next_first = (self._n_out * self._down) // self._up - self._half + 1
        drop = max(0, next_first - self._buf_start)
        self._buf = self._buf[drop:]
        self._buf_start += drop
        return np.concatenate(pieces)


def _kaiser(x: np.ndarray) -> np.ndarray:
    """Kaiser window evaluated at x in [-1, 1] (continuous form, zero outside)."""
    inside = np.clip(1.0 - x * x, 0.0, None)
    return np.i0(_KAISER_BETA * np.sqrt(inside)) / np.i0(_KAISER_BETA) * (np.abs(x) <= 1.0)


def resample(x: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    """Resample a whole mono signal; int16 in gives int16 out, float in gives float32 out."""
    if src_rate == dst_rate:
        return np.array(x, copy=True)
    is_int16 = np.asarray(x).dtype == np.int16
    xf = np.asarray(x, dtype=np.float32)
    if is_int16:
        xf = xf / 32768.0
    rs = StreamResampler(src_rate, dst_rate)
    out = np.concatenate([rs.process(xf), rs.flush()])
    if is_int16:
        return float_to_int16(out)
    return out


def float_to_int16(x: np.ndarray) -> np.ndarray:
    """[-1, 1] floats to int16 with rounding and clipping (overshoot from filtering is clipped)."""
    return np.clip(np.rint(np.asarray(x, dtype=np.float32) * 32768.0), -32768, 32767).astype(
        np.int16
    )
