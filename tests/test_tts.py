"""voice.tts.PiperTTS with the real default piper voice."""

from __future__ import annotations

import inspect
import json
import shutil

import numpy as np
import pytest

from models.errors import ModelCorruptError, ModelMissingError
from tests.voice_fixtures import load_tts, model_path
from voice.audio import active_seconds
from voice.tts import PiperTTS

TWO_SENTENCES = "The weather is nice today. Shall we go for a walk in the park?"


@pytest.fixture(scope="module")
def tts() -> PiperTTS:
    return load_tts()


def test_stream_yields_one_int16_chunk_per_sentence(tts: PiperTTS) -> None:
    assert tts.sample_rate == 22050
    stream = tts.stream(TWO_SENTENCES)
    assert inspect.isgenerator(stream)  # lazy: the pipeline plays sentence 1 during sentence 2
    chunks = list(stream)
    assert len(chunks) == 2
    for chunk in chunks:
        assert chunk.dtype == np.int16 and chunk.ndim == 1
        assert active_seconds(chunk, tts.sample_rate) > 0.5
    whole = tts.synthesize(TWO_SENTENCES)
    # Piper's noise makes each run differ slightly; the length must not.
    assert abs(whole.size - sum(c.size for c in chunks)) < 0.1 * whole.size


def test_empty_text_gives_nothing(tts: PiperTTS) -> None:
    assert list(tts.stream("")) == []
    assert list(tts.stream("   \n")) == []
    out = tts.synthesize("")
    assert out.dtype == np.int16 and out.size == 0


def test_length_scale_slows_down_speech(tts: PiperTTS) -> None:
    text = "One, two, three, four, five."
    fast = tts.synthesize(text, length_scale=0.7).size
    normal = tts.synthesize(text).size
    slow = tts.synthesize(text, length_scale=1.5).size
    assert fast < normal < slow
    assert slow / normal == pytest.approx(1.5, rel=0.2)
    slower_voice = PiperTTS(model_path("tts"), length_scale=1.5)
    assert slower_voice.synthesize(text).size == pytest.approx(slow, rel=0.1)


def test_variation_zero_gives_the_same_audio_every_time(tts: PiperTTS) -> None:
    """Tests and benches need repeatable speech; users get the voice's natural variation."""
    text = "What is the capital of France?"
    assert tts.variation == 0.0
    assert np.array_equal(tts.synthesize(text), tts.synthesize(text))
    lively = PiperTTS(model_path("tts"))
    takes = {lively.synthesize(text).tobytes() for _ in range(3)}
    assert len(takes) > 1


def test_a_help_line_number_is_spoken_digit_by_digit(tts: PiperTTS) -> None:
    """espeak read "116 123" as "one hundred sixteen, one hundred twenty-three"."""
    said = tts.synthesize("Call Samaritans free on 116 123.")
    assert np.array_equal(said, tts.synthesize("Call Samaritans free on one one six, one two "
                                               "three."))
    assert not np.array_equal(tts.synthesize("I read 116 pages."),
                              tts.synthesize("I read one one six pages."))


def test_missing_voice(tmp_path) -> None:
    with pytest.raises(ModelMissingError, match="companion models fetch") as info:
        PiperTTS(tmp_path / "voice.onnx")
    assert "\n" not in str(info.value) and "voice.onnx" in str(info.value)


def test_missing_config(tmp_path) -> None:
    (tmp_path / "voice.onnx").symlink_to(model_path("tts"))
    with pytest.raises(ModelMissingError, match=r"voice\.onnx\.json"):
        PiperTTS(tmp_path / "voice.onnx")


def test_corrupt_onnx(tmp_path) -> None:
    (tmp_path / "voice.onnx").write_bytes(b"not an onnx model" * 100)
    shutil.copy(f"{model_path('tts')}.json", tmp_path / "voice.onnx.json")
    with pytest.raises(ModelCorruptError, match="cannot be loaded") as info:
        PiperTTS(tmp_path / "voice.onnx")
    assert "\n" not in str(info.value) and "make setup" in str(info.value)


@pytest.mark.parametrize("config", ["{not json", json.dumps({"audio": {}})])
def test_bad_config(tmp_path, config: str) -> None:
    (tmp_path / "voice.onnx").symlink_to(model_path("tts"))
    (tmp_path / "voice.onnx.json").write_text(config)
    with pytest.raises(ModelCorruptError, match="voice.onnx.json"):
        PiperTTS(tmp_path / "voice.onnx")


def test_unknown_speaker(tmp_path) -> None:
    with pytest.raises(ValueError, match="speaker 3"):
        PiperTTS(model_path("tts"), speaker=3)
