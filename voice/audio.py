"""Audio formats: WAV in/out, sample conversion, resampling, simple level measurement.

Everything inside the companion is mono int16 at SAMPLE_RATE (16 kHz, what whisper and webrtcvad
want); conversion happens once at the edges (files, raw PCM, devices).

WAV files are parsed in voice.wavfile rather than with the ``wave`` module because ``wave`` (3.11)
refuses IEEE float and WAVE_FORMAT_EXTENSIBLE files and silently returns fewer frames for truncated
files, while users must get one clear line for each of those cases.
"""

from __future__ import annotations

import io
import math
import os
import stat
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.errors import CompanionError
from voice.resample import StreamResampler, float_to_int16, resample

__all__ = [
    "SAMPLE_RATE",
    "FRAME_SAMPLES",
    "AudioFormatError",
    "WavInfo",
    "read_wav",
    "read_wav_native",
    "write_wav",
    "wav_bytes",
    "to_float32",
    "to_mono_int16",
    "float_to_int16",
    "resample",
    "StreamResampler",
    "decode_pcm",
    "pcm_bytes_to_int16",
    "active_seconds",
    "SILENCE_DBFS",
    "dbfs",
    "window_dbfs",
]

SAMPLE_RATE = 16000
FRAME_SAMPLES = 480  # 30 ms at 16 kHz: the frame size webrtcvad and the sources use

_FORMAT_PCM = 0x0001  # the WAV format tags of integer PCM (the rest is float)


class AudioFormatError(CompanionError):
    """An audio file or stream cannot be read; the message names the file and the fix."""


@dataclass(frozen=True)
class WavInfo:
    """What the fmt chunk says (after resolving WAVE_FORMAT_EXTENSIBLE)."""

    format_tag: int
    channels: int
    rate: int
    bits: int

    @property
    def block_align(self) -> int:
        return self.channels * (self.bits // 8)


def read_wav_native(path: str | os.PathLike[str]) -> tuple[np.ndarray, WavInfo]:
    """Read a WAV file as float32 in [-1, 1], shape (frames, channels), at its own rate."""
    from voice.wavfile import WavReader  # the parser builds on this module's converters

    with WavReader(path) as reader:
        return reader.read_all(), reader.info


def decode_pcm(payload: bytes, width: int, is_float: bool = False) -> np.ndarray:
    """Little-endian PCM bytes to float32 in [-1, 1] (interleaved channels kept).

    width 1 is unsigned 8-bit (the WAV convention), 2/3/4 signed, or float32/64 when is_float.
    """
    if is_float:
        dt = "<f4" if width == 4 else "<f8"
        x = np.frombuffer(payload, dtype=dt).astype(np.float32)
        return np.nan_to_num(x, nan=0.0, posinf=1.0, neginf=-1.0)
    if width == 1:
        return (np.frombuffer(payload, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(payload, dtype="<i2").astype(np.float32) / 32768.0
    if width == 3:
        b = np.frombuffer(payload, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = np.where(v >= 1 << 23, v - (1 << 24), v)  # sign-extend 24 -> 32 bits
        return v.astype(np.float32) / float(1 << 23)
    if width == 4:
        return (np.frombuffer(payload, dtype="<i4").astype(np.float64) / 2147483648.0).astype(
            np.float32
        )
    raise ValueError(f"unsupported sample width {width} bytes (use 1, 2, 3 or 4)")


def read_wav(path: str | os.PathLike[str]) -> np.ndarray:
    """Read any PCM/float WAV as int16 mono at SAMPLE_RATE; raises AudioFormatError on bad input."""
    x, info = read_wav_native(path)
    plain = info.format_tag == _FORMAT_PCM and info.bits == 16 and info.channels == 1
    if plain and info.rate == SAMPLE_RATE:
        return float_to_int16(x[:, 0])  # exact: int16/32768 round-trips through float32
    mono = x.mean(axis=1) if info.channels > 1 else x[:, 0]
    return float_to_int16(resample(mono, info.rate, SAMPLE_RATE))


def wav_bytes(samples: np.ndarray, rate: int) -> bytes:
    """A whole 16-bit PCM WAV file in memory (sizes known up front, so a pipe can take it).

    Float input in [-1, 1] is converted; a 2-D (frames, channels) int16 array keeps its channels.
    """
    if int(rate) <= 0:
        raise ValueError(f"sample rate must be positive, got {rate}")
    x = np.asarray(samples)
    if x.dtype != np.int16:
        x = float_to_int16(x)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1 if x.ndim == 1 else x.shape[1])
        w.setsampwidth(2)
        w.setframerate(int(rate))
        w.writeframes(np.ascontiguousarray(x).astype("<i2").tobytes())
    return buffer.getvalue()


def write_wav(path: str | os.PathLike[str], samples: np.ndarray, rate: int) -> None:
    """Write a WAV file atomically: a temp file next to it, then a rename, so readers never see
    half a file and a failure leaves an old file as it was. An old file keeps its mode; a new
    one gets what the umask allows (a temp file alone would make it 0600)."""
    p = Path(path)
    data = wav_bytes(samples, rate)
    p.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(p).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            f.write(data)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask, read without changing it where Linux tells (threads may be creating
    files right now); elsewhere set and put back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def to_float32(data: np.ndarray) -> np.ndarray:
    """Samples of any common dtype to float32 in [-1, 1] (uint8 is offset-binary like WAV)."""
    x = np.asarray(data)
    if x.dtype == np.uint8:
        return (x.astype(np.float32) - 128.0) / 128.0
    if x.dtype == np.int16:
        return x.astype(np.float32) / 32768.0
    if x.dtype == np.int32:
        return (x.astype(np.float64) / 2147483648.0).astype(np.float32)
    if np.issubdtype(x.dtype, np.floating):
        return x.astype(np.float32)
    raise ValueError(f"unsupported sample dtype {x.dtype}")


def to_mono_int16(data: np.ndarray, channels: int) -> np.ndarray:
    """Interleaved (or (frames, channels)) samples of any dtype to mono int16 by averaging."""
    x = to_float32(data).reshape(-1)
    if channels > 1:
        usable = (x.size // channels) * channels
        x = x[:usable].reshape(-1, channels).mean(axis=1)
    return float_to_int16(x)


def pcm_bytes_to_int16(
    data: bytes, width: int = 2, channels: int = 1, rate: int = SAMPLE_RATE,
    dst_rate: int = SAMPLE_RATE,
) -> np.ndarray:
    """One whole buffer of raw little-endian PCM to mono int16 at dst_rate.

    For a live stream cut into blocks, use ``decode_pcm`` + a ``StreamResampler`` instead: it keeps
    filter state across blocks (this function starts fresh each call).
    """
    frame = width * channels
    usable = (len(data) // frame) * frame
    x = decode_pcm(data[:usable], width)
    if channels > 1:
        x = x.reshape(-1, channels).mean(axis=1)
    return float_to_int16(resample(x, rate, dst_rate))


SILENCE_DBFS = 20.0 * math.log10(1 / 32768)  # one int16 step: the quietest level there is


def window_dbfs(samples: np.ndarray, window: int) -> np.ndarray:
    """RMS level in dB relative to full scale of each whole ``window`` of samples (silence is
    floored at ``SILENCE_DBFS``). The one level meter of the project: VAD, barge-in, bench."""
    x = to_float32(samples).reshape(-1)
    n = x.size // max(1, window)
    rms = np.sqrt(np.mean(np.square(x[: n * window].reshape(n, window), dtype=np.float64),
                          axis=1))
    return 20.0 * np.log10(np.maximum(rms, 1 / 32768))


def dbfs(samples: np.ndarray) -> float:
    """RMS level of all ``samples`` in dB relative to full scale (-inf when there are none)."""
    size = np.asarray(samples).size
    return float(window_dbfs(samples, size)[0]) if size else float("-inf")


def active_seconds(samples: np.ndarray, rate: int = SAMPLE_RATE,
                   threshold_dbfs: float = -40.0) -> float:
    """Seconds of 20 ms windows whose RMS is above threshold_dbfs (a cheap 'is anything there')."""
    win = max(1, int(rate * 0.02))
    return float(np.count_nonzero(window_dbfs(samples, win) > threshold_dbfs)) * win / rate
