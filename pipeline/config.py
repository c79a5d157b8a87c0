"""Configuration: defaults, overridden by a TOML file, overridden by the command line.

Every section is a small dataclass; unknown keys are errors (a typo must not be silently ignored).
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import CompanionError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class ConfigError(CompanionError):
    """The configuration file is unreadable or holds a wrong key or value."""


def setting(default: Any, lo: float | None = None, hi: float | None = None,  # noqa: ANN401
            choices: tuple[str, ...] = (), factory: Callable[[], Any] | None = None) -> Any:
    """A config field and the values a file may give it: ``lo``..``hi`` or one of ``choices``.

    The one place a key's allowed values are declared; ``load_config`` checks every key the
    file sets against its type and this declaration, and names the key and the range.
    """
    meta = {"lo": lo, "hi": hi, "choices": choices}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


_MS = 600_000  # ten minutes: the longest any waiting time in ms may be


@dataclass
class ModelsConfig:
    """Override any role with a catalog name or a local path (see `companion models`)."""

    stt: str | None = None
    tts: str | None = None
    llm: str | None = None
    embedder: str | None = None
    turn: str | None = None  # the end-of-turn model (Smart Turn)
    turn_words: str | None = None  # the small LLM that reads whether the words are finished


@dataclass
class AudioConfig:
    input_device: str | None = None  # index or name substring; None = PortAudio's default
    output_device: str | None = None
    vad_aggressiveness: int = setting(2, 0, 3)  # webrtcvad 0 (lenient) .. 3 (strict)
    hangover_ms: int = setting(600, 30, 10_000)  # silence that ends an utterance
    complete_hangover_ms: int = setting(240, 30, 10_000)  # ...after a complete sentence
    dangling_hangover_ms: int = setting(1200, 30, 10_000)  # ...after a filler or "and"
    min_speech_ms: int = setting(150, 30, 5_000)
    streaming: bool = True  # partial transcripts and early replies on live audio
    partial_interval_ms: int = setting(400, 50, 10_000)  # re-transcribe this often
    # Our own voice in the microphone: "aec" cancels it (full duplex), "gate" ignores the
    # microphone while it can be in the room (half duplex), "auto" = aec if it loads, else gate.
    echo: str = setting("auto", choices=("auto", "aec", "gate", "off"))
    turn_model: bool = True  # Smart Turn hears whether the voice sounds finished
    turn_words: bool = True  # a small LLM reads whether the words are finished
    barge_in: bool = True  # sustained speech over the reply stops it
    # how long the user must talk over us to stop a far end's reply...
    barge_in_ms: int = setting(450, 30, 10_000)
    # ...or to pause ours (no words heard: it resumes)
    barge_in_pause_ms: int = setting(180, 30, 10_000)
    echo_margin_db: float = setting(6.0, 0.0, 60.0)  # half duplex: louder than our echo by this


@dataclass
class SttConfig:
    threads: int = setting(2, 1, 256)
    beam_size: int = setting(1, 1, 20)
    language: str | None = "en"
    compute_type: str = setting("int8", choices=(
        "default", "auto", "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16",
        "float16", "bfloat16", "float32"))
    device: str = setting("cpu", choices=("cpu", "cuda", "auto"))  # cuda: a CUDA ctranslate2


@dataclass
class LlmConfig:
    context_tokens: int = setting(2048, 64, 1 << 20)
    threads: int = setting(2, 1, 256)
    max_reply_tokens: int = setting(96, 1, 8192)
    # greedy: the tiny default models wander at higher temperatures
    temperature: float = setting(0.0, 0.0, 5.0)
    repeat_penalty: float = setting(1.1, 0.5, 3.0)
    gpu_layers: int = setting(0, -1, 100_000)  # llama.cpp n_gpu_layers: 0 = CPU, -1 = all
    moe_experts_used: int = setting(0, 0, 1024)  # MoE: experts per token (0 = the model's)
    moe_experts_on_cpu: bool = False  # MoE on a GPU: expert tensors stay in RAM
    # Map the GGUF instead of reading it: llama.cpp repacks the weights for the CPU anyway, so
    # a mapped file only adds its pages to the RSS (1.5B: 1.76 GB mapped, 1.17 GB read).
    mmap: bool = False
    draft: str = setting("none", choices=("none", "prompt-lookup", "model"))
    draft_model: str | None = None  # draft = "model": a small GGUF of the same tokenizer
    draft_tokens: int = setting(0, 0, 64)  # tokens drafted per step (0 = the draft's default)
    think_budget_tokens: int = setting(256, 0, 32_768)  # reasoning models: the most thinking...
    think_budget_ms: int = setting(4000, 0, _MS)  # ...then it answers without thinking
    ack_after_ms: int = setting(400, 0, _MS)  # thinking longer: say "Oh, let me think." first


@dataclass
class RemoteConfig:
    """The ``[remote]`` section: an OpenAI-compatible server instead of the in-process model."""

    url: str = ""  # e.g. http://gpu-box:8080 or http://gpu-box:11434/v1; "" = local model
    model: str = ""  # the server's model name; "" = the first one /v1/models lists
    api_key: str = ""  # sent as a Bearer token when set
    connect_timeout_s: float = setting(3.0, 0.1, 600.0)
    read_timeout_s: float = setting(30.0, 0.1, 3600.0)  # the longest silence between chunks
    # 0 = ask the server (llama-server /props) or use [llm] context_tokens
    context_tokens: int = setting(0, 0, 1 << 20)
    fallback_local: bool = True  # server unreachable at start: load the local model instead


@dataclass
class VisionConfig:
    """A multimodal GGUF and its projector for "what do you see?" (see hardware/VISION.md)."""

    model: str | None = None
    projector: str | None = None
    handler: str = "llava-1.5"  # llama-cpp-python chat handler family
    camera: str = "0"  # OpenCV camera index or URL


@dataclass
class MemoryConfig:
    enabled: bool = True  # remember across sessions (in HOME/memory)
    budget_ms: int = setting(50, 0, 10_000)  # the longest a reply waits for recalled memories
    # what the history drops to fit the context window is summarised into memory
    summarize_dropped: bool = True


@dataclass
class MqttConfig:
    """The ``[mqtt]`` section of `companion serve` and `companion satellite` (README: "Security
    and privacy"). Credentials come from here or the environment, never from the command line."""

    url: str = ""  # mqtt://host:port or mqtts://host:8883; --mqtt or $COMPANION_MQTT win
    username: str = ""
    password: str = ""  # keep the file mode 600, or use password_file
    password_file: str = ""  # a file whose first line is the password
    tls_ca: str = ""  # CA certificate of the broker (mqtts://)
    tls_cert: str = ""  # client certificate and key, if the broker asks for one
    tls_key: str = ""
    allow_memory_read: bool = False  # cmd/memory/search answers with stored conversations
    queue_depth: int = setting(3, 0, 100)  # ask/say waiting behind the current one; more: busy
    max_satellites: int = setting(8, 0, 1000)
    satellite_idle_s: float = setting(120.0, 1.0, 86_400.0)  # idle satellites are let go
    satellites: list[str] = setting(None, factory=list)  # allowed satellite ids; [] = any
    reconnect_max_s: float = setting(5.0, 0.5, 300.0)  # the longest wait between reconnects


@dataclass
class WebConfig:
    """The ``[web]`` section: `companion web` (and `serve --web`), the page in a browser."""

    host: str = "127.0.0.1"  # any other address needs a token
    port: int = setting(8080, 0, 65535)  # 0 = any free port
    token: str = ""  # "" = COMPANION_WEB_TOKEN, else one is made up on a non-loopback host
    max_clients: int = setting(4, 1, 64)  # browser tabs talking at once, each its own conversation
    # a client silent this long is disconnected
    idle_timeout_s: float = setting(600.0, 0.001, 86_400.0)
    tls_cert: str = ""  # PEM files for https: browsers give a page on another machine the
    tls_key: str = ""  # microphone only over https (http is fine on localhost)

    def check(self, where: str) -> None:
        if not self.host.strip():
            raise ConfigError(f"{where} [web]: host must not be empty (127.0.0.1, 0.0.0.0, ...).")
        if self.token and (len(self.token) < 16 or not self.token.isprintable()
                           or " " in self.token):
            raise ConfigError(f"{where} [web]: token must be at least 16 printable characters "
                              "without spaces (e.g. the output of `openssl rand -hex 16`).")
        if bool(self.tls_cert) != bool(self.tls_key):
            raise ConfigError(f"{where} [web]: set both tls_cert and tls_key, or neither.")
        for name in ("tls_cert", "tls_key"):
            path = getattr(self, name)
            if path and not Path(path).expanduser().is_file():
                raise ConfigError(f"{where} [web]: {name} {path} is not a file.")


@dataclass
class Config:
    home: Path = field(default_factory=lambda: default_home())
    persona: str = "juniper"
    user: str = "default"  # whose memories: each person in the house can have their own
    # ISO country code ("GB", "US") of the help line a crisis reply names; "" = where the user
    # said they live, else this system's time zone (pipeline.helplines)
    region: str = ""
    hardware_profile: str | None = None  # cpu-2core, rpi5-8gb, ... (None: detected)
    models: ModelsConfig = field(default_factory=ModelsConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    stt: SttConfig = field(default_factory=SttConfig)
    llm: LlmConfig = field(default_factory=LlmConfig)
    memory: MemoryConfig = field(default_factory=MemoryConfig)
    remote: RemoteConfig = field(default_factory=RemoteConfig)
    vision: VisionConfig = field(default_factory=VisionConfig)
    web: WebConfig = field(default_factory=WebConfig)
    mqtt: MqttConfig = field(default_factory=MqttConfig)


def default_home() -> Path:
    env = os.environ.get("COMPANION_HOME")
    if env:
        return Path(env).expanduser()
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "companion"


def load_config(path: Path | None = None, home: Path | None = None) -> Config:
    """Defaults < ``home/config.toml`` (or ``path`` when given)."""
    config = Config(home=home or default_home())
    if path is None:
        candidate = config.home / "config.toml"
        path = candidate if candidate.is_file() else None
    elif not path.is_file():
        raise ConfigError(f"Config file {path} does not exist. Create it or drop --config.")
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"Config file {path} cannot be read: {exc}") from exc
        _apply(config, data, str(path))
        config.web.check(str(path))
        if config.region and not (len(config.region) == 2 and config.region.isascii()
                                  and config.region.isalpha()):
            raise ConfigError(f"{path}: region = {config.region[:20]!r} is not a two-letter "
                              'country code (ISO 3166, e.g. "GB", "US", "IE", "AU").')
    return config


def _apply(target: Any, data: dict[str, Any], where: str) -> None:  # noqa: ANN401
    fields = {f.name: f for f in dataclasses.fields(target)}
    hints = typing.get_type_hints(type(target))
    for key, value in data.items():
        if key not in fields or key == "home":
            raise ConfigError(f"{where}: unknown key {key!r}. Known: {', '.join(sorted(fields))}.")
        current = getattr(target, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: [{key}] must be a table.")
            _apply(current, value, f"{where} [{key}]")
        else:
            setattr(target, key, _checked(f"{where}: {key}", value, hints[key],
                                          fields[key].metadata))


_TYPE_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
               Path: "a path (string)"}


def _checked(what: str, value: Any, hint: Any, allowed: Any) -> Any:  # noqa: ANN401
    """``value`` if it has the field's type and lies in its declared range; else ConfigError."""
    options = [t for t in typing.get_args(hint) if t is not type(None)] \
        if isinstance(hint, types.UnionType) else [hint]
    kind = options[0]
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        if not isinstance(value, list) or not all(type(v) is item for v in value):
            raise ConfigError(f"{what} must be a list of {item.__name__} values, e.g. "
                              '["kitchen", "office"].')
        return list(value)
    if kind is float and type(value) is int:
        value = float(value)
    if kind is Path and type(value) is str:
        value = Path(value)
    if type(value) is not kind:  # a bool is no number here, though Python says it is an int
        shown = str(value).lower() if type(value) is bool else repr(value)[:40]
        raise ConfigError(f"{what} must be {_TYPE_NAMES.get(kind, kind.__name__)}, "
                          f"not {shown}.")
    lo, hi, choices = allowed.get("lo"), allowed.get("hi"), allowed.get("choices")
    if kind is float and not math.isfinite(value):
        raise ConfigError(f"{what} must be a finite number, not {value}.")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        shown = value if len(str(value)) <= 24 else f"{str(value)[:20]}..."
        raise ConfigError(f"{what} = {shown} is out of range: use {lo} to {hi}.")
    if choices and value not in choices:
        raise ConfigError(f"{what} = {value[:40]!r} is not one of: {', '.join(choices)}.")
    return value
