"""The live bench's clock: where the user's words sit in the microphone's recording, when the
reply's first sound came. The rig itself runs by hand (``python -m tools.live_bench``)."""

from __future__ import annotations

import numpy as np

from tools.live_bench import LiveTurn, Recording, first_sound, locate, summarize
from voice.audio import SAMPLE_RATE


def _words(seconds: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    return (rng.standard_normal(n) * 3000 * np.sin(np.linspace(0, 40, n)) ** 2).astype(np.int16)


def test_locate_finds_the_clip_in_a_noisy_recording_with_a_leak() -> None:
    clip = _words(1.5)
    recording = (np.random.default_rng(2).standard_normal(5 * SAMPLE_RATE) * 100).astype(np.int16)
    recording[12_345:12_345 + clip.size] += clip
    recording[40_000:40_000 + clip.size // 2] += (_words(0.75, seed=3) * 0.3).astype(np.int16)
    assert locate(recording, clip) == 12_345


def test_first_sound_skips_quiet_audio_and_reports_none_without_any() -> None:
    x = np.zeros(SAMPLE_RATE, np.int16)
    x[8_000:9_000] = 5000
    assert first_sound(x, 0) == 8_000
    assert first_sound(x, 9_000) is None


class _Monitor:
    BLOCK = 320

    def __init__(self, blocks: int, t0: float) -> None:
        self.times = [t0 + (k + 1) * self.BLOCK / SAMPLE_RATE for k in range(blocks)]
        self._audio = np.zeros(blocks * self.BLOCK, np.int16)

    def audio(self) -> np.ndarray:
        return self._audio


def test_a_sample_is_timed_by_the_arrival_of_its_block() -> None:
    rec = Recording(_Monitor(10, t0=100.0))  # type: ignore[arg-type]
    assert abs(rec.time_of(0) - 100.0) < 1e-3  # the first sample of the first block
    assert abs(rec.time_of(3 * 320 + 319) - (100.0 + 4 * 0.02)) < 1e-9
    assert rec.index_at(100.05) == 2 * 320  # the first block that arrived after it (100.06)


def test_summary_counts_unanswered_turns_apart() -> None:
    turns = [LiveTurn("a", voice_to_voice_ms=800.0, marks_ms={"first_token": 400.0}),
             LiveTurn("b", voice_to_voice_ms=1000.0, marks_ms={"first_token": 500.0}),
             LiveTurn("c")]
    report = summarize(turns)
    assert report["turns"] == 3 and report["answered"] == 2
    assert report["voice_to_voice_ms"]["p50"] == 900.0  # type: ignore[index]
    assert report["companion_marks_ms_p50"] == {"first_token": 450.0}
