"""Voice activity detection and endpointing on 16 kHz int16 frames (webrtcvad + an energy gate).

Timing fields (all in seconds of *stream time*: samples fed so far / 16000, so they are exact and
independent of wall-clock jitter):

- ``SpeechStart.t_audio``: start of the first voiced frame of the run that triggered speech.
- ``SpeechEnd.t_audio_start``: time of the first sample of ``audio`` (``preroll_ms`` before
  t_audio, clipped at 0): the preroll keeps soft onsets (fricatives) that the VAD misses.
- ``SpeechEnd.voiced_end``: end of the last voiced frame, i.e. when the user stopped talking.
  Voice-to-voice latency is measured from here.
- ``SpeechEnd.t_audio_end``: time just past the last sample of ``audio``, which is also when the
  end was decided: voiced_end + hangover (the hangover silence stays in ``audio``; whisper does not
  mind it). For a live source, ``t_audio_end - voiced_end`` is how long ago the user stopped.
  An utterance cut at ``max_speech_ms`` has voiced_end == t_audio_end.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np
import webrtcvad

from voice.audio import SAMPLE_RATE, dbfs

__all__ = ["SpeechStart", "SpeechEnd", "VadEvent", "VadSegmenter"]


@dataclass
class SpeechStart:
    t_audio: float


@dataclass
class SpeechEnd:
    audio: np.ndarray = field(repr=False)
    t_audio_start: float
    t_audio_end: float
    voiced_end: float

    @property
    def duration(self) -> float:
        return self.audio.size / SAMPLE_RATE


VadEvent = SpeechStart | SpeechEnd


class VadSegmenter:
    """Turns a stream of fixed-size frames into SpeechStart / SpeechEnd events.

    A frame counts as voiced only if webrtcvad says speech AND its RMS is above
    ``energy_floor_dbfs``: webrtcvad alone fires on faint hiss and fan noise.
    Speech starts once ``start_ratio`` of the last ``min_speech_ms`` of frames are voiced, and
    ends after ``hangover_ms`` without voiced frames (a lone voiced frame, e.g. a click, does not
    reset the hangover). ``hangover_ms`` may be changed between frames (transcript-aware
    endpointing). Utterances longer than ``max_speech_ms`` are cut there.
    """

    def __init__(
        self,
        aggressiveness: int = 2,
        hangover_ms: int = 600,
        preroll_ms: int = 300,
        min_speech_ms: int = 200,
        *,
        frame_ms: int = 30,
        start_ratio: float = 0.8,
        energy_floor_dbfs: float = -50.0,
        max_speech_ms: int = 30000,
    ) -> None:
        if not 0 <= aggressiveness <= 3:
            raise ValueError(f"VAD aggressiveness must be 0..3, got {aggressiveness}")
        if frame_ms not in (10, 20, 30):
            raise ValueError(f"webrtcvad needs 10, 20 or 30 ms frames, got {frame_ms}")
        self._vad = webrtcvad.Vad(aggressiveness)
        self.frame_ms = frame_ms
        self.frame_samples = SAMPLE_RATE * frame_ms // 1000
        self.hangover_ms = hangover_ms
        self.preroll_ms = preroll_ms
        self.min_speech_ms = min_speech_ms
        self.start_ratio = start_ratio
        self.max_speech_ms = max_speech_ms
        self.energy_floor_dbfs = energy_floor_dbfs
        self.reset()

    def _frames(self, ms: float) -> int:
        return max(1, math.ceil(ms / self.frame_ms))

    def reset(self) -> None:
        """Back to idle at stream time 0 (use after the source restarts)."""
        self._n = 0  # frames fed
        self._ring: deque[bool] = deque(maxlen=self._frames(self.min_speech_ms))
        keep = self._frames(self.preroll_ms) + self._ring.maxlen
        self._recent: deque[np.ndarray] = deque(maxlen=keep)  # idle-time history for preroll
        self._speech: list[np.ndarray] | None = None  # frames of the current utterance
        self._speech_first = 0  # frame index of _speech[0]
        self._last_voiced = -1  # frame index of the last voiced frame (in speech)
        self._prev_voiced = False

    @property
    def in_speech(self) -> bool:
        return self._speech is not None

    @property
    def stream_time(self) -> float:
        return self._n * self.frame_ms / 1000.0

    @property
    def voiced_until(self) -> float:
        """Stream time (s) where the last voiced frame of the utterance in progress ends."""
        return self._t(self._last_voiced + 1) if self._speech is not None else 0.0

    @property
    def silent_ms(self) -> float:
        """How long the utterance in progress has been silent (0 while voiced or idle)."""
        if self._speech is None:
            return 0.0
        return (self._n - 1 - self._last_voiced) * self.frame_ms

    def utterance_audio(self) -> np.ndarray | None:
        """Audio of the utterance in progress (with preroll), for streaming partials; else None."""
        if self._speech is None:
            return None
        return np.concatenate(self._speech)

    def is_voiced(self, frame: np.ndarray) -> bool:
        if dbfs(frame) < self.energy_floor_dbfs:
            return False
        return self._vad.is_speech(frame.tobytes(), SAMPLE_RATE)

    def feed(self, frame: np.ndarray) -> list[VadEvent]:
        """Process one frame (int16, frame_samples long); returns 0, 1 or 2 events."""
        frame = np.asarray(frame)
        if frame.dtype != np.int16 or frame.size != self.frame_samples:
            raise ValueError(
                f"VAD frames must be int16 of {self.frame_samples} samples, "
                f"got {frame.dtype} of {frame.size}"
            )
        idx = self._n
        self._n += 1
        voiced = self.is_voiced(frame)
        if self._speech is None:
            return self._feed_idle(idx, frame, voiced)
        return self._feed_speech(idx, frame, voiced)

    def _t(self, frame_index: int) -> float:
        return frame_index * self.frame_ms / 1000.0

    def _feed_idle(self, idx: int, frame: np.ndarray, voiced: bool) -> list[VadEvent]:
        self._recent.append(frame)
        self._ring.append(voiced)
        ring = self._ring
        if len(ring) < ring.maxlen or sum(ring) < self.start_ratio * ring.maxlen:
            return []
        ring_first = idx - len(ring) + 1
        voiced_idx = [ring_first + i for i, v in enumerate(ring) if v]
        first_voiced = voiced_idx[0]
        start = max(0, first_voiced - self._frames(self.preroll_ms), idx - len(self._recent) + 1)
        # _recent[-1] is frame idx, so frame `start` sits at negative position start - idx - 1.
        self._speech = list(self._recent)[start - idx - 1:]
        self._speech_first = start
        self._last_voiced = voiced_idx[-1]
        self._prev_voiced = voiced
        self._ring.clear()
        self._recent.clear()
        return [SpeechStart(t_audio=self._t(first_voiced))]

    def _feed_speech(self, idx: int, frame: np.ndarray, voiced: bool) -> list[VadEvent]:
        assert self._speech is not None
        self._speech.append(frame)
        if voiced and self._prev_voiced:
            # Two voiced frames in a row: really talking, so restart the hangover.
            self._last_voiced = idx
        self._prev_voiced = voiced
        silent_frames = idx - self._last_voiced
        too_long = (idx + 1 - self._speech_first) * self.frame_ms >= self.max_speech_ms
        if silent_frames < self._frames(self.hangover_ms) and not too_long:
            return []
        return [self._finish(idx, cut=silent_frames < self._frames(self.hangover_ms))]

    def _finish(self, idx: int, cut: bool) -> SpeechEnd:
        assert self._speech is not None
        end = SpeechEnd(
            audio=np.concatenate(self._speech),
            t_audio_start=self._t(self._speech_first),
            t_audio_end=self._t(idx + 1),
            voiced_end=self._t(idx + 1 if cut else self._last_voiced + 1),
        )
        self._speech = None
        self._prev_voiced = False
        return end
