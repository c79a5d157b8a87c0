"""voice.turn_detector: Whisper log-mel features (checked against transformers) and Smart Turn."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.turn_signals import RATE, reference_signal
from voice.audio import SAMPLE_RATE, resample
from voice.turn_detector import SmartTurn, log_mel_features

FIXTURE = Path(__file__).parent / "fixtures" / "whisper_features_reference.npz"


@pytest.mark.parametrize("name, seconds", [("short", 3.0), ("long", 10.5)])
def test_features_match_the_whisper_feature_extractor(name: str, seconds: float) -> None:
    """Reference: transformers' WhisperFeatureExtractor (see the fixture's script)."""
    reference = np.load(FIXTURE)[name]  # every 8th of the 800 frames
    features = log_mel_features(reference_signal(seconds))
    assert features.shape == (80, 800) and features.dtype == np.float32
    assert np.abs(features[:, ::8] - reference).max() < 1e-4


def test_short_audio_is_padded_in_front_and_long_audio_keeps_its_end() -> None:
    x = reference_signal(2.0)
    padded = np.concatenate([np.zeros(3 * RATE, np.float32), x])
    assert np.array_equal(log_mel_features(x), log_mel_features(padded))
    long = reference_signal(11.0)
    assert np.array_equal(log_mel_features(long), log_mel_features(long[-8 * RATE:]))
    assert not np.array_equal(log_mel_features(long), log_mel_features(long[:8 * RATE]))


@pytest.fixture(scope="module")
def smart_turn() -> SmartTurn:
    from models import resolve_model

    return SmartTurn(resolve_model("turn"))


def spoken(text: str) -> np.ndarray:
    """Piper speech at 16 kHz, trimmed, with the ~200 ms of silence the listener gives it."""
    from tests.voice_fixtures import load_tts

    tts = load_tts()
    x = resample(tts.synthesize(text), tts.sample_rate, SAMPLE_RATE)
    loud = np.flatnonzero(np.abs(x.astype(np.int32)) > 200)
    x = x[loud[0]:loud[-1] + 1]
    return np.concatenate([np.zeros(4800, np.int16), x, np.zeros(3200, np.int16)])


@pytest.mark.e2e
def test_a_finished_question_sounds_finished_and_a_cut_sentence_does_not(
        smart_turn: SmartTurn) -> None:
    finished = smart_turn.probability(spoken("What time is it in Tokyo right now?"))
    cut = smart_turn.probability(spoken("I was thinking that we could,"))
    assert 0.0 <= cut < finished <= 1.0
    assert finished > 0.5 > cut
    assert smart_turn.last_ms > 0


def test_the_model_runs_on_one_thread(smart_turn: SmartTurn) -> None:
    options = smart_turn._session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert 0.0 <= smart_turn.probability(np.zeros(SAMPLE_RATE, np.int16)) <= 1.0


async def listen_until_the_end(audio: np.ndarray, heard: str, scorer: object, caplog) -> int:
    """The listen stage on ``audio`` in real time, the recognizer hearing ``heard`` (half a
    second late, so the voice is in first); the hangover that ended the turn."""
    import asyncio
    import logging

    from pipeline.config import AudioConfig
    from pipeline.listen import ListenStage, Transcriber
    from pipeline.stage import Channel, run_stages
    from tests.fakes import FakeSTT
    from voice.echo import CleanFrame

    audio = np.concatenate([audio, np.zeros(3 * SAMPLE_RATE, np.int16)])
    config = AudioConfig(hangover_ms=2500)  # nothing ends the turn before both have spoken
    stage = ListenStage.from_config(config, Transcriber(FakeSTT(by_length=[(99, heard)],
                                                                delay_s=0.5)),
                                    realtime=True, scorer=scorer)  # type: ignore[arg-type]

    async def frames():
        for i in range(0, audio.size - 479, 480):
            await asyncio.sleep(0.03)
            yield CleanFrame(audio[i:i + 480], 0.0, echo=False, gated=False)

    with caplog.at_level(logging.INFO, logger="pipeline.listen"):
        caplog.clear()
        await run_stages(frames(), stage, outbox=Channel(maxsize=0))
    ends = [r.getMessage() for r in caplog.records if r.getMessage().startswith("turn.end")]
    assert len(ends) == 1, ends
    return int(ends[0].split("hangover_ms=")[1].split()[0])


@pytest.mark.e2e
async def test_the_listener_holds_a_cut_sentence_the_recognizer_calls_finished(
        smart_turn: SmartTurn, caplog) -> None:
    """Whisper completes a cut sentence with a full stop; Smart Turn hears it is not over."""
    from pipeline.listen import TurnScorer

    cut = spoken("I was thinking that we could,")
    heard = "I was thinking that we could go."
    words_alone = await listen_until_the_end(cut, heard, None, caplog)
    with_the_voice = await listen_until_the_end(cut, heard, TurnScorer(smart_turn), caplog)
    assert words_alone == 240  # the full stop: a complete sentence, end fast
    assert with_the_voice > words_alone  # the voice objects: wait


@pytest.fixture(scope="module")
def turn_words():
    from models import resolve_model
    from pipeline.llm.turn_words import TextTurnModel

    return TextTurnModel(resolve_model("turn_words"))


@pytest.mark.e2e
async def test_the_words_model_holds_a_cut_question_and_ends_a_finished_one_fast(
        turn_words, caplog) -> None:
    """The recognizer writes "How many people live in?" at a hesitation: the punctuation rule
    ends the turn; the words' model reads the sentence as open and waits. A finished question
    ends faster than the punctuation rule alone would end it."""
    from pipeline.listen import TurnScorer
    from pipeline.turn_end import TurnEndPolicy

    fast, long = TurnEndPolicy.fast_ms, 1200
    cut = spoken("How many people live in,")
    assert await listen_until_the_end(cut, "How many people live in?", None, caplog) == 240
    scorer = TurnScorer(None, turn_words)
    assert await listen_until_the_end(cut, "How many people live in?", scorer, caplog) == long
    question = spoken("What is the capital of Australia?")
    heard = "What is the capital of Australia?"
    assert await listen_until_the_end(question, heard, scorer, caplog) == fast
