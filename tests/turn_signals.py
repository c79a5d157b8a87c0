"""Seeded synthetic 'speech' for the end-of-turn feature tests (no model, no transformers).

Shared by tests/test_turn_detector.py and tests/fixtures/make_whisper_features_reference.py, which
must build exactly the same samples: only numpy's PCG64 generator and elementary math are used.
"""

from __future__ import annotations

import numpy as np

RATE = 16000


def reference_signal(seconds: float, seed: int = 12) -> np.ndarray:
    """float32 in [-1, 1]: a gliding harmonic 'voice' with syllable-rate bursts plus hiss."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    f0 = 140.0 + 40.0 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    voice = sum(np.sin(k * phase) / k for k in range(1, 12))
    envelope = np.clip(np.sin(2 * np.pi * 3.1 * t), 0.0, None) ** 0.5
    hiss = np.random.default_rng(seed).standard_normal(n)
    return (0.2 * voice * envelope + 0.01 * hiss).astype(np.float32)


def fitted_window(x: np.ndarray) -> np.ndarray:
    """The last 8 s, zero-padded at the front (what Smart Turn is given)."""
    x = np.asarray(x, dtype=np.float32)[-8 * RATE:]
    return np.concatenate([np.zeros(8 * RATE - x.size, dtype=np.float32), x])
