"""End-of-turn from the sound of the voice: Smart Turn v3.2 (int8 ONNX) on the last 8 s of audio.

Words alone cannot tell "I'd like a coffee." from "I'd like a coffee... and" when the transcript
has no punctuation yet; the falling pitch and the drawn-out last syllable can. Smart Turn is a
Whisper-tiny encoder with a classifier head; it reads Whisper log-mel features of the last
<= 8 s of 16 kHz audio (zero-padded at the front) and gives the probability that the speaker
has finished. It is called once per pause (when the VAD hears silence), never per frame.

The features are Whisper's (``WhisperFeatureExtractor(chunk_length=8)`` with
``do_normalize=True``), computed here in numpy: the waveform is normalised to zero mean and
unit variance, framed with a periodic Hann window (n_fft 400, hop 160, centred with reflect
padding), projected on 80 Slaney mel filters, log10'd, clamped to 8 decades below the peak and
scaled to about [-1, 1]. tests/fixtures holds reference features from transformers to check it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np

from voice.audio import SAMPLE_RATE, to_float32

__all__ = ["SmartTurn", "log_mel_features", "WINDOW_SAMPLES"]

_LOG = logging.getLogger(__name__)

WINDOW_SAMPLES = 8 * SAMPLE_RATE  # the model reads exactly 8 s
N_FFT = 400
HOP = 160
N_MELS = 80


def _hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney mel scale: linear below 1 kHz, logarithmic above."""
    hz = np.asarray(hz, dtype=np.float64)
    linear = 3.0 * hz / 200.0
    log = 15.0 + np.log(np.maximum(hz, 1e-10) / 1000.0) * (27.0 / np.log(6.4))
    return np.where(hz >= 1000.0, log, linear)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    linear = 200.0 * mel / 3.0
    log = 1000.0 * np.exp((mel - 15.0) * (np.log(6.4) / 27.0))
    return np.where(mel >= 15.0, log, linear)


def _mel_filters() -> np.ndarray:
    """(n_fft/2+1, 80) triangular filters with Slaney area normalisation (librosa's default)."""
    bins = np.linspace(0.0, SAMPLE_RATE / 2, N_FFT // 2 + 1)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(0.0), _hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    lower = (bins[:, None] - edges[None, :-2]) / np.diff(edges)[None, :-1]
    upper = (edges[None, 2:] - bins[:, None]) / np.diff(edges)[None, 1:]
    filters = np.maximum(0.0, np.minimum(lower, upper))
    return filters * (2.0 / (edges[2:] - edges[:-2]))[None, :]


_FILTERS = _mel_filters()
_WINDOW = np.hanning(N_FFT + 1)[:-1]  # periodic Hann, as torch.hann_window


def _fit_window(audio: np.ndarray) -> np.ndarray:
    """The last 8 s, zero-padded at the front when shorter (the end of speech stays at the end)."""
    x = to_float32(np.asarray(audio).reshape(-1))[-WINDOW_SAMPLES:]
    if x.size < WINDOW_SAMPLES:
        x = np.concatenate([np.zeros(WINDOW_SAMPLES - x.size, dtype=np.float32), x])
    return x


def log_mel_features(audio: np.ndarray) -> np.ndarray:
    """(80, 800) float32 Whisper log-mel features of the last 8 s of 16 kHz audio."""
    x = _fit_window(audio)
    x = (x - x.mean()) / np.sqrt(x.var() + 1e-7)  # float32, before the float64 spectrogram
    padded = np.pad(x.astype(np.float64), N_FFT // 2, mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP]
    power = np.abs(np.fft.rfft(frames * _WINDOW, axis=-1)) ** 2  # (801, 201)
    mel = np.log10(np.maximum(power @ _FILTERS, 1e-10)).T[:, :-1]  # Whisper drops the last frame
    mel = np.maximum(mel, mel.max() - 8.0)
    return ((mel + 4.0) / 4.0).astype(np.float32)


class SmartTurn:
    """``probability(audio)``: how sure the model is that the speaker has finished (0..1).

    One intra-op thread: the call takes tens of milliseconds and must leave the other core to the
    LLM, which is often prefilling a guessed reply at that very moment.
    """

    def __init__(self, model_path: str | Path, threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.path = Path(model_path)
        self._session = ort.InferenceSession(str(self.path), sess_options=options,
                                             providers=["CPUExecutionProvider"])
        self._input = self._session.get_inputs()[0].name
        self.last_ms = 0.0  # duration of the last call (features + model)

    def probability(self, audio: np.ndarray) -> float:
        """End-of-turn probability for 16 kHz mono audio ending now (int16 or float)."""
        start = time.perf_counter()
        features = log_mel_features(audio)[None]
        (out,) = self._session.run(None, {self._input: features})
        p = float(np.asarray(out).reshape(-1)[0])
        self.last_ms = (time.perf_counter() - start) * 1000
        _LOG.debug("turn.smart_turn p=%.3f ms=%.1f audio_s=%.2f", p, self.last_ms,
                   np.asarray(audio).size / SAMPLE_RATE)
        return p
