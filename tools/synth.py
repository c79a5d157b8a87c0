"""Voices other than the companion's, and the room's noises, for benches and rigs.

Users must not sound like the companion (piper joe): benches that did so would flatter the
recognizer and hide self-answers. espeak-ng speaks the users here, with several accents,
variants, rates and pitches; ``<break>`` marks make the pauses *inside* a sentence, so the
intonation around the pause stays phrase-internal, as when a person hesitates. Coughs and door
knocks are synthesised from seeded noise (the same samples on every run).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.errors import CompanionError
from voice.audio import SAMPLE_RATE, read_wav

__all__ = ["Voice", "VOICES", "speak", "cough", "knock", "silence"]


@dataclass(frozen=True)
class Voice:
    """An espeak-ng voice: language/accent, variant, words per minute, pitch (0-99)."""

    name: str
    variant: str = ""
    rate: int = 160
    pitch: int = 50

    @property
    def spec(self) -> str:
        return f"{self.name}+{self.variant}" if self.variant else self.name


VOICES: tuple[Voice, ...] = (
    Voice("en-us", "m3", 165, 45),
    Voice("en-gb", "f2", 150, 65),
    Voice("en-gb-scotland", "m1", 175, 40),
    Voice("en-us", "f4", 140, 70),
    Voice("en-gb-x-rp", "m7", 185, 35),
    Voice("en-029", "f1", 155, 60),
    Voice("en-us", "klatt", 170, 50),
    Voice("en-gb-x-gbclan", "f5", 145, 55),
)


def speak(text: str, voice: Voice = VOICES[0]) -> np.ndarray:
    """16 kHz int16 speech for ``text``; SSML ``<break time="600ms"/>`` marks pauses."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise CompanionError("espeak-ng is not installed (sudo apt install espeak-ng)")
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "say.wav"
        proc = subprocess.run(
            [exe, "-m", "-v", voice.spec, "-s", str(voice.rate), "-p", str(voice.pitch),
             "-w", str(wav), f"<speak>{text}</speak>"], capture_output=True, text=True)
        if proc.returncode != 0 or not wav.exists():
            raise CompanionError(f"espeak-ng failed for voice {voice.spec}: {proc.stderr.strip()}")
        return trim(read_wav(wav))


def trim(x: np.ndarray, threshold: int = 64) -> np.ndarray:
    """Without espeak's leading and trailing silence (the benches add their own)."""
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > threshold)
    return x[loud[0]:loud[-1] + 1] if loud.size else x[:0]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.int16)


def _burst(rng: np.random.Generator, seconds: float, attack_s: float, decay_s: float,
           lowpass: int) -> np.ndarray:
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    envelope = np.minimum(1.0, t / attack_s) * np.exp(-t / decay_s)
    noise = np.convolve(rng.standard_normal(n), np.ones(lowpass) / lowpass, mode="same")
    return noise * envelope


def cough(seed: int = 3, level: float = 0.5) -> np.ndarray:
    """Two harsh noise bursts with a sharp attack (~0.5 s): not speech, but loud and voiced-ish."""
    rng = np.random.default_rng(seed)
    parts = [_burst(rng, 0.18, 0.005, 0.06, 3), silence(0.08).astype(float),
             _burst(rng, 0.22, 0.005, 0.08, 4)]
    x = np.concatenate(parts)
    return (level * 32767 * x / np.max(np.abs(x))).astype(np.int16)


def knock(seed: int = 5, level: float = 0.6, knocks: int = 3) -> np.ndarray:
    """Door knocks: short low thumps (110 and 190 Hz, fast decay) with a click, 0.22 s apart."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(0.09 * SAMPLE_RATE)) / SAMPLE_RATE
    thump = (np.sin(2 * np.pi * 110 * t) + 0.6 * np.sin(2 * np.pi * 190 * t)) * np.exp(-t / 0.02)
    thump[:40] += rng.standard_normal(40) * 0.8
    gap = np.zeros(int(0.13 * SAMPLE_RATE))
    x = np.concatenate([np.concatenate([thump, gap]) for _ in range(knocks)])
    return (level * 32767 * x / np.max(np.abs(x))).astype(np.int16)
