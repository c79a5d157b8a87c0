"""Configuration: defaults, overridden by a TOML file, overridden by the command line.

Every section is a small dataclass; unknown keys are errors (a typo must not be silently ignored).
"""

from __future__ import annotations

import dataclasses
import os
import sys
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


@dataclass
class ModelsConfig:
    """Override any role with a catalog name or a local path (see `companion models`)."""

    stt: str | None = None
    tts: str | None = None
    llm: str | None = None
    embedder: str | None = None
    turn: str | None = None  # the end-of-turn model (Smart Turn)


@dataclass
class AudioConfig:
    input_device: str | None = None  # index or name substring; None = PortAudio's default
    output_device: str | None = None
    vad_aggressiveness: int = 2  # webrtcvad 0 (lenient) .. 3 (strict)
    hangover_ms: int = 600  # silence that ends an utterance
    complete_hangover_ms: int = 240  # ...when the words so far are a complete sentence
    dangling_hangover_ms: int = 1200  # ...after a filler or a dangling "and"
    min_speech_ms: int = 150
    streaming: bool = True  # partial transcripts and early replies on live audio
    partial_interval_ms: int = 400  # re-transcribe the growing utterance this often
    # Our own voice in the microphone: "aec" cancels it (full duplex), "gate" ignores the
    # microphone while it can be in the room (half duplex), "auto" = aec if it loads, else gate.
    echo: str = "auto"  # auto | aec | gate | off
    turn_model: bool = True  # Smart Turn hears whether the voice sounds finished
    barge_in: bool = True  # sustained speech over the reply stops it
    barge_in_ms: int = 450  # how long the user must talk over us to stop a far end's reply...
    barge_in_pause_ms: int = 180  # ...or to pause ours (no words heard: it resumes)
    echo_margin_db: float = 6.0  # half duplex: louder than our own echo by this much


@dataclass
class SttConfig:
    threads: int = 2
    beam_size: int = 1
    language: str | None = "en"
    compute_type: str = "int8"
    device: str = "cpu"  # "cuda" with a CUDA build of ctranslate2


@dataclass
class LlmConfig:
    context_tokens: int = 2048
    threads: int = 2
    max_reply_tokens: int = 96
    temperature: float = 0.0  # greedy: the tiny default models wander at higher temperatures
    repeat_penalty: float = 1.1
    gpu_layers: int = 0  # llama.cpp n_gpu_layers: 0 = CPU only, -1 = all (needs a GPU build)
    moe_experts_used: int = 0  # MoE models: experts per token (0 = the model's own number)
    moe_experts_on_cpu: bool = False  # MoE on a GPU: expert tensors stay in RAM
    # Map the GGUF instead of reading it: llama.cpp repacks the weights for the CPU anyway, so
    # a mapped file only adds its pages to the RSS (1.5B: 1.76 GB mapped, 1.17 GB read).
    mmap: bool = False
    draft: str = "none"  # speculative decoding: none | prompt-lookup | model
    draft_model: str | None = None  # draft = "model": a small GGUF of the same tokenizer
    draft_tokens: int = 0  # tokens drafted per step (0 = the draft's default)
    think_budget_tokens: int = 256  # reasoning models: the most thinking a reply may do...
    think_budget_ms: int = 4000  # ...then it answers without thinking
    ack_after_ms: int = 400  # thinking longer than this: say "Hmm, let me think." first


@dataclass
class RemoteConfig:
    """The ``[remote]`` section: an OpenAI-compatible server instead of the in-process model."""

    url: str = ""  # e.g. http://gpu-box:8080 or http://gpu-box:11434/v1; "" = local model
    model: str = ""  # the server's model name; "" = the first one /v1/models lists
    api_key: str = ""  # sent as a Bearer token when set
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 30.0  # the longest silence between two streamed chunks
    context_tokens: int = 0  # 0 = ask the server (llama-server /props) or use [llm] context_tokens
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
    budget_ms: int = 50  # the longest a reply waits for recalled memories


@dataclass
class WebConfig:
    """The ``[web]`` section: `companion web` (and `serve --web`), the page in a browser."""

    host: str = "127.0.0.1"  # any other address needs a token
    port: int = 8080  # 0 = any free port
    token: str = ""  # "" = COMPANION_WEB_TOKEN, else one is made up on a non-loopback host
    max_clients: int = 4  # browser tabs talking at once; each has its own conversation
    idle_timeout_s: float = 600.0  # a client silent this long is disconnected
    tls_cert: str = ""  # PEM files for https: browsers give a page on another machine the
    tls_key: str = ""  # microphone only over https (http is fine on localhost)

    def check(self, where: str) -> None:
        if not self.host.strip():
            raise ConfigError(f"{where} [web]: host must not be empty (127.0.0.1, 0.0.0.0, ...).")
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"{where} [web]: port {self.port} is not in 0..65535.")
        if self.token and (len(self.token) < 16 or not self.token.isprintable()
                           or " " in self.token):
            raise ConfigError(f"{where} [web]: token must be at least 16 printable characters "
                              "without spaces (e.g. the output of `openssl rand -hex 16`).")
        if not 1 <= self.max_clients <= 64:
            raise ConfigError(f"{where} [web]: max_clients {self.max_clients} is not in 1..64.")
        if self.idle_timeout_s <= 0:
            raise ConfigError(f"{where} [web]: idle_timeout_s must be positive.")
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
    hardware_profile: str | None = None  # cpu-2core, rpi5-8gb, ... (None: detected)
    models: ModelsConfig = field(default_factory=ModelsConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    stt: SttConfig = field(default_factory=SttConfig)
    llm: LlmConfig = field(default_factory=LlmConfig)
    memory: MemoryConfig = field(default_factory=MemoryConfig)
    remote: RemoteConfig = field(default_factory=RemoteConfig)
    vision: VisionConfig = field(default_factory=VisionConfig)
    web: WebConfig = field(default_factory=WebConfig)


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
    return config


def _apply(target: Any, data: dict[str, Any], where: str) -> None:
    fields = {f.name: f for f in dataclasses.fields(target)}
    for key, value in data.items():
        if key not in fields or key == "home":
            raise ConfigError(f"{where}: unknown key {key!r}. Known: {', '.join(sorted(fields))}.")
        current = getattr(target, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: [{key}] must be a table.")
            _apply(current, value, f"{where} [{key}]")
        elif current is not None and not isinstance(value, type(current)) and not (
            isinstance(current, float) and isinstance(value, int)
        ):
            raise ConfigError(
                f"{where}: {key} must be {type(current).__name__}, not {type(value).__name__}."
            )
        else:
            setattr(target, key, value)
