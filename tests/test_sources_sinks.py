"""voice.sources and voice.sinks: files, raw PCM, and fake PortAudio streams for mic/speaker."""

from __future__ import annotations

import asyncio
import io
import os
import threading
import time
import wave

import numpy as np
import pytest

from models.errors import NoAudioDeviceError
from tests.voice_fixtures import FakeSoundDevice, dominant_freq, speech_16k, tone
from voice import portaudio
from voice.audio import FRAME_SAMPLES, SAMPLE_RATE, AudioFormatError, read_wav, write_wav
from voice.resample import float_to_int16
from voice.sinks import NullSink, PlaybackBuffer, SpeakerSink, WavFileSink
from voice.sources import FrameChunker, MicrophoneSource, RawPcmSource, WavFileSource
from voice.vad import SpeechEnd, VadSegmenter


async def collect(source: object, limit: int | None = None) -> list[np.ndarray]:
    frames: list[np.ndarray] = []
    async for frame in source.frames():  # type: ignore[attr-defined]
        frames.append(frame)
        if limit is not None and len(frames) >= limit:
            break
    return frames


def check_frames(frames: list[np.ndarray]) -> np.ndarray:
    assert frames and all(f.dtype == np.int16 and f.shape == (FRAME_SAMPLES,) for f in frames)
    return np.concatenate(frames)


@pytest.fixture
def fake_sd(monkeypatch) -> FakeSoundDevice:
    fake = FakeSoundDevice()
    monkeypatch.setattr(portaudio, "sounddevice", lambda: fake)
    return fake


# --- frames ---------------------------------------------------------------------------------

def test_frame_chunker_pads_only_the_last_frame() -> None:
    c = FrameChunker()
    assert c.push(np.ones(300, np.int16)) == []
    frames = c.push(np.ones(700, np.int16))
    assert len(frames) == 2 and all(f.size == FRAME_SAMPLES for f in frames)
    (last,) = c.flush()
    assert last[:40].tolist() == [1] * 40 and not last[40:].any()
    assert c.flush() == []


# --- WAV source -----------------------------------------------------------------------------

def test_wav_source_frames_and_trailing_silence(tmp_path) -> None:
    x = float_to_int16(tone(440, 0.5, 44100))
    write_wav(tmp_path / "in.wav", x, 44100)
    src = WavFileSource(tmp_path / "in.wav", trailing_silence_s=0.3)
    audio = check_frames(asyncio.run(collect(src)))
    n = 8000 + int(0.3 * SAMPLE_RATE)
    assert audio.size == -(-n // FRAME_SAMPLES) * FRAME_SAMPLES
    assert np.array_equal(audio[:8000], read_wav(tmp_path / "in.wav")) and not audio[8000:].any()


def test_wav_source_realtime_pacing_and_close(tmp_path) -> None:
    write_wav(tmp_path / "in.wav", np.zeros(8000, np.int16), 16000)
    src = WavFileSource(tmp_path / "in.wav", realtime=True, trailing_silence_s=0.0)
    t0 = time.monotonic()
    frames = asyncio.run(collect(src))
    assert len(frames) == 17 and 0.45 < time.monotonic() - t0 < 1.5

    async def close_early() -> list[np.ndarray]:
        got: list[np.ndarray] = []
        async for frame in src.frames():
            got.append(frame)
            if len(got) == 3:
                src.close()
        return got

    assert len(asyncio.run(close_early())) == 3


def test_wav_source_fails_at_construction(tmp_path) -> None:
    (tmp_path / "bad.wav").write_bytes(b"hello")
    with pytest.raises(AudioFormatError, match="not a WAV"):
        WavFileSource(tmp_path / "bad.wav")


def test_wav_source_through_vad_gives_one_utterance(tmp_path) -> None:
    write_wav(tmp_path / "q.wav", speech_16k(), SAMPLE_RATE)

    async def run() -> list[SpeechEnd]:
        vad = VadSegmenter()
        ends = []
        async for frame in WavFileSource(tmp_path / "q.wav", trailing_silence_s=1.0).frames():
            ends += [e for e in vad.feed(frame) if isinstance(e, SpeechEnd)]
        return ends

    (end,) = asyncio.run(run())
    assert end.voiced_end < len(speech_16k()) / SAMPLE_RATE + 0.05


# --- raw PCM source ---------------------------------------------------------------------------

def test_raw_pcm_s16_mono_is_exact() -> None:
    x = np.random.default_rng(1).integers(-20000, 20000, 5000, dtype=np.int16)
    audio = check_frames(asyncio.run(collect(RawPcmSource(io.BytesIO(x.tobytes())))))
    assert np.array_equal(audio[:5000], x) and not audio[5000:].any()


@pytest.mark.parametrize(("rate", "channels", "width"), [(48000, 2, 2), (44100, 1, 1),
                                                         (22050, 2, 4), (8000, 1, 3)])
def test_raw_pcm_is_converted(rate: int, channels: int, width: int) -> None:
    x = tone(600, 1.0, rate, level=0.5)
    scale = {1: 127, 2: 32767, 3: 2**23 - 1, 4: 2**31 - 1}[width]
    ints = np.rint(x * scale).astype(np.int64) + (128 if width == 1 else 0)
    inter = np.repeat(ints, channels)
    raw = b"".join(int(v).to_bytes(width, "little", signed=width > 1) for v in inter)
    src = RawPcmSource(io.BytesIO(raw), rate=rate, channels=channels, width=width)
    audio = check_frames(asyncio.run(collect(src)))
    assert abs(audio.size - SAMPLE_RATE) < FRAME_SAMPLES
    assert abs(dominant_freq(audio[:SAMPLE_RATE], SAMPLE_RATE) - 600) < 3


def test_raw_pcm_from_a_slow_pipe_and_close_does_not_hang() -> None:
    r, w = os.pipe()
    x = float_to_int16(tone(300, 0.3, 16000))

    def writer() -> None:
        data = x.tobytes()
        for i in range(0, len(data), 333):  # odd sizes: samples split across reads
            os.write(w, data[i:i + 333])
            time.sleep(0.001)

    threading.Thread(target=writer, daemon=True).start()
    reader = os.fdopen(r, "rb")
    src = RawPcmSource(reader)

    async def run() -> list[np.ndarray]:
        frames = await collect(src, limit=10)  # 0.3 s; the pipe stays open (like idle stdin)
        src.close()
        return frames

    t0 = time.monotonic()
    frames = asyncio.run(run())
    assert time.monotonic() - t0 < 3  # asyncio.run did not wait for the blocked reader
    assert np.array_equal(np.concatenate(frames)[: x.size], x)
    os.close(w)


def test_raw_pcm_rejects_bad_width() -> None:
    with pytest.raises(ValueError, match="width"):
        RawPcmSource(io.BytesIO(b""), width=5)


# --- microphone (fake PortAudio) --------------------------------------------------------------

def test_microphone_at_16k(fake_sd: FakeSoundDevice) -> None:
    x = np.random.default_rng(2).integers(-9000, 9000, 4800, dtype=np.int16)
    fake_sd.input_signal, fake_sd.speed = x, 20.0
    mic = MicrophoneSource()
    audio = check_frames(asyncio.run(collect(mic, limit=10)))
    assert mic.rate == SAMPLE_RATE and np.array_equal(audio, x)
    assert fake_sd.streams[0].closed  # leaving the loop closed the stream


def test_microphone_says_it_is_open_once_audio_flows(fake_sd: FakeSoundDevice) -> None:
    """"Listening" is announced on the first block, not when the object is made."""
    fake_sd.input_signal, fake_sd.speed = np.zeros(4800, np.int16), 20.0
    mic = MicrophoneSource()
    opened: list[int] = []
    mic.on_open = lambda: opened.append(len(fake_sd.streams))

    async def read() -> list[np.ndarray]:
        assert not opened  # nothing flows before the stream is read
        return await collect(mic, limit=10)

    asyncio.run(read())
    assert opened == [1]  # once, with the stream open


def test_microphone_falls_back_to_device_rate(fake_sd: FakeSoundDevice) -> None:
    fake_sd.accepted_rates, fake_sd.speed = (48000,), 20.0
    fake_sd.input_signal = float_to_int16(tone(1000, 1.0, 48000))
    mic = MicrophoneSource()
    audio = check_frames(asyncio.run(collect(mic, limit=30)))
    assert mic.rate == 48000
    assert abs(dominant_freq(audio[480:], SAMPLE_RATE) - 1000) < 5


def test_microphone_drops_oldest_when_consumer_is_slow(fake_sd: FakeSoundDevice) -> None:
    fake_sd.input_signal, fake_sd.speed = np.zeros(160000, np.int16), 10.0
    mic = MicrophoneSource(max_queue_blocks=5)

    async def slow() -> int:
        n = 0
        async for _ in mic.frames():
            n += 1
            if n == 1:
                await asyncio.sleep(0.3)  # the fake device delivers ~100 blocks meanwhile
            if n == 8:
                mic.close()
        return n

    assert asyncio.run(slow()) <= 8 and mic.dropped_blocks > 0


def test_microphone_that_stops_delivering_is_an_error(fake_sd: FakeSoundDevice,
                                                     monkeypatch) -> None:
    monkeypatch.setattr("voice.sources._STALL_S", 0.2)
    fake_sd.input_signal, fake_sd.speed = np.zeros(4800, np.int16), 20.0  # ends after 10 blocks
    with pytest.raises(NoAudioDeviceError, match="stopped delivering audio"):
        asyncio.run(collect(MicrophoneSource()))


def test_no_microphone(fake_sd: FakeSoundDevice) -> None:
    fake_sd.has_input = False
    with pytest.raises(NoAudioDeviceError) as info:
        MicrophoneSource()
    assert str(info.value) == portaudio.NO_INPUT


def test_no_device_on_this_machine_gives_the_message() -> None:
    import sounddevice

    if any(d["max_input_channels"] > 0 for d in sounddevice.query_devices()):
        pytest.skip("this machine has a microphone")
    with pytest.raises(NoAudioDeviceError, match="No microphone found: PortAudio lists no input"):
        MicrophoneSource()


# --- speaker (fake PortAudio) -----------------------------------------------------------------

def test_speaker_plays_everything_and_counts(fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed = 10.0
    x = float_to_int16(tone(500, 0.5, 22050))
    sink = SpeakerSink()

    async def run() -> None:
        await sink.play(x[:5000], 22050)
        await sink.play(x[5000:], 22050)
        await sink.drain()

    asyncio.run(run())
    out = fake_sd.played()
    start = int(np.argmax(out != 0)) - 1  # x[0] == 0
    assert np.array_equal(out[start:start + x.size], x)
    assert sink.rate == 22050 and sink.played_seconds() == pytest.approx(0.5, abs=1e-3)
    sink.reset_counter()
    assert sink.played_seconds() == 0.0
    sink.close()
    assert fake_sd.streams[0].closed


def test_speaker_stop_drops_pending_audio_at_once(fake_sd: FakeSoundDevice) -> None:
    sink = SpeakerSink()  # real-time fake device

    async def run() -> float:
        await sink.play(float_to_int16(tone(500, 2.0, 22050)), 22050)
        await asyncio.sleep(0.3)
        sink.stop()
        at_stop = sink.played_seconds()
        await sink.drain()  # returns at once: nothing pending
        await asyncio.sleep(0.1)
        assert sink.played_seconds() - at_stop < 0.02
        return at_stop

    assert 0.15 < asyncio.run(run()) < 0.6
    sink.close()


def test_speaker_resamples_when_device_refuses_rate(fake_sd: FakeSoundDevice) -> None:
    fake_sd.accepted_rates, fake_sd.speed = (48000,), 10.0
    sink = SpeakerSink()

    async def run() -> None:
        await sink.play(float_to_int16(tone(700, 0.5, 22050)), 22050)
        await sink.drain()

    asyncio.run(run())
    out = fake_sd.played()
    assert sink.rate == 48000 and sink.played_seconds() == pytest.approx(0.5, abs=2e-3)
    assert abs(dominant_freq(out, 48000) - 700) < 5
    sink.close()


def test_speaker_that_stops_playing_is_an_error(fake_sd: FakeSoundDevice, monkeypatch) -> None:
    monkeypatch.setattr("voice.speaker._STALL_S", 0.2)
    sink = SpeakerSink()

    async def run() -> None:
        await sink.play(np.ones(22050, np.int16), 22050)
        fake_sd.streams[0].stop()  # the device vanished
        await sink.drain()

    with pytest.raises(NoAudioDeviceError, match="stopped playing"):
        asyncio.run(run())
    sink.close()


def test_no_speaker(fake_sd: FakeSoundDevice) -> None:
    fake_sd.has_output = False
    with pytest.raises(NoAudioDeviceError, match="No speaker found") as info:
        SpeakerSink()
    assert "--output-device" in str(info.value)


def test_playback_buffer_reads_across_chunks() -> None:
    buf = PlaybackBuffer()
    buf.push(np.arange(5, dtype=np.int16))
    buf.push(np.arange(5, 8, dtype=np.int16))
    data, real = buf.read(6)
    assert data.tolist() == [0, 1, 2, 3, 4, 5] and real == 6 and buf.pending() == 2
    data, real = buf.read(4)
    assert data.tolist() == [6, 7, 0, 0] and real == 2 and buf.pending() == 0


# --- file and null sinks ----------------------------------------------------------------------

def test_wav_file_sink_single_file(tmp_path) -> None:
    path = tmp_path / "out.wav"
    sink = WavFileSink(path)

    async def run() -> None:
        await sink.play(np.full(22050, 1000, np.int16), 22050)
        await sink.drain()
        assert read_wav(path).size == 16000
        await sink.play(np.full(16000, 1000, np.int16), 16000)  # another rate: resampled

    asyncio.run(run())
    assert sink.played_seconds() == pytest.approx(2.0, abs=1e-3)
    sink.close()
    with wave.open(str(path)) as w:
        assert w.getframerate() == 22050 and w.getnframes() == 44100 and w.getsampwidth() == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.wav"]


def test_wav_file_sink_directory_segments(tmp_path) -> None:
    sink = WavFileSink(tmp_path, rate=16000)

    async def run() -> None:
        for n in (1600, 3200):
            await sink.play(np.ones(n, np.int16), 16000)
            sink.new_file()

    asyncio.run(run())
    sink.close()
    assert [p.name for p in sink.written] == ["reply-0001.wav", "reply-0002.wav"]
    assert [read_wav(p).size for p in sink.written] == [1600, 3200]


def test_wav_file_sink_without_audio_still_writes_a_valid_file(tmp_path) -> None:
    sink = WavFileSink(tmp_path / "silent.wav")
    sink.close()
    with wave.open(str(tmp_path / "silent.wav")) as w:
        assert w.getnframes() == 0


def test_null_sink_realtime_behaves_like_a_speaker() -> None:
    sink = NullSink(realtime=True)

    async def run() -> None:
        await sink.play(np.zeros(16000, np.int16), 16000)
        await asyncio.sleep(0.2)
        sink.stop()
        assert 0.19 < sink.played_seconds() < 0.6  # slack for a loaded CI machine
        sink.reset_counter()
        await sink.play(np.zeros(1600, np.int16), 16000)
        await sink.drain()
        assert sink.played_seconds() == pytest.approx(0.1, abs=0.02)

    asyncio.run(run())


def test_null_sink_instant_counts_and_keeps() -> None:
    sink = NullSink(keep=True)
    asyncio.run(sink.play(np.zeros(2205, np.int16), 22050))
    assert sink.played_seconds() == pytest.approx(0.1) and len(sink.chunks) == 1
    assert sink.first_play_time is not None
