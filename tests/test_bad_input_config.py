"""Hostile config files: every key has a type and a declared range (pipeline.config.setting);
a wrong value gets one line naming the key and what is allowed, before any model loads."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from pipeline.config import Config, ConfigError, load_config

BAD = [
    ("[audio]\nvad_aggressiveness = 9", "vad_aggressiveness = 9", "0 to 3"),
    ("[models]\nllm = 5", "llm must be a string", "5"),
    ("[stt]\nthreads = -1", "threads = -1", "1 to 256"),
    ("[audio]\nhangover_ms = 99999999999999999999", "hangover_ms = 99999999999999999999",
     "30 to 10000"),
    ("[audio]\nhangover_ms = -100", "hangover_ms = -100", "30 to 10000"),
    ("[audio]\nhangover_ms = true", "hangover_ms must be a whole number", "true"),
    ("[llm]\nmax_reply_tokens = -5", "max_reply_tokens = -5", "1 to 8192"),
    ("[llm]\nthreads = -2", "threads = -2", "1 to 256"),
    ("[llm]\ntemperature = -0.5", "temperature = -0.5", "0.0 to 5.0"),
    ("[llm]\ntemperature = nan", "temperature must be a finite number", "nan"),
    ("[llm]\ntemperature = inf", "temperature must be a finite number", "inf"),
    ("[memory]\nbudget_ms = -50", "budget_ms = -50", "0 to 10000"),
    ("[llm]\ncontext_tokens = -1", "context_tokens = -1", "64 to"),
    ("[stt]\nbeam_size = 0", "beam_size = 0", "1 to 20"),
    ("[stt]\ndevice = 'gpu'", "device = 'gpu'", "cpu, cuda"),
    ("[llm]\ndraft = 'fast'", "draft = 'fast'", "none, prompt-lookup, model"),
    ("[llm]\ngpu_layers = -7", "gpu_layers = -7", "-1 to"),
    ("[audio]\nstreaming = 1", "streaming must be true or false", "1"),
    ("[audio]\necho_margin_db = '10'", "echo_margin_db must be a number", "'10'"),
    ("[remote]\nread_timeout_s = 0", "read_timeout_s = 0.0", "0.1 to"),
    ("[mqtt]\nmax_satellites = -1", "max_satellites = -1", "0 to 1000"),
    ("[mqtt]\nqueue_depth = 1000", "queue_depth = 1000", "0 to 100"),
    ("[mqtt]\nsatellites = 'kitchen'", "satellites must be a list of str", "kitchen"),
    ("[mqtt]\nallow_memory_read = 'yes'", "allow_memory_read must be true or false", "yes"),
    ("user = 42", "user must be a string", "42"),
    ("[audio]\nvad = 2", "unknown key 'vad'", "vad_aggressiveness"),
    ("audio = 3", "[audio] must be a table", ""),
    ("[llm\ncontext_tokens = 1", "cannot be read", ""),
]


@pytest.mark.parametrize(("text", "names", "allowed"), BAD,
                         ids=[case[0].replace("\n", " ") for case in BAD])
def test_bad_value_is_one_clear_line(cli, companion_home: Path, tmp_path: Path, text: str,
                                     names: str, allowed: str) -> None:
    (companion_home / "config.toml").write_text(text + "\n")
    result = cli("say", str(tmp_path / "in.wav"), "--out", str(tmp_path / "o.wav"), timeout=60)
    line = result.single_error()
    assert "config.toml" in line and names in line and allowed in line, line
    assert not (tmp_path / "o.wav").exists()


def test_config_binary_file_is_one_line(cli, companion_home: Path) -> None:
    (companion_home / "config.toml").write_bytes(b"\xff\xfe\x00garbage\x80")
    assert "cannot be read" in cli("chat", timeout=60).single_error()


def _numeric_fields() -> list[tuple[str, str]]:
    found = []
    config = Config()
    for section in dataclasses.fields(Config):
        table = getattr(config, section.name)
        if not dataclasses.is_dataclass(table):
            continue
        hints = typing.get_type_hints(type(table))
        found += [(section.name, f.name) for f in dataclasses.fields(table)
                  if hints[f.name] in (int, float)]
    return found


@pytest.mark.parametrize(("section", "key"), _numeric_fields())
def test_every_number_has_a_declared_range(tmp_path: Path, section: str, key: str) -> None:
    """No number is left unchecked: a huge one, a hugely negative one and a bool are refused
    for every key (a field added without a range fails here)."""
    path = tmp_path / "config.toml"
    for value in ("1" + "0" * 30, "-1" + "0" * 30, "true"):
        path.write_text(f"[{section}]\n{key} = {value}\n")
        with pytest.raises(ConfigError, match=key):
            load_config(path)


def test_good_values_pass_and_ints_are_numbers(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[llm]\ntemperature = 1\n[mqtt]\nsatellites = ['kitchen']\n"
                    "[audio]\nvad_aggressiveness = 3\n")
    config = load_config(path)
    assert config.llm.temperature == 1.0 and isinstance(config.llm.temperature, float)
    assert config.mqtt.satellites == ["kitchen"] and config.audio.vad_aggressiveness == 3
