"""Echo cancellation: the playback reference, the gate, and WebRTC AEC3 on a simulated leak.

The leak (tools.echo_bench.leak_scene): the reply at 0.3 gain, 30 ms late, through a room
with 0.3 s reverberation, into a microphone with hiss; optionally the user (espeak-ng) talking
over it. Frames and reference blocks carry device times with jitter, as live audio does.
"""

from __future__ import annotations

import logging
import shutil
import sys

import numpy as np
import pytest

from tools.echo_bench import MODES, leak_scene, run_scene, score
from voice import echo as echo_mod
from voice.audio import resample
from voice.echo import EchoCanceller, EchoGate, PlaybackReference, make_echo_canceller
from voice.vad import SpeechStart, VadSegmenter

RATE = 22050


def blocks(audio: np.ndarray, t0: float, rate: int = RATE, ms: int = 20) -> list:
    n = rate * ms // 1000
    return [(audio[i:i + n], rate, t0 + i / rate) for i in range(0, audio.size, n)]


def test_reference_places_each_block_at_its_dac_time() -> None:
    reference = PlaybackReference()
    audio = np.zeros(RATE * 2, np.int16)
    audio[RATE:] = 8000  # loud from 1.0 s on
    for block in blocks(audio, t0=500.0):
        reference.played(*block)
    reference.absorb()
    onset = reference.index_at(501.0)
    window = reference.read(round(onset) - 160, 320).astype(np.float64)
    assert np.abs(window[:140]).max() < 400 and np.abs(window[180:]).min() > 7000


def test_a_pause_between_chunks_stays_a_pause() -> None:
    """A sink without a device clock hands over chunks with gaps between them."""
    reference = PlaybackReference()
    word = np.full(RATE // 4, 8000, np.int16)
    reference.played(word, RATE, 100.0)
    reference.played(word, RATE, 101.0)  # 0.75 s of nothing in between
    reference.absorb()
    assert reference.loud_between(100.1, 100.2)
    assert not reference.loud_between(100.4, 100.9)
    assert reference.loud_between(101.1, 101.2)


def test_gate_covers_playback_and_its_tail_only() -> None:
    reference = PlaybackReference()
    gate = EchoGate(reference, tail_s=0.3)
    audio = np.zeros(RATE * 3, np.int16)
    audio[RATE:2 * RATE] = 5000  # our voice from 1.0 to 2.0 s
    for block in blocks(audio, t0=0.0):
        reference.played(*block)
    mic = np.full(480, 700, np.int16)

    def gated(t: float) -> bool:
        frame = gate.process(mic, t)
        assert frame.echo == frame.gated and np.array_equal(frame.audio, mic)
        return frame.gated

    assert not gated(0.5)
    assert gated(1.0) and gated(1.5) and gated(2.1) and gated(2.25)  # the tail: buffer, room
    assert not gated(2.4) and not gated(2.8)


def test_fallback_to_the_gate_is_announced_once(monkeypatch, caplog) -> None:
    monkeypatch.setitem(sys.modules, "pywebrtc_audio", None)  # import fails
    monkeypatch.setattr(echo_mod, "_warned", False)
    assert echo_mod.aec_available() is not None
    with caplog.at_level(logging.WARNING, logger="voice.echo"):
        first = make_echo_canceller(PlaybackReference())
        second = make_echo_canceller(PlaybackReference())
    assert isinstance(first, EchoGate) and isinstance(second, EchoGate)
    assert not first.full_duplex and first.mode == "gate"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "half-duplex" in warnings[0].getMessage()
    with pytest.raises(RuntimeError, match="pip install pywebrtc-audio"):
        make_echo_canceller(PlaybackReference(), mode="aec")


def espeak(text: str, voice: int) -> np.ndarray:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (make setup installs it)")
    from tools.synth import VOICES, speak

    return speak(text, VOICES[voice])


@pytest.fixture(scope="module")
def reply() -> np.ndarray:
    """The companion's reply at piper's rate. espeak-ng, not piper: piper's output varies from
    run to run (its sampling noise), and these tests must give the same verdict every time."""
    words = espeak("The capital of France is Paris. It is a lovely city with many museums, "
                   "and the food is wonderful.", voice=4)
    return resample(words, 16000, RATE)


@pytest.fixture(scope="module")
def user_words() -> np.ndarray:
    return espeak("Hold on. Tell me about the weather tomorrow morning.", voice=6)


def test_aec_removes_the_leak_when_the_reference_is_aligned(reply: np.ndarray) -> None:
    scene = leak_scene(reply, RATE)
    out, canceller, cpu_s, gated = run_scene(scene, MODES["aec3+ns"])
    assert canceller.mode == "aec" and canceller.full_duplex and canceller.converged
    # Half-duplex only while AEC3 converges (the first second of our voice), then full-duplex.
    assert any(gated[:60]) and not any(gated[100:])
    result = score(scene, out, cpu_s, gated, "aec3+ns")
    assert result.erle_db > 25 and result.tail_erle_db > 15
    # A reference that comes too late (its times 150 ms off) cannot cancel: alignment matters.
    late = leak_scene(reply, RATE)
    late.far_blocks = [(x, r, t + 0.15) for x, r, t in late.far_blocks]
    out, _, cpu_s, gated = run_scene(late, MODES["aec3+ns"])
    assert score(late, out, cpu_s, gated, "late").erle_db < 10


def listened(out: np.ndarray, gated: list[bool]) -> np.ndarray:
    """What the recognizer's VAD gets: gated frames are only checked for barge-in."""
    keep = np.repeat(~np.array(gated), 480)
    return np.where(keep[:out.size], out, 0).astype(np.int16)


def speech_starts(audio: np.ndarray) -> int:
    vad = VadSegmenter()
    return sum(isinstance(e, SpeechStart)
               for i in range(0, audio.size - 479, 480) for e in vad.feed(audio[i:i + 480]))


@pytest.mark.parametrize("gain, rt60_s", [(0.3, 0.3), (1.0, 0.6)])
def test_the_cleaned_microphone_never_starts_speech_by_itself(reply: np.ndarray, gain: float,
                                                              rt60_s: float) -> None:
    scene = leak_scene(reply, RATE, gain=gain, rt60_s=rt60_s)
    assert speech_starts(scene.near) >= 1  # the leak alone sounds like someone talking
    out, _, _, gated = run_scene(scene, lambda ref: EchoCanceller(ref))
    assert speech_starts(listened(out, gated)) == 0  # nothing of it is left, tail included


def test_half_duplex_until_aec3_has_converged(reply: np.ndarray) -> None:
    """Without the convergence guard, AEC3's first seconds let a loud leak through."""
    scene = leak_scene(reply, RATE, gain=1.0, rt60_s=0.6)
    eager = lambda ref: EchoCanceller(ref, converge_s=0.0, converged_db=0.0)  # noqa: E731
    out, _, _, gated = run_scene(scene, eager)
    assert speech_starts(listened(out, gated)) >= 1


def test_the_tail_reaches_the_recognizer_as_silence(reply: np.ndarray) -> None:
    scene = leak_scene(reply, RATE, gain=1.0, rt60_s=0.6)
    tail = slice(int((scene.reply_end_t - scene.t0) * 16000) + 480,
                 int((scene.reply_end_t - scene.t0 + 0.3) * 16000))
    out, _, _, _ = run_scene(scene, lambda ref: EchoCanceller(ref))
    assert not np.any(out[tail])  # the room still rings with our voice: squelched
    raw, _, _, _ = run_scene(scene, MODES["aec3+ns"])
    assert np.any(raw[tail])


@pytest.mark.e2e
def test_the_user_is_understood_through_the_leak(reply: np.ndarray,
                                                 user_words: np.ndarray) -> None:
    from tests.voice_fixtures import load_stt

    # The reply plays from 0.5 s; the user talks over it at 3.0 s; it stops 0.6 s later.
    scene = leak_scene(reply, RATE, user=user_words, user_at_s=3.0, stop_at_s=3.6)
    out, _, _, _ = run_scene(scene, lambda ref: EchoCanceller(ref))
    stt = load_stt()
    assert "capital" in stt.transcribe(scene.near).lower()  # without AEC it hears itself
    heard = stt.transcribe(out).lower()
    assert "weather" in heard and "tomorrow" in heard, heard
    assert "capital" not in heard and "paris" not in heard, heard


def test_after_an_underrun_the_reference_follows_the_device_clock_at_once() -> None:
    """A 25 ms jump (below the jitter allowance) is smoothed, unless the device ran dry."""
    def onset_error(resync: bool) -> float:
        reference = PlaybackReference()
        quiet, loud = np.zeros(RATE, np.int16), np.full(RATE // 2, 8000, np.int16)
        for block in blocks(quiet, t0=10.0):
            reference.played(*block)
        gap = 0.025  # the device stalled: what follows plays this much later than planned
        first = True
        for samples, rate, t in blocks(loud, t0=11.0 + gap):
            reference.played(samples, rate, t, resync=resync and first)
            first = False
        reference.absorb()
        index = reference.index_at(11.0 + gap)
        assert index is not None
        x = np.abs(reference.read(round(index) - 800, 1600).astype(np.int32))
        return (int(np.argmax(x > 4000)) - 800) / 16000  # where the loud part really starts

    assert abs(onset_error(resync=True)) < 0.002
    assert abs(onset_error(resync=False)) > 0.015  # smoothed: 20 ms off, AEC3 loses the echo
