"""voice.vad: segmentation of real (piper) speech, silence and noise."""

from __future__ import annotations

import numpy as np
import pytest

from tests.voice_fixtures import speech_16k
from voice.audio import FRAME_SAMPLES, SAMPLE_RATE, active_seconds
from voice.vad import SpeechEnd, SpeechStart, VadSegmenter


def feed_all(vad: VadSegmenter, x: np.ndarray) -> list[SpeechStart | SpeechEnd]:
    events: list[SpeechStart | SpeechEnd] = []
    pad = (-len(x)) % FRAME_SAMPLES
    x = np.concatenate([x, np.zeros(pad, np.int16)])
    for i in range(0, len(x), FRAME_SAMPLES):
        events += vad.feed(x[i:i + FRAME_SAMPLES])
    return events


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.int16)


def noise(seconds: float, level_dbfs: float, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    amp = 32768 * 10 ** (level_dbfs / 20)
    return np.clip(rng.standard_normal(int(seconds * SAMPLE_RATE)) * amp, -32768, 32767).astype(
        np.int16)


def speech_bounds(x: np.ndarray) -> tuple[float, float]:
    """Where the speech really is (20 ms windows above -40 dBFS)."""
    win = SAMPLE_RATE // 50
    n = len(x) // win
    rms = np.sqrt(np.mean(np.square(x[: n * win].reshape(n, win).astype(np.float64)), axis=1))
    loud = np.nonzero(rms > 32768 * 10 ** (-40 / 20))[0]
    return loud[0] * 0.02, (loud[-1] + 1) * 0.02


def test_one_utterance_with_sensible_times() -> None:
    speech = speech_16k()
    lead = 1.0
    x = np.concatenate([silence(lead), speech, silence(1.5)])
    on, off = speech_bounds(speech)
    vad = VadSegmenter(aggressiveness=2, hangover_ms=600, preroll_ms=300, min_speech_ms=200)
    events = feed_all(vad, x)
    assert [type(e) for e in events] == [SpeechStart, SpeechEnd]
    start, end = events
    assert isinstance(start, SpeechStart) and isinstance(end, SpeechEnd)
    assert lead + on - 0.06 <= start.t_audio <= lead + on + 0.25
    assert end.t_audio_start == pytest.approx(max(0.0, start.t_audio - 0.3), abs=1e-9)
    assert lead + off - 0.35 <= end.voiced_end <= lead + off + 0.1
    assert end.t_audio_end - end.voiced_end == pytest.approx(0.6, abs=0.031)
    assert end.audio.dtype == np.int16
    assert end.audio.size == round((end.t_audio_end - end.t_audio_start) * SAMPLE_RATE)
    # The audio handed to STT contains all the speech.
    assert active_seconds(end.audio) == pytest.approx(active_seconds(speech), abs=0.05)
    assert not vad.in_speech and vad.stream_time == pytest.approx(len(x) / SAMPLE_RATE, abs=0.03)


def test_silence_gives_nothing() -> None:
    assert feed_all(VadSegmenter(), silence(5.0)) == []


@pytest.mark.parametrize("aggressiveness", [0, 1, 2, 3])
@pytest.mark.parametrize("level", [-60.0, -45.0])
def test_low_white_noise_gives_nothing(aggressiveness: int, level: float) -> None:
    assert feed_all(VadSegmenter(aggressiveness=aggressiveness), noise(5.0, level)) == []


def test_speech_over_background_noise_is_still_one_utterance() -> None:
    speech = speech_16k()
    x = np.concatenate([silence(1.0), speech, silence(1.5)])
    x = np.clip(x.astype(np.int32) + noise(len(x) / SAMPLE_RATE, -45.0, seed=1), -32768, 32767)
    events = feed_all(VadSegmenter(), x.astype(np.int16))
    assert [type(e) for e in events] == [SpeechStart, SpeechEnd]


def test_short_pause_joins_long_pause_splits() -> None:
    a, b = speech_16k("Hello there."), speech_16k("How are you today?")
    joined = feed_all(VadSegmenter(hangover_ms=900), np.concatenate(
        [silence(0.5), a, silence(0.2), b, silence(1.2)]))
    assert [type(e) for e in joined] == [SpeechStart, SpeechEnd]
    split = feed_all(VadSegmenter(hangover_ms=500), np.concatenate(
        [silence(0.5), a, silence(1.5), b, silence(1.2)]))
    assert [type(e) for e in split] == [SpeechStart, SpeechEnd, SpeechStart, SpeechEnd]
    first, second = split[1], split[3]
    assert isinstance(first, SpeechEnd) and isinstance(second, SpeechEnd)
    assert first.t_audio_end <= second.t_audio_start + 0.3


def test_hangover_can_change_between_frames() -> None:
    x = np.concatenate([silence(0.5), speech_16k(), silence(2.0)])
    vad = VadSegmenter(hangover_ms=1500)
    vad.hangover_ms = 300  # e.g. the transcript is already a complete question
    end = feed_all(vad, x)[-1]
    assert isinstance(end, SpeechEnd)
    assert end.t_audio_end - end.voiced_end == pytest.approx(0.3, abs=0.031)


def test_a_click_is_not_speech() -> None:
    burst = speech_16k()[8000:8000 + 960]  # 60 ms of real speech, shorter than min_speech_ms
    assert feed_all(VadSegmenter(), np.concatenate([silence(1.0), burst, silence(1.0)])) == []


def test_long_speech_is_cut_at_max_speech_ms() -> None:
    speech = speech_16k()
    x = np.concatenate([speech, speech, speech])  # ~5 s with no pause long enough to end
    vad = VadSegmenter(max_speech_ms=2000)
    events = feed_all(vad, x)
    ends = [e for e in events if isinstance(e, SpeechEnd)]
    assert ends and ends[0].t_audio_end - ends[0].t_audio_start == pytest.approx(2.0, abs=0.031)


def test_utterance_audio_grows_during_speech_and_reset() -> None:
    speech = speech_16k()
    vad = VadSegmenter()
    assert vad.utterance_audio() is None
    feed_all(vad, np.concatenate([silence(0.3), speech[: SAMPLE_RATE]]))
    assert vad.in_speech
    partial = vad.utterance_audio()
    assert partial is not None and partial.size > SAMPLE_RATE // 2
    vad.reset()
    assert not vad.in_speech and vad.stream_time == 0.0 and vad.utterance_audio() is None


def test_bad_frames_and_settings() -> None:
    vad = VadSegmenter()
    with pytest.raises(ValueError, match="480 samples"):
        vad.feed(np.zeros(320, np.int16))
    with pytest.raises(ValueError, match="int16"):
        vad.feed(np.zeros(480, np.float32))
    with pytest.raises(ValueError, match="0..3"):
        VadSegmenter(aggressiveness=4)
    with pytest.raises(ValueError, match="10, 20 or 30"):
        VadSegmenter(frame_ms=25)
    assert VadSegmenter(frame_ms=10).feed(np.zeros(160, np.int16)) == []
