"""Deciding when the user has finished, and when they talk over us. Pure logic, no I/O.

LocalAgreement   a word is stable once two consecutive hypotheses agree on it
EndpointPolicy   the silence that ends a turn depends on what was said: short after a complete
                 sentence or question, long after a filler or a dangling "and..."
BargeInDetector  sustained speech above the echo of our own playback interrupts the reply;
                 a short backchannel ("mm-hm") or a cough does not
"""

from __future__ import annotations

import math
import re
from collections import deque

import numpy as np

from voice.audio import dbfs


def normalize(text: str) -> str:
    """Lower-case words without punctuation, so transcripts that say the same compare equal."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


class LocalAgreement:
    """Stable prefix of a growing utterance's successive transcripts."""

    def __init__(self) -> None:
        self.previous: list[str] = []
        self.stable: list[str] = []

    def update(self, hypothesis: str) -> str:
        words = hypothesis.split()
        agreed = 0
        for old, new in zip(self.previous, words, strict=False):
            if normalize(old) != normalize(new):
                break
            agreed += 1
        # The stable prefix only grows: once two hypotheses agreed, the words are committed.
        if agreed > len(self.stable):
            self.stable = words[:agreed]
        self.previous = words
        return " ".join(self.stable)

    def reset(self) -> None:
        self.previous, self.stable = [], []


_FILLERS = {"um", "uh", "er", "erm", "hmm", "mm", "and", "or", "but", "so", "because", "like",
            "the", "a", "an", "to", "of", "with", "my", "if", "then", "well", "that"}


class EndpointPolicy:
    """Hangover (ms of silence that ends a turn) chosen from the transcript so far."""

    def __init__(self, default_ms: int = 600, complete_ms: int = 240,
                 dangling_ms: int = 1200) -> None:
        self.default_ms = default_ms
        self.complete_ms = complete_ms
        self.dangling_ms = dangling_ms

    def hangover_ms(self, transcript: str) -> int:
        text = transcript.strip()
        if not text:
            return self.default_ms
        if text.endswith(("...", "…", ",", "-", "—")):
            return self.dangling_ms
        words = normalize(text).split()
        if words and words[-1] in _FILLERS:
            return self.dangling_ms
        if text.endswith(("?", ".", "!")):
            return self.complete_ms
        return self.default_ms


class BargeInDetector:
    """Fires once the user has spoken over the reply for ``min_speech_ms`` (with short gaps).

    A frame counts when the VAD calls it speech and it is ``margin_db`` louder than the echo
    of our own playback, whose level is learned from the frames that do not count.
    """

    def __init__(self, min_speech_ms: int = 450, frame_ms: int = 30, margin_db: float = 10.0,
                 floor_dbfs: float = -45.0) -> None:
        self.frame_ms = frame_ms
        self.margin_db = margin_db
        self.floor_dbfs = floor_dbfs
        self.window = deque(maxlen=max(1, math.ceil(min_speech_ms / frame_ms)))
        self.reset()

    def reset(self) -> None:
        self.window.clear()
        self.echo_dbfs = -90.0

    def feed(self, frame: np.ndarray, voiced: bool) -> bool:
        level = dbfs(frame)
        speech = voiced and level > max(self.floor_dbfs, self.echo_dbfs + self.margin_db)
        if not speech:  # learn the echo level slowly, from what is not the user
            self.echo_dbfs = max(level, 0.9 * self.echo_dbfs + 0.1 * level)
        self.window.append(speech)
        full = len(self.window) == self.window.maxlen
        # 80 % of the window: a word's short internal pauses do not reset the count.
        return full and sum(self.window) >= 0.8 * self.window.maxlen
