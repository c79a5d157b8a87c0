"""WAV input read once, in blocks: any length in bounded memory, absurd headers refused at once.

A path may be a regular file, a pipe (`say <(sox ...)`), a named FIFO or a device: it is opened
once and read front to back, so what a pipe delivers is never lost to a second open. The header
is parsed before anything else runs, and a file that cannot be what it claims (a rate of 1 Hz or
4 GHz, 1000 channels, 40 hours) is refused then, with one line that says why; a regular file's
size is checked against its header there too. Streams are checked as they arrive.

``WavStreamSource`` is the audio source made of such a reader: frames are converted block by
block, so an hour of 48 kHz stereo never sits in memory.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import select
import stat
import struct
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np

from voice.audio import SAMPLE_RATE, AudioFormatError, WavInfo, decode_pcm
from voice.sources import BlockConverter, FrameChunker

__all__ = ["MIN_RATE", "MAX_RATE", "MAX_CHANNELS", "MAX_SECONDS", "WavReader",
           "WavStreamSource"]

MIN_RATE = 4000  # below this no speech is left to recognise; a 1 Hz header is a broken file
MAX_RATE = 384_000  # the fastest rate audio interfaces record at
MAX_CHANNELS = 32
MAX_SECONDS = 3 * 3600.0  # the longest input `say` takes (it is streamed, but takes time)
FIFO_WAIT_S = 30.0  # how long a named FIFO may stay without a writer
_BLOCK_BYTES = 1 << 16
_MAX_SKIPPED_CHUNK = 1 << 24  # metadata chunks before the audio larger than this: broken
_MAX_FMT_BYTES = 1024
_FORMAT_PCM, _FORMAT_FLOAT, _FORMAT_EXTENSIBLE = 0x0001, 0x0003, 0xFFFE
_STREAMED_SIZE = 0xFFFFFFFF  # data size written by tools streaming to a pipe: "read to EOF"
_PIPE_GUESS = 0x7FFF0000  # from here up, a pipe's size is a placeholder (arecord: 0x7FFFFFFF)
_CODEC_NAMES = {0x0002: "MS ADPCM", 0x0006: "A-law", 0x0007: "mu-law", 0x0011: "IMA ADPCM",
                0x0031: "GSM 6.10", 0x0055: "MP3"}
_CONVERT_HINT = "convert it with: sox {name} -r 16000 -c 1 -b 16 out.wav"


def _fail(path: Path, what: str) -> AudioFormatError:
    return AudioFormatError(f"{path}: {what}")


def _duration(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds:.2f} s"


class WavReader:
    """One WAV file or stream, opened once; ``info`` is known when the constructor returns."""

    def __init__(self, path: str | os.PathLike[str], max_seconds: float = MAX_SECONDS,
                 fifo_wait_s: float = FIFO_WAIT_S) -> None:
        self.path = Path(path)
        self.max_seconds = max_seconds
        self._file, self._size = _open(self.path, fifo_wait_s)
        self._pos = 0
        try:
            self.info, self._declared = self._header()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> WavReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def _read(self, n: int) -> bytes:
        """Up to ``n`` bytes; fewer only at the end of the input (pipes deliver in pieces)."""
        parts, got = [], 0
        while got < n:
            part = self._file.read(n - got)
            if not part:
                break
            parts.append(part)
            got += len(part)
        self._pos += got
        return b"".join(parts)

    def _skip(self, n: int) -> None:
        if self._size is not None:
            self._file.seek(n, os.SEEK_CUR)
            self._pos += n
            return
        while n > 0:
            got = len(self._read(min(n, _BLOCK_BYTES)))
            if got == 0:
                return
            n -= got

    def _header(self) -> tuple[WavInfo, int | None]:
        """Parse up to the data chunk; returns the format and the data bytes (None: to EOF)."""
        riff = self._read(12)
        if not riff:
            raise _fail(self.path, "file is empty (0 bytes); record it again or check the path")
        if len(riff) < 12 or riff[:4] != b"RIFF" or riff[8:12] != b"WAVE":
            raise _fail(self.path, "not a WAV file (no RIFF/WAVE header); "
                        + _CONVERT_HINT.format(name=self.path.name))
        info: WavInfo | None = None
        while len(head := self._read(8)) == 8:
            cid, size = head[:4], struct.unpack("<I", head[4:])[0]
            if cid == b"data":
                if info is None:
                    raise _fail(self.path, "broken WAV header (data before fmt chunk); "
                                "re-export the file")
                return info, self._check_size(info, size)
            if cid == b"fmt ":
                if size > _MAX_FMT_BYTES:
                    raise _fail(self.path, f"broken WAV header (fmt chunk of {size} bytes); "
                                "re-export the file as WAV")
                info = _parse_fmt(self.path, self._read(size))
            elif size > _MAX_SKIPPED_CHUNK:
                raise _fail(self.path, f"broken WAV header ({size}-byte {cid!r} chunk before "
                            "the audio); re-export the file as WAV")
            else:
                self._skip(size)
            if size & 1:  # chunks are word aligned
                self._skip(1)
        if info is None:
            raise _fail(self.path, "broken WAV header (no fmt chunk); re-export the file as WAV")
        raise _fail(self.path, "holds no audio (no data chunk); re-record or re-export it")

    def _check_size(self, info: WavInfo, size: int) -> int | None:
        """What the header says against the limits and, for a regular file, against its size."""
        left = None if self._size is None else max(0, self._size - self._pos)
        if size == _STREAMED_SIZE or (left is None and size >= _PIPE_GUESS):
            size = left if left is not None else -1
        elif left is not None and size > left:
            raise self._truncated(info, size, left)
        if size < 0:
            return None  # a stream written to a pipe: its length shows at its end
        if size // info.block_align == 0:
            raise _fail(self.path, "holds no audio (0 frames); re-record or re-export it")
        self._check_length(info, size)
        return size

    def _check_length(self, info: WavInfo, size: int) -> None:
        seconds = size / info.block_align / info.rate
        if seconds > self.max_seconds:
            raise _fail(self.path, f"{_duration(seconds)} of audio is more than the "
                        f"{_duration(self.max_seconds)} one turn may take; cut it first, e.g. "
                        f"sox {self.path.name} part.wav trim 0 600")

    def _truncated(self, info: WavInfo, said: int, holds: int) -> AudioFormatError:
        bytes_per_s = info.block_align * info.rate
        return _fail(self.path, f"truncated: header says {said / bytes_per_s:.2f} s, file holds "
                     f"{holds // info.block_align / info.rate:.2f} s; re-record or re-export it")

    @property
    def is_float(self) -> bool:
        return self.info.format_tag == _FORMAT_FLOAT

    def blocks(self, block_bytes: int = _BLOCK_BYTES) -> Iterator[bytes]:
        """The audio data as raw PCM bytes, whole sample frames only, block by block."""
        align = self.info.block_align
        want = max(align, block_bytes // align * align)
        left = self._declared  # None: to the end of the stream
        limit = self.max_seconds * self.info.rate * align
        total = 0
        while left is None or left > 0:
            data = self._read(want if left is None else min(want, left))
            if not data:
                break
            total += len(data)
            if left is not None:
                left -= len(data)
            elif total > limit:
                self._check_length(self.info, total)
            usable = len(data) // align * align  # short (and maybe ragged) only at the end
            if usable:
                yield data[:usable]
        if left:
            raise self._truncated(self.info, self._declared or 0, total)
        if total < align:
            raise _fail(self.path, "holds no audio (0 frames); re-record or re-export it")

    def read_all(self) -> np.ndarray:
        """All of it as float32 in [-1, 1], shape (frames, channels), at its own rate."""
        data = b"".join(self.blocks())
        samples = decode_pcm(data, self.info.bits // 8, is_float=self.is_float)
        return samples.reshape(-1, self.info.channels)


class WavStreamSource:
    """Frames of a ``WavReader`` (converted to 16 kHz mono block by block), then silence.

    Reads happen in a worker thread: a pipe may take its time, the event loop never waits.
    """

    def __init__(self, reader: WavReader, trailing_silence_s: float = 1.0) -> None:
        self.reader = reader
        self.trailing_silence_s = trailing_silence_s
        self._closed = False

    async def frames(self) -> AsyncIterator[np.ndarray]:
        info = self.reader.info
        converter = BlockConverter(info.rate, info.channels, info.bits // 8,
                                   is_float=self.reader.is_float)
        chunker = FrameChunker()
        blocks = self.reader.blocks()
        while not self._closed:
            data = await asyncio.to_thread(next, blocks, None)
            if data is None:
                break
            for frame in chunker.push(converter.convert(data)):
                yield frame
                await asyncio.sleep(0)  # let the other stages run between frames
        tail = np.zeros(int(self.trailing_silence_s * SAMPLE_RATE), dtype=np.int16)
        for frame in chunker.push(np.concatenate([converter.flush(), tail])) + chunker.flush():
            if self._closed:
                return
            yield frame

    def close(self) -> None:
        self._closed = True
        self.reader.close()


def _open(path: Path, fifo_wait_s: float) -> tuple[BinaryIO, int | None]:
    """The open input and, for a regular file, its size (None for pipes and devices)."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise _fail(path, "is a directory, not a WAV file")
        if stat.S_ISFIFO(mode):
            return _open_fifo(path, fifo_wait_s), None
        file = open(path, "rb")  # noqa: SIM115 - the reader owns it until close()
    except FileNotFoundError:
        raise _fail(path, "no such file; check the path") from None
    except OSError as e:
        raise _fail(path, f"cannot read file ({e.strerror}); check its permissions") from None
    return file, os.fstat(file.fileno()).st_size if stat.S_ISREG(mode) else None


def _open_fifo(path: Path, wait_s: float) -> BinaryIO:
    """A pipe: wait (a while, not for ever) until its writer has written something."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a plain open blocks until a writer opens
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    if not poller.poll(int(wait_s * 1000)):
        os.close(fd)
        raise _fail(path, f"nothing was written to this pipe in {wait_s:.0f} s; start the "
                    f"program that writes it first, e.g. `sox in.wav -t wav - > {path.name} &`")
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    return os.fdopen(fd, "rb")


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
    if not 1 <= channels <= MAX_CHANNELS or bits not in ok_bits:
        raise _fail(path, f"unsupported WAV layout ({channels} channels, {rate} Hz, {bits}-bit); "
                          + _CONVERT_HINT.format(name=path.name))
    if not MIN_RATE <= rate <= MAX_RATE:
        raise _fail(path, f"the header says {rate} Hz, outside {MIN_RATE} to {MAX_RATE} Hz: the "
                          "file is damaged or not audio; re-export it, or "
                          + _CONVERT_HINT.format(name=path.name))
    return WavInfo(tag, channels, rate, bits)
