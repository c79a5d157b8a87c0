"""Speech to text with faster-whisper (CTranslate2), tuned for short utterances on a small CPU."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from models.errors import ModelCorruptError, ModelMissingError
from voice.sounds import only_sounds, words

__all__ = ["SpeechToText", "WhisperSTT", "may_be_a_sound", "sound_wins"]


class SpeechToText(Protocol):
    """What the pipeline needs of a recognizer: 16 kHz int16 mono in, text out. Blocking."""

    def transcribe(self, samples: np.ndarray) -> str: ...

_LOG = logging.getLogger(__name__)
_FIX = "run `companion models fetch` (or `make setup`), or point stt_model at a faster-whisper dir"
# Whisper is not useful on less than this; it tends to hallucinate on near-empty input.
_MIN_SAMPLES = 1600  # 0.1 s at 16 kHz
# Whisper's encoder normally sees a 30 s window whatever the clip, which is most of the cost of
# a short utterance. CTranslate2 accepts a shorter window: 10 s keeps transcripts identical on
# our tests (shorter windows make the decoder repeat itself) at a quarter of the time.
_FAST_WINDOW_S = 10.0
_FAST_MAX_S = 25.0
_MAX_TOKENS = 448  # whisper's decoder context
# Whisper tiny writes a hummed "mm-hmm" as words ("And then them.", "And anthem."), and the
# companion answered them (6 of 6 on the leak rig). Primed with such sounds as the text said just
# before, it writes "Mm-hmm." (6 of 6 there), while words stay words (only a few nasal ones such as
# "Man" or "Mom" can turn into a hum). So a text of a few words whisper is unsure of is decoded once
# more, primed, reusing the encoder's output (about +40 ms), and the sound is kept only when it is
# clearly more likely than the words were. Clearly: a primed "Mm-hmm." is an easy, confident
# decode, and kept when merely as likely, it swallowed real questions ("Who are you?" at -0.83
# against -0.49; the bench's "How are you today?"), which then went unanswered. On espeak-ng
# hums the sound wins by 0.49-3.9; on questions whisper got right, by at most 0.34. A text
# whisper wrote as a question is never taken for a sound.
_SOUND_PROMPT = " Mm-hmm. Uh-huh."
_SOUND_MAX_WORDS = 4
_SOUND_MAX_TOKENS = 10  # "Mm-hmm." is 6; a primed decode may otherwise repeat "mm" at length
_SURE_SCORE = -0.4  # mean token log-probability above which the words are taken as heard
_SOUND_MARGIN = 0.4  # how much more likely (mean log-probability) the sound must be
_LEADING_AND = re.compile(r"^\s*and\b[,.]?\s*", re.IGNORECASE)
# Whisper garbles some voices into fluent nonsense ("Why is this kind you?" for "Why is the sky
# blue?"), and the companion answered it ("I'm here for you."). Of 240 espeak-ng clips (8 voices,
# 30 lines), the 7 of 3 words or more decoded below this mean log-probability were all nonsense
# (word error rate 83-225 %: "I'll be open.", "My kids are on the river nurse."); the lowest clip
# heard (nearly) right scored -1.21 ("Who wrote Rodeo and Juliet"). Whisper's own fallback
# threshold is -1.0. Such a text is asked for again, not answered.
_UNSURE_SCORE = -1.3
_UNSURE_MIN_WORDS = 3  # "Good morning." was heard right at -1.22
_KEPT_SCORES = 32


def may_be_a_sound(text: str, score: float) -> bool:
    """Is this decode (text, mean token log-probability) worth a second, primed look?"""
    return score < _SURE_SCORE and 0 < len(words(text)) <= _SOUND_MAX_WORDS \
        and not only_sounds(text) and not text.rstrip().endswith("?")


def sound_wins(words_score: float, sound: str, sound_score: float) -> str | None:
    """The primed decode as a sound ("Mm-hmm."), when it says one and is clearly more likely
    than the words were; else None. Whisper often hears a hum's onset as "And" ("And
    Mm-hmm."), which was then answered as "And that's them": a leading "and" is dropped."""
    heard = _LEADING_AND.sub("", sound)
    return heard if only_sounds(heard) and sound_score >= words_score + _SOUND_MARGIN else None


def _as_float(samples: np.ndarray) -> np.ndarray:
    x = np.asarray(samples).reshape(-1)
    return x.astype(np.float32) / 32768.0 if x.dtype == np.int16 else x.astype(np.float32)


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
        fast_window: bool = True,
    ) -> None:
        self.model_path = Path(model_path)
        self.beam_size = beam_size
        self.language = language
        self.fast_window = fast_window
        self._scores: dict[str, float] = {}  # recent texts -> their decode's score (unsure())
        self._scores_lock = threading.Lock()
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
        audio = _as_float(samples)
        if audio.size < _MIN_SAMPLES:
            return ""
        if self.fast_window and audio.size <= _FAST_MAX_S * 16000 and initial_prompt is None:
            return self._transcribe_short(audio)[0]
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
        spoken = [s for s in segments if s.text.strip()]
        text = " ".join(s.text.strip() for s in spoken).strip()
        if spoken:
            self._keep_score(text, sum(s.avg_logprob for s in spoken) / len(spoken))
        return text

    def unsure(self, text: str) -> bool:
        """Was ``text`` (a recent transcript of this recognizer) decoded so unsurely that it is
        likely nonsense? Few words are never called so: short texts score low when heard right."""
        with self._scores_lock:
            score = self._scores.get(text)
        return score is not None and score < _UNSURE_SCORE \
            and len(words(text)) >= _UNSURE_MIN_WORDS

    def _keep_score(self, text: str, score: float) -> None:
        with self._scores_lock:
            self._scores.pop(text, None)
            self._scores[text] = score
            while len(self._scores) > _KEPT_SCORES:
                self._scores.pop(next(iter(self._scores)))

    def transcribe_timed(self, samples: np.ndarray) -> tuple[str, float | None]:
        """The text, and where (s from the first sample) its last word starts: whisper writes
        the end of a cut sentence ("I left my keys on the table." for "...on the |"), and an
        invented word starts where the voice had already stopped. None: no word to place."""
        audio = _as_float(samples)
        if audio.size < _MIN_SAMPLES or audio.size > _FAST_MAX_S * 16000:
            return self.transcribe(samples), None
        return self._transcribe_short(audio, timed=True)

    def _transcribe_short(self, audio: np.ndarray, timed: bool = False) -> tuple[str, float | None]:
        """One greedy decode over a 10 s window instead of faster-whisper's 30 s one; with
        ``timed``, the last word's start too (whisper's cross-attention alignment, ~25 ms)."""
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer

        model = self._model
        window = int(_FAST_WINDOW_S * 16000)
        # Zero-padding the samples (not the features) keeps whisper's per-clip normalisation.
        padded = np.pad(audio, (0, max(0, window - audio.size)))
        features = model.feature_extractor(padded)
        frames = features.shape[-1] - features.shape[-1] % 2
        encoded = model.model.encode(
            ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None, :, :frames])),
            to_cpu=False)
        tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual,
                              task="transcribe", language=self.language or "en")
        max_length = min(_MAX_TOKENS, int(audio.size / 16000 * 8) + 16)
        text, score, no_speech, ids = self._decode(encoded, tokenizer, max_length)
        # Whisper's own rule for "this was not speech": likely silence and a low-confidence text.
        if no_speech > 0.6 and score < -1.0:
            return "", None
        if may_be_a_sound(text, score):
            sound, sound_score, _, _ = self._decode(encoded, tokenizer, _SOUND_MAX_TOKENS,
                                                    _SOUND_PROMPT)
            heard = sound_wins(score, sound, sound_score)
            _LOG.info("stt.sound words=%r score=%.2f sound=%r score=%.2f kept=%s", text, score,
                      sound, sound_score, heard is not None)
            if heard is not None:
                return heard, None
        self._keep_score(text, score)
        return text, self._last_word_start(encoded, tokenizer, ids, audio.size) if timed else None

    def _last_word_start(self, encoded: Any, tokenizer: Any, ids: list[int],
                         samples: int) -> float | None:
        words = [w for w in self._model.find_alignment(tokenizer, [ids], encoded,
                                                       samples // 160)[0]
                 if any(ch.isalnum() for ch in w["word"])] if ids else []
        return float(words[-1]["start"]) if words else None

    def _decode(self, encoded: Any, tokenizer: Any, max_length: int,
                prompt: str = "") -> tuple[str, float, float, list[int]]:
        """(text, mean token log-probability, no-speech probability, text tokens) of one greedy
        decode of the encoder output; ``prompt``: text as if said just before, which whisper's
        style follows."""
        from faster_whisper.transcribe import get_suppressed_tokens

        before = [tokenizer.sot_prev, *tokenizer.encode(prompt)] if prompt else []
        result = self._model.model.generate(
            encoded, [before + list(tokenizer.sot_sequence) + [tokenizer.no_timestamps]],
            beam_size=self.beam_size, max_length=min(_MAX_TOKENS, max_length + len(before)),
            suppress_blank=True, suppress_tokens=get_suppressed_tokens(tokenizer, [-1]),
            return_scores=True, return_no_speech_prob=True)[0]
        ids = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        return tokenizer.decode(ids).strip(), result.scores[0], result.no_speech_prob, ids

    def word_times(self, samples: np.ndarray) -> list[tuple[str, float, float]]:
        """(word, start s, end s) of 16 kHz int16 audio: for benches that cut speech between
        words (slower than transcribe(): not for the live path)."""
        audio = np.asarray(samples).reshape(-1).astype(np.float32) / 32768.0
        segments, _info = self._model.transcribe(
            audio, language=self.language, beam_size=self.beam_size, vad_filter=False,
            condition_on_previous_text=False, word_timestamps=True)
        return [(w.word.strip(), w.start, w.end) for s in segments for w in (s.words or [])]

    def warmup(self) -> None:
        """Run one tiny decode so the first real turn does not pay for lazy initialisation."""
        rng = np.random.default_rng(0)
        self.transcribe((rng.standard_normal(16000) * 30).astype(np.int16))
