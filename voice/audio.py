"""Audio formats: WAV in/out, sample conversion, resampling, simple level measurement.

Everything inside the companion is mono int16 at SAMPLE_RATE (16 kHz, what whisper and webrtcvad
want); conversion happens once at the edges (files, raw PCM, devices).

WAV files are parsed here rather than with the ``wave`` module because ``wave`` (3.11) refuses
IEEE float and WAVE_FORMAT_EXTENSIBLE files and silently returns fewer frames for truncated files,
while users must get one clear line for each of those cases.
"""

from __future__ import annotations

import math
import os
import struct
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

_FORMAT_PCM = 0x0001
_FORMAT_FLOAT = 0x0003
_FORMAT_EXTENSIBLE = 0xFFFE
_CODEC_NAMES = {0x0002: "MS ADPCM", 0x0006: "A-law", 0x0007: "mu-law", 0x0011: "IMA ADPCM",
                0x0031: "GSM 6.10", 0x0055: "MP3"}
_STREAMED_SIZE = 0xFFFFFFFF  # data size written by tools streaming to a pipe: "read to EOF"
_CONVERT_HINT = "convert it with: sox {name} -r 16000 -c 1 -b 16 out.wav"


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


def _fail(path: Path, what: str) -> AudioFormatError:
    return AudioFormatError(f"{path}: {what}")


def _parse_fmt(path: Path, body: bytes) -> WavInfo:
    if len(body) < 16:
        raise _fail(path, "broken WAV header (fmt chunk too short); re-export the file as WAV")
    tag, channels, rate, _byte_rate, _align, bits = struct.unpack("<HHIIHH", body[:16])
    if tag == _FORMAT_EXTENSIBLE and len(body) >= 40:
        # The real format is the first two bytes of the SubFormat GUID.
        tag = struct.unpack("<H", body[24:26])[0]
    if tag not in (_FORMAT_PCM, _FORMAT_FLOAT):
        codec = _CODEC_NAMES.get(tag, f"format tag 0x{tag:04x}")
        raise _fail(path, f"unsupported WAV codec {codec}; "
                          f"convert to PCM with: sox {path.name} -b 16 out.wav")
    ok_bits = (8, 16, 24, 32) if tag == _FORMAT_PCM else (32, 64)
    if channels < 1 or rate < 1 or bits not in ok_bits:
        raise _fail(path, f"unsupported WAV layout ({channels} channels, {rate} Hz, {bits}-bit); "
                          + _CONVERT_HINT.format(name=path.name))
    return WavInfo(tag, channels, rate, bits)


def _check_riff(path: Path, data: bytes) -> None:
    if len(data) == 0:
        raise _fail(path, "file is empty (0 bytes); record it again or check the path")
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise _fail(path, "not a WAV file (no RIFF/WAVE header); "
                    + _CONVERT_HINT.format(name=path.name))


def read_wav_native(path: str | os.PathLike[str]) -> tuple[np.ndarray, WavInfo]:
    """Read a WAV file as float32 in [-1, 1], shape (frames, channels), at its own rate."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise _fail(p, "no such file; check the path") from None
    except IsADirectoryError:
        raise _fail(p, "is a directory, not a WAV file") from None
    except OSError as e:
        raise _fail(p, f"cannot read file ({e.strerror}); check its permissions") from None
    _check_riff(p, data)
    info: WavInfo | None = None
    pos = 12
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body_start = pos + 8
        if cid == b"fmt ":
            info = _parse_fmt(p, data[body_start:body_start + size])
        elif cid == b"data":
            if info is None:
                raise _fail(p, "broken WAV header (data before fmt chunk); re-export the file")
            return _decode_data(p, data[body_start:], size, info), info
        pos = body_start + size + (size & 1)  # chunks are word aligned
    if info is None:
        raise _fail(p, "broken WAV header (no fmt chunk); re-export the file as WAV")
    raise _fail(p, "holds no audio (no data chunk); re-record or re-export it")


def _decode_data(path: Path, rest: bytes, size: int, info: WavInfo) -> np.ndarray:
    if size != _STREAMED_SIZE and size > len(rest):
        said = (size // info.block_align) / info.rate
        holds = (len(rest) // info.block_align) / info.rate
        raise _fail(path, f"truncated: header says {said:.2f} s, file holds {holds:.2f} s; "
                          "re-record or re-export it")
    payload = rest if size == _STREAMED_SIZE else rest[:size]
    n_frames = len(payload) // info.block_align
    if n_frames == 0:
        raise _fail(path, "holds no audio (0 frames); re-record or re-export it")
    payload = payload[: n_frames * info.block_align]
    samples = decode_pcm(payload, info.bits // 8, is_float=info.format_tag == _FORMAT_FLOAT)
    return samples.reshape(n_frames, info.channels)


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


def write_wav(path: str | os.PathLike[str], samples: np.ndarray, rate: int) -> None:
    """Write mono 16-bit PCM atomically (temp file + rename: readers never see half a file).

    Float input in [-1, 1] is converted; a 2-D (frames, channels) int16 array keeps its channels.
    """
    p = Path(path)
    if int(rate) <= 0:
        raise ValueError(f"sample rate must be positive, got {rate}")
    x = np.asarray(samples)
    if x.dtype != np.int16:
        x = float_to_int16(x)
    channels = 1 if x.ndim == 1 else x.shape[1]
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as f, wave.open(f, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(2)
            w.setframerate(int(rate))
            w.writeframes(np.ascontiguousarray(x).astype("<i2").tobytes())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
