"""voice.audio and voice.resample: WAV reading/writing, conversions, resampling quality."""

from __future__ import annotations

import shutil
import struct
import subprocess
import wave

import numpy as np
import pytest

from models.errors import CompanionError
from tests.voice_fixtures import dominant_freq, tone, wav_bytes
from voice.audio import (
    SAMPLE_RATE,
    SILENCE_DBFS,
    AudioFormatError,
    active_seconds,
    dbfs,
    pcm_bytes_to_int16,
    read_wav,
    to_mono_int16,
    write_wav,
)
from voice.resample import StreamResampler, float_to_int16, resample

RATE_PAIRS = [(48000, 16000), (44100, 16000), (22050, 16000), (8000, 16000), (16000, 48000),
              (22050, 48000), (44100, 16001)]


# --- resampling -----------------------------------------------------------------------------

@pytest.mark.parametrize(("src", "dst"), RATE_PAIRS)
def test_resample_keeps_an_in_band_tone(src: int, dst: int) -> None:
    x = tone(440, 1.0, src)
    y = resample(x, src, dst)
    assert y.dtype == np.float32
    assert len(y) == -(-len(x) * dst // src)  # ceil(n * dst / src)
    ref = 0.5 * np.sin(2 * np.pi * 440 * np.arange(len(y)) / dst)
    edge = dst // 50  # the filter sees zeros beyond both ends
    assert np.max(np.abs(y - ref)[edge:-edge]) < 1e-3


@pytest.mark.parametrize(("src", "dst"), [(48000, 16000), (44100, 16000), (22050, 16000)])
def test_downsampling_removes_what_would_alias(src: int, dst: int) -> None:
    # 0.6 * dst is above the new Nyquist: without anti-aliasing it folds to 0.4 * dst at full level.
    y = resample(tone(0.6 * dst, 1.0, src), src, dst)
    assert np.max(np.abs(y[200:-200])) < 1e-3


@pytest.mark.parametrize(("src", "dst"), [(48000, 16000), (44100, 16000), (16000, 22050)])
@pytest.mark.parametrize("block", [1, 441, 1440, 4000])
def test_streaming_equals_offline(src: int, dst: int, block: int) -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(-0.5, 0.5, 9000).astype(np.float32)
    rs = StreamResampler(src, dst)
    parts = [rs.process(x[i:i + block]) for i in range(0, len(x), block)]
    parts.append(rs.flush())
    np.testing.assert_allclose(np.concatenate(parts), resample(x, src, dst), atol=1e-6)


def test_resample_int16_in_int16_out_and_identity() -> None:
    x = float_to_int16(tone(300, 0.5, 44100))
    y = resample(x, 44100, 16000)
    assert y.dtype == np.int16 and len(y) == 8000
    same = resample(x, 16000, 16000)
    assert same is not x and np.array_equal(same, x)


def test_float_to_int16_clips_and_rounds() -> None:
    out = float_to_int16(np.array([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0], dtype=np.float32))
    assert out.tolist() == [-32768, -32768, 0, 16384, 32767, 32767]


# --- reading good WAVs ----------------------------------------------------------------------

def test_16bit_mono_16k_is_read_exactly(tmp_path) -> None:
    x = np.random.default_rng(0).integers(-32768, 32767, 16000, dtype=np.int16)
    write_wav(tmp_path / "a.wav", x, 16000)
    y = read_wav(tmp_path / "a.wav")
    assert y.dtype == np.int16 and np.array_equal(x, y)


def _write_pcm(path, x: np.ndarray, rate: int, channels: int, width: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(x.tobytes())


def test_8bit_is_converted(tmp_path) -> None:
    x = tone(440, 0.5, 16000)
    u8 = np.clip(np.rint(x * 127 + 128), 0, 255).astype(np.uint8)
    _write_pcm(tmp_path / "u8.wav", u8, 16000, 1, 1)
    y = read_wav(tmp_path / "u8.wav")
    assert len(y) == 8000
    assert np.max(np.abs(y.astype(np.float32) / 32768 - x)) < 0.02


def test_stereo_is_mixed_to_mono(tmp_path) -> None:
    left = float_to_int16(tone(440, 0.5, 16000, level=0.4))
    right = np.zeros_like(left)
    _write_pcm(tmp_path / "st.wav", np.stack([left, right], axis=1), 16000, 2, 2)
    y = read_wav(tmp_path / "st.wav")
    assert len(y) == 8000
    assert np.max(np.abs(y.astype(np.int32) - left.astype(np.int32) // 2)) <= 1


@pytest.mark.parametrize("rate", [44100, 48000, 22050, 8000])
def test_other_rates_are_resampled(tmp_path, rate: int) -> None:
    _write_pcm(tmp_path / "r.wav", float_to_int16(tone(1000, 1.0, rate)), rate, 1, 2)
    y = read_wav(tmp_path / "r.wav")
    assert len(y) == SAMPLE_RATE
    assert abs(dominant_freq(y, SAMPLE_RATE) - 1000) < 2


def test_24_and_32_bit_pcm(tmp_path) -> None:
    x = tone(440, 0.25, 16000)
    i32 = np.rint(x * 2**31 * 0.99).astype("<i4")
    (tmp_path / "i32.wav").write_bytes(wav_bytes(i32.tobytes(), bits=32))
    i24 = (np.rint(x * 2**23 * 0.99).astype("<i4").view(np.uint8).reshape(-1, 4)[:, :3]).tobytes()
    (tmp_path / "i24.wav").write_bytes(wav_bytes(i24, bits=24, extensible=True))
    for name in ("i32.wav", "i24.wav"):
        y = read_wav(tmp_path / name).astype(np.float32) / 32768
        assert np.max(np.abs(y - x * 0.99)) < 1e-3, name


@pytest.mark.parametrize("bits", [32, 64])
@pytest.mark.parametrize("extensible", [False, True])
def test_float_wav(tmp_path, bits: int, extensible: bool) -> None:
    x = np.stack([tone(440, 0.25, 48000), tone(440, 0.25, 48000)], axis=1)
    payload = x.astype("<f4" if bits == 32 else "<f8").tobytes()
    path = tmp_path / "f.wav"
    path.write_bytes(wav_bytes(payload, tag=3, channels=2, rate=48000, bits=bits,
                               extensible=extensible, extra_chunk=True))
    y = read_wav(path)
    assert len(y) == 4000
    assert abs(dominant_freq(y, SAMPLE_RATE) - 440) < 5
    assert 0.45 < np.max(np.abs(y)) / 32768 < 0.55


def test_streamed_data_size_reads_to_eof(tmp_path) -> None:
    x = float_to_int16(tone(440, 0.1, 16000))
    (tmp_path / "s.wav").write_bytes(wav_bytes(x.tobytes(), data_size=0xFFFFFFFF))
    assert np.array_equal(read_wav(tmp_path / "s.wav"), x)


@pytest.mark.skipif(shutil.which("sox") is None, reason="sox not installed")
def test_file_written_by_sox(tmp_path) -> None:
    path = tmp_path / "sox.wav"  # sox writes 24-bit stereo as WAVE_FORMAT_EXTENSIBLE
    subprocess.run(["sox", "-n", "-r", "44100", "-c", "2", "-b", "24", str(path),
                    "synth", "0.5", "sine", "700"], check=True)
    y = read_wav(path)
    assert len(y) == 8000 and abs(dominant_freq(y, SAMPLE_RATE) - 700) < 3


# --- bad WAVs: one clear line naming the file -------------------------------------------------

def _error(path) -> str:
    with pytest.raises(AudioFormatError) as info:
        read_wav(path)
    message = str(info.value)
    assert isinstance(info.value, CompanionError)
    assert "\n" not in message and str(path) in message
    return message


def test_missing_file(tmp_path) -> None:
    assert "no such file" in _error(tmp_path / "nope.wav")


def test_empty_file(tmp_path) -> None:
    (tmp_path / "e.wav").write_bytes(b"")
    assert "empty (0 bytes)" in _error(tmp_path / "e.wav")


def test_not_a_wav(tmp_path) -> None:
    (tmp_path / "x.wav").write_bytes(b"ID3\x03\x00 this is an mp3, honest" * 4)
    message = _error(tmp_path / "x.wav")
    assert "not a WAV file" in message and "sox x.wav -r 16000 -c 1 -b 16 out.wav" in message


def test_truncated(tmp_path) -> None:
    x = float_to_int16(tone(440, 1.0, 16000))
    full = wav_bytes(x.tobytes(), data_size=2 * 32000)  # header says 2 s, file holds 1 s
    (tmp_path / "t.wav").write_bytes(full)
    message = _error(tmp_path / "t.wav")
    assert "truncated: header says 2.00 s, file holds 1.00 s" in message
    assert "re-record or re-export" in message


def test_truncated_by_cut_file(tmp_path) -> None:
    path = tmp_path / "cut.wav"
    write_wav(path, float_to_int16(tone(440, 1.0, 16000)), 16000)
    path.write_bytes(path.read_bytes()[:20000])
    assert "truncated" in _error(path)


@pytest.mark.parametrize(("tag", "name"), [(7, "mu-law"), (6, "A-law"), (2, "MS ADPCM"),
                                           (0x55, "MP3"), (0x1234, "0x1234")])
def test_unsupported_codec(tmp_path, tag: int, name: str) -> None:
    (tmp_path / "c.wav").write_bytes(wav_bytes(b"\x00" * 800, tag=tag, bits=8))
    message = _error(tmp_path / "c.wav")
    assert name in message and "sox c.wav -b 16 out.wav" in message


def test_no_data_or_no_frames(tmp_path) -> None:
    fmt_only = wav_bytes(b"")[: -8]  # drop the data chunk header
    fmt_only = b"RIFF" + struct.pack("<I", len(fmt_only) - 8) + fmt_only[8:]
    (tmp_path / "n.wav").write_bytes(fmt_only)
    assert "no data chunk" in _error(tmp_path / "n.wav")
    (tmp_path / "z.wav").write_bytes(wav_bytes(b""))
    assert "0 frames" in _error(tmp_path / "z.wav")


def test_bad_layout(tmp_path) -> None:
    (tmp_path / "b.wav").write_bytes(wav_bytes(b"\x00" * 40, bits=12))
    assert "unsupported WAV layout" in _error(tmp_path / "b.wav")


def test_directory_is_refused(tmp_path) -> None:
    assert "directory" in _error(tmp_path)


# --- writing and small helpers --------------------------------------------------------------

def test_write_wav_is_atomic_and_converts_floats(tmp_path) -> None:
    path = tmp_path / "sub" / "o.wav"
    write_wav(path, tone(440, 0.5, 22050), 22050)
    assert [p.name for p in path.parent.iterdir()] == ["o.wav"]  # no temp file left behind
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getsampwidth(), w.getnchannels(), w.getnframes()) == (
            22050, 2, 1, 11025)


def test_write_wav_failure_leaves_nothing(tmp_path, monkeypatch) -> None:
    with pytest.raises(ValueError):
        write_wav(tmp_path / "o.wav", np.zeros(10, np.int16), 0)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("voice.audio.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_wav(tmp_path / "o.wav", np.zeros(10, np.int16), 16000)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("width", "dtype"), [(1, np.uint8), (2, "<i2"), (4, "<i4")])
def test_pcm_bytes_to_int16(width: int, dtype: object) -> None:
    x = tone(500, 0.5, 48000, level=0.5)
    scale = {1: 127, 2: 32767, 4: 2**31 - 1}[width]
    ints = np.rint(x * scale) + (128 if width == 1 else 0)
    stereo = np.stack([ints, ints], axis=1).astype(dtype)
    y = pcm_bytes_to_int16(stereo.tobytes() + b"\x01", width=width, channels=2, rate=48000)
    assert len(y) == 8000 and abs(dominant_freq(y, SAMPLE_RATE) - 500) < 3


def test_to_mono_int16_and_levels() -> None:
    st = np.array([1000, 3000, -2000, 0], dtype=np.int16)
    assert to_mono_int16(st, 2).tolist() == [2000, -1000]
    assert to_mono_int16(np.array([0.5, -0.5], dtype=np.float32), 1).tolist() == [16384, -16384]
    silence = np.zeros(16000, np.int16)
    assert active_seconds(silence) == 0.0 and dbfs(silence) == SILENCE_DBFS < -90
    loud = np.concatenate([silence, float_to_int16(tone(440, 1.0, 16000, level=0.1))])
    assert active_seconds(loud) == pytest.approx(1.0, abs=0.021)
    assert dbfs(float_to_int16(tone(440, 1.0, 16000, level=1.0))) == pytest.approx(-3.01, abs=0.05)
    assert active_seconds(loud, threshold_dbfs=-10) == 0.0
