"""Text to speech with piper-tts (>= 1.3 API: PiperVoice.load / synthesize -> AudioChunk)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import numpy as np

from models.errors import ModelCorruptError, ModelMissingError

__all__ = ["PiperTTS", "TextToSpeech", "spoken_phone_numbers"]

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Three or more digits, in groups split by single spaces or hyphens: "116 123", "0800 1111".
_NUMBER = re.compile(r"(?<![\w.,:/])\d(?:[ -]?\d){2,}(?![\w%:/]|[.,]\d)")
# ...that someone is told to call: espeak reads "116 123" as "one hundred sixteen one hundred
# twenty-three", and "988" as "nine hundred and eighty-eight"; a help line is read digit by digit.
_CALL = re.compile(r"\b(?:call|calls|calling|text|dial|ring|phone|helpline|hotline|lifeline|"
                   r"samaritans|childline|number)\b[^.!?]{0,40}$", re.IGNORECASE)
_NOT_A_PHONE = re.compile(r"\s*(?:am|pm|a\.m|p\.m|percent|years?|days?|hours?|minutes?|"
                          r"seconds?|pounds|dollars|euros|miles|km|people|times)\b", re.IGNORECASE)


class TextToSpeech(Protocol):
    """What the pipeline needs of a voice: text in, int16 mono chunks out. Blocking."""

    sample_rate: int

    def stream(self, text: str, length_scale: float | None = None) -> Iterator[np.ndarray]: ...

    def synthesize(self, text: str, length_scale: float | None = None) -> np.ndarray: ...

_FIX = ("run `companion models fetch` or `make setup`, "
        "or point tts_model at a piper .onnx with its .onnx.json")


def _check_files(model: Path) -> Path:
    config = Path(f"{model}.json")
    if not model.is_file():
        raise ModelMissingError(f"TTS voice not found at {model}; {_FIX}")
    if not config.is_file():
        raise ModelMissingError(f"TTS voice {model} has no config {config.name} beside it; {_FIX}")
    try:
        json.loads(config.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelCorruptError(f"TTS voice config {config} is unreadable ({e}); {_FIX}") from e
    return config


def spoken_phone_numbers(text: str) -> str:
    """ "call Samaritans on 116 123" -> "...on one one six, one two three": a number someone is
    told to call is read digit by digit, its groups apart; other numbers are left alone."""
    def say(m: re.Match[str]) -> str:
        if not _CALL.search(text[: m.start()]) or _NOT_A_PHONE.match(text, m.end()):
            return m.group(0)
        groups = re.split(r"[ -]", m.group(0))
        return ", ".join(" ".join(_DIGITS[int(d)] for d in group) for group in groups)

    return _NUMBER.sub(say, text)


class PiperTTS:
    """Blocking synthesiser; iterate ``stream()`` from a worker thread.

    ``length_scale`` multiplies the voice's own phoneme duration (1.0 = the voice's natural
    pace, 1.2 = 20 % slower, 0.8 = faster). ``variation`` multiplies the voice's random noise
    (pitch and timing vary a little from one synthesis to the next, as in real speech); 0 gives
    the same audio every time, which tests and benchmarks need to be repeatable.
    """

    def __init__(self, model_path: str | Path, length_scale: float = 1.0,
                 speaker: int | None = None, threads: int = 2, variation: float = 1.0) -> None:
        self.model_path = Path(model_path)
        config = _check_files(self.model_path)
        try:
            from piper import PiperVoice

            self._voice = PiperVoice.load(self.model_path, config_path=config)
            self._voice.session = _quiet_session(self.model_path, threads)
        except (KeyError, TypeError, ValueError) as e:
            raise ModelCorruptError(
                f"TTS voice config {config} is not a piper voice config ({e!r}); {_FIX}"
            ) from e
        except Exception as e:  # onnxruntime raises its own exception types for a bad .onnx
            first = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
            raise ModelCorruptError(
                f"TTS voice {self.model_path} cannot be loaded ({first}); {_FIX}"
            ) from e
        cfg = self._voice.config
        if speaker is not None and not 0 <= speaker < max(1, cfg.num_speakers):
            raise ValueError(f"voice {self.model_path.name} has {cfg.num_speakers} speaker(s); "
                             f"speaker {speaker} does not exist")
        self.sample_rate: int = int(cfg.sample_rate)
        self.length_scale = length_scale
        self.speaker = speaker
        self.variation = variation

    def _syn_config(self, length_scale: float | None) -> object:
        from piper import SynthesisConfig

        scale = self.length_scale if length_scale is None else length_scale
        voice = self._voice.config
        return SynthesisConfig(
            speaker_id=self.speaker,
            length_scale=float(voice.length_scale) * scale,
            noise_scale=float(voice.noise_scale) * self.variation,
            noise_w_scale=float(voice.noise_w_scale) * self.variation,
        )

    def stream(self, text: str, length_scale: float | None = None) -> Iterator[np.ndarray]:
        """Yield int16 chunks at ``sample_rate``, one per sentence, as soon as each is ready."""
        if not text or not text.strip():
            return
        spoken = spoken_phone_numbers(text)
        for chunk in self._voice.synthesize(spoken, syn_config=self._syn_config(length_scale)):
            audio = chunk.audio_int16_array
            if audio.size:
                yield audio.reshape(-1)

    def synthesize(self, text: str, length_scale: float | None = None) -> np.ndarray:
        """The whole utterance as one int16 array (empty for empty text)."""
        chunks = list(self.stream(text, length_scale))
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)


def _quiet_session(model: Path, threads: int) -> object:
    """An ONNX session that shares the CPU politely.

    onnxruntime's default uses every core and spins while idle; on two cores that starves the
    recognizer and the LLM running beside it in the same turn.
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(str(model), sess_options=options,
                                        providers=["CPUExecutionProvider"])
