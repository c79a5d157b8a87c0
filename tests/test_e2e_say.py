"""`companion say` end to end with the real default models, and every bad input of the issue."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from pipeline.think_stage import APOLOGY
from tests.voice_fixtures import wav_bytes
from voice.audio import active_seconds, read_wav, write_wav

pytestmark = pytest.mark.e2e

JSON_KEYS = {"transcript", "reply", "audio_out_s", "timings_ms"}


def assert_spoken_reply(out: Path) -> None:
    with wave.open(str(out), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        rate = wav.getframerate()
        samples = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    assert active_seconds(samples, rate) >= 0.5


def test_capital_of_france(cli, question_wav: Path, tmp_path: Path) -> None:
    out = tmp_path / "reply.wav"
    result = cli("say", str(question_wav), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= JSON_KEYS
    assert "capital" in data["transcript"].lower() and "france" in data["transcript"].lower()
    assert data["reply"].strip()
    assert data["audio_out_s"] > 0.5
    timings = data["timings_ms"]
    assert timings["stt_final"] <= timings["first_token"] <= timings["first_audio_out"]
    assert_spoken_reply(out)


@pytest.mark.parametrize("variant", ["8bit", "stereo", "44k1", "float"])
def test_other_wav_formats_are_converted(cli, question_wav: Path, tmp_path: Path,
                                         variant: str) -> None:
    x = read_wav(question_wav).astype(np.float32) / 32768  # 16 kHz mono float
    path = tmp_path / f"{variant}.wav"
    if variant == "8bit":
        payload = np.clip(x * 127 + 128, 0, 255).astype(np.uint8).tobytes()
        path.write_bytes(wav_bytes(payload, bits=8, rate=16000))
    elif variant == "stereo":
        pcm = (x * 32767).astype("<i2")
        path.write_bytes(wav_bytes(np.stack([pcm, pcm], 1).tobytes(), channels=2))
    elif variant == "44k1":
        t_old, t_new = np.arange(len(x)) / 16000, np.arange(int(len(x) * 44100 / 16000)) / 44100
        write_wav(path, (np.interp(t_new, t_old, x) * 32767).astype(np.int16), 44100)
    else:
        path.write_bytes(wav_bytes(x.astype("<f4").tobytes(), tag=3, bits=32))
    out = tmp_path / "reply.wav"
    result = cli("say", str(path), "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert "capital" in json.loads(result.stdout)["transcript"].lower()


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("notes.wav", b"these are my shopping notes, not audio\n", "not a WAV"),
        ("empty.wav", b"", "empty"),
        ("cut.wav", wav_bytes(b"\x01\x00" * 8000, data_size=320000), "truncated"),
    ],
)
def test_unreadable_audio_gets_one_clear_line(cli, tmp_path: Path, name: str, content: bytes,
                                              expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("say", str(path), "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 1
    assert len(result.error_lines) == 1 and expected in result.error_lines[0]
    assert name in result.error_lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "o.wav").exists()


def test_missing_input_file(cli, tmp_path: Path) -> None:
    result = cli("say", str(tmp_path / "nope.wav"), "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 1 and "nope.wav" in result.error_lines[0]


def test_silence_only_says_no_speech_heard(cli, tmp_path: Path) -> None:
    path = tmp_path / "quiet.wav"
    rng = np.random.default_rng(1)
    write_wav(path, rng.normal(0, 30, 16000 * 3).astype(np.int16), 16000)  # faint room noise
    result = cli("say", str(path), "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 1
    assert "No speech heard" in result.error_lines[0] and "quiet.wav" in result.error_lines[0]


def test_missing_model_says_how_to_fetch(cli, question_wav: Path, tmp_path: Path) -> None:
    result = cli("--llm", str(tmp_path / "absent.gguf"), "say", str(question_wav),
                 "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    line = result.error_lines[0]
    assert "absent.gguf" in line and "fetch" in line


def test_corrupt_model_is_refused_clearly(cli, question_wav: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 64)  # right magic, garbage after it
    result = cli("--llm", str(bad), "say", str(question_wav), "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "broken.gguf" in result.error_lines[0]


def test_corrupt_default_model_in_cache(cli, question_wav: Path, tmp_path: Path) -> None:
    """A damaged cached model (wrong size) is caught before loading, with the fetch hint."""
    import shutil

    from models.resolve import resolve_model

    cache = tmp_path / "cache"
    real = resolve_model("llm")
    target = cache / real.parent.name / real.name
    shutil.copytree(resolve_model("stt").parent.parent, cache, dirs_exist_ok=True,
                    ignore=lambda d, names: [n for n in names if n.endswith(".gguf")
                                             or n == "wheels"])  # no need to copy a gigabyte
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(real.read_bytes()[: 1 << 20])  # a download cut short
    result = cli("say", str(question_wav), "--out", str(tmp_path / "o.wav"),
                 env={"COMPANION_CACHE": str(cache)})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "fetch" in result.error_lines[0]


def test_unknown_persona_lists_the_known_ones(cli, question_wav: Path, tmp_path: Path) -> None:
    result = cli("--persona", "gandalf", "say", str(question_wav), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert "gandalf" in result.error_lines[0] and "juniper" in result.error_lines[0]


def test_user_persona_file_is_used(cli, companion_home: Path, question_wav: Path,
                                   tmp_path: Path) -> None:
    (companion_home / "personas").mkdir()
    (companion_home / "personas" / "pirate.toml").write_text(
        'name = "Captain"\nsystem_prompt = "You are a cheerful pirate. Answer briefly."\n'
        "speaking_rate = 1.3\n")
    result = cli("--persona", "pirate", "say", str(question_wav), "--out", str(tmp_path / "o.wav"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("captain:")


def test_reply_longer_than_the_context_window(cli, companion_home: Path, tmp_path: Path) -> None:
    """A request for an endless answer in a tiny window: the reply is cut to fit, not crashed."""
    from tests.voice_fixtures import load_tts

    (companion_home / "config.toml").write_text(
        "[llm]\ncontext_tokens = 160\nmax_reply_tokens = 4000\n")
    tts = load_tts()
    path = tmp_path / "long.wav"
    write_wav(path, tts.synthesize("Please list every country in the world with its capital."),
              tts.sample_rate)
    result = cli("say", str(path), "--out", str(tmp_path / "o.wav"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["reply"] and data["audio_out_s"] > 0
    assert data["reply"] != APOLOGY  # an answer cut to fit, not "I lost my train of thought"
    assert data["prompt_tokens"] < 160
