"""Gap-free playback and the echo reference: SpeakerSink on a fake PortAudio, MicrophoneSource
capture times. (The real device path runs in tests/test_leak_rig.py.)"""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from tests.voice_fixtures import FakeSoundDevice, tone
from voice.audio import float_to_int16
from voice.echo import PlaybackReference
from voice.sinks import NullSink, SpeakerSink
from voice.sources import MicrophoneSource


@pytest.fixture
def fake_sd(monkeypatch) -> FakeSoundDevice:
    fake = FakeSoundDevice()
    monkeypatch.setattr("voice.portaudio.sounddevice", lambda: fake)
    return fake


def first_sound(fake: FakeSoundDevice) -> int:
    out = fake.played()
    return int(np.argmax(np.abs(out.astype(np.int32)) > 0))


def test_a_short_reply_waits_for_its_preroll_or_its_end(fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed = 5.0
    sink = SpeakerSink(preroll_s=30.0)
    word = float_to_int16(tone(400, 0.1, 22050))

    async def run() -> None:
        await sink.play(word, 22050)
        await asyncio.sleep(0.1)  # 0.5 s of device time: far less than the pre-roll
        assert not np.any(fake_sd.played()), "played before its pre-roll was buffered"
        await sink.drain()  # the reply's end is queued: play it now

    asyncio.run(run())
    assert np.abs(fake_sd.played()).max() > 0 and sink.gaps == 0
    sink.close()


def test_a_reply_that_runs_dry_counts_a_gap(fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed = 10.0
    sink = SpeakerSink(preroll_s=0.0)
    clause = float_to_int16(tone(400, 0.2, 22050))

    async def blocks_after_the_clause(count: int) -> None:
        while sink.played_seconds() < 0.2 - 1e-6:
            await asyncio.sleep(0.002)
        played = len(fake_sd.output)
        while len(fake_sd.output) < played + count:  # the device went on, with nothing to play
            await asyncio.sleep(0.002)

    async def run() -> None:
        await sink.play(clause, 22050)
        await blocks_after_the_clause(3)
        await sink.play(clause, 22050)  # the next clause came late: the user heard a gap
        await sink.drain()
        await sink.play(clause, 22050)  # a new reply after drain(): no gap
        await sink.drain()

    asyncio.run(run())
    assert sink.gaps == 1
    sink.close()


def test_underflows_count_only_during_replies(fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed, fake_sd.underflow_every = 10.0, 5
    sink = SpeakerSink(preroll_s=0.0)

    async def run() -> None:
        await sink.play(np.zeros(100, np.int16), 22050)  # opens the stream
        await sink.drain()
        await asyncio.sleep(0.1)  # idle: underflows of silence are inaudible
        idle = sink.underruns
        await sink.play(float_to_int16(tone(400, 1.0, 22050)), 22050)
        await sink.drain()
        return idle

    assert asyncio.run(run()) == 0
    assert 10 <= sink.underruns <= 30  # 1 s of 20 ms blocks, every 5th reports one
    sink.close()


def test_the_sink_tells_the_reference_when_each_block_reaches_the_dac(
        fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed, fake_sd.latency, fake_sd.clock_offset = 1.0, 0.12, 5000.0
    reference = PlaybackReference()
    sink = SpeakerSink(reference=reference, preroll_s=0.0)
    assert sink.output_latency == 0.0  # no stream yet
    audio = float_to_int16(tone(400, 0.3, 16000))

    async def run() -> float:
        await asyncio.sleep(0)
        await sink.play(audio[:10], 16000)  # opens the stream, silence around it
        await asyncio.sleep(0.2)
        started = time.monotonic()
        await sink.play(audio, 16000)
        await sink.drain()
        return started

    started = asyncio.run(run())
    assert sink.output_latency == pytest.approx(0.12)
    sink.close()
    reference.absorb()
    # The tone was queued at `started` and reaches the DAC one device latency later.
    onset = reference.index_at(started + 0.12)
    assert onset is not None
    # +-100 ms around the expected onset: room for a late callback on a busy machine.
    window = reference.read(int(onset) - 2400, 4800).astype(np.float64)
    before, after = np.abs(window[:800]).mean(), np.abs(window[-800:]).mean()
    assert before < 50 and after > 1000


def test_microphone_frames_carry_their_capture_time(fake_sd: FakeSoundDevice) -> None:
    fake_sd.latency, fake_sd.clock_offset = 0.05, -300.0
    fake_sd.input_signal = np.zeros(16000, np.int16)  # 1 s at 16 kHz, real time
    mic = MicrophoneSource()

    async def run() -> list[tuple[float, float]]:
        seen = []
        async for _frame in mic.frames():
            assert mic.frame_time is not None
            seen.append((time.monotonic(), mic.frame_time))
            if len(seen) == 20:
                mic.close()
        return seen

    seen = asyncio.run(run())
    ages = [arrived - captured for arrived, captured in seen[5:]]
    # A 30 ms frame is complete 30 ms after its first sample, plus the input latency.
    assert all(0.03 <= age < 1.0 for age in ages), ages
    steps = np.diff([captured for _, captured in seen])
    assert np.median(steps) == pytest.approx(0.03, abs=0.002)  # evenly spaced


def test_null_sink_reference_follows_the_wall_clock() -> None:
    reference = PlaybackReference()
    sink = NullSink(realtime=True, reference=reference)

    async def run() -> float:
        start = time.monotonic()
        await sink.play(np.full(8000, 3000, np.int16), 16000)
        await sink.play(np.full(8000, 3000, np.int16), 16000)  # queued after the first
        return start

    start = asyncio.run(run())
    reference.absorb()
    assert reference.loud_between(start + 0.1, start + 0.2)
    assert reference.loud_between(start + 0.8, start + 0.9)
    assert not reference.loud_between(start + 1.2, start + 1.3)


def test_the_capture_clock_follows_lost_blocks() -> None:
    from voice.echo import SampleClock

    clock = SampleClock(16000, jump_s=0.05)
    for block in range(10):  # 30 ms blocks, on time, with 2 ms of jitter
        clock.observe(block * 480, 100.0 + block * 0.03 + (0.002 if block % 2 else -0.002))
    assert clock.time_of(4800) == pytest.approx(100.3, abs=0.003)
    clock.observe(4800, 100.5)  # 200 ms of blocks were dropped before this one
    assert clock.time_of(4800) == pytest.approx(100.5) and clock.index_at(100.53) == \
        pytest.approx(5280)


def test_a_pause_silences_the_device_at_once_and_resumes_where_the_user_stopped_hearing(
        fake_sd: FakeSoundDevice) -> None:
    """The device's buffer is dropped, not played out (its latency would add to every
    barge-in's stop time), and what it held is played after resume(): nothing lost or twice."""
    fake_sd.speed, fake_sd.latency, fake_sd.clock_offset = 1.0, 0.2, 5000.0
    reference = PlaybackReference()
    sink = SpeakerSink(reference=reference, preroll_s=0.0)
    ramp = np.arange(1, 16001, dtype=np.int16)  # 1 s at 16 kHz: each sample says where it is

    async def run() -> float:
        await sink.play(ramp, 16000)
        while sink.played_seconds() < 0.5:
            await asyncio.sleep(0.005)
        paused = time.monotonic()
        sink.pause()
        heard = fake_sd.played()
        assert sink.played_seconds() == pytest.approx(np.count_nonzero(heard) / 16000, abs=0.002)
        await asyncio.sleep(0.3)
        sink.resume()
        await sink.drain()
        return paused

    paused = asyncio.run(run())
    sink.close()
    sound = [t for t, block in zip(fake_sd.heard_at, fake_sd.output, strict=True) if block.any()]
    after = [t for t in sound if t > paused]
    assert after and min(after) > paused + 0.25, "the device played on after the pause"
    heard = fake_sd.played()
    heard = heard[heard != 0]
    steps = np.diff(heard.astype(np.int32))
    assert heard[0] == 1 and heard[-1] == 16000
    # Sink and fake device each read the clock at the pause: under load they differ by up to
    # a ms or so. A block (10 ms, 160 samples) lost or played twice is what this guards.
    assert np.count_nonzero(steps != 1) <= 1 and np.abs(steps).max() <= 32, "lost or repeated"
    reference.absorb()
    # AEC3 must not expect an echo of the dropped audio (the reference's clock is smoothed, and
    # the fake device's callbacks come late by a few ms: 50 ms of slack).
    assert reference.level_between(paused + 0.05, paused + 0.18) < reference.loud_dbfs
    assert reference.level_between(paused - 0.2, paused - 0.01) > reference.loud_dbfs


def test_a_stop_silences_the_device_at_once(fake_sd: FakeSoundDevice) -> None:
    fake_sd.speed, fake_sd.latency, fake_sd.clock_offset = 1.0, 0.2, 5000.0
    sink = SpeakerSink(preroll_s=0.0)

    async def run() -> float:
        await sink.play(float_to_int16(tone(400, 1.0, 16000)), 16000)
        while sink.played_seconds() < 0.3:
            await asyncio.sleep(0.005)
        stopped = time.monotonic()
        sink.stop()
        await asyncio.sleep(0.3)
        return stopped

    stopped = asyncio.run(run())
    sink.close()
    sound = [t for t, block in zip(fake_sd.heard_at, fake_sd.output, strict=True) if block.any()]
    assert max(sound) < stopped + 0.03 and fake_sd.aborts >= 1
