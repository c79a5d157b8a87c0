"""voice.stt.WhisperSTT with the real default whisper model (TTS -> STT round trips)."""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

from models.errors import CompanionError, ModelCorruptError, ModelMissingError
from tests.voice_fixtures import load_stt, load_tts, model_path, speech_16k, wav_bytes
from voice.audio import SAMPLE_RATE, read_wav, write_wav
from voice.resample import resample
from voice.stt import WhisperSTT, may_be_a_sound, sound_wins

QUESTION = "What is the capital of France?"


def words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


@pytest.fixture(scope="module")
def stt() -> WhisperSTT:
    return load_stt()


def test_round_trip_from_piper(stt: WhisperSTT) -> None:
    text = stt.transcribe(speech_16k(QUESTION))
    assert words(text) == ["what", "is", "the", "capital", "of", "france"]
    assert text == text.strip()


def test_round_trip_through_a_48k_stereo_float_wav(stt: WhisperSTT, tmp_path) -> None:
    """The file path a user takes: odd format in, read_wav converts, whisper still understands."""
    tts = load_tts()
    audio = tts.synthesize("Please remind me to buy milk tomorrow.").astype(np.float32) / 32768
    x48 = resample(audio, tts.sample_rate, 48000)
    stereo = np.stack([x48, x48 * 0.5], axis=1).astype("<f4")
    path = tmp_path / "in.wav"
    path.write_bytes(wav_bytes(stereo.tobytes(), tag=3, channels=2, rate=48000, bits=32))
    got = words(stt.transcribe(read_wav(path)))
    for w in ("remind", "buy", "milk", "tomorrow"):
        assert w in got


@pytest.mark.parametrize("line, voice", [("How are you today?", 5),
                                         ("Thanks, that was helpful.", 6)])
def test_nonsense_whisper_wrote_unsurely_is_called_unsure(stt: WhisperSTT, line: str,
                                                            voice: int) -> None:
    """Two espeak-ng voices whisper tiny.en garbles ("I'll be open.", "I'm too careful.", at
    -2.1 and -1.9 mean log-probability); the same question in piper's voice is heard as is."""
    from tools.synth import VOICES, speak

    garbled = stt.transcribe(speak(line, VOICES[voice]))
    assert not set(words(line)) <= set(words(garbled))  # misheard, so it must be flagged
    assert stt.unsure(garbled)
    heard = stt.transcribe(speech_16k(QUESTION))
    assert not stt.unsure(heard) and not stt.unsure("never transcribed")


def test_float_input_and_padding_silence(stt: WhisperSTT) -> None:
    x = speech_16k(QUESTION).astype(np.float32) / 32768
    padded = np.concatenate([np.zeros(SAMPLE_RATE, np.float32), x, np.zeros(8000, np.float32)])
    assert "capital" in words(stt.transcribe(padded))


def voice_ends_s(x: np.ndarray) -> float:
    """Where the voice stops: the end of the last loud 30 ms frame."""
    frames = x[: x.size - x.size % 480].reshape(-1, 480).astype(np.float32)
    return (np.nonzero(np.abs(frames).mean(axis=1) > 200)[0][-1] + 1) * 0.03


def test_a_word_invented_past_a_cut_sentence_starts_where_the_voice_stopped(
        stt: WhisperSTT) -> None:
    """Cut after "on the", whisper finishes the sentence ("...on the table."): the invented
    word starts about where the voice stopped, a spoken one well before (see TurnEndPolicy)."""
    from pipeline.turn_end import TurnEndPolicy

    said = np.asarray(speech_16k("I left my keys on the table next to the door."))
    the, table = [(s, e) for w, s, e in stt.word_times(said)][5:7]
    pause = np.zeros(int(0.09 * SAMPLE_RATE), np.int16)
    for heard, spoken_words in ((said, 10), (said[:int((the[1] + table[0]) / 2 * SAMPLE_RATE)], 6)):
        audio = np.concatenate([heard, pause])
        text, last_word_s = stt.transcribe_timed(audio)
        assert text == stt.transcribe(audio)
        assert last_word_s is not None
        lead_ms = (voice_ends_s(heard) - last_word_s) * 1000
        if spoken_words == 6:
            assert len(words(text)) > 6, text  # whisper made up the end
            assert lead_ms < TurnEndPolicy.invented_ms, (text, lead_ms)
        else:
            assert words(text)[-1] == "door", text
            assert lead_ms >= 2 * TurnEndPolicy.invented_ms, (text, lead_ms)
    assert stt.transcribe_timed(np.zeros(800, np.int16)) == ("", None)


def test_empty_and_tiny_input_give_empty_text(stt: WhisperSTT) -> None:
    assert stt.transcribe(np.zeros(0, np.int16)) == ""
    assert stt.transcribe(np.zeros(800, np.int16)) == ""
    assert stt.transcribe(np.zeros(SAMPLE_RATE, np.int16)) == ""


def test_missing_model_dir(tmp_path) -> None:
    with pytest.raises(ModelMissingError, match="companion models fetch") as info:
        WhisperSTT(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(info.value) and "\n" not in str(info.value)


def test_model_path_is_a_file(tmp_path) -> None:
    f = tmp_path / "model.bin"
    f.write_bytes(b"x")
    with pytest.raises(ModelMissingError, match="not a directory"):
        WhisperSTT(f)


def test_dir_without_tokenizer_is_refused_before_any_download(tmp_path) -> None:
    src = model_path("stt")
    for name in ("model.bin", "config.json"):
        (tmp_path / name).symlink_to(src / name)
    with pytest.raises(ModelMissingError, match="tokenizer.json"):
        WhisperSTT(tmp_path)


def test_corrupt_model_bin(tmp_path) -> None:
    src = model_path("stt")
    for f in src.iterdir():
        if f.name != "model.bin":
            shutil.copy(f, tmp_path / f.name)
    (tmp_path / "model.bin").write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(ModelCorruptError) as info:
        WhisperSTT(tmp_path)
    message = str(info.value)
    assert isinstance(info.value, CompanionError)
    assert "cannot be loaded" in message and "companion models fetch" in message
    assert "\n" not in message


def test_wav_written_at_tts_rate_round_trips(stt: WhisperSTT, tmp_path) -> None:
    tts = load_tts()
    write_wav(tmp_path / "q.wav", tts.synthesize(QUESTION), tts.sample_rate)
    assert "france" in words(stt.transcribe(read_wav(tmp_path / "q.wav")))


def word_errors(heard: str, said: str) -> int:
    """Word-level edit distance between what was heard and what was said."""
    a, b = words(heard), words(said)
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def test_short_window_decode_is_as_accurate_as_the_full_window() -> None:
    """The 10 s encoder window (the latency path) must hear as well as the 30 s one.

    Not word for word: on "Hi there!" the 30 s window hears "Hide there." and the 10 s one
    gets it right. What counts is the number of words each gets wrong.
    """
    stt = load_stt()
    said = ["Hi there!", "I had a really long day at work and I'm exhausted.",
            "What is the capital of France?", "My sister lives in Lisbon now.",
            "Could you remind me to call the dentist tomorrow morning?"]
    errors = {"fast": 0, "full": 0}
    for text in said:
        clip = speech_16k(text)
        for window in errors:
            stt.fast_window = window == "fast"
            try:
                errors[window] += word_errors(stt.transcribe(clip), text)
            finally:
                stt.fast_window = True
    assert errors["fast"] <= errors["full"] and errors["fast"] <= 2, errors


def test_a_hummed_mm_hmm_is_written_as_a_sound_while_words_stay_words(stt: WhisperSTT) -> None:
    """Whisper tiny alone writes these hums as words ("And man, then, then", "in the end",
    "Maybe 10."), which the companion then answered; the short words must not become sounds."""
    from tools.synth import VOICES, silence, speak
    from voice.sounds import only_sounds

    def heard(text: str, voice: int) -> str:
        clip = np.concatenate([silence(0.3), speak(text, VOICES[voice]), silence(0.6)])
        return stt.transcribe(clip.astype(np.int16))

    hums = [heard(text, voice) for text, voice in [("Mm-hmm.", 3), ("Mm-hmm.", 5),
                                                   ("Mm-hmm.", 7), ("Mhm.", 2)]]
    assert all(only_sounds(text) for text in hums), hums
    said = [("Yes.", 0), ("Okay.", 2), ("Paris.", 3), ("No.", 5), ("Tell me more.", 7),
            ("Who are you?", 1)]  # a question whisper is unsure of: it was taken for "Mm-hmm."
    for text, voice in said:
        assert words(heard(text, voice)) == words(text)
    assert not only_sounds(heard("How are you today?", 2))  # heard as "Have you today?"


def test_a_sound_must_be_clearly_more_likely_than_the_words() -> None:
    """Scores measured with whisper tiny.en on espeak-ng voices: a primed "Mm-hmm." is an easy
    decode, so merely as likely as the words is not enough, and a question is never a sound."""
    assert sound_wins(-0.83, "Mm-hmm.", -0.34) == "Mm-hmm."  # a hum heard as "and then them."
    assert sound_wins(-1.42, "Uh-huh.", -0.45) == "Uh-huh."
    assert sound_wins(-1.96, "And Mm-hmm.", -0.48) == "Mm-hmm."  # it was "And that's them"
    assert sound_wins(-0.83, "Mm-hmm.", -0.49) is None  # real words, a little unsure
    assert sound_wins(-2.0, "And it can.", -0.5) is None  # the primed decode said words
    assert sound_wins(-2.0, "Android.", -0.5) is None
    assert may_be_a_sound("and then them.", -0.83)
    assert not may_be_a_sound("Have you today?", -1.02)  # the bench's "How are you today?"
    assert not may_be_a_sound("Paris.", -0.2)  # sure
    assert not may_be_a_sound("I would like to hear a long story", -1.0)  # too long for a hum
