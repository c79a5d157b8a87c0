"""Speech to text with faster-whisper (CTranslate2), tuned for short utterances on a small CPU."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from models.errors import ModelCorruptError, ModelMissingError

__all__ = ["WhisperSTT"]

_LOG = logging.getLogger(__name__)
_FIX = "run `companion models fetch` (or `make setup`), or point stt_model at a faster-whisper dir"
# Whisper is not useful on less than this; it tends to hallucinate on near-empty input.
_MIN_SAMPLES = 1600  # 0.1 s at 16 kHz


def _check_model_dir(path: Path) -> None:
    """Fail before faster-whisper does: it would fetch a missing tokenizer from the hub."""
    if not path.exists():
        raise ModelMissingError(f"STT model not found at {path}; {_FIX}")
    if not path.is_dir():
        raise ModelMissingError(f"STT model {path} is not a directory (expected model.bin, "
                                f"config.json, tokenizer.json inside); {_FIX}")
    for name in ("model.bin", "config.json", "tokenizer.json"):
        if not (path / name).is_file():
            raise ModelMissingError(f"STT model dir {path} lacks {name}; {_FIX}")


class WhisperSTT:
    """Blocking transcriber; call ``transcribe`` from a worker thread (asyncio.to_thread).

    Decoding options favour latency: greedy (beam 1), no timestamps, no conditioning on previous
    text (which also stops errors from snowballing), and no internal VAD because ours runs first.
    """

    def __init__(
        self,
        model_path: str | Path,
        compute_type: str = "int8",
        threads: int = 2,
        beam_size: int = 1,
        language: str | None = "en",
        device: str = "cpu",
    ) -> None:
        self.model_path = Path(model_path)
        self.beam_size = beam_size
        self.language = language
        _check_model_dir(self.model_path)
        try:
            from faster_whisper import WhisperModel

            self._model = WhisperModel(
                str(self.model_path), device=device, compute_type=compute_type,
                cpu_threads=threads, local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as e:
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise ModelCorruptError(
                f"STT model at {self.model_path} cannot be loaded ({first}); "
                "re-fetch it with `companion models fetch` (or `make setup`)"
            ) from e

    def transcribe(self, samples: np.ndarray, initial_prompt: str | None = None) -> str:
        """Text of 16 kHz mono audio (int16 or float32 in [-1, 1]); "" for (near-)empty input."""
        x = np.asarray(samples).reshape(-1)
        if x.size < _MIN_SAMPLES:
            return ""
        audio = x.astype(np.float32) / 32768.0 if x.dtype == np.int16 else x.astype(np.float32)
        segments, _info = self._model.transcribe(
            audio,
            language=self.language,
            beam_size=self.beam_size,
            vad_filter=False,
            condition_on_previous_text=False,
            without_timestamps=True,
            initial_prompt=initial_prompt,
        )
        # segments is lazy: the decoding happens while iterating, inside this call.
        return " ".join(s.text.strip() for s in segments if s.text.strip()).strip()

    def warmup(self) -> None:
        """Run one tiny decode so the first real turn does not pay for lazy initialisation."""
        rng = np.random.default_rng(0)
        self.transcribe((rng.standard_normal(16000) * 30).astype(np.int16))
